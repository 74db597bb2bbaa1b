"""Plan generation: determinism, priorities, schedule, quantities, costs, staff."""

from __future__ import annotations

import json
import math

import pytest

from plans.calendar import is_summer_month, iter_months, month_index
from plans.costs import cost_summary, plan_total, totals_by_year
from plans.generator import generate_plan
from plans.model import Plan
from plans.rates import overtime_hour_rate
from plans.rules import load_rules
from plans.staffing import over_limits, staff_load


def test_overtime_formula():
    assert round(18 * 4.16) == 75
    assert overtime_hour_rate(6211, 18, 4.16) == 82.81
    assert round(overtime_hour_rate(6211)) == 83


def test_deterministic(result, ctx):
    a = generate_plan(result, ctx, "2026/2027", 3).to_dict()
    b = generate_plan(result, ctx, "2026/2027", 3).to_dict()
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def test_json_round_trip(result, ctx):
    plan = generate_plan(result, ctx, "2025/2026", 3)
    data = json.loads(json.dumps(plan.to_dict()))
    assert Plan.from_dict(data) == plan


def test_every_action_answers_a_priority_and_all_priorities_covered(result, ctx):
    plan = generate_plan(result, ctx, "2026/2027", 2)
    ids = {p.id for p in result.priorities}
    for a in plan.actions:
        assert a.priority_ids and set(a.priority_ids) <= ids, a.id
        assert a.evidence_summary
    assert {pid for a in plan.actions for pid in a.priority_ids} == ids
    assert plan.generated_from == tuple(p.id for p in sorted(result.priorities, key=lambda p: p.rank))


def test_trainings_before_dependent_activities(result, ctx):
    plan = generate_plan(result, ctx, "2026/2027", 3)
    trainings = {a.template_id: a for a in plan.actions if a.kind == "training"}
    checked = 0
    for a in plan.actions:
        for tid in a.trainings_before:
            assert month_index(trainings[tid].end) < month_index(a.start), (tid, a.id)
            assert trainings[tid].start[1] != 7  # nobody trains in July
            checked += 1
    assert checked > 5


def test_no_lessons_in_summer_and_preparation_before_school_year(result, ctx):
    plan = generate_plan(result, ctx, "2026/2027", 3)
    for a in plan.actions:
        if a.lessons:
            assert not any(is_summer_month(m) for m in iter_months(a.start, a.end)), a.id
            assert a.start[1] == 9
    prep = [a for a in plan.actions if a.template_id == "welcome_committee_setup"]
    assert prep and prep[0].start == (2026, 8)


def test_polish_groups_respect_rules(big_result, big_ctx):
    rules = load_rules()
    plan = generate_plan(big_result, big_ctx, "2025/2026", 3)
    polish = [a for a in plan.actions if a.template_id == "additional_polish_lessons"]
    regimes_2025 = {a.regime for a in polish if a.school_year == "2025/2026"}
    assert regimes_2025 == {"ukrainian_special", "general", "returning_citizens"}
    assert {a.regime for a in polish if a.school_year == "2026/2027"} == {"general", "returning_citizens"}
    for a in polish:
        q = a.quantities
        assert math.ceil(q.pupils / q.groups) <= 15
        if a.regime == "ukrainian_special":
            assert math.ceil(q.pupils / q.groups) <= rules.get("ukrainian_group_size").param("max_group_size")
            assert q.hours_per_week >= 4
        else:
            assert q.hours_per_week >= 2
    assert sum(a.quantities.pupils for a in polish if a.school_year == "2026/2027") == big_ctx.pupils_needing_polish


def test_assistants_one_per_twenty_ukrainian_pupils(big_ctx, big_result):
    plan = generate_plan(big_result, big_ctx, "2026/2027", 3)
    assistants = [a for a in plan.actions if a.template_id == "intercultural_assistant"]
    assert len(assistants) == 3
    assert all(a.quantities.units == math.ceil(big_ctx.pupils_ukrainian / 20) for a in assistants)
    line = assistants[0].cost_lines[0]
    assert line.source == "government_programme"
    assert line.amount_pln == 8 * 12 * 4806
    # the programme ends 31.12.2027: the last year falls back to the governing body
    assert assistants[-1].cost_lines[0].source == "governing_body"


def test_trainings_sized_by_participants(big_ctx, big_result):
    plan = generate_plan(big_result, big_ctx, "2026/2027", 1)
    t = next(a for a in plan.actions if a.template_id == "polish_as_second_language")
    participants = sum(1 for s in big_ctx.staff if s.role in ("polish_teacher", "teacher"))
    assert t.quantities.participants == participants
    assert t.quantities.groups == math.ceil(participants / 20)
    assert t.cost_lines[0].amount_pln == t.quantities.groups * 16 * 200


def test_costs_use_rates_and_overrides(result, ctx):
    plan = generate_plan(result, ctx, "2026/2027", 1)
    polish = next(a for a in plan.actions if a.template_id == "additional_polish_lessons")
    staff_line = next(c for c in polish.cost_lines if c.category == "staff")
    assert staff_line.unit_price == 82.81
    assert staff_line.quantity == pytest.approx(polish.quantities.groups * polish.quantities.hours_per_week * 37.6)
    cheaper = generate_plan(result, ctx.__class__(**{**ctx.__dict__, "rate_overrides": {"teacher_overtime_hour": 70}}),
                            "2026/2027", 1)
    polish2 = next(a for a in cheaper.actions if a.template_id == "additional_polish_lessons")
    assert next(c for c in polish2.cost_lines if c.category == "staff").unit_price == 70
    summary = cost_summary(plan)
    assert round(sum(summary.values()), 2) == plan_total(plan) == round(sum(totals_by_year(plan).values()), 2)
    assert all(k[0] == "2026/2027" for k in summary)


def test_staff_preference_and_balance(result, ctx):
    plan = generate_plan(result, ctx, "2026/2027", 1)
    polish = next(a for a in plan.actions if a.template_id == "additional_polish_lessons")
    # Polish teachers who speak the families' languages (s05: en, s06: uk) are preferred over s04
    assert {x.staff_id for x in polish.assignments} == {"s05", "s06"}
    assert {x.role for x in polish.assignments} == {"polish_teacher"}
    assert polish.responsible_id is not None
    assert not over_limits(plan, ctx)
    load = staff_load(plan)
    assert max(h for months in load.values() for h in months.values()) <= max(s.weekly_hours_limit for s in ctx.staff)


def test_large_school(big_result, big_ctx):
    plan = generate_plan(big_result, big_ctx, "2026/2027", 3)
    assert len(plan.actions) > 40
    assert {p.id for p in big_result.priorities} <= {pid for a in plan.actions for pid in a.priority_ids}
    assert any(a.template_id == "preparatory_class" for a in plan.actions)


def test_a_plan_made_mid_year_schedules_nothing_in_the_past():
    from plans.calendar import month_index
    from plans.demo import demo_context, demo_result

    ahead = generate_plan(demo_result(), demo_context(), "2026/2027", 2)
    mid = generate_plan(demo_result(), demo_context(), "2026/2027", 2, not_before=(2026, 11))
    assert all(month_index(a.start) >= month_index((2026, 11)) for a in mid.actions)
    assert any(month_index(a.start) < month_index((2026, 11)) for a in ahead.actions)
    for a in mid.actions:  # trainings still come before what they prepare, and no lessons in July/August
        assert not (a.lessons and a.start[1] in (7, 8))
        for tid in a.trainings_before:
            for t in (t for t in mid.actions if t.kind == "training" and t.template_id == tid):
                assert month_index(t.start) < month_index(a.start)
    polish_ahead = next(a for a in ahead.actions if a.template_id == "additional_polish_lessons")
    polish_mid = next(a for a in mid.actions if a.template_id == "additional_polish_lessons")
    assert polish_mid.end == polish_ahead.end and sum(c.amount_pln for c in polish_mid.cost_lines) < sum(
        c.amount_pln for c in polish_ahead.cost_lines)
    later = generate_plan(demo_result(), demo_context(), "2027/2028", 1, not_before=(2026, 11))
    assert later == generate_plan(demo_result(), demo_context(), "2027/2028", 1)  # wholly in the future
