"""The ``.edulab`` exchange package: its name, version, members, limits and the published JSON schema.

Layout (format 1) — a ZIP archive holding, in this order:

=================  ==========================================================================
manifest.json      format name and version, app version, school RSPO, creation time, and the
                   size and SHA-256 of every other member
school.json        the school profile (pupils as counts only) and the staff (id, name, role)
diagnosis.json     the current and the previous diagnosis result (scores, strengths, priorities)
plan.json          the version label and the plan (``Plan.to_dict`` without free-text notes)
findings.json      rule-check findings and the ids the school accepted
tracking.json      implementation aggregates (``plans.tracking.tracking_summary``)
review-answers.json  OPTIONAL: the school's answers to an EDUlab expert's comments (written only when
                   there are answers; a package without it is exactly what it was before)
school-data.json   OPTIONAL: what another install needs to recreate the school (profile, diagnosis
                   answers without free text, staff, plan settings) and aggregate counts of support and
                   incidents — school-level only, written when the application provides it
=================  ==========================================================================

Every member is validated against ``resources/schemas/edulab-plan-package-v1.schema.json``
(``#/$defs/<member name>``), JSON Schema draft 2020-12. No pupil-level record has a place in it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any

from jsonschema import Draft202012Validator

from resources import resource_path

PACKAGE_FORMAT = "edulab-plan-package"
PACKAGE_VERSION = 1
PACKAGE_SUFFIX = ".edulab"
SCHEMA_FILE = "edulab-plan-package-v1.schema.json"

MANIFEST = "manifest.json"
MEMBERS = ("school.json", "diagnosis.json", "plan.json", "findings.json", "tracking.json")
OPTIONAL_MEMBERS = ("review-answers.json", "school-data.json")  # format 1 still: read when listed

MAX_PACKAGE_BYTES = 50 * 1024 * 1024  # the file itself
MAX_MEMBERS = 32
MAX_MEMBER_BYTES = 20 * 1024 * 1024  # uncompressed, each
MAX_TOTAL_BYTES = 50 * 1024 * 1024  # uncompressed, all together
MAX_RATIO = 100  # uncompressed / compressed size of a member
MAX_MANIFEST_BYTES = 1024 * 1024


def schema_path():
    return resource_path("schemas", SCHEMA_FILE)


@functools.lru_cache(maxsize=1)
def package_schema() -> dict[str, Any]:
    with open(schema_path(), encoding="utf-8") as fh:
        return json.load(fh)


@functools.lru_cache(maxsize=16)
def member_validator(member: str) -> Draft202012Validator:
    """The validator of one member: ``manifest.json`` -> ``#/$defs/manifest`` and so on."""
    schema = package_schema()
    definition = member.removesuffix(".json")
    if definition not in schema["$defs"]:
        raise KeyError(member)
    return Draft202012Validator({"$schema": schema["$schema"], "$defs": schema["$defs"],
                                 "$ref": f"#/$defs/{definition}"})


@functools.lru_cache(maxsize=16)
def fast_member_check(member: str) -> Callable[[Any], bool] | None:
    """A compiled check of one member (``fastjsonschema``, when it is installed), or None.

    jsonschema needs some 20 ms for the plan of an ordinary school, which is what limits importing hundreds
    of packages. The compiled check takes about 1 ms, and it is used only as a shortcut to "valid": whatever
    it does not accept is validated again by jsonschema, which words the message (so a difference between
    the two can make a package slower to reject, never let a bad one in). The schema keeps to keywords that
    mean the same in draft 7 and draft 2020-12 (string enums only)."""
    try:
        import fastjsonschema
    except ImportError:
        return None
    schema = package_schema()
    definition = member.removesuffix(".json")
    if definition not in schema["$defs"]:
        raise KeyError(member)
    compiled = fastjsonschema.compile({"$schema": "http://json-schema.org/draft-07/schema#",
                                       "$defs": schema["$defs"], "$ref": f"#/$defs/{definition}"},
                                      use_default=False, use_formats=False)

    def check(data: Any) -> bool:
        try:
            compiled(data)
        except Exception:  # noqa: BLE001 - invalid, or too deep for it: jsonschema decides and explains
            return False
        return True

    return check


def dumps(data: Any) -> bytes:
    """The one JSON encoding of the package: UTF-8, sorted keys, two-space indent, final newline."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False) + "\n").encode("utf-8")
