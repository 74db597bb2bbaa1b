"""The document pages as a person uses them: the week (dates checked in the calendar, saved in the plan,
exported), the regulation (created, edited, adopted, exported) and the register (locked without a login,
report, steps, closing, statistics; a teacher cannot keep the register)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QLabel, QWidget

from edulab_app.security import accounts
from edulab_app.services import documents, incidents, plans
from edulab_app.services.demo import DEMO_RSPO

from .conftest import PASSWORDS

NOW = dt.datetime(2026, 11, 24, 12, 0)
SHOTS = os.environ.get("EDULAB_SHOTS")  # a folder: save screenshots there


@pytest.fixture
def dctx(tmp_path, monkeypatch):
    from edulab_app.services import demo
    from edulab_app.services.context import AppContext
    from edulab_app.storage import document_models, security_models  # noqa: F401 - the tables
    from edulab_app.ui.tracking import session_holder

    ctx = AppContext(data_dir=tmp_path / "data")
    demo.create_demo_school(ctx.db())
    plans.seed_demo(ctx.db(), DEMO_RSPO)
    yield ctx
    session_holder.clear()
    ctx.close()


def _show(qtbot, page: QWidget, name: str) -> QWidget:
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    qtbot.waitExposed(page)
    if SHOTS:
        page.grab().save(os.path.join(SHOTS, f"docs_{name}.png"))
    return page


def _accessible(page: QWidget) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTableWidget

    for w in page.findChildren(QWidget):
        if isinstance(w, (QLineEdit, QComboBox, QPlainTextEdit, QTableWidget, QAbstractSpinBox)) \
                and w.isVisibleTo(page):
            if isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
                continue  # the line edit inside an editable combo box or a spin box
            assert w.accessibleName(), w


def test_week_page(qtbot, dctx, tmp_path):
    from edulab_app.ui.documents import WeekPage

    page = _show(qtbot, WeekPage(dctx, DEMO_RSPO), "week")
    assert WeekPage.title() == "Tydzień dla wszystkich"
    _accessible(page)
    year = plans.info(dctx.db(), DEMO_RSPO).start_year
    assert page.year_combo.currentData() == year
    assert "Dzień języków" in page.preview.toPlainText()
    # a Saturday is named, and nothing is saved
    first = int(year[:4]) + 1
    saturday = next(dt.date(first, 5, d) for d in range(8, 15) if dt.date(first, 5, d).weekday() == 5)
    page.start_edit.setDate(QDate(saturday.year, saturday.month, saturday.day))
    assert "sobota" in page.dates_label.text()
    page.people_edits["coordinator"].setText("Anna Nowak, Jan Kowalski")
    assert not page.save()
    assert page.errors.isVisible() and "„Dzień 1”" in page.errors.text()
    page.focus_field("dates[0]")
    assert documents.get_week(dctx.db(), DEMO_RSPO, year) is None
    # a Monday works; a cost changed in the table reaches the plan
    monday = saturday + dt.timedelta(days=2)
    page.start_edit.setDate(QDate(monday.year, monday.month, monday.day))
    row = page.cost_ids.index("tasting")
    page.cost_widgets[row][2].setValue(1234)
    assert "Niezapisane" in page.state_label.text()
    page.language_checks["ru"].setChecked(True)
    assert page.save_to_plan(), page.errors.text()
    assert "Zapisano w planie działania" in page.state_label.text()
    action = next(a for a in plans.load(dctx.db(), DEMO_RSPO).actions
                  if a.template_id == "week_for_everyone" and a.school_year == year)
    week = documents.get_week(dctx.db(), DEMO_RSPO, year)
    assert week.start == monday and week.names("coordinator") == ("Anna Nowak", "Jan Kowalski")
    assert action.planned_cost == pytest.approx(week.total) and "ru" in week.languages
    assert any(c.unit_price == 1234 for c in action.cost_lines)
    # the invitation preview in Ukrainian
    page.preview_choice.setCurrentIndex(page.preview_choice.findData("uk"))
    assert "Запрошення на «Тиждень для всіх»" in page.preview.toPlainText()
    target = page.export_pdf(tmp_path / "tydzien.pdf")
    assert target is not None and target.read_bytes().startswith(b"%PDF")


def test_regulation_page(qtbot, dctx, tmp_path):
    from edulab_app.ui.documents import RegulationPage

    page = _show(qtbot, RegulationPage(dctx, DEMO_RSPO), "regulation_empty")
    assert RegulationPage.title() == "Bezpieczna szkoła"
    assert page.empty_panel.isVisible() and not page.tabs.isVisible() and not page.pdf_button.isEnabled()
    assert page.generate()
    assert page.tabs.isVisible() and page.section_list.count() == 12
    _accessible(page)
    # adopting with gaps names them
    page.tabs.setCurrentIndex(2)
    page.adopt_resolution.setText("5/2026/2027")
    assert not page.adopt() and "Uzupełnij przed przyjęciem" in page.errors.text()
    # fill the data, save, adopt
    page.tabs.setCurrentIndex(0)
    page.fields["report_box_place"].setText("przy bibliotece, parter")
    page.fields["child_protection_ref"].setText("zarządzenie dyrektora nr 5/2024")
    page.fields["child_protection_person"].setText("Jan Nowak")
    if page.trusted_table.rowCount() == 0:
        page._add_trusted_row(documents.TrustedPerson("Jan Nowak", "school_pedagogue"))
    page.trusted_table.item(0, 2).setText("pokój 12, wtorki 8:00–9:00")
    page.language_checks["ru"].setChecked(True)
    assert page.save_data(), page.errors.text()
    assert not page.gaps_label.isVisible()
    page.adopt_resolution.setText("5/2026/2027")
    page.adopt_date.setDate(QDate(2026, 10, 14))
    assert page.adopt(), page.errors.text()
    assert page.status_label.text().startswith("✓ Przyjęty: wersja 1 z 14.10.2026")
    assert page.versions_table.rowCount() == 1 and not page.adopt_button.isEnabled()
    # edit one section: the status says a new version is due, the diff shows it
    page.tabs.setCurrentIndex(1)
    page.section_list.setCurrentRow(10)
    page.section_edit.setPlainText(page.section_edit.toPlainText() + "\n\n4. Akapit dodany przez szkołę.")
    assert page.section_save.isEnabled() and page.save_section()
    assert "✎" in page.section_list.item(10).text() and "Zmieniony po przyjęciu" in page.status_label.text()
    assert "+4. Akapit dodany przez szkołę." in page.diff_view.toPlainText()
    page.section_list.setCurrentRow(10)
    assert page.reset_section() and "✎" not in page.section_list.item(10).text()
    _show(qtbot, page, "regulation")
    assert page.export_pdf(tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert page.export_family_pdf(tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")


def _director(dctx):
    accounts.create_first_director(dctx.db(), "dyrektor", "Anna Dyrektorska", PASSWORDS["dyrektor"])
    return accounts.login(dctx.db(), "dyrektor", PASSWORDS["dyrektor"])


def test_incidents_page_needs_a_login(qtbot, dctx):
    from edulab_app.ui.documents import IncidentsPage
    from edulab_app.ui.tracking import session_holder

    page = IncidentsPage(dctx, DEMO_RSPO, now=lambda: NOW)
    _show(qtbot, page, "incidents_locked")
    assert IncidentsPage.title() == "Zgłoszenia incydentów"
    assert page.stack.currentWidget() is page.locked_panel and "Zaloguj się" in page.locked_label.text()
    assert "Zgłoszenia: 0" in page.stats_label.text()  # counts are shown without a login
    director = _director(dctx)
    session_holder.set_session(director)
    assert page.stack.currentWidget() is page.content
    session_holder.clear()
    assert page.stack.currentWidget() is page.locked_panel


def test_incidents_page_report_steps_close(qtbot, dctx):
    from edulab_app.ui.documents import IncidentsPage

    director = _director(dctx)
    page = IncidentsPage(dctx, DEMO_RSPO, session_provider=lambda: director, now=lambda: NOW)
    _show(qtbot, page, "incidents_empty")
    _accessible(page)
    page.show_new_form()
    assert page.detail_stack.currentIndex() == 1
    assert not page.add_report()
    for field in ("„Motyw”", "„Opis zdarzenia”", "„Osoba odpowiedzialna”"):
        assert field in page.errors.text()
    page.form_date.setDateTime(QDateTime(2026, 11, 20, 10, 0, 0))
    page.form_reporter.setCurrentIndex(page.form_reporter.findData("anonymous"))
    for r in range(page.form_motives.count()):
        if page.form_motives.item(r).data(Qt.ItemDataRole.UserRole) in ("language", "religion"):
            page.form_motives.item(r).setCheckState(Qt.CheckState.Checked)
    page.form_description.setPlainText("Wyzwiska na boisku z powodu języka i religii.")
    page.form_persons.setText("U-7K2M9QXA, Uczeń B")
    page.form_responsible.setEditText("Jan Nowak (pedagog)")
    assert page.add_report(), page.errors.text()
    assert page.table.rowCount() == 1 and page.current is not None and page.current.number == 1
    assert "Wyzwiska na boisku" in page.detail_label.text()
    assert page.steps_table.rowCount() == 6
    assert "ZALEGŁY" in page.steps_table.item(1, 2).text()  # parents were due within 24 hours
    assert page.table.item(0, 0).foreground().color().name() == "#c62828"
    _show(qtbot, page, "incidents")
    page.steps_table.selectRow(0)
    assert page.update_step(True)
    assert page.current.incident.step("acknowledge").is_done
    page.outcome_edit.setPlainText("Rozmowy, przeprosiny, warsztaty dla klasy.")
    assert page.close_current()
    assert page.current.status == "closed" and not page.close_button.isEnabled()
    assert "Zgłoszenia: 1; zamknięte: 1" in page.stats_label.text() and "język: 1" in page.stats_label.text()
    assert incidents.statistics(dctx.db(), DEMO_RSPO, page.year_combo.currentData()).closed == 1


def test_incidents_page_for_a_teacher(qtbot, dctx):
    from edulab_app.ui.documents import IncidentsPage

    director = _director(dctx)
    accounts.add_user(dctx.db(), director, "nauczyciel", "Jan Nauczyciel", "teacher", PASSWORDS["nauczyciel"])
    teacher = accounts.login(dctx.db(), "nauczyciel", PASSWORDS["nauczyciel"])
    incidents.add_incident(dctx.db(), director, DEMO_RSPO, incidents.IncidentInput(
        dt.datetime(2026, 11, 2, 9, 0), "parent", ("age",), "Zgłoszenie dyrektora.", (), "Pedagog"), now=NOW)
    incidents.add_incident(dctx.db(), teacher, DEMO_RSPO, incidents.IncidentInput(
        dt.datetime(2026, 11, 3, 9, 0), "pupil", ("language",), "Zgłoszenie nauczyciela.", (), "Pedagog"), now=NOW)
    page = IncidentsPage(dctx, DEMO_RSPO, session_provider=lambda: teacher, now=lambda: NOW)
    _show(qtbot, page, "incidents_teacher")
    assert page.table.rowCount() == 1  # only the report the teacher entered
    page.table.selectRow(0)
    assert "Zgłoszenie nauczyciela." in page.detail_label.text()
    assert not page.step_done_button.isEnabled() and not page.close_button.isEnabled()
    assert page.new_button.isEnabled()
    specialist_page = IncidentsPage(dctx, DEMO_RSPO, session_provider=lambda: None, now=lambda: NOW)
    qtbot.addWidget(specialist_page)
    assert isinstance(specialist_page.locked_label, QLabel)
