"""Cost summaries of a plan: by school year x category x funding source, per action, per year."""

from __future__ import annotations

from collections import defaultdict

from plans.model import Plan


def cost_summary(plan: Plan, *, actual: bool = False) -> dict[tuple[str, str, str], float]:
    """(school year, category, source) -> PLN, planned (default) or actual costs; dropped actions excluded
    from planned costs."""
    out: dict[tuple[str, str, str], float] = defaultdict(float)
    for a in plan.actions:
        if not actual and a.status == "dropped":
            continue
        for c in a.actual_costs if actual else a.cost_lines:
            out[(c.school_year, c.category, c.source)] += c.amount_pln
    return {k: round(v, 2) for k, v in sorted(out.items())}


def totals_by_action(plan: Plan) -> dict[str, float]:
    return {a.id: a.planned_cost for a in plan.actions}


def totals_by_year(plan: Plan, *, actual: bool = False) -> dict[str, float]:
    out = {sy: 0.0 for sy in plan.school_years}
    for (sy, _cat, _src), v in cost_summary(plan, actual=actual).items():
        out[sy] = round(out.get(sy, 0.0) + v, 2)
    return out


def totals_by_year_and_source(plan: Plan) -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = defaultdict(float)
    for (sy, _cat, src), v in cost_summary(plan).items():
        out[(sy, src)] += v
    return {k: round(v, 2) for k, v in sorted(out.items())}


def plan_total(plan: Plan) -> float:
    return round(sum(totals_by_year(plan).values()), 2)
