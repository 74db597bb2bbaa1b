"""Typed models of the needs-and-resources diagnosis: one diagnosis per school and school year, its answers
one row per item (saved one transaction per answer)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from edulab_app.storage.base import Base, utcnow


class Diagnosis(Base):
    __tablename__ = "diagnoses"
    __table_args__ = (UniqueConstraint("school_id", "school_year", name="uq_diagnoses_school_year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"), index=True)
    school_year: Mapped[str] = mapped_column(String(9))
    form_id: Mapped[str] = mapped_column(String(40))
    form_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="in_progress")  # in_progress | finished
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("diagnoses.id", ondelete="SET NULL"))
    last_section: Mapped[str] = mapped_column(String(60), default="")
    last_item: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)


class DiagnosisAnswer(Base):
    __tablename__ = "diagnosis_answers"
    __table_args__ = (UniqueConstraint("diagnosis_id", "item_id", name="uq_diagnosis_answers_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    diagnosis_id: Mapped[int] = mapped_column(ForeignKey("diagnoses.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(80))
    value: Mapped[object] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
