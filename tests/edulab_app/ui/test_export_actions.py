"""File → Eksport in the window: the file is written in the background, then offered to open."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from edulab_app.ui.main_window import MainWindow


def test_export_menu_writes_files_in_the_background(qtbot, ctx, tmp_path, monkeypatch):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not window.export_menu.isEnabled()  # no school yet
    window.open_demo()
    assert window.export_menu.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: asked.append(a[2]))
    for kind, suffix in (("pdf", ".pdf"), ("xlsx", ".xlsx"), ("package", ".edulab"), ("blank", ".pdf")):
        target = tmp_path / f"eksport-{kind}"
        window.exports.export(kind, "", suffix, str(target))
        qtbot.waitUntil(lambda t=target, s=suffix: t.with_name(t.name + s).exists() and len(asked) > 0, timeout=20000)
        asked.clear()
    assert (tmp_path / "eksport-pdf.pdf").read_bytes().startswith(b"%PDF")
    names = [a.objectName() for a in window.export_menu.actions()]
    assert names == ["export_pdf", "export_xlsx", "export_package", "export_answers-pdf", "export_blank"]


def test_export_failure_is_shown_not_swallowed(qtbot, ctx, tmp_path, monkeypatch):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_demo()
    shown = []
    monkeypatch.setattr("edulab_app.ui.dialogs.show_error", lambda parent, message, title=None: shown.append(message))
    window.exports.export("pdf", "", ".pdf", str(tmp_path / "brak-folderu" / "plan"))
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "nie istnieje" in shown[0]
