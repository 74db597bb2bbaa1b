"""Pupils with migration experience: a minimal record, support forms checked against the rules, a support
summary, the data-protection duties (export everything about one pupil, erase one pupil) and aggregate counts
that carry no personal data.

- The name and notes are stored only encrypted; everything else needed for counts is plain.
- Each pupil gets a UUID and a keyed pseudonym code (``U-XXXXXXXX``, :mod:`edulab_app.security.pseudonym`)
  that the audit log, findings and the command line use instead of the name.
- Every read of a pupil needs a :class:`~edulab_app.security.session.Session` with ``READ_PUPILS`` and is
  written to the audit log in the same transaction; changes need ``CHANGE_PUPILS`` (support forms:
  ``RECORD_SUPPORT``); export and erasure are the director's (``EXPORT_PUPIL_DATA``, ``ERASE_PUPIL``).
- :func:`aggregate_counts` needs no session: it reads plain columns only and returns counts.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select, text

from edulab_app.errors import FieldError, NotFound, UserError, ValidationFailed
from edulab_app.security import audit, pseudonym
from edulab_app.security.roles import Permission
from edulab_app.security.session import Session
from edulab_app.services.assistants import assistant_infos, assistant_label, clean_languages, clean_name
from edulab_app.services.schools import school_id
from edulab_app.storage.db import Database
from edulab_app.storage.models import School
from edulab_app.storage.security_models import AuditEntry
from edulab_app.storage.tracking_models import (
    Assistant,
    ClinicAssessment,
    CommitteeMeeting,
    CommitteeMember,
    Pupil,
    SupportFormRow,
    WelcomeCommittee,
    WelcomedFamily,
    WelcomeStepRow,
    seal,
    unseal,
)
from plans import support as rules_support
from plans.support import (
    POLISH_LEVELS,
    PPP_KINDS,
    REGIMES,
    SUPPORT_KINDS,
    PupilSupport,
    SupportFinding,
    SupportForm,
    SupportSummary,
)

log = logging.getLogger(__name__)

MAX_HOURS_PER_WEEK = 40.0
COUNTRY_LABELS = {
    "UA": "Ukraina", "BY": "Białoruś", "RU": "Rosja", "GE": "Gruzja", "VN": "Wietnam", "AM": "Armenia",
    "AZ": "Azerbejdżan", "KZ": "Kazachstan", "MD": "Mołdawia", "IN": "Indie", "TR": "Turcja", "SY": "Syria",
    "AF": "Afganistan", "CN": "Chiny", "PH": "Filipiny", "DE": "Niemcy", "GB": "Wielka Brytania", "IE": "Irlandia",
    "NO": "Norwegia", "NL": "Holandia", "US": "Stany Zjednoczone", "CO": "Kolumbia", "NG": "Nigeria",
}
LANGUAGE_LABELS = {
    "uk": "ukraiński", "ru": "rosyjski", "be": "białoruski", "ka": "gruziński", "vi": "wietnamski",
    "hy": "ormiański", "az": "azerski", "kk": "kazachski", "ro": "rumuński", "hi": "hindi", "tr": "turecki",
    "ar": "arabski", "fa": "perski", "zh": "chiński", "tl": "tagalski", "en": "angielski", "de": "niemiecki",
    "nl": "niderlandzki", "no": "norweski", "es": "hiszpański", "fr": "francuski", "pl": "polski",
}
FIELD_LABELS = {
    "name": "Imię i nazwisko", "class_label": "Klasa", "arrived_in_poland": "Przyjazd do Polski",
    "at_school_since": "W szkole od", "country": "Kraj pochodzenia", "languages": "Języki",
    "polish_level": "Poziom polskiego", "regime": "Podstawa kształcenia", "notes": "Uwagi",
    "kind": "Forma wsparcia", "subject": "Przedmiot", "assistant_id": "Asystent", "ppp_kind": "Rodzaj pomocy",
    "hours_per_week": "Godziny tygodniowo", "start": "Od", "end": "Do",
}
_CODE = re.compile(r"^U-[0-9A-Z]{4,16}$")


# --- records -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PupilInput:
    name: str
    class_label: str = ""
    arrived_in_poland: dt.date | None = None
    at_school_since: dt.date | None = None
    country: str = ""
    languages: tuple[str, ...] = ()
    polish_level: str = "A0"
    regime: str = "general"
    notes: str = ""


@dataclass(frozen=True)
class PupilInfo:
    id: str
    code: str
    class_label: str
    arrived_in_poland: dt.date | None
    at_school_since: dt.date | None
    country: str
    languages: tuple[str, ...]
    polish_level: str
    regime: str
    name: str | None = None  # only when asked for
    notes: str | None = None

    @property
    def country_label(self) -> str:
        return COUNTRY_LABELS.get(self.country, self.country)

    def to_dict(self) -> dict:
        d = {"id": self.id, "code": self.code, "class_label": self.class_label,
             "arrived_in_poland": _iso(self.arrived_in_poland), "at_school_since": _iso(self.at_school_since),
             "country": self.country, "languages": list(self.languages), "polish_level": self.polish_level,
             "regime": self.regime}
        if self.name is not None:
            d["name"] = self.name
        if self.notes is not None:
            d["notes"] = self.notes
        return d

    def to_input(self) -> PupilInput:
        return PupilInput(self.name or "", self.class_label, self.arrived_in_poland, self.at_school_since,
                          self.country, self.languages, self.polish_level, self.regime, self.notes or "")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def form_to_dict(form: SupportForm) -> dict:
    return {"id": form.id, "kind": form.kind, "label": form.label, "subject": form.subject,
            "assistant_id": form.assistant_id, "ppp_kind": form.ppp_kind, "hours_per_week": form.hours_per_week,
            "start": _iso(form.start), "end": _iso(form.end)}


def finding_to_dict(f: SupportFinding) -> dict:
    return {"severity": f.severity, "code": f.code, "message": f.message, "rule_id": f.rule_id, "source": f.source,
            "subject": f.subject, "form_id": f.form_id}


def summary_to_dict(summary: SupportSummary) -> dict:
    return {"code": summary.code, "hours_total": summary.hours_total, "hours_by_kind": dict(summary.hours_by_kind),
            "active_forms": [form_to_dict(f) for f in summary.active_forms],
            "limits": [{"rule_id": u.rule_id, "label": u.label, "first_start": _iso(u.first_start),
                        "months_used": u.months_used, "max_months": u.max_months, "months_left": u.months_left,
                        "ends_on": _iso(u.ends_on)} for u in summary.limits],
            "findings": [finding_to_dict(f) for f in summary.findings]}


def _info(row: Pupil, key: bytes | None = None, *, with_name: bool = False) -> PupilInfo:
    name = unseal(key, "pupils", "name", row.id, row.name_enc) if with_name and key else None
    notes = unseal(key, "pupils", "notes", row.id, row.notes_enc) if with_name and key else None
    return PupilInfo(row.id, row.code, row.class_label, row.arrived_in_poland, row.at_school_since, row.country,
                     tuple(row.languages or ()), row.polish_level, row.regime, name,
                     (notes or "") if with_name else None)


def _form(row: SupportFormRow) -> SupportForm:
    return SupportForm(row.kind, row.hours_per_week, row.starts_on, row.ends_on, row.subject, row.assistant_id,
                       row.ppp_kind, row.id)


# --- helpers shared with the other tracking services -------------------------------------------------------


def data_dir_of(db: Database, data_dir: Path | None = None) -> Path:
    """Where encrypted files live: the given folder, or the folder of the SQLite database."""
    if data_dir is not None:
        return Path(data_dir)
    if db.sqlite_path is not None:
        return db.sqlite_path.parent
    raise UserError("Przy wspólnej bazie PostgreSQL podaj folder danych na pliki zaszyfrowane (--data-dir).")


def pupil_row(s, ref: str, rspo: str | None = None) -> Pupil:
    """A pupil by UUID or pseudonym code (optionally within one school), inside an open session."""
    ref = (ref or "").strip()
    query = select(Pupil)
    if _CODE.match(ref.upper()):
        query = query.where(Pupil.code == ref.upper())
    else:
        try:
            query = query.where(Pupil.id == str(uuid.UUID(ref)))
        except ValueError:
            raise NotFound(f"„{ref[:40]}” nie jest kodem ucznia (U-XXXXXXXX) ani jego identyfikatorem. Listę "
                           "uczniów pokazuje: edulab pupils list RSPO") from None
    if rspo is not None:
        query = query.where(Pupil.school_id == school_id(s, rspo))
    rows = s.scalars(query).all()
    if not rows:
        raise NotFound(f"Nie ma ucznia {ref[:40]}" + (f" w szkole {rspo}" if rspo else "") + ".")
    if len(rows) > 1:
        raise UserError(f"Kod {ref} mają uczniowie kilku szkół — podaj identyfikator ucznia (UUID).")
    return rows[0]


def _rspo_of(s, row: Pupil) -> str:
    return s.get(School, row.school_id).rspo


def pupil_support(row: Pupil, forms: list[SupportForm]) -> PupilSupport:
    return PupilSupport(row.code, row.regime, tuple(forms), row.class_label, row.country, row.polish_level)


# --- validation --------------------------------------------------------------------------------------------


def _bad(name: str, problem: str) -> FieldError:
    return FieldError(name, f"„{FIELD_LABELS[name]}”: {problem}")


def _validate(data: PupilInput, today: dt.date) -> PupilInput:
    errors: list[FieldError] = []
    name, problems = clean_name(data.name)
    errors += problems
    languages, problems = clean_languages(data.languages)
    errors += problems
    class_label = " ".join((data.class_label or "").split())
    if len(class_label) > 20:
        errors.append(_bad("class_label", "najwyżej 20 znaków (np. 4b, OP 1-3)."))
    country = (data.country or "").strip().upper()
    if country and not (len(country) == 2 and country.isascii() and country.isalpha()):
        errors.append(_bad("country", "podaj dwuliterowy kod kraju (np. UA, BY, GE, VN)."))
    if data.polish_level not in POLISH_LEVELS:
        errors.append(_bad("polish_level", "wybierz poziom od A0 do C1."))
    if data.regime not in REGIMES:
        errors.append(_bad("regime", "wybierz zasady ogólne, szczególne dla obywateli Ukrainy albo dla "
                                     "obywateli polskich powracających z zagranicy."))
    for name_, day in (("arrived_in_poland", data.arrived_in_poland), ("at_school_since", data.at_school_since)):
        if day is not None and day > today + dt.timedelta(days=366):
            errors.append(_bad(name_, "data jest zbyt odległa w przyszłości."))
    if data.arrived_in_poland and data.at_school_since and data.at_school_since < data.arrived_in_poland:
        errors.append(_bad("at_school_since", "uczeń nie mógł przyjść do szkoły przed przyjazdem do Polski."))
    notes = (data.notes or "").strip()
    if len(notes) > 4000:
        errors.append(_bad("notes", "najwyżej 4000 znaków."))
    if errors:
        raise ValidationFailed(errors)
    return PupilInput(name, class_label, data.arrived_in_poland, data.at_school_since, country, languages,
                      data.polish_level, data.regime, notes)


def _validate_form(s, school_pk: int, form: SupportForm) -> SupportForm:
    errors: list[FieldError] = []
    if form.kind not in SUPPORT_KINDS:
        errors.append(_bad("kind", "wybierz formę wsparcia z listy."))
    subject = (form.subject or "").strip() or None
    if form.kind == "compensatory" and not subject:
        errors.append(_bad("subject", "zajęcia wyrównawcze prowadzi się z danego przedmiotu — podaj go."))
    if subject and len(subject) > 60:
        errors.append(_bad("subject", "najwyżej 60 znaków."))
    assistant_id = form.assistant_id if form.kind == "assistant" else None
    if form.kind == "assistant":
        row = s.get(Assistant, assistant_id) if assistant_id is not None else None
        if row is None or row.school_id != school_pk:
            errors.append(_bad("assistant_id", "wybierz asystenta zatrudnionego w tej szkole."))
    ppp_kind = form.ppp_kind if form.kind == "ppp_help" else None
    if form.kind == "ppp_help" and ppp_kind not in PPP_KINDS:
        errors.append(_bad("ppp_kind", "wybierz rodzaj pomocy psychologiczno-pedagogicznej."))
    try:
        hours = float(form.hours_per_week)
    except (TypeError, ValueError):
        hours = -1.0
    if not 0 <= hours <= MAX_HOURS_PER_WEEK:
        errors.append(_bad("hours_per_week", f"od 0 do {MAX_HOURS_PER_WEEK:g} godzin."))
    if not isinstance(form.start, dt.date):
        errors.append(_bad("start", "podaj datę początku."))
    elif form.end is not None and form.end < form.start:
        errors.append(_bad("end", "koniec jest przed początkiem."))
    if errors:
        raise ValidationFailed(errors)
    return SupportForm(form.kind, hours, form.start, form.end, subject if form.kind == "compensatory" else None,
                       assistant_id, ppp_kind, form.id)


# --- pupils ------------------------------------------------------------------------------------------------


def add_pupil(db: Database, session: Session, rspo: str, data: PupilInput, *, today: dt.date | None = None) -> PupilInfo:
    audit.require(session, Permission.CHANGE_PUPILS, db, "pupil")
    data = _validate(data, today or dt.date.today())
    key = session.data_key
    school_key = pseudonym.school_key(key, rspo)
    with db.session() as s:
        school_pk = school_id(s, rspo)
        for _attempt in range(5):  # a code collision within one school is very unlikely; roll a new id
            uid = str(uuid.uuid4())
            code = pseudonym.pseudonym(school_key, uid)
            if s.scalar(select(Pupil.id).where(Pupil.school_id == school_pk, Pupil.code == code)) is None:
                break
        row = Pupil(id=uid, school_id=school_pk, code=code, name_enc=seal(key, "pupils", "name", uid, data.name),
                    notes_enc=seal(key, "pupils", "notes", uid, data.notes) if data.notes else None,
                    class_label=data.class_label, arrived_in_poland=data.arrived_in_poland,
                    at_school_since=data.at_school_since, country=data.country, languages=list(data.languages),
                    polish_level=data.polish_level, regime=data.regime)
        s.add(row)
        s.flush()
        audit.record(s, session, "create", "pupil", code, {"school": rspo})
        return _info(row, key, with_name=True)


def update_pupil(db: Database, session: Session, ref: str, data: PupilInput, *,
                 today: dt.date | None = None) -> PupilInfo:
    audit.require(session, Permission.CHANGE_PUPILS, db, "pupil", ref if _CODE.match(ref or "") else "")
    data = _validate(data, today or dt.date.today())
    key = session.data_key
    with db.session() as s:
        row = pupil_row(s, ref)
        before = _info(row, key, with_name=True)
        row.name_enc = seal(key, "pupils", "name", row.id, data.name)
        row.notes_enc = seal(key, "pupils", "notes", row.id, data.notes) if data.notes else None
        row.class_label, row.arrived_in_poland, row.at_school_since = (data.class_label, data.arrived_in_poland,
                                                                       data.at_school_since)
        row.country, row.languages, row.polish_level, row.regime = (data.country, list(data.languages),
                                                                    data.polish_level, data.regime)
        after = _info(row, key, with_name=True)
        changed = sorted(k for k in ("name", "notes", "class_label", "arrived_in_poland", "at_school_since",
                                     "country", "languages", "polish_level", "regime")
                         if getattr(before, k) != getattr(after, k))
        audit.record(s, session, "update", "pupil", row.code, {"fields": changed})
        return after


def list_pupils(db: Database, session: Session, rspo: str, *, with_names: bool = False) -> list[PupilInfo]:
    """The school's pupils, ordered by class and code; names decrypted only when asked for (audited)."""
    audit.require(session, Permission.READ_PUPILS, db, "pupil")
    key = session.data_key
    with db.session() as s:
        rows = s.scalars(select(Pupil).where(Pupil.school_id == school_id(s, rspo))
                         .order_by(Pupil.class_label, Pupil.code)).all()
        found = [_info(r, key, with_name=with_names) for r in rows]
        audit.record(s, session, "read", "pupil", "", {"school": rspo, "count": len(found), "names": with_names})
    return found


def get_pupil(db: Database, session: Session, ref: str) -> PupilInfo:
    audit.require(session, Permission.READ_PUPILS, db, "pupil", ref if _CODE.match(ref or "") else "")
    key = session.data_key
    with db.session() as s:
        row = pupil_row(s, ref)
        info = _info(row, key, with_name=True)
        audit.record(s, session, "read", "pupil", row.code)
    return info


# --- support forms -----------------------------------------------------------------------------------------


def add_support(db: Database, session: Session, ref: str, form: SupportForm) -> SupportForm:
    audit.require(session, Permission.RECORD_SUPPORT, db, "support_form")
    with db.session() as s:
        pupil = pupil_row(s, ref)
        form = _validate_form(s, pupil.school_id, form)
        row = SupportFormRow(pupil_id=pupil.id, kind=form.kind, subject=form.subject, assistant_id=form.assistant_id,
                             ppp_kind=form.ppp_kind, hours_per_week=form.hours_per_week, starts_on=form.start,
                             ends_on=form.end)
        s.add(row)
        s.flush()
        audit.record(s, session, "create", "support_form", f"{pupil.code}/F{row.id}", {"kind": form.kind})
        return _form(row)


def update_support(db: Database, session: Session, form_id: int, form: SupportForm) -> SupportForm:
    audit.require(session, Permission.RECORD_SUPPORT, db, "support_form", f"F{form_id}")
    with db.session() as s:
        row = s.get(SupportFormRow, form_id)
        if row is None:
            raise NotFound(f"Nie ma formy wsparcia nr {form_id}.")
        pupil = s.get(Pupil, row.pupil_id)
        form = _validate_form(s, pupil.school_id, form)
        row.kind, row.subject, row.assistant_id, row.ppp_kind = form.kind, form.subject, form.assistant_id, form.ppp_kind
        row.hours_per_week, row.starts_on, row.ends_on = form.hours_per_week, form.start, form.end
        audit.record(s, session, "update", "support_form", f"{pupil.code}/F{row.id}", {"kind": form.kind})
        return _form(row)


def delete_support(db: Database, session: Session, form_id: int) -> None:
    audit.require(session, Permission.RECORD_SUPPORT, db, "support_form", f"F{form_id}")
    with db.session() as s:
        row = s.get(SupportFormRow, form_id)
        if row is None:
            raise NotFound(f"Nie ma formy wsparcia nr {form_id}.")
        code = s.get(Pupil, row.pupil_id).code
        s.delete(row)
        audit.record(s, session, "delete", "support_form", f"{code}/F{form_id}")


def _forms_of(s, pupil_ids: list[str]) -> dict[str, list[SupportForm]]:
    out: dict[str, list[SupportForm]] = {pid: [] for pid in pupil_ids}
    if pupil_ids:
        for row in s.scalars(select(SupportFormRow).where(SupportFormRow.pupil_id.in_(pupil_ids))
                             .order_by(SupportFormRow.starts_on, SupportFormRow.id)):
            out[row.pupil_id].append(_form(row))
    return out


def list_support(db: Database, session: Session, ref: str) -> list[SupportForm]:
    audit.require(session, Permission.READ_PUPILS, db, "support_form")
    with db.session() as s:
        pupil = pupil_row(s, ref)
        forms = _forms_of(s, [pupil.id])[pupil.id]
        audit.record(s, session, "read", "support_form", pupil.code, {"count": len(forms)})
    return forms


def pupil_summary(db: Database, session: Session, ref: str, today: dt.date | None = None) -> SupportSummary:
    """Active support, hours, months used against the limits and the findings of one pupil."""
    audit.require(session, Permission.READ_PUPILS, db, "pupil")
    today = today or dt.date.today()
    with db.session() as s:
        pupil = pupil_row(s, ref)
        forms = _forms_of(s, [pupil.id])[pupil.id]
        helpers = assistant_infos(s, pupil.school_id)
        audit.record(s, session, "read", "support_form", pupil.code, {"summary": True})
        return rules_support.support_summary(pupil_support(pupil, forms), today, assistants=helpers)


@dataclass(frozen=True)
class SchoolCheck:
    findings: tuple[SupportFinding, ...]
    workload: tuple[rules_support.Workload, ...] = field(default=())

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)


def check_school(db: Database, session: Session, rspo: str, today: dt.date | None = None) -> SchoolCheck:
    """Every pupil's support and the school's assistants against the rules valid on the dates concerned."""
    audit.require(session, Permission.READ_PUPILS, db, "support_form")
    today = today or dt.date.today()
    with db.session() as s:
        school_pk = school_id(s, rspo)
        rows = s.scalars(select(Pupil).where(Pupil.school_id == school_pk).order_by(Pupil.code)).all()
        forms = _forms_of(s, [r.id for r in rows])
        helpers = assistant_infos(s, school_pk)
        audit.record(s, session, "read", "support_form", "", {"school": rspo, "check": True})
    pupils = [pupil_support(r, forms[r.id]) for r in rows]
    findings = [f for p in pupils for f in rules_support.check_pupil(p, today, assistants=helpers)]
    findings += rules_support.check_assistants(helpers.values(), pupils, today)
    return SchoolCheck(tuple(findings), tuple(rules_support.assistant_workload(helpers.values(), pupils, today)))


# --- data-protection duties --------------------------------------------------------------------------------


def export_pupil(db: Database, session: Session, ref: str, *, include_files: bool = False,
                 data_dir: Path | None = None, today: dt.date | None = None) -> dict:
    """Everything held about one pupil (a data subject's access request), decrypted; files as base64 if asked."""
    from edulab_app.security import files as secure_files
    from edulab_app.services import assessments

    audit.require(session, Permission.EXPORT_PUPIL_DATA, db, "pupil", ref if _CODE.match(ref or "") else "")
    key = session.data_key
    today = today or dt.date.today()
    folder = data_dir_of(db, data_dir) if include_files else None
    with db.session() as s:
        pupil = pupil_row(s, ref)
        rspo = _rspo_of(s, pupil)
        school = s.get(School, pupil.school_id)
        forms = _forms_of(s, [pupil.id])[pupil.id]
        helpers = assistant_infos(s, pupil.school_id)
        assessment_rows = s.scalars(select(ClinicAssessment).where(ClinicAssessment.pupil_id == pupil.id)
                                    .order_by(ClinicAssessment.issued_on, ClinicAssessment.id)).all()
        items = []
        for a in assessment_rows:
            item = assessments.info(a, pupil.code, key).to_dict()
            if include_files and a.file_ref:
                content = secure_files.load(key, folder, a.file_ref, assessments.file_aad(a))
                item["file_base64"] = base64.b64encode(content).decode("ascii")
            items.append(item)
        log_rows = s.scalars(select(AuditEntry).where(AuditEntry.record_ref.like(f"{pupil.code}%"))
                             .order_by(AuditEntry.id)).all()
        access_log = [{"at": r.at.isoformat(timespec="seconds"), "user": r.username, "role": r.role,
                       "action": audit.ACTION_LABELS.get(r.action, r.action), "record": r.record_type}
                      for r in log_rows]
        audit.record(s, session, "access_request", "pupil", pupil.code,
                     {"files": include_files, "assessments": len(items)})
        info = _info(pupil, key, with_name=True)
    summary = rules_support.support_summary(pupil_support(pupil, forms), today, assistants=helpers)
    return {
        "format": "edulab-pupil-data",
        "format_version": 1,
        "generated_at": dt.datetime.now().isoformat(timespec="seconds"),
        "generated_by": session.username,
        "school": {"rspo": rspo, "name": school.name},
        "pupil": info.to_dict() | {"created_at": pupil.created_at.isoformat(timespec="seconds"),
                                   "updated_at": pupil.updated_at.isoformat(timespec="seconds")},
        "support_forms": [form_to_dict(f) | ({"assistant": assistant_label(f.assistant_id)} if f.assistant_id else {})
                          for f in forms],
        "support_summary": summary_to_dict(summary),
        "clinic_assessments": items,
        "access_log": access_log,
    }


def erase_pupil(db: Database, session: Session, ref: str, *, data_dir: Path | None = None) -> dict:
    """Erase one pupil: rows (support forms, assessments) and encrypted files go; the audit keeps the fact.

    SQLite's ``secure_delete`` overwrites the freed pages and the WAL is checkpointed, so the ciphertext does
    not linger in the database file either. Backups made earlier still hold it (they rotate out).
    """
    from edulab_app.security import files as secure_files

    audit.require(session, Permission.ERASE_PUPIL, db, "pupil", ref if _CODE.match(ref or "") else "")
    folder = data_dir_of(db, data_dir)
    with db.session() as s:
        if db.is_sqlite:
            s.execute(text("PRAGMA secure_delete=ON"))
        pupil = pupil_row(s, ref)
        code = pupil.code
        refs = [r for r in s.scalars(select(ClinicAssessment.file_ref).where(ClinicAssessment.pupil_id == pupil.id))
                if r]
        n_forms = s.scalar(select(func.count()).select_from(SupportFormRow).where(SupportFormRow.pupil_id == pupil.id))
        n_assessments = s.scalar(select(func.count()).select_from(ClinicAssessment)
                                 .where(ClinicAssessment.pupil_id == pupil.id))
        s.execute(delete(SupportFormRow).where(SupportFormRow.pupil_id == pupil.id))
        s.execute(delete(ClinicAssessment).where(ClinicAssessment.pupil_id == pupil.id))
        s.execute(delete(Pupil).where(Pupil.id == pupil.id))
        audit.record(s, session, "erase", "pupil", code, {"support_forms": n_forms, "assessments": n_assessments,
                                                          "files": len(refs)})
    missing = 0
    for file_ref in refs:
        if not secure_files.erase(folder, file_ref):
            missing += 1
    if db.is_sqlite:
        try:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:  # noqa: BLE001 - another reader holds the WAL; the next checkpoint clears it
            log.info("WAL checkpoint after erasure postponed")
    return {"code": code, "support_forms": n_forms, "assessments": n_assessments, "files": len(refs) - missing}


# --- aggregate counts (no personal data) -------------------------------------------------------------------


def aggregate_counts(db: Database, rspo: str, today: dt.date | None = None) -> dict:
    """Counts for the plan and the EDUlab package: per support form, regime, country, level — no names, no
    codes, no dates of individual pupils. Needs no session (plain columns only)."""
    from edulab_app.services.assessments import ipet_overdue_count

    today = today or dt.date.today()
    with db.session() as s:
        school_pk = school_id(s, rspo)
        school_year = s.get(School, school_pk).school_year
        rows = s.scalars(select(Pupil).where(Pupil.school_id == school_pk)).all()
        forms = _forms_of(s, [r.id for r in rows])
        helpers = assistant_infos(s, school_pk)
        kinds = Counter(s.scalars(select(ClinicAssessment.kind).join(Pupil)
                                  .where(Pupil.school_id == school_pk)).all())
        overdue_ipet = ipet_overdue_count(s, school_pk, today)
        committee = s.scalar(select(WelcomeCommittee).where(WelcomeCommittee.school_id == school_pk,
                                                            WelcomeCommittee.school_year == school_year))
        committee_counts = {"members": 0, "meetings": 0, "families_welcomed": 0, "steps_overdue": 0,
                            "members_by_role": {}}
        if committee is not None:
            roles = Counter(s.scalars(select(CommitteeMember.role).where(CommitteeMember.committee_id == committee.id,
                                                                         CommitteeMember.active.is_(True))).all())
            committee_counts = {
                "members": sum(roles.values()),
                "members_by_role": dict(sorted(roles.items())),
                "meetings": s.scalar(select(func.count()).select_from(CommitteeMeeting)
                                     .where(CommitteeMeeting.committee_id == committee.id)),
                "families_welcomed": s.scalar(select(func.count()).select_from(WelcomedFamily)
                                              .where(WelcomedFamily.committee_id == committee.id)),
                "steps_overdue": s.scalar(select(func.count()).select_from(WelcomeStepRow).join(WelcomedFamily)
                                          .where(WelcomedFamily.committee_id == committee.id,
                                                 WelcomeStepRow.done_on.is_(None), WelcomeStepRow.due_on < today)),
            }
    pupils = [pupil_support(r, forms[r.id]) for r in rows]
    by_form: Counter = Counter()
    hours_by_form: Counter = Counter()
    compensatory_subjects: Counter = Counter()
    for p in pupils:
        active = [f for f in p.forms if f.active_on(today)]
        for kind in {f.kind for f in active}:
            by_form[kind] += 1
        for f in active:
            hours_by_form[f.kind] += f.hours_per_week
            if f.kind == "compensatory" and f.subject:
                compensatory_subjects[f.subject.lower()] += 1
    needing = [r for r, p in zip(rows, pupils, strict=True)
               if rules_support.needs_polish(r.polish_level)
               or any(f.kind == "additional_polish" and f.active_on(today) for f in p.forms)]
    bands: Counter = Counter(b for b in (rules_support.grade_band(r.class_label) for r in rows) if b)
    languages = sorted({lang for r in rows for lang in (r.languages or ()) if lang != "pl"})
    year_ago = today - dt.timedelta(days=365)
    active_assistants = [a for a in helpers.values() if a.active_on(today)]
    check = rules_support.check_assistants(helpers.values(), pupils, today)
    return {
        "as_of": today.isoformat(),
        "pupils": len(rows),
        "by_regime": dict(sorted(Counter(r.regime for r in rows).items())),
        "by_country": dict(sorted(Counter(r.country or "??" for r in rows).items())),
        "by_polish_level": {lvl: n for lvl in POLISH_LEVELS if (n := sum(r.polish_level == lvl for r in rows))},
        "by_support_form": {k: by_form[k] for k in SUPPORT_KINDS if by_form[k]},
        "hours_per_week_by_support_form": {k: round(hours_by_form[k], 2) for k in SUPPORT_KINDS if hours_by_form[k]},
        "compensatory_by_subject": dict(sorted(compensatory_subjects.items())),
        "assistants": {
            "total": len(helpers), "active": len(active_assistants),
            "by_legal_basis": dict(sorted(Counter(a.legal_basis for a in active_assistants).items())),
            "weekly_hours": round(sum(a.weekly_hours for a in active_assistants), 2),
            "friendly_school_short": any(f.code == "assistant.friendly_school_ratio" for f in check),
        },
        "clinic_assessments": {"opinia": kinds.get("opinia", 0), "orzeczenie": kinds.get("orzeczenie", 0),
                               "ipet_overdue": overdue_ipet},
        "welcome_committee": {"school_year": school_year, **committee_counts},
        "plan_context": {
            "pupils_migrant": len(rows),
            "pupils_needing_polish": len(needing),
            "pupils_ukrainian": sum(1 for p in pupils if rules_support.is_ukrainian(p)),
            "pupils_returning": sum(1 for r in needing if r.regime == "returning_citizens"),
            "pupils_by_grade_band": dict(sorted(bands.items())),
            "family_languages": languages,
            "arrivals_per_year": sum(1 for r in rows if r.at_school_since and r.at_school_since > year_ago),
        },
    }


# --- the demo school ---------------------------------------------------------------------------------------

DEMO_USERNAME = "demo.dyrektor"
DEMO_DISPLAY_NAME = "Dyrektor szkoły demonstracyjnej"


def seed_demo(db: Database, rspo: str, session: Session | None = None,
              today: dt.date | None = None) -> tuple[str, str] | None:
    """Fictional pupils, support, an assistant, a welcome committee and a clinic assessment for the demo school.

    Sensitive data needs the data key: with ``session`` (a director or coordinator) it is used; on a new
    install (no accounts yet) a demo director is created and ``(username, password)`` returned for
    ``edulab demo`` to print once; otherwise nothing is seeded (None) — log in and run the demo again.
    """
    import secrets

    from edulab_app.security import accounts

    credentials = None
    own_session = session is None
    if session is None:
        if not accounts.needs_first_start(db):
            log.info("demo tracking data not seeded: accounts exist and no session was given")
            return None
        alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        password = "-".join("".join(secrets.choice(alphabet) for _ in range(5)) for _ in range(4))
        accounts.create_first_director(db, DEMO_USERNAME, DEMO_DISPLAY_NAME, password)
        session = accounts.login(db, DEMO_USERNAME, password)
        credentials = (DEMO_USERNAME, password)
    try:
        _seed(db, session, rspo, today or dt.date.today())
    finally:
        if own_session:
            session.lock()
    return credentials


def _seed(db: Database, session: Session, rspo: str, today: dt.date) -> None:
    from edulab_app.services import assessments, committees
    from edulab_app.services.assistants import AssistantInput, add_assistant

    year = int(current_year_start(today))
    sept = dt.date(year, 9, 1)
    helper = add_assistant(db, session, rspo, AssistantInput(
        "Olena Demczenko", "helper_art165_8", dt.date(year - 1, 9, 1), dt.date(year + 1, 6, 30), 20.0,
        ("uk", "ru", "pl"), "friendly_school"))
    intercultural = add_assistant(db, session, rspo, AssistantInput(
        "Nino Beridze", "intercultural_art165_8a", dt.date(max(year, 2024), 9, 1), None, 10.0, ("ka", "ru", "pl"),
        "governing_body"))
    demo = [
        ("Mykoła Kowalenko", "4b", "UA", ("uk", "ru"), "A2", "ukrainian_special", dt.date(year - 2, 3, 14)),
        ("Sofija Bondarenko", "2a", "UA", ("uk",), "A1", "ukrainian_special", dt.date(year - 1, 10, 2)),
        ("Artem Szewczenko", "7c", "UA", ("uk", "ru"), "B1", "ukrainian_special", dt.date(year - 3, 4, 20)),
        ("Daria Melnyk", "5a", "UA", ("uk",), "A0", "ukrainian_special", sept + dt.timedelta(days=20)),
        ("Alaksiej Kawalou", "6a", "BY", ("be", "ru"), "A2", "general", dt.date(year - 1, 1, 9)),
        ("Giorgi Kapanadze", "3b", "GE", ("ka", "ru"), "A1", "general", dt.date(year, 2, 1)),
        ("Nguyễn Thị Lan", "8a", "VN", ("vi", "en"), "B1", "general", dt.date(year - 2, 8, 25)),
        ("Zofia Nowicka-Smith", "5b", "GB", ("en", "pl"), "B2", "returning_citizens", dt.date(year, 6, 20)),
    ]
    codes = []
    for name, klass, country, langs, level, regime, arrived in demo:
        info = add_pupil(db, session, rspo, PupilInput(name, klass, arrived, arrived + dt.timedelta(days=10), country,
                                                       langs, level, regime, "Dane fikcyjne (szkoła demonstracyjna)."),
                         today=today)
        codes.append(info.code)
    june = dt.date(year + 1, 6, 26)
    forms = [
        (0, SupportForm("additional_polish", 4, sept, june)),
        (0, SupportForm("compensatory", 1, sept, june, subject="matematyka")),
        (0, SupportForm("assistant", 3, sept, june, assistant_id=helper.id)),
        (1, SupportForm("additional_polish", 4, sept, june)),
        (1, SupportForm("assistant", 4, sept, june, assistant_id=intercultural.id if year >= 2024 else helper.id)),
        (2, SupportForm("additional_polish", 3, dt.date(year - 1, 9, 1), june)),  # below the minimum: a finding
        (3, SupportForm("preparatory_class", 23, sept + dt.timedelta(days=21), june)),
        (4, SupportForm("additional_polish", 2, dt.date(year - 1, 2, 1), june)),
        (4, SupportForm("compensatory", 1, sept, june, subject="historia")),
        (4, SupportForm("compensatory", 1, sept, june, subject="biologia")),
        (5, SupportForm("additional_polish", 3, dt.date(year, 2, 15), june)),
        (5, SupportForm("assistant", 2, sept, june, assistant_id=intercultural.id if year >= 2024 else helper.id)),
        (5, SupportForm("ppp_help", 1, sept, june, ppp_kind="speech")),
        (6, SupportForm("compensatory", 1, sept, june, subject="fizyka")),
        (7, SupportForm("additional_polish", 2, sept, dt.date(year + 1, 1, 31))),
    ]
    for index, form in forms:
        add_support(db, session, codes[index], form)
    school_year = f"{year}/{year + 1}"
    for role, name, langs in (("teacher", "Katarzyna Wiśniewska", ("pl", "en")),
                              ("polish_parent", "Tomasz Zieliński", ("pl",)),
                              ("migrant_parent", "Iryna Tkaczenko", ("uk", "ru", "pl")),
                              ("pupil_ambassador", "Maja Lewandowska (7c)", ("pl", "en")),
                              ("assistant", "Olena Demczenko", ("uk", "ru", "pl"))):
        committees.add_member(db, session, rspo, role, name, langs, school_year=school_year)
    committees.add_meeting(db, session, rspo, sept + dt.timedelta(days=9), "Plan powitań na nowy rok szkolny",
                           "Podział zadań, pakiety informacyjne po ukraińsku i gruzińsku.", school_year=school_year)
    committees.add_meeting(db, session, rspo, sept + dt.timedelta(days=44), "Spotkanie z rodzicami nowych uczniów",
                           "Tłumaczenie na ukraiński zapewnione przez asystentkę.", school_year=school_year)
    family = committees.welcome_family(db, session, rspo, "uk", sept + dt.timedelta(days=20),
                                       school_year=school_year)
    for step in ("first_meeting", "school_tour", "buddy"):
        committees.done_step(db, session, family.code, step, sept + dt.timedelta(days=24))
    committees.welcome_family(db, session, rspo, "ka", sept + dt.timedelta(days=35), school_year=school_year)
    assessments.attach(db, session, codes[5], "opinia", "Poradnia Psychologiczno-Pedagogiczna nr 1 w Gdańsku",
                       sept + dt.timedelta(days=5), sept + dt.timedelta(days=12),
                       [{"text": "Zajęcia logopedyczne 1 godz. tygodniowo", "support_kind": "ppp_help"},
                        {"text": "Wsparcie asystenta władającego językiem ucznia na lekcjach", "support_kind": "assistant"},
                        {"text": "Wydłużony czas pracy na sprawdzianach", "support_kind": None}],
                       assessments.demo_pdf())


def current_year_start(today: dt.date) -> int:
    return today.year if today.month >= 9 else today.year - 1
