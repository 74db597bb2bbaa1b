"""Staff load: weekly hours per person per month from the plan's assignments, and over-limit detection."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from plans.calendar import YearMonth, iter_months
from plans.model import Plan, SchoolContext


@dataclass(frozen=True)
class OverLoad:
    staff_id: str
    month: YearMonth
    hours_per_week: float
    limit: float
    action_ids: tuple[str, ...]


def staff_load(plan: Plan) -> dict[str, dict[YearMonth, float]]:
    """staff id -> {(year, month): weekly hours in plan actions}; dropped and done actions still count
    as planned, dropped ones do not."""
    load: dict[str, dict[YearMonth, float]] = defaultdict(lambda: defaultdict(float))
    for a in plan.actions:
        if a.status == "dropped" or not a.assignments:
            continue
        months = list(iter_months(a.start, a.end))
        for asg in a.assignments:
            person = load[asg.staff_id]
            for ym in months:
                person[ym] += asg.hours_per_week
    return {sid: {ym: round(h, 2) for ym, h in sorted(months.items())} for sid, months in sorted(load.items())}


def over_limits(plan: Plan, ctx: SchoolContext) -> list[OverLoad]:
    out = []
    loads = staff_load(plan)
    for member in ctx.staff:
        for ym, hours in loads.get(member.id, {}).items():
            if hours > member.weekly_hours_limit + 1e-9:
                ids = tuple(a.id for a in plan.actions if a.status != "dropped" and a.start <= ym <= a.end
                            and any(x.staff_id == member.id for x in a.assignments))
                out.append(OverLoad(member.id, ym, hours, member.weekly_hours_limit, ids))
    return out


def rename_staff(plan: Plan, renamed: dict[str, str]) -> Plan:
    """The plan with staff ids replaced by ``renamed`` (old id → new id) in responsibilities and assignments."""
    from dataclasses import replace

    def one(action):
        return replace(action, responsible_id=renamed.get(action.responsible_id, action.responsible_id),
                       assignments=tuple(replace(a, staff_id=renamed.get(a.staff_id, a.staff_id))
                                         for a in action.assignments))

    return replace(plan, actions=tuple(one(a) for a in plan.actions))
