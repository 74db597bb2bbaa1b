"""The tracking pages as a person uses them: with a session they list the demo data; without one they ask
for a login; the login, first-start and lock dialogs; the PDF opened through a temporary copy that goes away."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from edulab_app.security import accounts
from edulab_app.services.demo import DEMO_RSPO
from edulab_app.ui.tracking import session_holder

SHOTS = os.environ.get("EDULAB_SHOTS")  # a folder: save screenshots there (look at them)


@pytest.fixture
def tctx(tmp_path, monkeypatch):
    from edulab_app.services import demo, pupils
    from edulab_app.services.context import AppContext
    from edulab_app.storage import security_models, tracking_models  # noqa: F401 - the tables

    ctx = AppContext(data_dir=tmp_path / "data")
    monkeypatch.setattr(demo, "DEMO_SEEDERS", [])
    demo.create_demo_school(ctx.db())
    ctx.credentials = pupils.seed_demo(ctx.db(), DEMO_RSPO)
    yield ctx
    session_holder.clear()
    ctx.close()


@pytest.fixture
def logged_in(tctx):
    username, password = tctx.credentials
    session = accounts.login(tctx.db(), username, password)
    session_holder.set_session(session)
    return session


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        from PySide6.QtWidgets import QDialog

        if isinstance(widget, QDialog):
            widget.resize(widget.minimumSizeHint().expandedTo(widget.size()))
        else:
            widget.resize(1180, 760)
        widget.grab().save(str(Path(SHOTS) / f"tracking_{name}.png"))


def _rows(table, column=0):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_pupils_page_lists_the_demo_pupils_without_names(qtbot, tctx, logged_in):
    from edulab_app.ui.tracking.pupils_page import PupilsPage

    page = PupilsPage(tctx, DEMO_RSPO)
    qtbot.addWidget(page)
    page.show()
    assert page.stack.currentWidget() is page.content
    codes = _rows(page.table)
    assert len(codes) == 8 and all(c.startswith("U-") for c in codes)
    countries = set(_rows(page.table, 2))
    assert {"Ukraina", "Białoruś", "Gruzja", "Wietnam"} <= countries
    table_text = " ".join(page.table.item(r, c).text() for r in range(8) for c in range(5))
    assert "Kowalenko" not in table_text
    assert page.name.text() and page.code_label.text() == codes[0]
    assert page.forms_table.rowCount() >= 1 and page.findings.count() >= 1
    assert page.table.accessibleName() and page.name.accessibleName()
    _shot(page, "pupils")
    page.tabs.setCurrentIndex(2)
    _shot(page, "pupils_summary")


def test_pupil_editor_adds_a_pupil_and_a_support_form(qtbot, tctx, logged_in):
    from edulab_app.ui.tracking.pupils_page import PupilsPage

    page = PupilsPage(tctx, DEMO_RSPO)
    qtbot.addWidget(page)
    page.new_pupil()
    page.name.setText("Amina Testowa")
    page.class_label.setText("3a")
    page.languages.setText("ar, en")
    page.country.setCurrentIndex(page.country.findData("SY"))
    assert page.save_pupil()
    assert page.table.rowCount() == 9 and page.name.text() == "Amina Testowa", page.message.text()
    page.kind.setCurrentIndex(page.kind.findData("additional_polish"))
    page.hours.setValue(1)
    page.start.set_value(dt.date.today())
    assert page.add_form()
    assert page.forms_table.rowCount() == 1
    assert any("co najmniej" in page.findings.item(i).text() for i in range(page.findings.count()))
    page.new_pupil()
    page.name.setText("")
    assert not page.save_pupil() and "Imię i nazwisko" in page.message.text()


def test_erase_from_the_page(qtbot, tctx, logged_in):
    from edulab_app.ui.tracking.pupils_page import PupilsPage

    page = PupilsPage(tctx, DEMO_RSPO)
    qtbot.addWidget(page)
    assert page.erase_button.isEnabled()
    code = page.code_label.text()
    assert page.erase_selected(confirmed=True)
    assert code not in _rows(page.table) and page.table.rowCount() == 7


def test_a_teacher_sees_pupils_but_not_assessments(qtbot, tctx, logged_in):
    from edulab_app.ui.tracking.assessments_page import AssessmentsPage
    from edulab_app.ui.tracking.pupils_page import PupilsPage

    accounts.add_user(tctx.db(), logged_in, "nauczyciel", "Jan Nauczyciel", "teacher", "Nauczyciel-ąę-77")
    session_holder.set_session(accounts.login(tctx.db(), "nauczyciel", "Nauczyciel-ąę-77"))
    pupils_page = PupilsPage(tctx, DEMO_RSPO)
    qtbot.addWidget(pupils_page)
    assert pupils_page.table.rowCount() == 8
    assert not pupils_page.erase_button.isEnabled() and not pupils_page.save_button.isEnabled()
    page = AssessmentsPage(tctx, DEMO_RSPO)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.locked_panel
    assert "dyrektor, koordynator i specjalista poradni" in page.locked_label.text()
    assert page.table.rowCount() == 0


def test_assistants_page(qtbot, tctx, logged_in):
    from edulab_app.ui.tracking.assistants_page import AssistantsPage

    page = AssistantsPage(tctx, DEMO_RSPO)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 2
    assert "Olena Demczenko" in _rows(page.table, 1)
    page.new_assistant()
    page.name.setText("Nowa Asystentka")
    page.basis.setCurrentIndex(page.basis.findData("intercultural_art165_8a"))
    page.contract_from.set_value(dt.date(2024, 3, 1))
    page.hours.setValue(10)
    assert page.save()
    assert page.table.rowCount() == 3
    texts = [page.findings.item(i).text() for i in range(page.findings.count())]
    assert any("01.09.2024" in t for t in texts)
    _shot(page, "assistants")


def test_committee_page_and_checklist(qtbot, tctx, logged_in):
    from edulab_app.ui.tracking.committee_page import CommitteePage

    page = CommitteePage(tctx, DEMO_RSPO)
    qtbot.addWidget(page)
    assert page.members_table.rowCount() == 5 and page.meetings_table.rowCount() == 2
    assert page.families_table.rowCount() == 2
    page.families_table.selectRow(1)
    assert page.steps.count() == 5
    before = page.families_table.item(1, 3).text()
    item = next(page.steps.item(i) for i in range(page.steps.count())
                if page.steps.item(i).checkState() == Qt.CheckState.Unchecked)
    item.setCheckState(Qt.CheckState.Checked)
    assert page.families_table.item(1, 3).text() != before
    page.member_name.setText("Nowy Członek")
    assert page.add_member() and page.members_table.rowCount() == 6
    page.family_language.setText("vi")
    assert page.add_family() and page.families_table.rowCount() == 3
    _shot(page, "committee")


def test_assessments_page_attach_and_open_with_a_temporary_copy(qtbot, tctx, logged_in, tmp_path, monkeypatch):
    from edulab_app.ui.tracking import assessments_page
    from edulab_app.ui.tracking.assessments_page import AssessmentsPage

    from .conftest import tiny_pdf

    opened = []
    monkeypatch.setattr(assessments_page.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = AssessmentsPage(tctx, DEMO_RSPO)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 1
    page.table.selectRow(0)
    assert "logopedyczne" in page.recommendations_label.text()
    path = page.open_selected()
    assert path is not None and path.read_bytes().startswith(b"%PDF-") and opened
    if os.name == "posix":
        assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    page.cleanup_copies()
    assert not path.exists()
    pdf = tmp_path / "orzeczenie.pdf"
    pdf.write_bytes(tiny_pdf())
    page.kind.setCurrentIndex(page.kind.findData("orzeczenie"))
    page.clinic.setText("PPP nr 5 w Gdyni")
    page.issued.set_value(dt.date.today() - dt.timedelta(days=40))
    page.delivered.set_value(dt.date.today() - dt.timedelta(days=35))
    page.add_recommendation_row("Zajęcia wyrównawcze z matematyki", "compensatory")
    page.set_pdf(pdf)
    assert page.attach(), page.message.text()
    assert page.table.rowCount() == 2 and page.overdue_label.text() == "IPET po terminie: 1"
    bad = tmp_path / "skan.pdf"
    bad.write_bytes(b"GIF89a not a pdf")
    page.set_pdf(bad)
    page.kind.setCurrentIndex(page.kind.findData("opinia"))
    assert not page.attach() and "To nie jest plik PDF" in page.message.text()
    _shot(page, "assessments")


def test_without_a_session_pages_ask_for_login(qtbot, tctx, monkeypatch):
    from edulab_app.ui.tracking import login
    from edulab_app.ui.tracking.pupils_page import PupilsPage

    asked = []
    monkeypatch.setattr(login, "ensure_session", lambda ctx, parent=None: asked.append(parent))
    page = PupilsPage(tctx, DEMO_RSPO)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.locked_panel and page.table.rowCount() == 0
    page.show()
    qtbot.waitUntil(lambda: asked == [page])
    _shot(page, "locked")
    username, password = tctx.credentials
    session_holder.set_session(accounts.login(tctx.db(), username, password))
    assert page.stack.currentWidget() is page.content and page.table.rowCount() == 8


def test_login_dialog(qtbot, tctx):
    from edulab_app.ui.tracking.login import LoginDialog

    username, password = tctx.credentials
    dialog = LoginDialog(tctx)
    qtbot.addWidget(dialog)
    dialog.username.setText(username)
    dialog.password.setText("zle-haslo-123")
    assert not dialog.submit() and "Nieprawidłowa" in dialog.error.text() and dialog.password.text() == ""
    _shot(dialog, "login")
    dialog.password.setText(password)
    assert dialog.submit() and dialog.session is not None and dialog.session.username == username


def test_lock_dialog_unlocks_the_same_session(qtbot, tctx, logged_in):
    from edulab_app.ui.tracking.login import LockDialog

    session_holder.lock()
    assert session_holder.usable() is None and logged_in.is_locked
    dialog = LockDialog(tctx, logged_in)
    qtbot.addWidget(dialog)
    dialog.password.setText("zle")
    assert not dialog.submit()
    dialog.password.setText(tctx.credentials[1])
    assert dialog.submit() and not logged_in.is_locked
    _shot(dialog, "lock")


def test_first_start_dialog_shows_the_recovery_key_once(qtbot, tmp_path):
    from edulab_app.services.context import AppContext
    from edulab_app.storage import security_models, tracking_models  # noqa: F401
    from edulab_app.ui.tracking.login import FirstStartDialog

    ctx = AppContext(data_dir=tmp_path / "fresh")
    try:
        dialog = FirstStartDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.username.setText("anna.nowak")
        dialog.display_name.setText("Anna Nowak")
        dialog.password.setText("Dyrektorka-2026!")
        dialog.repeat.setText("Dyrektorka-2026?")
        assert not dialog.submit() and "różnią" in dialog.error.text()
        dialog.repeat.setText("Dyrektorka-2026!")
        assert dialog.submit()
        assert dialog.pages.currentIndex() == 1 and len(dialog.key_label.text()) == 47
        assert not dialog.finish_button.isEnabled()
        dialog.reject()
        assert dialog.isVisible() or dialog.result() == 0  # cannot be dismissed before confirming
        dialog.show()
        assert dialog.width() >= dialog.key_label.sizeHint().width()  # the key is never clipped
        _shot(dialog, "first_start")
        dialog.confirm.setChecked(True)
        dialog.finish()
        assert dialog.key_label.text() == "" and dialog.session is not None
        assert dialog.session.role.value == "director"
    finally:
        ctx.close()
