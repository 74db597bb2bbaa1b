"""The EDUlab expert's workspace as use cases: import plan packages from many schools, list the schools,
review one (its diagnosis and plan read-only, comments, status), export the comments as a review file.

Importing: paths are files or folders (a folder: every ``*.edulab`` in it and below). Each file is read with a
size bound, its SHA-256 looked up (the same file again is a reported no-op), then read defensively
(``exporters.read_package``) and stored **in its own transaction** — a bad package is reported with its
reason and skipped while the others land, and a cancelled import keeps what it had stored. A package newer
(by the manifest's creation time) than the school's latest supersedes it; the older stays as history with
its comments. Answers the school gave to earlier comments (the optional package member
``review-answers.json``) are attached to those comments.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import sys
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from edulab_app.errors import NotFound, UserError
from edulab_app.storage.base import utcnow
from edulab_app.storage.db import Database
from edulab_app.storage.review_models import (
    REVIEW_STATUSES,
    ReceivedPackage,
    Review,
    ReviewCommentRow,
    ReviewEvent,
)
from exporters.package_errors import PackageError
from exporters.package_format import MAX_PACKAGE_BYTES, PACKAGE_SUFFIX

log = logging.getLogger(__name__)
STATUS_LABELS = {"new": "nowy", "in_review": "w przeglądzie", "returned": "zwrócony do szkoły",
                 "accepted": "zaakceptowany"}
MAX_COMMENT = 5000
ProgressFn = Callable[[int, int, str], None]  # (files done, files in all, current file)


# -------------------------------------------------------------------------------------------------- import


@dataclass(frozen=True)
class ImportedPackage:
    path: str
    package_id: int
    rspo: str
    school_name: str
    created_at: dt.datetime
    outcome: str  # "new" (first of the school) | "newer" (supersedes the previous) | "older" (kept as history)
    answers: int = 0  # answers attached to earlier comments


@dataclass
class ImportReport:
    imported: list[ImportedPackage] = field(default_factory=list)
    superseded: list[tuple[str, int]] = field(default_factory=list)  # (rspo, package id) flagged superseded
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, what it duplicates)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, Polish reason)
    cancelled: bool = False
    total: int = 0  # files found

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        text = (f"Wczytano pakietów: {len(self.imported)}; zastąpionych starszych: {len(self.superseded)}; "
                f"już wczytanych wcześniej: {len(self.duplicates)}; błędnych: {len(self.failed)}")
        if self.cancelled:
            text += f"; przerwano po {len(self.imported) + len(self.duplicates) + len(self.failed)} z {self.total}"
        return text + "."


def expand_paths(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to import (folders expanded to their ``*.edulab`` files, sorted, each once) and the paths that do
    not exist."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob(f"*{PACKAGE_SUFFIX}") if p.is_file())
        elif path.is_file():
            found = [path]
        else:
            missing.append((str(path), f"Nie ma takiego pliku ani folderu: {path}."))
            continue
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                files.append(p)
    return files, missing


def _read_bounded(path: Path) -> bytes:
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > MAX_PACKAGE_BYTES:
            raise PackageError(f"Pakiet „{path.name}”: plik ma {size // (1024 * 1024)} MB, a pakiet może mieć "
                               f"najwyżej {MAX_PACKAGE_BYTES // (1024 * 1024)} MB. Sprawdź, czy to właściwy plik.",
                               file=path.name)
        data = fh.read(MAX_PACKAGE_BYTES + 1)
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageError(f"Pakiet „{path.name}”: plik jest za duży.", file=path.name)
    return data


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


@dataclass
class PreparedPackage:
    """One file read and checked, ready to store (or the reason it cannot be): plain data, so that it can be
    made in another process."""

    path: str
    sha256: str = ""
    error: str | None = None
    columns: dict[str, Any] = field(default_factory=dict)  # ReceivedPackage's columns
    created_at: dt.datetime | None = None  # as in the manifest (with its time zone)
    answers: list[tuple[str, str, dt.datetime | None]] = field(default_factory=list)  # (comment uid, answer, UTC)


def _read_file(path: Path) -> tuple[bytes, str]:
    data = _read_bounded(path)
    return data, hashlib.sha256(data).hexdigest()


def _prepare_data(path: Path, data: bytes, digest: str) -> PreparedPackage:
    from edulab_app.services.region import package_facts
    from exporters.package_read import read_package
    from plans.costs import totals_by_year

    contents = read_package(data, path.name)
    doc = contents.document
    school = doc.school
    open_findings = doc.open_findings
    costs_by_year = totals_by_year(doc.plan) if doc.plan is not None else {}
    top = ([[p.id, p.title] for p in sorted(doc.diagnosis.priorities, key=lambda p: (p.rank, p.id))[:3]]
           if doc.diagnosis else [])
    columns = dict(
        rspo=school.rspo, school_name=school.name, county=school.county, municipality=school.municipality,
        created_at=_utc(contents.manifest.created_at), sha256=digest, file_name=path.name[:300],
        app_version=contents.manifest.app_version, format_version=contents.manifest.format_version,
        members=contents.members, version_label=doc.version_label[:200], plan_period=doc.period[:40],
        pupils_total=school.pupils_total, pupils_migrant=school.pupils_migrant or 0,
        total_cost=round(sum(costs_by_year.values()), 2), costs_by_year=costs_by_year,
        findings_count=len(open_findings), errors_count=sum(1 for f in open_findings if f.severity == "error"),
        top_priorities=top, facts=package_facts(doc))
    answers = [(a.comment_id, a.answer, _utc(a.answered_at) if a.answered_at else None) for a in doc.review_answers]
    return PreparedPackage(str(path), digest, None, columns, contents.manifest.created_at, answers)


def prepare_package(path: str) -> PreparedPackage:
    """Read, check and boil down one file; never raises (a problem becomes ``error``). Runs in worker processes."""
    p = Path(path)
    try:
        data, digest = _read_file(p)
        return _prepare_data(p, data, digest)
    except PackageError as exc:
        return PreparedPackage(path, error=str(exc))
    except OSError as exc:
        return PreparedPackage(path, error=f"Nie można odczytać pliku {path}: {exc.strerror or exc}.")


PARALLEL_FROM = 24  # files: below this a pool of processes costs more than it saves


def _workers(files: int, workers: int | None) -> int:
    if workers is not None:
        return workers
    if files < PARALLEL_FROM or getattr(sys, "frozen", False):  # frozen builds: freeze_support is the lead's
        return 0
    return min(4, os.cpu_count() or 1) if (os.cpu_count() or 1) > 1 else 0


def import_packages(db: Database, paths: Iterable[str | os.PathLike], progress: ProgressFn | None = None,
                    cancel: Callable[[], bool] | None = None, workers: int | None = None) -> ImportReport:
    """Import every package under ``paths``; see the module's docstring. ``progress(done, total, path)`` is
    called before each file and once at the end; ``cancel()`` is asked between files.

    Reading and checking a package is CPU work; with many files (and ``workers`` not 0) it runs in a pool of
    worker processes (spawned, so it is safe from a GUI thread too) while this process stores the results in
    the files' order, each in its own transaction."""
    files, missing = expand_paths(paths)
    report = ImportReport(failed=list(missing), total=len(files))
    with db.session() as s:
        known = dict(s.execute(select(ReceivedPackage.sha256, ReceivedPackage.school_name)).tuples().all())
    n = _workers(len(files), workers)
    pool = None
    if n > 0:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context("spawn"))
        results = pool.map(prepare_package, [str(f) for f in files], chunksize=8)
    else:
        results = None
    try:
        for i, path in enumerate(files):
            if cancel is not None and cancel():
                report.cancelled = True
                break
            if progress is not None:
                progress(i, len(files), str(path))
            prepared = None
            if results is not None:
                try:
                    prepared = next(results)
                except Exception as exc:  # noqa: BLE001 - the pool broke (no importable __main__, killed worker…)
                    log.info("reader processes failed (%s); reading the rest in this process", exc)
                    results = None
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = None
            if prepared is None:
                try:
                    data, digest = _read_file(path)
                    prepared = (PreparedPackage(str(path), digest) if digest in known
                                else _prepare_data(path, data, digest))
                except PackageError as exc:
                    prepared = PreparedPackage(str(path), error=str(exc))
                except OSError as exc:
                    prepared = PreparedPackage(str(path), error=f"Nie można odczytać pliku {path}: "
                                                                f"{exc.strerror or exc}.")
            if prepared.error is not None:
                report.failed.append((str(path), prepared.error))
            elif prepared.sha256 in known:
                report.duplicates.append((str(path), f"ten sam plik wczytano już wcześniej: {known[prepared.sha256]}"))
            else:
                try:
                    _store(db, prepared, report)
                except PackageError as exc:
                    report.failed.append((str(path), str(exc)))
                else:
                    known[prepared.sha256] = prepared.columns.get("school_name", "")
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), "")
    return report


def _store(db: Database, prepared: PreparedPackage, report: ImportReport) -> None:
    """Store one prepared package in its own transaction: supersede, review, events, answers."""
    columns = prepared.columns
    rspo, created = columns["rspo"], columns["created_at"]
    row = ReceivedPackage(imported_at=utcnow(), **columns)
    try:
        with db.session() as s:
            latest = s.scalars(select(ReceivedPackage).where(ReceivedPackage.rspo == rspo,
                                                             ReceivedPackage.superseded.is_(False))).all()
            newest = max(latest, key=lambda r: (r.created_at, r.id), default=None)
            older = newest is not None and newest.created_at >= created
            row.superseded = older
            s.add(row)
            s.flush()
            superseded = [] if older else list(latest)
            for r in superseded:
                r.superseded = True
            review = s.get(Review, rspo)
            if review is None:
                review = Review(rspo=rspo, status="new", created_at=utcnow(), updated_at=utcnow())
                s.add(review)
                s.flush()
            when = f"{prepared.created_at:%d.%m.%Y %H:%M}"
            if older:
                note = f"Wczytano starszy pakiet (z {when}) — zachowany w historii."
            else:
                note = f"Wczytano pakiet z {when}" + (" — zastępuje poprzedni." if newest is not None else ".")
            event = ReviewEvent(rspo=rspo, kind="package", package_id=row.id, note=note, at=utcnow())
            if not older and review.status != "new":
                event.status_from, event.status_to = review.status, "new"
                review.status = "new"
            review.updated_at = utcnow()
            s.add(event)
            answered = _attach_answers(s, rspo, row.id, prepared.answers, created)
            if answered:
                s.add(ReviewEvent(rspo=rspo, kind="answers", package_id=row.id, at=utcnow(),
                                  note=f"Szkoła odpowiedziała na uwagi: {answered}."))
            package_id = row.id
            flagged = [(rspo, r.id) for r in superseded] + ([(rspo, row.id)] if older else [])
    except IntegrityError:  # the same file stored meanwhile by another import
        report.duplicates.append((prepared.path, "ten sam plik wczytano już wcześniej"))
        return
    report.superseded.extend(flagged)
    report.imported.append(ImportedPackage(prepared.path, package_id, rspo, columns["school_name"],
                                           prepared.created_at,
                                           "older" if older else ("newer" if newest is not None else "new"), answered))


def _attach_answers(s, rspo: str, package_id: int, answers: list[tuple[str, str, dt.datetime | None]],
                    created: dt.datetime) -> int:
    if not answers:
        return 0
    by_uid = {uid: (text, when) for uid, text, when in answers}
    rows = s.scalars(select(ReviewCommentRow).where(ReviewCommentRow.rspo == rspo,
                                                    ReviewCommentRow.uid.in_(list(by_uid)))).all()
    count = 0
    for c in rows:
        text, when = by_uid[c.uid]
        when = when or created
        if c.answered_at is None or c.answered_at <= when:
            c.school_answer, c.answered_at, c.answer_package_id = text, when, package_id
            count += 1
    return count


# -------------------------------------------------------------------------------------------------- schools


@dataclass(frozen=True)
class SchoolFilter:
    county: str | None = None
    status: str | None = None
    search: str = ""  # RSPO, name or municipality, case-insensitive


@dataclass(frozen=True)
class SchoolRow:
    rspo: str
    name: str
    county: str
    municipality: str
    pupils_migrant: int
    pupils_total: int | None
    top_priorities: list[tuple[str, str]]  # (id, title), by rank
    costs_by_year: dict[str, float]
    total_cost: float
    findings_count: int
    errors_count: int
    status: str
    package_id: int
    created_at: dt.datetime  # the latest package's creation time (UTC)
    imported_at: dt.datetime
    packages: int  # received, the superseded ones included
    comments: int
    answered: int

    @property
    def cost_per_year(self) -> float:
        """The plan's average cost per school year."""
        return round(self.total_cost / len(self.costs_by_year), 2) if self.costs_by_year else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"rspo": self.rspo, "name": self.name, "county": self.county, "municipality": self.municipality,
                "pupils_migrant": self.pupils_migrant, "pupils_total": self.pupils_total,
                "top_priorities": [{"id": i, "title": t} for i, t in self.top_priorities],
                "costs_by_year": self.costs_by_year, "cost_per_year": self.cost_per_year,
                "total_cost": self.total_cost, "findings": self.findings_count, "errors": self.errors_count,
                "status": self.status, "package_id": self.package_id, "package_created_at": self.created_at.isoformat(),
                "imported_at": self.imported_at.isoformat(), "packages": self.packages, "comments": self.comments,
                "answered": self.answered}


def list_schools(db: Database, filters: SchoolFilter | None = None) -> list[SchoolRow]:
    """The schools with their latest package, sorted by county and name."""
    f = filters or SchoolFilter()
    if f.status is not None and f.status not in REVIEW_STATUSES:
        raise UserError(f"Nieznany stan przeglądu „{f.status}”. Dozwolone: {', '.join(REVIEW_STATUSES)}.")
    P = ReceivedPackage
    query = (select(P.id, P.rspo, P.school_name, P.county, P.municipality, P.pupils_migrant, P.pupils_total,
                    P.top_priorities, P.costs_by_year, P.total_cost, P.findings_count, P.errors_count, P.created_at,
                    P.imported_at, Review.status)
             .join(Review, Review.rspo == P.rspo, isouter=True).where(P.superseded.is_(False)))
    if f.county:
        query = query.where(P.county == f.county)
    if f.status:
        query = query.where(Review.status == f.status)
    with db.session() as s:
        rows = s.execute(query).all()
        counts = dict(s.execute(select(P.rspo, func.count()).group_by(P.rspo)).tuples().all())
        comments = {r: (n, a) for r, n, a in s.execute(
            select(ReviewCommentRow.rspo, func.count(), func.count(ReviewCommentRow.school_answer))
            .group_by(ReviewCommentRow.rspo))}
    needle = f.search.strip().casefold()
    out = []
    for (pid, rspo, name, county, muni, migrant, total, top, costs, cost, nf, ne, created, imported,
         status) in rows:
        if needle and needle not in f"{rspo} {name} {muni}".casefold():
            continue
        n, answered = comments.get(rspo, (0, 0))
        out.append(SchoolRow(rspo, name, county, muni, migrant, total, [tuple(x) for x in top or ()],
                             dict(costs or {}), cost, nf, ne, status or "new", pid, created, imported,
                             counts.get(rspo, 1), n, answered))
    out.sort(key=lambda r: (r.county.casefold(), r.name.casefold(), r.rspo))
    return out


def counties(db: Database) -> list[str]:
    with db.session() as s:
        return sorted(c for (c,) in s.execute(select(ReceivedPackage.county).distinct()) if c)


# -------------------------------------------------------------------------------------------------- review


@dataclass(frozen=True)
class PackageInfo:
    id: int
    created_at: dt.datetime
    imported_at: dt.datetime
    file_name: str
    version_label: str
    app_version: str
    superseded: bool
    sha256: str


@dataclass(frozen=True)
class CommentInfo:
    id: int
    uid: str
    package_id: int
    action_id: str | None
    action_title: str
    text: str
    author: str
    created_at: dt.datetime
    school_answer: str | None
    answered_at: dt.datetime | None
    on_current: bool  # written on the school's latest package

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "uid": self.uid, "package_id": self.package_id, "action_id": self.action_id,
                "action_title": self.action_title, "text": self.text, "author": self.author,
                "created_at": self.created_at.isoformat(), "school_answer": self.school_answer,
                "answered_at": self.answered_at.isoformat() if self.answered_at else None,
                "on_current": self.on_current}


@dataclass(frozen=True)
class EventInfo:
    at: dt.datetime
    kind: str
    status_from: str | None
    status_to: str | None
    note: str
    author: str


@dataclass(frozen=True)
class SchoolReview:
    rspo: str
    status: str
    package: PackageInfo
    document: Any  # exporters.document.PlanDocument
    tracking: dict[str, Any] | None
    history: list[PackageInfo]  # newest first, the current one included
    comments: list[CommentInfo]
    events: list[EventInfo]

    def comments_for(self, action_id: str | None) -> list[CommentInfo]:
        return [c for c in self.comments if c.action_id == action_id]

    def to_dict(self) -> dict[str, Any]:
        doc = self.document
        school = doc.school
        return {
            "rspo": self.rspo, "status": self.status, "name": school.name, "county": school.county,
            "municipality": school.municipality, "pupils_total": school.pupils_total,
            "pupils_migrant": school.pupils_migrant, "period": doc.period, "version_label": doc.version_label,
            "package": {"id": self.package.id, "created_at": self.package.created_at.isoformat(),
                        "file_name": self.package.file_name, "sha256": self.package.sha256},
            "history": [{"id": p.id, "created_at": p.created_at.isoformat(), "superseded": p.superseded}
                        for p in self.history],
            "priorities": [{"id": p.id, "title": p.title, "rank": p.rank}
                           for p in (doc.diagnosis.priorities if doc.diagnosis else ())],
            "actions": [{"id": a.id, "title": a.title, "school_year": a.school_year, "status": a.status,
                         "planned_cost": a.planned_cost} for _, a in doc.numbered_actions()],
            "findings": [{"severity": f.severity, "message": f.message, "action_id": f.action_id}
                         for f in doc.open_findings],
            "comments": [c.to_dict() for c in self.comments],
            "events": [{"at": e.at.isoformat(), "kind": e.kind, "from": e.status_from, "to": e.status_to,
                        "note": e.note} for e in self.events],
        }


def _package_info(r: ReceivedPackage) -> PackageInfo:
    return PackageInfo(r.id, r.created_at, r.imported_at, r.file_name, r.version_label, r.app_version,
                       r.superseded, r.sha256)


def _current(s, rspo: str) -> ReceivedPackage:
    row = s.scalar(select(ReceivedPackage).where(ReceivedPackage.rspo == rspo, ReceivedPackage.superseded.is_(False))
                   .order_by(ReceivedPackage.created_at.desc()).limit(1))
    if row is None:
        raise NotFound(f"Nie wczytano żadnego pakietu szkoły o numerze RSPO {rspo}.")
    return row


def get_review(db: Database, rspo: str) -> SchoolReview:
    from exporters.package_read import document_from_members

    with db.session() as s:
        current = _current(s, rspo)
        history = s.execute(select(ReceivedPackage.id, ReceivedPackage.created_at, ReceivedPackage.imported_at,
                                   ReceivedPackage.file_name, ReceivedPackage.version_label,
                                   ReceivedPackage.app_version, ReceivedPackage.superseded, ReceivedPackage.sha256)
                            .where(ReceivedPackage.rspo == rspo)
                            .order_by(ReceivedPackage.created_at.desc(), ReceivedPackage.id.desc())).all()
        review = s.get(Review, rspo)
        comments = s.scalars(select(ReviewCommentRow).where(ReviewCommentRow.rspo == rspo)
                             .order_by(ReviewCommentRow.created_at, ReviewCommentRow.id)).all()
        events = s.scalars(select(ReviewEvent).where(ReviewEvent.rspo == rspo)
                           .order_by(ReviewEvent.at, ReviewEvent.id)).all()
        members, info = current.members, _package_info(current)
        comment_infos = [CommentInfo(c.id, c.uid, c.package_id, c.action_id, c.action_title, c.text, c.author,
                                     c.created_at, c.school_answer, c.answered_at, c.package_id == current.id)
                         for c in comments]
        event_infos = [EventInfo(e.at, e.kind, e.status_from, e.status_to, e.note, e.author) for e in events]
        status = review.status if review else "new"
    contents = document_from_members(members, info.file_name)
    return SchoolReview(rspo, status, info, contents.document, contents.tracking,
                        [PackageInfo(*h) for h in history], comment_infos, event_infos)


def add_comment(db: Database, rspo: str, text: str, action_id: str | None = None, author: str = "") -> CommentInfo:
    """A comment on one action (``action_id``) or on the whole plan, attached to the school's latest package.
    A first comment on a review that is still "new" puts it "in review"."""
    text = (text or "").strip()
    if not text:
        raise UserError("Uwaga jest pusta — wpisz jej treść.")
    if len(text) > MAX_COMMENT:
        raise UserError(f"Uwaga jest za długa ({len(text)} znaków; najwyżej {MAX_COMMENT}).")
    with db.session() as s:
        current = _current(s, rspo)
        title = ""
        if action_id:
            plan = (current.members.get("plan.json") or {}).get("plan") or {}
            found = next((a for a in plan.get("actions", ()) if a.get("id") == action_id), None)
            if found is None:
                raise NotFound(f"W planie szkoły {rspo} nie ma działania „{action_id}”.")
            title = found.get("title", "")[:300]
        row = ReviewCommentRow(uid=uuid.uuid4().hex, rspo=rspo, package_id=current.id, action_id=action_id or None,
                               action_title=title, text=text, author=author[:200], created_at=utcnow())
        s.add(row)
        review = s.get(Review, rspo)
        if review is not None and review.status == "new":
            s.add(ReviewEvent(rspo=rspo, kind="status", status_from="new", status_to="in_review", author=author[:200],
                              note="Pierwsza uwaga eksperta.", at=utcnow()))
            review.status = "in_review"
            review.updated_at = utcnow()
        s.flush()
        return CommentInfo(row.id, row.uid, row.package_id, row.action_id, row.action_title, row.text, row.author,
                           row.created_at, None, None, True)


def delete_comment(db: Database, comment_id: int) -> None:
    with db.session() as s:
        row = s.get(ReviewCommentRow, comment_id)
        if row is None:
            raise NotFound(f"Nie ma uwagi nr {comment_id}.")
        s.delete(row)


def set_status(db: Database, rspo: str, status: str, author: str = "", note: str = "") -> str:
    """Change the review's status (new, in_review, returned, accepted); returns the previous one."""
    if status not in REVIEW_STATUSES:
        raise UserError(f"Nieznany stan przeglądu „{status}”. Dozwolone: "
                        + ", ".join(f"{k} ({v})" for k, v in STATUS_LABELS.items()) + ".")
    with db.session() as s:
        _current(s, rspo)
        review = s.get(Review, rspo)
        if review is None:
            review = Review(rspo=rspo, status="new", created_at=utcnow(), updated_at=utcnow())
            s.add(review)
            s.flush()
        previous = review.status
        if previous != status:
            review.status = status
            review.updated_at = utcnow()
            s.add(ReviewEvent(rspo=rspo, kind="status", status_from=previous, status_to=status, author=author[:200],
                              note=note[:2000], at=utcnow()))
        return previous


def export_comments(db: Database, rspo: str, reviewer: str = "", now: dt.datetime | None = None) -> bytes:
    """The review file (``exporters.review_file``) with every comment of the school — those on its earlier
    packages too, so the thread is complete — on its latest package."""
    from edulab_app import __version__
    from exporters.review_file import ReviewComment, ReviewFile, write_review

    now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    with db.session() as s:
        current = _current(s, rspo)
        review = s.get(Review, rspo)
        comments = s.scalars(select(ReviewCommentRow).where(ReviewCommentRow.rspo == rspo)
                             .order_by(ReviewCommentRow.created_at, ReviewCommentRow.id)).all()

        def aware(moment):
            return moment.replace(tzinfo=dt.timezone.utc) if moment is not None and moment.tzinfo is None else moment

        review_file = ReviewFile(
            school_rspo=rspo, school_name=current.school_name, package_sha256=current.sha256,
            package_created_at=aware(current.created_at), status=review.status if review else "new",
            reviewer=reviewer[:200], created_at=now, app_version=__version__,
            comments=tuple(ReviewComment(c.uid, c.action_id, c.action_title, c.text, c.author, aware(c.created_at),
                                         c.school_answer, aware(c.answered_at)) for c in comments))
        data = write_review(review_file)
        if review is not None:
            s.add(ReviewEvent(rspo=rspo, kind="export", author=reviewer[:200], at=utcnow(),
                              note=f"Wyeksportowano plik uwag ({len(comments)} uwag)."))
    return data


__all__ = ["ImportReport", "ImportedPackage", "SchoolFilter", "SchoolRow", "SchoolReview", "CommentInfo",
           "STATUS_LABELS", "add_comment", "counties", "delete_comment", "export_comments", "get_review",
           "import_packages", "list_schools", "set_status"]
