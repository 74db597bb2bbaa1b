"""The school's staff for the action plan: list, add, change, deactivate; seeded from the diagnosis roster.

The diagnosis asks for roles, not names (``staff_roster``: one row per role with a number of people), so
seeding makes one person per head counted, named by role ("Nauczyciel przedmiotu 3"); the school renames
them if it wants. A person is never deleted, only deactivated, so that plan actions keep a readable name.
Ids handed to the plan domain are ``"s<row id>"``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from edulab_app.errors import FieldError, NotFound, ValidationFailed
from edulab_app.services.schools import school_id
from edulab_app.storage.db import Database
from edulab_app.storage.plan_models import StaffMemberRow
from plans.model import StaffMember
from plans.roles import ROLES, role_label

MAX_WEEKLY_HOURS = 40.0
FIELD_LABELS = {"name": "Imię i nazwisko lub opis", "role": "Rola", "languages": "Języki",
                "weekly_hours_limit": "Limit godzin tygodniowo", "trainings_done": "Ukończone szkolenia"}

# diagnosis staff_roles -> (plan role of each person in turn (the last one repeats), weekly hours limit)
ROSTER_ROLES: dict[str, tuple[tuple[str, ...], float]] = {
    "director": (("director", "deputy_director"), 2),
    "teacher": (("teacher",), 4),
    "early_years": (("form_tutor",), 3),  # an early-years teacher is the form tutor of her class
    "polish_teacher": (("polish_teacher",), 6),
    "pedagogue": (("school_pedagogue", "psychologist", "special_educator"), 4),
    "assistant": (("intercultural_assistant",), 20),
    "librarian": (("librarian",), 3),
    "other": (("office",), 2),
}
ROSTER_NAMES = {"director": "Dyrektor", "deputy_director": "Wicedyrektor", "teacher": "Nauczyciel przedmiotu",
                "form_tutor": "Nauczyciel edukacji wczesnoszkolnej", "polish_teacher": "Nauczyciel języka polskiego",
                "school_pedagogue": "Pedagog", "psychologist": "Psycholog", "special_educator": "Pedagog specjalny",
                "intercultural_assistant": "Asystent międzykulturowy", "librarian": "Bibliotekarz",
                "office": "Pracownik administracji", "coordinator": "Koordynator ds. uczniów z doświadczeniem migracji"}
# diagnosis training choices -> catalogue training ids
TRAINING_IDS = {"intercultural": "intercultural_communication", "polish_l2": "polish_as_second_language",
                "multilingual_class": "multilingual_classroom", "antidiscrimination": "anti_discrimination",
                "trauma": "trauma_and_migration", "assessment": "assessing_migrant_pupils",
                "law": "law_on_foreign_pupils", "child_protection": "child_protection_standards"}


@dataclass(frozen=True)
class Person:
    id: str  # "s<row id>", the id plan actions refer to
    name: str
    role: str
    languages: tuple[str, ...] = ()
    weekly_hours_limit: float = 4.0
    trainings_done: tuple[str, ...] = ()
    active: bool = True

    @property
    def role_label(self) -> str:
        return role_label(self.role)

    def member(self) -> StaffMember:
        return StaffMember(self.id, self.name, self.role, self.languages, self.weekly_hours_limit, self.trainings_done)


@dataclass
class PersonInput:
    name: str
    role: str
    languages: list[str] = field(default_factory=list)
    weekly_hours_limit: float = 4.0
    trainings_done: list[str] = field(default_factory=list)


def _row_id(staff_id: str) -> int:
    if not (isinstance(staff_id, str) and staff_id.startswith("s") and staff_id[1:].isdigit()):
        raise NotFound(f"Nie ma osoby o identyfikatorze „{staff_id}”.")
    return int(staff_id[1:])


def _person(row: StaffMemberRow) -> Person:
    return Person(f"s{row.id}", row.name, row.role, tuple(row.languages or ()), float(row.weekly_hours_limit),
                  tuple(row.trainings_done or ()), bool(row.active))


def validate(data: PersonInput) -> PersonInput:
    """Normalised input, or ValidationFailed naming each bad field."""
    from plans.catalogue import load_catalogue

    errors = []
    name = " ".join(str(data.name or "").split())
    if not name:
        errors.append(FieldError("name", f"„{FIELD_LABELS['name']}”: pole jest wymagane."))
    elif len(name) > 200:
        errors.append(FieldError("name", f"„{FIELD_LABELS['name']}”: najwyżej 200 znaków."))
    if data.role not in ROLES:
        errors.append(FieldError("role", f"„{FIELD_LABELS['role']}”: nieznana rola „{data.role}” "
                                         f"(dozwolone: {', '.join(ROLES)})."))
    try:
        hours = float(data.weekly_hours_limit)
    except (TypeError, ValueError):
        hours = -1.0
    if not (math.isfinite(hours) and 0 <= hours <= MAX_WEEKLY_HOURS):
        errors.append(FieldError("weekly_hours_limit", f"„{FIELD_LABELS['weekly_hours_limit']}”: podaj liczbę "
                                                       f"od 0 do {MAX_WEEKLY_HOURS:g}."))
    languages = [str(x).strip().lower() for x in data.languages if str(x).strip()]
    if any(not (1 < len(x) <= 12) for x in languages):
        errors.append(FieldError("languages", f"„{FIELD_LABELS['languages']}”: podaj kody języków, np. uk, ru, en."))
    trainings = [str(x) for x in data.trainings_done]
    unknown = sorted(set(trainings) - set(load_catalogue().trainings))
    if unknown:
        errors.append(FieldError("trainings_done", f"„{FIELD_LABELS['trainings_done']}”: nieznane szkolenia: "
                                                   f"{', '.join(unknown)}."))
    if errors:
        raise ValidationFailed(errors)
    return PersonInput(name, data.role, list(dict.fromkeys(languages)), round(hours, 2),
                       list(dict.fromkeys(trainings)))


def list_staff(db: Database, rspo: str, include_inactive: bool = False) -> list[Person]:
    with db.session() as s:
        sid = school_id(s, rspo)
        query = select(StaffMemberRow).where(StaffMemberRow.school_id == sid)
        if not include_inactive:
            query = query.where(StaffMemberRow.active.is_(True))
        return [_person(r) for r in s.scalars(query.order_by(StaffMemberRow.id))]


def members(db: Database, rspo: str) -> tuple[StaffMember, ...]:
    """Active staff as the plan domain sees them."""
    return tuple(p.member() for p in list_staff(db, rspo))


def get_person(db: Database, rspo: str, staff_id: str) -> Person:
    with db.session() as s:
        return _person(_row(s, rspo, staff_id))


def _row(session, rspo: str, staff_id: str) -> StaffMemberRow:
    row = session.get(StaffMemberRow, _row_id(staff_id))
    if row is None or row.school_id != school_id(session, rspo):
        raise NotFound(f"Szkoła {rspo} nie ma osoby o identyfikatorze „{staff_id}”.")
    return row


def add_person(db: Database, rspo: str, data: PersonInput) -> Person:
    data = validate(data)
    with db.session() as s:
        row = StaffMemberRow(school_id=school_id(s, rspo), name=data.name, role=data.role, languages=data.languages,
                             weekly_hours_limit=data.weekly_hours_limit, trainings_done=data.trainings_done, active=True)
        s.add(row)
        s.flush()
        return _person(row)


def update_person(db: Database, rspo: str, staff_id: str, data: PersonInput) -> Person:
    data = validate(data)
    with db.session() as s:
        row = _row(s, rspo, staff_id)
        row.name, row.role, row.languages = data.name, data.role, data.languages
        row.weekly_hours_limit, row.trainings_done = data.weekly_hours_limit, data.trainings_done
        s.flush()
        return _person(row)


def set_active(db: Database, rspo: str, staff_id: str, active: bool) -> Person:
    """Deactivate (``active=False``) or bring back a person; people are never deleted."""
    with db.session() as s:
        row = _row(s, rspo, staff_id)
        row.active = active
        s.flush()
        return _person(row)


def deactivate(db: Database, rspo: str, staff_id: str) -> Person:
    return set_active(db, rspo, staff_id, False)


def roster_people(roster: list[dict[str, Any]], has_coordinator: bool = False) -> list[PersonInput]:
    """One person per head counted in the diagnosis ``staff_roster`` rows, named by role and number.

    With ``has_coordinator`` (the diagnosis says the school has a coordinator for pupils with migration
    experience) the first subject teacher, or else the first pedagogue, is made the coordinator.
    """
    people: list[PersonInput] = []
    for entry in roster or ():
        kind = entry.get("role")
        if kind not in ROSTER_ROLES:
            continue
        roles, hours = ROSTER_ROLES[kind]
        count = int(entry.get("people") or 1)
        languages = [x for x in entry.get("languages") or () if x != "other"]
        trainings = [TRAINING_IDS[t] for t in entry.get("trainings") or () if t in TRAINING_IDS]
        for i in range(count):
            role = roles[min(i, len(roles) - 1)]
            people.append(PersonInput("", role, list(languages), hours, list(trainings)))
    if has_coordinator and people:
        pick = next((p for p in people if p.role == "teacher"), None) or next(
            (p for p in people if p.role == "school_pedagogue"), None)
        if pick is not None:
            pick.role, pick.weekly_hours_limit = "coordinator", 4
    numbers: dict[str, int] = {}
    counts = {r: sum(1 for p in people if p.role == r) for r in {p.role for p in people}}
    for p in people:
        numbers[p.role] = numbers.get(p.role, 0) + 1
        base = ROSTER_NAMES.get(p.role, role_label(p.role).capitalize())
        p.name = base if counts[p.role] == 1 else f"{base} {numbers[p.role]}"
    return people


def seed_from_diagnosis(db: Database, rspo: str, diagnosis_answers: dict[str, Any] | None = None) -> int:
    """When the school has no staff yet, create them from the current diagnosis' roster. Returns how many."""
    with db.session() as s:
        sid = school_id(s, rspo)
        if s.scalar(select(func.count()).select_from(StaffMemberRow).where(StaffMemberRow.school_id == sid)):
            return 0
    if diagnosis_answers is None:
        from edulab_app.services import diagnosis

        info = diagnosis.current_diagnosis(db, rspo)
        diagnosis_answers = diagnosis.answers(db, info.id) if info else {}
    people = roster_people(diagnosis_answers.get("staff_roster") or [],
                           diagnosis_answers.get("staff_coordinator") == "yes")
    with db.session() as s:
        sid = school_id(s, rspo)
        s.add_all(StaffMemberRow(school_id=sid, name=p.name, role=p.role, languages=p.languages,
                                 weekly_hours_limit=p.weekly_hours_limit, trainings_done=p.trainings_done, active=True)
                  for p in people)
    return len(people)
