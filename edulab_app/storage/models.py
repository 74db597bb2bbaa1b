"""Typed models of the foundation: schools and application settings.

Later aggregates (diagnosis, plan, tracking) live in their own modules and register on the same Base;
``edulab_app.storage.all_models`` imports them all so that metadata is complete.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from edulab_app.storage.base import Base, utcnow


class School(Base):
    __tablename__ = "schools"
    __table_args__ = (
        CheckConstraint("pupils_total >= 0", name="pupils_total_non_negative"),
        CheckConstraint("pupils_migrant >= 0 AND pupils_migrant <= pupils_total", name="pupils_migrant_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rspo: Mapped[str] = mapped_column(String(16), unique=True, index=True)
    name: Mapped[str] = mapped_column(String(300))
    school_type: Mapped[str] = mapped_column(String(40))
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(6), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    municipality: Mapped[str] = mapped_column(String(120), default="")
    county: Mapped[str] = mapped_column(String(120), default="")
    voivodeship: Mapped[str] = mapped_column(String(40), default="pomorskie")
    governing_body: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    school_year: Mapped[str] = mapped_column(String(9))
    pupils_total: Mapped[int] = mapped_column(Integer, default=0)
    pupils_migrant: Mapped[int] = mapped_column(Integer, default=0)
    is_demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Setting(Base):
    """Install-wide settings (last opened school, language…) as JSON values."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
