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


def test_import_in_the_window_adds_the_school_and_asks_before_replacing(qtbot, ctx, tmp_path, monkeypatch):
    from edulab_app.services import exports, schools
    from edulab_app.services.context import AppContext
    from edulab_app.services.demo import DEMO_RSPO, create_demo_school

    source = AppContext(tmp_path / "zrodlo")
    create_demo_school(source.db())
    package = exports.export_package(source.db(), DEMO_RSPO, tmp_path / "szkola.edulab")
    source.close()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    shown, asked = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    window.exports.import_files([str(package)])
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "Dodano szkołę 9990048" in shown[0] and window.rspo == DEMO_RSPO
    assert [s.rspo for s in schools.list_schools(ctx.db())] == [DEMO_RSPO]
    window.exports.import_files([str(package)])
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert "szkola.edulab" in asked[0]
