"""Przegląd szkoły: one school's diagnosis and plan, read-only (priorities and area scores, actions, Gantt chart,
costs, rule-check findings, package history), the expert's comments on single actions and on the whole plan
beside it, the review status, and the export of the comments as a review file for the school."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import UserError
from edulab_app.services import reviews
from edulab_app.services.reviews import CommentInfo, SchoolReview
from edulab_app.ui.dialogs import show_error
from edulab_app.ui.expert.schools_tab import STATUS_COLORS, status_labels
from edulab_app.ui.plan.charts import BarChart, Series
from edulab_app.ui.plan.common import (
    CATEGORY_COLORS,
    category_labels,
    compact_rows,
    month_range,
    pln,
    severity_labels,
    source_labels,
)
from edulab_app.ui.plan.common import (
    status_labels as action_status_labels,
)
from edulab_app.ui.plan.gantt import GanttChart
from forms.areas import AREAS_BY_ID
from plans.catalogue import COST_CATEGORIES
from plans.costs import cost_summary

ACTION_ROLE = Qt.ItemDataRole.UserRole
COMMENT_ROLE = Qt.ItemDataRole.UserRole + 1


def _table(headers: list[str], name: str, parent: QWidget, stretch: int = 0) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setAccessibleName(name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.setTabKeyNavigation(False)
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    compact_rows(t)
    return t


def _fill(table: QTableWidget, rows: list[list[str]], numeric: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def _local(moment) -> str:
    """A stored UTC time as local wall-clock text."""
    import datetime as dt

    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


class ReviewTab(QWidget):
    changed = Signal(str)  # the school's review changed (status, comments): the schools table refreshes

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rspo: str | None = None
        self.review: SchoolReview | None = None
        self.target_action: str | None = None  # the comments panel's action; None = the whole plan
        lay = QVBoxLayout(self)

        self.header = QLabel(self.tr("Wybierz szkołę w zakładce „Szkoły” (dwukrotne kliknięcie albo Enter)."), self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setAccessibleName(self.tr("Szkoła w przeglądzie"))
        lay.addWidget(self.header)

        bar = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Stan przeglądu"))
        bar.addWidget(self.status_label)
        bar.addStretch(1)
        self.status_buttons: dict[str, QPushButton] = {}
        for key, text, name in (
                ("in_review", self.tr("W &przeglądzie"), self.tr("Oznacz: w przeglądzie")),
                ("returned", self.tr("&Zwróć do szkoły"), self.tr("Oznacz: zwrócony do szkoły do poprawy")),
                ("accepted", self.tr("Za&akceptuj"), self.tr("Oznacz: plan zaakceptowany")),
                ("new", self.tr("Oznacz jako &nowy"), self.tr("Oznacz: nowy, jeszcze nieprzeglądany"))):
            button = QPushButton(text, self)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, k=key: self.set_status(k))
            bar.addWidget(button)
            self.status_buttons[key] = button
        self.export_button = QPushButton(self.tr("&Eksportuj uwagi dla szkoły…"), self)
        self.export_button.setAccessibleName(self.tr("Eksportuj plik uwag dla szkoły"))
        self.export_button.clicked.connect(self.choose_export)
        bar.addWidget(self.export_button)
        lay.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.tabs = QTabWidget(split)
        self.tabs.setAccessibleName(self.tr("Diagnoza i plan szkoły"))
        self._build_diagnosis()
        self._build_actions()
        self._build_schedule()
        self._build_costs()
        self._build_findings()
        self._build_history()
        split.addWidget(self.tabs)
        split.addWidget(self._build_comments(split))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        self._set_enabled(False)

    # -- building -------------------------------------------------------------------------------------------
    def _build_diagnosis(self) -> None:
        page = QWidget(self.tabs)
        lay = QVBoxLayout(page)
        self.priorities_table = _table([self.tr("Nr"), self.tr("Priorytet"), self.tr("Uzasadnienie")],
                                       self.tr("Priorytety szkoły"), page, stretch=2)
        self.areas_table = _table([self.tr("Obszar"), self.tr("Zasoby"), self.tr("Potrzeby"), self.tr("Luka")],
                                  self.tr("Wyniki obszarów diagnozy"), page)
        box1 = QGroupBox(self.tr("Priorytety"), page)
        QVBoxLayout(box1).addWidget(self.priorities_table)
        box2 = QGroupBox(self.tr("Wyniki obszarów (0–100)"), page)
        QVBoxLayout(box2).addWidget(self.areas_table)
        lay.addWidget(box1, 1)
        lay.addWidget(box2, 1)
        self.tabs.addTab(page, self.tr("&Diagnoza"))

    def _build_actions(self) -> None:
        self.actions_table = _table([self.tr("Nr"), self.tr("Działanie"), self.tr("Rok szkolny"), self.tr("Termin"),
                                     self.tr("Stan"), self.tr("Koszt"), self.tr("Uwagi eksperta")],
                                    self.tr("Działania planu (tylko do odczytu)"), self.tabs, stretch=1)
        self.actions_table.itemSelectionChanged.connect(self._action_selected)
        self.tabs.addTab(self.actions_table, self.tr("Dzi&ałania"))

    def _build_schedule(self) -> None:
        self.gantt = GanttChart()
        self.gantt.current_changed.connect(self.select_action)
        area = QScrollArea(self.tabs)
        area.setWidget(self.gantt)
        area.setWidgetResizable(False)
        area.setAccessibleName(self.tr("Harmonogram"))
        self.gantt_area = area
        self.tabs.addTab(area, self.tr("&Harmonogram"))

    def _build_costs(self) -> None:
        page = QWidget(self.tabs)
        lay = QVBoxLayout(page)
        self.cost_chart = BarChart(self.tr("Koszty według lat i kategorii"), stacked=True, parent=page)
        lay.addWidget(self.cost_chart, 2)
        self.cost_table = _table([self.tr("Rok szkolny"), self.tr("Kategoria"), self.tr("Źródło finansowania"),
                                  self.tr("Kwota")], self.tr("Koszty planu"), page, stretch=2)
        lay.addWidget(self.cost_table, 1)
        self.tabs.addTab(page, self.tr("&Koszty"))

    def _build_findings(self) -> None:
        self.findings_table = _table([self.tr("Waga"), self.tr("Uwaga kontroli planu"), self.tr("Działanie")],
                                     self.tr("Uwagi kontroli planu"), self.tabs, stretch=1)
        self.findings_table.setWordWrap(True)
        self.tabs.addTab(self.findings_table, self.tr("&Uwagi kontroli"))

    def _build_history(self) -> None:
        page = QWidget(self.tabs)
        lay = QVBoxLayout(page)
        self.packages_table = _table([self.tr("Pakiet z"), self.tr("Wczytano"), self.tr("Plik"), self.tr("Wersja")],
                                     self.tr("Pakiety szkoły"), page, stretch=2)
        self.events_table = _table([self.tr("Kiedy"), self.tr("Zdarzenie")], self.tr("Historia przeglądu"), page,
                                   stretch=1)
        lay.addWidget(self.packages_table, 1)
        lay.addWidget(self.events_table, 2)
        self.tabs.addTab(page, self.tr("H&istoria"))

    def _build_comments(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("Uwagi eksperta"), parent)
        lay = QVBoxLayout(box)
        self.target_label = QLabel(box)
        self.target_label.setWordWrap(True)
        self.target_label.setAccessibleName(self.tr("Czego dotyczą uwagi"))
        lay.addWidget(self.target_label)
        self.plan_button = QPushButton(self.tr("Uwagi do &całego planu"), box)
        self.plan_button.setAccessibleName(self.tr("Pokaż uwagi do całego planu"))
        self.plan_button.clicked.connect(lambda: self.select_action(None))
        lay.addWidget(self.plan_button)
        self.comments_list = QListWidget(box)
        self.comments_list.setAccessibleName(self.tr("Uwagi i odpowiedzi szkoły"))
        self.comments_list.setWordWrap(True)
        self.comments_list.setAlternatingRowColors(True)
        lay.addWidget(self.comments_list, 1)
        self.comment_edit = QPlainTextEdit(box)
        self.comment_edit.setAccessibleName(self.tr("Treść nowej uwagi"))
        self.comment_edit.setPlaceholderText(self.tr("Nowa uwaga…"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(110)
        lay.addWidget(self.comment_edit)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Dodaj uwagę"), box)
        self.add_button.setAccessibleName(self.tr("Dodaj uwagę"))
        self.add_button.clicked.connect(self.add_comment)
        self.delete_button = QPushButton(self.tr("&Usuń zaznaczoną"), box)
        self.delete_button.setAccessibleName(self.tr("Usuń zaznaczoną uwagę"))
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        lay.addLayout(row)
        return box

    # -- loading --------------------------------------------------------------------------------------------
    def _set_enabled(self, enabled: bool) -> None:
        for w in (*self.status_buttons.values(), self.export_button, self.tabs, self.comments_list,
                  self.comment_edit, self.add_button, self.delete_button, self.plan_button):
            w.setEnabled(enabled)

    def load(self, rspo: str) -> None:
        try:
            self.review = reviews.get_review(self.ctx.db(), rspo)
        except UserError as exc:
            show_error(self, str(exc))
            return
        if rspo != self.rspo:
            self.target_action = None
        self.rspo = rspo
        self._set_enabled(True)
        self._show()

    def reload(self) -> None:
        if self.rspo:
            self.review = reviews.get_review(self.ctx.db(), self.rspo)
            self._show()
            self.changed.emit(self.rspo)

    def _show(self) -> None:
        rv = self.review
        assert rv is not None
        doc = rv.document
        school = doc.school
        share = (f" ({100 * school.pupils_migrant / school.pupils_total:.1f}%)".replace(".", ",")
                 if school.pupils_total and school.pupils_migrant is not None else "")
        self.header.setText(
            f"<h2>{_esc(school.name)}</h2>"
            + self.tr("RSPO %1 · %2, powiat %3 · uczniowie z doświadczeniem migracji: %4 z %5%6 · plan %7 · "
                      "pakiet z %8 (%9)")
            .replace("%1", rv.rspo).replace("%2", _esc(school.municipality)).replace("%3", _esc(school.county))
            .replace("%4", str(school.pupils_migrant or 0)).replace("%5", str(school.pupils_total or "—"))
            .replace("%6", share).replace("%7", _esc(doc.period)).replace("%8", _local(rv.package.created_at))
            .replace("%9", _esc(doc.version_label or rv.package.file_name)))
        labels = status_labels()
        color = STATUS_COLORS.get(rv.status)
        self.status_label.setText(self.tr("Stan przeglądu: %1").replace(
            "%1", f"<b style='color:{color.name() if color else 'black'}'>{labels.get(rv.status, rv.status)}</b>"))
        for key, button in self.status_buttons.items():
            button.setEnabled(key != rv.status)
        self._show_diagnosis()
        self._show_actions()
        self._show_costs()
        self._show_findings()
        self._show_history()
        self._show_comments()

    def _show_diagnosis(self) -> None:
        d = self.review.document.diagnosis
        if d is None:
            _fill(self.priorities_table, [["", self.tr("Pakiet nie zawiera wyników diagnozy."), ""]])
            _fill(self.areas_table, [])
            return
        _fill(self.priorities_table, [[str(p.rank), p.title, p.reason]
                                      for p in sorted(d.priorities, key=lambda p: p.rank)], numeric=(0,))
        self.priorities_table.resizeColumnToContents(0)
        self.priorities_table.resizeColumnToContents(1)

        def num(v):
            return "—" if v is None else str(round(v))

        _fill(self.areas_table, [[f"{AREAS_BY_ID[a.area_id].number}. {AREAS_BY_ID[a.area_id].title_pl}"
                                  if a.area_id in AREAS_BY_ID else a.area_id, num(a.resources), num(a.needs),
                                  num(a.gap)] for a in d.areas], numeric=(1, 2, 3))

    def _show_actions(self) -> None:
        doc, rv = self.review.document, self.review
        numbered = doc.numbered_actions()
        status = action_status_labels()
        self.actions_table.blockSignals(True)
        _fill(self.actions_table, [[str(n), a.title, a.school_year, month_range(a.start, a.end),
                                    status.get(a.status, a.status), pln(a.planned_cost),
                                    str(len(rv.comments_for(a.id))) if rv.comments_for(a.id) else ""]
                                   for n, a in numbered], numeric=(0, 5, 6))
        for row, (_, a) in enumerate(numbered):
            self.actions_table.item(row, 0).setData(ACTION_ROLE, a.id)
            self.actions_table.item(row, 1).setToolTip(a.description)
        self.actions_table.blockSignals(False)
        for col in (0, 2, 3, 4, 5, 6):
            self.actions_table.resizeColumnToContents(col)
        people = {s.id: s.name for s in doc.staff}
        errors = {f.action_id for f in doc.open_findings if f.severity == "error" and f.action_id}
        self.gantt.set_plan(doc.plan, people, errors, today=doc.generated_at.date())

    def _show_costs(self) -> None:
        plan = self.review.document.plan
        if plan is None:
            self.cost_chart.set_data([], [], empty_text=self.tr("Brak planu."))
            _fill(self.cost_table, [])
            return
        summary = cost_summary(plan)
        years = list(plan.school_years)
        cats, srcs = category_labels(), source_labels()
        series = [Series(cats[c], CATEGORY_COLORS[c], [round(sum(v for (y, cc, _), v in summary.items()
                                                                 if y == year and cc == c), 2) for year in years])
                  for c in COST_CATEGORIES]
        self.cost_chart.set_data(years, series, empty_text=self.tr("Plan nie ma kosztów."))
        _fill(self.cost_table, [[y, cats.get(c, c), srcs.get(s, s), pln(v, 2)] for (y, c, s), v in summary.items()],
              numeric=(3,))

    def _show_findings(self) -> None:
        doc = self.review.document
        numbers = {a.id: n for n, a in doc.numbered_actions()}
        severity = severity_labels()
        order = {"error": 0, "warning": 1, "info": 2}
        found = sorted(doc.open_findings, key=lambda f: (order.get(f.severity, 3), numbers.get(f.action_id or "", 0)))
        _fill(self.findings_table, [[severity.get(f.severity, f.severity), f.message,
                                     str(numbers[f.action_id]) if f.action_id in numbers else self.tr("cały plan")]
                                    for f in found])
        self.findings_table.resizeRowsToContents()
        self.tabs.setTabText(4, self.tr("&Uwagi kontroli (%1)").replace("%1", str(len(found))))

    def _show_history(self) -> None:
        rv = self.review
        _fill(self.packages_table, [[_local(p.created_at), _local(p.imported_at), p.file_name,
                                     (p.version_label or "") + ("" if p.superseded else " " + self.tr("(bieżący)"))]
                                    for p in rv.history])
        labels = status_labels()
        rows = []
        for e in reversed(rv.events):
            text = e.note
            if e.status_to:
                text = self.tr("Stan: %1 → %2").replace("%1", labels.get(e.status_from or "", e.status_from or "—")) \
                    .replace("%2", labels.get(e.status_to, e.status_to)) + (f" — {e.note}" if e.note else "")
            rows.append([_local(e.at), text])
        _fill(self.events_table, rows)
        self.events_table.resizeColumnToContents(0)

    def _show_comments(self) -> None:
        rv = self.review
        doc = rv.document
        if self.target_action and doc.plan is not None:
            try:
                title = doc.plan.action(self.target_action).title
            except KeyError:
                self.target_action, title = None, ""
        if self.target_action:
            number = dict((a.id, n) for n, a in doc.numbered_actions()).get(self.target_action, "")
            self.target_label.setText(self.tr("Uwagi do działania %1: %2").replace("%1", str(number))
                                      .replace("%2", title))
        else:
            self.target_label.setText(self.tr("Uwagi do całego planu"))
        self.comments_list.clear()
        for c in rv.comments_for(self.target_action):
            self.comments_list.addItem(self._comment_item(c))
        if not self.comments_list.count():
            item = QListWidgetItem(self.tr("Brak uwag."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.comments_list.addItem(item)
        self.plan_button.setEnabled(self.target_action is not None)

    def _comment_item(self, c: CommentInfo) -> QListWidgetItem:
        text = f"{_local(c.created_at)}" + (f" · {c.author}" if c.author else "") + f"\n{c.text}"
        if not c.on_current:
            text += "\n" + self.tr("(do wcześniejszej wersji planu)")
        if c.school_answer:
            text += "\n" + self.tr("Odpowiedź szkoły (%1): %2").replace("%1", _local(c.answered_at)) \
                .replace("%2", c.school_answer)
        item = QListWidgetItem(text)
        item.setData(COMMENT_ROLE, c.id)
        return item

    # -- interaction ----------------------------------------------------------------------------------------
    def _action_selected(self) -> None:
        items = self.actions_table.selectedItems()
        if items:
            action_id = self.actions_table.item(items[0].row(), 0).data(ACTION_ROLE)
            self.select_action(action_id)

    def select_action(self, action_id: str | None) -> None:
        """Point the comments panel at an action (None: the whole plan) and select it in the list and chart."""
        if self.review is None:
            return
        self.target_action = action_id or None
        self.gantt.select(action_id)
        self.actions_table.blockSignals(True)
        if action_id is None:
            self.actions_table.clearSelection()
        else:
            for row in range(self.actions_table.rowCount()):
                if self.actions_table.item(row, 0).data(ACTION_ROLE) == action_id:
                    self.actions_table.selectRow(row)
                    break
        self.actions_table.blockSignals(False)
        self._show_comments()

    def add_comment(self) -> None:
        if self.rspo is None:
            return
        text = self.comment_edit.toPlainText().strip()
        if not text:
            self.comment_edit.setFocus()
            return
        try:
            reviews.add_comment(self.ctx.db(), self.rspo, text, self.target_action)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.comment_edit.clear()
        self.reload()

    def delete_selected(self) -> None:
        item = self.comments_list.currentItem()
        comment_id = item.data(COMMENT_ROLE) if item is not None else None
        if comment_id is None:
            return
        reviews.delete_comment(self.ctx.db(), comment_id)
        self.reload()

    def set_status(self, status: str) -> None:
        if self.rspo is None:
            return
        reviews.set_status(self.ctx.db(), self.rspo, status)
        self.reload()

    def choose_export(self) -> None:
        if self.rspo is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Zapisz plik uwag dla szkoły"),
                                              f"uwagi_{self.rspo}.edulab-review",
                                              self.tr("Plik uwag EDUlab (*.edulab-review)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        from exporters.atomic import ExportWriteError, write_atomic

        try:
            write_atomic(path, reviews.export_comments(self.ctx.db(), self.rspo))
        except (UserError, ExportWriteError) as exc:
            show_error(self, str(exc))
            return False
        self.reload()
        return True


def _esc(text: object) -> str:
    from html import escape

    return escape(str(text))
