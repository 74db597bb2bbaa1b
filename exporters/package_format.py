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
=================  ==========================================================================

Every member is validated against ``resources/schemas/edulab-plan-package-v1.schema.json``
(``#/$defs/<member name>``), JSON Schema draft 2020-12. No pupil-level record has a place in it.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from jsonschema import Draft202012Validator

from resources import resource_path

PACKAGE_FORMAT = "edulab-plan-package"
PACKAGE_VERSION = 1
PACKAGE_SUFFIX = ".edulab"
SCHEMA_FILE = "edulab-plan-package-v1.schema.json"

MANIFEST = "manifest.json"
MEMBERS = ("school.json", "diagnosis.json", "plan.json", "findings.json", "tracking.json")

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


def dumps(data: Any) -> bytes:
    """The one JSON encoding of the package: UTF-8, sorted keys, two-space indent, final newline."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False) + "\n").encode("utf-8")
