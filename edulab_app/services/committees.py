"""The welcome committee (komitet powitalny) of a school year: members, meetings, families welcomed.

Members' names (adults and pupil ambassadors) and meeting topics and notes are stored only encrypted; a
welcomed family is named only by a pseudonymous code (``R-XXXXXXXX``) and carries a checklist — first meeting,
school tour, buddy, information pack in the family's language, follow-up after a month — with due and done
dates (:data:`plans.support.WELCOME_STEPS`); overdue steps are listed.

Reading needs ``READ_PUPILS`` (audited); adding members ``CHANGE_PUPILS``; recording meetings, families and
steps ``RECORD_SUPPORT``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from edulab_app.errors import FieldError, NotFound, ValidationFailed
from edulab_app.security import audit, pseudonym
from edulab_app.security.roles import Permission
from edulab_app.security.session import Session
from edulab_app.services.assistants import clean_languages, clean_name
from edulab_app.services.schools import school_id
from edulab_app.storage.db import Database
from edulab_app.storage.models import School
from edulab_app.storage.tracking_models import (
    CommitteeMeeting,
    CommitteeMember,
    WelcomeCommittee,
    WelcomedFamily,
    WelcomeStepRow,
    seal,
    unseal,
)
from plans.support import (
    COMMITTEE_ROLE_LABELS,
    COMMITTEE_ROLES,
    WELCOME_STEPS,
    WelcomeStep,
    default_steps,
    step_order,
)


@dataclass(frozen=True)
class MemberInfo:
    id: int
    role: str
    name: str
    languages: tuple[str, ...]
    active: bool = True

    @property
    def role_label(self) -> str:
        return COMMITTEE_ROLE_LABELS.get(self.role, self.role)

    def to_dict(self) -> dict:
        return {"id": self.id, "role": self.role, "role_label": self.role_label, "name": self.name,
                "languages": list(self.languages), "active": self.active}


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    held_on: dt.date
    topic: str
    notes: str

    def to_dict(self) -> dict:
        return {"id": self.id, "held_on": self.held_on.isoformat(), "topic": self.topic, "notes": self.notes}


@dataclass(frozen=True)
class FamilyInfo:
    id: int
    code: str
    language: str
    arrival_date: dt.date
    steps: tuple[WelcomeStep, ...]
    note: str = ""

    def overdue(self, today: dt.date) -> list[WelcomeStep]:
        return [s for s in self.steps if s.overdue(today)]

    def to_dict(self, today: dt.date | None = None) -> dict:
        today = today or dt.date.today()
        return {"id": self.id, "code": self.code, "language": self.language,
                "arrival_date": self.arrival_date.isoformat(), "note": self.note,
                "steps": [{"step": s.step, "label": s.label, "due_on": s.due_on.isoformat(),
                           "done_on": s.done_on.isoformat() if s.done_on else None, "overdue": s.overdue(today)}
                          for s in self.steps]}


@dataclass(frozen=True)
class CommitteeView:
    school_year: str
    members: tuple[MemberInfo, ...] = ()
    meetings: tuple[MeetingInfo, ...] = ()
    families: tuple[FamilyInfo, ...] = field(default=())

    def overdue(self, today: dt.date) -> list[tuple[str, WelcomeStep]]:
        return sorted(((f.code, s) for f in self.families for s in f.overdue(today)),
                      key=lambda x: (x[1].due_on, x[0], step_order(x[1].step)))

    def to_dict(self, today: dt.date | None = None) -> dict:
        today = today or dt.date.today()
        return {"school_year": self.school_year, "members": [m.to_dict() for m in self.members],
                "meetings": [m.to_dict() for m in self.meetings],
                "families": [f.to_dict(today) for f in self.families],
                "overdue": [{"family": code, "step": s.step, "label": s.label, "due_on": s.due_on.isoformat()}
                            for code, s in self.overdue(today)]}


def _committee(s, rspo: str, school_year: str | None, create: bool) -> WelcomeCommittee | None:
    school_pk = school_id(s, rspo)
    year = school_year or s.get(School, school_pk).school_year
    row = s.scalar(select(WelcomeCommittee).where(WelcomeCommittee.school_id == school_pk,
                                                  WelcomeCommittee.school_year == year))
    if row is None and create:
        row = WelcomeCommittee(school_id=school_pk, school_year=year)
        s.add(row)
        s.flush()
    return row


def _year_of(s, rspo: str, school_year: str | None) -> str:
    return school_year or s.get(School, school_id(s, rspo)).school_year


def _steps(s, family_id: int) -> tuple[WelcomeStep, ...]:
    rows = s.scalars(select(WelcomeStepRow).where(WelcomeStepRow.family_id == family_id)).all()
    return tuple(sorted((WelcomeStep(r.step, r.due_on, r.done_on) for r in rows), key=lambda st: step_order(st.step)))


def view(db: Database, session: Session, rspo: str, school_year: str | None = None) -> CommitteeView:
    audit.require(session, Permission.READ_PUPILS, db, "committee")
    key = session.data_key
    with db.session() as s:
        row = _committee(s, rspo, school_year, create=False)
        year = _year_of(s, rspo, school_year)
        if row is None:
            audit.record(s, session, "read", "committee", "", {"school": rspo, "school_year": year})
            return CommitteeView(year)
        members = tuple(MemberInfo(m.id, m.role, unseal(key, "committee_members", "name", m.uid, m.name_enc) or "",
                                   tuple(m.languages or ()), m.active)
                        for m in s.scalars(select(CommitteeMember).where(CommitteeMember.committee_id == row.id)
                                           .order_by(CommitteeMember.id)))
        meetings = tuple(MeetingInfo(m.id, m.held_on,
                                     unseal(key, "committee_meetings", "topic", m.uid, m.topic_enc) or "",
                                     unseal(key, "committee_meetings", "notes", m.uid, m.notes_enc) or "")
                         for m in s.scalars(select(CommitteeMeeting).where(CommitteeMeeting.committee_id == row.id)
                                            .order_by(CommitteeMeeting.held_on, CommitteeMeeting.id)))
        families = tuple(FamilyInfo(f.id, f.code, f.language, f.arrival_date, _steps(s, f.id),
                                    unseal(key, "welcomed_families", "note", f.uid, f.note_enc) or "")
                         for f in s.scalars(select(WelcomedFamily).where(WelcomedFamily.committee_id == row.id)
                                            .order_by(WelcomedFamily.arrival_date, WelcomedFamily.id)))
        audit.record(s, session, "read", "committee", f"K{row.id}", {"school": rspo, "school_year": row.school_year})
        return CommitteeView(row.school_year, members, meetings, families)


def add_member(db: Database, session: Session, rspo: str, role: str, name: str, languages=(), *,
               school_year: str | None = None) -> MemberInfo:
    audit.require(session, Permission.CHANGE_PUPILS, db, "committee_member")
    errors: list[FieldError] = []
    name, problems = clean_name(name)
    errors += problems
    languages, problems = clean_languages(languages)
    errors += problems
    if role not in COMMITTEE_ROLES:
        errors.append(FieldError("role", "„Rola w komitecie”: wybierz z listy: "
                                 + ", ".join(COMMITTEE_ROLE_LABELS.values()) + "."))
    if errors:
        raise ValidationFailed(errors)
    key = session.data_key
    with db.session() as s:
        committee = _committee(s, rspo, school_year, create=True)
        row = CommitteeMember(committee_id=committee.id, role=role, name_enc=b"", languages=list(languages))
        s.add(row)
        s.flush()
        row.name_enc = seal(key, "committee_members", "name", row.uid, name)
        audit.record(s, session, "create", "committee_member", f"K{committee.id}/M{row.id}", {"role": role})
        return MemberInfo(row.id, role, name, languages, True)


def set_member_active(db: Database, session: Session, member_id: int, active: bool) -> None:
    audit.require(session, Permission.CHANGE_PUPILS, db, "committee_member", f"M{member_id}")
    with db.session() as s:
        row = s.get(CommitteeMember, member_id)
        if row is None:
            raise NotFound(f"Nie ma członka komitetu nr {member_id}.")
        row.active = active
        audit.record(s, session, "update", "committee_member", f"K{row.committee_id}/M{row.id}", {"active": active})


def add_meeting(db: Database, session: Session, rspo: str, held_on: dt.date, topic: str, notes: str = "", *,
                school_year: str | None = None) -> MeetingInfo:
    audit.require(session, Permission.RECORD_SUPPORT, db, "committee_meeting")
    errors = []
    topic = " ".join((topic or "").split())
    notes = (notes or "").strip()
    if not topic or len(topic) > 200:
        errors.append(FieldError("topic", "„Temat spotkania”: od 1 do 200 znaków."))
    if len(notes) > 4000:
        errors.append(FieldError("notes", "„Notatki”: najwyżej 4000 znaków."))
    if not isinstance(held_on, dt.date):
        errors.append(FieldError("held_on", "„Data spotkania”: podaj datę."))
    if errors:
        raise ValidationFailed(errors)
    key = session.data_key
    with db.session() as s:
        committee = _committee(s, rspo, school_year, create=True)
        uid = str(uuid.uuid4())
        row = CommitteeMeeting(uid=uid, committee_id=committee.id, held_on=held_on,
                               topic_enc=seal(key, "committee_meetings", "topic", uid, topic),
                               notes_enc=seal(key, "committee_meetings", "notes", uid, notes) if notes else None)
        s.add(row)
        s.flush()
        audit.record(s, session, "create", "committee_meeting", f"K{committee.id}/S{row.id}")
        return MeetingInfo(row.id, held_on, topic, notes)


def welcome_family(db: Database, session: Session, rspo: str, language: str, arrival_date: dt.date,
                   note: str = "", *, school_year: str | None = None) -> FamilyInfo:
    """Record a family welcomed by the committee, with the checklist and its default due dates."""
    audit.require(session, Permission.RECORD_SUPPORT, db, "welcomed_family")
    errors: list[FieldError] = []
    languages, problems = clean_languages([language], "language")
    errors += problems
    if not languages:
        errors.append(FieldError("language", "„Język rodziny”: podaj kod języka (np. uk, ka, vi)."))
    if not isinstance(arrival_date, dt.date):
        errors.append(FieldError("arrival_date", "„Przyjazd”: podaj datę."))
    note = (note or "").strip()
    if len(note) > 2000:
        errors.append(FieldError("note", "„Uwagi”: najwyżej 2000 znaków."))
    if errors:
        raise ValidationFailed(errors)
    key = session.data_key
    with db.session() as s:
        committee = _committee(s, rspo, school_year, create=True)
        uid = str(uuid.uuid4())
        code = pseudonym.pseudonym(pseudonym.school_key(key, rspo), uid, prefix="R")
        row = WelcomedFamily(uid=uid, committee_id=committee.id, code=code, language=languages[0],
                             arrival_date=arrival_date,
                             note_enc=seal(key, "welcomed_families", "note", uid, note) if note else None)
        s.add(row)
        s.flush()
        for step in default_steps(arrival_date):
            s.add(WelcomeStepRow(family_id=row.id, step=step.step, due_on=step.due_on))
        s.flush()
        audit.record(s, session, "create", "welcomed_family", code, {"language": languages[0]})
        return FamilyInfo(row.id, code, row.language, arrival_date, _steps(s, row.id), note)


def _family(s, ref: str) -> WelcomedFamily:
    ref = (ref or "").strip()
    query = select(WelcomedFamily)
    query = query.where(WelcomedFamily.id == int(ref)) if ref.isdigit() else \
        query.where(WelcomedFamily.code == ref.upper())
    rows = s.scalars(query).all()
    if len(rows) != 1:
        raise NotFound(f"Nie ma rodziny {ref[:30]!r} (podaj kod R-XXXXXXXX albo numer z: edulab committee show).")
    return rows[0]


def done_step(db: Database, session: Session, family_ref: str, step: str, on: dt.date | None = None,
              due_on: dt.date | None = None) -> FamilyInfo:
    """Mark a checklist step as done on ``on`` (today by default); ``on=None`` with ``due_on`` moves the due date."""
    audit.require(session, Permission.RECORD_SUPPORT, db, "welcomed_family")
    if step not in WELCOME_STEPS:
        raise ValidationFailed([FieldError("step", "„Krok”: jeden z: " + ", ".join(
            f"{k} ({v[0]})" for k, v in WELCOME_STEPS.items()) + ".")])
    key = session.data_key
    with db.session() as s:
        family = _family(s, family_ref)
        row = s.scalar(select(WelcomeStepRow).where(WelcomeStepRow.family_id == family.id,
                                                    WelcomeStepRow.step == step))
        if row is None:
            row = WelcomeStepRow(family_id=family.id, step=step,
                                 due_on=family.arrival_date + dt.timedelta(days=WELCOME_STEPS[step][1]))
            s.add(row)
        if due_on is not None:
            row.due_on = due_on
        else:
            row.done_on = on or dt.date.today()
        s.flush()
        audit.record(s, session, "update", "welcomed_family", family.code, {"step": step})
        return FamilyInfo(family.id, family.code, family.language, family.arrival_date, _steps(s, family.id),
                          unseal(key, "welcomed_families", "note", family.uid, family.note_enc) or "")
