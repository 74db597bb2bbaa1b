"""The one import rule of DESIGN.md section 1, enforced.

forms/, plans/ and exporters/ never import PySide6, shiboken6, SQLAlchemy, Alembic or edulab_app —
neither at the top of a module nor inside a function. The check parses every module (so a lazy import
is caught too) and additionally imports the packages in a clean interpreter to prove that nothing
forbidden gets loaded transitively.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOMAIN_PACKAGES = ("forms", "plans", "exporters")
FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "edulab_app")
CLIENT_LAYOUT = ("edulab_app", "forms", "resources", "plans", "exporters", "tests",
                 "pyproject.toml", "build_installer.spec")


def _imported_roots(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module.split(".")[0]))
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
            "import_module", "__import__"
        ) and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            found.append((node.lineno, node.args[0].value.split(".")[0]))
    return found


def test_client_layout_exists():
    missing = [p for p in CLIENT_LAYOUT if not (ROOT / p).exists()]
    assert not missing, f"missing top-level entries: {missing}"


@pytest.mark.parametrize("package", DOMAIN_PACKAGES)
def test_domain_package_source_has_no_forbidden_import(package):
    offences = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for lineno, root in _imported_roots(tree):
            if root in FORBIDDEN:
                offences.append(f"{path.relative_to(ROOT)}:{lineno} imports {root}")
    assert not offences, "\n".join(offences)


def test_checker_catches_a_lazy_forbidden_import():
    tree = ast.parse("def f():\n    from PySide6 import QtCore\n    import importlib\n"
                     "    importlib.import_module('sqlalchemy.orm')\n")
    roots = {root for _, root in _imported_roots(tree)}
    assert {"PySide6", "sqlalchemy"} <= roots


def test_importing_domain_packages_loads_nothing_forbidden():
    modules = []
    for package in DOMAIN_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules.append(".".join(parts))
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"domain packages pulled in: {out.stdout.strip()}"
