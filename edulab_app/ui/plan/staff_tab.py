"""Kadra: the school's staff (editable, saved as made) and each person's load per month as a heat table
(weekly hours in plan actions; cells over the person's limit are red)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import UserError, ValidationFailed
from edulab_app.services.staff import PersonInput
from edulab_app.ui.plan.common import (
    ERROR_STYLE,
    ChoiceDelegate,
    NumberDelegate,
    compact_rows,
    months_full,
    months_short,
    tr,
)
from edulab_app.ui.plan.document import PlanDocument
from plans.calendar import iter_months
from plans.roles import ROLES, role_label
from plans.staffing import staff_load

OVER_COLOR = QColor("#ef9a9a")


class LoadModel(QAbstractTableModel):
    """Rows: people; columns: months of the plan; value: weekly hours in plan actions."""

    def __init__(self, doc: PlanDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.only_loaded = True
        self.people = []
        self.months = []
        self.load = {}
        self._hours: list[list[float]] = []
        self._over: list[list[bool]] = []

    def refresh(self) -> None:
        self.beginResetModel()
        doc = self.doc
        self.months = list(iter_months(doc.plan.horizon_start, doc.plan.horizon_end)) if doc.plan else []
        self.load = staff_load(doc.plan) if doc.plan else {}
        people = [p for p in doc.people if p.active or p.id in self.load]
        if self.only_loaded:
            people = [p for p in people if self.load.get(p.id)]
        self.people = people
        # hours and over-limit flags computed once per refresh: data() is called for every cell on paint
        self._hours = [[self.load.get(p.id, {}).get(ym, 0.0) for ym in self.months] for p in people]
        self._over = [[h > p.weekly_hours_limit + 1e-9 for h in row] for p, row in zip(people, self._hours, strict=True)]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.months)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                ym = self.months[section]
                return f"{months_short()[ym[1] - 1]}\n{ym[0]}"
            p = self.people[section]
            return f"{p.name} ({p.weekly_hours_limit:g} h)"
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
            p = self.people[section]
            return tr("%1, %2; limit %3 godz. tygodniowo").replace("%1", p.name).replace("%2", role_label(p.role)) \
                .replace("%3", f"{p.weekly_hours_limit:g}")
        return None

    def hours(self, row: int, col: int) -> float:
        return self._hours[row][col]

    def is_over(self, row: int, col: int) -> bool:
        return self._over[row][col]

    def over_months(self) -> dict[str, int]:
        """Name of each person over the limit -> number of such months."""
        return {p.name: sum(flags) for p, flags in zip(self.people, self._over, strict=True) if any(flags)}

    def actions_at(self, row: int, col: int) -> list:
        sid, ym = self.people[row].id, self.months[col]
        return [a for a in self.doc.plan.actions if a.status != "dropped" and a.start <= ym <= a.end
                and any(x.staff_id == sid for x in a.assignments)]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        h = self.hours(index.row(), index.column())
        person = self.people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{h:g}".replace(".", ",") if h else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and h:
            if self.is_over(index.row(), index.column()):
                return QBrush(OVER_COLOR)
            share = min(1.0, h / person.weekly_hours_limit) if person.weekly_hours_limit else 1.0
            return QBrush(QColor.fromRgbF(1 - 0.55 * share, 1 - 0.30 * share, 1.0))
        if role == Qt.ItemDataRole.FontRole and h and self.is_over(index.row(), index.column()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and h:
            ym = self.months[index.column()]
            titles = "\n".join(f"• {a.title}" for a in self.actions_at(index.row(), index.column()))
            text = tr("%1 — %2: %3 godz. tygodniowo (limit %4)").replace("%1", person.name) \
                .replace("%2", f"{months_full()[ym[1] - 1]} {ym[0]}").replace("%3", f"{h:g}") \
                .replace("%4", f"{person.weekly_hours_limit:g}")
            return f"{text}\n{titles}"
        return None


class StaffTab(QWidget):
    action_activated = Signal(str)

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self._loading = False
        self._pending_rows: set[int] = set()
        lay = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)

        people_box = QGroupBox(self.tr("Kadra szkoły w planie"), splitter)
        pl = QVBoxLayout(people_box)
        self.people_table = QTableWidget(0, 6, people_box)
        self.people_table.setHorizontalHeaderLabels([self.tr("Osoba"), self.tr("Rola"), self.tr("Języki"),
                                                     self.tr("Limit godz./tydz."), self.tr("Aktywna"),
                                                     self.tr("Działania")])
        self.people_table.setAccessibleName(self.tr("Lista osób z kadry"))
        self.people_table.verticalHeader().setVisible(False)
        self.people_table.setTabKeyNavigation(False)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.people_table.setItemDelegateForColumn(1, ChoiceDelegate(lambda: list(ROLES.items()), self.people_table))
        self.people_table.setItemDelegateForColumn(3, NumberDelegate(40, 1, self.people_table))
        self.people_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.people_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.people_table.itemChanged.connect(self._item_changed)
        compact_rows(self.people_table)
        pl.addWidget(self.people_table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Dodaj osobę"), people_box)
        self.add_button.clicked.connect(self.add_person)
        row.addWidget(self.add_button)
        self.show_inactive = QCheckBox(self.tr("Pokaż osoby nieaktywne"), people_box)
        self.show_inactive.toggled.connect(lambda _on: self._fill_people())
        row.addWidget(self.show_inactive)
        self.error_label = QLabel(people_box)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        row.addWidget(self.error_label, 1)
        pl.addLayout(row)
        splitter.addWidget(people_box)

        load_box = QGroupBox(self.tr("Obciążenie: godziny tygodniowo w działaniach planu, miesiąc po miesiącu"),
                             splitter)
        ll = QVBoxLayout(load_box)
        top = QHBoxLayout()
        self.over_label = QLabel(load_box)
        self.over_label.setAccessibleName(self.tr("Przekroczenia limitów godzin"))
        top.addWidget(self.over_label, 1)
        self.only_loaded = QCheckBox(self.tr("Tylko osoby z godzinami w planie"), load_box)
        self.only_loaded.setChecked(True)
        self.only_loaded.toggled.connect(self._toggle_only_loaded)
        top.addWidget(self.only_loaded)
        ll.addLayout(top)
        self.load_model = LoadModel(doc, self)
        self.load_view = QTableView(load_box)
        self.load_view.setModel(self.load_model)
        self.load_view.setAccessibleName(self.tr("Obciążenie osób w kolejnych miesiącach"))
        self.load_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.load_view.setTabKeyNavigation(False)
        self.load_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.load_view.horizontalHeader().setDefaultSectionSize(40)
        compact_rows(self.load_view)
        self.load_view.activated.connect(self._load_activated)
        self.load_view.doubleClicked.connect(self._load_activated)
        ll.addWidget(self.load_view)
        splitter.addWidget(load_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        lay.addWidget(splitter)

        self._load_sized = False
        doc.reset.connect(self.refresh)
        doc.staff_changed.connect(self.refresh)
        doc.action_changed.connect(lambda _id: self._refresh_load())
        self.refresh()

    def refresh(self) -> None:
        self._fill_people()
        self._refresh_load()

    # -- people ------------------------------------------------------------------------------------------
    def _counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for a in self.doc.plan.actions if self.doc.plan else ():
            for sid in {a.responsible_id, *(x.staff_id for x in a.assignments)}:
                if sid:
                    counts[sid] = counts.get(sid, 0) + 1
        return counts

    def _fill_people(self) -> None:
        doc, t = self.doc, self.people_table
        counts = self._counts()
        people = [p for p in doc.people if p.active or self.show_inactive.isChecked()]
        self._loading = True
        try:
            current = (t.currentRow(), t.currentColumn())
            t.setRowCount(len(people))
            for row, p in enumerate(people):
                name = QTableWidgetItem(p.name)
                name.setData(Qt.ItemDataRole.UserRole, p.id)
                t.setItem(row, 0, name)
                role = QTableWidgetItem(role_label(p.role))
                role.setData(Qt.ItemDataRole.UserRole, p.role)
                t.setItem(row, 1, role)
                t.setItem(row, 2, QTableWidgetItem(", ".join(p.languages)))
                hours = QTableWidgetItem(f"{p.weekly_hours_limit:g}".replace(".", ","))
                hours.setData(Qt.ItemDataRole.UserRole, p.weekly_hours_limit)
                t.setItem(row, 3, hours)
                active = QTableWidgetItem(self.tr("tak") if p.active else self.tr("nie"))
                active.setFlags((active.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
                active.setCheckState(Qt.CheckState.Checked if p.active else Qt.CheckState.Unchecked)
                t.setItem(row, 4, active)
                n = QTableWidgetItem(str(counts.get(p.id, 0)))
                n.setFlags(n.flags() & ~Qt.ItemFlag.ItemIsEditable)
                n.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(row, 5, n)
            if 0 <= current[0] < t.rowCount():
                t.setCurrentCell(*current)
        finally:
            self._loading = False

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if not self._pending_rows:
            QTimer.singleShot(0, self._save_rows)
        self._pending_rows.add(item.row())

    def _save_rows(self) -> None:
        rows, self._pending_rows = sorted(self._pending_rows), set()
        t = self.people_table
        for row in rows:
            sid = t.item(row, 0).data(Qt.ItemDataRole.UserRole)
            before = self.doc.person(sid)
            if before is None:
                continue
            try:
                hours = float(t.item(row, 3).data(Qt.ItemDataRole.UserRole))
            except (TypeError, ValueError):
                hours = -1.0
            langs = tuple(x.strip().lower() for x in t.item(row, 2).text().replace(";", ",").split(",") if x.strip())
            after = replace(before, name=t.item(row, 0).text().strip(), role=t.item(row, 1).data(Qt.ItemDataRole.UserRole),
                            languages=langs, weekly_hours_limit=hours,
                            active=t.item(row, 4).checkState() == Qt.CheckState.Checked)
            try:
                self.doc.change_person(after, self.tr("Zmiana w kadrze: %1").replace("%1", before.name))
            except (ValidationFailed, UserError) as exc:
                self.error_label.setText(self.tr("Nie zapisano — %1").replace("%1", str(exc)))
                self._fill_people()
                return
        self.error_label.setText("")

    def add_person(self) -> None:
        n = len(self.doc.people) + 1
        try:
            person = self.doc.add_person(PersonInput(self.tr("Nowa osoba %1").replace("%1", str(n)), "teacher", [], 4.0))
        except (ValidationFailed, UserError) as exc:
            self.error_label.setText(str(exc))
            return
        for row in range(self.people_table.rowCount()):
            if self.people_table.item(row, 0).data(Qt.ItemDataRole.UserRole) == person.id:
                self.people_table.setFocus()
                self.people_table.setCurrentCell(row, 0)
                self.people_table.editItem(self.people_table.item(row, 0))
                break

    # -- load --------------------------------------------------------------------------------------------
    def _toggle_only_loaded(self, on: bool) -> None:
        self.load_model.only_loaded = on
        self._refresh_load()

    def _refresh_load(self) -> None:
        self.load_model.refresh()
        if not self._load_sized and self.load_model.rowCount():
            self._load_sized = True
            self.load_view.resizeColumnToContents(0)
            self.load_view.horizontalHeader().setDefaultSectionSize(max(40, self.load_view.columnWidth(0)))
        over = self.load_model.over_months()
        if over:
            self.over_label.setText(self.tr("<b style='color:#c62828'>Ponad limit godzin:</b> %1 (czerwone pola). "
                                            "Dwuklik na polu otwiera działanie.")
                                    .replace("%1", "; ".join(f"{name} — {n} mies." for name, n in over.items())))
        else:
            self.over_label.setText(self.tr("Nikt nie przekracza swojego limitu godzin."))

    def _load_activated(self, index) -> None:
        if not index.isValid():
            return
        actions = self.load_model.actions_at(index.row(), index.column())
        if actions:
            self.action_activated.emit(actions[0].id)
