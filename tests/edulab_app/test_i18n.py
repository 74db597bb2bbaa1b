"""Translation pipeline: every user-facing string in the UI goes through Qt's tr(); the Linguist files are
in sync with the code and compiled; Qt's own dialogs speak Polish."""

from __future__ import annotations

import ast
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402

UI_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "addMenu", "setAccessibleName",
    "showMessage", "setStatusTip", "setWhatsThis", "setTitle", "setHeaderLabels", "addTab", "setLabelText",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "critical", "warning",
    "information", "question", "about", "setInformativeText",
}
ALLOWED_WORDS = {"EDUlab", "RSPO", "PLN", "PDF", "XLSX"}


def _user_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    else:
        return None
    text = re.sub(r"<[^>]+>", " ", text)
    words = [w for w in re.findall(r"[^\W\d_]{2,}", text) if w not in ALLOWED_WORDS]
    return text if words else None


def bare_literals(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in UI_SETTERS:
                for arg in node.args:
                    text = _user_text(arg)
                    if text:
                        found.append((node.lineno, text.strip()[:60]))
    return found


def test_checker_catches_untranslated_text():
    assert bare_literals("label.setText('Zapisano')") and bare_literals("QLabel(f'Szkoła {x}')")
    assert not bare_literals("label.setText(self.tr('Zapisano'))")
    assert not bare_literals("QLabel(f'<h2>{title}</h2>')")


def test_every_user_facing_string_in_the_ui_is_translatable():
    offences = []
    for path in sorted((ROOT / "edulab_app" / "ui").rglob("*.py")):
        for lineno, text in bare_literals(path.read_text(encoding="utf-8")):
            offences.append(f"{path.relative_to(ROOT)}:{lineno}: {text!r} (wrap in self.tr / translate)")
    assert not offences, "\n".join(offences)


def test_linguist_files_are_in_sync_with_the_code(tmp_path):
    copy = tmp_path / "ts"
    shutil.copytree(i18n.TS_DIR, copy)
    i18n.update(copy)
    for lang in i18n.LANGUAGES:
        fresh = i18n.messages(copy / f"edulab_{lang}.ts")
        committed = i18n.messages(i18n.TS_DIR / f"edulab_{lang}.ts")
        missing = sorted(set(fresh) - set(committed))
        assert not missing, f"run `python tools/i18n.py update`: {lang} lacks {missing[:5]}"


def test_compiled_translations_match_the_sources(tmp_path):
    i18n.release(out_dir=tmp_path)
    for lang in i18n.LANGUAGES:
        shipped = i18n.TS_DIR / f"edulab_{lang}.qm"
        assert shipped.read_bytes() == (tmp_path / f"edulab_{lang}.qm").read_bytes(), (
            f"run `python tools/i18n.py release` ({lang})")


@pytest.mark.parametrize(("lang", "cancel", "title"), [
    ("pl", "Anuluj", "Profil szkoły"), ("en", "Cancel", "School profile"), ("uk", "Скасувати", "Профіль школи"),
])
def test_languages_switch_qt_dialogs_and_our_texts(qapp, lang, cancel, title):
    from PySide6.QtWidgets import QDialogButtonBox

    from edulab_app.ui.i18n import install_translators
    from edulab_app.ui.school_page import SchoolPage

    try:
        install_translators(qapp, lang)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
        assert SchoolPage.title() == title
    finally:
        install_translators(qapp, "pl")
