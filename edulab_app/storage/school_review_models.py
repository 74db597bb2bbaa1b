"""Typed models of the school's side of an EDUlab review: the review files received and the expert's comments.

- ``received_reviews``: one row per review file (``.edulab-review``) the school imported, unique per school by
  the file's SHA-256 (importing the same file again changes nothing): the review status, the reviewer, the
  package the expert reviewed and when the file was made. The newest file (by its creation time) gives the
  review status the plan view shows; a file with no comments (e.g. "accepted") is remembered here too.
- ``received_review_comments``: the expert's comments, one row per comment id (unique per school): the action
  it is about (``None``: the whole plan) and its title as the expert saw it, the text, author and time, the
  status and SHA-256 of the newest file that carried it, and the school's answer. A newer file updates the
  text and status of a comment but never erases the school's answer; the school's next package carries the
  answers (``exporters.document.ReviewAnswer``).

Times are stored in UTC (naive), like the rest of the database.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from edulab_app.storage.base import Base, utcnow

_STATUS_CHECK = "IN ('new', 'in_review', 'returned', 'accepted')"


class ReceivedReview(Base):
    __tablename__ = "received_reviews"
    __table_args__ = (
        UniqueConstraint("school_id", "sha256", name="uq_received_reviews_school_id_sha256"),
        CheckConstraint(f"status {_STATUS_CHECK}", name="status_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))  # of the whole review file
    file_name: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(16))
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column()  # the file's creation time (manifest), UTC
    package_sha256: Mapped[str] = mapped_column(String(64), default="")  # the package the expert reviewed
    package_created_at: Mapped[datetime | None] = mapped_column(nullable=True)
    app_version: Mapped[str] = mapped_column(String(50), default="")
    comments: Mapped[int] = mapped_column(Integer, default=0)  # comments the file carried
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReceivedReviewComment(Base):
    __tablename__ = "received_review_comments"
    __table_args__ = (
        UniqueConstraint("school_id", "comment_id", name="uq_received_review_comments_school_id_comment_id"),
        Index("ix_received_review_comments_school_id_action_id", "school_id", "action_id"),
        CheckConstraint(f"review_status {_STATUS_CHECK}", name="review_status_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"))
    comment_id: Mapped[str] = mapped_column(String(64))  # the review file's comment id
    action_id: Mapped[str | None] = mapped_column(String(200), nullable=True)  # None: the whole plan
    action_title: Mapped[str] = mapped_column(String(300), default="")  # as the expert saw it
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column()  # when the expert wrote it, UTC
    # from the newest review file that carried the comment
    review_status: Mapped[str] = mapped_column(String(16))
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    review_sha256: Mapped[str] = mapped_column(String(64))
    review_created_at: Mapped[datetime] = mapped_column()
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    # the school's answer
    answer: Mapped[str | None] = mapped_column(Text, nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(nullable=True)


__all__ = ["ReceivedReview", "ReceivedReviewComment"]
