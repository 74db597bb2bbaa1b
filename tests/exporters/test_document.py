"""The plain input of every export: findings with the school's acceptances, school info, staff."""

from __future__ import annotations

import datetime as dt

from exporters.document import PlanDocument, SchoolInfo, findings_with_accepted
from plans.checks import check_plan
from plans.demo import demo_context, demo_result
from plans.generator import generate_plan
from plans.model import StaffMember
from plans.tracking import accept_finding


def test_findings_with_accepted_keeps_what_check_plan_hides():
    ctx, result = demo_context(), demo_result()
    plan = generate_plan(result, ctx, "2026/2027", 2)
    today = dt.date(2026, 10, 1)
    target = next(f for f in check_plan(plan, ctx, result, today) if f.action_id)
    plan = accept_finding(plan, target.action_id, target.id)
    assert target.id not in {f.id for f in check_plan(plan, ctx, result, today)}
    findings, accepted = findings_with_accepted(plan, ctx, result, today)
    assert accepted == frozenset({target.id})
    assert target in findings


def test_school_info_from_context_and_staff_names_and_roles_only():
    ctx = demo_context()
    school = SchoolInfo.from_context(ctx, address="ul. Długa 1", school_type="szkoła podstawowa (SP)")
    assert (school.rspo, school.pupils_migrant, school.address) == (ctx.rspo, ctx.pupils_migrant, "ul. Długa 1")
    assert school.school_type == "szkoła podstawowa (SP)"
    doc = PlanDocument(school=school, generated_at=dt.datetime(2026, 1, 1), app_version="0.1.0", staff=ctx.staff)
    assert all(s == StaffMember(s.id, s.name, s.role) for s in doc.staff)
    assert doc.numbered_actions() == [] and doc.period == ""
