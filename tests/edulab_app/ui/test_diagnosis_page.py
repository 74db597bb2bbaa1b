"""The diagnosis window as a person uses it: start, answer through the widgets, validation, relevance,
progress, the missing summary, finish / read-only / reopen, the last place, next year's diagnosis, keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QDialog, QLineEdit

from edulab_app.errors import UserError
from edulab_app.school_profile import SchoolProfile
from edulab_app.services import diagnosis, schools
from edulab_app.ui.diagnosis import DiagnosisPage
from edulab_app.ui.diagnosis.page import NewDiagnosisDialog
from forms.demo import demo_answers

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def school(db):
    schools.create_school(db, SchoolProfile(rspo="4321", name="Szkoła Podstawowa nr 1 w Pucku", county="pucki",
                                            school_year="2026/2027", pupils_total=300, pupils_migrant=30))
    return "4321"


def open_page(qtbot, ctx, rspo) -> DiagnosisPage:
    page = DiagnosisPage(ctx, rspo)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def started(qtbot, ctx, rspo) -> DiagnosisPage:
    page = open_page(qtbot, ctx, rspo)
    qtbot.mouseClick(page.start_view.start_button, LEFT)
    return page


def type_and_confirm(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def fill_with_demo(db, rspo, leave_out=()) -> None:
    given = {k: v for k, v in demo_answers().items() if k not in leave_out}
    diagnosis.import_answers(db, rspo, diagnosis.export_answers(db, rspo) | {"answers": given})


def nav_text(page: DiagnosisPage, key: str) -> str:
    return page.navigator.item(page._rows.index(key)).text()


def test_start_screen_starts_a_diagnosis_and_answers_of_every_kind_are_saved(qtbot, ctx, db, school):
    page = open_page(qtbot, ctx, school)
    assert page.stack.currentWidget() is page.start_view
    assert page.start_view.year_combo.currentText() == "2026/2027"
    assert diagnosis.list_diagnoses(db, school) == []

    qtbot.mouseClick(page.start_view.start_button, LEFT)
    info = diagnosis.current_diagnosis(db, school)
    assert info is not None and info.school_year == "2026/2027" and not info.finished
    assert page.stack.currentWidget() is page.work and page.section_id == "pupils"
    w = page.view.widgets

    qtbot.mouseClick(w["school_type"].buttons["primary"], LEFT)  # radio button
    type_and_confirm(qtbot, w["pupils_total"].edit, "420")  # integer
    type_and_confirm(qtbot, w["pupils_migrant_total"].edit, "58")
    type_and_confirm(qtbot, w["pupils_data_date"].edit, "1.10.2025")  # date, Polish order
    qtbot.mouseClick(w["family_languages"].boxes["uk"], LEFT)  # check boxes
    qtbot.mouseClick(w["family_languages"].boxes["ka"], LEFT)
    qtbot.mouseClick(w["arrivals_expected"].buttons["dont_know"], LEFT)  # scale: "nie wiem"

    assert diagnosis.answers(db, info.id) == {
        "school_type": "primary", "pupils_total": 420, "pupils_migrant_total": 58,
        "pupils_data_date": "2025-10-01", "family_languages": ["uk", "ka"], "arrivals_expected": "dont_know"}
    assert w["pupils_total"].saved_label.text().startswith("✓ zapisano")
    assert page.save_status.text().startswith("✓ Wszystkie odpowiedzi zapisane")

    qtbot.mouseClick(w["family_languages"].boxes["ka"], LEFT)  # unticking saves too
    assert diagnosis.answers(db, info.id)["family_languages"] == ["uk"]


def test_table_cells_are_typed_and_a_row_is_saved_when_complete(qtbot, ctx, db, school):
    page = started(qtbot, ctx, school)
    info = page.info
    w = page.view.widgets
    type_and_confirm(qtbot, w["pupils_migrant_total"].edit, "58")
    table_widget = w["pupils_by_country"]
    table = table_widget.table
    qtbot.mouseClick(table_widget.add_button, LEFT)
    assert table.rowCount() == 1

    def edit_cell(row, col, text=None, data=None):
        table.setCurrentCell(row, col)
        table.editItem(table.item(row, col))
        if data is not None:
            editor = table.viewport().findChildren(QComboBox)[-1]
            editor.setCurrentIndex(editor.findData(data))
        else:
            editor = table.viewport().findChildren(QLineEdit)[-1]
            qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits and closes the editor, queued
        qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)

    edit_cell(0, 0, data="ua")
    assert "pupils_by_country" not in diagnosis.answers(db, info.id)  # required cells still empty
    assert "wiersz 1" in table_widget.pending_label.text() and "Pierwszy język" in table_widget.pending_label.text()
    edit_cell(0, 1, data="uk")
    edit_cell(0, 2, text="29")
    assert diagnosis.answers(db, info.id)["pupils_by_country"] == [
        {"country": "ua", "first_language": "uk", "count": 29}]
    assert table.item(0, 0).text() == "Ukraina" and table_widget.pending_label.text() == ""

    edit_cell(0, 2, text="0")  # below the column's minimum of 1
    assert "kolumna „Liczba uczniów”" in table_widget.error_label.text() and table_widget.has_error
    assert diagnosis.answers(db, info.id)["pupils_by_country"][0]["count"] == 29

    table.setCurrentCell(0, 0)
    qtbot.mouseClick(table_widget.remove_button, LEFT)
    assert "pupils_by_country" not in diagnosis.answers(db, info.id)


def test_invalid_number_is_named_inline_focused_and_not_written(qtbot, ctx, db, school):
    page = started(qtbot, ctx, school)
    info = page.info
    total = page.view.widgets["pupils_total"]
    type_and_confirm(qtbot, total.edit, "100")
    type_and_confirm(qtbot, total.edit, "99999")
    assert total.has_error and not total.error_label.isHidden()
    assert "Liczba uczniów ogółem" in total.error_label.text() and "5\u00a0000" in total.error_label.text()
    assert diagnosis.answers(db, info.id)["pupils_total"] == 100
    assert "Nie zapisano" in page.save_status.text() and "Liczba uczniów ogółem" in page.save_status.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is total.edit)

    migrant = page.view.widgets["pupils_migrant_total"]
    type_and_confirm(qtbot, migrant.edit, "150")  # cross-field: more than all pupils
    assert "Liczba uczniów ogółem" in migrant.error_label.text()
    assert "pupils_migrant_total" not in diagnosis.answers(db, info.id)
    type_and_confirm(qtbot, migrant.edit, "-")  # not a number at all
    assert "nie jest liczbą" in migrant.error_label.text()

    type_and_confirm(qtbot, total.edit, "2 500")  # thousands separated by a space
    type_and_confirm(qtbot, migrant.edit, "40")
    assert not total.has_error and not migrant.has_error
    assert diagnosis.answers(db, info.id) == {"pupils_total": 2500, "pupils_migrant_total": 40}
    assert page.save_status.text().startswith("✓")


def test_relevance_hides_and_shows_dependent_questions_live(qtbot, ctx, db, school):
    page = started(qtbot, ctx, school)
    w = page.view.widgets
    dependent = ("pupils_ukrainian", "pupils_by_country", "family_languages")
    assert all(w[i].isHidden() for i in dependent)
    type_and_confirm(qtbot, w["pupils_migrant_total"].edit, "12")
    assert all(w[i].isVisible() for i in dependent)
    type_and_confirm(qtbot, w["pupils_migrant_total"].edit, "0")
    assert all(w[i].isHidden() for i in dependent)
    # a question in another section that depends on this one follows too
    page.navigator.setCurrentRow(page._rows.index("polish"))
    assert page.view.widgets["polish_extra_lessons"].isHidden()


def test_section_completion_updates_in_the_navigator(qtbot, ctx, db, school):
    page = started(qtbot, ctx, school)
    before = nav_text(page, "community")
    assert "0/8" in before and "✓" not in before
    page.navigator.setCurrentRow(page._rows.index("community"))
    w = page.view.widgets
    qtbot.mouseClick(w["community_events"].boxes["week_for_all"], LEFT)
    assert "1/8" in nav_text(page, "community")
    assert "brakuje" not in nav_text(page, "community").lower()
    for item_id in ("community_languages_visible", "community_pupils_mixed", "community_participation",
                    "community_need_integration", "community_need_scenario", "community_isolation"):
        qtbot.mouseClick(w[item_id].buttons["yes_rather"], LEFT)
    qtbot.mouseClick(w["community_week_for_all"].buttons["done"], LEFT)
    assert "8/8" in nav_text(page, "community") and "✓" in nav_text(page, "community")
    assert "Odpowiedzi: 8 z" in page.progress_label.text()


def test_missing_summary_links_take_you_to_the_field(qtbot, ctx, db, school):
    page = started(qtbot, ctx, school)
    page.navigator.setCurrentRow(page._rows.index("__missing__"))
    assert page.right.currentWidget() is page.missing_view
    assert "pupils_total" in page.missing_view.links and "staff_coordinator" in page.missing_view.links
    assert 'href="item:staff_coordinator"' in page.missing_view.browser.toHtml()
    page.missing_view.browser.anchorClicked.emit(QUrl("item:staff_coordinator"))
    assert page.section_id == "staff" and page.right.currentWidget() is page.scroll
    target = page.view.widgets["staff_coordinator"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() in target.inputs())
    qtbot.waitUntil(lambda: not target.visibleRegion().isEmpty())
    assert diagnosis.get_diagnosis(db, page.info.id).last_item == "staff_coordinator"


def test_finish_is_refused_with_links_then_accepted_read_only_and_reopened(qtbot, ctx, db, school):
    page = started(qtbot, ctx, school)
    info = page.info
    fill_with_demo(db, school, leave_out=("staff_coordinator",))
    page.reload()
    qtbot.mouseClick(page.finish_button, LEFT)
    assert not diagnosis.get_diagnosis(db, info.id).finished
    assert page.right.currentWidget() is page.missing_view
    assert "Nie można jeszcze zakończyć" in page.missing_view.intro.text()
    assert page.missing_view.links == ["staff_coordinator"]

    page.missing_view.link_activated.emit("staff_coordinator")
    qtbot.mouseClick(page.view.widgets["staff_coordinator"].buttons["yes"], LEFT)
    assert "Czego brakuje? — nic" in nav_text(page, "__missing__")
    qtbot.mouseClick(page.finish_button, LEFT)
    assert diagnosis.get_diagnosis(db, info.id).finished

    # read-only: every input disabled, clearly labelled; the service refuses writes too
    assert page.readonly_banner.isVisible() and "Tylko do odczytu" in page.readonly_banner.text()
    assert page.reopen_button.isVisible() and not page.finish_button.isVisible()
    for key in ("pupils", "staff"):
        page.navigator.setCurrentRow(page._rows.index(key))
        inputs = [i for widget in page.view.widgets.values() for i in widget.inputs()
                  if i is not getattr(widget, "table", None)]
        assert inputs and not any(i.isEnabled() for i in inputs)
        tables = [widget for widget in page.view.widgets.values() if hasattr(widget, "table")]
        assert all(t.read_only and not t.add_button.isEnabled() for t in tables)
    with pytest.raises(UserError):
        diagnosis.save_answer(db, info.id, "pupils_total", 1)

    qtbot.mouseClick(page.reopen_button, LEFT)
    assert not diagnosis.get_diagnosis(db, info.id).finished
    assert not page.readonly_banner.isVisible()
    assert all(i.isEnabled() for i in page.view.widgets["staff_coordinator"].inputs())


def test_reopening_the_page_returns_to_the_last_section_and_question(qtbot, ctx, db, school):
    page = started(qtbot, ctx, school)
    page.navigator.setCurrentRow(page._rows.index("parents"))
    qtbot.mouseClick(page.view.widgets["parents_need_information"].buttons["yes_rather"], LEFT)
    info = diagnosis.get_diagnosis(db, page.info.id)
    assert (info.last_section, info.last_item) == ("parents", "parents_need_information")
    page.close()

    again = open_page(qtbot, ctx, school)
    assert again.section_id == "parents"
    assert again.navigator.currentRow() == again._rows.index("parents")
    last = again.view.widgets["parents_need_information"]
    qtbot.waitUntil(lambda: again.scroll.verticalScrollBar().value() > 0)
    qtbot.waitUntil(lambda: not last.visibleRegion().isEmpty())
    assert last.buttons["yes_rather"].isChecked()


def test_new_diagnosis_next_year_carries_the_answers(qtbot, ctx, db, school, monkeypatch):
    page = started(qtbot, ctx, school)
    first = page.info
    fill_with_demo(db, school)
    page.reload()
    assert page.finish()
    carried = len(diagnosis.answers(db, first.id))

    chosen = {}

    def accept(dialog):
        chosen["years"] = [dialog.year_combo.itemText(i) for i in range(dialog.year_combo.count())]
        chosen["carry"] = dialog.carry_box.isChecked()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDiagnosisDialog, "exec", accept)
    qtbot.mouseClick(page.new_button, LEFT)
    assert chosen == {"years": ["2027/2028"], "carry": True}
    second = diagnosis.current_diagnosis(db, school)
    assert second.school_year == "2027/2028" and second.based_on_id == first.id and not second.finished
    assert diagnosis.answers(db, second.id) == diagnosis.answers(db, first.id)
    assert page.info.id == second.id and not page.read_only
    banner = page.info_banner.text()
    assert page.info_banner.isVisible() and f"Przeniesiono {carried} odpowiedzi" in banner and "2026/2027" in banner
    assert "Przeniesiono wszystkie odpowiedzi" in banner
    assert "2026/2027" in page.subtitle.text()
    assert [page.year_combo.itemData(i) for i in range(page.year_combo.count())] == [second.id, first.id]

    # answers that could not be carried are named, with links to the questions
    page._tell_carried(second, ["pupils_total"])
    assert 'href="item:pupils_total"' in page.info_banner.text() and "Nie przeniesiono 1" in page.info_banner.text()

    # the selector opens last year's diagnosis, read-only
    page.year_combo.setCurrentIndex(1)
    page.year_combo.activated.emit(1)
    assert page.info.id == first.id and page.read_only


def test_keyboard_ctrl_page_down_and_up_change_the_section(qtbot, ctx, db, school):
    page = started(qtbot, ctx, school)
    edit = page.view.widgets["pupils_total"].edit
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    qtbot.keyClick(edit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.section_id == "welcome"
    # the focus went on to the new section's first question, so the keys keep working from there
    focused = QApplication.focusWidget()
    assert focused in page.view.widgets["welcome_procedure"].inputs()
    qtbot.keyClick(focused, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.section_id == "polish"
    page.navigator.setFocus()
    qtbot.keyClick(page.navigator, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.section_id == "welcome" and page.navigator.hasFocus()
    assert diagnosis.get_diagnosis(db, page.info.id).last_section == "welcome"
    qtbot.keyClick(page.navigator, Qt.Key.Key_Down)  # the navigator's own arrows move too
    assert page.section_id == "polish"


def test_every_input_has_an_accessible_name_and_buttons_have_mnemonics(qtbot, ctx, db, school):
    page = started(qtbot, ctx, school)
    for key in ("pupils", "staff", "budget"):
        page.navigator.setCurrentRow(page._rows.index(key))
        for widget in page.view.widgets.values():
            for control in widget.inputs():
                assert widget.label_text in control.accessibleName(), (widget.item.id, control)
    for button in (page.new_button, page.finish_button, page.reopen_button, page.prev_button, page.next_button):
        assert "&" in button.text()
