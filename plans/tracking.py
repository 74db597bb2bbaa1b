"""Implementation tracking: status changes with validation, actual dates and costs, planned vs actual."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

from plans.calendar import school_year_id, term_of
from plans.catalogue import COST_CATEGORIES, FUNDING_SOURCES
from plans.errors import PlanError
from plans.model import STATUSES, CostLine, Plan

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "planned": ("in_progress", "done", "dropped"),
    "in_progress": ("done", "dropped", "planned"),
    "done": ("in_progress",),  # reopen
    "dropped": ("planned",),
}
STATUS_LABELS = {"planned": "zaplanowane", "in_progress": "w realizacji", "done": "zrealizowane",
                 "dropped": "zaniechane"}


def set_status(plan: Plan, action_id: str, status: str, on: dt.date, note: str | None = None) -> Plan:
    """Change an action's status on a day; sets actual start/end. Returns a new plan."""
    if status not in STATUSES:
        raise PlanError(f"nieznany status „{status}”")
    action = plan.action(action_id)
    if status not in TRANSITIONS[action.status]:
        raise PlanError(f"„{action.title}”: nie można zmienić statusu z „{STATUS_LABELS[action.status]}” "
                        f"na „{STATUS_LABELS[status]}”")
    changes: dict = {"status": status}
    if status == "in_progress":
        changes["actual_start"] = action.actual_start or on
        changes["actual_end"] = None
    elif status == "done":
        start = action.actual_start or on
        if on < start:
            raise PlanError(f"„{action.title}”: data zakończenia {on} jest wcześniejsza niż rozpoczęcia {start}")
        changes["actual_start"], changes["actual_end"] = start, on
    elif status == "planned":
        changes["actual_start"] = changes["actual_end"] = None
    if note:
        changes["evidence_notes"] = action.evidence_notes + (f"{on.isoformat()}: {note}",)
    return plan.replace_action(replace(action, **changes))


def record_actual_cost(plan: Plan, action_id: str, category: str, source: str, amount_pln: float, on: dt.date,
                       note: str = "") -> Plan:
    if category not in COST_CATEGORIES:
        raise PlanError(f"nieznana kategoria kosztu „{category}”")
    if source not in FUNDING_SOURCES:
        raise PlanError(f"nieznane źródło finansowania „{source}”")
    if amount_pln < 0:
        raise PlanError("kwota nie może być ujemna")
    action = plan.action(action_id)
    sy = school_year_id(on.year if on.month >= 9 else on.year - 1)
    line = CostLine(category, source, sy, round(amount_pln, 2), 1, round(amount_pln, 2), note)
    return plan.replace_action(replace(action, actual_costs=action.actual_costs + (line,)))


def accept_finding(plan: Plan, action_id: str, finding_id: str) -> Plan:
    action = plan.action(action_id)
    if finding_id in action.accepted_findings:
        return plan
    return plan.replace_action(replace(action, accepted_findings=action.accepted_findings + (finding_id,)))


def tracking_summary(plan: Plan) -> dict:
    """{"years": {school year: {"planned": PLN, "actual": PLN}}, "done_per_term": {"2026/2027 I": n},
    "status_counts": {status: n}}."""
    years: dict[str, dict[str, float]] = {sy: {"planned": 0.0, "actual": 0.0} for sy in plan.school_years}
    done: dict[str, int] = defaultdict(int)
    counts = {s: 0 for s in STATUSES}
    for a in plan.actions:
        counts[a.status] += 1
        if a.status != "dropped":
            for c in a.cost_lines:
                years.setdefault(c.school_year, {"planned": 0.0, "actual": 0.0})["planned"] += c.amount_pln
        for c in a.actual_costs:
            years.setdefault(c.school_year, {"planned": 0.0, "actual": 0.0})["actual"] += c.amount_pln
        if a.status == "done" and a.actual_end:
            done[term_of(a.actual_end)] += 1
    return {
        "years": {sy: {k: round(v, 2) for k, v in vals.items()} for sy, vals in sorted(years.items())},
        "done_per_term": dict(sorted(done.items())),
        "status_counts": counts,
    }
