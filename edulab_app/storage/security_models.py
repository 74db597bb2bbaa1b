"""Typed models of accounts, the install-wide keyring and the append-only audit log.

Nothing here holds a secret in the clear: ``users.password_hash`` is an argon2id PHC string, the data key
exists only wrapped (per user with a password-derived key, once with the recovery key), and audit rows carry
pseudonymous references, never names.

The audit log is append-only twice over: the services offer no update or delete, and the database refuses
both by triggers. The triggers are created together with the table (``after_create``) for a new database;
a migration that creates or rebuilds ``audit_log`` must run :func:`audit_trigger_statements` itself, since
Alembic's ``op.create_table`` builds its own ``Table`` and does not fire these events.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    DDL,
    JSON,
    CheckConstraint,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Text,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from edulab_app.storage.base import Base, utcnow

ROLE_VALUES = ("director", "coordinator", "teacher", "clinic_specialist", "edulab_expert")
_ROLE_CHECK = "role IN (" + ", ".join(f"'{r}'" for r in ROLE_VALUES) + ")"


class User(Base):
    """A local account. The data key is stored only wrapped with a key derived from the user's password."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(_ROLE_CHECK, name="role_known"),
        CheckConstraint("failed_attempts >= 0", name="failed_attempts_non_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30))
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2id PHC string
    wrapped_data_key: Mapped[bytes] = mapped_column(LargeBinary)  # empty when the account is deactivated
    key_salt: Mapped[bytes] = mapped_column(LargeBinary)
    kdf_params: Mapped[dict] = mapped_column(JSON)  # argon2id parameters of the wrapping key
    key_version: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(default=None)
    password_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)


class Keyring(Base):
    """The install-wide key record: one row. The data key wrapped by the recovery key, and a check value."""

    __tablename__ = "keyring"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    data_key_version: Mapped[int] = mapped_column(Integer, default=1)
    recovery_wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    recovery_salt: Mapped[bytes] = mapped_column(LargeBinary)
    recovery_kdf_params: Mapped[dict] = mapped_column(JSON)
    key_check: Mapped[bytes] = mapped_column(LargeBinary)  # HMAC of a constant under the data key
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    recovery_created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    """One audit event. ``hash`` = SHA-256 over the entry and ``prev_hash``: a chain that shows tampering.

    ``prev_hash`` is unique, so two writers cannot fork the chain: the second insert fails instead.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    role: Mapped[str] = mapped_column(String(30))
    action: Mapped[str] = mapped_column(String(30), index=True)
    record_type: Mapped[str] = mapped_column(String(40))
    record_ref: Mapped[str] = mapped_column(String(64), index=True)
    details: Mapped[str] = mapped_column(Text)  # canonical JSON, never sensitive content
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)


_APPEND_ONLY_MESSAGE = "audit_log is append-only"

SQLITE_AUDIT_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY_MESSAGE}'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY_MESSAGE}'); END",
)

POSTGRESQL_AUDIT_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{_APPEND_ONLY_MESSAGE}'; END; $$",
    "CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
)


def audit_trigger_statements(dialect_name: str) -> tuple[str, ...]:
    """The DDL that makes ``audit_log`` append-only on this dialect (for migrations: ``op.execute`` each)."""
    return {"sqlite": SQLITE_AUDIT_TRIGGERS, "postgresql": POSTGRESQL_AUDIT_TRIGGERS}.get(dialect_name, ())


for _stmt in SQLITE_AUDIT_TRIGGERS:
    event.listen(AuditEntry.__table__, "after_create", DDL(_stmt).execute_if(dialect="sqlite"))
for _stmt in POSTGRESQL_AUDIT_TRIGGERS:
    event.listen(AuditEntry.__table__, "after_create", DDL(_stmt).execute_if(dialect="postgresql"))
event.listen(
    AuditEntry.__table__,
    "after_drop",
    DDL("DROP FUNCTION IF EXISTS audit_log_append_only()").execute_if(dialect="postgresql"),
)

SECURITY_TABLES = (User.__table__, Keyring.__table__, AuditEntry.__table__)
