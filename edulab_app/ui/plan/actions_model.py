"""The plan's actions as a Qt table model, and the filter proxy of the action list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from edulab_app.ui.plan.common import month_short, pln, severity_labels, status_labels, tr
from edulab_app.ui.plan.document import PlanDocument
from forms.areas import AREAS_BY_ID
from plans.calendar import month_index
from plans.model import Action

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("title", "expert", "school_year", "area", "start", "end", "responsible", "status", "planned", "actual",
           "findings")
EXPERT_UNANSWERED = QColor("#ad1457")


def column_titles() -> dict[str, str]:
    return {"title": tr("Działanie"), "school_year": tr("Rok szkolny"), "area": tr("Obszar"), "start": tr("Od"),
            "end": tr("Do"), "responsible": tr("Odpowiada"), "status": tr("Status"),
            "planned": tr("Koszt planowany"), "actual": tr("Poniesiono"), "findings": tr("Uwagi"),
            "expert": tr("Uwagi eksperta")}


def action_areas(doc: PlanDocument, action: Action) -> list[str]:
    """Area ids of the priorities the action answers, in priority order."""
    out = []
    for pid in action.priority_ids:
        p = doc.priority(pid)
        area = p.area_id if p else pid.split(":", 1)[-1]
        if area in AREAS_BY_ID and area not in out:
            out.append(area)
    return out


class ActionTableModel(QAbstractTableModel):
    def __init__(self, doc: PlanDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self._titles = column_titles()
        self._status = status_labels()
        self._rows: list[str] = []
        self._index: dict[str, int] = {}
        self._plan = None
        self._by_id: dict[str, Action] = {}
        doc.reset.connect(self.refresh)
        doc.action_changed.connect(self._action_changed)
        doc.findings_changed.connect(self._findings_changed)
        doc.staff_changed.connect(self._all_changed)
        doc.expert_changed.connect(self._expert_changed)
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = [a.id for a in self.doc.plan.actions] if self.doc.plan else []
        self._index = {aid: i for i, aid in enumerate(self._rows)}
        self._findings = self._count_findings()
        self.endResetModel()

    def _count_findings(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for f in self.doc.findings:
            if f.action_id:
                out.setdefault(f.action_id, {}).setdefault(f.severity, 0)
                out[f.action_id][f.severity] += 1
        return out

    def _action_changed(self, action_id: str) -> None:
        row = self._index.get(action_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _findings_changed(self) -> None:
        self._findings = self._count_findings()
        if self._rows:
            col = COLUMNS.index("findings")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def _expert_changed(self) -> None:
        if self._rows:
            col = COLUMNS.index("expert")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[COLUMNS[section]]
        return None

    def action_at(self, row: int) -> Action:
        plan = self.doc.plan
        if plan is not self._plan:  # the document replaces its (immutable) plan on every change
            self._plan, self._by_id = plan, {a.id: a for a in plan.actions}
        return self._by_id[self._rows[row]]

    def row_of(self, action_id: str) -> int:
        return self._index.get(action_id, -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self.action_at(index.row())
        col = COLUMNS[index.column()]
        if role == ACTION_ID_ROLE:
            return a.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, col)
        if role == SORT_ROLE:
            return self._sort_key(a, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("planned", "actual"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == "findings":
                counts = self._findings.get(a.id, {})
                if counts.get("error"):
                    return QBrush(QColor("#c62828"))
                if counts.get("warning"):
                    return QBrush(QColor("#ef6c00"))
            if col == "expert" and self.doc.expert_counts.get(a.id, (0, 0))[1]:
                return QBrush(EXPERT_UNANSWERED)
            if a.status == "dropped":
                return QBrush(QColor("#80858c"))
        if role == Qt.ItemDataRole.FontRole and col == "expert" and self.doc.expert_counts.get(a.id, (0, 0))[1]:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "title":
                return f"{a.title}\n{a.id}"
            if col == "findings":
                return "\n".join(f"{severity_labels()[f.severity]}: {f.message}" for f in self.doc.findings_for(a.id))
            if col == "expert" and a.id in self.doc.expert_counts:
                total, unanswered = self.doc.expert_counts[a.id]
                return tr("Uwagi eksperta EDUlab: %1, bez odpowiedzi szkoły: %2. Odpowiedz w edytorze działania.") \
                    .replace("%1", str(total)).replace("%2", str(unanswered))
        return None

    def _display(self, a: Action, col: str):
        if col == "title":
            return a.title
        if col == "school_year":
            return a.school_year
        if col == "area":
            areas = action_areas(self.doc, a)
            return ", ".join(AREAS_BY_ID[x].title_pl for x in areas[:2]) + ("…" if len(areas) > 2 else "")
        if col == "start":
            return month_short(a.start)
        if col == "end":
            return month_short(a.end)
        if col == "responsible":
            return self.doc.person_name(a.responsible_id) if a.responsible_id else "—"
        if col == "status":
            return self._status.get(a.status, a.status)
        if col == "planned":
            return pln(a.planned_cost)
        if col == "actual":
            return pln(a.actual_cost) if a.actual_costs else ""
        if col == "findings":
            counts = self._findings.get(a.id, {})
            parts = [f"{counts[s]} {label.lower()}" for s, label in severity_labels().items()
                     if counts.get(s) and s != "info"]
            return ", ".join(parts)
        if col == "expert":
            total, unanswered = self.doc.expert_counts.get(a.id, (0, 0))
            if not total:
                return ""
            if unanswered:
                return tr("%1 (%2 bez odp.)").replace("%1", str(total)).replace("%2", str(unanswered))
            return tr("%1 ✓").replace("%1", str(total))
        return None

    def _sort_key(self, a: Action, col: str):
        if col in ("start", "end"):
            return month_index(getattr(a, col))
        if col == "planned":
            return a.planned_cost
        if col == "actual":
            return a.actual_cost
        if col == "findings":
            counts = self._findings.get(a.id, {})
            return counts.get("error", 0) * 1000 + counts.get("warning", 0)
        if col == "expert":
            total, unanswered = self.doc.expert_counts.get(a.id, (0, 0))
            return unanswered * 1000 + total
        value = self._display(a, col)
        return (value or "").casefold() if isinstance(value, str) else value


class ActionFilterProxy(QSortFilterProxyModel):
    """Filters: school year, area or priority ("area:<id>", "priority:<id>", "kind:training"), status,
    person (responsible or assigned), text (title, description, id, responsible person), and only the actions
    the EDUlab expert commented on (``expert``)."""

    def __init__(self, doc: PlanDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.year: str | None = None
        self.scope: str | None = None
        self.status: str | None = None
        self.person: str | None = None
        self.text = ""
        self.expert = False
        self.setSortRole(SORT_ROLE)

    def set_filter(self, **changes) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt 6.9+; invalidateFilter() is deprecated there
        if modern:
            self.beginFilterChange()
        for key, value in changes.items():
            setattr(self, key, value)
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802 - Qt API
        a = self.sourceModel().action_at(source_row)
        if self.year and a.school_year != self.year:
            return False
        if self.status and a.status != self.status:
            return False
        if self.expert and a.id not in self.doc.expert_counts:
            return False
        if self.person and a.responsible_id != self.person and all(x.staff_id != self.person for x in a.assignments):
            return False
        if self.scope:
            kind, _, key = self.scope.partition(":")
            if kind == "kind" and a.kind != key:
                return False
            if kind == "priority" and key not in a.priority_ids:
                return False
            if kind == "area" and key not in action_areas(self.doc, a):
                return False
        if self.text:
            hay = " ".join((a.title, a.description, a.id, self.doc.person_name(a.responsible_id))).casefold()
            if not all(word in hay for word in self.text.casefold().split()):
                return False
        return True
