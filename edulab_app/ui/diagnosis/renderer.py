"""The one generic renderer of the questionnaire: a widget per item type, built from the form definition.

Every item becomes an :class:`ItemWidget`: its label (with a mark when required), its help text, the
input (chosen by the item type through :data:`FACTORIES`), an inline error and a "saved" mark. The
widget never writes anything: it emits ``answered(item_id, value)`` when the person gives an answer
(a choice clicked, a field left or confirmed with Enter, a table cell edited) and ``invalid(item_id,
message)`` when typed text cannot become an answer. The page saves through the diagnosis service and
tells the widget how it went (:meth:`ItemWidget.mark_saved`, :meth:`ItemWidget.show_error`).

Types: select_one (radio buttons, a combo box above :data:`RADIO_LIMIT` choices), scale (a row of radio
buttons, "nie wiem" apart), select_multiple (check boxes; an ``exclusive`` choice unticks the others),
integer/decimal (a line edit with a unit, bounds and Polish decimal comma), text (a line, or a box for
long texts), date (dd.mm.rrrr), table (typed cells, rows added and removed).
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from edulab_app.ui.diagnosis.flow import FlowLayout
from forms.answers import AnswerError, coerce_input, is_empty
from forms.definition import NUMERIC_TYPES, Choice, Column, Form, Item

RADIO_LIMIT = 6  # a select_one with more choices becomes a combo box
LONG_TEXT = 300  # a text item allowing more characters gets a multi-line box
MUTED_STYLE = "color: #4a4a4a;"
ERROR_STYLE = "color: #b71c1c;"
SAVED_STYLE = "color: #2e6b30;"
NUMBER_PATTERN = QRegularExpression(r"^[-+]?[0-9 \x{00A0}]*([.,][0-9]*)?$")
DATE_PATTERN = QRegularExpression(r"^[0-9./\- ]{0,10}$")
VALUE_ROLE = Qt.ItemDataRole.UserRole


# ---------------------------------------------------------------------------------------------- formatting


def number_for_edit(value: Any) -> str:
    """A stored number as a person types it: ``3,5``, ``12`` (no thousands separator)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".").replace(".", ",")


def number_for_reading(value: float | int | None) -> str:
    """``5000`` -> ``5 000`` (non-breaking space), ``2.5`` -> ``2,5``."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u00a0")
    whole, _, frac = f"{value:,.6f}".rstrip("0").partition(".")
    return whole.replace(",", "\u00a0") + ("," + frac if frac else "")


def date_for_edit(value: Any) -> str:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return f"{value[8:10]}.{value[5:7]}.{value[0:4]}"
    return "" if value is None else str(value)


def bounds_text(lo: float | None, hi: float | None) -> str:
    if lo is not None and hi is not None:
        return QCoreApplication.translate("DiagnosisRenderer", "od %1 do %2").replace("%1", number_for_reading(lo)) \
            .replace("%2", number_for_reading(hi))
    if lo is not None:
        return QCoreApplication.translate("DiagnosisRenderer", "co najmniej %1").replace("%1", number_for_reading(lo))
    if hi is not None:
        return QCoreApplication.translate("DiagnosisRenderer", "najwyżej %1").replace("%1", number_for_reading(hi))
    return ""


def parse_cell_number(column: Column, text: str) -> Any:
    """Text of a numeric table cell -> number; text that is not a number is returned as it is, so that
    the service's validation names the cell."""
    raw = text.strip()
    if not raw:
        return None
    cleaned = raw.replace(" ", "").replace("\u00a0", "").replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        return raw
    if not math.isfinite(number):
        return raw
    if number.is_integer() and "." not in cleaned:
        return int(number)
    return number


def cell_text(column: Column, value: Any, lang: str) -> str:
    if is_empty(value):
        return ""
    if column.type == "select_one":
        choice = column.choice(value) if isinstance(value, str) else None
        return choice.label.get(lang) if choice else str(value)
    if column.type == "select_multiple" and isinstance(value, list):
        return ", ".join(c.label.get(lang) if (c := column.choice(v)) else str(v) for v in value)
    if column.type in NUMERIC_TYPES:
        return number_for_edit(value)
    return str(value)


# ---------------------------------------------------------------------------------------------- base


class ItemWidget(QFrame):
    """One question: label, help, input, inline error and saved state. Subclasses build the input."""

    answered = Signal(str, object)  # item id, value (None / [] = cleared)
    invalid = Signal(str, str)  # item id, message: the typed text cannot become an answer
    entered = Signal(str)  # the focus came into this question

    def __init__(self, form: Form, item: Item, lang: str = "pl", parent: QWidget | None = None):
        super().__init__(parent)
        self.form, self.item, self.lang = form, item, lang
        self.saved_value: Any = None
        self.read_only = False
        self._muted = False
        self._failed_attempt: Any = object()  # the value whose save was just refused
        self.setObjectName(f"item_{item.id}")
        self.label_text = item.label.get(lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 10)
        layout.setSpacing(4)
        marker = ' <span style="color:#b71c1c;">*</span>' if item.required else ""
        self.label = QLabel(f"<b>{html.escape(self.label_text)}</b>{marker}", self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.label)
        self.hint_label: QLabel | None = None
        hint = self.hint_text()
        if hint:
            self.hint_label = QLabel(html.escape(hint), self)
            self.hint_label.setWordWrap(True)
            self.hint_label.setStyleSheet(MUTED_STYLE)
            self.hint_label.setObjectName("hint")
            layout.addWidget(self.hint_label)
        body = QWidget(self)
        body.setAccessibleName(self.label_text)
        self.build(body)
        layout.addWidget(body)
        status = QHBoxLayout()
        status.setContentsMargins(0, 0, 0, 0)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(QCoreApplication.translate("DiagnosisRenderer", "Błąd w odpowiedzi"))
        self.error_label.hide()
        self.saved_label = QLabel(self)
        self.saved_label.setStyleSheet(SAVED_STYLE)
        self.saved_label.setAccessibleName(QCoreApplication.translate("DiagnosisRenderer", "Stan zapisu odpowiedzi"))
        self.saved_label.hide()  # shown once there is something to say
        status.addWidget(self.error_label, 1)
        status.addStretch(0)
        status.addWidget(self.saved_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status)
        required = QCoreApplication.translate("DiagnosisRenderer", "Pytanie wymagane.") + " " if item.required else ""
        description = required + (hint or "")
        for widget in self.inputs():
            if not widget.accessibleName():
                widget.setAccessibleName(self.label_text)
            widget.setAccessibleDescription(description.strip())
            widget.installEventFilter(self)
        first = self.inputs()[0] if self.inputs() else None
        if first is not None:
            self.label.setBuddy(first)

    # --- to implement ---------------------------------------------------------------------------------
    def build(self, body: QWidget) -> None:
        raise NotImplementedError

    def inputs(self) -> list[QWidget]:
        """The widgets a person uses to answer (focused, disabled, named for screen readers)."""
        raise NotImplementedError

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def hint_text(self) -> str:
        return self.item.hint.get(self.lang) if self.item.hint else ""

    def commit(self) -> None:
        """Offer what was typed but not yet confirmed (only text-like inputs have something pending)."""

    # --- used by the page -----------------------------------------------------------------------------
    def set_value(self, value: Any) -> None:
        """Show the stored value, without emitting anything."""
        self.saved_value = value
        self._muted = True
        try:
            self.show_value(value)
        finally:
            self._muted = False

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in self.inputs():
            widget.setEnabled(not read_only)

    def mute(self) -> None:
        """Stop emitting (the widget is about to be thrown away)."""
        self._muted = True

    def mark_saved(self, value: Any, when: datetime) -> None:
        self.saved_value = value
        self._failed_attempt = object()
        self.clear_error()
        self.saved_label.setText(QCoreApplication.translate("DiagnosisRenderer", "✓ zapisano %1")
                                 .replace("%1", when.strftime("%H:%M")))
        self.saved_label.show()
        self.saved_label.setToolTip(QCoreApplication.translate("DiagnosisRenderer", "Odpowiedź zapisana %1")
                                    .replace("%1", when.strftime("%d.%m.%Y %H:%M:%S")))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.saved_label.setText(QCoreApplication.translate("DiagnosisRenderer", "nie zapisano"))
        self.saved_label.setStyleSheet(ERROR_STYLE)
        self.saved_label.show()
        self.setProperty("invalid", True)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self.saved_label.setStyleSheet(SAVED_STYLE)
        self.setProperty("invalid", False)

    @property
    def has_error(self) -> bool:
        return not self.error_label.isHidden()

    def focus_input(self) -> None:
        visible = [w for w in self.inputs() if w.isEnabled()]
        checked = [w for w in visible if isinstance(w, (QRadioButton, QCheckBox)) and w.isChecked()]
        target = (checked or visible or [None])[0]
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(target, QLineEdit):
                target.selectAll()

    # --- helpers for subclasses ---------------------------------------------------------------------------
    def _offer(self, value: Any) -> None:
        if self._muted or self.read_only:
            return
        if value == self.saved_value and not self.has_error:
            return
        if value == self._failed_attempt:
            return  # refused a moment ago; the message is still shown — do not trap the person in the field
        self._failed_attempt = value
        self.answered.emit(self.item.id, value)

    def _offer_text(self, text: str) -> None:
        if self._muted or self.read_only:
            return
        try:
            value = coerce_input(self.form, self.item.id, text)
        except AnswerError as exc:
            if text == self._failed_attempt:
                return
            self._failed_attempt = text
            self.invalid.emit(self.item.id, str(exc))
            return
        self._offer(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn and not self._muted:
            self.entered.emit(self.item.id)
        elif event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.commit()
        return False

    def choice_label(self, choice: Choice) -> str:
        return choice.label.get(self.lang)


# ---------------------------------------------------------------------------------------------- choices


class SelectOneWidget(ItemWidget):
    """Radio buttons (or a combo box for long lists); scales put "nie wiem" on a line of its own."""

    def build(self, body: QWidget) -> None:
        self.combo: QComboBox | None = None
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        choices = self.item.choices
        if self.item.type == "select_one" and len(choices) > RADIO_LIMIT:
            layout = QHBoxLayout(body)
            layout.setContentsMargins(0, 0, 0, 0)
            self.combo = QComboBox(body)
            self.combo.addItem(QCoreApplication.translate("DiagnosisRenderer", "— wybierz —"), None)
            for choice in choices:
                self.combo.addItem(self.choice_label(choice), choice.name)
            self.combo.activated.connect(lambda i: self._offer(self.combo.itemData(i)))
            layout.addWidget(self.combo)
            layout.addStretch(1)
            self.clear_button = None
            return
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        scale = self.item.type == "scale"
        row = None
        if scale:
            holder = QWidget(body)
            row = FlowLayout(holder)
            outer.addWidget(holder)
        for choice in choices:
            button = QRadioButton(self.choice_label(choice), body)
            button.setAccessibleName(f"{self.label_text}: {self.choice_label(choice)}")
            button.setObjectName(f"choice_{choice.name}")
            self.group.addButton(button)
            self.buttons[choice.name] = button
            if scale and choice.unknown:
                button.setStyleSheet("font-style: italic;")
                outer.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            elif scale:
                row.addWidget(button)
            else:
                outer.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)  # as wide as its text: all of it is clickable
        self.group.buttonClicked.connect(self._clicked)
        self.clear_button = QToolButton(body)
        self.clear_button.setText(QCoreApplication.translate("DiagnosisRenderer", "Wyczyść odpowiedź"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setAccessibleName(QCoreApplication.translate("DiagnosisRenderer", "Wyczyść odpowiedź: %1")
                                            .replace("%1", self.label_text))
        self.clear_button.clicked.connect(lambda: self._offer(None))
        self.clear_button.setVisible(False)
        outer.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _clicked(self, button: QRadioButton) -> None:
        name = next(n for n, b in self.buttons.items() if b is button)
        if self.clear_button is not None:
            self.clear_button.setVisible(not self.read_only)
        self._offer(name)

    def inputs(self) -> list[QWidget]:
        if self.combo is not None:
            return [self.combo]
        return list(self.buttons.values()) + ([self.clear_button] if self.clear_button else [])

    def show_value(self, value: Any) -> None:
        if self.combo is not None:
            index = self.combo.findData(value) if isinstance(value, str) else 0
            self.combo.setCurrentIndex(max(0, index))
            return
        self.group.setExclusive(False)  # exclusive groups cannot be cleared
        for name, button in self.buttons.items():
            button.setChecked(name == value)
        self.group.setExclusive(True)
        self.clear_button.setVisible(not is_empty(value) and not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        if self.clear_button is not None:
            self.clear_button.setVisible(not read_only and not is_empty(self.saved_value))


class SelectMultipleWidget(ItemWidget):
    """Check boxes, in columns when there are many short ones; an exclusive choice unticks the others."""

    def build(self, body: QWidget) -> None:
        choices = self.item.choices
        longest = max((len(self.choice_label(c)) for c in choices), default=0)
        columns = 1
        if len(choices) > RADIO_LIMIT:
            columns = 3 if longest <= 16 else 2 if longest <= 30 else 1
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        per_column = math.ceil(len(choices) / columns)
        for n, choice in enumerate(choices):
            box = QCheckBox(self.choice_label(choice), body)
            box.setAccessibleName(f"{self.label_text}: {self.choice_label(choice)}")
            box.setObjectName(f"choice_{choice.name}")
            if choice.exclusive:
                box.setToolTip(QCoreApplication.translate("DiagnosisRenderer",
                                                          "Tej odpowiedzi nie łączy się z innymi."))
            box.clicked.connect(lambda checked, name=choice.name: self._toggled(name, checked))
            self.boxes[choice.name] = box
            grid.addWidget(box, n % per_column, n // per_column, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(columns, 1)

    def _toggled(self, name: str, checked: bool) -> None:
        if checked:
            exclusive = self.item.choice(name).exclusive  # type: ignore[union-attr]
            for other, box in self.boxes.items():
                if other != name and (exclusive or self.item.choice(other).exclusive):  # type: ignore[union-attr]
                    box.setChecked(False)
        self._offer(self.current())

    def current(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def inputs(self) -> list[QWidget]:
        return list(self.boxes.values())

    def show_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for name, box in self.boxes.items():
            box.setChecked(name in chosen)

    def _offer(self, value: Any) -> None:
        super()._offer(value or None)  # nothing ticked = no answer


# ---------------------------------------------------------------------------------------------- typed text


class _LineItemWidget(ItemWidget):
    """A one-line input committed on Enter or when the focus leaves it."""

    pattern: QRegularExpression | None = None

    def placeholder(self) -> str:
        return ""

    def build(self, body: QWidget) -> None:
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(body)
        self.edit.setPlaceholderText(self.placeholder())
        if self.pattern is not None:
            self.edit.setValidator(QRegularExpressionValidator(self.pattern, self.edit))
        self.edit.editingFinished.connect(self.commit)
        layout.addWidget(self.edit)
        self.decorate(layout, body)

    def decorate(self, layout: QHBoxLayout, body: QWidget) -> None:
        layout.setStretch(0, 1)

    def inputs(self) -> list[QWidget]:
        return [self.edit]

    def commit(self) -> None:
        self._offer_text(self.edit.text())


class NumberWidget(_LineItemWidget):
    pattern = NUMBER_PATTERN

    def decorate(self, layout: QHBoxLayout, body: QWidget) -> None:
        self.edit.setMaximumWidth(160)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit_label = None
        if self.item.unit:
            self.unit_label = QLabel(self.item.unit.get(self.lang), body)
            layout.addWidget(self.unit_label)
        layout.addStretch(1)

    def hint_text(self) -> str:
        if self.item.type == "integer":
            kind = QCoreApplication.translate("DiagnosisRenderer", "Liczba całkowita")
        else:
            kind = QCoreApplication.translate("DiagnosisRenderer", "Liczba (ułamek po przecinku, np. 2,5)")
        bounds = bounds_text(self.item.min, self.item.max)
        rule = f"{kind} {bounds}." if bounds else f"{kind}."
        own = super().hint_text()
        return f"{own} {rule}" if own else rule

    def show_value(self, value: Any) -> None:
        self.edit.setText(number_for_edit(value))


class DateWidget(_LineItemWidget):
    pattern = DATE_PATTERN

    def placeholder(self) -> str:
        return QCoreApplication.translate("DiagnosisRenderer", "dd.mm.rrrr")

    def decorate(self, layout: QHBoxLayout, body: QWidget) -> None:
        self.edit.setMaximumWidth(160)
        layout.addWidget(QLabel(QCoreApplication.translate("DiagnosisRenderer", "np. 05.09.2025"), body))
        layout.addStretch(1)

    def show_value(self, value: Any) -> None:
        self.edit.setText(date_for_edit(value))


class TextLineWidget(_LineItemWidget):
    def build(self, body: QWidget) -> None:
        super().build(body)
        self.edit.setMaxLength(self.item.max_length)

    def show_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class TextBoxWidget(ItemWidget):
    """Long text: a box (Tab leaves it), committed when the focus leaves it."""

    def build(self, body: QWidget) -> None:
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit(body)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 5 + 14)
        layout.addWidget(self.edit)
        self.counter = QLabel(body)
        self.counter.setStyleSheet(MUTED_STYLE)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.counter)
        self.edit.textChanged.connect(self._count)
        self._count()

    def _count(self) -> None:
        self.counter.setText(QCoreApplication.translate("DiagnosisRenderer", "%1 z %2 znaków")
                             .replace("%1", str(len(self.edit.toPlainText())))
                             .replace("%2", str(self.item.max_length)))

    def inputs(self) -> list[QWidget]:
        return [self.edit]

    def commit(self) -> None:
        self._offer_text(self.edit.toPlainText())

    def show_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


# ---------------------------------------------------------------------------------------------- tables


class _MultiChoiceDialog(QDialog):
    """Ticking several answers of one table cell."""

    def __init__(self, title: str, choices: tuple[Choice, ...], selected: list[str], lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for choice in choices:
            box = QCheckBox(choice.label.get(lang), self)
            box.setChecked(choice.name in selected)
            box.setAccessibleName(f"{title}: {choice.label.get(lang)}")
            self.boxes[choice.name] = box
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def selected(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]


class _CellDelegate(QStyledItemDelegate):
    """Typed editors for table cells: a combo box for a choice, a checked line edit for numbers."""

    committed = Signal(int, int)

    def __init__(self, owner: TableWidget):
        super().__init__(owner.table)
        self.owner = owner

    def _column(self, index: QModelIndex) -> Column:
        return self.owner.item.columns[index.column()]

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802 - Qt API
        column = self._column(index)
        name = f"{self.owner.label_text} — {column.label.get(self.owner.lang)}, " + \
            QCoreApplication.translate("DiagnosisRenderer", "wiersz %1").replace("%1", str(index.row() + 1))
        if column.type == "select_one":
            combo = QComboBox(parent)
            combo.addItem(QCoreApplication.translate("DiagnosisRenderer", "— wybierz —"), None)
            for choice in column.choices:
                combo.addItem(choice.label.get(self.owner.lang), choice.name)
            combo.setAccessibleName(name)
            combo.activated.connect(lambda _i, e=combo: self.commitData.emit(e))
            return combo
        edit = QLineEdit(parent)
        edit.setAccessibleName(name)
        if column.type in NUMERIC_TYPES:
            edit.setValidator(QRegularExpressionValidator(NUMBER_PATTERN, edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        else:
            edit.setMaxLength(column.max_length)
        return edit

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 - Qt API
        value = index.data(VALUE_ROLE)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)) if isinstance(value, str) else 0)
        elif isinstance(editor, QLineEdit):
            editor.setText(cell_text(self._column(index), value, self.owner.lang))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802 - Qt API
        column = self._column(index)
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        else:
            text = editor.text()  # type: ignore[attr-defined]
            value = parse_cell_number(column, text) if column.type in NUMERIC_TYPES else (text.strip() or None)
        if value == index.data(VALUE_ROLE):
            return
        self.owner.set_cell(index.row(), index.column(), value)
        self.committed.emit(index.row(), index.column())


class TableWidget(ItemWidget):
    """Rows of typed cells. A row is saved once its required cells are filled; until then it waits."""

    def build(self, body: QWidget) -> None:
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        columns = self.item.columns
        self.table = QTableWidget(0, len(columns), body)
        self.table.setHorizontalHeaderLabels(
            [c.label.get(self.lang) + (" *" if c.required else "") for c in columns])
        for n, column in enumerate(columns):
            header = self.table.horizontalHeaderItem(n)
            tip = column.label.get(self.lang)
            if column.unit:
                tip += f" ({column.unit.get(self.lang)})"
            if column.type in NUMERIC_TYPES and (column.min is not None or column.max is not None):
                tip += " — " + bounds_text(column.min, column.max)
            header.setToolTip(tip)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setMinimumSectionSize(80)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = _CellDelegate(self)
        self.delegate.committed.connect(lambda _r, _c: self.commit())
        self.table.setItemDelegate(self.delegate)
        self.table.cellDoubleClicked.connect(self._maybe_choose_many)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.table.installEventFilter(self)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("DiagnosisRenderer", "Dodaj wiersz"), body)
        self.add_button.setAccessibleName(QCoreApplication.translate("DiagnosisRenderer", "Dodaj wiersz: %1")
                                          .replace("%1", self.label_text))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(QCoreApplication.translate("DiagnosisRenderer", "Usuń wiersz"), body)
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("DiagnosisRenderer", "Usuń zaznaczony wiersz: %1").replace("%1", self.label_text))
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.pending_label = QLabel(body)
        self.pending_label.setWordWrap(True)
        self.pending_label.setStyleSheet("color: #8a5300;")
        buttons.addWidget(self.pending_label, 1)
        layout.addLayout(buttons)
        self.table.setAccessibleName(self.label_text)
        self._fit()
        self._update_buttons()

    def hint_text(self) -> str:
        own = super().hint_text()
        how = QCoreApplication.translate("DiagnosisRenderer",
                                         "Wpisz wartość w komórce (Enter zatwierdza); strzałki przechodzą "
                                         "między komórkami, Tab opuszcza tabelę. Kolumny z * są wymagane.")
        return f"{own} {how}" if own else how

    def inputs(self) -> list[QWidget]:
        return [self.table, self.add_button, self.remove_button]

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        # the table stays enabled so that it can be scrolled and read; it just cannot be edited
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                                   QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setProperty("readOnly", read_only)
        self._update_buttons()

    # --- cells --------------------------------------------------------------------------------------------
    def set_cell(self, row: int, col: int, value: Any) -> None:
        column = self.item.columns[col]
        cell = self.table.item(row, col)
        if cell is None:
            cell = self._new_cell(col)
            self.table.setItem(row, col, cell)
        text = cell_text(column, value, self.lang)
        self.table.blockSignals(True)
        cell.setData(VALUE_ROLE, value)
        cell.setText(text)
        cell.setToolTip(text)
        self.table.blockSignals(False)
        self.table.viewport().update()

    def _new_cell(self, col: int) -> QTableWidgetItem:
        cell = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.item.columns[col].type != "select_multiple":
            flags |= Qt.ItemFlag.ItemIsEditable
        cell.setFlags(flags)
        if self.item.columns[col].type in NUMERIC_TYPES:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cell

    def _insert_row(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col in range(len(self.item.columns)):
            self.table.setItem(row, col, self._new_cell(col))
        return row

    def rows(self) -> list[dict[str, Any]]:
        """Every row as shown, empty cells left out (empty rows included)."""
        result = []
        for row in range(self.table.rowCount()):
            values = {}
            for col, column in enumerate(self.item.columns):
                cell = self.table.item(row, col)
                value = cell.data(VALUE_ROLE) if cell is not None else None
                if not is_empty(value):
                    values[column.name] = value
            result.append(values)
        return result

    def show_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for row_value in value if isinstance(value, list) else []:
            row = self._insert_row()
            for col, column in enumerate(self.item.columns):
                if isinstance(row_value, dict) and not is_empty(row_value.get(column.name)):
                    self.set_cell(row, col, row_value[column.name])
        self.pending_label.clear()
        self._fit()
        self._update_buttons()

    def commit(self) -> None:
        """Save the complete rows; say which rows still wait for required cells."""
        complete, waiting = [], []
        for n, values in enumerate(self.rows(), start=1):
            if not values:
                continue
            missing = [c.label.get(self.lang) for c in self.item.columns if c.required and c.name not in values]
            if missing:
                waiting.append(QCoreApplication.translate("DiagnosisRenderer", "wiersz %1: uzupełnij %2")
                               .replace("%1", str(n))
                               .replace("%2", ", ".join(f"„{m}”" for m in missing)))
            else:
                complete.append(values)
        unsaved = QCoreApplication.translate("DiagnosisRenderer", "Niezapisane")
        self.pending_label.setText(f"{unsaved} — {'; '.join(waiting)}." if waiting else "")
        self._fit()
        self._offer(complete or None)

    # --- rows ---------------------------------------------------------------------------------------------
    def add_row(self) -> None:
        if self.read_only or self.table.rowCount() >= self.item.max_rows:
            return
        row = self._insert_row()
        self._fit()
        self.table.setFocus()
        self.table.setCurrentCell(row, 0)
        self._update_buttons()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if self.read_only or row < 0:
            return
        self.table.removeRow(row)
        self._fit()
        self._update_buttons()
        self.commit()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(not self.read_only and self.table.rowCount() < self.item.max_rows)
        self.remove_button.setEnabled(not self.read_only and self.table.currentRow() >= 0)

    def _fit(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(self.table.columnCount()):
            header.resizeSection(col, min(max(header.sectionSize(col), 90), 240))
        rows = min(max(self.table.rowCount(), 2), 10)
        height = (self.table.horizontalHeader().sizeHint().height() + rows * self.table.verticalHeader()
                  .defaultSectionSize() + 2 * self.table.frameWidth() + 4)
        self.table.setFixedHeight(height)

    def _maybe_choose_many(self, row: int, col: int) -> None:
        column = self.item.columns[col]
        if column.type != "select_multiple" or self.read_only:
            return
        cell = self.table.item(row, col)
        current = cell.data(VALUE_ROLE) if cell is not None else None
        dialog = _MultiChoiceDialog(f"{self.label_text} — {column.label.get(self.lang)}", column.choices,
                                    current if isinstance(current, list) else [], self.lang, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.selected()
        if any(column.choice(n).exclusive for n in chosen) and len(chosen) > 1:  # type: ignore[union-attr]
            chosen = [n for n in chosen if not column.choice(n).exclusive]  # type: ignore[union-attr]
        self.set_cell(row, col, chosen or None)
        self.commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            col = self.table.currentColumn()
            keys = (Qt.Key.Key_F2, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if (0 <= col < len(self.item.columns) and self.item.columns[col].type == "select_multiple"
                    and event.key() in keys and self.table.state() != QAbstractItemView.State.EditingState):
                row = self.table.currentRow()
                QTimer.singleShot(0, self, lambda: self._maybe_choose_many(row, col))
                return True
            if event.key() == Qt.Key.Key_Delete and self.table.state() != QAbstractItemView.State.EditingState:
                row, col = self.table.currentRow(), self.table.currentColumn()
                if not self.read_only and row >= 0 and col >= 0:
                    self.set_cell(row, col, None)
                    self.commit()
                return True
        return super().eventFilter(watched, event)


# ---------------------------------------------------------------------------------------------- factory


FACTORIES: dict[str, Callable[..., ItemWidget]] = {
    "select_one": SelectOneWidget,
    "scale": SelectOneWidget,
    "select_multiple": SelectMultipleWidget,
    "integer": NumberWidget,
    "decimal": NumberWidget,
    "date": DateWidget,
    "text": lambda form, item, lang, parent: (TextBoxWidget if item.max_length > LONG_TEXT else TextLineWidget)(
        form, item, lang, parent),
    "table": TableWidget,
}


def create_item_widget(form: Form, item: Item, lang: str = "pl", parent: QWidget | None = None) -> ItemWidget:
    """The widget for ``item`` — the one place that maps item types to widgets."""
    return FACTORIES[item.type](form, item, lang, parent)
