"""The review file (``.edulab-review``): an EDUlab expert's comments on a school's plan, sent back to the school.

Layout (format 1) — a ZIP archive like the ``.edulab`` package, holding:

=================  ==========================================================================
manifest.json      format ``edulab-review``, its version, app version, school RSPO, creation time,
                   and the size and SHA-256 of ``review.json``
review.json        the school (RSPO, name), the package reviewed (its SHA-256 and creation time),
                   the review status and reviewer, and the comments: each with a stable id, the
                   action it is about (``null`` = the whole plan), text, author, time, and the
                   school's answer so far (if any)
=================  ==========================================================================

Both members are validated against ``resources/schemas/edulab-review-v1.schema.json``. The school imports the
file (``edulab import``) and sees each comment beside its action; its next package carries the answers in the
optional member ``review-answers.json`` keyed by the comment ids, and the expert's import attaches them to the
comments. No pupil-level data has a place in it.

``read_review`` is as defensive as ``read_package`` (both use the archive checks of :mod:`exporters.safe_zip`):
size, member names and count, compression ratio, checksum before parsing, strict JSON, schema, consistency;
every failure is a :class:`ReviewError` (a :class:`PackageError`) with a Polish message naming the file,
member and field.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator

from exporters.package_errors import PackageError, schema_problem
from exporters.package_format import dumps
from exporters.safe_zip import SafeZipReader
from resources import resource_path

REVIEW_FORMAT = "edulab-review"
REVIEW_VERSION = 1
REVIEW_SUFFIX = ".edulab-review"
REVIEW_SCHEMA_FILE = "edulab-review-v1.schema.json"
MANIFEST = "manifest.json"
REVIEW_MEMBER = "review.json"
MAX_REVIEW_BYTES = 10 * 1024 * 1024
REVIEW_STATUSES = ("new", "in_review", "returned", "accepted")
_DEFINITIONS = {MANIFEST: "manifest", REVIEW_MEMBER: "review"}  # the schema's definition of each member
_RESEND = "Poproś eksperta EDUlab o ponowne wyeksportowanie i przesłanie pliku uwag."


class ReviewError(PackageError):
    """A review file cannot be read or written; the message is Polish and names the file (and member, field)."""


@dataclass(frozen=True)
class ReviewComment:
    id: str  # stable across the expert, the school and the school's next package
    action_id: str | None  # None: a comment on the whole plan
    action_title: str
    text: str
    author: str
    created_at: dt.datetime
    answer: str | None = None  # the school's answer, as the expert last received it
    answered_at: dt.datetime | None = None


@dataclass(frozen=True)
class ReviewFile:
    school_rspo: str
    school_name: str
    package_sha256: str  # the package the comments were written on
    package_created_at: dt.datetime
    status: str  # new | in_review | returned | accepted
    reviewer: str
    created_at: dt.datetime
    app_version: str
    comments: tuple[ReviewComment, ...] = ()
    format_version: int = REVIEW_VERSION

    def comments_for(self, action_id: str | None) -> tuple[ReviewComment, ...]:
        return tuple(c for c in self.comments if c.action_id == action_id)


def schema_path():
    return resource_path("schemas", REVIEW_SCHEMA_FILE)


@functools.lru_cache(maxsize=1)
def review_schema() -> dict[str, Any]:
    with open(schema_path(), encoding="utf-8") as fh:
        return json.load(fh)


@functools.lru_cache(maxsize=4)
def _validator(definition: str) -> Draft202012Validator:
    schema = review_schema()
    return Draft202012Validator({"$schema": schema["$schema"], "$defs": schema["$defs"],
                                 "$ref": f"#/$defs/{definition}"})


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _parse_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def review_member(review: ReviewFile) -> dict[str, Any]:
    return {
        "school": {"rspo": review.school_rspo, "name": review.school_name},
        "package": {"sha256": review.package_sha256, "created_at": review.package_created_at.isoformat()},
        "status": review.status,
        "reviewer": review.reviewer,
        "comments": [{"id": c.id, "action_id": c.action_id, "action_title": c.action_title, "text": c.text,
                      "author": c.author, "created_at": c.created_at.isoformat(), "answer": c.answer,
                      "answered_at": _iso(c.answered_at)} for c in review.comments],
    }


def write_review(review: ReviewFile) -> bytes:
    """The review file as ZIP bytes; deterministic (the same review gives the same bytes). Raises ReviewError
    when the review does not fit the format (e.g. an empty comment)."""
    name = f"{review.school_rspo}{REVIEW_SUFFIX}"
    body = review_member(review)
    _check_for_writing(body, name, REVIEW_MEMBER, "review")
    encoded = dumps(body)
    manifest = {"format": REVIEW_FORMAT, "format_version": REVIEW_VERSION, "app_version": review.app_version,
                "school_rspo": review.school_rspo, "created_at": review.created_at.isoformat(),
                "members": [{"name": REVIEW_MEMBER, "size": len(encoded),
                             "sha256": hashlib.sha256(encoded).hexdigest()}]}
    _check_for_writing(manifest, name, MANIFEST, "manifest")
    moment = review.created_at
    when = (min(max(moment.year, 1980), 2107), moment.month, moment.day, moment.hour, moment.minute,
            moment.second - moment.second % 2)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for member, data in ((MANIFEST, dumps(manifest)), (REVIEW_MEMBER, encoded)):
            info = zipfile.ZipInfo(member, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            zf.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def _check_for_writing(data: Any, file: str, member: str, definition: str) -> None:
    problem = schema_problem(_validator(definition), data)
    if problem is not None:
        field, text = problem
        raise ReviewError(f"Nie można zapisać pliku uwag: {member}, pole {field}: {text}.", file=file,
                          member=member, field=field)


class _ReviewReader(SafeZipReader):
    """The archive checks of :mod:`exporters.safe_zip` with the review's wording, limits, schema and members."""

    error = ReviewError
    label = "Plik uwag"
    resend = _RESEND
    max_bytes = MAX_REVIEW_BYTES
    noun, nouns = "plik uwag", "pliki uwag"
    empty = ("plik jest pusty", "Wybierz właściwy plik uwag (.edulab-review).")
    not_zip = ("to nie jest plik uwag EDUlab (plik nie jest archiwum ZIP)",
               "Wybierz plik .edulab-review otrzymany od eksperta EDUlab.")
    no_manifest = f"brak pliku {MANIFEST} — to nie jest plik uwag EDUlab"
    not_this_format = "to nie jest plik uwag EDUlab"
    expected_format, known_version = REVIEW_FORMAT, REVIEW_VERSION

    def format_advice(self, found: Any) -> str:
        return ("To pakiet planu szkoły — wczytaj go w przestrzeni eksperta."
                if found == "edulab-plan-package" else "Wybierz plik .edulab-review.")

    def validate(self, data: Any, member: str) -> None:
        self.check_schema(_validator(_DEFINITIONS[member]), data, member)

    def read_review(self) -> ReviewFile:
        zf = self.open()
        with zf:
            entries = self.entries(zf)
            manifest = self.read_manifest(zf, entries)
            listed = manifest["members"]
            if [m["name"] for m in listed] != [REVIEW_MEMBER]:
                raise self.fail(f"manifest ma wymieniać tylko plik {REVIEW_MEMBER}", member=MANIFEST, field="members")
            extra = sorted(set(entries) - {MANIFEST, REVIEW_MEMBER})
            if extra:
                raise self.fail("nieoczekiwany plik w pliku uwag (format 1 go nie przewiduje)", member=extra[0])
            if REVIEW_MEMBER not in entries:
                raise self.fail("brak pliku w archiwum, choć manifest go wymienia", member=REVIEW_MEMBER)
            raw = self.read_checked(zf, entries[REVIEW_MEMBER], listed[0], MAX_REVIEW_BYTES)
        body = self.parse_json(raw, REVIEW_MEMBER)
        self.validate(body, REVIEW_MEMBER)
        return self.build_review(manifest, body)

    def build_review(self, manifest: dict[str, Any], body: dict[str, Any]) -> ReviewFile:
        if body["school"]["rspo"] != manifest["school_rspo"]:
            raise self.fail(f"numer RSPO szkoły ({body['school']['rspo']}) różni się od numeru w manifeście "
                            f"({manifest['school_rspo']})", member=REVIEW_MEMBER, field="school.rspo")
        ids = [c["id"] for c in body["comments"]]
        if len(set(ids)) != len(ids):
            dup = next(i for i in ids if ids.count(i) > 1)
            raise self.fail(f"identyfikator uwagi {dup!r} występuje dwa razy", member=REVIEW_MEMBER,
                            field="comments.id")
        try:
            created = _parse_time(manifest["created_at"])
            package_created = _parse_time(body["package"]["created_at"])
            comments = tuple(ReviewComment(
                id=c["id"], action_id=c["action_id"], action_title=c["action_title"], text=c["text"],
                author=c["author"], created_at=_parse_time(c["created_at"]), answer=c["answer"],
                answered_at=_parse_time(c["answered_at"]) if c["answered_at"] else None) for c in body["comments"])
        except ValueError:
            raise self.fail("niepoprawna data", member=REVIEW_MEMBER) from None
        return ReviewFile(school_rspo=manifest["school_rspo"], school_name=body["school"]["name"],
                          package_sha256=body["package"]["sha256"], package_created_at=package_created,
                          status=body["status"], reviewer=body["reviewer"], created_at=created,
                          app_version=manifest["app_version"], comments=comments,
                          format_version=manifest["format_version"])


def read_review(data: bytes, name: str) -> ReviewFile:
    """Read a review file from its bytes; ``name`` (the file name) appears in every message.

    Returns a :class:`ReviewFile` or raises :class:`ReviewError` — never another exception."""
    return _ReviewReader(data, name).read_review()


__all__ = ["REVIEW_FORMAT", "REVIEW_STATUSES", "REVIEW_SUFFIX", "REVIEW_VERSION", "ReviewComment", "ReviewError",
           "ReviewFile", "read_review", "review_schema", "write_review"]
