"""The exchange package on the school's side: what it carries to recreate the school, and importing it
into another install (all or nothing, in one transaction).

A package is written by :func:`edulab_app.services.exports.export_package`; with ``school-data.json`` it
carries the profile, the diagnosis answers (free-text items stay at school), the staff and the plan settings,
so that importing it elsewhere and exporting again gives the same content. Pupils, clinic assessments and
incidents never travel: the package holds their aggregate counts only, computed where the records are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from edulab_app.errors import UserError
from edulab_app.school_profile import SchoolProfile, validate_profile
from edulab_app.services import diagnosis, plans, schools, staff
from edulab_app.storage.db import Database
from edulab_app.storage.diagnosis_models import Diagnosis, DiagnosisAnswer
from edulab_app.storage.models import School
from edulab_app.storage.plan_models import PlanActionRow, PlanRow, StaffMemberRow
from plans.staffing import rename_staff

MAX_PACKAGE_FILE = 50 * 1024 * 1024


def _travelling_answers(form, given: dict[str, Any]) -> dict[str, Any]:
    """The answers a package may carry: everything but free text (it may name people)."""
    return {k: v for k, v in sorted(given.items()) if form.has_item(k) and form.item(k).type != "text"}


def aggregates(db: Database, rspo: str, school_year: str) -> dict[str, Any]:
    """Counts of the protected registers (support, assistants, committee, assessments, incidents)."""
    from edulab_app.services import incidents, pupils

    return {"pupils": pupils.aggregate_counts(db, rspo), "incidents": incidents.package_counts(db, rspo, school_year)}


def school_data(db: Database, rspo: str) -> dict[str, Any]:
    profile = schools.get_school(db, rspo)
    found = []
    for info in sorted(diagnosis.list_diagnoses(db, rspo), key=lambda d: d.school_year):
        found.append({"school_year": info.school_year, "form_id": info.form_id, "form_version": info.form_version,
                      "status": info.status,
                      "answers": _travelling_answers(info.form(), diagnosis.answers(db, info.id))})
    people = [{"id": p.id, "name": p.name, "role": p.role, "languages": list(p.languages),
               "weekly_hours_limit": p.weekly_hours_limit, "trainings_done": list(p.trainings_done),
               "active": p.active} for p in staff.list_staff(db, rspo, include_inactive=True)]
    plan_info = plans.info(db, rspo)
    settings = plan_info.settings if plan_info else plans.PlanSettings()
    return {"profile": profile.to_dict(), "diagnoses": found, "staff": people, "plan_settings": settings.to_dict(),
            "plan_diagnosis_year": plan_info.diagnosis_year if plan_info else "",
            "aggregates": aggregates(db, rspo, profile.school_year)}


@dataclass(frozen=True)
class ImportedSchool:
    rspo: str
    name: str
    created: bool  # False: an existing school was replaced
    diagnoses: int
    actions: int
    staff: int


class SchoolExists(UserError):
    """The package's school is already in this install: replacing it must be confirmed."""


def _problem(name: str, text: str) -> UserError:
    return UserError(f"Pakiet „{name}”: {text} Niczego nie zmieniono.")


def _check(contents, name: str) -> tuple[SchoolProfile, list[tuple[dict, Any]]]:
    from forms.answers import validate_answers
    from forms.definition import load_form

    data = contents.document.school_data
    if data is None:
        raise _problem(name, "nie zawiera danych do odtworzenia szkoły (pochodzi ze starszej wersji programu "
                             "albo jest przeznaczony tylko do przeglądu). Pakiety szkół przegląda się w przestrzeni "
                             "eksperta: edulab review import PLIK.")
    profile = SchoolProfile(**data["profile"])
    errors = validate_profile(profile)
    if errors:
        raise _problem(name, "dane szkoły są niepoprawne — " + " ".join(e.message for e in errors))
    checked = []
    for d in data["diagnoses"]:
        try:
            form = load_form(d["form_id"], d["form_version"])
        except (FileNotFoundError, KeyError, ValueError) as exc:
            raise _problem(name, f"diagnoza {d['school_year']} ma nieznaną wersję formularza "
                                 f"{d['form_id']} v{d['form_version']} — zaktualizuj program ({exc}).") from exc
        problems = validate_answers(form, d["answers"])
        if problems:
            first = next(iter(problems.values()))[0]
            raise _problem(name, f"diagnoza {d['school_year']} ma niepoprawne odpowiedzi — {first}")
        checked.append((d, form))
    ids = {p["id"] for p in data["staff"]}
    plan = contents.document.plan
    if plan is not None:
        for action in plan.actions:
            people = {action.responsible_id, *(a.staff_id for a in action.assignments)} - {None, ""}
            unknown = people - ids
            if unknown:
                raise _problem(name, f"działanie „{action.title}” wskazuje osoby spoza kadry szkoły ({', '.join(sorted(unknown))}).")
    return profile, checked


def import_package(db: Database, data: bytes, name: str, *, replace: bool = False) -> ImportedSchool:
    """Recreate the school of a package in this install, or replace it (``replace``). All or nothing."""
    from exporters.package_errors import PackageError
    from exporters.package_read import read_package

    try:
        contents = read_package(data, name)
    except PackageError as exc:
        raise UserError(f"{exc} Niczego nie zmieniono.") from exc
    profile, checked = _check(contents, name)
    sd = contents.document.school_data
    plan = contents.document.plan
    with db.session() as s:
        school = s.scalar(select(School).where(School.rspo == profile.rspo))
        created = school is None
        if school is not None and not replace:
            raise SchoolExists(f"Pakiet „{name}”: szkoła {profile.rspo} ({school.name}) już jest w tym programie. Aby zastąpić jej "
                                 "diagnozę, kadrę i plan danymi z pakietu, potwierdź: edulab import --replace PLIK "
                                 "(uczniowie, komitet i zgłoszenia zostają bez zmian). Niczego nie zmieniono.")
        if school is None:
            school = School(**profile.to_dict())
            s.add(school)
        else:
            for key, value in profile.to_dict().items():
                setattr(school, key, value)
        s.flush()
        # diagnoses of the package's years are replaced; the oldest first, each based on the one before
        years = {d["school_year"] for d, _ in checked}
        s.execute(delete(Diagnosis).where(Diagnosis.school_id == school.id, Diagnosis.school_year.in_(years)))
        previous = None
        for d, form in sorted(checked, key=lambda x: x[0]["school_year"]):
            row = Diagnosis(school_id=school.id, school_year=d["school_year"], form_id=form.form_id,
                            form_version=form.version, status=d["status"],
                            based_on_id=previous.id if previous is not None else None,
                            finished_at=dt.datetime.now() if d["status"] == "finished" else None)
            s.add(row)
            s.flush()
            s.add_all(DiagnosisAnswer(diagnosis_id=row.id, item_id=k, value=v) for k, v in d["answers"].items())
            previous = row
        # staff keep their ids (the plan refers to them) where this database has them free
        s.execute(delete(StaffMemberRow).where(StaffMemberRow.school_id == school.id))
        s.flush()
        renamed: dict[str, str] = {}
        for p in sd["staff"]:
            wanted = int(p["id"][1:])
            row = StaffMemberRow(school_id=school.id, name=p["name"], role=p["role"], languages=list(p["languages"]),
                                 weekly_hours_limit=p["weekly_hours_limit"], trainings_done=list(p["trainings_done"]),
                                 active=p["active"])
            if s.get(StaffMemberRow, wanted) is None:
                row.id = wanted
            s.add(row)
            s.flush()
            if f"s{row.id}" != p["id"]:
                renamed[p["id"]] = f"s{row.id}"
        s.execute(delete(PlanRow).where(PlanRow.school_id == school.id))
        s.flush()
        if plan is not None:
            if renamed:
                plan = rename_staff(plan, renamed)
            row = PlanRow(school_id=school.id, start_year=plan.start_year, years=plan.years, region=plan.region,
                          format_version=plan.format_version, generated_from=list(plan.generated_from),
                          diagnosis_year=sd["plan_diagnosis_year"], settings=sd["plan_settings"], revision=1)
            s.add(row)
            s.flush()
            s.add_all(PlanActionRow(plan_id=row.id, action_id=a.id, position=i, data=a.to_dict())
                      for i, a in enumerate(plan.actions))
        return ImportedSchool(profile.rspo, profile.name, created, len(checked),
                              len(plan.actions) if plan else 0, len(sd["staff"]))


def read_file(path, limit: int = MAX_PACKAGE_FILE) -> bytes:
    """The bytes of a file to import, refusing what cannot be one (too big, unreadable) with a message."""
    from pathlib import Path

    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise UserError(f"Plik {path} ma {size // (1024 * 1024)} MB — to za dużo jak na pakiet EDUlab.")
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"Nie można odczytać pliku {path}: {exc.strerror or exc}.") from exc
