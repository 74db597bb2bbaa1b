"""Where the application keeps its data: one folder per user (or the one given by the user)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from edulab_app.errors import DataDirError

APP_NAME = "EDUlab"
DB_FILENAME = "edulab.sqlite3"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    """--data-dir wins, then EDULAB_DATA_DIR, then the per-user data directory."""
    value = cli_value or os.environ.get("EDULAB_DATA_DIR")
    return Path(value).expanduser().resolve() if value else default_data_dir()


def ensure_writable(data_dir: Path) -> Path:
    """Create the folder if needed and prove it is writable; otherwise say so plainly."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-test-", delete=True):
            pass
    except OSError as exc:
        raise DataDirError(
            f"Nie można zapisywać w folderze danych {data_dir} ({exc.strerror or exc}). "
            "Wskaż inny folder opcją --data-dir albo zmienną EDULAB_DATA_DIR, "
            "albo poproś o nadanie uprawnień do zapisu."
        ) from exc
    return data_dir


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"
