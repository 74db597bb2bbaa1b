"""The pure security modules load neither Qt nor SQLAlchemy; no module of the package imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PURE = ["passwords", "keys", "crypto", "files", "pseudonym", "roles", "session", "cli_auth", "errors"]


def test_no_security_module_imports_qt():
    for path in (ROOT / "edulab_app" / "security").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names), path.name


def test_pure_modules_load_no_qt_and_no_sqlalchemy():
    code = ("import importlib, sys\n"
            f"for m in {PURE!r}: importlib.import_module('edulab_app.security.' + m)\n"
            "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy'))))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
