"""Typed models of tracking at school: the welcome committee, assistants, pupils with migration experience,
their support forms and clinic assessments (DOMAIN.md sections 4 and 7).

Personal text — names of pupils, committee members and assistants, notes, meeting notes, clinic
recommendations — is stored **only encrypted** (``*_enc`` columns, :mod:`edulab_app.security.crypto`) with
associated data naming the table, the column and the row's ``uid`` (:func:`seal_aad`), so a value copied to
another row or column does not decrypt. Clinic PDFs live encrypted under ``<data dir>/secure/``; the row keeps
only the random file reference. Plain columns hold what aggregate counts need (class, country, level,
regime, dates, kinds, hours) and nothing that names a person.

Every table hangs off ``schools`` with ``ON DELETE CASCADE`` (resetting the demo school removes its rows).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from edulab_app.storage.base import Base, utcnow
from plans.support import (
    ASSESSMENT_KINDS,
    COMMITTEE_ROLES,
    LEGAL_BASES,
    POLISH_LEVELS,
    REGIMES,
    SUPPORT_KINDS,
    WELCOME_STEPS,
)


def new_uid() -> str:
    return str(uuid.uuid4())


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"




# --- the welcome committee ---------------------------------------------------------------------------------


class WelcomeCommittee(Base):
    __tablename__ = "welcome_committees"
    __table_args__ = (UniqueConstraint("school_id", "school_year", name="uq_welcome_committees_school_year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"), index=True)
    school_year: Mapped[str] = mapped_column(String(9))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CommitteeMember(Base):
    __tablename__ = "committee_members"
    __table_args__ = (CheckConstraint(_in("role", COMMITTEE_ROLES), name="role_known"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    committee_id: Mapped[int] = mapped_column(ForeignKey("welcome_committees.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(30))
    name_enc: Mapped[bytes] = mapped_column(LargeBinary)
    languages: Mapped[list] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CommitteeMeeting(Base):
    __tablename__ = "committee_meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    committee_id: Mapped[int] = mapped_column(ForeignKey("welcome_committees.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    topic_enc: Mapped[bytes] = mapped_column(LargeBinary)
    notes_enc: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class WelcomedFamily(Base):
    """A family welcomed by the committee, named only by a pseudonymous code (``R-XXXXXXXX``)."""

    __tablename__ = "welcomed_families"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    committee_id: Mapped[int] = mapped_column(ForeignKey("welcome_committees.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20), index=True)
    language: Mapped[str] = mapped_column(String(10))
    arrival_date: Mapped[date] = mapped_column(Date)
    note_enc: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class WelcomeStepRow(Base):
    __tablename__ = "welcome_steps"
    __table_args__ = (
        UniqueConstraint("family_id", "step", name="uq_welcome_steps_family_step"),
        CheckConstraint(_in("step", tuple(WELCOME_STEPS)), name="step_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("welcomed_families.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    due_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)


# --- assistants --------------------------------------------------------------------------------------------


class Assistant(Base):
    __tablename__ = "assistants"
    __table_args__ = (
        CheckConstraint(_in("legal_basis", LEGAL_BASES), name="legal_basis_known"),
        CheckConstraint("weekly_hours >= 0", name="weekly_hours_non_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"), index=True)
    name_enc: Mapped[bytes] = mapped_column(LargeBinary)
    legal_basis: Mapped[str] = mapped_column(String(30))
    languages: Mapped[list] = mapped_column(JSON, default=list)
    contract_from: Mapped[date] = mapped_column(Date)
    contract_to: Mapped[date | None] = mapped_column(Date, default=None)
    weekly_hours: Mapped[float] = mapped_column(Float, default=0.0)
    funding: Mapped[str] = mapped_column(String(30), default="school_budget")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- pupils ------------------------------------------------------------------------------------------------


class Pupil(Base):
    """A pupil with migration experience: a minimal record. ``id`` is a UUID that is never reused."""

    __tablename__ = "pupils"
    __table_args__ = (
        UniqueConstraint("school_id", "code", name="uq_pupils_school_code"),
        CheckConstraint(_in("regime", REGIMES), name="regime_known"),
        CheckConstraint(_in("polish_level", POLISH_LEVELS), name="polish_level_known"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uid)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))  # keyed pseudonym (edulab_app.security.pseudonym)
    name_enc: Mapped[bytes] = mapped_column(LargeBinary)
    notes_enc: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    class_label: Mapped[str] = mapped_column(String(20), default="")
    arrived_in_poland: Mapped[date | None] = mapped_column(Date, default=None)
    at_school_since: Mapped[date | None] = mapped_column(Date, default=None)
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1 alpha-2
    languages: Mapped[list] = mapped_column(JSON, default=list)  # ISO 639-1 codes
    polish_level: Mapped[str] = mapped_column(String(2), default="A0")
    regime: Mapped[str] = mapped_column(String(20), default="general")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SupportFormRow(Base):
    __tablename__ = "support_forms"
    __table_args__ = (
        CheckConstraint(_in("kind", SUPPORT_KINDS), name="kind_known"),
        CheckConstraint("hours_per_week >= 0", name="hours_non_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str | None] = mapped_column(String(60), default=None)  # compensatory classes
    assistant_id: Mapped[int | None] = mapped_column(ForeignKey("assistants.id", ondelete="SET NULL"), default=None,
                                                     index=True)
    ppp_kind: Mapped[str | None] = mapped_column(String(20), default=None)
    hours_per_week: Mapped[float] = mapped_column(Float, default=0.0)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ClinicAssessment(Base):
    """An opinia or orzeczenie of a pedagogical-psychological clinic (health data, GDPR art. 9)."""

    __tablename__ = "clinic_assessments"
    __table_args__ = (CheckConstraint(_in("kind", ASSESSMENT_KINDS), name="kind_known"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    clinic_name: Mapped[str] = mapped_column(String(200))
    issued_on: Mapped[date] = mapped_column(Date)
    delivered_on: Mapped[date | None] = mapped_column(Date, default=None)
    recommendations_enc: Mapped[bytes] = mapped_column(LargeBinary)  # encrypted JSON list of items
    file_ref: Mapped[str | None] = mapped_column(String(40), default=None)  # edulab_app.security.files
    file_size: Mapped[int] = mapped_column(Integer, default=0)
    file_pages: Mapped[int] = mapped_column(Integer, default=0)
    ipet_due: Mapped[date | None] = mapped_column(Date, default=None)
    ipet_done_on: Mapped[date | None] = mapped_column(Date, default=None)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


TRACKING_TABLES = tuple(m.__table__ for m in (
    WelcomeCommittee, CommitteeMember, CommitteeMeeting, WelcomedFamily, WelcomeStepRow, Assistant, Pupil,
    SupportFormRow, ClinicAssessment))


def seal_aad(table: str, column: str, uid: str) -> bytes:
    """Associated data binding an encrypted value to its table, column and row."""
    from edulab_app.security.crypto import aad

    return aad(table, column, uid)


def seal(data_key: bytes, table: str, column: str, uid: str, text: str) -> bytes:
    """``text`` encrypted for ``table.column`` of the row ``uid``."""
    from edulab_app.security.crypto import encrypt_text

    return encrypt_text(data_key, text, seal_aad(table, column, uid))


def unseal(data_key: bytes, table: str, column: str, uid: str, blob: bytes | None) -> str | None:
    if blob is None:
        return None
    from edulab_app.security.crypto import decrypt_text

    return decrypt_text(data_key, blob, seal_aad(table, column, uid))
