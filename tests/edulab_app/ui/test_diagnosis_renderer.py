"""The generic renderer on a small form of its own: the widget chosen for each item type and what it emits."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QWidget,
)

from edulab_app.ui.diagnosis.renderer import (
    FACTORIES,
    DateWidget,
    NumberWidget,
    SelectMultipleWidget,
    SelectOneWidget,
    TableWidget,
    TextBoxWidget,
    TextLineWidget,
    create_item_widget,
    number_for_edit,
    number_for_reading,
)
from forms.definition import ITEM_TYPES, parse_form

LEFT = Qt.MouseButton.LeftButton
MANY = [{"name": f"c{n}", "label": f"Wybór {n}"} for n in range(8)]
FORM = parse_form({
    "form_id": "probe", "version": 1, "title": "Próba",
    "choices": {
        "few": [{"name": "a", "label": "Tak"}, {"name": "b", "label": "Nie"}],
        "many": MANY,
        "scale": [{"name": "s1", "label": "Zdecydowanie tak"}, {"name": "s2", "label": "Raczej nie"},
                  {"name": "dk", "label": "Nie wiem / potrzebuję więcej informacji", "unknown": True}],
        "multi": [{"name": "x", "label": "Iks"}, {"name": "y", "label": "Igrek"},
                  {"name": "none", "label": "Żadne", "exclusive": True}],
    },
    "sections": [{"id": "pupils", "label": "Uczniowie", "items": [
        {"name": "one", "type": "select_one", "choices": "few", "label": "Jedno", "required": True,
         "hint": "Podpowiedź do pytania"},
        {"name": "long", "type": "select_one", "choices": "many", "label": "Długa lista"},
        {"name": "sc", "type": "scale", "choices": "scale", "label": "Skala"},
        {"name": "multi", "type": "select_multiple", "choices": "multi", "label": "Wiele"},
        {"name": "num", "type": "decimal", "min": 0, "max": 10, "unit": "godz.", "label": "Godziny"},
        {"name": "cnt", "type": "integer", "min": 1, "max": 5000, "label": "Liczba"},
        {"name": "txt", "type": "text", "max_length": 100, "label": "Krótki tekst"},
        {"name": "box", "type": "text", "max_length": 1500, "label": "Długi tekst"},
        {"name": "day", "type": "date", "label": "Dzień"},
        {"name": "tab", "type": "table", "label": "Tabela", "columns": [
            {"name": "who", "type": "select_one", "choices": "few", "required": True, "label": "Kto"},
            {"name": "n", "type": "integer", "min": 1, "max": 9, "label": "Ile"},
            {"name": "langs", "type": "select_multiple", "choices": "multi", "label": "Języki"}]},
    ]}],
}, "probe-v1.yaml")


@pytest.fixture
def make(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    given: list[tuple[str, object]] = []
    refused: list[tuple[str, str]] = []

    def factory(item_id):
        widget = create_item_widget(FORM, FORM.item(item_id), "pl", host)
        def saved(item_id, value):  # as the page does after a successful save
            given.append((item_id, value))
            widget.mark_saved(value, datetime(2026, 3, 1, 12, 3))

        widget.answered.connect(saved)
        widget.invalid.connect(lambda i, m: refused.append((i, m)))
        widget.show()
        return widget

    factory.given, factory.refused = given, refused
    return factory


def test_every_item_type_has_a_widget(qapp):
    assert set(FACTORIES) == set(ITEM_TYPES)
    expected = {"one": SelectOneWidget, "long": SelectOneWidget, "sc": SelectOneWidget, "multi": SelectMultipleWidget,
                "num": NumberWidget, "cnt": NumberWidget, "txt": TextLineWidget, "box": TextBoxWidget,
                "day": DateWidget, "tab": TableWidget}
    for item_id, kind in expected.items():
        assert type(create_item_widget(FORM, FORM.item(item_id))) is kind


def test_select_one_radios_and_a_combo_for_long_lists(make, qtbot):
    one = make("one")
    assert [b.text() for b in one.findChildren(QRadioButton)] == ["Tak", "Nie"]
    assert "*" in one.label.text() and one.hint_label.text() == "Podpowiedź do pytania"
    qtbot.mouseClick(one.buttons["b"], LEFT)
    long = make("long")
    assert not long.findChildren(QRadioButton) and long.combo is not None and long.combo.count() == 9
    long.combo.activated.emit(3)
    assert make.given == [("one", "b"), ("long", "c2")]
    one.set_value("a")  # showing a stored value emits nothing
    assert one.buttons["a"].isChecked() and len(make.given) == 2
    qtbot.mouseClick(one.clear_button, LEFT)
    assert make.given[-1] == ("one", None)


def test_scale_puts_dont_know_apart(make, qtbot):
    sc = make("sc")
    row = sc.buttons["s1"].parentWidget()
    assert sc.buttons["s2"].parentWidget() is row and sc.buttons["dk"].parentWidget() is not row
    qtbot.mouseClick(sc.buttons["dk"], LEFT)
    assert make.given == [("sc", "dk")]


def test_exclusive_choice_unticks_the_others(make, qtbot):
    multi = make("multi")
    qtbot.mouseClick(multi.boxes["x"], LEFT)
    qtbot.mouseClick(multi.boxes["y"], LEFT)
    qtbot.mouseClick(multi.boxes["none"], LEFT)
    assert [n for n, b in multi.boxes.items() if b.isChecked()] == ["none"]
    qtbot.mouseClick(multi.boxes["x"], LEFT)
    assert [n for n, b in multi.boxes.items() if b.isChecked()] == ["x"]
    assert make.given == [("multi", ["x"]), ("multi", ["x", "y"]), ("multi", ["none"]), ("multi", ["x"])]
    qtbot.mouseClick(multi.boxes["x"], LEFT)
    assert make.given[-1] == ("multi", None)  # nothing ticked = no answer


def test_numbers_take_a_polish_comma_and_show_unit_and_bounds(make, qtbot):
    num = make("num")
    assert num.unit_label.text() == "godz." and "od 0 do 10" in num.hint_label.text()
    qtbot.keyClicks(num.edit, "2,5")
    qtbot.keyClick(num.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(num.edit, "abc")  # the validator keeps letters out
    assert num.edit.text() == "2,5"
    assert num.saved_label.text() == "✓ zapisano 12:03"
    num.edit.editingFinished.emit()  # leaving the field without a change saves nothing
    cnt = make("cnt")
    assert "od 1 do 5\u00a0000" in cnt.hint_label.text()
    qtbot.keyClicks(cnt.edit, "3,5")
    qtbot.keyClick(cnt.edit, Qt.Key.Key_Return)
    assert make.given == [("num", 2.5)]
    assert make.refused and make.refused[0][0] == "cnt" and "Liczba" in make.refused[0][1]
    assert number_for_edit(2.5) == "2,5" and number_for_edit(12) == "12" and number_for_reading(5000) == "5\u00a0000"


def test_texts_and_dates(make, qtbot):
    txt = make("txt")
    assert isinstance(txt.edit, QLineEdit) and txt.edit.maxLength() == 100
    qtbot.keyClicks(txt.edit, "  Dobrze  ")
    qtbot.keyClick(txt.edit, Qt.Key.Key_Return)
    box = make("box")
    assert isinstance(box.edit, QPlainTextEdit) and box.edit.tabChangesFocus()
    box.edit.setPlainText("Długa uwaga")
    box.commit()
    day = make("day")
    assert day.edit.placeholderText() == "dd.mm.rrrr"
    qtbot.keyClicks(day.edit, "5.9.2025")
    qtbot.keyClick(day.edit, Qt.Key.Key_Return)
    day.set_value("2024-02-29")
    assert day.edit.text() == "29.02.2024"
    day.edit.clear()
    qtbot.keyClicks(day.edit, "31.02.2024")  # no such day
    qtbot.keyClick(day.edit, Qt.Key.Key_Return)
    assert make.given == [("txt", "Dobrze"), ("box", "Długa uwaga"), ("day", "2025-09-05")]
    assert make.refused and make.refused[-1][0] == "day"


def test_table_rows_wait_for_required_cells(make):
    tab = make("tab")
    assert isinstance(tab.table, QTableWidget) and tab.table.columnCount() == 3
    assert tab.table.horizontalHeaderItem(0).text() == "Kto *"
    tab.add_row()
    tab.set_cell(0, 1, 4)
    tab.commit()
    assert "wiersz 1" in tab.pending_label.text() and "Kto" in tab.pending_label.text()
    assert make.given == []
    tab.set_cell(0, 0, "a")
    tab.set_cell(0, 2, ["x", "y"])
    tab.commit()
    assert make.given == [("tab", [{"who": "a", "n": 4, "langs": ["x", "y"]}])]
    assert tab.table.item(0, 2).text() == "Iks, Igrek" and tab.table.item(0, 0).text() == "Tak"
    assert not tab.table.item(0, 2).flags() & Qt.ItemFlag.ItemIsEditable  # chosen in a dialog, not typed
    tab.set_value([{"who": "b"}])
    assert tab.rows() == [{"who": "b"}]


def test_read_only_disables_inputs_and_emits_nothing(make, qtbot):
    one, multi, tab = make("one"), make("multi"), make("tab")
    for widget in (one, multi, tab):
        widget.set_read_only(True)
    assert not any(b.isEnabled() for b in one.findChildren(QRadioButton))
    assert not any(b.isEnabled() for b in multi.findChildren(QCheckBox))
    assert not tab.add_button.isEnabled() and tab.table.editTriggers() == tab.table.EditTrigger.NoEditTriggers
    tab.add_row()
    qtbot.mouseClick(one.buttons["a"], LEFT)
    assert tab.table.rowCount() == 0 and make.given == []


def test_inputs_are_named_for_screen_readers(make):
    for item in FORM.items:
        widget = make(item.id)
        for control in widget.inputs():
            assert item.label.pl in control.accessibleName()
        if item.id == "one":
            assert "wymagane" in widget.inputs()[0].accessibleDescription()
        for combo in widget.findChildren(QComboBox):
            assert combo.accessibleName()
