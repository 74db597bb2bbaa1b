"""The action plan window (area "Plan działania")."""

from edulab_app.ui.plan.page import PlanPage

__all__ = ["PlanPage"]
