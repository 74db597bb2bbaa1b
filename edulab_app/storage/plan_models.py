"""Typed models of the action plan: the school's staff, its current plan and the plan's actions.

One current plan per school. Each action is one row holding ``Action.to_dict()`` as JSON, so saving an
edit is one transaction updating one row; the plan row keeps the period, the priorities it was generated
from, the school's settings for it (budget ceilings, rate overrides) and a revision counter.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from edulab_app.storage.base import Base, utcnow


class StaffMemberRow(Base):
    """A person (or a placeholder named by role) who can take on plan actions."""

    __tablename__ = "staff_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    languages: Mapped[list] = mapped_column(JSON, default=list)
    weekly_hours_limit: Mapped[float] = mapped_column(Float, default=4.0)
    trainings_done: Mapped[list] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PlanRow(Base):
    __tablename__ = "plans"
    __table_args__ = (UniqueConstraint("school_id", name="uq_plans_school_id"),)  # one current plan per school

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"))
    start_year: Mapped[str] = mapped_column(String(9))
    years: Mapped[int] = mapped_column(Integer)
    region: Mapped[str] = mapped_column(String(40), default="pomorskie")
    format_version: Mapped[int] = mapped_column(Integer, default=1)
    generated_from: Mapped[list] = mapped_column(JSON, default=list)  # priority ids
    diagnosis_year: Mapped[str] = mapped_column(String(9), default="")  # the diagnosis the plan came from
    settings: Mapped[dict] = mapped_column(JSON, default=dict)  # budget_ceilings, rate_overrides
    revision: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PlanActionRow(Base):
    __tablename__ = "plan_actions"
    __table_args__ = (UniqueConstraint("plan_id", "action_id", name="uq_plan_actions_plan_id_action_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[str] = mapped_column(String(160))
    position: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
