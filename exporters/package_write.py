"""Writing the ``.edulab`` exchange package (see ``exporters.package_format`` for the layout).

``write_package(doc)`` returns the ZIP as bytes and is deterministic: the same document (including its
``generated_at``) gives the same bytes, so export → import → export can be compared byte for byte.
Free-text evidence notes of actions stay at school (they may name pupils); everything else of the plan
travels. Before anything is returned, every member is validated against the published schema.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import zipfile
from typing import Any

from exporters.document import PlanDocument
from exporters.package_errors import PackageError, schema_problem
from exporters.package_format import (
    MANIFEST,
    PACKAGE_FORMAT,
    PACKAGE_VERSION,
    dumps,
    fast_member_check,
    member_validator,
)
from plans.model import Plan
from plans.tracking import tracking_summary

OMITTED_ACTION_FIELDS = ("evidence_notes",)  # free text typed at school: may name pupils


def plan_for_package(plan: Plan) -> dict[str, Any]:
    data = plan.to_dict()
    for action in data["actions"]:
        for key in OMITTED_ACTION_FIELDS:
            action.pop(key, None)
    return data


def _plain(value: Any) -> Any:
    """Tuples to lists and mappings to dicts, recursively: what JSON (and the schema) calls arrays and objects."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def package_members(doc: PlanDocument) -> dict[str, Any]:
    """The JSON content of every member except the manifest (plain dicts and lists); the optional
    ``review-answers.json`` only when the document carries answers to an expert's review."""
    school = dataclasses.asdict(doc.school)
    members: dict[str, Any] = {
        "school.json": {"school": school,
                        "staff": [{"id": s.id, "name": s.name, "role": s.role} for s in doc.staff]},
        "diagnosis.json": {"current": doc.diagnosis.to_dict() if doc.diagnosis else None,
                           "previous": doc.previous.to_dict() if doc.previous else None},
        "plan.json": {"version_label": doc.version_label,
                      "plan": plan_for_package(doc.plan) if doc.plan else None},
        "findings.json": {"findings": [dataclasses.asdict(f) for f in doc.findings],
                          "accepted": sorted(doc.accepted_finding_ids)},
        "tracking.json": {"summary": tracking_summary(doc.plan) if doc.plan else None},
    }
    if doc.school_data is not None:
        members["school-data.json"] = doc.school_data
    if doc.review_answers:
        members["review-answers.json"] = {"answers": [
            {"comment_id": a.comment_id, "answer": a.answer,
             "answered_at": a.answered_at.isoformat() if a.answered_at else None} for a in doc.review_answers]}
    return _plain(members)


def _zip_time(moment: dt.datetime) -> tuple[int, int, int, int, int, int]:
    year = min(max(moment.year, 1980), 2107)
    return (year, moment.month, moment.day, moment.hour, moment.minute, moment.second - moment.second % 2)


def write_package(doc: PlanDocument) -> bytes:
    """The exchange package of ``doc`` as ZIP bytes (raises PackageError if the document does not fit
    the format, e.g. an RSPO that is not a number)."""
    members = package_members(doc)
    name = f"{doc.school.rspo}.edulab"
    encoded: dict[str, bytes] = {}
    for member in members:  # the required ones in their order, then the optional ones present
        _validate(member, members[member], name)
        encoded[member] = dumps(members[member])
    manifest = {
        "format": PACKAGE_FORMAT, "format_version": PACKAGE_VERSION, "app_version": doc.app_version,
        "school_rspo": doc.school.rspo, "created_at": doc.generated_at.isoformat(),
        "members": [{"name": m, "size": len(encoded[m]), "sha256": hashlib.sha256(encoded[m]).hexdigest()}
                    for m in encoded],
    }
    _validate(MANIFEST, manifest, name)
    buffer = io.BytesIO()
    when = _zip_time(doc.generated_at)
    with zipfile.ZipFile(buffer, "w") as zf:
        for member, data in [(MANIFEST, dumps(manifest)), *encoded.items()]:
            info = zipfile.ZipInfo(member, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # the same bytes on every platform
            info.external_attr = 0o644 << 16
            zf.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def _validate(member: str, data, file: str) -> None:
    fast = fast_member_check(member)
    if fast is not None and fast(data):
        return
    problem = schema_problem(member_validator(member), data)
    if problem is not None:
        field, text = problem
        raise PackageError(f"Nie można zapisać pakietu: {member}, pole {field}: {text}. Popraw te dane w programie "
                           "i spróbuj ponownie.", file=file, member=member, field=field)
