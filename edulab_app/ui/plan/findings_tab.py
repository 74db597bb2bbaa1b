"""Uwagi: the rule checks of the plan (legal, budget, staffing, schedule, tracking) with severity icons.

Clicking a finding (or Enter on it) takes you to the place to fix it: the action editor, on the field the
finding names. A warning or a piece of information the school has considered can be accepted: it is then
kept with the action and no longer shown (undo brings it back).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import UserError
from edulab_app.ui.plan.common import severity_labels
from edulab_app.ui.plan.document import PlanDocument
from plans.checks import Finding

FINDING_ROLE = Qt.ItemDataRole.UserRole


class FindingsTab(QWidget):
    navigate = Signal(str, str)  # action id ("" for the whole plan), field

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Liczba uwag"))
        top.addWidget(self.summary, 1)
        self.severity_filter = QComboBox(self)
        self.severity_filter.setAccessibleName(self.tr("Pokaż uwagi o wadze"))
        self.severity_filter.addItem(self.tr("błędy i uwagi"), ("error", "warning"))
        self.severity_filter.addItem(self.tr("wszystkie, także informacje"), ("error", "warning", "info"))
        self.severity_filter.addItem(self.tr("tylko błędy"), ("error",))
        self.severity_filter.activated.connect(lambda _i: self.refresh())
        label = QLabel(self.tr("&Pokaż:"), self)
        label.setBuddy(self.severity_filter)
        top.addWidget(label)
        top.addWidget(self.severity_filter)
        lay.addLayout(top)
        hint = QLabel(self.tr("Kliknij uwagę (albo wybierz ją strzałkami i naciśnij Enter), aby przejść do miejsca, "
                              "które trzeba poprawić. Uwagę, którą szkoła rozważyła, można przyjąć — zniknie z listy."),
                      self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Waga"), self.tr("Treść"), self.tr("Działanie"), ""])
        self.table.setAccessibleName(self.tr("Uwagi z kontroli planu"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())
        self.table.setColumnWidth(2, 240)
        self.table.cellClicked.connect(self._clicked)
        self.table.itemActivated.connect(lambda item: self.go_to(item))
        lay.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.go_button = QPushButton(self.tr("Przejdź do &miejsca"), self)
        self.go_button.clicked.connect(lambda: self.go_to(self.table.currentItem()))
        bottom.addWidget(self.go_button)
        self.accept_button = QPushButton(self.tr("Przyjmij zaznaczoną &uwagę"), self)
        self.accept_button.clicked.connect(lambda: self.accept(self.table.currentItem()))
        bottom.addWidget(self.accept_button)
        bottom.addStretch(1)
        lay.addLayout(bottom)
        self.table.currentCellChanged.connect(lambda *_a: self._update_buttons())
        doc.findings_changed.connect(self.refresh)
        doc.reset.connect(self.refresh)
        self.refresh()

    def _icon(self, severity: str):
        pixmap = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
                  "warning": QStyle.StandardPixmap.SP_MessageBoxWarning}.get(
            severity, QStyle.StandardPixmap.SP_MessageBoxInformation)
        return self.style().standardIcon(pixmap)

    def refresh(self) -> None:
        doc = self.doc
        shown = self.severity_filter.currentData() or ("error", "warning")
        labels = severity_labels()
        current = self.finding(self.table.currentItem())
        keep = current.id if current is not None else None
        findings = [f for f in doc.findings if f.severity in shown]
        titles = {a.id: a.title for a in doc.plan.actions} if doc.plan else {}
        self.table.clearContents()
        self.table.setRowCount(len(findings))
        select = -1
        for row, f in enumerate(findings):
            first = QTableWidgetItem(self._icon(f.severity), labels[f.severity])
            first.setData(FINDING_ROLE, f)
            self.table.setItem(row, 0, first)
            message = QTableWidgetItem(f.message)
            message.setData(FINDING_ROLE, f)
            message.setToolTip(f.message)
            self.table.setItem(row, 1, message)
            where = QTableWidgetItem(titles.get(f.action_id or "", self.tr("cały plan")))
            where.setData(FINDING_ROLE, f)
            where.setToolTip(f"{f.action_id or ''} · {f.field or ''}")
            self.table.setItem(row, 2, where)
            if f.action_id and f.severity != "error":
                button = QToolButton(self.table)
                button.setText(self.tr("Przyjmij"))
                button.setToolTip(self.tr("Szkoła rozważyła tę uwagę — nie pokazuj jej więcej"))
                button.setAccessibleName(self.tr("Przyjmij uwagę: %1").replace("%1", f.message[:80]))
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard: the "Przyjmij zaznaczoną uwagę" button
                button.clicked.connect(lambda _checked=False, fid=f.id: self.accept(self.item_for(fid)))
                self.table.setCellWidget(row, 3, button)
            if f.id == keep:
                select = row
        if select >= 0:
            self.table.setCurrentCell(select, 1)
        self.table.resizeRowsToContents()
        counts = {s: sum(f.severity == s for f in doc.findings) for s in labels}
        self.summary.setText(self.tr("Błędy: %1 · uwagi: %2 · informacje: %3").replace("%1", str(counts["error"]))
                             .replace("%2", str(counts["warning"])).replace("%3", str(counts["info"])))
        self._update_buttons()

    def _update_buttons(self) -> None:
        f = self.finding(self.table.currentItem())
        self.go_button.setEnabled(f is not None)
        self.accept_button.setEnabled(f is not None and f.action_id is not None and f.severity != "error")

    def finding(self, item: QTableWidgetItem | None) -> Finding | None:
        return item.data(FINDING_ROLE) if item is not None else None

    def item_for(self, finding_id: str) -> QTableWidgetItem | None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            if item is not None and item.data(FINDING_ROLE).id == finding_id:
                return item
        return None

    def _clicked(self, row: int, column: int) -> None:
        if column != 3:
            self.go_to(self.table.item(row, 1))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def go_to(self, item: QTableWidgetItem | None) -> None:
        f = self.finding(item)
        if f is not None:
            self.navigate.emit(f.action_id or "", f.field or "")

    def accept(self, item: QTableWidgetItem | None) -> None:
        f = self.finding(item)
        if f is None or f.action_id is None or f.severity == "error":
            return
        action = self.doc.plan.action(f.action_id)
        if f.id in action.accepted_findings:
            return
        try:
            self.doc.edit_action(replace(action, accepted_findings=action.accepted_findings + (f.id,)),
                                 self.tr("Przyjęcie uwagi: %1").replace("%1", action.title))
        except UserError as exc:
            self.summary.setText(str(exc))
