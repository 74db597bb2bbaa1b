"""The PyInstaller bundle builds here and starts: version, a new database with the demo school, headless GUI.

Slow (a full PyInstaller build, about half a minute): run alone with ``pytest -m slow tests/test_installer.py``;
``make test`` (CI) runs it too. Skipped only when PyInstaller is missing, and never under CI=true.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "edulab"
CONSOLE = BUNDLE / ("edulab-console.exe" if sys.platform == "win32" else "edulab-console")
DEMO_RSPO = "9990048"

pytestmark = pytest.mark.slow


def package_version() -> str:
    tree = ast.parse((ROOT / "edulab_app" / "__init__.py").read_text(encoding="utf-8"))
    return next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets)
    )


def run(*args: str | os.PathLike, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, encoding="utf-8",
                          timeout=timeout, **kwargs)


@pytest.fixture(scope="module")
def bundle() -> Path:
    """Build dist/edulab with tools/build_installer.sh (which also smoke-tests it) once for this module."""
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("PyInstaller is not installed, and CI must build the bundle (pip install -e '.[installer]')")
        pytest.skip("PyInstaller is not installed (pip install -e '.[installer]')")
    env = {**os.environ, "PYTHON": sys.executable}
    result = run("bash", ROOT / "tools" / "build_installer.sh", timeout=900, cwd=ROOT, env=env)
    assert result.returncode == 0, (
        f"tools/build_installer.sh exited with {result.returncode}\n"
        f"--- stdout\n{result.stdout[-6000:]}\n--- stderr\n{result.stderr[-6000:]}"
    )
    assert "all smoke tests passed" in result.stdout
    return BUNDLE


def test_bundle_is_one_folder_with_both_launchers(bundle: Path):
    names = {p.name for p in bundle.iterdir()}
    suffix = ".exe" if sys.platform == "win32" else ""
    assert {f"edulab{suffix}", f"edulab-console{suffix}", "_internal"} <= names
    internal = bundle / "_internal"
    # data read from disk beside the packages, at the paths the code computes from __file__
    assert (internal / "resources" / "catalogue" / "trainings.yaml").is_file()
    assert list((internal / "resources" / "translations").glob("edulab_*.qm"))
    assert list((internal / "forms" / "definitions").glob("*.yaml"))
    migrations = internal / "edulab_app" / "storage" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    shipped = {p.name for p in (migrations / "versions").glob("*.py")}
    source = {p.name for p in (ROOT / "edulab_app" / "storage" / "migrations" / "versions").glob("*.py")}
    assert shipped == source
    qt_translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("qtbase_*.qm")}
    assert {"qtbase_pl.qm", "qtbase_en.qm", "qtbase_uk.qm"} <= qt_translations


def test_version_is_the_package_version(bundle: Path):
    result = run(CONSOLE, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"edulab {package_version()}"


def test_bundle_creates_and_opens_the_demo_school(bundle: Path, tmp_path: Path):
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("EDULAB_DATA_DIR", None)
    created = run(CONSOLE, "--data-dir", data, "demo", env=env)
    assert created.returncode == 0, created.stderr + _log(data)
    assert created.stdout.strip() == DEMO_RSPO
    listed = run(CONSOLE, "--data-dir", data, "school", "list", "--json", env=env)
    assert listed.returncode == 0, listed.stderr + _log(data)
    schools = json.loads(listed.stdout)
    assert [s["rspo"] for s in schools] == [DEMO_RSPO]
    assert schools[0]["is_demo"] is True
    log = _log(data)
    assert " ERROR " not in log and " CRITICAL " not in log, log


def _log(data: Path) -> str:
    path = data / "logs" / "edulab.log"
    return path.read_text(encoding="utf-8") if path.is_file() else ""
