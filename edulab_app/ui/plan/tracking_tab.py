"""Realizacja: implementation tracking — each action's status, actual dates and costs, evidence notes — and
a dashboard of planned against actual costs per year and actions done per term."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import UserError
from edulab_app.ui.plan.charts import BarChart, Series
from edulab_app.ui.plan.common import (
    ERROR_STYLE,
    STATUS_COLORS,
    category_labels,
    month_range,
    pln,
    source_labels,
    status_labels,
)
from edulab_app.ui.plan.document import PlanDocument
from edulab_app.ui.plan.overview_tab import fill_row, read_only_table
from plans.errors import PlanError
from plans.tracking import TRANSITIONS, record_actual_cost, set_status, tracking_summary


class TrackingTab(QWidget):
    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.action_id: str | None = None
        lay = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)

        # dashboard
        dash = QWidget(splitter)
        dl = QHBoxLayout(dash)
        dl.setContentsMargins(0, 0, 0, 0)
        chart_box = QGroupBox(self.tr("Koszty: plan a wykonanie"), dash)
        cl = QVBoxLayout(chart_box)
        self.chart = BarChart(self.tr("Wykres kosztów planowanych i poniesionych według lat"), stacked=False,
                              parent=chart_box)
        self.chart.setMinimumSize(320, 180)
        cl.addWidget(self.chart)
        dl.addWidget(chart_box, 3)
        numbers = QGroupBox(self.tr("Postęp realizacji"), dash)
        nl = QVBoxLayout(numbers)
        self.years_table = read_only_table([self.tr("Rok szkolny"), self.tr("Planowano"), self.tr("Poniesiono"),
                                            self.tr("%")], self.tr("Koszty planowane i poniesione według lat"),
                                           numbers)
        nl.addWidget(self.years_table)
        self.terms_table = read_only_table([self.tr("Semestr"), self.tr("Zrealizowane działania")],
                                           self.tr("Działania zrealizowane w semestrach"), numbers)
        nl.addWidget(self.terms_table)
        self.status_label = QLabel(numbers)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Liczba działań według statusu"))
        nl.addWidget(self.status_label)
        dl.addWidget(numbers, 2)
        splitter.addWidget(dash)

        # actions and the selected action's tracking
        bottom = QSplitter(Qt.Orientation.Horizontal, splitter)
        self.table = read_only_table([self.tr("Działanie"), self.tr("Termin"), self.tr("Status"),
                                      self.tr("Faktycznie od"), self.tr("Faktycznie do"), self.tr("Planowano"),
                                      self.tr("Poniesiono"), self.tr("Notatki")],
                                     self.tr("Realizacja działań"), bottom)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._select_row(row))
        bottom.addWidget(self.table)
        bottom.addWidget(self._detail_panel(bottom))
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        self.bottom_splitter = bottom
        self._sized = False
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        lay.addWidget(splitter)

        doc.reset.connect(self.refresh)
        doc.action_changed.connect(self._action_changed)
        self.refresh()

    def _detail_panel(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        pl = QVBoxLayout(panel)
        pl.setContentsMargins(4, 0, 0, 0)
        self.detail_title = QLabel(panel)
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        pl.addWidget(self.detail_title)
        self.error_label = QLabel(panel)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        pl.addWidget(self.error_label)

        status_box = QGroupBox(self.tr("Status"), panel)
        sl = QFormLayout(status_box)
        self.date_edit = QDateEdit(status_box)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setDate(QDate(self.doc.today.year, self.doc.today.month, self.doc.today.day))
        self.date_edit.setAccessibleName(self.tr("Data zmiany statusu lub wydatku"))
        sl.addRow(self._label(self.tr("&Data:"), self.date_edit), self.date_edit)
        self.note_edit = QLineEdit(status_box)
        self.note_edit.setPlaceholderText(self.tr("np. protokół rady pedagogicznej nr 3/2026"))
        self.note_edit.setAccessibleName(self.tr("Notatka o realizacji (dowód)"))
        sl.addRow(self._label(self.tr("&Notatka:"), self.note_edit), self.note_edit)
        buttons = QHBoxLayout()
        self.status_buttons: dict[str, QPushButton] = {}
        for status, text in (("in_progress", self.tr("Rozpocznij")), ("done", self.tr("Zakończ")),
                             ("dropped", self.tr("Zaniechaj")), ("planned", self.tr("Cofnij do planu"))):
            b = QPushButton(text, status_box)
            b.setAccessibleName(self.tr("Zmień status na: %1").replace("%1", status_labels()[status]))
            b.clicked.connect(lambda _c=False, s=status: self.change_status(s))
            buttons.addWidget(b)
            self.status_buttons[status] = b
        sl.addRow(buttons)
        pl.addWidget(status_box)

        cost_box = QGroupBox(self.tr("Koszty poniesione"), panel)
        cl = QVBoxLayout(cost_box)
        self.costs_table = read_only_table([self.tr("Rok"), self.tr("Kategoria"), self.tr("Źródło"), self.tr("Kwota"),
                                            self.tr("Opis")], self.tr("Koszty poniesione na działanie"), cost_box)
        self.costs_table.setMaximumHeight(120)
        self.costs_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.costs_table.horizontalHeader().setStretchLastSection(True)
        cl.addWidget(self.costs_table)
        row = QHBoxLayout()
        self.category_combo = QComboBox(cost_box)
        self.category_combo.setAccessibleName(self.tr("Kategoria kosztu"))
        for key, label in category_labels().items():
            self.category_combo.addItem(label, key)
        self.source_combo = QComboBox(cost_box)
        self.source_combo.setAccessibleName(self.tr("Źródło finansowania kosztu"))
        for key, label in source_labels().items():
            self.source_combo.addItem(label, key)
        self.amount_spin = QDoubleSpinBox(cost_box)
        self.amount_spin.setRange(0, 10_000_000)
        self.amount_spin.setDecimals(2)
        self.amount_spin.setSuffix(" zł")
        self.amount_spin.setGroupSeparatorShown(True)
        self.amount_spin.setAccessibleName(self.tr("Kwota wydatku"))
        self.cost_note = QLineEdit(cost_box)
        self.cost_note.setPlaceholderText(self.tr("np. faktura 12/2026"))
        self.cost_note.setAccessibleName(self.tr("Opis wydatku"))
        for w in (self.category_combo, self.source_combo, self.amount_spin, self.cost_note):
            row.addWidget(w)
        cl.addLayout(row)
        row2 = QHBoxLayout()
        self.add_cost_button = QPushButton(self.tr("Zapisz &koszt"), cost_box)
        self.add_cost_button.clicked.connect(self.add_cost)
        row2.addWidget(self.add_cost_button)
        self.remove_cost_button = QPushButton(self.tr("Usuń zaznaczony koszt"), cost_box)
        self.remove_cost_button.clicked.connect(self.remove_cost)
        row2.addWidget(self.remove_cost_button)
        row2.addStretch(1)
        cl.addLayout(row2)
        pl.addWidget(cost_box)

        notes_box = QGroupBox(self.tr("Notatki i dowody realizacji"), panel)
        nl = QVBoxLayout(notes_box)
        self.notes_list = QListWidget(notes_box)
        self.notes_list.setAccessibleName(self.tr("Notatki o realizacji działania"))
        self.notes_list.setMaximumHeight(100)
        self.notes_list.setWordWrap(True)
        nl.addWidget(self.notes_list)
        row3 = QHBoxLayout()
        self.new_note = QLineEdit(notes_box)
        self.new_note.setPlaceholderText(self.tr("np. lista obecności w teczce koordynatora"))
        self.new_note.setAccessibleName(self.tr("Nowa notatka o realizacji"))
        self.new_note.returnPressed.connect(self.add_note)
        row3.addWidget(self.new_note, 1)
        self.add_note_button = QPushButton(self.tr("Dodaj notatkę"), notes_box)
        self.add_note_button.clicked.connect(self.add_note)
        row3.addWidget(self.add_note_button)
        nl.addLayout(row3)
        pl.addWidget(notes_box)
        pl.addStretch(1)
        self.panel = panel
        panel.setEnabled(False)
        return panel

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            total = self.bottom_splitter.width()
            self.bottom_splitter.setSizes([int(total * 0.55), total - int(total * 0.55)])

    # -- content -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_table()
        self._fill_dashboard()
        self._fill_detail()

    def _action_changed(self, action_id: str) -> None:
        plan = self.doc.plan
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == action_id:
                self._fill_row(row, plan.action(action_id))
                break
        self._fill_dashboard()
        if action_id == self.action_id:
            self._fill_detail()

    def _fill_table(self) -> None:
        plan = self.doc.plan
        actions = list(plan.actions) if plan else []
        t = self.table
        current = self.action_id
        t.blockSignals(True)
        t.setRowCount(len(actions))
        for row, a in enumerate(actions):
            self._fill_row(row, a)
        t.blockSignals(False)
        t.resizeColumnsToContents()
        t.setColumnWidth(0, min(320, t.columnWidth(0)))
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        if current and plan and any(a.id == current for a in actions):
            self.select(current)
        else:
            self.action_id = None

    def _fill_row(self, row: int, a) -> None:
        status = status_labels()[a.status]
        fill_row(self.table, row, [
            a.title, month_range(a.start, a.end), status,
            a.actual_start.strftime("%d.%m.%Y") if a.actual_start else "",
            a.actual_end.strftime("%d.%m.%Y") if a.actual_end else "",
            pln(a.planned_cost), pln(a.actual_cost) if a.actual_costs else "", str(len(a.evidence_notes) or "")],
            numeric_from=5)
        self.table.item(row, 0).setData(Qt.ItemDataRole.UserRole, a.id)
        self.table.item(row, 2).setForeground(QBrush(QColor(STATUS_COLORS[a.status]).darker(130)))

    def _fill_dashboard(self) -> None:
        plan = self.doc.plan
        if plan is None:
            self.chart.set_data([], [], empty_text=self.tr("Brak planu."))
            self.years_table.setRowCount(0)
            self.terms_table.setRowCount(0)
            self.status_label.setText("")
            return
        summary = tracking_summary(plan)
        years = [y for y in summary["years"] if y in plan.school_years]
        planned = [summary["years"][y]["planned"] for y in years]
        actual = [summary["years"][y]["actual"] for y in years]
        self.chart.set_data(years, [Series(self.tr("planowano"), QColor("#9fb7e8"), planned),
                                    Series(self.tr("poniesiono"), QColor("#2e7d32"), actual)],
                            empty_text=self.tr("Plan nie ma kosztów."))
        t = self.years_table
        t.setRowCount(len(years))
        for row, y in enumerate(years):
            p, a = summary["years"][y]["planned"], summary["years"][y]["actual"]
            fill_row(t, row, [y, pln(p), pln(a), f"{a / p * 100:.0f}%" if p else "—"])
        t.resizeColumnsToContents()
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.terms_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        terms = summary["done_per_term"]
        self.terms_table.setRowCount(len(terms))
        for row, (term, n) in enumerate(terms.items()):
            fill_row(self.terms_table, row, [term, str(n)])
        labels = status_labels()
        self.status_label.setText(" · ".join(
            f"<span style='color:{STATUS_COLORS[s].darker(130).name()}'>■</span> {labels[s]}: <b>{n}</b>"
            for s, n in summary["status_counts"].items()))

    def _fill_detail(self) -> None:
        a = self.current_action()
        self.panel.setEnabled(a is not None)
        self.error_label.hide()
        if a is None:
            self.detail_title.setText(self.tr("<i>Wybierz działanie z listy.</i>"))
            self.costs_table.setRowCount(0)
            self.notes_list.clear()
            return
        self.detail_title.setText(f"<b>{_html(a.title)}</b><br>" + self.tr("Status: %1 · zaplanowano: %2")
                                  .replace("%1", status_labels()[a.status]).replace("%2", month_range(a.start, a.end)))
        for status, button in self.status_buttons.items():
            button.setEnabled(status in TRANSITIONS[a.status])
        self.status_buttons["in_progress"].setText(self.tr("Otwórz ponownie") if a.status == "done"
                                                   else self.tr("Rozpocznij"))
        cats, srcs = category_labels(), source_labels()
        self.costs_table.setRowCount(len(a.actual_costs))
        for row, c in enumerate(a.actual_costs):
            fill_row(self.costs_table, row, [c.school_year, cats.get(c.category, c.category),
                                             srcs.get(c.source, c.source), pln(c.amount_pln, 2), c.note],
                     numeric_from=3)
        self.notes_list.clear()
        self.notes_list.addItems(list(a.evidence_notes))
        if a.cost_lines and self.amount_spin.value() == 0:
            first = a.cost_lines[0]
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(first.category)))
            self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(first.source)))

    def current_action(self):
        if self.action_id is None or self.doc.plan is None:
            return None
        return next((a for a in self.doc.plan.actions if a.id == self.action_id), None)

    def _select_row(self, row: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        self.action_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._fill_detail()

    def select(self, action_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == action_id:
                self.table.setCurrentCell(row, 0)
                self.table.scrollToItem(self.table.item(row, 0))
                self.action_id = action_id
                self._fill_detail()
                return

    # -- changes -----------------------------------------------------------------------------------------
    def _day(self) -> dt.date:
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def _save(self, change, text: str) -> bool:
        a = self.current_action()
        if a is None:
            return False
        try:
            new_plan = change(self.doc.plan)
            self.doc.edit_action(new_plan.action(a.id), text.replace("%1", a.title))
        except (PlanError, UserError) as exc:
            self.error_label.setText(self.tr("Nie zapisano — %1").replace("%1", str(exc)))
            self.error_label.show()
            return False
        self.error_label.hide()
        return True

    def change_status(self, status: str) -> bool:
        note = self.note_edit.text().strip() or None
        ok = self._save(lambda plan: set_status(plan, self.action_id, status, self._day(), note),
                        self.tr("Status „%2”: %1").replace("%2", status_labels()[status]))
        if ok:
            self.note_edit.clear()
        return ok

    def add_cost(self) -> bool:
        amount = self.amount_spin.value()
        if amount <= 0:
            self.error_label.setText(self.tr("„Kwota wydatku”: podaj kwotę większą od zera."))
            self.error_label.show()
            self.amount_spin.setFocus()
            return False
        ok = self._save(lambda plan: record_actual_cost(plan, self.action_id, self.category_combo.currentData(),
                                                        self.source_combo.currentData(), amount, self._day(),
                                                        self.cost_note.text().strip()),
                        self.tr("Koszt poniesiony: %1"))
        if ok:
            self.amount_spin.setValue(0)
            self.cost_note.clear()
        return ok

    def remove_cost(self) -> bool:
        row = self.costs_table.currentRow()
        a = self.current_action()
        if a is None or row < 0:
            return False
        costs = list(a.actual_costs)
        del costs[row]
        return self._save(lambda plan: plan.replace_action(replace(a, actual_costs=tuple(costs))),
                          self.tr("Usunięcie kosztu: %1"))

    def add_note(self) -> bool:
        text = " ".join(self.new_note.text().split())
        a = self.current_action()
        if a is None or not text:
            return False
        line = f"{self._day().isoformat()}: {text}"
        ok = self._save(lambda plan: plan.replace_action(replace(a, evidence_notes=a.evidence_notes + (line,))),
                        self.tr("Notatka: %1"))
        if ok:
            self.new_note.clear()
        return ok


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
