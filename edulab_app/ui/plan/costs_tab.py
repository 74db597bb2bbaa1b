"""Koszty: costs by school year × category × funding source, a stacked bar chart by year and category,
budget ceilings per year and source (editable, checked at once) and the school's own reference rates."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import UserError, ValidationFailed
from edulab_app.services.plans import BudgetCeiling, PlanSettings
from edulab_app.ui.plan.charts import BarChart, Series
from edulab_app.ui.plan.common import (
    CATEGORY_COLORS,
    ERROR_STYLE,
    category_labels,
    compact_rows,
    pln,
    source_labels,
)
from edulab_app.ui.plan.document import PlanDocument
from edulab_app.ui.plan.overview_tab import fill_row, read_only_table
from plans.catalogue import COST_CATEGORIES, FUNDING_SOURCES
from plans.costs import cost_summary
from plans.rates import load_rates

AMOUNT_ROLE = Qt.ItemDataRole.UserRole


def _parse_amount(text: str) -> float | None:
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace("zł", "").replace(",", ".").strip()
    if not cleaned:
        return None
    return float(cleaned)


class CostsTab(QWidget):
    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self._loading = False
        lay = QVBoxLayout(self)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        table_box = QGroupBox(self.tr("Koszty planowane: rok × kategoria × źródło"), top)
        tl = QVBoxLayout(table_box)
        self.table = read_only_table([self.tr("Kategoria"), self.tr("Źródło finansowania")],
                                     self.tr("Koszty według lat, kategorii i źródeł"), table_box)
        tl.addWidget(self.table)
        top.addWidget(table_box)
        chart_box = QGroupBox(self.tr("Koszty według lat i kategorii"), top)
        cl = QVBoxLayout(chart_box)
        self.chart = BarChart(self.tr("Wykres kosztów według lat i kategorii"), stacked=True, parent=chart_box)
        cl.addWidget(self.chart)
        top.addWidget(chart_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        self.top_splitter = top
        self._sized = False
        lay.addWidget(top, 3)

        bottom = QHBoxLayout()
        budget_box = QGroupBox(self.tr("Limity budżetu (wpisz kwotę w kolumnie „Limit”, puste pole — bez limitu)"),
                               self)
        bl = QVBoxLayout(budget_box)
        self.budget_table = QTableWidget(0, 5, budget_box)
        self.budget_table.setHorizontalHeaderLabels([self.tr("Rok szkolny"), self.tr("Źródło"), self.tr("Planowano"),
                                                     self.tr("Limit"), self.tr("Zapas")])
        self.budget_table.setAccessibleName(self.tr("Limity budżetu według lat i źródeł"))
        self._table_setup(self.budget_table)
        self.budget_table.itemChanged.connect(self._budget_edited)
        bl.addWidget(self.budget_table)
        self.budget_error = QLabel(budget_box)
        self.budget_error.setStyleSheet(ERROR_STYLE)
        self.budget_error.setWordWrap(True)
        self.budget_error.hide()
        bl.addWidget(self.budget_error)
        bottom.addWidget(budget_box, 1)
        rates_box = QGroupBox(self.tr("Stawki szkoły (zmieniają koszty przy następnym utworzeniu planu)"), self)
        rl = QVBoxLayout(rates_box)
        self.rates_table = QTableWidget(0, 3, rates_box)
        self.rates_table.setHorizontalHeaderLabels([self.tr("Stawka"), self.tr("Referencyjna"), self.tr("Szkoły")])
        self.rates_table.setAccessibleName(self.tr("Stawki referencyjne i stawki szkoły"))
        self._table_setup(self.rates_table)
        self.rates_table.itemChanged.connect(self._rate_edited)
        rl.addWidget(self.rates_table)
        bottom.addWidget(rates_box, 1)
        lay.addLayout(bottom, 2)

        doc.reset.connect(self.refresh)
        doc.action_changed.connect(lambda _id: self._refresh_costs())
        doc.settings_changed.connect(self.refresh)
        self.refresh()

    def _table_setup(self, t: QTableWidget) -> None:
        t.verticalHeader().setVisible(False)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        t.setTabKeyNavigation(False)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setStretchLastSection(True)
        compact_rows(t)
        t.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            need = sum(self.table.columnWidth(c) for c in range(self.table.columnCount())) + 40
            total = self.top_splitter.width()
            left = min(max(need, total // 2), total - 380)
            self.top_splitter.setSizes([left, total - left])

    def refresh(self) -> None:
        self._refresh_costs()
        self._refresh_rates()

    # -- costs -------------------------------------------------------------------------------------------
    def _refresh_costs(self) -> None:
        plan = self.doc.plan
        cats, srcs = category_labels(), source_labels()
        if plan is None:
            self.table.setRowCount(0)
            self.chart.set_data([], [], empty_text=self.tr("Brak planu."))
            self.budget_table.setRowCount(0)
            return
        years = list(plan.school_years)
        summary = cost_summary(plan)
        actual = cost_summary(plan, actual=True)
        t = self.table
        t.setColumnCount(2 + len(years) + 2)
        t.setHorizontalHeaderLabels([self.tr("Kategoria"), self.tr("Źródło finansowania"), *years, self.tr("Razem"),
                                     self.tr("Poniesiono")])
        pairs = sorted({(c, s) for (_y, c, s) in summary} | {(c, s) for (_y, c, s) in actual},
                       key=lambda cs: (COST_CATEGORIES.index(cs[0]) if cs[0] in COST_CATEGORIES else 99,
                                       FUNDING_SOURCES.index(cs[1]) if cs[1] in FUNDING_SOURCES else 99))
        t.setRowCount(len(pairs) + 1)
        col_totals = [0.0] * (len(years) + 2)
        for row, (cat, src) in enumerate(pairs):
            values = [summary.get((y, cat, src), 0.0) for y in years]
            spent = sum(v for (y, c, s), v in actual.items() if (c, s) == (cat, src))
            values += [sum(values), spent]
            col_totals = [a + b for a, b in zip(col_totals, values, strict=True)]
            fill_row(t, row, [cats.get(cat, cat), srcs.get(src, src), *(pln(v) if v else "—" for v in values)],
                     numeric_from=2)
        fill_row(t, len(pairs), [self.tr("Razem"), "", *(pln(v) for v in col_totals)], numeric_from=2, bold=True)
        t.resizeColumnsToContents()
        series = [Series(cats[c], CATEGORY_COLORS.get(c, QColor("grey")),
                         [sum(v for (y, cc, _s), v in summary.items() if y == sy and cc == c) for sy in years])
                  for c in COST_CATEGORIES]
        self.chart.set_data(years, series, empty_text=self.tr("Plan nie ma kosztów."))
        self._refresh_budget(summary)

    def _refresh_budget(self, summary) -> None:
        plan, srcs = self.doc.plan, source_labels()
        ceilings = {(c.school_year, c.source): c.amount_pln for c in self.doc.info.settings.budget_ceilings}
        totals: dict[tuple[str, str], float] = {}
        for (y, _c, s), v in summary.items():
            totals[(y, s)] = totals.get((y, s), 0.0) + v
        keys = sorted(set(totals) | set(ceilings), key=lambda k: (k[0], FUNDING_SOURCES.index(k[1])
                                                                 if k[1] in FUNDING_SOURCES else 99))
        keys = [k for k in keys if k[0] in plan.school_years]
        t = self.budget_table
        self._loading = True
        try:
            current = (t.currentRow(), t.currentColumn())
            t.setRowCount(len(keys))
            for row, (y, s) in enumerate(keys):
                planned = totals.get((y, s), 0.0)
                limit = ceilings.get((y, s))
                for col, text in enumerate([y, srcs.get(s, s), pln(planned)]):
                    item = QTableWidgetItem(text)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setData(Qt.ItemDataRole.UserRole, (y, s))
                    if col == 2:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    t.setItem(row, col, item)
                item = QTableWidgetItem("" if limit is None else pln(limit, 2).removesuffix(" zł"))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(self.tr("Limit w zł; usuń tekst, aby zdjąć limit."))
                t.setItem(row, 3, item)
                margin = QTableWidgetItem("" if limit is None else pln(limit - planned))
                margin.setFlags(margin.flags() & ~Qt.ItemFlag.ItemIsEditable)
                margin.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if limit is not None and planned > limit + 0.005:
                    margin.setForeground(QBrush(QColor("#c62828")))
                    margin.setText(self.tr("przekroczono o %1").replace("%1", pln(planned - limit)))
                t.setItem(row, 4, margin)
            if 0 <= current[0] < t.rowCount():
                t.setCurrentCell(*current)
        finally:
            self._loading = False

    def _budget_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 3:
            return
        year, source = self.budget_table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        text = item.text()
        QTimer.singleShot(0, lambda: self._save_ceiling(year, source, text))

    def _save_ceiling(self, year: str, source: str, text: str) -> None:
        settings = self.doc.info.settings
        try:
            amount = _parse_amount(text)
        except ValueError:
            self._budget_problem(self.tr("„Limit”: %1 nie jest kwotą (np. 25000 lub 25 000,50).").replace("%1", text))
            return
        keep = tuple(c for c in settings.budget_ceilings if (c.school_year, c.source) != (year, source))
        if amount is not None:
            keep += (BudgetCeiling(year, source, amount),)
        if set(keep) == set(settings.budget_ceilings):
            return
        try:
            self.doc.set_settings(PlanSettings(keep, settings.rate_overrides),
                                  self.tr("Limit budżetu %1, %2").replace("%1", year)
                                  .replace("%2", source_labels().get(source, source)))
        except (ValidationFailed, UserError) as exc:
            self._budget_problem(str(exc))
            return
        self.budget_error.hide()

    def _budget_problem(self, message: str) -> None:
        self.budget_error.setText(self.tr("Nie zapisano — %1").replace("%1", message))
        self.budget_error.show()
        self._refresh_costs()

    # -- rates -------------------------------------------------------------------------------------------
    def _refresh_rates(self) -> None:
        rates = load_rates()
        overrides = (self.doc.info.settings.rate_overrides or {}) if self.doc.info else {}
        year = int(self.doc.plan.start_year[:4]) + 1 if self.doc.plan else None
        t = self.rates_table
        keys = sorted(rates.known_keys(), key=lambda k: rates.rates[k].title if k in rates.rates else k)
        self._loading = True
        try:
            t.setRowCount(len(keys))
            for row, key in enumerate(keys):
                rate = rates.rates.get(key)
                title = rate.title if rate else self.tr("Godzina ponadwymiarowa nauczyciela (wyliczana z płacy)")
                unit = rate.unit if rate else "zł/godz."
                item = QTableWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setToolTip(f"{key} — {rate.source}" if rate else key)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                t.setItem(row, 0, item)
                ref = QTableWidgetItem(f"{rates.value(key, year):g}".replace(".", ",") + f" {unit}")
                ref.setFlags(ref.flags() & ~Qt.ItemFlag.ItemIsEditable)
                t.setItem(row, 1, ref)
                own = QTableWidgetItem(f"{overrides[key]:g}".replace(".", ",") if key in overrides else "")
                if self.doc.info is None:
                    own.setFlags(own.flags() & ~Qt.ItemFlag.ItemIsEditable)
                t.setItem(row, 2, own)
            t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            t.setColumnWidth(0, 320)
        finally:
            self._loading = False

    def _rate_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 2 or self.doc.info is None:
            return
        key = self.rates_table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        text = item.text()
        QTimer.singleShot(0, lambda: self._save_rate(key, text))

    def _save_rate(self, key: str, text: str) -> None:
        settings = self.doc.info.settings
        overrides = dict(settings.rate_overrides or {})
        try:
            value = _parse_amount(text)
        except ValueError:
            value = -1.0
        if value is None:
            overrides.pop(key, None)
        else:
            overrides[key] = value
        if overrides == (settings.rate_overrides or {}):
            return
        try:
            self.doc.set_settings(PlanSettings(settings.budget_ceilings, overrides),
                                  self.tr("Stawka szkoły: %1").replace("%1", key))
        except (ValidationFailed, UserError) as exc:
            self._budget_problem(str(exc))
            self._refresh_rates()
