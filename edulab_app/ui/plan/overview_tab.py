"""Przegląd: the plan at a glance (period, actions by priority, totals per year, findings) and generating it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import UserError
from edulab_app.services import diagnosis as diagnosis_service
from edulab_app.services import schools
from edulab_app.ui.dialogs import show_error
from edulab_app.ui.plan.actions_model import action_areas
from edulab_app.ui.plan.common import compact_rows, month_range, pln, status_labels
from edulab_app.ui.plan.document import PlanDocument
from edulab_app.ui.plan.review_comments import ReviewPanel
from forms.areas import AREAS_BY_ID
from plans.calendar import add_months, load_calendar, month_index
from plans.costs import totals_by_year


def read_only_table(headers: list[str], name: str, parent: QWidget) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setAccessibleName(name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    t.setTabKeyNavigation(False)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    compact_rows(t)
    return t


def fill_row(table: QTableWidget, row: int, values: list[str], numeric_from: int = 1, bold: bool = False) -> None:
    for col, value in enumerate(values):
        item = QTableWidgetItem(value)
        if col >= numeric_from:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        table.setItem(row, col, item)


class OverviewTab(QWidget):
    show_findings = Signal()
    open_action = Signal(str)
    show_expert_actions = Signal()  # the actions the EDUlab expert commented on

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        lay = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("Podsumowanie planu"))
        lay.addWidget(self.summary)

        findings_row = QHBoxLayout()
        self.findings_label = QLabel(self)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setAccessibleName(self.tr("Wynik kontroli planu"))
        findings_row.addWidget(self.findings_label, 1)
        self.findings_button = QPushButton(self.tr("Pokaż &uwagi"), self)
        self.findings_button.clicked.connect(self.show_findings)
        findings_row.addWidget(self.findings_button)
        lay.addLayout(findings_row)

        tables = QHBoxLayout()
        years_box = QGroupBox(self.tr("Lata szkolne"), self)
        yl = QVBoxLayout(years_box)
        self.years_table = read_only_table([self.tr("Rok szkolny"), self.tr("Działania"), self.tr("Koszt planowany"),
                                            self.tr("Poniesiono")], self.tr("Działania i koszty według lat"), years_box)
        yl.addWidget(self.years_table)
        self.years_table.setMaximumHeight(self.years_table.verticalHeader().defaultSectionSize() * 5 + 30)
        yl.addWidget(QLabel(self.tr("Teraz i w najbliższych dwóch miesiącach:"), years_box))
        self.upcoming_table = read_only_table([self.tr("Działanie"), self.tr("Termin"), self.tr("Status")],
                                              self.tr("Działania trwające i najbliższe"), years_box)
        self.upcoming_table.cellActivated.connect(self._upcoming_activated)
        self.upcoming_table.cellDoubleClicked.connect(self._upcoming_activated)
        yl.addWidget(self.upcoming_table, 1)
        tables.addWidget(years_box, 2)
        prio_box = QGroupBox(self.tr("Priorytety diagnozy i działania"), self)
        pl = QVBoxLayout(prio_box)
        self.priority_table = read_only_table([self.tr("Priorytet"), self.tr("Obszar"), self.tr("Działania"),
                                               self.tr("Koszt")], self.tr("Działania według priorytetów"), prio_box)
        self.priority_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.priority_table.setColumnWidth(1, 190)
        for col in (2, 3):
            self.priority_table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        pl.addWidget(self.priority_table)
        tables.addWidget(prio_box, 3)
        self.review_panel = ReviewPanel(doc, self)  # shown once a review file from the expert was imported
        self.review_panel.show_actions.connect(self.show_expert_actions)
        lay.addWidget(self.review_panel)
        lay.addLayout(tables, 1)

        gen = QGroupBox(self.tr("Utworzenie planu z diagnozy"), self)
        gl = QHBoxLayout(gen)
        self.start_combo = QComboBox(gen)
        self.start_combo.setAccessibleName(self.tr("Pierwszy rok szkolny planu"))
        label = QLabel(self.tr("&Pierwszy rok:"), gen)
        label.setBuddy(self.start_combo)
        gl.addWidget(label)
        gl.addWidget(self.start_combo)
        self.years_spin = QSpinBox(gen)
        self.years_spin.setRange(1, 3)
        self.years_spin.setValue(3)
        self.years_spin.setAccessibleName(self.tr("Liczba lat szkolnych planu"))
        label = QLabel(self.tr("&Lata:"), gen)
        label.setBuddy(self.years_spin)
        gl.addWidget(label)
        gl.addWidget(self.years_spin)
        self.generate_button = QPushButton(gen)
        self.generate_button.clicked.connect(self.generate)
        gl.addWidget(self.generate_button)
        self.generate_hint = QLabel(gen)
        self.generate_hint.setWordWrap(True)
        gl.addWidget(self.generate_hint, 1)
        lay.addWidget(gen)

        doc.reset.connect(self.refresh)
        doc.action_changed.connect(lambda _id: self.refresh())
        doc.findings_changed.connect(self._refresh_findings)
        doc.staff_changed.connect(self.refresh)
        self.refresh()

    # -- content -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        doc = self.doc
        profile = schools.get_school(doc.db, doc.rspo)
        self._fill_generator(profile.school_year)
        if doc.plan is None:
            has_diagnosis = diagnosis_service.current_diagnosis(doc.db, doc.rspo) is not None
            text = self.tr("<h3>Szkoła nie ma jeszcze planu działania</h3>")
            if has_diagnosis:
                text += self.tr("Plan powstaje z priorytetów diagnozy, profilu szkoły i jej kadry. Wybierz pierwszy "
                                "rok i liczbę lat, a potem „Utwórz plan”. Każde działanie można potem zmienić.")
            else:
                text += self.tr("Plan wynika z priorytetów diagnozy — najpierw wypełnij diagnozę szkoły.")
            self.summary.setText(text)
            self.years_table.setRowCount(0)
            self.priority_table.setRowCount(0)
            self.upcoming_table.setRowCount(0)
            self.generate_button.setEnabled(has_diagnosis)
            self._refresh_findings()
            return
        self.generate_button.setEnabled(True)
        plan, info = doc.plan, doc.info
        live = [a for a in plan.actions if a.status != "dropped"]
        done = sum(a.status == "done" for a in plan.actions)
        text = self.tr("<h3>Plan działania na lata %1</h3>").replace("%1", f"{plan.school_years[0]} – "
                                                                          f"{plan.school_years[-1]}")
        text += self.tr("Działania: <b>%1</b> (w tym szkolenia: %2), zrealizowane: %3. Kadra w planie: %4 osób. "
                        "Koszt całego planu: <b>%5</b>.").replace("%1", str(len(live))) \
            .replace("%2", str(sum(a.kind == "training" for a in live))).replace("%3", str(done)) \
            .replace("%4", str(len(doc.active_people()))).replace("%5", pln(sum(a.planned_cost for a in live)))
        if info.diagnosis_year:
            text += "<br>" + self.tr("Plan utworzono %1 z diagnozy za rok %2 (priorytetów: %3).") \
                .replace("%1", f"{info.created_at:%d.%m.%Y}").replace("%2", info.diagnosis_year) \
                .replace("%3", str(len(info.generated_from)))
        self.summary.setText(text)
        self._fill_years()
        self._fill_upcoming()
        self._fill_priorities()
        self._refresh_findings()

    def _fill_generator(self, school_year: str) -> None:
        years = list(load_calendar(self.doc.context.region if self.doc.context else "pomorskie").years)
        wanted = self.doc.plan.start_year if self.doc.plan else school_year
        if [self.start_combo.itemText(i) for i in range(self.start_combo.count())] != years:
            self.start_combo.clear()
            self.start_combo.addItems(years)
        if wanted in years:
            self.start_combo.setCurrentText(wanted)
        if self.doc.plan:
            self.years_spin.setValue(self.doc.plan.years)
            self.generate_button.setText(self.tr("Utwórz plan &od nowa…"))
            self.generate_hint.setText(self.tr("Nowy plan zastąpi obecny razem z zapisaną realizacją."))
        else:
            self.generate_button.setText(self.tr("&Utwórz plan"))
            self.generate_hint.setText("")

    def _fill_years(self) -> None:
        plan = self.doc.plan
        planned = totals_by_year(plan)
        actual = totals_by_year(plan, actual=True)
        t = self.years_table
        t.setRowCount(len(plan.school_years) + 1)
        for row, sy in enumerate(plan.school_years):
            count = sum(1 for a in plan.actions if a.school_year == sy and a.status != "dropped")
            fill_row(t, row, [sy, str(count), pln(planned.get(sy, 0)), pln(actual.get(sy, 0))])
        fill_row(t, len(plan.school_years), [self.tr("Razem"), str(sum(a.status != "dropped" for a in plan.actions)),
                                             pln(sum(planned.values())), pln(sum(actual.values()))], bold=True)
        t.resizeColumnsToContents()
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_upcoming(self) -> None:
        today = self.doc.today
        now = (today.year, today.month)
        soon = month_index(add_months(now, 2))
        rows = [a for a in self.doc.plan.actions
                if a.status == "in_progress" or (a.status == "planned" and month_index(a.start) <= soon
                                                 and month_index(a.end) >= month_index(now))]
        rows.sort(key=lambda a: (a.status != "in_progress", month_index(a.start), a.title))
        labels = status_labels()
        t = self.upcoming_table
        t.setRowCount(len(rows))
        for r, a in enumerate(rows):
            fill_row(t, r, [a.title, month_range(a.start, a.end), labels[a.status]], numeric_from=99)
            t.item(r, 0).setData(Qt.ItemDataRole.UserRole, a.id)
        t.resizeColumnsToContents()
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _upcoming_activated(self, row: int, _col: int) -> None:
        item = self.upcoming_table.item(row, 0)
        if item is not None:
            self.open_action.emit(item.data(Qt.ItemDataRole.UserRole))

    def _fill_priorities(self) -> None:
        doc = self.doc
        live = [a for a in doc.plan.actions if a.status != "dropped"]
        rows, tips = [], []
        priorities = sorted(doc.result.priorities, key=lambda p: p.rank) if doc.result else []
        for p in priorities:
            tips.append(f"{p.title}\n{p.reason}")
            acts = [a for a in live if p.id in a.priority_ids]
            area = AREAS_BY_ID.get(p.area_id)
            rows.append([f"{p.rank}. {p.title}", area.title_pl if area else p.area_id, str(len(acts)),
                         pln(sum(a.planned_cost for a in acts))])
        if not priorities:  # no diagnosis at hand: group by area instead
            by_area: dict[str, list] = {}
            for a in live:
                for area in action_areas(doc, a)[:1] or ["—"]:
                    by_area.setdefault(area, []).append(a)
            for area, acts in sorted(by_area.items()):
                title = AREAS_BY_ID[area].title_pl if area in AREAS_BY_ID else area
                rows.append([title, title, str(len(acts)), pln(sum(a.planned_cost for a in acts))])
        t = self.priority_table
        t.setRowCount(len(rows))
        for r, values in enumerate(rows):
            fill_row(t, r, values, numeric_from=2)
            t.item(r, 0).setToolTip(tips[r] if r < len(tips) else values[0])

    def _refresh_findings(self) -> None:
        if self.doc.plan is None:
            self.findings_label.setText("")
            self.findings_button.setEnabled(False)
            return
        counts = {s: sum(f.severity == s for f in self.doc.findings) for s in ("error", "warning", "info")}
        color = "#c62828" if counts["error"] else ("#ef6c00" if counts["warning"] else "#2e7d32")
        self.findings_label.setText(
            self.tr("<b style='color:%4'>Kontrola planu:</b> błędy: %1, uwagi: %2, informacje: %3")
            .replace("%1", str(counts["error"])).replace("%2", str(counts["warning"]))
            .replace("%3", str(counts["info"])).replace("%4", color))
        self.findings_button.setEnabled(bool(self.doc.findings))

    # -- generating --------------------------------------------------------------------------------------
    def generate(self) -> bool:
        doc = self.doc
        start, years = self.start_combo.currentText(), self.years_spin.value()
        if doc.plan is not None:
            answer = QMessageBox.question(
                self, self.tr("Utworzyć plan od nowa?"),
                self.tr("Obecny plan (%1 działań) razem z zapisaną realizacją, zmianami i historią cofania zostanie "
                        "zastąpiony nowym planem na lata od %2 (lat: %3). Tego nie można cofnąć. Kontynuować?")
                .replace("%1", str(len(doc.plan.actions))).replace("%2", start).replace("%3", str(years)))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            doc.generate(start, years)
        except UserError as exc:
            show_error(self, str(exc))
            return False
        return True
