"""Data shipped with the application: catalogue, templates, rules, rates, calendars, fonts, translations."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of a shipped data file (works from a source tree, a wheel and a PyInstaller bundle)."""
    return RESOURCES_DIR.joinpath(*parts)
