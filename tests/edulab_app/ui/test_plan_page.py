"""The plan window as a person uses it: open on the demo school, filter, edit (saved as made), undo/redo,
findings that take you to the field, tracking, staff load, charts with real geometry."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
)

from edulab_app.services import plans
from edulab_app.services.demo import DEMO_RSPO, create_demo_school
from edulab_app.ui.plan import PlanPage

POLISH = "additional_polish_lessons"


@pytest.fixture
def demo_db(db):
    create_demo_school(db)
    plans.seed_demo(db, DEMO_RSPO)
    return db


@pytest.fixture
def page(qtbot, ctx, demo_db):
    p = PlanPage(ctx, DEMO_RSPO)
    qtbot.addWidget(p)
    p.resize(1300, 850)
    p.show()
    qtbot.waitExposed(p)
    return p


def _stored(db, action_id):
    return plans.load(db, DEMO_RSPO).action(action_id)


def _polish(db):
    return next(a for a in plans.load(db, DEMO_RSPO).actions if a.template_id == POLISH)


def test_page_opens_on_the_demo_school(page, demo_db):
    plan = plans.load(demo_db, DEMO_RSPO)
    assert PlanPage.title() == "Plan działania"
    assert [page.tabs.tabText(i).replace("&", "").split(" (")[0] for i in range(page.tabs.count())] == [
        "Przegląd", "Działania", "Harmonogram", "Koszty", "Kadra", "Uwagi", "Realizacja"]
    assert all(page.tabs.isTabEnabled(i) for i in range(page.tabs.count()))
    assert "Plan działania na lata" in page.overview.summary.text()
    assert page.overview.years_table.rowCount() == plan.years + 1
    assert page.overview.priority_table.rowCount() >= 5
    assert page.actions_tab.model.rowCount() == len(plan.actions)
    assert page.tracking.table.rowCount() == len(plan.actions)
    for i in range(page.tabs.count()):  # every tab paints without Qt warnings
        page.tabs.setCurrentIndex(i)
        assert not page.grab().isNull()


def test_filters_narrow_the_list(page, qtbot):
    tab = page.actions_tab
    page.tabs.setCurrentWidget(tab)
    every = tab.visible_action_ids()
    plan = page.doc.plan
    second = plan.school_years[1]
    tab.set_filters(year=second)
    shown = tab.visible_action_ids()
    assert 0 < len(shown) < len(every)
    assert all(plan.action(a).school_year == second for a in shown)
    tab.clear_filters()
    tab.set_filters(scope="kind:training")
    assert tab.visible_action_ids() and all(plan.action(a).kind == "training" for a in tab.visible_action_ids())
    tab.clear_filters()
    tab.set_filters(status="done")
    assert all(plan.action(a).status == "done" for a in tab.visible_action_ids())
    tab.clear_filters()
    priority = page.doc.result.priorities[0]
    tab.set_filters(scope=f"priority:{priority.id}")
    assert all(priority.id in plan.action(a).priority_ids for a in tab.visible_action_ids())
    tab.clear_filters()
    person = next(p for p in page.doc.people if p.role == "polish_teacher")
    tab.set_filters(person=person.id)
    assert all(person.id == plan.action(a).responsible_id
               or person.id in {x.staff_id for x in plan.action(a).assignments} for a in tab.visible_action_ids())
    tab.clear_filters()
    qtbot.keyClicks(tab.search, "polsk")
    assert 0 < len(tab.visible_action_ids()) < len(every)
    assert f"z {len(every)} działań" in tab.count_label.text()
    tab.clear_filters()
    assert tab.visible_action_ids() == every


def test_an_edit_in_the_editor_is_saved_as_made(page, demo_db, qtbot):
    a = _polish(demo_db)
    page.go_to(a.id, "title")
    editor = page.actions_tab.editor
    assert editor.action.id == a.id
    qtbot.waitUntil(editor.title_edit.hasFocus)
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Polski jako drugi - grupy")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Tab)
    assert _stored(demo_db, a.id).title == "Polski jako drugi - grupy"
    # the end month before the start is refused, naming the field; nothing is saved
    editor.end_combo.setCurrentIndex(0)
    editor.end_combo.activated.emit(0)
    assert editor.errors_label.isVisible() and "Koniec" in editor.errors_label.text()
    assert editor.end_combo.property("invalid") and _stored(demo_db, a.id).end == a.end
    # a quantity and a cost cell
    editor.quantity_boxes["groups"].setValue(a.quantities.groups + 1)
    editor.quantity_boxes["groups"].editingFinished.emit()
    assert _stored(demo_db, a.id).quantities.groups == a.quantities.groups + 1
    item = editor.cost_table.item(0, 4)
    item.setData(Qt.ItemDataRole.UserRole, 90.0)
    qtbot.waitUntil(lambda: _stored(demo_db, a.id).cost_lines[0].unit_price == 90.0)
    line = _stored(demo_db, a.id).cost_lines[0]
    assert line.amount_pln == round(line.quantity * 90.0, 2)
    assert "90" in editor.cost_table.item(0, 4).text()
    # moving the start keeps the duration
    index = editor.start_combo.index_of((a.start[0], a.start[1] + 1))
    editor.start_combo.setCurrentIndex(index)
    editor.start_combo.activated.emit(index)
    moved = _stored(demo_db, a.id)
    assert moved.start == (a.start[0], a.start[1] + 1) and moved.end[1] == a.end[1] + 1


def test_undo_and_redo_restore_exactly(page, demo_db, qtbot):
    a = _polish(demo_db)
    page.go_to(a.id, "responsible_id")
    editor = page.actions_tab.editor
    combo = editor.responsible_combo
    other = next(i for i in range(1, combo.count()) if combo.itemData(i) != a.responsible_id)
    combo.setCurrentIndex(other)
    combo.activated.emit(other)
    changed = _stored(demo_db, a.id)
    assert changed.responsible_id == combo.itemData(other)
    editor.title_edit.setText("Nowa nazwa")
    editor.title_edit.editingFinished.emit()
    assert page.undo_action.isEnabled() and "Nazwa działania" in page.undo_action.text()
    page.tabs.setFocus()
    qtbot.keyClick(page.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(demo_db, a.id) == changed
    qtbot.keyClick(page.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = _stored(demo_db, a.id)
    assert restored == a and restored.to_dict() == a.to_dict()
    assert page.doc.plan.action(a.id) == a and editor.responsible_combo.currentData() == a.responsible_id
    qtbot.keyClick(page.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _stored(demo_db, a.id) == changed
    page.redo_action.trigger()
    assert _stored(demo_db, a.id).title == "Nowa nazwa" and editor.title_edit.text() == "Nowa nazwa"


def test_clicking_a_finding_opens_the_editor_on_the_field(qtbot, ctx, demo_db):
    a = _polish(demo_db)
    plans.update_action(demo_db, DEMO_RSPO, replace(a, quantities=replace(a.quantities, hours_per_week=1)))
    page = PlanPage(ctx, DEMO_RSPO)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.findings)
    table = page.findings.table
    row = next(r for r in range(table.rowCount())
               if page.findings.finding(table.item(r, 1)).code == "legal.min_hours")
    assert table.item(row, 0).text() == "Błąd"
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.tabs.currentWidget() is page.actions_tab
    assert page.actions_tab.current_action_id() == a.id
    box = page.actions_tab.editor.quantity_boxes["hours_per_week"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (box, box.findChild(QLineEdit)))
    # fixing it in the editor clears the error
    box.setValue(2)
    box.editingFinished.emit()
    assert "legal.min_hours" not in {f.code for f in page.doc.findings}
    assert "legal.min_hours" not in {f.code for f in plans.check(demo_db, DEMO_RSPO)}


def test_accepting_a_warning_hides_it_and_undo_brings_it_back(page, demo_db):
    page.tabs.setCurrentWidget(page.findings)
    table = page.findings.table
    warning = next(page.findings.finding(table.item(r, 1)) for r in range(table.rowCount())
                   if page.findings.finding(table.item(r, 1)).severity == "warning")
    button = table.cellWidget(next(r for r in range(table.rowCount())
                                   if page.findings.finding(table.item(r, 1)).id == warning.id), 3)
    button.click()
    assert warning.id not in {f.id for f in page.doc.findings}
    assert warning.id in _stored(demo_db, warning.action_id).accepted_findings
    page.undo_action.trigger()
    assert warning.id in {f.id for f in page.doc.findings}
    assert page.findings.item_for(warning.id) is not None


def test_tracking_status_cost_and_note_are_saved_and_undoable(page, demo_db):
    tab = page.tracking
    page.tabs.setCurrentWidget(tab)
    a = next(x for x in page.doc.plan.actions if x.status == "planned")
    tab.select(a.id)
    assert tab.status_buttons["in_progress"].isEnabled() and not tab.status_buttons["planned"].isEnabled()
    tab.note_edit.setText("rozpoczęto rekrutację")
    tab.status_buttons["in_progress"].click()
    saved = _stored(demo_db, a.id)
    assert saved.status == "in_progress" and saved.actual_start == page.doc.today
    assert saved.evidence_notes[-1].endswith("rozpoczęto rekrutację")
    tab.amount_spin.setValue(0)
    assert tab.add_cost() is False and "Kwota" in tab.error_label.text()
    tab.amount_spin.setValue(345.5)
    assert tab.add_cost() and _stored(demo_db, a.id).actual_cost == 345.5
    tab.new_note.setText("zdjęcia w kronice")
    assert tab.add_note()
    before_dash = tab.years_table.item(0, 2).text()
    assert before_dash
    page.undo_action.trigger()  # the note
    page.undo_action.trigger()  # the cost
    page.undo_action.trigger()  # the status
    assert _stored(demo_db, a.id) == a


def test_staff_load_marks_people_over_their_limit_and_staff_edits_save(page, demo_db):
    tab = page.staff
    page.tabs.setCurrentWidget(tab)
    model = tab.load_model
    over = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount()) if model.is_over(r, c)]
    assert over and "Ponad limit" in tab.over_label.text()
    r, c = over[0]
    assert model.index(r, c).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#ef9a9a"
    person = model.people[r]
    row = next(i for i in range(tab.people_table.rowCount())
               if tab.people_table.item(i, 0).data(Qt.ItemDataRole.UserRole) == person.id)
    item = tab.people_table.item(row, 3)
    item.setData(Qt.ItemDataRole.UserRole, 30.0)
    tab._save_rows()
    assert next(p for p in page.doc.people if p.id == person.id).weekly_hours_limit == 30
    assert not any(model.is_over(i, j) for i in range(model.rowCount()) for j in range(model.columnCount())
                   if model.people[i].id == person.id)
    page.undo_action.trigger()
    assert next(p for p in page.doc.people if p.id == person.id).weekly_hours_limit == person.weekly_hours_limit
    n = len(page.doc.people)
    tab.add_person()
    assert len(page.doc.people) == n + 1
    page.undo_action.trigger()
    assert not page.doc.people[-1].active


def test_budget_limit_edit_gives_a_finding(page, qtbot):
    tab = page.costs
    page.tabs.setCurrentWidget(tab)
    t = tab.budget_table
    row = next(r for r in range(t.rowCount()) if t.item(r, 0).data(Qt.ItemDataRole.UserRole)[1] == "governing_body")
    t.item(row, 3).setText("1 000")
    qtbot.waitUntil(lambda: "budget.ceiling_exceeded" in {f.code for f in page.doc.findings})
    year = t.item(row, 0).data(Qt.ItemDataRole.UserRole)[0]
    assert any(c.amount_pln == 1000 and c.school_year == year for c in page.doc.info.settings.budget_ceilings)
    assert "przekroczono" in tab.budget_table.item(row, 4).text()
    page.undo_action.trigger()
    assert "budget.ceiling_exceeded" not in {f.code for f in page.doc.findings}


def test_gantt_and_charts_have_geometry(page):
    page.tabs.setCurrentWidget(page.schedule)
    chart = page.schedule.chart
    plan = page.doc.plan
    assert chart.width() >= chart.LABEL_W + len(chart.months()) * 20
    first, last = plan.actions[0], plan.actions[-1]
    r1, r2 = chart.bar_rect(first.id), chart.bar_rect(last.id)
    assert not r1.isEmpty() and not r2.isEmpty() and r2.top() > r1.top()
    assert chart.today_x() is not None and chart.LABEL_W < chart.today_x() < chart.width()
    long = next(a for a in plan.actions if a.template_id == POLISH)
    assert chart.bar_rect(long.id).width() > 8 * chart.COL_W
    assert chart.tooltip_text(0).startswith(first.title)
    page.tabs.setCurrentWidget(page.costs)
    bars = page.costs.chart.bar_rects()
    assert bars and {g for g, _s, _r in bars} == set(plan.school_years) and all(not r.isEmpty() for *_x, r in bars)
    page.tabs.setCurrentWidget(page.tracking)
    assert page.tracking.chart.bar_rects()


def test_gantt_keyboard_and_double_click_open_the_editor(page, qtbot):
    page.tabs.setCurrentWidget(page.schedule)
    chart = page.schedule.chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    second = page.doc.plan.actions[1].id
    assert chart.current_id() == second
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.actions_tab and page.actions_tab.current_action_id() == second
    page.tabs.setCurrentWidget(page.schedule)
    third = page.doc.plan.actions[2].id
    qtbot.mouseDClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(third).center().toPoint())
    assert page.actions_tab.current_action_id() == third


def test_empty_school_generates_and_regeneration_asks_first(qtbot, ctx, db, monkeypatch):
    create_demo_school(db)  # the diagnosis exists; no plan unless the demo seeder of the plan is registered
    from edulab_app.storage.plan_models import PlanRow

    with db.session() as s:
        s.query(PlanRow).delete()
    page = PlanPage(ctx, DEMO_RSPO)
    qtbot.addWidget(page)
    page.show()
    assert not page.doc.has_plan() and not page.tabs.isTabEnabled(page.tabs.indexOf(page.actions_tab))
    assert "nie ma jeszcze planu" in page.overview.summary.text()
    assert page.overview.generate_button.isEnabled()
    page.overview.years_spin.setValue(2)
    page.overview.generate_button.click()
    assert page.doc.has_plan() and page.doc.plan.years == 2
    assert page.tabs.isTabEnabled(page.tabs.indexOf(page.actions_tab))
    assert page.actions_tab.model.rowCount() == len(plans.load(db, DEMO_RSPO).actions)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    page.overview.years_spin.setValue(1)
    assert page.overview.generate() is False and asked and "zastąpiony" in asked[0]
    assert plans.load(db, DEMO_RSPO).years == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.overview.generate() is True and plans.load(db, DEMO_RSPO).years == 1
    assert not page.undo_action.isEnabled()


def test_every_input_has_an_accessible_name(page):
    def internal(w):
        parent = w.parentWidget()
        while parent is not None:
            if isinstance(parent, (QComboBox, QAbstractSpinBox)):
                return True
            parent = parent.parentWidget()
        return w.objectName().startswith("qt_")

    missing = []
    for cls in (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView):
        for w in page.findChildren(cls):
            if not internal(w) and not isinstance(w, QHeaderView) and not w.accessibleName():
                missing.append(f"{type(w).__name__} in {type(w.parentWidget()).__name__}")
    assert not missing, missing
