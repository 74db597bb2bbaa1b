"""Typed models of the documents a school adopts ("Tydzień dla wszystkich", Regulamin „Bezpieczna szkoła”) and
of the incident register.

- ``school_documents``: one row per school, kind and school year (the regulation is not tied to a school year:
  its row has ``school_year = ""``). ``content`` is the document's JSON (``WeekPlan.to_dict`` or
  ``RegulationDocument.to_dict`` without versions), ``versions`` the adopted versions with their text.
- ``incidents``: a report of a discriminatory incident, protected like pupil data. The description, the persons
  involved (pseudonyms) and the outcome are stored **only encrypted** (``*_enc``, AES-GCM with associated data
  naming table, column and the row's ``uid``). Plain columns hold what the counts need — date, school year,
  reporter kind, motives, status, step deadlines and completion dates — and nothing that names a pupil.

Every table hangs off ``schools`` with ``ON DELETE CASCADE``.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from edulab_app.storage.base import Base, utcnow
from plans.incidents import REPORTER_KINDS, STATUSES

DOCUMENT_KINDS = ("week", "regulation")
DOCUMENT_STATUSES = ("draft", "adopted")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def new_uid() -> str:
    return str(uuid.uuid4())


class SchoolDocument(Base):
    __tablename__ = "school_documents"
    __table_args__ = (
        UniqueConstraint("school_id", "kind", "school_year", name="uq_school_documents_school_kind_year"),
        CheckConstraint(_in("kind", DOCUMENT_KINDS), name="kind_known"),
        CheckConstraint(_in("status", DOCUMENT_STATUSES), name="status_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    school_year: Mapped[str] = mapped_column(String(9), default="")
    content: Mapped[dict] = mapped_column(JSON, default=dict)
    versions: Mapped[list] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    template_version: Mapped[int] = mapped_column(Integer, default=1)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class IncidentRow(Base):
    __tablename__ = "incidents"
    __table_args__ = (
        UniqueConstraint("school_id", "number", name="uq_incidents_school_number"),
        CheckConstraint(_in("reporter_kind", REPORTER_KINDS), name="reporter_kind_known"),
        CheckConstraint(_in("status", STATUSES), name="status_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # per school: 1, 2, 3…
    school_year: Mapped[str] = mapped_column(String(9), index=True)
    reported_at: Mapped[datetime] = mapped_column()
    reporter_kind: Mapped[str] = mapped_column(String(20))
    motives: Mapped[list] = mapped_column(JSON, default=list)
    description_enc: Mapped[bytes] = mapped_column(LargeBinary)
    persons_enc: Mapped[bytes] = mapped_column(LargeBinary)  # JSON list of pseudonyms, encrypted
    responsible: Mapped[str] = mapped_column(String(200))  # a member of staff (not a pupil)
    steps: Mapped[list] = mapped_column(JSON, default=list)  # Step.to_dict(): title, due, done_at, responsible
    status: Mapped[str] = mapped_column(String(12), default="open")
    outcome_enc: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(64))  # the account that entered the report
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
