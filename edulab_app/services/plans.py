"""The multi-year action plan as use cases: generate from the diagnosis, load, edit one action at a time,
track implementation, check against the rules, and the school's plan settings (budget ceilings, rates).

One current plan per school. Every edit is one transaction that rewrites one action row (``Action.to_dict``)
and bumps the plan's revision, so what the window shows as saved is on disk; undo in the window is the
same call with the previous action.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, select

from edulab_app.errors import FieldError, NotFound, UserError, ValidationFailed
from edulab_app.services import staff as staff_service
from edulab_app.services.schools import get_school, school_id
from edulab_app.storage.db import Database
from edulab_app.storage.plan_models import PlanActionRow, PlanRow, StaffMemberRow
from forms.result import DiagnosisResult
from plans.calendar import month_index, parse_school_year, school_year_id
from plans.catalogue import COST_CATEGORIES, FUNDING_SOURCES
from plans.checks import Finding
from plans.errors import PlanError
from plans.model import STATUSES, Action, Plan, SchoolContext
from plans.model import ym_to_str as _ym

MAX_YEARS = 3
FIELD_LABELS = {
    "title": "Nazwa działania", "start": "Początek", "end": "Koniec", "responsible_id": "Osoba odpowiedzialna",
    "assignments": "Osoby zaangażowane", "cost_lines": "Koszty planowane", "indicators": "Wskaźniki",
    "status": "Status", "actual_start": "Faktyczny początek", "actual_end": "Faktyczny koniec",
    "actual_costs": "Koszty poniesione", "quantities.pupils": "Liczba uczniów", "quantities.groups": "Liczba grup",
    "quantities.hours_per_week": "Godziny tygodniowo", "quantities.units": "Liczba jednostek",
    "quantities.participants": "Liczba uczestników", "evidence_notes": "Notatki o realizacji",
    "budget_ceilings": "Limity budżetu", "rate_overrides": "Stawki szkoły",
}


@dataclass(frozen=True)
class BudgetCeiling:
    school_year: str
    source: str
    amount_pln: float


@dataclass(frozen=True)
class PlanSettings:
    budget_ceilings: tuple[BudgetCeiling, ...] = ()
    rate_overrides: dict[str, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"budget_ceilings": [vars(c).copy() for c in self.budget_ceilings],
                "rate_overrides": dict(self.rate_overrides or {})}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> PlanSettings:
        d = d or {}
        return cls(tuple(BudgetCeiling(c["school_year"], c["source"], float(c["amount_pln"]))
                         for c in d.get("budget_ceilings", ())),
                   {k: float(v) for k, v in (d.get("rate_overrides") or {}).items()})


@dataclass(frozen=True)
class PlanInfo:
    rspo: str
    start_year: str
    years: int
    revision: int
    diagnosis_year: str
    generated_from: tuple[str, ...]
    settings: PlanSettings
    created_at: dt.datetime
    updated_at: dt.datetime


def pln(amount: float, decimals: int = 2) -> str:
    """Polish money: "12 345,67 zł" (no-break space between thousands)."""
    text = f"{amount:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")
    return f"{text} zł"


def _label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def _bad(field: str, problem: str) -> FieldError:
    return FieldError(field, f"„{_label(field)}”: {problem}")


# -- reading -----------------------------------------------------------------------------------------------
def _plan_row(session, rspo: str, required: bool = True) -> PlanRow | None:
    row = session.scalar(select(PlanRow).where(PlanRow.school_id == school_id(session, rspo)))
    if row is None and required:
        raise NotFound(f"Szkoła {rspo} nie ma jeszcze planu działania. Utwórz go: edulab plan generate {rspo} "
                       "albo w oknie programu (Plan działania → Przegląd → Utwórz plan).")
    return row


def _info(row: PlanRow, rspo: str) -> PlanInfo:
    return PlanInfo(rspo, row.start_year, row.years, row.revision, row.diagnosis_year, tuple(row.generated_from or ()),
                    PlanSettings.from_dict(row.settings), row.created_at, row.updated_at)


def info(db: Database, rspo: str) -> PlanInfo | None:
    with db.session() as s:
        row = _plan_row(s, rspo, required=False)
        return _info(row, rspo) if row is not None else None


def exists(db: Database, rspo: str) -> bool:
    return info(db, rspo) is not None


def load(db: Database, rspo: str) -> Plan:
    with db.session() as s:
        row = _plan_row(s, rspo)
        data = s.scalars(select(PlanActionRow.data).where(PlanActionRow.plan_id == row.id)
                         .order_by(PlanActionRow.position, PlanActionRow.id)).all()
        return Plan(school_rspo=rspo, start_year=row.start_year, years=row.years,
                    actions=tuple(Action.from_dict(d) for d in data), generated_from=tuple(row.generated_from or ()),
                    region=row.region, format_version=row.format_version)


def diagnosis_result(db: Database, rspo: str, school_year: str | None = None) -> DiagnosisResult | None:
    """The scored diagnosis the plan is built on (the newest one up to ``school_year``), or None."""
    from edulab_app.services import diagnosis

    try:
        return diagnosis.report(db, rspo, school_year or None).result
    except NotFound:
        return None


def _region(voivodeship: str) -> str:
    from resources import resource_path

    return voivodeship if resource_path("calendars", f"{voivodeship}.yaml").exists() else "pomorskie"


def school_context(db: Database, rspo: str, diagnosis_year: str | None = None) -> SchoolContext:
    """The school as the plan sees it: profile, the diagnosis answers (pupils, languages), the active staff
    and the plan settings (budget ceilings, rate overrides)."""
    from edulab_app.school_profile import SCHOOL_TYPES
    from edulab_app.services import diagnosis

    profile = get_school(db, rspo)
    found = [d for d in diagnosis.list_diagnoses(db, rspo) if not diagnosis_year or d.school_year <= diagnosis_year]
    given = diagnosis.answers(db, found[0].id) if found else {}

    def count(key: str, default: int = 0) -> int:
        value = given.get(key)
        return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default

    migrant = count("pupils_migrant_total", profile.pupils_migrant)
    bands = {band: count(key) for band, key in (("1-3", "pupils_grades_1_3"), ("4-6", "pupils_grades_4_6"),
                                                ("7-8", "pupils_grades_7_8"), ("secondary", "pupils_secondary"))
             if count(key) > 0}
    languages = tuple(x for x in given.get("family_languages") or () if x not in ("pl", "other"))
    current = info(db, rspo)
    settings = current.settings if current else PlanSettings()
    return SchoolContext(
        rspo=rspo, name=profile.name, school_type=SCHOOL_TYPES.get(profile.school_type, profile.school_type),
        pupils_total=count("pupils_total", profile.pupils_total), pupils_migrant=migrant,
        pupils_needing_polish=min(count("pupils_needing_polish"), migrant),
        pupils_ukrainian=min(count("pupils_ukrainian"), migrant), pupils_by_grade_band=bands,
        family_languages=languages, arrivals_per_year=count("arrivals_this_year"),
        staff=staff_service.members(db, rspo),
        budget_ceilings={(c.school_year, c.source): c.amount_pln for c in settings.budget_ceilings},
        rate_overrides=dict(settings.rate_overrides or {}), region=_region(profile.voivodeship),
    )


# -- generating --------------------------------------------------------------------------------------------
def _check_period(start_year: str, years: int, region: str) -> None:
    from plans.calendar import load_calendar

    errors = []
    try:
        first = parse_school_year(start_year)
    except ValueError as exc:
        raise ValidationFailed([_bad("start", f"{exc}.")]) from None
    if not 1 <= years <= MAX_YEARS:
        errors.append(FieldError("years", f"„Liczba lat”: plan obejmuje od 1 do {MAX_YEARS} lat szkolnych."))
    else:
        calendar = load_calendar(region)
        missing = [school_year_id(first + i) for i in range(years) if school_year_id(first + i) not in calendar.years]
        if missing:
            errors.append(FieldError("start", f"„Początek planu”: kalendarz szkolny ({region}) nie obejmuje lat "
                                              f"{', '.join(missing)}; dostępne lata: {', '.join(calendar.years)}."))
    if errors:
        raise ValidationFailed(errors)


def generate(db: Database, rspo: str, start_year: str | None = None, years: int = MAX_YEARS, *, force: bool = False,
             result: DiagnosisResult | None = None, context: SchoolContext | None = None,
             as_of: dt.date | None = None) -> Plan:
    """Generate the school's plan from its current diagnosis (priorities), profile and staff, and store it.

    Without ``force`` an existing plan is kept and UserError explains how to replace it (its tracking data
    would be lost). ``result``/``context`` replace the stored diagnosis and school (benchmarks, previews).
    When the school has no staff, they are first created from the diagnosis roster. Nothing is scheduled
    before the month of ``as_of`` (default today): a plan made in November starts in November.
    """
    from plans.generator import generate_plan

    profile = get_school(db, rspo)
    start_year = start_year or profile.school_year
    current = info(db, rspo)
    if current is not None and not force:
        raise UserError(f"Szkoła {rspo} ma już plan działania ({current.start_year}, lat: {current.years}). "
                        "Nowy plan zastąpi obecny razem z zapisaną realizacją — potwierdź: "
                        f"edulab plan generate {rspo} --force")
    diagnosis_year = ""
    if result is None:
        from edulab_app.services import diagnosis

        found = diagnosis.list_diagnoses(db, rspo)
        if not found:
            raise NotFound(f"Szkoła {rspo} nie ma jeszcze diagnozy, a plan wynika z jej priorytetów. "
                           "Najpierw wypełnij diagnozę (Diagnoza w oknie programu albo edulab diagnosis start).")
        diagnosis_year = found[0].school_year
        result = diagnosis.report(db, rspo, diagnosis_year).result
        staff_service.seed_from_diagnosis(db, rspo, diagnosis.answers(db, found[0].id))
    ctx = context or school_context(db, rspo, diagnosis_year or None)
    _check_period(start_year, years, ctx.region)
    try:
        as_of = as_of or dt.date.today()
        plan = generate_plan(result, ctx, start_year, years, not_before=(as_of.year, as_of.month))
    except (KeyError, ValueError, PlanError) as exc:
        raise UserError(f"Nie można utworzyć planu: {exc}") from exc
    _store(db, rspo, plan, diagnosis_year)
    return plan


def _store(db: Database, rspo: str, plan: Plan, diagnosis_year: str) -> None:
    with db.session() as s:
        row = _plan_row(s, rspo, required=False)
        if row is None:
            row = PlanRow(school_id=school_id(s, rspo), settings={}, revision=0)
            s.add(row)
        else:
            s.execute(delete(PlanActionRow).where(PlanActionRow.plan_id == row.id))
            row.created_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        row.start_year, row.years, row.region = plan.start_year, plan.years, plan.region
        row.format_version, row.generated_from, row.diagnosis_year = plan.format_version, list(plan.generated_from), \
            diagnosis_year
        row.revision = (row.revision or 0) + 1
        s.flush()
        s.add_all(PlanActionRow(plan_id=row.id, action_id=a.id, position=i, data=a.to_dict())
                  for i, a in enumerate(plan.actions))


# -- editing -----------------------------------------------------------------------------------------------
def _finite(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def validate_action(plan: Plan, action: Action, staff_ids: set[str]) -> list[FieldError]:
    """Problems that make an edit impossible to save (rule findings are not these: see ``check``)."""
    errors: list[FieldError] = []
    if not action.title.strip():
        errors.append(_bad("title", "pole jest wymagane."))
    lo, hi = month_index(plan.horizon_start), month_index(plan.horizon_end)
    h_text = f"{plan.horizon_start[1]:02d}.{plan.horizon_start[0]}–{plan.horizon_end[1]:02d}.{plan.horizon_end[0]}"
    for name, ym in (("start", action.start), ("end", action.end)):
        if not lo <= month_index(ym) <= hi:
            errors.append(_bad(name, f"miesiąc {ym[1]:02d}.{ym[0]} wykracza poza okres planu ({h_text})."))
    if month_index(action.end) < month_index(action.start):
        errors.append(_bad("end", "koniec nie może być wcześniejszy niż początek."))
    if action.responsible_id is not None and action.responsible_id not in staff_ids:
        errors.append(_bad("responsible_id", f"nie ma takiej osoby w kadrze („{action.responsible_id}”)."))
    for i, a in enumerate(action.assignments, 1):
        if a.staff_id not in staff_ids:
            errors.append(_bad("assignments", f"wiersz {i}: nie ma takiej osoby w kadrze („{a.staff_id}”)."))
        elif not (_finite(a.hours_per_week) and 0 < a.hours_per_week <= staff_service.MAX_WEEKLY_HOURS):
            errors.append(_bad("assignments", f"wiersz {i}: godziny tygodniowo mają być liczbą od 0 do "
                                              f"{staff_service.MAX_WEEKLY_HOURS:g}."))
    if len({a.staff_id for a in action.assignments}) != len(action.assignments):
        errors.append(_bad("assignments", "ta sama osoba jest wpisana więcej niż raz."))
    for name, lines in (("cost_lines", action.cost_lines), ("actual_costs", action.actual_costs)):
        for i, c in enumerate(lines, 1):
            if c.category not in COST_CATEGORIES:
                errors.append(_bad(name, f"wiersz {i}: nieznana kategoria „{c.category}”."))
            if c.source not in FUNDING_SOURCES:
                errors.append(_bad(name, f"wiersz {i}: nieznane źródło finansowania „{c.source}”."))
            if name == "cost_lines" and c.school_year not in plan.school_years:
                errors.append(_bad(name, f"wiersz {i}: rok {c.school_year} jest poza okresem planu "
                                         f"({', '.join(plan.school_years)})."))
            if not (_finite(c.amount_pln) and 0 <= c.amount_pln <= 100_000_000):
                errors.append(_bad(name, f"wiersz {i}: kwota ma być liczbą nieujemną."))
    for i, ind in enumerate(action.indicators, 1):
        if not ind.text.strip():
            errors.append(_bad("indicators", f"wiersz {i}: opis wskaźnika jest wymagany."))
    q = action.quantities
    for name in ("pupils", "groups", "units", "participants", "hours_per_week"):
        value = getattr(q, name)
        if not (_finite(value) and 0 <= value <= 100_000):
            errors.append(_bad(f"quantities.{name}", "podaj liczbę nieujemną."))
    if action.status not in STATUSES:
        errors.append(_bad("status", f"nieznany status „{action.status}”."))
    if action.actual_start and action.actual_end and action.actual_end < action.actual_start:
        errors.append(_bad("actual_end", "faktyczny koniec nie może być wcześniejszy niż faktyczny początek."))
    return errors


def _plan_shell(row: PlanRow, rspo: str) -> Plan:
    return Plan(rspo, row.start_year, row.years, region=row.region, format_version=row.format_version)


def update_action(db: Database, rspo: str, action: Action) -> Action:
    """Save one edited action (one transaction, one row). Raises ValidationFailed naming the field."""
    with db.session() as s:
        plan_row = _plan_row(s, rspo)
        row = s.scalar(select(PlanActionRow).where(PlanActionRow.plan_id == plan_row.id,
                                                   PlanActionRow.action_id == action.id))
        if row is None:
            raise NotFound(f"W planie szkoły {rspo} nie ma działania „{action.id}”.")
        staff_ids = {f"s{i}" for i in s.scalars(select(StaffMemberRow.id)
                                                .where(StaffMemberRow.school_id == plan_row.school_id))}
        old = Action.from_dict(row.data)
        if (action.kind, action.template_id) != (old.kind, old.template_id):
            raise UserError(f"„{old.title}”: rodzaju działania nie można zmienić.")
        errors = validate_action(_plan_shell(plan_row, rspo), action, staff_ids)
        if errors:
            raise ValidationFailed(errors)
        row.data = action.to_dict()
        plan_row.revision += 1
    return action


def get_action(db: Database, rspo: str, action_id: str) -> Action:
    with db.session() as s:
        plan_row = _plan_row(s, rspo)
        data = s.scalar(select(PlanActionRow.data).where(PlanActionRow.plan_id == plan_row.id,
                                                         PlanActionRow.action_id == action_id))
        if data is None:
            raise NotFound(f"W planie szkoły {rspo} nie ma działania „{action_id}”. Identyfikatory działań "
                           f"pokazuje: edulab plan show {rspo}")
        return Action.from_dict(data)


def _apply(db: Database, rspo: str, action_id: str, change) -> Action:
    """Apply a plans.tracking function to one action and save the result."""
    action = get_action(db, rspo, action_id)
    current = info(db, rspo)
    shell = Plan(rspo, current.start_year, current.years, actions=(action,))
    try:
        changed = change(shell).action(action_id)
    except PlanError as exc:
        raise UserError(str(exc)) from exc
    return update_action(db, rspo, changed)


def set_status(db: Database, rspo: str, action_id: str, status: str, on: dt.date | None = None,
               note: str | None = None) -> Action:
    from plans.tracking import set_status as domain_set_status

    if status not in STATUSES:
        raise ValidationFailed([_bad("status", f"nieznany status „{status}” (dozwolone: {', '.join(STATUSES)}).")])
    return _apply(db, rspo, action_id, lambda p: domain_set_status(p, action_id, status, on or dt.date.today(), note))


def record_actual_cost(db: Database, rspo: str, action_id: str, amount_pln: float, category: str, source: str,
                       on: dt.date | None = None, note: str = "") -> Action:
    from plans.tracking import record_actual_cost as domain_record

    if not _finite(amount_pln):
        raise ValidationFailed([_bad("actual_costs", "kwota ma być liczbą.")])
    return _apply(db, rspo, action_id,
                  lambda p: domain_record(p, action_id, category, source, amount_pln, on or dt.date.today(), note))


def add_evidence_note(db: Database, rspo: str, action_id: str, note: str, on: dt.date | None = None) -> Action:
    note = " ".join(note.split())
    if not note:
        raise ValidationFailed([_bad("evidence_notes", "notatka jest pusta.")])
    action = get_action(db, rspo, action_id)
    day = (on or dt.date.today()).isoformat()
    return update_action(db, rspo, replace(action, evidence_notes=action.evidence_notes + (f"{day}: {note}",)))


def accept_finding(db: Database, rspo: str, action_id: str, finding_id: str) -> Action:
    from plans.tracking import accept_finding as domain_accept

    return _apply(db, rspo, action_id, lambda p: domain_accept(p, action_id, finding_id))


# -- checking ----------------------------------------------------------------------------------------------
def check(db: Database, rspo: str, today: dt.date | None = None, *, plan: Plan | None = None,
          context: SchoolContext | None = None, result: DiagnosisResult | None = None) -> list[Finding]:
    """Rule findings of the school's plan (errors first). People who left (deactivated) are named."""
    from plans.checks import check_plan

    current = info(db, rspo)
    if current is None:
        raise NotFound(f"Szkoła {rspo} nie ma jeszcze planu działania. Utwórz go: edulab plan generate {rspo}")
    plan = plan or load(db, rspo)
    ctx = context or school_context(db, rspo, current.diagnosis_year or None)
    if result is None:
        result = diagnosis_result(db, rspo, current.diagnosis_year or None)
    found = check_plan(plan, ctx, result, today or dt.date.today())
    return name_people(db, rspo, found)


def name_people(db: Database, rspo: str, findings: list[Finding]) -> list[Finding]:
    """Replace staff ids in ``staff.unknown`` messages with the person's name when the person was deactivated."""
    unknown = [f for f in findings if f.code == "staff.unknown"]
    if not unknown:
        return findings
    names = {p.id: p.name for p in staff_service.list_staff(db, rspo, include_inactive=True) if not p.active}
    out = []
    for f in findings:
        if f.code == "staff.unknown":
            message = f.message
            for sid, name in names.items():
                message = message.replace(f"„{sid}”", f"„{name}” (osoba nieaktywna)")
            f = replace(f, message=message)
        out.append(f)
    return out


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


# -- settings ----------------------------------------------------------------------------------------------
def get_settings(db: Database, rspo: str) -> PlanSettings:
    current = info(db, rspo)
    return current.settings if current else PlanSettings()


def set_settings(db: Database, rspo: str, settings: PlanSettings) -> PlanSettings:
    """Budget ceilings per school year and source, and the school's own reference rates. Rates apply to costs
    when the plan is generated next; ceilings apply to the checks at once."""
    from plans.rates import load_rates

    errors = []
    with db.session() as s:
        row = _plan_row(s, rspo)
        years = _plan_shell(row, rspo).school_years
        seen = set()
        for i, c in enumerate(settings.budget_ceilings, 1):
            if c.school_year not in years:
                errors.append(_bad("budget_ceilings", f"wiersz {i}: rok {c.school_year} jest poza okresem planu."))
            if c.source not in FUNDING_SOURCES:
                errors.append(_bad("budget_ceilings", f"wiersz {i}: nieznane źródło „{c.source}”."))
            if not (_finite(c.amount_pln) and c.amount_pln >= 0):
                errors.append(_bad("budget_ceilings", f"wiersz {i}: limit ma być kwotą nieujemną."))
            if (c.school_year, c.source) in seen:
                errors.append(_bad("budget_ceilings", f"wiersz {i}: limit dla tego roku i źródła podano dwa razy."))
            seen.add((c.school_year, c.source))
        known = load_rates().known_keys()
        for key, value in (settings.rate_overrides or {}).items():
            if key not in known:
                errors.append(_bad("rate_overrides", f"nieznana stawka „{key}”."))
            elif not (_finite(value) and value > 0):
                errors.append(_bad("rate_overrides", f"stawka „{key}” ma być liczbą dodatnią."))
        if errors:
            raise ValidationFailed(errors)
        clean = PlanSettings(tuple(BudgetCeiling(c.school_year, c.source, round(float(c.amount_pln), 2))
                                   for c in sorted(settings.budget_ceilings, key=lambda c: (c.school_year, c.source))),
                             {k: float(v) for k, v in sorted((settings.rate_overrides or {}).items())})
        row.settings = clean.to_dict()
        row.revision += 1
    return clean


# -- demo --------------------------------------------------------------------------------------------------
DEMO_NOTES = {
    "migration_coordinator": "Zarządzenie dyrektora o powołaniu koordynatora; zakres zadań w teczce zespołu.",
    "welcome_committee_setup": "Skład komitetu powitalnego ustalony na zebraniu rady rodziców.",
    "family_information_pack": "Pakiet informacyjny w 4 językach na stronie szkoły i w sekretariacie.",
    "office_multilingual_reception": "Karta przyjęcia ucznia w wersji dwujęzycznej, tabliczki w sekretariacie.",
    "additional_polish_lessons": "Dziennik zajęć dodatkowych; frekwencja we wrześniu 87%.",
    "intercultural_assistant": "Umowy z asystentkami od 1 września; wniosek do programu „Przyjazna szkoła”.",
    "ppp_cooperation_agreement": "Porozumienie z PPP nr 3 podpisane 24 września.",
    "child_protection_review": "Przegląd standardów na radzie pedagogicznej, protokół nr 2.",
}


def seed_demo(db: Database, rspo: str) -> None:
    """The demo school's plan: generated from its current diagnosis from its school year, with the
    implementation so far (statuses, actual dates and costs, evidence notes) up to today."""
    from plans.calendar import load_calendar

    profile = get_school(db, rspo)
    first = parse_school_year(profile.school_year)
    known = load_calendar(_region(profile.voivodeship)).years
    years = next((n for n in range(MAX_YEARS, 0, -1)
                  if all(school_year_id(first + i) in known for i in range(n))), 0)
    if years == 0:  # the shipped school calendar does not reach this school year yet
        return
    # made in June before the school year, so that the demo shows an implementation under way
    plan = generate(db, rspo, profile.school_year, years, force=True, as_of=dt.date(first, 6, 1))
    today = dt.date.today()
    now = (today.year, today.month)
    year_start = dt.date(parse_school_year(plan.start_year), 9, 1)
    for n, a in enumerate(plan.actions):
        if month_index(a.start) >= month_index(now):
            continue
        begun = dt.date(a.start[0], a.start[1], 1 + n % 9)
        done = month_index(a.end) < month_index(now)
        note = DEMO_NOTES.get(a.template_id)
        set_status(db, rspo, a.id, "in_progress", begun, None if done else note)
        if done:
            set_status(db, rspo, a.id, "done", max(_month_end(a.end) - dt.timedelta(days=n % 6), begun), note)
        elapsed = (month_index(now) - month_index(a.start)) / max(1, month_index(a.end) - month_index(a.start) + 1)
        share = 1.0 if done else min(1.0, elapsed)
        factor = (0.92, 1.0, 1.06, 0.97)[n % 4]
        paid = min(today, max(begun, year_start, _month_end(a.end) if done else today))
        for c in a.cost_lines:
            amount = round(c.amount_pln * share * factor, -1)
            if c.school_year == plan.start_year and amount > 0:
                record_actual_cost(db, rspo, a.id, amount, c.category, c.source, paid,
                                   "faktura / lista płac (dane demonstracyjne)")
    # the governing body's and the school's budgets for the first year, with a margin of about 10%
    by_source: dict[str, float] = {}
    for a in plan.actions:
        for c in a.cost_lines:
            if c.school_year == plan.start_year:
                by_source[c.source] = by_source.get(c.source, 0.0) + c.amount_pln
    ceilings = tuple(BudgetCeiling(plan.start_year, src, math.ceil(v * 1.1 / 1000) * 1000)
                     for src, v in sorted(by_source.items()) if src in ("school_budget", "governing_body"))
    set_settings(db, rspo, PlanSettings(ceilings, {}))


def _month_end(ym: tuple[int, int]) -> dt.date:
    import calendar

    return dt.date(ym[0], ym[1], calendar.monthrange(*ym)[1])


def action_label(action: Action) -> str:
    return f"{action.title} ({_ym(action.start)} – {_ym(action.end)})"
