"""The documents service: the week proposed, adapted (errors name the field), stored and saved into the plan
as an action with its costs; the regulation generated with the school's data and the deadlines from the
settings, edited, adopted in versions, printed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, select

from edulab_app.errors import NotFound, ValidationFailed
from edulab_app.services import documents, incidents, plans
from edulab_app.services.demo import DEMO_RSPO
from edulab_app.storage.document_models import SchoolDocument
from plans.regulation import TrustedPerson

from .conftest import RSPO, YEAR

D = dt.date


def fields(exc) -> set[str]:
    return {e.field for e in exc.value.errors}


def test_proposed_week_and_adaptation(ddb, school):
    proposal = documents.proposed_week(ddb, RSPO)
    assert proposal.school_year == YEAR and len(proposal.dates) == 5 and proposal.start.month == 5
    assert proposal.languages == ("pl", "uk", "en") and not proposal.names("coordinator")
    assert documents.get_week(ddb, RSPO) is None
    with pytest.raises(ValidationFailed) as exc:
        documents.adapt_week(ddb, RSPO, YEAR, [D(2026, 12, 24) + dt.timedelta(days=i) for i in range(5)], {})
    assert {"dates[0]", "dates[1]", "people.coordinator"} <= fields(exc)
    assert any("przerwa świąteczna" in e.message for e in exc.value.errors)
    with pytest.raises(ValidationFailed) as exc:
        documents.adapt_week(ddb, RSPO, "2031/2032", proposal.dates, {"coordinator": ["A"]})
    assert fields(exc) == {"school_year"}
    week = documents.adapt_week(ddb, RSPO, YEAR, proposal.dates, {"coordinator": ["Anna Nowak"]},
                                {"tasting": {"unit_price": 1000}}, ["pl", "uk"], place="hala", contact="tel. 1")
    assert documents.get_week(ddb, RSPO) == week
    assert {c.id: c.amount for c in week.costs}["tasting"] == 1000
    # values not given again are kept; a change of languages prices the per-language lines again
    again = documents.adapt_week(ddb, RSPO, YEAR, proposal.dates, languages=["pl", "uk", "en", "ru"])
    lines = {c.id: c for c in again.costs}
    assert lines["tasting"].amount == 1000 and again.names("coordinator") == ("Anna Nowak",)
    assert lines["translation"].quantity == 6 and again.place == "hala"
    assert documents.week_saved_in_plan(ddb, RSPO) is None


def test_week_needs_a_plan_that_covers_its_year(ddb, school):
    proposal = documents.proposed_week(ddb, RSPO)
    with pytest.raises(NotFound):
        documents.save_week_to_plan(ddb, RSPO)
    documents.adapt_week(ddb, RSPO, YEAR, proposal.dates, {"coordinator": ["Anna Nowak"]})
    with pytest.raises(NotFound) as exc:
        documents.save_week_to_plan(ddb, RSPO)
    assert "planu działania" in str(exc.value)


def test_save_week_to_plan_creates_then_updates_the_action(demo_db):
    from edulab_app.storage.plan_models import PlanActionRow

    db = demo_db
    info = plans.info(db, DEMO_RSPO)
    year = info.start_year
    with db.session() as s:  # start from a plan without the week, to see it created
        s.execute(delete(PlanActionRow).where(PlanActionRow.action_id.like("week_for_everyone@%")))
    before = plans.load(db, DEMO_RSPO)
    proposal = documents.proposed_week(db, DEMO_RSPO, year)
    week = documents.adapt_week(db, DEMO_RSPO, year, proposal.dates, {"coordinator": ["Anna Nowak"]},
                                {"guests": {"quantity": 2}})
    action = documents.save_week_to_plan(db, DEMO_RSPO, year)
    plan = plans.load(db, DEMO_RSPO)
    assert len(plan.actions) == len(before.actions) + 1
    stored = plan.action(action.id)
    assert stored.template_id == "week_for_everyone" and stored.school_year == year
    assert stored.planned_cost == pytest.approx(week.total)
    assert (stored.start[1], stored.end[1]) == (week.start.month, week.end.month)
    assert plans.info(db, DEMO_RSPO).revision > info.revision
    assert documents.week_saved_in_plan(db, DEMO_RSPO, year)
    # status and actual costs survive a new version of the week; no second action appears
    plans.set_status(db, DEMO_RSPO, action.id, "in_progress", week.start)
    documents.adapt_week(db, DEMO_RSPO, year, proposal.dates, costs={"guests": {"quantity": 0}})
    updated = documents.save_week_to_plan(db, DEMO_RSPO, year)
    plan = plans.load(db, DEMO_RSPO)
    assert [a.id for a in plan.actions].count(action.id) == 1
    assert updated.status == "in_progress" and updated.planned_cost == pytest.approx(week.total - 800)
    assert not plans.has_errors([f for f in plans.check(db, DEMO_RSPO) if f.action_id == action.id])


def test_week_outside_the_plan_years_is_refused(demo_db):
    db = demo_db
    first = plans.info(db, DEMO_RSPO).start_year
    plans.generate(db, DEMO_RSPO, first, 1, force=True)
    start = int(first[:4]) + 1
    later = f"{start}/{start + 1}"
    proposal = documents.proposed_week(db, DEMO_RSPO, later)
    documents.adapt_week(db, DEMO_RSPO, later, proposal.dates, {"coordinator": ["Anna Nowak"]})
    with pytest.raises(ValidationFailed) as exc:
        documents.save_week_to_plan(db, DEMO_RSPO, later)
    assert fields(exc) == {"school_year"} and first in exc.value.errors[0].message


def test_week_pdf_is_written(ddb, school, tmp_path):
    proposal = documents.proposed_week(ddb, RSPO)
    with pytest.raises(ValidationFailed) as exc:
        documents.week_pdf(ddb, RSPO, tmp_path / "w.pdf")
    assert fields(exc) == {"people.coordinator"}
    documents.adapt_week(ddb, RSPO, YEAR, proposal.dates, {"coordinator": ["Anna Nowak"]})
    target = documents.week_pdf(ddb, RSPO, tmp_path / "week.pdf")
    assert target.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob("*.part"))


def _complete(ddb):
    data = documents.default_regulation_data(ddb, RSPO)
    from dataclasses import replace

    return replace(data, trusted_persons=(TrustedPerson("Jan Nowak", "school_pedagogue", "pokój 12", ("uk",)),),
                   report_box_place="przy bibliotece", child_protection_ref="zarządzenie nr 5/2024",
                   child_protection_person="Jan Nowak")


def test_regulation_generate_edit_adopt(ddb, school, tmp_path):
    with pytest.raises(NotFound):
        documents.require_regulation(ddb, RSPO)
    doc = documents.generate_regulation(ddb, RSPO)
    assert doc.status == "draft" and "osoby zaufania" in doc.gaps
    assert doc.data.school_address == "ul. Szkolna 7, 76-200 Słupsk" and doc.data.report_email == "sekretariat@sp7.example.pl"
    with pytest.raises(ValidationFailed) as exc:
        documents.adopt_regulation(ddb, RSPO, D(2026, 10, 1), "1/2026")
    assert fields(exc) == {"gaps"}
    doc = documents.generate_regulation(ddb, RSPO, _complete(ddb))
    assert doc.gaps == () and "Jan Nowak — pedagog szkolny; pokój 12 (українська)" in doc.as_text()
    doc = documents.edit_section(ddb, RSPO, "monitoring", doc.section("monitoring").text + "\n\n4. Akapit szkoły.")
    assert doc.section("monitoring").edited
    with pytest.raises(ValidationFailed) as exc:
        documents.edit_section(ddb, RSPO, "nope", "x")
    assert fields(exc) == {"section"}
    v1 = documents.adopt_regulation(ddb, RSPO, D(2026, 10, 14), "5/2026/2027")
    assert v1.status == "adopted" and v1.current_version.adopted_by.startswith("Rada Pedagogiczna")
    status, versions, school_year = stored_regulation(ddb)
    assert status == "adopted" and len(versions) == 1 and school_year == ""
    assert documents.regulation_diff(ddb, RSPO) == ""
    # data re-rendered later keeps the edit and the versions
    again = documents.generate_regulation(ddb, RSPO)
    assert again.section("monitoring").edited and again.status == "adopted"
    reset = documents.reset_section(ddb, RSPO, "monitoring")
    assert reset.status == "changed" and "-4. Akapit szkoły." in documents.regulation_diff(ddb, RSPO)
    v2 = documents.adopt_regulation(ddb, RSPO, D(2026, 12, 1), "9/2026/2027", "Rada Pedagogiczna", "bez akapitu")
    assert [v.number for v in v2.versions] == [1, 2]
    # printing: the current version, an older one, the draft; the family version in chosen languages
    assert documents.regulation_pdf(ddb, RSPO, tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert documents.regulation_pdf_bytes(ddb, RSPO, 1).startswith(b"%PDF")
    with pytest.raises(ValidationFailed) as exc:
        documents.regulation_pdf_bytes(ddb, RSPO, 7)
    assert fields(exc) == {"version"}
    assert documents.family_pdf(ddb, RSPO, tmp_path / "f.pdf", ["pl", "uk"]).exists()
    with pytest.raises(ValidationFailed) as exc:
        documents.family_pdf_bytes(ddb, RSPO, ["ru"])
    assert fields(exc) == {"langs"}


def test_regulation_quotes_the_deadlines_from_the_settings(ddb, sessions):
    documents.generate_regulation(ddb, RSPO, _complete(ddb))
    documents.adopt_regulation(ddb, RSPO, D(2026, 10, 14), "5/2026/2027")
    incidents.set_deadlines(ddb, sessions["director"], RSPO, {"acknowledge": {"value": 3}})
    doc = documents.get_regulation(ddb, RSPO)
    assert "w ciągu 3 dni nauki szkolnej" in doc.section("response").text
    assert doc.status == "changed"  # the text in force differs from the adopted one: adopt a new version
    assert "w ciągu 3 dni nauki szkolnej" in documents.regulation_diff(ddb, RSPO)


def stored_regulation(db):
    with db.session() as s:
        row = s.scalar(select(SchoolDocument).where(SchoolDocument.kind == "regulation"))
        return row.status, list(row.versions), row.school_year


def test_demo_seed(demo_db):
    documents.seed_demo(demo_db, DEMO_RSPO)
    year = plans.info(demo_db, DEMO_RSPO).start_year
    assert documents.week_saved_in_plan(demo_db, DEMO_RSPO, year)
    assert documents.get_regulation(demo_db, DEMO_RSPO).status == "adopted"
