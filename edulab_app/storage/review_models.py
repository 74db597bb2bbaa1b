"""Typed models of the EDUlab expert's workspace: received plan packages, reviews, their history and comments.

- ``received_packages``: one row per imported ``.edulab`` file (unique by SHA-256, so importing the same file
  again changes nothing). The validated members are kept as JSON (``members``) so the school's diagnosis
  and plan can be shown again without the file; a few denormalised columns feed the schools table and the
  region view (``facts``, computed once at import) so that neither has to open the members. A newer package
  of a school (by the manifest's creation time) flags the older ones ``superseded``; they stay, with their
  comments, as the school's history.
- ``reviews``: one per school (RSPO): its status (new, in_review, returned, accepted).
- ``review_events``: the history of a review: status changes, packages received, answers attached.
- ``review_comments``: an expert's comments on one action (``action_id``) or the whole plan (``None``), each
  attached to the package it was written on, with a stable ``uid`` that travels in the review file and
  comes back with the school's answer.

These are the tables of the expert's own database; a school's database never has rows in them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, CheckConstraint, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from edulab_app.storage.base import Base, utcnow

REVIEW_STATUSES = ("new", "in_review", "returned", "accepted")


class ReceivedPackage(Base):
    __tablename__ = "received_packages"
    __table_args__ = (
        Index("ix_received_packages_rspo_superseded", "rspo", "superseded"),
        CheckConstraint("pupils_migrant >= 0", name="pupils_migrant_non_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rspo: Mapped[str] = mapped_column(String(16), index=True)
    school_name: Mapped[str] = mapped_column(String(300))
    county: Mapped[str] = mapped_column(String(120), default="")
    municipality: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column()  # the manifest's creation time, in UTC (naive)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    app_version: Mapped[str] = mapped_column(String(50), default="")
    format_version: Mapped[int] = mapped_column(Integer, default=1)
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    members: Mapped[dict] = mapped_column(JSON)  # the package's members as validated JSON
    # denormalised for the schools table
    version_label: Mapped[str] = mapped_column(String(200), default="")
    plan_period: Mapped[str] = mapped_column(String(40), default="")
    pupils_total: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pupils_migrant: Mapped[int] = mapped_column(Integer, default=0)
    total_cost: Mapped[float] = mapped_column(Float, default=0.0)
    costs_by_year: Mapped[dict] = mapped_column(JSON, default=dict)  # school year -> PLN
    findings_count: Mapped[int] = mapped_column(Integer, default=0)  # open (not accepted) findings
    errors_count: Mapped[int] = mapped_column(Integer, default=0)
    top_priorities: Mapped[list] = mapped_column(JSON, default=list)  # [[id, title], …] by rank, at most 3
    # denormalised for the region view (edulab_app.services.region.package_facts)
    facts: Mapped[dict] = mapped_column(JSON, default=dict)


class Review(Base):
    __tablename__ = "reviews"
    __table_args__ = (CheckConstraint("status IN ('new', 'in_review', 'returned', 'accepted')", name="status_known"),)

    rspo: Mapped[str] = mapped_column(String(16), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="new")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReviewEvent(Base):
    __tablename__ = "review_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rspo: Mapped[str] = mapped_column(ForeignKey("reviews.rspo", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(20))  # status | package | answers | export
    status_from: Mapped[str | None] = mapped_column(String(16), nullable=True)
    status_to: Mapped[str | None] = mapped_column(String(16), nullable=True)
    package_id: Mapped[int | None] = mapped_column(ForeignKey("received_packages.id", ondelete="SET NULL"),
                                                   nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")


class ReviewCommentRow(Base):
    __tablename__ = "review_comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    rspo: Mapped[str] = mapped_column(String(16), index=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("received_packages.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[str | None] = mapped_column(String(200), nullable=True)  # None: the whole plan
    action_title: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    school_answer: Mapped[str | None] = mapped_column(Text, nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(nullable=True)
    answer_package_id: Mapped[int | None] = mapped_column(
        ForeignKey("received_packages.id", ondelete="SET NULL"), nullable=True)
