"""The school's side of an EDUlab review: import the expert's review file, read the comments beside the plan's
actions, answer them, and hand the answers to the school's next package.

Applying a review file (``.edulab-review``, ``exporters.review_file``): the file is read defensively
(``read_review``; its Polish message becomes a :class:`~edulab_app.errors.UserError`), refused when this
install has no school with the file's RSPO, and stored **in one transaction** — every comment or none. The
same file again (same SHA-256) is a no-op. A newer file (by its creation time) updates a comment's text, the
action it is about and the review status, but never erases the school's answer; an older file adds only the
comments the school has not got yet. When the school has no answer of its own and the file carries one (the
school's answer as the expert received it), that answer is kept.

The school's next package carries the answers: ``answers_for_package`` gives them as
``exporters.document.ReviewAnswer`` for ``PlanDocument.review_answers``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from edulab_app.errors import FieldError, NotFound, UserError, ValidationFailed
from edulab_app.storage.base import utcnow
from edulab_app.storage.db import Database
from edulab_app.storage.models import School
from edulab_app.storage.school_review_models import ReceivedReview, ReceivedReviewComment

MAX_ANSWER = 4000
ANSWER_LABEL = "Odpowiedź na uwagę eksperta"
STATUS_LABELS = {"new": "nowy — ekspert jeszcze nie przeglądał planu", "in_review": "w przeglądzie u eksperta",
                 "returned": "zwrócony szkole do poprawy", "accepted": "zaakceptowany przez eksperta"}


@dataclass(frozen=True)
class ApplyResult:
    rspo: str
    added: int
    updated: int
    unchanged: int
    status: str  # the review status the file carries (new | in_review | returned | accepted)
    duplicate: bool = False  # the same file was applied before: nothing changed

    def summary(self) -> str:
        if self.duplicate:
            return (f"Ten plik uwag wczytano już wcześniej — nic nie zmieniono (szkoła {self.rspo}, uwag: "
                    f"{self.unchanged}).")
        return (f"Wczytano uwagi eksperta EDUlab dla szkoły {self.rspo}: nowych {self.added}, zmienionych "
                f"{self.updated}, bez zmian {self.unchanged}. Stan przeglądu: {STATUS_LABELS[self.status]}.")

    def to_dict(self) -> dict[str, Any]:
        return {"rspo": self.rspo, "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "status": self.status, "duplicate": self.duplicate}


@dataclass(frozen=True)
class ReceivedComment:
    comment_id: str
    action_id: str | None  # None: the whole plan
    action_title: str  # as the expert saw it
    text: str
    author: str
    created_at: dt.datetime  # UTC (naive)
    review_status: str
    reviewer: str
    received_at: dt.datetime
    answer: str | None
    answered_at: dt.datetime | None

    @property
    def answered(self) -> bool:
        return bool(self.answer)

    def to_dict(self) -> dict[str, Any]:
        return {"comment_id": self.comment_id, "action_id": self.action_id, "action_title": self.action_title,
                "text": self.text, "author": self.author, "created_at": _iso(self.created_at),
                "review_status": self.review_status, "reviewer": self.reviewer,
                "received_at": _iso(self.received_at), "answer": self.answer,
                "answered_at": _iso(self.answered_at)}


@dataclass(frozen=True)
class ReviewState:
    """The newest review file the school received (by the file's creation time)."""

    status: str
    reviewer: str
    created_at: dt.datetime  # UTC (naive)
    received_at: dt.datetime
    file_name: str
    files: int  # review files received in all
    comments: int
    unanswered: int

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "reviewer": self.reviewer, "created_at": _iso(self.created_at),
                "received_at": _iso(self.received_at), "file_name": self.file_name, "files": self.files,
                "comments": self.comments, "unanswered": self.unanswered}


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.replace(tzinfo=dt.timezone.utc).isoformat() if moment is not None else None


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    """UTC without a time zone (as stored); a time without a zone is taken to be UTC already."""
    if moment is None:
        return None
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def _school_id(s, rspo: str) -> int:
    sid = s.scalar(select(School.id).where(School.rspo == rspo))
    if sid is None:
        raise NotFound(f"Nie ma szkoły o numerze RSPO {rspo}. Listę szkół pokazuje: edulab school list")
    return sid


# -------------------------------------------------------------------------------------------------- apply


def read_review_path(path: str | os.PathLike) -> tuple[bytes, str]:
    """The bytes and name of a review file on disk, read with the format's size bound."""
    from exporters.review_file import MAX_REVIEW_BYTES

    p = Path(path)
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_REVIEW_BYTES + 1)
    except OSError as exc:
        raise UserError(f"Nie można odczytać pliku uwag {p}: {exc.strerror or exc}.") from None
    return data, p.name


def apply_review_path(db: Database, path: str | os.PathLike) -> ApplyResult:
    """``apply_review_file`` for a file on disk (``edulab import PLIK.edulab-review``, Plik → Importuj)."""
    data, name = read_review_path(path)
    return apply_review_file(db, data, name)


def apply_review_file(db: Database, data: bytes, name: str) -> ApplyResult:
    """Store the comments of one review file for the school it names; see the module's docstring.

    Raises UserError (a Polish message naming the file) when the file cannot be read or belongs to a school
    this install does not have; nothing is written then."""
    from exporters.package_errors import PackageError
    from exporters.review_file import read_review

    try:
        review = read_review(data, name)
    except UserError:
        raise
    except PackageError as exc:
        raise UserError(str(exc)) from None
    digest = hashlib.sha256(bytes(data)).hexdigest()
    rspo = review.school_rspo
    file_created = _utc(review.created_at)
    now = utcnow()
    with db.session() as s:
        sid = s.scalar(select(School.id).where(School.rspo == rspo))
        if sid is None:
            raise UserError(f"Plik uwag „{name}” dotyczy szkoły o numerze RSPO {rspo} („{review.school_name}”), "
                            f"a w tym programie nie ma takiej szkoły. Wczytaj plik w programie tej szkoły albo "
                            f"sprawdź numer RSPO w profilu szkoły.")
        if s.scalar(select(ReceivedReview.id).where(ReceivedReview.school_id == sid,
                                                    ReceivedReview.sha256 == digest)) is not None:
            return ApplyResult(rspo, 0, 0, len(review.comments), review.status, duplicate=True)
        s.add(ReceivedReview(school_id=sid, sha256=digest, file_name=name[:300], status=review.status,
                             reviewer=review.reviewer[:200], created_at=file_created,
                             package_sha256=review.package_sha256,
                             package_created_at=_utc(review.package_created_at),
                             app_version=review.app_version[:50], comments=len(review.comments), received_at=now))
        existing = {r.comment_id: r for r in s.scalars(
            select(ReceivedReviewComment).where(ReceivedReviewComment.school_id == sid))}
        added = updated = unchanged = 0
        for c in review.comments:
            carried = (c.answer or "").strip() or None  # the school's answer as the expert received it
            content = dict(action_id=c.action_id, action_title=c.action_title[:300], text=c.text,
                           author=c.author[:200], created_at=_utc(c.created_at), review_status=review.status,
                           reviewer=review.reviewer[:200])
            row = existing.get(c.id)
            if row is None:
                s.add(ReceivedReviewComment(school_id=sid, comment_id=c.id, review_sha256=digest,
                                            review_created_at=file_created, received_at=now,
                                            answer=carried,
                                            answered_at=(_utc(c.answered_at) or now) if carried else None, **content))
                added += 1
                continue
            changed = False
            if file_created >= row.review_created_at:
                changed = any(getattr(row, k) != v for k, v in content.items())
                for k, v in content.items():
                    setattr(row, k, v)
                row.review_sha256, row.review_created_at = digest, file_created
                if changed:
                    row.received_at = now
            if not row.answer and carried:  # e.g. the school's database was restored from an older backup
                row.answer, row.answered_at = carried, _utc(c.answered_at) or now
                changed = True
            if changed:
                updated += 1
            else:
                unchanged += 1
    return ApplyResult(rspo, added, updated, unchanged, review.status)


# -------------------------------------------------------------------------------------------------- read


def _info(r: ReceivedReviewComment) -> ReceivedComment:
    return ReceivedComment(r.comment_id, r.action_id, r.action_title, r.text, r.author, r.created_at,
                           r.review_status, r.reviewer, r.received_at, r.answer, r.answered_at)


def list_comments(db: Database, rspo: str, action_id: str | None = None) -> list[ReceivedComment]:
    """The expert's comments, oldest first: all of them (``action_id`` None), those on the whole plan
    (``action_id`` ""), or those on one action."""
    C = ReceivedReviewComment
    with db.session() as s:
        query = select(C).where(C.school_id == _school_id(s, rspo))
        if action_id == "":
            query = query.where(C.action_id.is_(None))
        elif action_id is not None:
            query = query.where(C.action_id == action_id)
        return [_info(r) for r in s.scalars(query.order_by(C.created_at, C.comment_id))]


def comment_counts(db: Database, rspo: str) -> dict[str, tuple[int, int]]:
    """(comments, of which unanswered) per action id; the whole plan's comments under ""."""
    C = ReceivedReviewComment
    out: dict[str, tuple[int, int]] = {}
    with db.session() as s:
        rows = s.execute(select(C.action_id, C.answer).where(C.school_id == _school_id(s, rspo))).all()
    for action_id, answer in rows:
        total, open_ = out.get(action_id or "", (0, 0))
        out[action_id or ""] = (total + 1, open_ + (0 if answer else 1))
    return out


def review_state(db: Database, rspo: str) -> ReviewState | None:
    """The newest review file received (status, reviewer, when) with the comment counts; None before any."""
    R, C = ReceivedReview, ReceivedReviewComment
    with db.session() as s:
        sid = _school_id(s, rspo)
        files = s.scalars(select(R).where(R.school_id == sid).order_by(R.created_at.desc(), R.id.desc())).all()
        if not files:
            return None
        answers = s.scalars(select(C.answer).where(C.school_id == sid)).all()
        newest = files[0]
        return ReviewState(newest.status, newest.reviewer, newest.created_at, newest.received_at, newest.file_name,
                           len(files), len(answers), sum(1 for a in answers if not a))


# -------------------------------------------------------------------------------------------------- answer


def validate_answer(text: str | None) -> str:
    """The answer as stored (trimmed); ValidationFailed naming the field when it is empty or too long."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise ValidationFailed([FieldError("answer", f"„{ANSWER_LABEL}”: pole jest wymagane — wpisz odpowiedź.")])
    if len(cleaned) > MAX_ANSWER:
        raise ValidationFailed([FieldError("answer", f"„{ANSWER_LABEL}”: najwyżej {MAX_ANSWER} znaków "
                                                     f"(jest {len(cleaned)}).")])
    return cleaned


def answer(db: Database, rspo: str, comment_id: str, text: str) -> ReceivedComment:
    """Save the school's answer to one comment (replacing an earlier answer); answered_at becomes now."""
    cleaned = validate_answer(text)
    C = ReceivedReviewComment
    with db.session() as s:
        row = s.scalar(select(C).where(C.school_id == _school_id(s, rspo), C.comment_id == comment_id))
        if row is None:
            raise NotFound(f"Szkoła {rspo} nie ma uwagi eksperta o identyfikatorze „{comment_id}”. Uwagi i ich "
                           f"identyfikatory pokazuje: edulab plan comments {rspo}")
        if row.answer != cleaned:
            row.answer, row.answered_at = cleaned, utcnow()
        return _info(row)


def answers_for_package(db: Database, rspo: str):
    """The answered comments as ``exporters.document.ReviewAnswer`` (oldest comment first, then by id), for
    ``PlanDocument.review_answers`` of the school's next package."""
    from exporters.document import ReviewAnswer

    C = ReceivedReviewComment
    with db.session() as s:
        rows = s.execute(select(C.comment_id, C.answer, C.answered_at)
                         .where(C.school_id == _school_id(s, rspo), C.answer.is_not(None), C.answer != "")
                         .order_by(C.created_at, C.comment_id)).all()
    return tuple(ReviewAnswer(cid, text, when.replace(tzinfo=dt.timezone.utc) if when else None)
                 for cid, text, when in rows)


__all__ = ["ANSWER_LABEL", "MAX_ANSWER", "STATUS_LABELS", "ApplyResult", "ReceivedComment", "ReviewState",
           "answer", "answers_for_package", "apply_review_file", "apply_review_path", "comment_counts",
           "list_comments", "read_review_path", "review_state", "validate_answer"]
