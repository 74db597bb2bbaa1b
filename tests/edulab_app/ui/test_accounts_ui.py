"""Accounts in the window: demo login, the director's user management and audit log, idle lock."""

from __future__ import annotations

from edulab_app.security import accounts
from edulab_app.ui.account_dialogs import AuditLogDialog, UsersDialog
from edulab_app.ui.main_window import MainWindow
from edulab_app.ui.tracking import session_holder


def _demo_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_demo()
    window.credentials_box.accept()
    return window


def test_director_adds_a_teacher_who_can_log_in(qtbot, ctx):
    _demo_window(qtbot, ctx)
    dialog = UsersDialog(ctx, session_holder.usable())
    qtbot.addWidget(dialog)
    dialog.username.setText("jan.kowalski")
    dialog.display_name.setText("Jan Kowalski")
    dialog.role.setCurrentIndex(dialog.role.findData("teacher"))
    dialog.password.setText("krótkie")
    dialog.add()
    assert "10" in dialog.message.text()  # the password policy names the minimum length
    dialog.password.setText("Nauczyciel-2026-bezpieczne")
    dialog.add()
    assert dialog.table.rowCount() == 2
    session = accounts.login(ctx.db(), "jan.kowalski", "Nauczyciel-2026-bezpieczne")
    assert session.role.value == "teacher"


def test_audit_log_shows_reads_of_protected_data_and_verifies(qtbot, ctx):
    from edulab_app.services import pupils

    _demo_window(qtbot, ctx)
    session = session_holder.usable()
    pupils.list_pupils(ctx.db(), session, "9990048")
    dialog = AuditLogDialog(ctx, session)
    qtbot.addWidget(dialog)
    texts = {dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())}
    assert "odczyt" in texts and "logowanie" in texts
    dialog.verify()
    assert "spójny" in dialog.status.text()


def test_only_the_director_opens_the_audit_log(qtbot, ctx, monkeypatch):
    window = _demo_window(qtbot, ctx)
    director = session_holder.usable()
    accounts.add_user(ctx.db(), director, "ola.nauczycielka", "Ola Nowak", "teacher", "Nauczycielka-2026!")
    session_holder.set_session(accounts.login(ctx.db(), "ola.nauczycielka", "Nauczycielka-2026!"))
    shown = []
    monkeypatch.setattr("edulab_app.ui.main_window.show_error", lambda parent, message, title=None: shown.append(message))
    window.show_audit_log()
    assert shown and "dyrektor" in shown[0]


def test_an_idle_session_locks_itself(qtbot, ctx):
    import time

    window = _demo_window(qtbot, ctx)
    session = session_holder.usable()
    window._check_idle()
    assert not session.is_locked  # just used
    session.touch(time.monotonic() - 2 * 3600)  # the last input was two hours ago
    window._check_idle()
    assert session.is_locked and "zablokowano" in window.account_label.text()
