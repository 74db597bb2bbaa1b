"""Shared bits of the plan window: labels (translatable), colours, month formatting, small widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QSpinBox,
    QStyledItemDelegate,
    QWidget,
)

from plans.calendar import YearMonth, iter_months
from plans.catalogue import COST_CATEGORIES, FUNDING_SOURCES
from plans.model import ym_from_str, ym_to_str

CTX = "PlanPage"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def status_labels() -> dict[str, str]:
    return {"planned": tr("zaplanowane"), "in_progress": tr("w realizacji"), "done": tr("zrealizowane"),
            "dropped": tr("zaniechane")}


def severity_labels() -> dict[str, str]:
    return {"error": tr("Błąd"), "warning": tr("Uwaga"), "info": tr("Informacja")}


def category_labels() -> dict[str, str]:
    labels = {"staff": tr("kadra"), "trainings": tr("szkolenia"), "materials": tr("materiały"),
              "translation": tr("tłumaczenia"), "events": tr("wydarzenia"), "equipment": tr("wyposażenie"),
              "other": tr("inne")}
    return {k: labels.get(k, k) for k in COST_CATEGORIES}


def source_labels() -> dict[str, str]:
    labels = {"school_budget": tr("budżet szkoły"), "governing_body": tr("organ prowadzący"),
              "metropolitan_area": tr("Obszar Metropolitalny GGS"), "grant": tr("grant"),
              "government_programme": tr("program rządowy")}
    return {k: labels.get(k, k) for k in FUNDING_SOURCES}


def kind_labels() -> dict[str, str]:
    return {"activity": tr("działanie"), "training": tr("szkolenie")}


STATUS_COLORS = {"planned": QColor("#5b8def"), "in_progress": QColor("#f0a03c"), "done": QColor("#3aa769"),
                 "dropped": QColor("#a0a4ab")}
SEVERITY_COLORS = {"error": QColor("#c62828"), "warning": QColor("#ef6c00"), "info": QColor("#1565c0")}
CATEGORY_COLORS = {"staff": QColor("#4e79a7"), "trainings": QColor("#f28e2b"), "materials": QColor("#59a14f"),
                   "translation": QColor("#b07aa1"), "events": QColor("#edc948"), "equipment": QColor("#76b7b2"),
                   "other": QColor("#9c755f")}
ERROR_STYLE = "color: #b71c1c;"

MONTH_INITIALS = ("S", "L", "M", "K", "M", "C", "L", "S", "W", "P", "L", "G")


def months_short() -> tuple[str, ...]:
    return (tr("sty"), tr("lut"), tr("mar"), tr("kwi"), tr("maj"), tr("cze"), tr("lip"), tr("sie"), tr("wrz"),
            tr("paź"), tr("lis"), tr("gru"))


def months_full() -> tuple[str, ...]:
    return (tr("styczeń"), tr("luty"), tr("marzec"), tr("kwiecień"), tr("maj"), tr("czerwiec"), tr("lipiec"),
            tr("sierpień"), tr("wrzesień"), tr("październik"), tr("listopad"), tr("grudzień"))


def month_short(ym: YearMonth) -> str:
    return f"{months_short()[ym[1] - 1]} {ym[0]}"


def month_full(ym: YearMonth) -> str:
    return f"{months_full()[ym[1] - 1]} {ym[0]}"


def month_range(start: YearMonth, end: YearMonth) -> str:
    return month_short(start) if start == end else f"{month_short(start)} – {month_short(end)}"


def pln(amount: float, decimals: int = 0) -> str:
    text = f"{amount:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")
    return f"{text} zł"


def compact_rows(view, wrap: bool = False) -> None:
    """Rows one line high (the default style makes them tall), text not wrapped unless asked."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setWordWrap(wrap)


def person_label(name: str, role_text: str) -> str:
    """ "Anna Nowak (pedagog szkolny)", but not "Pedagog (pedagog szkolny)" for people named by their role."""
    first = role_text.split()[0].casefold() if role_text else ""
    return name if not first or first in name.casefold() else f"{name} ({role_text})"


def set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet("border: 2px solid #c62828;" if invalid else "")


class MonthCombo(QComboBox):
    """A month picker limited to the plan's horizon (keyboard: arrows, Home/End, type the month)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def set_range(self, start: YearMonth, end: YearMonth) -> None:
        self.blockSignals(True)
        self.clear()
        names = months_full()
        for ym in iter_months(start, end):
            self.addItem(f"{names[ym[1] - 1]} {ym[0]}", ym_to_str(ym))
        self.blockSignals(False)

    def index_of(self, ym: YearMonth) -> int:
        return self.findData(ym_to_str(ym))

    def set_month(self, ym: YearMonth) -> None:
        self.blockSignals(True)
        index = self.index_of(ym)
        if index < 0:  # outside the horizon: show it anyway, so the person sees what is wrong
            self.addItem(month_full(ym), ym_to_str(ym))
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def month(self) -> YearMonth:
        return ym_from_str(self.currentData())


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for a table column; the item keeps the key in UserRole and shows the label."""

    def __init__(self, choices, parent=None):
        super().__init__(parent)
        self.choices = choices  # callable -> list[(key, label)] or a list

    def _choices(self):
        return self.choices() if callable(self.choices) else self.choices

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or ""))
        for key, label in self._choices():
            combo.addItem(label, key)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        i = editor.findData(index.data(Qt.ItemDataRole.UserRole))
        editor.setCurrentIndex(max(0, i))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class NumberDelegate(QStyledItemDelegate):
    """A number editor with a sensible range (the default float editor stops at 99.99)."""

    def __init__(self, maximum: float = 10_000_000, decimals: int = 2, parent=None):
        super().__init__(parent)
        self.maximum, self.decimals = maximum, decimals

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        if self.decimals == 0:
            box = QSpinBox(parent)
            box.setRange(0, int(self.maximum))
        else:
            box = QDoubleSpinBox(parent)
            box.setRange(0, self.maximum)
            box.setDecimals(self.decimals)
        box.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or ""))
        return box

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        value = index.data(Qt.ItemDataRole.UserRole)
        editor.setValue(float(value or 0) if self.decimals else int(value or 0))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        value = editor.value()
        model.setData(index, value, Qt.ItemDataRole.UserRole)
        model.setData(index, f"{value:.{self.decimals}f}".replace(".", ",") if self.decimals else str(value),
                      Qt.ItemDataRole.DisplayRole)
