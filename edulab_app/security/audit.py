"""The audit log: who read or changed which sensitive record, when. Append-only and hash-chained.

Each entry's ``hash`` is SHA-256 over its own fields and the previous entry's hash, so an edited, inserted
or removed entry breaks the chain (:func:`verify_chain`). The database refuses UPDATE and DELETE on the
table (triggers in :mod:`edulab_app.storage.security_models`), and this module offers neither.

Entries name records by pseudonymous references (ids, pseudonym codes, user names of staff) and carry short
non-sensitive details — never a pupil's name, a note's text or a file's content. :func:`record` refuses a
reference with spaces or letters outside ASCII, which catches a name passed by mistake.

Call :func:`record` inside the same database session as the change it describes, so both are committed
together or not at all. Removing the newest entries leaves a valid shorter chain; :func:`head` gives the
count and last hash to keep elsewhere (e.g. in a backup manifest) and compare later.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, text

from edulab_app.security.errors import PermissionDenied, SecurityError
from edulab_app.security.roles import Permission
from edulab_app.security.roles import require as _require
from edulab_app.security.session import UNKNOWN, Actor, Session
from edulab_app.storage.base import utcnow
from edulab_app.storage.db import Database
from edulab_app.storage.security_models import AuditEntry

GENESIS = "0" * 64
MAX_DETAILS_CHARS = 2000
_PG_LOCK_KEY = 0x4544554C  # "EDUL": serialises writers of the chain on PostgreSQL

ACTIONS = frozenset({
    "read", "create", "update", "delete", "export", "erase", "access_request",
    "login", "login_failed", "logout", "unlock", "lockout",
    "password_change", "password_reset", "recovery_used", "recovery_key_renewed",
    "account_create", "account_deactivate", "account_reactivate", "keyring_create",
    "permission_denied", "settings_change",
})
ACTION_LABELS = {
    "read": "odczyt", "create": "utworzenie", "update": "zmiana", "delete": "usunięcie", "export": "eksport",
    "erase": "usunięcie danych ucznia", "access_request": "wydanie danych (wniosek o dostęp)",
    "login": "logowanie", "login_failed": "nieudane logowanie", "logout": "wylogowanie",
    "unlock": "odblokowanie sesji", "lockout": "blokada konta po nieudanych próbach",
    "password_change": "zmiana hasła", "password_reset": "nadanie nowego hasła",
    "recovery_used": "użycie klucza odzyskiwania", "recovery_key_renewed": "nowy klucz odzyskiwania",
    "account_create": "utworzenie konta", "account_deactivate": "wyłączenie konta",
    "account_reactivate": "przywrócenie konta", "keyring_create": "utworzenie klucza danych",
    "permission_denied": "odmowa dostępu", "settings_change": "zmiana ustawień",
}
_REF = re.compile(r"^[A-Za-z0-9_.:@/+=-]{0,64}$")
_TYPE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    username: str
    role: str
    action: str
    record_type: str
    record_ref: str
    details: dict

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


@dataclass(frozen=True)
class AuditFilter:
    since: datetime | None = None
    until: datetime | None = None
    username: str | None = None
    action: str | None = None
    record_type: str | None = None
    record_ref: str | None = None
    limit: int = 500
    offset: int = 0
    newest_first: bool = field(default=True)


def _actor(who: Session | Actor | None) -> Actor:
    if who is None:
        return UNKNOWN
    if isinstance(who, Session):
        return who.actor
    return who


def _canonical_details(details: dict | None) -> str:
    details = details or {}
    if not isinstance(details, dict) or not all(isinstance(k, str) for k in details):
        raise SecurityError("Szczegóły wpisu dziennika muszą być słownikiem o kluczach tekstowych.")
    try:
        encoded = json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                             allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise SecurityError(f"Szczegóły wpisu dziennika zawierają wartość, której nie da się zapisać ({exc}).") \
            from exc
    if len(encoded) > MAX_DETAILS_CHARS:
        raise SecurityError("Szczegóły wpisu dziennika są za długie; dziennik nie przechowuje treści danych.")
    return encoded


def entry_hash(entry_id: int, at: datetime, username: str, role: str, action: str, record_type: str,
               record_ref: str, details: str, prev_hash: str) -> str:
    payload = json.dumps(
        ["edulab-audit-v1", entry_id, at.isoformat(timespec="microseconds"), username, role, action,
         record_type, record_ref, details, prev_hash],
        ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _row_hash(row: AuditEntry) -> str:
    return entry_hash(row.id, row.at, row.username, row.role, row.action, row.record_type, row.record_ref,
                      row.details, row.prev_hash)


def record(db_session, who: Session | Actor | None, action: str, record_type: str, record_ref: str | int = "",
           details: dict | None = None) -> AuditRecord:
    """Append one entry in the caller's open database session (committed with the caller's change)."""
    if action not in ACTIONS:
        raise SecurityError(f"Nieznana czynność dziennika: {action!r}.")
    if not _TYPE.match(record_type):
        raise SecurityError(f"Nieprawidłowy rodzaj rekordu w dzienniku: {record_type[:40]!r}.")
    record_ref = str(record_ref)
    if not _REF.match(record_ref):
        raise SecurityError("Odwołanie do rekordu w dzienniku musi być identyfikatorem lub kodem (bez spacji i "
                            "polskich liter) — dziennik nie przechowuje imion ani nazwisk.")
    actor = _actor(who)
    encoded = _canonical_details(details)
    if db_session.get_bind().dialect.name == "postgresql":
        db_session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
    last = db_session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    entry_id, prev_hash = (last.id + 1, last.hash) if last else (1, GENESIS)
    at = utcnow()
    row = AuditEntry(id=entry_id, at=at, username=actor.username[:64], role=actor.role[:30], action=action,
                     record_type=record_type, record_ref=record_ref, details=encoded, prev_hash=prev_hash)
    row.hash = _row_hash(row)
    db_session.add(row)
    db_session.flush()
    return _to_record(row)


def record_now(db: Database, who: Session | Actor | None, action: str, record_type: str,
               record_ref: str | int = "", details: dict | None = None) -> AuditRecord:
    """Append one entry in its own transaction (for events with no other change, e.g. a denied access)."""
    with db.session() as s:
        return record(s, who, action, record_type, record_ref, details)


def require(session: Session | None, permission: Permission, db: Database | None = None,
            record_type: str = "permission", record_ref: str | int = "") -> None:
    """Raise :class:`PermissionDenied` unless allowed; with ``db``, a refusal is written to the log first."""
    try:
        _require(session, permission)
    except PermissionDenied:
        if db is not None:
            record_now(db, session, "permission_denied", record_type, record_ref,
                       {"permission": permission.value})
        raise


def _to_record(row: AuditEntry) -> AuditRecord:
    return AuditRecord(row.id, row.at, row.username, row.role, row.action, row.record_type, row.record_ref,
                       json.loads(row.details))


def verify_chain(db: Database) -> list[str]:
    """Problems found in the chain, in Polish; an empty list means the log is intact."""
    problems: list[str] = []
    expected_id, expected_prev = 1, GENESIS
    with db.session() as s:
        rows = s.execute(select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=1000))
        for row in rows.scalars():
            if row.id != expected_id:
                if row.id > expected_id:
                    problems.append(f"Brak wpisów nr {expected_id}–{row.id - 1} (usunięte z dziennika).")
                else:
                    problems.append(f"Wpis nr {row.id} jest nie na swoim miejscu.")
            if row.prev_hash != expected_prev:
                problems.append(f"Wpis nr {row.id} nie łączy się z poprzednim (łańcuch przerwany: wpis "
                                "poprzedni zmieniony, usunięty lub wstawiony).")
            if _row_hash(row) != row.hash:
                problems.append(f"Wpis nr {row.id} z {row.at:%Y-%m-%d %H:%M} został zmieniony "
                                "(skrót nie zgadza się z treścią).")
            expected_id, expected_prev = row.id + 1, row.hash
    return problems


def head(db: Database) -> tuple[int, str]:
    """(number of the newest entry, its hash) — keep it elsewhere to detect removal of the newest entries."""
    with db.session() as s:
        last = s.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
        return (last.id, last.hash) if last else (0, GENESIS)


def list_entries(db: Database, session: Session, filters: AuditFilter | None = None) -> list[AuditRecord]:
    """Entries matching ``filters`` (director only); viewing the log is itself logged."""
    require(session, Permission.VIEW_AUDIT, db, "audit_log")
    f = filters or AuditFilter()
    query = select(AuditEntry)
    if f.since is not None:
        query = query.where(AuditEntry.at >= f.since)
    if f.until is not None:
        query = query.where(AuditEntry.at < f.until)
    for column, value in ((AuditEntry.username, f.username), (AuditEntry.action, f.action),
                          (AuditEntry.record_type, f.record_type), (AuditEntry.record_ref, f.record_ref)):
        if value:
            query = query.where(column == value)
    query = query.order_by(AuditEntry.id.desc() if f.newest_first else AuditEntry.id)
    query = query.limit(max(1, min(f.limit, 10_000))).offset(max(0, f.offset))
    with db.session() as s:
        found = [_to_record(r) for r in s.scalars(query)]
        record(s, session, "read", "audit_log", "", {"entries": len(found)})
    return found
