"""The incident register of "Bezpieczna szkoła" as use cases: report, list, read, complete steps, close, and the
statistics per school year. Incidents are protected like pupil data (DOMAIN.md section 7, DESIGN.md section 5):

- the description, the persons involved (pseudonyms) and the outcome are stored only encrypted with the
  install's data key (:mod:`edulab_app.security.crypto`, associated data = table, column, row uid);
- every call except :func:`statistics` / :func:`package_counts` needs a logged-in
  :class:`~edulab_app.security.session.Session`; the director and the coordinator keep the register, a teacher
  may report and read only the reports they entered themselves; other roles may not touch it;
- every read and change is written to the audit log in the same transaction, naming the incident by its
  reference ``<RSPO>/<number>`` (never its content); a refusal is logged too;
- :func:`statistics` needs no session: it reads plain columns only and returns counts (for the plan's
  monitoring and, as counts only, for the exchange package).

The deadlines of the steps come from the settings: install-wide ``incidents.deadlines`` and per school
``incidents.deadlines.<RSPO>`` (``{step id: {"value": n, "unit": "school_days"|"hours"|"calendar_days"}}``),
over the defaults of ``resources/documents/incident-procedure.yaml``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select

from edulab_app.errors import FieldError, NotFound, ValidationFailed
from edulab_app.security import audit, crypto
from edulab_app.security.errors import PermissionDenied
from edulab_app.security.roles import Role, as_role
from edulab_app.security.session import Session
from edulab_app.services import settings as settings_service
from edulab_app.services.schools import get_school, school_id
from edulab_app.storage.db import Database
from edulab_app.storage.document_models import IncidentRow
from plans import incidents as domain
from plans.calendar import SchoolCalendar, load_calendar, parse_school_year
from plans.incidents import Incident, IncidentStats, InputProblems, Procedure, Step

log = logging.getLogger(__name__)

INSTALL_SETTING = "incidents.deadlines"
RECORD_TYPE = "incident"
_D, _C, _T = Role.DIRECTOR, Role.COORDINATOR, Role.TEACHER
#: Who may do what with the register (the permission table of edulab_app.security.roles has no incident
#: entries yet; the lead may move these there as READ_INCIDENTS / MANAGE_INCIDENTS).
RULES: dict[str, frozenset[Role]] = {
    "report": frozenset({_D, _C, _T}),
    "read": frozenset({_D, _C}),  # every report of the school; a teacher reads only the reports they entered
    "manage": frozenset({_D, _C}),  # steps, closing
    "settings": frozenset({_D}),  # deadlines of the procedure
}
LABELS = {"report": "zgłaszanie incydentów", "read": "przeglądanie rejestru zgłoszeń",
          "manage": "prowadzenie spraw z rejestru zgłoszeń", "settings": "zmiana terminów procedury zgłoszeń"}
FIELD_LABELS = {"reported_at": "Data zgłoszenia", "reporter_kind": "Kto zgłasza", "motives": "Motyw",
                "description": "Opis zdarzenia", "persons": "Osoby, których dotyczy", "responsible": "Osoba odpowiedzialna",
                "outcome": "Wynik", "closed_at": "Data zamknięcia", "done_at": "Data wykonania", "step": "Krok"}


def setting_key(rspo: str) -> str:
    return f"{INSTALL_SETTING}.{rspo}"


# --- records -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncidentInput:
    reported_at: dt.datetime
    reporter_kind: str
    motives: tuple[str, ...]
    description: str
    persons: tuple[str, ...] = ()
    responsible: str = ""


@dataclass(frozen=True)
class IncidentInfo:
    """A report as a service returns it. ``incident.description``/``persons``/``outcome`` are empty unless
    ``decrypted`` (lists show no content)."""

    number: int
    ref: str  # "<RSPO>/<number>": the reference the audit log and the commands use
    incident: Incident
    recorded_by: str
    decrypted: bool = False
    overdue: tuple[Step, ...] = field(default=())

    @property
    def status(self) -> str:
        return self.incident.status

    def to_dict(self) -> dict:
        i = self.incident
        d = {"number": self.number, "ref": self.ref, "school_year": i.school_year,
             "reported_at": i.reported_at.isoformat(timespec="minutes"), "reporter_kind": i.reporter_kind,
             "motives": list(i.motives), "responsible": i.responsible, "status": i.status,
             "closed_at": i.closed_at.isoformat(timespec="minutes") if i.closed_at else None,
             "steps": [s.to_dict() for s in i.steps], "overdue_steps": [s.id for s in self.overdue]}
        if self.decrypted:
            d.update(description=i.description, persons=list(i.persons), outcome=i.outcome)
        return d


# --- permissions ---------------------------------------------------------------------------------------------


def _role(session: Session) -> Role:
    return as_role(session.role)


def _require(db: Database, session: Session | None, what: str, ref: str = "") -> None:
    label = LABELS[what]
    if session is None:
        raise PermissionDenied(f"Ta czynność ({label}) wymaga zalogowania.")
    session.ensure_unlocked()
    if _role(session) not in RULES[what]:
        audit.record_now(db, session, "permission_denied", RECORD_TYPE, ref, {"permission": f"incidents_{what}"})
        allowed = ", ".join(r.label for r in Role if r in RULES[what])
        raise PermissionDenied(f"Rola „{_role(session).label}” nie pozwala na: {label}. Mogą to zrobić: {allowed}.")


def may_read_all(session: Session | None) -> bool:
    return session is not None and not session.is_locked and _role(session) in RULES["read"]


def may_manage(session: Session | None) -> bool:
    return session is not None and not session.is_locked and _role(session) in RULES["manage"]


def may_report(session: Session | None) -> bool:
    return session is not None and not session.is_locked and _role(session) in RULES["report"]


# --- settings: the procedure in force ------------------------------------------------------------------------


def _overrides(value) -> dict:
    return dict(value) if isinstance(value, Mapping) else {}


def procedure(db: Database, rspo: str | None = None) -> Procedure:
    """The shipped procedure with the install's and then the school's deadline settings applied."""
    proc = domain.load_procedure()
    for key in (INSTALL_SETTING, setting_key(rspo) if rspo else None):
        if key is None:
            continue
        try:
            proc = proc.with_overrides(_overrides(settings_service.get_setting(db, key)))
        except InputProblems as exc:  # a damaged setting must not stop the register
            log.warning("ustawienie %s pominięte: %s", key, exc)
    return proc


def deadline_settings(db: Database, rspo: str | None = None) -> dict:
    """The stored overrides (school's when ``rspo`` is given, otherwise the install's)."""
    return _overrides(settings_service.get_setting(db, setting_key(rspo) if rspo else INSTALL_SETTING))


def set_deadlines(db: Database, session: Session, rspo: str | None, overrides: Mapping[str, Mapping]) -> Procedure:
    """Store the deadlines of the procedure for one school (``rspo``) or the whole install (None); an empty
    mapping returns to the defaults. Director only; audited as a settings change."""
    _require(db, session, "settings", setting_key(rspo) if rspo else INSTALL_SETTING)
    base = procedure(db) if rspo else domain.load_procedure()
    try:
        result = base.with_overrides(overrides)
    except InputProblems as exc:
        raise _validation(exc) from None
    key = setting_key(rspo) if rspo else INSTALL_SETTING
    clean = {step: {"value": int(v["value"]), "unit": v.get("unit", result.step(step).deadline.unit)}
             for step, v in overrides.items()}
    with db.session() as s:
        from edulab_app.storage.models import Setting

        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=clean, note="terminy procedury zgłoszeń („Bezpieczna szkoła”)"))
        else:
            row.value = clean
        audit.record(s, session, "settings_change", "setting", key, {"steps": sorted(clean)})
    return procedure(db, rspo)


# --- helpers -------------------------------------------------------------------------------------------------


def _validation(exc: InputProblems) -> ValidationFailed:
    return ValidationFailed([FieldError(p.field, p.message) for p in exc.problems])


def school_calendar(db: Database, rspo: str) -> SchoolCalendar:
    from resources import resource_path

    region = get_school(db, rspo).voivodeship
    return load_calendar(region if resource_path("calendars", f"{region}.yaml").exists() else "pomorskie")


def _aad(uid: str, column: str) -> bytes:
    return crypto.aad("incidents", column, uid)


def _seal(key: bytes, uid: str, column: str, text: str) -> bytes:
    return crypto.encrypt_text(key, text, _aad(uid, column))


def _unseal(key: bytes, uid: str, column: str, blob: bytes | None) -> str:
    return crypto.decrypt_text(key, blob, _aad(uid, column)) if blob is not None else ""


def _ref(rspo: str, number: int) -> str:
    return f"{rspo}/{number}"


def _incident(row: IncidentRow, rspo: str, key: bytes | None) -> Incident:
    description, persons, outcome = "", (), ""
    if key is not None:
        description = _unseal(key, row.uid, "description", row.description_enc)
        persons = tuple(json.loads(_unseal(key, row.uid, "persons", row.persons_enc) or "[]"))
        outcome = _unseal(key, row.uid, "outcome", row.outcome_enc)
    return Incident(_ref(rspo, row.number), row.reported_at, row.reporter_kind, tuple(row.motives or ()),
                    description, persons, row.responsible, tuple(Step.from_dict(s) for s in row.steps or ()),
                    outcome, row.closed_at)


def _info(row: IncidentRow, rspo: str, key: bytes | None, now: dt.datetime) -> IncidentInfo:
    incident = _incident(row, rspo, key)
    return IncidentInfo(row.number, _ref(rspo, row.number), incident, row.recorded_by, key is not None,
                        incident.overdue_steps(now))


def _row(s, rspo: str, number: int) -> IncidentRow:
    row = s.scalar(select(IncidentRow).where(IncidentRow.school_id == school_id(s, rspo),
                                             IncidentRow.number == number))
    if row is None:
        raise NotFound(f"W rejestrze szkoły {rspo} nie ma zgłoszenia nr {number}. Listę pokazuje: "
                       f"edulab incidents list {rspo}")
    return row


def _store(row: IncidentRow, incident: Incident, key: bytes) -> None:
    row.steps = [s.to_dict() for s in incident.steps]
    row.status = incident.status
    row.closed_at = incident.closed_at
    row.responsible = incident.responsible
    if incident.outcome:
        row.outcome_enc = _seal(key, row.uid, "outcome", incident.outcome)


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


# --- use cases -----------------------------------------------------------------------------------------------


def add_incident(db: Database, session: Session, rspo: str, data: IncidentInput,
                 now: dt.datetime | None = None) -> IncidentInfo:
    """Enter a report; its steps get deadlines from the procedure in force. Directors, coordinators, teachers."""
    _require(db, session, "report")
    now = _now(now)
    proc, calendar = procedure(db, rspo), school_calendar(db, rspo)
    try:
        incident = domain.open_incident("", data.reported_at, data.reporter_kind, data.motives, data.description,
                                        data.persons, data.responsible, proc, calendar, now=now)
    except InputProblems as exc:
        raise _validation(exc) from None
    key = session.data_key
    with db.session() as s:
        sid = school_id(s, rspo)
        number = (s.scalar(select(func.max(IncidentRow.number)).where(IncidentRow.school_id == sid)) or 0) + 1
        row = IncidentRow(school_id=sid, number=number, school_year=incident.school_year,
                          reported_at=incident.reported_at, reporter_kind=incident.reporter_kind,
                          motives=list(incident.motives), responsible=incident.responsible,
                          description_enc=b"", persons_enc=b"", status="open", recorded_by=session.username)
        s.add(row)
        s.flush()
        row.description_enc = _seal(key, row.uid, "description", incident.description)
        row.persons_enc = _seal(key, row.uid, "persons", json.dumps(list(incident.persons), ensure_ascii=False))
        _store(row, incident, key)
        audit.record(s, session, "create", RECORD_TYPE, _ref(rspo, number),
                     {"motives": list(incident.motives), "reporter_kind": incident.reporter_kind})
        return _info(row, rspo, key, now)


def list_incidents(db: Database, session: Session, rspo: str, school_year: str | None = None, *,
                   now: dt.datetime | None = None, with_content: bool = False) -> list[IncidentInfo]:
    """The school's reports, newest first (a teacher: only the reports they entered). Content (description,
    persons, outcome) only when ``with_content``; the read is audited with the references listed."""
    if not may_read_all(session):
        _require(db, session, "report")  # a teacher may list their own reports
    now = _now(now)
    key = session.data_key if with_content else None
    with db.session() as s:
        query = select(IncidentRow).where(IncidentRow.school_id == school_id(s, rspo))
        if school_year:
            query = query.where(IncidentRow.school_year == school_year)
        if not may_read_all(session):
            query = query.where(IncidentRow.recorded_by == session.username)
        rows = s.scalars(query.order_by(IncidentRow.reported_at.desc(), IncidentRow.number.desc())).all()
        found = [_info(r, rspo, key, now) for r in rows]
        audit.record(s, session, "read", RECORD_TYPE, "", {"school": rspo, "count": len(found),
                                                            "numbers": [f.number for f in found][:200],
                                                            "content": with_content})
    return found


def get_incident(db: Database, session: Session, rspo: str, number: int,
                 now: dt.datetime | None = None) -> IncidentInfo:
    """One report with its content, decrypted (audited)."""
    ref = _ref(rspo, number)
    if not may_read_all(session):
        _require(db, session, "report", ref)
    now = _now(now)
    with db.session() as s:
        row = _row(s, rspo, number)
        own = row.recorded_by == session.username
    if not may_read_all(session) and not own:
        audit.record_now(db, session, "permission_denied", RECORD_TYPE, ref, {"permission": "incidents_read"})
        raise PermissionDenied("Nauczyciel widzi tylko zgłoszenia, które sam wpisał. Rejestr prowadzą dyrektor "
                               "i koordynator.")
    key = session.data_key
    with db.session() as s:
        row = _row(s, rspo, number)
        info = _info(row, rspo, key, now)
        audit.record(s, session, "read", RECORD_TYPE, ref)
    return info


def _change(db: Database, session: Session, rspo: str, number: int, what: dict, change,
            now: dt.datetime | None = None) -> IncidentInfo:
    ref = _ref(rspo, number)
    _require(db, session, "manage", ref)
    now = _now(now)
    key = session.data_key
    with db.session() as s:
        row = _row(s, rspo, number)
        incident = _incident(row, rspo, key)
        try:
            changed = change(incident)
        except InputProblems as exc:
            raise _validation(exc) from None
        _store(row, changed, key)
        audit.record(s, session, "update", RECORD_TYPE, ref, what)
        return _info(row, rspo, key, now)


def update_step(db: Database, session: Session, rspo: str, number: int, step_id: str, *, done: bool | None = True,
                done_at: dt.datetime | None = None, responsible: str | None = None,
                now: dt.datetime | None = None) -> IncidentInfo:
    """Mark a step done (at ``done_at``, default now) or not done (``done=False``), and/or give it another
    responsible person. Director and coordinator."""
    moment = _now(now)

    def change(incident: Incident) -> Incident:
        if responsible is not None:
            incident = domain.set_step_responsible(incident, step_id, responsible)
        if done is True:
            incident = domain.complete_step(incident, step_id, done_at or moment, session.display_name)
        elif done is False:
            incident = domain.reopen_step(incident, step_id)
        return incident

    what = {"step": step_id, "done": done, "responsible_changed": responsible is not None}
    return _change(db, session, rspo, number, what, change, now)


def close_incident(db: Database, session: Session, rspo: str, number: int, outcome: str,
                   closed_at: dt.datetime | None = None, now: dt.datetime | None = None) -> IncidentInfo:
    moment = _now(now)
    return _change(db, session, rspo, number, {"closed": True},
                   lambda i: domain.close(i, outcome, closed_at or moment), now)


# --- counts without a session ---------------------------------------------------------------------------------


def statistics(db: Database, rspo: str, school_year: str | None = None,
               now: dt.datetime | None = None) -> IncidentStats:
    """Counts of the school's reports in ``school_year`` (default: the school's current year) — by motive, status
    and who reported, overdue open reports, days to close. Reads plain columns only; no session needed."""
    year = school_year or get_school(db, rspo).school_year
    try:
        parse_school_year(year)
    except ValueError as exc:
        raise ValidationFailed([FieldError("school_year", f"„Rok szkolny”: {exc}.")]) from None
    with db.session() as s:
        rows = s.scalars(select(IncidentRow).where(IncidentRow.school_id == school_id(s, rspo),
                                                   IncidentRow.school_year == year)).all()
        found = [_incident(r, rspo, None) for r in rows]
    return domain.statistics(found, year, _now(now), motives=domain.load_procedure().motives)


def package_counts(db: Database, rspo: str, school_year: str) -> dict:
    """What the exchange package may carry about the register: counts only (no text, no persons, no dates of
    single reports)."""
    d = statistics(db, rspo, school_year).to_dict()
    d.pop("anonymous_share", None)
    return d


def school_years(db: Database, rspo: str) -> list[str]:
    """School years that have reports (newest first), for choosing the statistics' year."""
    with db.session() as s:
        years = s.scalars(select(IncidentRow.school_year).where(IncidentRow.school_id == school_id(s, rspo))
                          .distinct()).all()
    return sorted(years, reverse=True)


def responsible_candidates(db: Database, rspo: str) -> list[str]:
    """Active staff of the school (name — role), to choose the responsible person from."""
    from edulab_app.services import staff as staff_service
    from plans.roles import role_label

    people = staff_service.list_staff(db, rspo)
    return [f"{p.name} ({role_label(p.role)})" for p in people if p.active]


__all__: Sequence[str] = ("IncidentInput", "IncidentInfo", "add_incident", "list_incidents", "get_incident",
                          "update_step", "close_incident", "statistics", "package_counts", "procedure",
                          "set_deadlines", "deadline_settings", "RULES")
