"""The action editor: every field is saved as soon as it is changed (one undoable step per change).

Dates are month pickers limited to the plan's period; the responsible person and the people involved
come from the school's staff; cost lines and indicators are small tables. A change that cannot be saved
is not saved: the field is marked and the message names it (the link takes you to it).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import FieldError, UserError, ValidationFailed
from edulab_app.ui.plan.common import (
    ERROR_STYLE,
    ChoiceDelegate,
    MonthCombo,
    NumberDelegate,
    category_labels,
    compact_rows,
    kind_labels,
    person_label,
    pln,
    set_invalid,
    source_labels,
    status_labels,
    tr,
)
from edulab_app.ui.plan.document import PlanDocument
from edulab_app.ui.plan.review_comments import ActionCommentsBox
from forms.areas import AREAS_BY_ID
from plans.calendar import add_months, months_between, school_year_of
from plans.model import Action, Assignment, CostLine, Indicator
from plans.roles import role_label

QUANTITY_FIELDS = ("pupils", "groups", "hours_per_week", "units", "participants")


def field_labels() -> dict[str, str]:
    return {
        "title": tr("Nazwa działania"), "description": tr("Opis"), "start": tr("Początek"), "end": tr("Koniec"),
        "responsible_id": tr("Osoba odpowiedzialna"), "assignments": tr("Osoby zaangażowane"),
        "cost_lines": tr("Koszty planowane"), "indicators": tr("Wskaźniki"), "rule_ids": tr("Podstawa prawna"),
        "trainings_before": tr("Szkolenia potrzebne wcześniej"), "quantities.pupils": tr("Liczba uczniów"),
        "quantities.groups": tr("Liczba grup"), "quantities.hours_per_week": tr("Godziny tygodniowo (na grupę)"),
        "quantities.units": tr("Liczba jednostek"), "quantities.participants": tr("Liczba uczestników"),
    }


class _PlainTextEdit(QPlainTextEdit):
    """QPlainTextEdit with an editingFinished signal (on leaving the field)."""

    editingFinished = Signal()  # noqa: N815 - Qt naming

    def focusOutEvent(self, event):  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.editingFinished.emit()


class _Table(QTableWidget):
    def __init__(self, headers: list[str], name: str, parent=None):
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside, F2 edits
        self.setMinimumHeight(110)
        compact_rows(self)

    def set_cell(self, row: int, col: int, text: str, key=None, editable: bool = True) -> None:
        item = QTableWidgetItem(text)
        if key is not None:
            item.setData(Qt.ItemDataRole.UserRole, key)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.setItem(row, col, item)

    def key(self, row: int, col: int):
        item = self.item(row, col)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return "" if item is None else item.text().strip()

    def number(self, row: int, col: int) -> float:
        value = self.key(row, col)
        if value is None:
            try:
                value = float(self.text(row, col).replace(",", ".").replace("\u00a0", "") or 0)
            except ValueError:
                value = -1.0
        return float(value)


class ActionEditor(QWidget):
    """Edits one action of the document; ``field_focused`` tells the page which field was asked for."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.action: Action | None = None
        self._loading = False
        self._pending: set[str] = set()
        labels = field_labels()
        self.labels = labels
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.header)
        self.errors_label = QLabel(self)
        self.errors_label.setWordWrap(True)
        self.errors_label.setStyleSheet(ERROR_STYLE)
        self.errors_label.setAccessibleName(self.tr("Błędy w działaniu"))
        self.errors_label.linkActivated.connect(self.focus_field)
        self.errors_label.hide()
        outer.addWidget(self.errors_label)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.scroll, self.body = scroll, body
        lay = QVBoxLayout(body)
        self.expert_box = ActionCommentsBox(doc, body)  # the EDUlab expert's comments and the school's answers
        lay.addWidget(self.expert_box)

        form = QFormLayout()
        self.title_edit = QLineEdit(body)
        self.title_edit.editingFinished.connect(lambda: self._commit_simple("title"))
        self.description_edit = _PlainTextEdit(body)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(80)
        self.description_edit.editingFinished.connect(lambda: self._commit_simple("description"))
        self.start_combo = MonthCombo(body)
        self.start_combo.activated.connect(lambda _i: self._commit_start())
        self.end_combo = MonthCombo(body)
        self.end_combo.activated.connect(lambda _i: self._commit_simple("end"))
        dates = QHBoxLayout()
        dates.addWidget(self.start_combo)
        dates.addWidget(QLabel("–", body))
        dates.addWidget(self.end_combo)
        dates.addStretch(1)
        self.responsible_combo = QComboBox(body)
        self.responsible_combo.activated.connect(lambda _i: self._commit_simple("responsible_id"))
        for label_key, widget in (("title", self.title_edit), ("description", self.description_edit)):
            widget.setAccessibleName(labels[label_key])
            form.addRow(self._buddy(labels[label_key], widget), widget)
        self.start_combo.setAccessibleName(labels["start"])
        self.end_combo.setAccessibleName(labels["end"])
        start_label = self._buddy(self.tr("&Termin (od – do)"), self.start_combo)
        form.addRow(start_label, dates)
        self.responsible_combo.setAccessibleName(labels["responsible_id"])
        form.addRow(self._buddy(self.tr("Osoba &odpowiedzialna"), self.responsible_combo), self.responsible_combo)
        lay.addLayout(form)

        qbox = QGroupBox(self.tr("Skala działania"), body)
        grid = QGridLayout(qbox)
        self.quantity_boxes: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for i, name in enumerate(QUANTITY_FIELDS):
            box = QDoubleSpinBox(qbox) if name == "hours_per_week" else QSpinBox(qbox)
            box.setRange(0, 100_000)
            if isinstance(box, QDoubleSpinBox):
                box.setDecimals(1)
                box.setSingleStep(0.5)
            box.setAccessibleName(labels[f"quantities.{name}"])
            box.setKeyboardTracking(False)
            box.editingFinished.connect(lambda n=name: self._commit_quantity(n))
            self.quantity_boxes[name] = box
            label = QLabel(labels[f"quantities.{name}"], qbox)
            label.setBuddy(box)
            grid.addWidget(label, i // 3 * 2, i % 3)
            grid.addWidget(box, i // 3 * 2 + 1, i % 3)
        lay.addWidget(qbox)

        # people involved
        self.assign_table = _Table([self.tr("Osoba"), self.tr("Rola"), self.tr("Godz./tydz.")], labels["assignments"])
        self.assign_table.setItemDelegateForColumn(0, ChoiceDelegate(self._people_choices, self.assign_table))
        self.assign_table.setItemDelegateForColumn(2, NumberDelegate(40, 1, self.assign_table))
        self.assign_table.itemChanged.connect(lambda _i: self._defer("assignments"))
        lay.addWidget(self._table_box(labels["assignments"], self.assign_table, self._add_assignment))

        # planned costs
        self.cost_table = _Table([self.tr("Kategoria"), self.tr("Źródło"), self.tr("Rok szkolny"), self.tr("Ilość"),
                                  self.tr("Cena jedn. (zł)"), self.tr("Kwota"), self.tr("Opis")], labels["cost_lines"])
        self.cost_table.setItemDelegateForColumn(0, ChoiceDelegate(lambda: list(category_labels().items()),
                                                                   self.cost_table))
        self.cost_table.setItemDelegateForColumn(1, ChoiceDelegate(lambda: list(source_labels().items()),
                                                                   self.cost_table))
        self.cost_table.setItemDelegateForColumn(2, ChoiceDelegate(self._year_choices, self.cost_table))
        self.cost_table.setItemDelegateForColumn(3, NumberDelegate(1_000_000, 2, self.cost_table))
        self.cost_table.setItemDelegateForColumn(4, NumberDelegate(10_000_000, 2, self.cost_table))
        self.cost_table.itemChanged.connect(lambda _i: self._defer("cost_lines"))
        self.cost_total = QLabel(body)
        box = self._table_box(labels["cost_lines"], self.cost_table, self._add_cost)
        box.layout().addWidget(self.cost_total)
        lay.addWidget(box)

        # indicators
        self.indicator_table = _Table([self.tr("Wskaźnik"), self.tr("Sposób monitorowania"),
                                       self.tr("Wartość docelowa")], labels["indicators"])
        self.indicator_table.itemChanged.connect(lambda _i: self._defer("indicators"))
        lay.addWidget(self._table_box(labels["indicators"], self.indicator_table, self._add_indicator))

        # context (read-only): legal basis, trainings needed first, priorities and evidence
        basis = QGroupBox(self.tr("Uzasadnienie i podstawa prawna"), body)
        bl = QVBoxLayout(basis)
        self.priorities_label = QLabel(basis)
        self.priorities_label.setWordWrap(True)
        self.priorities_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bl.addWidget(self.priorities_label)
        self.rules_list = QListWidget(basis)
        self.rules_list.setAccessibleName(labels["rule_ids"])
        self.rules_list.setMaximumHeight(90)
        bl.addWidget(QLabel(labels["rule_ids"], basis))
        bl.addWidget(self.rules_list)
        self.trainings_label = QLabel(basis)
        self.trainings_label.setWordWrap(True)
        self.trainings_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.trainings_label.setAccessibleName(labels["trainings_before"])
        bl.addWidget(self.trainings_label)
        lay.addWidget(basis)
        lay.addStretch(1)

        self.fields: dict[str, QWidget] = {
            "title": self.title_edit, "description": self.description_edit, "start": self.start_combo,
            "end": self.end_combo, "responsible_id": self.responsible_combo, "assignments": self.assign_table,
            "cost_lines": self.cost_table, "indicators": self.indicator_table, "rule_ids": self.rules_list,
            "trainings_before": self.trainings_label,
            **{f"quantities.{n}": b for n, b in self.quantity_boxes.items()},
        }
        doc.action_changed.connect(self._on_action_changed)
        doc.staff_changed.connect(self._reload_current)
        doc.reset.connect(self._on_reset)
        self.setEnabled(False)
        self.header.setText(self.tr("<i>Wybierz działanie z listy (dwuklik lub Enter), aby je edytować.</i>"))

    # -- building ----------------------------------------------------------------------------------------
    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text if "&" in text else f"{text}:", self)
        label.setBuddy(widget)
        return label

    def _table_box(self, title: str, table: _Table, add) -> QGroupBox:
        box = QGroupBox(title, self.body)
        bl = QVBoxLayout(box)
        bl.addWidget(table)
        row = QHBoxLayout()
        add_button = QPushButton(self.tr("Dodaj wiersz"), box)
        add_button.setAccessibleName(self.tr("Dodaj wiersz: %1").replace("%1", title))
        add_button.clicked.connect(add)
        remove_button = QPushButton(self.tr("Usuń zaznaczony wiersz"), box)
        remove_button.setAccessibleName(self.tr("Usuń wiersz: %1").replace("%1", title))
        remove_button.clicked.connect(lambda: self._remove_row(table))
        row.addWidget(add_button)
        row.addWidget(remove_button)
        row.addStretch(1)
        bl.addLayout(row)
        return box

    def _people_choices(self):
        return [(p.id, person_label(p.name, p.role_label)) for p in self.doc.active_people()]

    def _year_choices(self):
        return [(y, y) for y in (self.doc.plan.school_years if self.doc.plan else ())]

    # -- loading -----------------------------------------------------------------------------------------
    def set_action(self, action_id: str | None) -> None:
        if action_id is None or self.doc.plan is None:
            self.action = None
            self.setEnabled(False)
            self.expert_box.set_action(None)
            return
        self.action = self.doc.plan.action(action_id)
        self.expert_box.set_action(action_id)
        self.setEnabled(True)
        self._show_errors([])
        self._load()

    def _on_reset(self) -> None:
        if self.action is not None and self.doc.plan is not None:
            ids = {a.id for a in self.doc.plan.actions}
            self.set_action(self.action.id if self.action.id in ids else None)
        else:
            self.set_action(None)

    def _on_action_changed(self, action_id: str) -> None:
        if self.action is not None and action_id == self.action.id:
            self.action = self.doc.plan.action(action_id)
            self._show_errors([])  # what is shown is what is saved again
            self._load()

    def _reload_current(self) -> None:
        if self.action is not None:
            self._load()

    def _load(self) -> None:
        a, doc = self.action, self.doc
        self._loading = True
        try:
            kind = kind_labels().get(a.kind, a.kind)
            self.header.setText(
                f"<h3>{_html(a.title)}</h3>" + self.tr("%1 · rok szkolny %2 · status: %3 · identyfikator %4")
                .replace("%1", kind).replace("%2", a.school_year).replace("%3", status_labels()[a.status])
                .replace("%4", f"<code>{_html(a.id)}</code>"))
            if self.title_edit.text() != a.title:
                self.title_edit.setText(a.title)
            if self.description_edit.toPlainText() != a.description:
                self.description_edit.setPlainText(a.description)
            for combo in (self.start_combo, self.end_combo):
                combo.set_range(doc.plan.horizon_start, doc.plan.horizon_end)
            self.start_combo.set_month(a.start)
            self.end_combo.set_month(a.end)
            self.responsible_combo.clear()
            self.responsible_combo.addItem(self.tr("— nikt —"), None)
            for p in doc.people:
                if p.active or p.id == a.responsible_id:
                    self.responsible_combo.addItem(person_label(doc.person_name(p.id), p.role_label), p.id)
            self.responsible_combo.setCurrentIndex(max(0, self.responsible_combo.findData(a.responsible_id)))
            for name, box in self.quantity_boxes.items():
                box.setValue(getattr(a.quantities, name))
            self._load_assignments()
            self._load_costs()
            self._load_indicators()
            self._load_basis()
        finally:
            self._loading = False

    def _restore_current(self, table: _Table, fill) -> None:
        row, col = table.currentRow(), table.currentColumn()
        table.blockSignals(True)
        fill()
        table.blockSignals(False)
        if 0 <= row < table.rowCount():
            table.setCurrentCell(row, max(0, col))

    def _load_assignments(self) -> None:
        t = self.assign_table

        def fill():
            t.setRowCount(len(self.action.assignments))
            for r, asg in enumerate(self.action.assignments):
                t.set_cell(r, 0, self.doc.person_name(asg.staff_id), asg.staff_id)
                t.set_cell(r, 1, role_label(asg.role), asg.role, editable=False)
                t.set_cell(r, 2, f"{asg.hours_per_week:g}".replace(".", ","), asg.hours_per_week)
            header = t.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._restore_current(t, fill)

    def _load_costs(self) -> None:
        t, cats, srcs = self.cost_table, category_labels(), source_labels()

        def fill():
            t.setRowCount(len(self.action.cost_lines))
            for r, c in enumerate(self.action.cost_lines):
                t.set_cell(r, 0, cats.get(c.category, c.category), c.category)
                t.set_cell(r, 1, srcs.get(c.source, c.source), c.source)
                t.set_cell(r, 2, c.school_year, c.school_year)
                t.set_cell(r, 3, f"{c.quantity:g}".replace(".", ","), c.quantity)
                t.set_cell(r, 4, f"{c.unit_price:.2f}".replace(".", ","), c.unit_price)
                t.set_cell(r, 5, pln(c.amount_pln, 2), c.amount_pln, editable=False)
                t.set_cell(r, 6, c.note)
            t.resizeColumnsToContents()
        self._restore_current(t, fill)
        self.cost_total.setText(self.tr("Razem: %1").replace("%1", pln(self.action.planned_cost, 2)))

    def _load_indicators(self) -> None:
        t = self.indicator_table

        def fill():
            t.setRowCount(len(self.action.indicators))
            for r, ind in enumerate(self.action.indicators):
                t.set_cell(r, 0, ind.text)
                t.set_cell(r, 1, ind.monitoring)
                t.set_cell(r, 2, ind.target)
        self._restore_current(t, fill)

    def _load_basis(self) -> None:
        from plans.catalogue import load_catalogue
        from plans.rules import load_rules

        a = self.action
        parts = []
        for pid in a.priority_ids:
            p = self.doc.priority(pid)
            if p is not None:
                area = AREAS_BY_ID.get(p.area_id)
                parts.append(f"{p.rank}. {_html(p.title)}" + (f" <i>({_html(area.title_pl)})</i>" if area else ""))
        text = self.tr("<b>Odpowiada na priorytety diagnozy:</b> %1").replace("%1", "; ".join(parts) or "—")
        if a.evidence_summary:
            text += "<br>" + self.tr("<b>Dlaczego:</b> %1").replace("%1", _html(a.evidence_summary))
        self.priorities_label.setText(text)
        self.rules_list.clear()
        rules = load_rules().rules
        for rid in a.rule_ids:
            rule = rules.get(rid)
            if rule is None:
                self.rules_list.addItem(rid)
                continue
            until = self.tr(" do %1").replace("%1", f"{rule.valid_to:%d.%m.%Y}") if rule.valid_to else ""
            self.rules_list.addItem(self.tr("%1 (obowiązuje od %2%3)").replace("%1", rule.title)
                                    .replace("%2", f"{rule.valid_from:%d.%m.%Y}").replace("%3", until))
        trainings = load_catalogue().trainings
        names = [trainings[t].title_pl if t in trainings else t for t in a.trainings_before]
        self.trainings_label.setText(self.tr("<b>Szkolenia potrzebne przed rozpoczęciem:</b> %1")
                                     .replace("%1", _html(", ".join(names)) if names else "—"))

    # -- saving ------------------------------------------------------------------------------------------
    def _commit(self, changed: Action, field: str) -> bool:
        if self._loading or self.action is None:
            return False
        text = self.tr("%1: %2").replace("%1", self.labels.get(field, field)).replace("%2", self.action.title)
        try:
            self.doc.edit_action(changed, text)
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return False
        except UserError as exc:
            self._show_errors([FieldError(field, str(exc))])
            return False
        self._show_errors([])
        return True

    def _commit_simple(self, field: str) -> None:
        if self._loading or self.action is None:
            return
        a = self.action
        if field == "title":
            changed = replace(a, title=" ".join(self.title_edit.text().split()))
        elif field == "description":
            changed = replace(a, description=self.description_edit.toPlainText().strip())
        elif field == "end":
            changed = replace(a, end=self.end_combo.month())
        elif field == "responsible_id":
            changed = replace(a, responsible_id=self.responsible_combo.currentData())
        else:
            return
        if changed != a:
            self._commit(changed, field)

    def _commit_start(self) -> None:
        """Moving the start keeps the duration (the end moves along, within the plan's period) and moves the
        action, with its cost lines, to the school year it now falls in."""
        if self._loading or self.action is None:
            return
        a, plan = self.action, self.doc.plan
        start = self.start_combo.month()
        if start == a.start:
            return
        end = add_months(start, months_between(a.start, a.end) - 1)
        if end > plan.horizon_end:
            end = plan.horizon_end
        year = max(school_year_of(start), plan.start_year)
        year = year if year in plan.school_years else a.school_year
        costs = a.cost_lines
        if year != a.school_year:
            costs = tuple(replace(c, school_year=year) if c.school_year == a.school_year else c for c in costs)
        self._commit(replace(a, start=start, end=end, school_year=year, cost_lines=costs), "start")

    def _commit_quantity(self, name: str) -> None:
        if self._loading or self.action is None:
            return
        value = self.quantity_boxes[name].value()
        value = round(float(value), 2) if name == "hours_per_week" else int(value)
        if getattr(self.action.quantities, name) == value:
            return
        self._commit(replace(self.action, quantities=replace(self.action.quantities, **{name: value})),
                     f"quantities.{name}")

    def _defer(self, table: str) -> None:
        """Table edits arrive as several item changes; save once, after the editor has finished."""
        if self._loading:
            return
        if not self._pending:
            QTimer.singleShot(0, self._flush)
        self._pending.add(table)

    def _flush(self) -> None:
        pending, self._pending = self._pending, set()
        if self.action is None:
            return
        a = self.action
        changes = {}
        if "assignments" in pending:
            changes["assignments"] = self._read_assignments()
        if "cost_lines" in pending:
            changes["cost_lines"] = self._read_costs()
        if "indicators" in pending:
            changes["indicators"] = self._read_indicators()
        changed = replace(a, **changes)
        if changed != a:
            field = next(iter(sorted(pending)))
            if not self._commit(changed, field):
                return
        elif "cost_lines" in pending:
            self._load_costs()

    def _read_assignments(self) -> tuple[Assignment, ...]:
        t, out = self.assign_table, []
        for r in range(t.rowCount()):
            sid = t.key(r, 0)
            person = self.doc.person(sid)
            out.append(Assignment(sid or "", person.role if person else (t.key(r, 1) or ""), round(t.number(r, 2), 2)))
        return tuple(out)

    def _read_costs(self) -> tuple[CostLine, ...]:
        t, out = self.cost_table, []
        for r in range(t.rowCount()):
            qty, unit = round(t.number(r, 3), 2), round(t.number(r, 4), 2)
            out.append(CostLine(t.key(r, 0) or "", t.key(r, 1) or "", t.key(r, 2) or "", round(qty * unit, 2), qty, unit,
                                t.text(r, 6)))
        return tuple(out)

    def _read_indicators(self) -> tuple[Indicator, ...]:
        t = self.indicator_table
        return tuple(Indicator(t.text(r, 0), t.text(r, 1), t.text(r, 2)) for r in range(t.rowCount()))

    def _add_assignment(self) -> None:
        if self.action is None:
            return
        taken = {x.staff_id for x in self.action.assignments}
        person = next((p for p in self.doc.active_people() if p.id not in taken), None)
        if person is None:
            self._show_errors([FieldError("assignments", self.tr("Wszystkie osoby z kadry są już przypisane."))])
            return
        changed = replace(self.action, assignments=self.action.assignments + (Assignment(person.id, person.role, 1.0),))
        if self._commit(changed, "assignments"):
            self._edit_last(self.assign_table, 0)

    def _add_cost(self) -> None:
        if self.action is None:
            return
        line = CostLine("other", "school_budget", self.action.school_year, 0.0, 1.0, 0.0, "")
        if self._commit(replace(self.action, cost_lines=self.action.cost_lines + (line,)), "cost_lines"):
            self._edit_last(self.cost_table, 0)

    def _add_indicator(self) -> None:
        if self.action is None:
            return
        ind = Indicator(self.tr("Nowy wskaźnik"), "", "")
        if self._commit(replace(self.action, indicators=self.action.indicators + (ind,)), "indicators"):
            self._edit_last(self.indicator_table, 0)

    def _edit_last(self, table: _Table, col: int) -> None:
        table.setFocus()
        table.setCurrentCell(table.rowCount() - 1, col)

    def _remove_row(self, table: _Table) -> None:
        row = table.currentRow()
        if self.action is None or row < 0:
            return
        name = {self.assign_table: "assignments", self.cost_table: "cost_lines",
                self.indicator_table: "indicators"}[table]
        items = list(getattr(self.action, name))
        del items[row]
        self._commit(replace(self.action, **{name: tuple(items)}), name)

    # -- errors and focus --------------------------------------------------------------------------------
    def _show_errors(self, errors: list[FieldError]) -> None:
        for widget in self.fields.values():
            if widget.property("invalid"):
                set_invalid(widget, False)
        if not errors:
            self.errors_label.hide()
            return
        for e in errors:
            if e.field in self.fields:
                set_invalid(self.fields[e.field], True)
        links = "<br>".join(f'<a href="{e.field}">{_html(e.message)}</a>' for e in errors)
        self.errors_label.setText(self.tr("Nie zapisano — popraw:") + "<br>" + links)
        self.errors_label.show()
        first = next((e.field for e in errors if e.field in self.fields), None)
        if first:
            self.fields[first].setFocus()

    def focus_field(self, name: str | None) -> QWidget | None:
        """Put the keyboard focus on the field named by a finding or an error (e.g. ``quantities.groups``)."""
        widget = self.fields.get(name or "title") or self.title_edit
        self.scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QTableWidget) and widget.rowCount():
            widget.setCurrentCell(max(0, widget.currentRow()), 0)
        return widget


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
