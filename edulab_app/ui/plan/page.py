"""Area "Plan działania": the school's multi-year action plan — overview, actions and their editor, schedule,
costs, staff load, findings and implementation tracking. Every change is saved as made and can be undone
(Ctrl+Z) and redone (Ctrl+Shift+Z or Ctrl+Y)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from edulab_app.services.context import AppContext
from edulab_app.ui.dialogs import show_error
from edulab_app.ui.page_header import page_header
from edulab_app.ui.plan.actions_tab import ActionsTab
from edulab_app.ui.plan.costs_tab import CostsTab
from edulab_app.ui.plan.document import PlanDocument
from edulab_app.ui.plan.findings_tab import FindingsTab
from edulab_app.ui.plan.overview_tab import OverviewTab
from edulab_app.ui.plan.schedule_tab import ScheduleTab
from edulab_app.ui.plan.staff_tab import StaffTab
from edulab_app.ui.plan.tracking_tab import TrackingTab


class PlanPage(QWidget):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("PlanPage", "Plan działania")

    def __init__(self, ctx: AppContext, rspo: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.rspo = ctx, rspo
        self.doc = PlanDocument(ctx, rspo, self)
        outer = QVBoxLayout(self)
        top = page_header(self, outer, self.title())
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Stan zapisu"))
        top.addWidget(self.state_label)
        stack = self.doc.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Cofnij"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = stack.createRedoAction(self, self.tr("Ponów"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        buttons = []
        for action, name in ((self.undo_action, self.tr("Cofnij zmianę (Ctrl+Z)")),
                             (self.redo_action, self.tr("Ponów zmianę (Ctrl+Shift+Z)"))):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(name)
            button.setToolTip(name)
            top.addWidget(button)
            buttons.append(button)
        self.undo_button, self.redo_button = buttons

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Części planu"))
        self.overview = OverviewTab(self.doc, self.tabs)
        self.actions_tab = ActionsTab(self.doc, self.tabs)
        self.schedule = ScheduleTab(self.doc, self.tabs)
        self.costs = CostsTab(self.doc, self.tabs)
        self.staff = StaffTab(self.doc, self.tabs)
        self.findings = FindingsTab(self.doc, self.tabs)
        self.tracking = TrackingTab(self.doc, self.tabs)
        for widget, text in ((self.overview, self.tr("&Przegląd")), (self.actions_tab, self.tr("&Działania")),
                             (self.schedule, self.tr("&Harmonogram")), (self.costs, self.tr("&Koszty")),
                             (self.staff, self.tr("K&adra")), (self.findings, self.tr("&Uwagi")),
                             (self.tracking, self.tr("&Realizacja"))):
            self.tabs.addTab(widget, text)
        outer.addWidget(self.tabs, 1)

        self.overview.show_findings.connect(lambda: self.tabs.setCurrentWidget(self.findings))
        self.overview.open_action.connect(lambda aid: self.go_to(aid, "title"))
        self.overview.show_expert_actions.connect(self.show_expert_actions)
        self.findings.navigate.connect(self.go_to)
        self.schedule.action_activated.connect(lambda aid: self.go_to(aid, "start"))
        self.staff.action_activated.connect(lambda aid: self.go_to(aid, "assignments"))
        self.doc.failed.connect(lambda message: show_error(self, message))
        self.doc.saved.connect(self._saved)
        self.doc.reset.connect(self._plan_reset)
        self.doc.findings_changed.connect(self._update_findings_tab)
        self._plan_reset()
        self._update_findings_tab()
        self.state_label.setText(self.tr("Zmiany zapisują się od razu."))

    def _plan_reset(self) -> None:
        has_plan = self.doc.has_plan()
        for widget in (self.actions_tab, self.schedule, self.costs, self.findings, self.tracking):
            self.tabs.setTabEnabled(self.tabs.indexOf(widget), has_plan)
        if not has_plan:
            self.tabs.setCurrentWidget(self.overview)

    def _update_findings_tab(self) -> None:
        errors = sum(f.severity == "error" for f in self.doc.findings)
        warnings = sum(f.severity == "warning" for f in self.doc.findings)
        text = self.tr("&Uwagi")
        if errors or warnings:
            text += f" ({errors + warnings})"
        self.tabs.setTabText(self.tabs.indexOf(self.findings), text)

    def show_expert_actions(self) -> None:
        """The actions tab with only the actions the EDUlab expert commented on."""
        self.tabs.setCurrentWidget(self.actions_tab)
        self.actions_tab.set_filters(expert=True)
        self.actions_tab.view.setFocus()

    def _saved(self, message: str) -> None:
        self.state_label.setText(self.tr("✓ %1").replace("%1", message))

    def go_to(self, action_id: str, field: str = "") -> QWidget | None:
        """Take the person to the place a finding points to: the action editor on the field, the tracking of
        the action (status), or the overview (plan-wide findings)."""
        if not action_id:
            self.tabs.setCurrentWidget(self.overview)
            self.overview.priority_table.setFocus()
            return self.overview.priority_table
        if field == "status":
            self.tabs.setCurrentWidget(self.tracking)
            self.tracking.select(action_id)
            self.tracking.status_buttons["in_progress"].setFocus()
            return self.tracking.table
        self.tabs.setCurrentWidget(self.actions_tab)
        return self.actions_tab.open_action(action_id, field or None)
