"""The window as a person uses it: welcome → demo school → profile edits, validation, schools, lock."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QSpinBox

from edulab_app.errors import AlreadyRunning
from edulab_app.services import schools
from edulab_app.services.demo import DEMO_RSPO
from edulab_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def test_empty_install_shows_welcome_and_demo_is_one_click(window, qtbot):
    assert window.central.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.rspo == DEMO_RSPO
    assert window.area_titles() == [
        "Profil szkoły", "Diagnoza", "Wyniki diagnozy", "Plan działania", "Komitet powitalny", "Asystenci",
        "Uczniowie", "Opinie i orzeczenia", "Tydzień dla wszystkich", "Bezpieczna szkoła", "Zgłoszenia incydentów"]
    headings = [window.navigator.item(r).text() for r in range(window.navigator.count())
                if not window.navigator.item(r).data(Qt.ItemDataRole.UserRole)]
    assert headings == ["Szkoła", "Diagnoza i plan", "Wsparcie (dane chronione)",
                        "Bezpieczna i włączająca szkoła"]
    page = window.page("school")
    assert page.form.fields["name"].text().startswith("Szkoła Podstawowa nr 48")
    assert page.state_label.text() == "✓ Zapisano"
    box = window.credentials_box  # a new install: the demo director was created, logged in, shown once
    assert box.isVisible() and "demo" in box.text() and "Hasło" in box.text()
    from edulab_app.ui.tracking import session_holder

    assert session_holder.usable() is not None and window.account_label.text().startswith("Zalogowano")


def test_profile_edit_is_validated_named_focused_then_saved(window, qtbot, ctx):
    window.open_demo()
    window.credentials_box.accept()  # the demo director's password, shown once (window-modal)
    page = window.show_area("school")
    migrant: QSpinBox = page.form.fields["pupils_migrant"]
    migrant.setValue(999)
    assert page.state_label.text() == "Niezapisane zmiany"
    assert page.save() is False
    assert "Liczba uczniów z doświadczeniem migracji" in page.errors_label.text()
    assert QApplication.focusWidget() is migrant or migrant.hasFocus() or migrant.property("invalid")
    assert schools.get_school(ctx.db(), DEMO_RSPO).pupils_migrant == 58  # nothing half-written
    migrant.setValue(61)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert schools.get_school(ctx.db(), DEMO_RSPO).pupils_migrant == 61
    assert page.state_label.text() == "✓ Zapisano" and not page.errors_label.isVisible()


def test_new_school_dialog_and_switching(window, qtbot, ctx, monkeypatch):
    from edulab_app.ui.school_dialog import NewSchoolDialog

    window.open_demo()
    dialog = NewSchoolDialog(ctx, window)
    qtbot.addWidget(dialog)
    fields = dialog.form.fields
    fields["rspo"].setText("12")
    dialog.accept()
    assert dialog.created_rspo is None and "Nazwa szkoły" in dialog.errors_label.text()
    fields["name"].setText("Szkoła Podstawowa nr 2 w Kartuzach")
    fields["county"].setCurrentText("kartuski")
    dialog.accept()
    assert dialog.created_rspo == "12"
    window.refresh_schools(select="12")
    assert window.school_combo.count() == 2
    assert window.page("school").form.fields["county"].currentText() == "kartuski"
    window.open_school(DEMO_RSPO)
    assert window.page("school").form.fields["rspo"].text() == DEMO_RSPO


def test_reopening_returns_to_the_last_school(qtbot, ctx):
    from edulab_app.school_profile import SchoolProfile
    from edulab_app.services.demo import create_demo_school

    create_demo_school(ctx.db())
    schools.create_school(ctx.db(), SchoolProfile(rspo="77", name="Szkoła Podstawowa w Ustce", county="słupski"))
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.open_school("77")
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.rspo == "77"


HOLD_LOCK = ("import sys, time, pathlib; from edulab_app.instance_lock import InstanceLock; "
             "l = InstanceLock(pathlib.Path(sys.argv[1])); l.acquire(); print('held', flush=True); time.sleep(30)")


@pytest.fixture
def other_instance(ctx):
    """Another process holding the data folder's instance lock (killed at the end, leaving a stale lock)."""
    ctx.data_dir.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(ctx.data_dir)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    yield holder
    holder.kill()
    holder.wait()


def test_second_instance_on_the_same_data_dir_is_told(ctx, other_instance):
    from edulab_app.instance_lock import InstanceLock

    with pytest.raises(AlreadyRunning, match="już uruchomiony"):
        InstanceLock(ctx.data_dir).acquire()
    other_instance.kill()
    other_instance.wait()
    time.sleep(0.1)
    lock = InstanceLock(ctx.data_dir)  # the holder died: its stale lock is recognised and taken over
    lock.acquire()
    lock.release()


def test_run_app_refuses_a_second_instance_with_a_message(qapp, ctx, monkeypatch, other_instance):
    from edulab_app.ui import app as app_module

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert app_module.run_app(ctx) == 2
    assert shown and "już uruchomiony" in shown[0]


@pytest.mark.expect_log_warnings
def test_damaged_database_offers_restore_of_a_backup(qapp, ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from edulab_app.services import maintenance
    from edulab_app.services.demo import create_demo_school
    from edulab_app.ui import app as app_module

    create_demo_school(ctx.db())
    maintenance.backup(ctx)
    ctx.close()
    for suffix in ("-wal", "-shm"):
        (ctx.data_dir / f"edulab.sqlite3{suffix}").unlink(missing_ok=True)
    (ctx.data_dir / "edulab.sqlite3").write_bytes(b"\x00" * 8192)
    offered = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (offered.append(a[3]) or (a[3][0], True)))
    assert app_module.open_database(ctx) is True
    assert offered and "manual" in offered[0][0]
    assert [s.rspo for s in schools.list_schools(ctx.db())] == [DEMO_RSPO]
    damaged = list(ctx.data_dir.glob("edulab.sqlite3.damaged-*"))
    assert len(damaged) == 1 and damaged[0].read_bytes() == b"\x00" * 8192


@pytest.mark.expect_log_warnings
def test_unexpected_error_in_a_slot_shows_the_dialog_with_the_log_path(qapp, ctx, monkeypatch):
    from edulab_app import crash
    from edulab_app.ui import app as app_module

    crash.setup_logging(ctx.data_dir)
    texts = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: texts.append(self.text()) or 0)
    app_module._install_crash_dialog()
    try:
        try:
            raise ValueError("zepsuty przycisk")
        except ValueError:
            crash.report_exception(*sys.exc_info(), where="test")
    finally:
        crash.set_reporter(None)
    assert texts and str(ctx.data_dir / "logs" / "edulab.log") in texts[0]
    assert "ValueError: zepsuty przycisk" in (ctx.data_dir / "logs" / "edulab.log").read_text(encoding="utf-8")


def test_every_input_has_an_accessible_name(window):
    window.open_demo()
    page = window.show_area("school")
    for widget in page.findChildren(QLineEdit) + page.findChildren(QSpinBox):
        if widget.objectName().startswith("field_"):
            assert widget.accessibleName(), widget.objectName()


def test_expert_workspace_opens_from_the_welcome_page_and_the_menu(window, qtbot):
    qtbot.mouseClick(window.welcome.expert_button, Qt.MouseButton.LeftButton)
    expert = window.expert_window
    assert expert is not None and expert.isVisible()
    assert [expert.workspace.tabs.tabText(i).replace("&", "") for i in range(3)] == [
        "Szkoły", "Przegląd szkoły", "Region"]
    window.open_expert_workspace()
    assert window.expert_window is expert  # one workspace window
    window.close()
    assert not expert.isVisible()
