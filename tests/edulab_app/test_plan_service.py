"""Plan and staff services: generation from the demo diagnosis, one-row edits with validation, findings that
name the place to fix, tracking, budget ceilings, settings, the demo seeder."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from edulab_app.errors import NotFound, UserError, ValidationFailed
from edulab_app.services import plans, staff
from edulab_app.services.demo import DEMO_RSPO, create_demo_school
from edulab_app.storage.plan_models import PlanActionRow, PlanRow, StaffMemberRow
from plans.model import Assignment, CostLine, Quantities

POLISH = "additional_polish_lessons"


@pytest.fixture
def diagnosed_demo(monkeypatch):
    """The demo school with its diagnoses but without the plan and staff its full seeding adds."""
    from edulab_app.services import demo as demo_module

    monkeypatch.setattr(demo_module, "DEMO_SEEDERS", [s for s in demo_module.DEMO_SEEDERS if "plans" not in s])


@pytest.fixture
def demo(db, diagnosed_demo):
    create_demo_school(db)
    return db


@pytest.fixture
def planned(demo):
    plans.generate(demo, DEMO_RSPO, force=True)
    return demo


def _action(db, template=POLISH, n=0):
    return [a for a in plans.load(db, DEMO_RSPO).actions if a.template_id == template][n]


def test_context_comes_from_profile_diagnosis_and_staff(demo):
    from forms.demo import demo_answers

    given = demo_answers()
    assert staff.seed_from_diagnosis(demo, DEMO_RSPO) == sum(r["people"] for r in given["staff_roster"])
    assert staff.seed_from_diagnosis(demo, DEMO_RSPO) == 0  # only when the school has no staff
    ctx = plans.school_context(demo, DEMO_RSPO)
    assert (ctx.pupils_migrant, ctx.pupils_needing_polish, ctx.pupils_ukrainian, ctx.arrivals_per_year) == (
        given["pupils_migrant_total"], given["pupils_needing_polish"], given["pupils_ukrainian"],
        given["arrivals_this_year"])
    assert ctx.pupils_by_grade_band == {"1-3": 19, "4-6": 23, "7-8": 16}
    assert set(ctx.family_languages) == set(given["family_languages"])
    roles = {m.role for m in ctx.staff}
    assert {"director", "deputy_director", "coordinator", "polish_teacher", "school_pedagogue", "psychologist",
            "form_tutor", "librarian"} <= roles
    names = [m.name for m in ctx.staff]
    assert "Dyrektor" in names and "Nauczyciel przedmiotu 1" in names and len(set(names)) == len(names)
    polish = [m for m in ctx.staff if m.role == "polish_teacher"]
    assert all("polish_as_second_language" in m.trainings_done for m in polish)


def test_generate_from_the_demo_diagnosis_and_keep_it(demo):
    from edulab_app.services.schools import get_school

    year = get_school(demo, DEMO_RSPO).school_year
    plan = plans.generate(demo, DEMO_RSPO)
    assert plan.start_year == year and plan.years == 3
    stored = plans.load(demo, DEMO_RSPO)
    assert stored == plan
    info = plans.info(demo, DEMO_RSPO)
    assert info.diagnosis_year == year and len(info.generated_from) >= 5
    templates = {a.template_id for a in plan.actions}
    assert {POLISH, "intercultural_assistant", "safe_school_regulation", "welcome_committee_setup"} <= templates
    assert all(a.responsible_id for a in plan.actions)
    with pytest.raises(UserError, match="--force"):
        plans.generate(demo, DEMO_RSPO)
    again = plans.generate(demo, DEMO_RSPO, years=1, force=True)
    assert plans.load(demo, DEMO_RSPO) == again and again.years == 1
    with demo.session() as s:
        assert s.scalar(select(func.count()).select_from(PlanRow)) == 1
        assert s.scalar(select(func.count()).select_from(PlanActionRow)) == len(again.actions)


def test_generate_explains_missing_diagnosis_and_bad_periods(db, diagnosed_demo):
    from edulab_app.school_profile import SchoolProfile
    from edulab_app.services.schools import create_school

    create_school(db, SchoolProfile(rspo="77", name="Szkoła Podstawowa w Ustce", county="słupski"))
    with pytest.raises(NotFound, match="diagnozy"):
        plans.generate(db, "77")
    with pytest.raises(NotFound, match="planu"):
        plans.load(db, "77")
    create_demo_school(db)
    with pytest.raises(ValidationFailed) as info:
        plans.generate(db, DEMO_RSPO, "2040/2041", 3)
    assert info.value.errors[0].field == "start" and "kalendarz" in info.value.errors[0].message
    with pytest.raises(ValidationFailed, match="od 1 do 3"):
        plans.generate(db, DEMO_RSPO, None, 5)
    with pytest.raises(ValidationFailed, match="RRRR/RRRR"):
        plans.generate(db, DEMO_RSPO, "2026", 1)


def test_an_edit_is_one_row_and_is_validated_naming_the_field(planned):
    a = _action(planned)
    changed = replace(a, title="Polski dla nowych uczniów", end=(a.end[0], 5))
    plans.update_action(planned, DEMO_RSPO, changed)
    assert _action(planned) == changed
    assert plans.info(planned, DEMO_RSPO).revision >= 2
    for bad, field in ((replace(a, end=(a.start[0] - 1, 1)), "end"),
                       (replace(a, responsible_id="s9999"), "responsible_id"),
                       (replace(a, title="  "), "title"),
                       (replace(a, assignments=(Assignment("s1", "director", 0),)), "assignments"),
                       (replace(a, cost_lines=(CostLine("food", "school_budget", a.school_year, 1, 1, 1),)),
                        "cost_lines"),
                       (replace(a, cost_lines=(CostLine("materials", "school_budget", "2040/2041", 1, 1, 1),)),
                        "cost_lines"),
                       (replace(a, quantities=Quantities(pupils=-1)), "quantities.pupils")):
        with pytest.raises(ValidationFailed) as info:
            plans.update_action(planned, DEMO_RSPO, bad)
        assert field in {e.field for e in info.value.errors}, field
        assert all(e.message.startswith("„") for e in info.value.errors)
    assert _action(planned) == changed  # nothing half-written
    with pytest.raises(NotFound):
        plans.update_action(planned, DEMO_RSPO, replace(a, id="nope@2026"))


def test_undo_through_the_service_restores_the_action_exactly(planned):
    before = _action(planned)
    after = replace(before, quantities=replace(before.quantities, groups=before.quantities.groups + 2),
                    assignments=before.assignments[:1], cost_lines=before.cost_lines[1:])
    plans.update_action(planned, DEMO_RSPO, after)
    plans.update_action(planned, DEMO_RSPO, before)
    restored = _action(planned)
    assert restored == before and restored.to_dict() == before.to_dict()


def test_a_finding_names_the_action_and_the_field(planned):
    today = dt.date(2026, 9, 15)
    a = _action(planned)
    plans.update_action(planned, DEMO_RSPO, replace(a, quantities=replace(a.quantities, hours_per_week=1)))
    found = [f for f in plans.check(planned, DEMO_RSPO, today) if f.code == "legal.min_hours"]
    assert found and (found[0].severity, found[0].action_id, found[0].field) == (
        "error", a.id, "quantities.hours_per_week")
    assert plans.has_errors(plans.check(planned, DEMO_RSPO, today))


def test_tracking_status_costs_notes_and_accepting_a_finding(planned):
    a = _action(planned)
    day = dt.date(2026, 9, 7)
    plans.set_status(planned, DEMO_RSPO, a.id, "in_progress", day, "dziennik zajęć")
    with pytest.raises(UserError, match="nie można zmienić statusu"):
        plans.set_status(planned, DEMO_RSPO, a.id, "in_progress", day)
    with pytest.raises(ValidationFailed, match="nieznany status"):
        plans.set_status(planned, DEMO_RSPO, a.id, "finished", day)
    plans.record_actual_cost(planned, DEMO_RSPO, a.id, 1250.5, "staff", "governing_body", dt.date(2026, 10, 31), "FV 1")
    with pytest.raises(UserError, match="kategoria"):
        plans.record_actual_cost(planned, DEMO_RSPO, a.id, 10, "food", "governing_body", day)
    plans.add_evidence_note(planned, DEMO_RSPO, a.id, "lista obecności", dt.date(2026, 10, 1))
    done = plans.set_status(planned, DEMO_RSPO, a.id, "done", dt.date(2027, 6, 20))
    assert (done.status, done.actual_start, done.actual_end) == ("done", day, dt.date(2027, 6, 20))
    assert done.actual_cost == 1250.5 and done.actual_costs[0].school_year == a.school_year
    assert done.evidence_notes == ("2026-09-07: dziennik zajęć", "2026-10-01: lista obecności")
    assert _action(planned) == done
    warning = next(f for f in plans.check(planned, DEMO_RSPO, dt.date(2026, 9, 1))
                   if f.severity == "warning" and f.action_id)
    plans.accept_finding(planned, DEMO_RSPO, warning.action_id, warning.id)
    assert warning.id not in {f.id for f in plans.check(planned, DEMO_RSPO, dt.date(2026, 9, 1))}


def test_budget_ceiling_gives_a_finding_and_settings_are_validated(planned):
    plan = plans.load(planned, DEMO_RSPO)
    sy = plan.start_year
    plans.set_settings(planned, DEMO_RSPO, plans.PlanSettings((plans.BudgetCeiling(sy, "governing_body", 1000),), {}))
    found = [f for f in plans.check(planned, DEMO_RSPO) if f.code == "budget.ceiling_exceeded"]
    assert found and found[0].action_id and found[0].field == "cost_lines"
    assert "1\u00a0000,00 zł" in found[0].message
    plans.set_settings(planned, DEMO_RSPO, plans.PlanSettings((plans.BudgetCeiling(sy, "governing_body", 9e6),), {}))
    assert not [f for f in plans.check(planned, DEMO_RSPO) if f.code == "budget.ceiling_exceeded"]
    with pytest.raises(ValidationFailed) as info:
        plans.set_settings(planned, DEMO_RSPO, plans.PlanSettings(
            (plans.BudgetCeiling("2040/2041", "governing_body", 1), plans.BudgetCeiling(sy, "bank", 1)),
            {"no_such_rate": 1.0, "minimum_wage": -5}))
    messages = " ".join(e.message for e in info.value.errors)
    assert "2040/2041" in messages and "bank" in messages and "no_such_rate" in messages and "minimum_wage" in messages
    assert plans.get_settings(planned, DEMO_RSPO).budget_ceilings[0].amount_pln == 9e6


def test_rate_overrides_change_costs_at_the_next_generation(planned):
    a = _action(planned)
    plans.set_settings(planned, DEMO_RSPO, plans.PlanSettings((), {"teacher_overtime_hour": 100.0}))
    plans.generate(planned, DEMO_RSPO, force=True)
    b = _action(planned)
    staff_line = next(c for c in b.cost_lines if c.category == "staff")
    assert staff_line.unit_price == 100.0 and b.planned_cost > a.planned_cost
    assert plans.get_settings(planned, DEMO_RSPO).rate_overrides == {"teacher_overtime_hour": 100.0}


def test_staff_add_update_deactivate_and_validation(planned):
    person = staff.add_person(planned, DEMO_RSPO, staff.PersonInput("Olena Kowal", "intercultural_assistant",
                                                                    ["UK", "ru", "uk"], 20))
    assert person.languages == ("uk", "ru") and person.id.startswith("s")
    with pytest.raises(ValidationFailed) as info:
        staff.add_person(planned, DEMO_RSPO, staff.PersonInput("", "astronaut", [], 99, ["no_training"]))
    assert {e.field for e in info.value.errors} == {"name", "role", "weekly_hours_limit", "trainings_done"}
    updated = staff.update_person(planned, DEMO_RSPO, person.id,
                                  staff.PersonInput("Olena Kowalenko", "intercultural_assistant", ["uk"], 18))
    assert updated.name == "Olena Kowalenko" and updated.weekly_hours_limit == 18
    a = _action(planned)
    plans.update_action(planned, DEMO_RSPO, replace(a, responsible_id=person.id))
    staff.deactivate(planned, DEMO_RSPO, person.id)
    assert person.id not in {p.id for p in staff.list_staff(planned, DEMO_RSPO)}
    unknown = [f for f in plans.check(planned, DEMO_RSPO) if f.code == "staff.unknown"]
    assert unknown and "Olena Kowalenko" in unknown[0].message and unknown[0].field == "responsible_id"
    with pytest.raises(NotFound):
        staff.update_person(planned, DEMO_RSPO, "s99999", staff.PersonInput("X", "teacher"))
    with planned.session() as s:
        assert s.scalar(select(StaffMemberRow.active).where(StaffMemberRow.id == int(person.id[1:]))) is False


def test_demo_seeder_makes_a_plan_with_implementation(demo):
    plans.seed_demo(demo, DEMO_RSPO)
    plan = plans.load(demo, DEMO_RSPO)
    from plans.tracking import tracking_summary

    summary = tracking_summary(plan)
    assert summary["status_counts"]["done"] > 0 and summary["status_counts"]["in_progress"] > 0
    assert summary["done_per_term"]
    assert summary["years"][plan.start_year]["actual"] > 0
    assert any(a.evidence_notes for a in plan.actions)
    settings = plans.get_settings(demo, DEMO_RSPO)
    assert settings.budget_ceilings and all(c.school_year == plan.start_year for c in settings.budget_ceilings)
    assert not plans.has_errors(plans.check(demo, DEMO_RSPO))
    plans.seed_demo(demo, DEMO_RSPO)  # seeding again starts over
    assert len(plans.load(demo, DEMO_RSPO).actions) == len(plan.actions)


def test_deleting_the_school_removes_plan_and_staff(planned):
    from sqlalchemy import delete

    from edulab_app.storage.models import School

    with planned.session() as s:
        s.execute(delete(School).where(School.rspo == DEMO_RSPO))
    with planned.session() as s:
        for model in (PlanRow, PlanActionRow, StaffMemberRow):
            assert s.scalar(select(func.count()).select_from(model)) == 0


def test_full_demo_seeding_includes_the_plan(db):
    create_demo_school(db)
    assert plans.exists(db, DEMO_RSPO) and staff.list_staff(db, DEMO_RSPO)


def test_demo_school_comes_with_the_week_and_the_regulation(db):
    from edulab_app.services import documents

    create_demo_school(db)
    year = plans.info(db, DEMO_RSPO).start_year
    assert documents.week_saved_in_plan(db, DEMO_RSPO, year)
    assert documents.get_regulation(db, DEMO_RSPO).status == "adopted"
    create_demo_school(db)  # resetting the demo works again
    assert documents.get_regulation(db, DEMO_RSPO).status == "adopted"
