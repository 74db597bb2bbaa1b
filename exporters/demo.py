"""Demo documents (tests, benchmarks, UI previews): the demo school's 3-year plan with some tracking."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from exporters.document import PlanDocument, SchoolInfo, findings_with_accepted
from forms.result import AreaScore, DiagnosisResult
from plans.demo import demo_context, demo_result, large_context, large_result
from plans.generator import generate_plan
from plans.tracking import accept_finding, record_actual_cost, set_status

DEMO_GENERATED_AT = dt.datetime(2026, 10, 15, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def _previous(result: DiagnosisResult) -> DiagnosisResult:
    """The same school a year earlier: fewer resources everywhere."""
    areas = tuple(AreaScore(a.area_id, None if a.resources is None else max(0.0, a.resources - 12 + i % 5),
                            a.needs, a.answered, a.unknown, a.unanswered) for i, a in enumerate(result.areas))
    return replace(result, areas=areas)


def demo_document(*, large: bool = False, tracking: bool = True, school_name: str | None = None,
                  years: int = 3) -> PlanDocument:
    ctx = large_context() if large else demo_context()
    if school_name:
        ctx = replace(ctx, name=school_name)
    result = large_result() if large else demo_result()
    # an uneven profile reads better in charts than the demo's flat 50/60
    areas = tuple(AreaScore(a.area_id, round(30 + (i * 37) % 55, 1), round(40 + (i * 23) % 50, 1), a.answered,
                            a.unknown, a.unanswered) for i, a in enumerate(result.areas))
    result = replace(result, areas=areas)
    plan = generate_plan(result, ctx, "2026/2027", years)
    today = DEMO_GENERATED_AT.date()
    if tracking:
        first = sorted(plan.actions, key=lambda a: (a.start, a.id))
        done = [a for a in first if a.start <= (2026, 8)][:3]
        for a in done:
            plan = set_status(plan, a.id, "done", dt.date(a.start[0], a.start[1], 20))
            if a.cost_lines:
                c = a.cost_lines[0]
                plan = record_actual_cost(plan, a.id, c.category, c.source, round(c.amount_pln * 0.9, 2),
                                          dt.date(2026, 9, 5), "faktura")
        running = next(a for a in first if a.lessons)
        plan = set_status(plan, running.id, "in_progress", dt.date(2026, 9, 7))
        findings, _ = findings_with_accepted(plan, ctx, result, today)
        target = next((f for f in findings if f.action_id and f.severity == "info"), None)
        if target is not None:
            plan = accept_finding(plan, target.action_id, target.id)
    findings, accepted = findings_with_accepted(plan, ctx, result, today)
    school = SchoolInfo.from_context(
        ctx, school_type="szkoła podstawowa", address="ul. Przykładowa 12, 80-001 Gdańsk", municipality="Gdańsk",
        county="Gdańsk (miasto na prawach powiatu)", voivodeship="pomorskie",
        governing_body="Gmina Miasta Gdańska", school_year="2026/2027")
    return PlanDocument(school=school, generated_at=DEMO_GENERATED_AT, app_version="0.1.0",
                        version_label="wersja 1 — do zatwierdzenia", diagnosis=result, previous=_previous(result),
                        plan=plan, findings=findings, accepted_finding_ids=accepted, staff=ctx.staff)
