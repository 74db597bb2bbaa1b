"""Assistants of pupils with migration experience: the person (name stored encrypted), the legal basis (a
teacher's helper speaking the pupil's language, art. 165 ust. 8, or an intercultural assistant, ust. 8a, the
latter only from 1 Sept 2024), languages, contract period, weekly hours and funding; their workload and the
"Przyjazna szkoła" ratio are checked by :mod:`plans.support`.

Reading names needs ``READ_PUPILS`` and is audited; adding or changing needs ``CHANGE_PUPILS``. Audit entries
name an assistant as ``A<id>``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import asdict, dataclass, field

from sqlalchemy import select

from edulab_app.errors import FieldError, NotFound, ValidationFailed
from edulab_app.security import audit
from edulab_app.security.roles import Permission
from edulab_app.security.session import Session
from edulab_app.services.schools import school_id
from edulab_app.storage.db import Database
from edulab_app.storage.tracking_models import Assistant, seal, unseal
from plans.support import FUNDING_LABELS, FUNDING_SOURCES, LEGAL_BASES, AssistantInfo

MAX_WEEKLY_HOURS = 40.0
FIELD_LABELS = {"name": "Imię i nazwisko", "legal_basis": "Podstawa zatrudnienia", "languages": "Języki",
                "contract_from": "Umowa od", "contract_to": "Umowa do", "weekly_hours": "Godziny tygodniowo",
                "funding": "Finansowanie"}


@dataclass(frozen=True)
class AssistantInput:
    name: str
    legal_basis: str
    contract_from: dt.date
    contract_to: dt.date | None = None
    weekly_hours: float = 0.0
    languages: tuple[str, ...] = ()
    funding: str = "school_budget"


@dataclass(frozen=True)
class AssistantRecord:
    id: int
    name: str
    legal_basis: str
    contract_from: dt.date
    contract_to: dt.date | None
    weekly_hours: float
    languages: tuple[str, ...] = field(default=())
    funding: str = "school_budget"

    @property
    def ref(self) -> str:
        return assistant_ref(self.id)

    @property
    def funding_label(self) -> str:
        return FUNDING_LABELS.get(self.funding, self.funding)

    def active_on(self, day: dt.date) -> bool:
        return self.contract_from <= day and (self.contract_to is None or day <= self.contract_to)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["languages"] = list(self.languages)
        d["ref"] = self.ref
        return d


def assistant_ref(assistant_id: int) -> str:
    return f"A{assistant_id}"


def assistant_label(assistant_id: int) -> str:
    """How findings and exports name an assistant (no personal name)."""
    return f"asystent nr {assistant_id}"


def _bad(name: str, problem: str) -> FieldError:
    return FieldError(name, f"„{FIELD_LABELS[name]}”: {problem}")


def clean_name(name: str, field_name: str = "name", label: str = "Imię i nazwisko") -> tuple[str, list[FieldError]]:
    text = " ".join(unicodedata.normalize("NFC", name or "").split())
    if not text or len(text) > 200 or any(unicodedata.category(c) == "Cc" for c in text):
        return text, [FieldError(field_name, f"„{label}”: podaj od 1 do 200 znaków.")]
    return text, []


def clean_languages(languages, field_name: str = "languages") -> tuple[tuple[str, ...], list[FieldError]]:
    out: list[str] = []
    for lang in languages or ():
        code = str(lang).strip().lower()
        if not code:
            continue
        if not (2 <= len(code) <= 3 and code.isascii() and code.isalpha()):
            return (), [FieldError(field_name, f"„Języki”: {str(lang)[:20]!r} nie jest kodem języka (np. uk, ru, en).")]
        if code not in out:
            out.append(code)
    return tuple(out), []


def _validate(data: AssistantInput) -> AssistantInput:
    errors: list[FieldError] = []
    name, problems = clean_name(data.name)
    errors += problems
    languages, problems = clean_languages(data.languages)
    errors += problems
    if data.legal_basis not in LEGAL_BASES:
        errors.append(_bad("legal_basis", "wybierz pomoc nauczyciela (art. 165 ust. 8) albo asystenta "
                                          "międzykulturowego (art. 165 ust. 8a)."))
    if not isinstance(data.contract_from, dt.date):
        errors.append(_bad("contract_from", "podaj datę początku umowy."))
    elif data.contract_to is not None and data.contract_to < data.contract_from:
        errors.append(_bad("contract_to", "koniec umowy jest przed jej początkiem."))
    try:
        hours = float(data.weekly_hours)
    except (TypeError, ValueError):
        hours = -1.0
    if not 0 <= hours <= MAX_WEEKLY_HOURS:
        errors.append(_bad("weekly_hours", f"od 0 do {MAX_WEEKLY_HOURS:g} godzin."))
    if data.funding not in FUNDING_SOURCES:
        errors.append(_bad("funding", "wybierz źródło z listy: " + ", ".join(FUNDING_LABELS.values()) + "."))
    if errors:
        raise ValidationFailed(errors)
    return AssistantInput(name, data.legal_basis, data.contract_from, data.contract_to, hours, languages, data.funding)


def _record(row: Assistant, data_key: bytes) -> AssistantRecord:
    return AssistantRecord(row.id, unseal(data_key, "assistants", "name", row.uid, row.name_enc) or "",
                           row.legal_basis, row.contract_from, row.contract_to, row.weekly_hours,
                           tuple(row.languages or ()), row.funding)


def _row(s, rspo: str, assistant_id: int) -> Assistant:
    row = s.get(Assistant, assistant_id)
    if row is None or row.school_id != school_id(s, rspo):
        raise NotFound(f"Szkoła {rspo} nie ma asystenta nr {assistant_id}. Listę pokazuje: "
                       f"edulab assistants list {rspo}")
    return row


def add_assistant(db: Database, session: Session, rspo: str, data: AssistantInput) -> AssistantRecord:
    audit.require(session, Permission.CHANGE_PUPILS, db, "assistant")
    data = _validate(data)
    key = session.data_key
    with db.session() as s:
        row = Assistant(school_id=school_id(s, rspo), name_enc=b"", legal_basis=data.legal_basis,
                        languages=list(data.languages), contract_from=data.contract_from,
                        contract_to=data.contract_to, weekly_hours=data.weekly_hours, funding=data.funding)
        s.add(row)
        s.flush()
        row.name_enc = seal(key, "assistants", "name", row.uid, data.name)
        audit.record(s, session, "create", "assistant", assistant_ref(row.id),
                     {"legal_basis": data.legal_basis, "school": rspo})
        return _record(row, key)


def update_assistant(db: Database, session: Session, rspo: str, assistant_id: int,
                     data: AssistantInput) -> AssistantRecord:
    audit.require(session, Permission.CHANGE_PUPILS, db, "assistant", assistant_ref(assistant_id))
    data = _validate(data)
    key = session.data_key
    with db.session() as s:
        row = _row(s, rspo, assistant_id)
        row.name_enc = seal(key, "assistants", "name", row.uid, data.name)
        row.legal_basis, row.languages = data.legal_basis, list(data.languages)
        row.contract_from, row.contract_to = data.contract_from, data.contract_to
        row.weekly_hours, row.funding = data.weekly_hours, data.funding
        audit.record(s, session, "update", "assistant", assistant_ref(row.id))
        return _record(row, key)


def delete_assistant(db: Database, session: Session, rspo: str, assistant_id: int) -> None:
    """Remove an assistant; pupils' support forms keep their dates but lose the link (shown as unknown)."""
    audit.require(session, Permission.CHANGE_PUPILS, db, "assistant", assistant_ref(assistant_id))
    with db.session() as s:
        row = _row(s, rspo, assistant_id)
        s.delete(row)
        audit.record(s, session, "delete", "assistant", assistant_ref(assistant_id))


def list_assistants(db: Database, session: Session, rspo: str) -> list[AssistantRecord]:
    audit.require(session, Permission.READ_PUPILS, db, "assistant")
    key = session.data_key
    with db.session() as s:
        rows = s.scalars(select(Assistant).where(Assistant.school_id == school_id(s, rspo))
                         .order_by(Assistant.contract_from, Assistant.id)).all()
        found = [_record(r, key) for r in rows]
        audit.record(s, session, "read", "assistant", "", {"school": rspo, "count": len(found)})
    return found


def assistant_infos(s, school_pk: int) -> dict[int, AssistantInfo]:
    """The school's assistants as the pure checks see them (no names), inside an open session."""
    rows = s.scalars(select(Assistant).where(Assistant.school_id == school_pk)).all()
    return {r.id: AssistantInfo(r.id, assistant_label(r.id), r.legal_basis, r.contract_from, r.contract_to,
                                r.weekly_hours, tuple(r.languages or ())) for r in rows}
