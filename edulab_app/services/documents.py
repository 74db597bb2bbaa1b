"""The documents a school adopts and lives by, as use cases shared by the window and the ``edulab`` command:

- „Tydzień dla wszystkich”: a proposal from the scenario template, the school's adaptation (dates inside its
  calendar, people, costs, languages) saved as a draft per school year, the plan action created or updated
  from it ("Zapisz w planie"), and the PDF with the invitations for families;
- Regulamin „Bezpieczna szkoła”: generated from the template with the school's data and the deadlines in
  force (the incident procedure's settings), edited section by section, adopted in numbered versions,
  printed in full or as the short version for families.

Neither document holds personal data of pupils (trusted persons and the coordinator are staff), so no login
is needed; the incident register (:mod:`edulab_app.services.incidents`) is the protected part.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from edulab_app.errors import FieldError, NotFound, UserError, ValidationFailed
from edulab_app.services import incidents as incident_service
from edulab_app.services import plans as plan_service
from edulab_app.services.schools import get_school, school_id
from edulab_app.storage.db import Database
from edulab_app.storage.document_models import SchoolDocument
from exporters.document import SchoolInfo
from plans import regulation as reg
from plans import week_scenario as week_domain
from plans.calendar import SchoolYear, parse_school_year
from plans.incidents import InputProblems
from plans.model import Action
from plans.regulation import RegulationData, RegulationDocument, TrustedPerson
from plans.week_scenario import WeekPlan, WeekTemplate

WEEK, REGULATION = "week", "regulation"
STAFF_FOR_ROLES = {"coordinator": ("coordinator",), "intercultural_assistant": ("intercultural_assistant",)}
TRUSTED_ROLES = ("school_pedagogue", "psychologist", "intercultural_assistant", "coordinator")


def _validation(exc: InputProblems) -> ValidationFailed:
    return ValidationFailed([FieldError(p.field, p.message) for p in exc.problems])


def _doc_row(s, rspo: str, kind: str, school_year: str = "") -> SchoolDocument | None:
    return s.scalar(select(SchoolDocument).where(SchoolDocument.school_id == school_id(s, rspo),
                                                 SchoolDocument.kind == kind,
                                                 SchoolDocument.school_year == school_year))


def _save_row(db: Database, rspo: str, kind: str, school_year: str, content: dict, versions: list | None = None,
              status: str = "draft", template_version: int = 1) -> None:
    with db.session() as s:
        row = _doc_row(s, rspo, kind, school_year)
        if row is None:
            row = SchoolDocument(school_id=school_id(s, rspo), kind=kind, school_year=school_year, revision=0)
            s.add(row)
        row.content = content
        if versions is not None:
            row.versions = versions
        row.status = status
        row.template_version = template_version
        row.revision = (row.revision or 0) + 1


def school_info(db: Database, rspo: str) -> SchoolInfo:
    """The school as the documents print it."""
    from edulab_app.school_profile import SCHOOL_TYPES

    p = get_school(db, rspo)
    return SchoolInfo(rspo=p.rspo, name=p.name, school_type=SCHOOL_TYPES.get(p.school_type, p.school_type),
                      address=address(db, rspo), municipality=p.municipality, county=p.county,
                      voivodeship=p.voivodeship, governing_body=p.governing_body, school_year=p.school_year,
                      pupils_total=p.pupils_total, pupils_migrant=p.pupils_migrant)


def address(db: Database, rspo: str) -> str:
    p = get_school(db, rspo)
    town = " ".join(x for x in (p.postal_code, p.city) if x)
    return ", ".join(x for x in (p.street, town) if x)


def _family_languages(db: Database, rspo: str, available: Sequence[str], default: Sequence[str]) -> tuple[str, ...]:
    """Polish plus the family languages the diagnosis names that have a translation (else ``default``)."""
    try:
        languages = plan_service.school_context(db, rspo).family_languages
    except (NotFound, KeyError, ValueError):
        languages = ()
    wanted = [x for x in languages if x in available and x != "pl"]
    if not wanted:
        return tuple(default)
    if "en" in available and "en" not in wanted:
        wanted.append("en")  # English reaches families whose language has no translation yet
    return ("pl", *wanted)


def _staff_names(db: Database, rspo: str, roles: Sequence[str]) -> tuple[str, ...]:
    from edulab_app.services import staff as staff_service

    return tuple(p.name for p in staff_service.list_staff(db, rspo) if p.role in roles)


# --- Tydzień dla wszystkich ------------------------------------------------------------------------------------


def week_template() -> WeekTemplate:
    return week_domain.load_template()


def _school_year(db: Database, rspo: str, school_year: str | None) -> SchoolYear:
    year = school_year or get_school(db, rspo).school_year
    try:
        parse_school_year(year)
        return incident_service.school_calendar(db, rspo).year(year)
    except ValueError as exc:
        raise ValidationFailed([FieldError("school_year", f"„Rok szkolny”: {exc}.")]) from None
    except KeyError as exc:
        raise ValidationFailed([FieldError("school_year", f"„Rok szkolny”: {exc.args[0]}.")]) from None


def get_week(db: Database, rspo: str, school_year: str | None = None) -> WeekPlan | None:
    year = school_year or get_school(db, rspo).school_year
    with db.session() as s:
        row = _doc_row(s, rspo, WEEK, year)
        content = dict(row.content) if row is not None else None
    return WeekPlan.from_dict(content, week_template()) if content else None


def week_saved_in_plan(db: Database, rspo: str, school_year: str | None = None) -> str | None:
    """When the week was last saved into the plan (ISO timestamp), or None."""
    year = school_year or get_school(db, rspo).school_year
    with db.session() as s:
        row = _doc_row(s, rspo, WEEK, year)
        return (row.content or {}).get("saved_in_plan_at") if row is not None and row.status == "adopted" else None


def proposed_week(db: Database, rspo: str, school_year: str | None = None) -> WeekPlan:
    """The school's stored week, or a proposal: the first full week of lessons in May, the coordinator and
    assistants from the staff list, Polish plus the families' languages, the template's costs."""
    stored = get_week(db, rspo, school_year)
    if stored is not None:
        return stored
    year = _school_year(db, rspo, school_year)
    tpl = week_template()
    dates = week_domain.suggest_dates(year)
    languages = _family_languages(db, rspo, tpl.languages, tpl.default_languages)
    people = {role: names for role, roles in STAFF_FOR_ROLES.items() if (names := _staff_names(db, rspo, roles))}
    profile = get_school(db, rspo)
    return WeekPlan(year.id, dates, people, week_domain.default_costs(tpl, languages, dates[0].year), languages,
                    profile.name, "", profile.email, tpl.version, tpl)


def _stored_cost_overrides(stored: WeekPlan | None, tpl: WeekTemplate, languages: Sequence[str]) -> dict:
    if stored is None:
        return {}
    same_languages = list(dict.fromkeys(["pl", *languages])) == list(stored.languages)
    template_ids = {m.id: m for m in tpl.materials}
    out = {}
    for c in stored.costs:
        material = template_ids.get(c.id)
        if material is not None and material.per_language and not same_languages:
            continue  # priced again for the new languages
        change: dict[str, Any] = {"quantity": c.quantity, "unit_price": c.unit_price, "source": c.source}
        if material is None:
            change.update(title=c.title, category=c.category, note=c.note)
        out[c.id] = change
    return out


def adapt_week(db: Database, rspo: str, school_year: str | None, dates: Sequence[dt.date],
               people: Mapping[str, Sequence[str]] | None = None,
               costs: Mapping[str, Mapping[str, Any]] | None = None, languages: Sequence[str] | None = None, *,
               place: str | None = None, contact: str | None = None) -> WeekPlan:
    """Check and store the school's week (a draft until saved in the plan). Values not given are kept from the
    stored week; ``costs`` changes single lines (see :func:`plans.week_scenario.adapt`)."""
    year = _school_year(db, rspo, school_year)
    tpl = week_template()
    stored = get_week(db, rspo, year.id)
    languages = tuple(languages) if languages is not None else (stored.languages if stored else
                                                               _family_languages(db, rspo, tpl.languages,
                                                                                 tpl.default_languages))
    if people is None:
        people = stored.people if stored else {}
    merged = _stored_cost_overrides(stored, tpl, languages)
    for line_id, change in (costs or {}).items():
        merged[line_id] = {**merged.get(line_id, {}), **dict(change)}
    try:
        week = week_domain.adapt(tpl, year, list(dates), people, merged, languages,
                                 school_name=get_school(db, rspo).name,
                                 place=place if place is not None else (stored.place if stored else ""),
                                 contact=contact if contact is not None else (stored.contact if stored else ""))
    except InputProblems as exc:
        raise _validation(exc) from None
    _save_row(db, rspo, WEEK, year.id, week.to_dict(), status="draft", template_version=tpl.version)
    return week


def _insert_action(db: Database, rspo: str, action: Action) -> Action:
    """Add one action to the school's plan (services.plans has no such call yet; same checks as an edit)."""
    from edulab_app.storage.plan_models import PlanActionRow, PlanRow, StaffMemberRow

    with db.session() as s:
        plan_row = s.scalar(select(PlanRow).where(PlanRow.school_id == school_id(s, rspo)))
        if plan_row is None:
            raise NotFound(f"Szkoła {rspo} nie ma jeszcze planu działania — utwórz go, a potem zapisz w nim tydzień.")
        staff_ids = {f"s{i}" for i in s.scalars(select(StaffMemberRow.id)
                                                .where(StaffMemberRow.school_id == plan_row.school_id))}
        shell = plan_service._plan_shell(plan_row, rspo)
        errors = plan_service.validate_action(shell, action, staff_ids)
        if errors:
            raise ValidationFailed(errors)
        position = len(s.scalars(select(PlanActionRow.id).where(PlanActionRow.plan_id == plan_row.id)).all())
        s.add(PlanActionRow(plan_id=plan_row.id, action_id=action.id, position=position, data=action.to_dict()))
        plan_row.revision += 1
    return action


def save_week_to_plan(db: Database, rspo: str, school_year: str | None = None) -> Action:
    """Create or update the plan's "Tydzień dla wszystkich" action of that school year from the stored week:
    its months, cost lines and indicators (status, actual costs and notes of an existing action are kept)."""
    from plans.catalogue import load_catalogue

    year = school_year or get_school(db, rspo).school_year
    week = get_week(db, rspo, year)
    if week is None:
        raise NotFound(f"Szkoła {rspo} nie ma jeszcze tygodnia na rok {year}. Dostosuj go: "
                       f"edulab documents week adapt {rspo} --start RRRR-MM-DD --coordinator \"…\"")
    info = plan_service.info(db, rspo)
    if info is None:
        raise NotFound(f"Szkoła {rspo} nie ma jeszcze planu działania. Utwórz go (Plan działania → Przegląd → "
                       f"Utwórz plan albo edulab plan generate {rspo}), a potem zapisz w nim tydzień.")
    plan = plan_service.load(db, rspo)
    if year not in plan.school_years:
        raise ValidationFailed([FieldError("school_year", f"„Rok szkolny”: plan szkoły obejmuje lata "
                                                          f"{', '.join(plan.school_years)}, a tydzień jest w roku {year}.")])
    tpl = week_template()
    existing = next((a for a in plan.actions if a.template_id == tpl.action_template and a.school_year == year
                     and a.kind == "activity"), None)
    if existing is not None:
        action = week_domain.to_action(week, existing)
    else:
        action = week_domain.to_action(week, load_catalogue().templates[tpl.action_template])
        if any(a.id == action.id for a in plan.actions):
            raise UserError(f"W planie jest już działanie {action.id} innego rodzaju — nie można dodać tygodnia.")
    if action.responsible_id is None:
        names = set(week.names("coordinator"))
        from edulab_app.services import staff as staff_service

        match = next((p for p in staff_service.list_staff(db, rspo) if p.name in names), None)
        if match is not None:
            action = replace(action, responsible_id=match.id)
    saved = plan_service.update_action(db, rspo, action) if existing is not None else _insert_action(db, rspo, action)
    content = week.to_dict() | {"saved_in_plan_at": dt.datetime.now().isoformat(timespec="seconds"),
                                "action_id": saved.id}
    _save_row(db, rspo, WEEK, year, content, status="adopted", template_version=tpl.version)
    return saved


def week_pdf_bytes(db: Database, rspo: str, school_year: str | None = None) -> bytes:
    from edulab_app import __version__
    from exporters.pdf_documents import render_week_pdf

    week = get_week(db, rspo, school_year) or proposed_week(db, rspo, school_year)
    if not week.names("coordinator"):
        raise ValidationFailed([FieldError("people.coordinator", "„koordynator tygodnia”: podaj co najmniej jedną "
                                                                 "osobę przed wydrukiem.")])
    return render_week_pdf(week, school_info(db, rspo), app_version=__version__)


def week_pdf(db: Database, rspo: str, path: str | Path, school_year: str | None = None) -> Path:
    from exporters.atomic import write_atomic

    return write_atomic(path, week_pdf_bytes(db, rspo, school_year))


# --- Regulamin „Bezpieczna szkoła” ------------------------------------------------------------------------------


def regulation_template() -> reg.RegulationTemplate:
    return reg.load_regulation_template()


def default_regulation_data(db: Database, rspo: str) -> RegulationData:
    """The school's data for a first draft: profile, staff who usually are trusted persons, the languages."""
    from edulab_app.services import staff as staff_service

    tpl = regulation_template()
    p = get_school(db, rspo)
    persons = tuple(TrustedPerson(x.name, x.role if x.role in tpl.trusted_roles else "other", "", x.languages)
                    for x in staff_service.list_staff(db, rspo) if x.role in TRUSTED_ROLES)
    director = next(iter(_staff_names(db, rspo, ("director",))), "")
    return RegulationData(
        school_name=p.name, school_address=address(db, rspo), director=director, governing_body=p.governing_body,
        trusted_persons=persons, report_email=p.email,
        family_languages=_family_languages(db, rspo, tuple(tpl.family), ("pl", "uk", "en")),
        review_months=int(tpl.defaults.get("review_months", 12)), adopted_by=str(tpl.defaults.get("adopted_by", "")))


def _render(db: Database, rspo: str, stored: Mapping[str, Any]) -> RegulationDocument:
    try:
        return reg.from_stored(regulation_template(), stored, incident_service.procedure(db, rspo))
    except InputProblems as exc:
        raise _validation(exc) from None


def get_regulation(db: Database, rspo: str) -> RegulationDocument | None:
    """The school's regulation rendered with today's settings (deadlines), or None before the first draft."""
    with db.session() as s:
        row = _doc_row(s, rspo, REGULATION)
        stored = ({**dict(row.content or {}), "versions": list(row.versions or [])} if row is not None else None)
    return _render(db, rspo, stored) if stored else None


def _store_regulation(db: Database, rspo: str, doc: RegulationDocument) -> RegulationDocument:
    stored = doc.to_dict()
    versions = stored.pop("versions")
    _save_row(db, rspo, REGULATION, "", stored, versions, "adopted" if doc.status == "adopted" else "draft",
              regulation_template().version)
    return doc


def require_regulation(db: Database, rspo: str) -> RegulationDocument:
    doc = get_regulation(db, rspo)
    if doc is None:
        raise NotFound(f"Szkoła {rspo} nie ma jeszcze regulaminu „Bezpieczna szkoła”. Utwórz projekt: "
                       f"edulab documents regulation generate {rspo}")
    return doc


def generate_regulation(db: Database, rspo: str, data: RegulationData | None = None) -> RegulationDocument:
    """Create the draft from the template (or, when it exists, render it again with new ``data`` and the
    deadlines in force, keeping the edited sections and the adopted versions)."""
    current = get_regulation(db, rspo)
    data = data or (current.data if current else default_regulation_data(db, rspo))
    try:
        doc = reg.render(regulation_template(), data, incident_service.procedure(db, rspo),
                         overrides=current.overrides if current else None,
                         versions=current.versions if current else ())
    except InputProblems as exc:
        raise _validation(exc) from None
    return _store_regulation(db, rspo, doc)


def edit_section(db: Database, rspo: str, section_id: str, text: str) -> RegulationDocument:
    try:
        doc = require_regulation(db, rspo).edit(section_id, text)
    except InputProblems as exc:
        raise _validation(exc) from None
    return _store_regulation(db, rspo, doc)


def reset_section(db: Database, rspo: str, section_id: str) -> RegulationDocument:
    return _store_regulation(db, rspo, require_regulation(db, rspo).reset(section_id))


def adopt_regulation(db: Database, rspo: str, adopted_on: dt.date, resolution_no: str, adopted_by: str = "",
                     changes: str = "") -> RegulationDocument:
    """Record the current text as a new version (number, date, resolution, who adopted it, what changed)."""
    doc = require_regulation(db, rspo)
    try:
        doc = doc.adopt(adopted_on, resolution_no, adopted_by or doc.data.adopted_by, changes)
    except InputProblems as exc:
        raise _validation(exc) from None
    return _store_regulation(db, rspo, doc)


def regulation_version(doc: RegulationDocument, number: int | None) -> reg.Version | None:
    if number is None:
        return None
    try:
        return doc.version(number)
    except KeyError:
        known = ", ".join(str(v.number) for v in doc.versions) or "brak"
        raise ValidationFailed([FieldError("version", f"„Wersja”: nie ma wersji {number} (są: {known}).")]) from None


def regulation_diff(db: Database, rspo: str, number: int | None = None) -> str:
    """What changed in the current text since version ``number`` (default: the last adopted one)."""
    doc = require_regulation(db, rspo)
    version = regulation_version(doc, number) or doc.current_version
    if version is None:
        return ""
    return reg.diff(version.sections, doc.sections, f"wersja {version.number}", "bieżący tekst", doc.title)


def regulation_pdf_bytes(db: Database, rspo: str, version: int | None = None, *, draft: bool = False) -> bytes:
    """The adopted ``version`` (default: the current one when the text is adopted, else the draft)."""
    from edulab_app import __version__
    from exporters.pdf_documents import render_regulation_pdf

    doc = require_regulation(db, rspo)
    chosen = regulation_version(doc, version)
    if chosen is None and not draft and doc.status == "adopted":
        chosen = doc.current_version
    return render_regulation_pdf(doc, chosen, app_version=__version__)


def regulation_pdf(db: Database, rspo: str, path: str | Path, version: int | None = None, *,
                   draft: bool = False) -> Path:
    from exporters.atomic import write_atomic

    return write_atomic(path, regulation_pdf_bytes(db, rspo, version, draft=draft))


def family_pdf_bytes(db: Database, rspo: str, langs: Sequence[str] | None = None) -> bytes:
    from exporters.pdf_documents import render_regulation_family_pdf

    doc = require_regulation(db, rspo)
    chosen = tuple(langs or doc.data.family_languages)
    missing = [x for x in chosen if x not in doc.family]
    if missing:
        raise ValidationFailed([FieldError("langs", f"„Języki”: regulamin nie ma wersji dla rodzin w językach "
                                                    f"{', '.join(missing)} (są: {', '.join(doc.family)}). Dodaj je "
                                                    "w danych regulaminu.")])
    return render_regulation_family_pdf(doc, chosen)


def family_pdf(db: Database, rspo: str, path: str | Path, langs: Sequence[str] | None = None) -> Path:
    from exporters.atomic import write_atomic

    return write_atomic(path, family_pdf_bytes(db, rspo, langs))


# --- demo -----------------------------------------------------------------------------------------------------


def seed_demo(db: Database, rspo: str) -> None:
    """The demo school's week (saved in its plan when the plan covers the year) and its regulation, adopted."""
    profile = get_school(db, rspo)
    try:
        year = _school_year(db, rspo, profile.school_year)
    except ValidationFailed:
        return  # the shipped calendar does not reach this school year
    proposal = proposed_week(db, rspo, year.id)
    people = dict(proposal.people)
    people.setdefault("coordinator", ("Koordynator tygodnia (do wyznaczenia)",))
    people.setdefault("student_council", ("Samorząd Uczniowski i jego opiekun",))
    people.setdefault("welcome_committee", ("Komitet powitalny rodziców",))
    adapt_week(db, rspo, year.id, proposal.dates, people, languages=proposal.languages,
               place="sala gimnastyczna i boisko, 16:00–19:00", contact=profile.email or profile.phone)
    if plan_service.exists(db, rspo) and year.id in plan_service.load(db, rspo).school_years:
        save_week_to_plan(db, rspo, year.id)
    data = default_regulation_data(db, rspo)
    data = replace(data, report_box_place="przy wejściu do biblioteki szkolnej, parter",
                   child_protection_ref="zarządzenie dyrektora w sprawie standardów ochrony małoletnich z 14.08.2024",
                   child_protection_person=data.trusted_persons[0].name if data.trusted_persons else "pedagog szkolny",
                   trusted_persons=data.trusted_persons or (TrustedPerson("Pedagog szkolny", "school_pedagogue",
                                                                          "gabinet pedagoga, parter"),))
    doc = generate_regulation(db, rspo, data)
    already = get_regulation(db, rspo)
    if not doc.gaps and not (already is not None and already.status == "adopted"):  # seeding again: kept as adopted
        first = parse_school_year(year.id)
        adopt_regulation(db, rspo, dt.date(first, 10, 14), f"5/{year.id}", data.adopted_by, "pierwsza wersja")
