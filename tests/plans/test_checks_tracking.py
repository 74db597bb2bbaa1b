"""Rule checks fire on crafted bad plans and stay quiet on the demo plan; tracking."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from plans.calendar import lesson_months, term_of
from plans.checks import check_plan
from plans.errors import PlanError
from plans.generator import generate_plan
from plans.model import Assignment, Quantities
from plans.tracking import accept_finding, record_actual_cost, set_status, tracking_summary

BEFORE = dt.date(2025, 5, 1)


def codes(findings, severity=None):
    return {f.code for f in findings if severity is None or f.severity == severity}


def test_calendar_helpers():
    months = lesson_months("2026/2027")
    assert months[0] == (2026, 9) and months[-1] == (2027, 6) and len(months) == 10
    assert term_of(dt.date(2027, 1, 10)) == "2026/2027 I"
    assert term_of(dt.date(2027, 3, 10)) == "2026/2027 II"


def test_demo_plan_only_expected_warnings(result, ctx):
    plan = generate_plan(result, ctx, "2025/2026", 3)
    findings = check_plan(plan, ctx, result, BEFORE)
    assert not codes(findings, "error")
    warnings = [f for f in findings if f.severity == "warning"]
    assert {f.code for f in warnings} == {"legal.rule_expires"}
    assert all("31.08.2026" in f.message for f in warnings)
    assert "legal.rule_unverified" in codes(findings, "info")
    quiet = check_plan(generate_plan(result, ctx, "2026/2027", 1), ctx, result, BEFORE)
    assert not [f for f in quiet if f.severity != "info"]


def _bad(plan, template, **changes):
    a = next(x for x in plan.actions if x.template_id == template)
    return plan.replace_action(replace(a, **changes)), a


def test_legal_checks(result, ctx):
    plan = generate_plan(result, ctx, "2026/2027", 1)
    polish = next(a for a in plan.actions if a.template_id == "additional_polish_lessons")
    bad = plan.replace_action(replace(polish, quantities=Quantities(pupils=30, groups=1, hours_per_week=1)))
    found = check_plan(bad, ctx, result, BEFORE)
    assert "legal.min_hours" in codes(found, "error")
    f = next(f for f in found if f.code == "legal.min_hours")
    assert (f.action_id, f.field) == (polish.id, "quantities.hours_per_week")
    bad = plan.replace_action(replace(polish, quantities=Quantities(pupils=30, groups=3, hours_per_week=4)))
    comp = next(a for a in plan.actions if "compensatory_hours" in a.rule_ids) if any(
        "compensatory_hours" in a.rule_ids for a in plan.actions) else None
    if comp is None:  # add a compensatory action to provoke the 5-hour cap
        comp = replace(polish, id="comp", template_id="compensatory_classes", rule_ids=("compensatory_hours",),
                       regime=None, quantities=Quantities(pupils=10, groups=2, hours_per_week=2))
        bad = replace(bad, actions=bad.actions + (comp,))
    else:
        bad = bad.replace_action(replace(comp, quantities=replace(comp.quantities, hours_per_week=2)))
    assert "legal.hours_combined" in codes(check_plan(bad, ctx, result, BEFORE), "error")
    long = plan.replace_action(replace(polish, start=(2026, 9), end=(2028, 10), lessons=False))
    assert "legal.max_months" in codes(check_plan(long, ctx, result, BEFORE))


def test_ukrainian_group_size(result, ctx):
    plan = generate_plan(result, ctx, "2025/2026", 1)
    ukr = next(a for a in plan.actions if a.regime == "ukrainian_special")
    bad = plan.replace_action(replace(ukr, quantities=replace(ukr.quantities, groups=1)))
    found = [f for f in check_plan(bad, ctx, result, BEFORE) if f.code == "legal.group_size"]
    assert found and found[0].rule_id == "ukrainian_group_size"


def test_holidays_schedule_and_coverage(result, ctx):
    plan = generate_plan(result, ctx, "2026/2027", 1)
    polish = next(a for a in plan.actions if a.template_id == "additional_polish_lessons")
    bad = plan.replace_action(replace(polish, end=(2027, 7)))
    assert "coverage.lesson_in_holidays" in codes(check_plan(bad, ctx, result, BEFORE), "error")
    training = next(a for a in plan.actions if a.template_id == "polish_as_second_language")
    late = plan.replace_action(replace(training, start=(2026, 11), end=(2026, 11)))
    assert "schedule.training_after" in codes(check_plan(late, ctx, result, BEFORE))
    uncovered = replace(plan, actions=tuple(a for a in plan.actions if "gap:parents" not in a.priority_ids))
    assert "coverage.priority_uncovered" in codes(check_plan(uncovered, ctx, result, BEFORE))
    backwards = plan.replace_action(replace(polish, start=(2027, 3), end=(2026, 9)))
    assert "schedule.end_before_start" in codes(check_plan(backwards, ctx, result, BEFORE))


def test_staffing_and_budget(result, ctx):
    plan = generate_plan(result, ctx, "2026/2027", 1)
    polish = next(a for a in plan.actions if a.template_id == "additional_polish_lessons")
    bad = plan.replace_action(replace(polish, responsible_id=None, assignments=(Assignment("s04", "polish_teacher", 20),)))
    found = check_plan(bad, ctx, result, BEFORE)
    assert {"staff.no_responsible", "staff.over_limit"} <= codes(found, "warning")
    ghost = plan.replace_action(replace(polish, responsible_id="nobody"))
    assert "staff.unknown" in codes(check_plan(ghost, ctx, result, BEFORE), "error")
    tight = replace(ctx, budget_ceilings={("2026/2027", "governing_body"): 1000.0})
    f = [f for f in check_plan(plan, tight, result, BEFORE) if f.code == "budget.ceiling_exceeded"]
    assert f and f[0].action_id and f[0].field == "cost_lines"
    roomy = replace(ctx, budget_ceilings={("2026/2027", "governing_body"): 10_000_000.0})
    assert "budget.ceiling_exceeded" not in codes(check_plan(plan, roomy, result, BEFORE))


def test_accepted_finding_is_hidden(result, ctx):
    plan = generate_plan(result, ctx, "2025/2026", 2)
    f = next(f for f in check_plan(plan, ctx, result, BEFORE) if f.code == "legal.rule_expires")
    plan2 = accept_finding(plan, f.action_id, f.id)
    assert f.id not in {x.id for x in check_plan(plan2, ctx, result, BEFORE)}


def test_tracking(result, ctx):
    plan = generate_plan(result, ctx, "2026/2027", 1)
    aid = next(a.id for a in plan.actions if a.template_id == "additional_polish_lessons")
    plan = set_status(plan, aid, "in_progress", dt.date(2026, 9, 2))
    plan = record_actual_cost(plan, aid, "staff", "governing_body", 1234.5, dt.date(2026, 10, 31))
    plan = set_status(plan, aid, "done", dt.date(2027, 6, 25), note="wszystkie grupy zakończone")
    a = plan.action(aid)
    assert (a.actual_start, a.actual_end) == (dt.date(2026, 9, 2), dt.date(2027, 6, 25))
    assert a.evidence_notes
    with pytest.raises(PlanError):
        set_status(plan, aid, "dropped", dt.date(2027, 6, 26))
    with pytest.raises(PlanError):
        record_actual_cost(plan, aid, "cars", "governing_body", 1, dt.date(2026, 10, 1))
    summary = tracking_summary(plan)
    assert summary["years"]["2026/2027"]["actual"] == 1234.5
    assert summary["years"]["2026/2027"]["planned"] > 0
    assert summary["done_per_term"] == {"2026/2027 II": 1}
    assert summary["status_counts"]["done"] == 1
    findings = check_plan(plan, ctx, result, dt.date(2027, 9, 1))
    assert "tracking.overdue" in codes(findings)
    assert aid not in {f.action_id for f in findings if f.code.startswith("tracking.")}
