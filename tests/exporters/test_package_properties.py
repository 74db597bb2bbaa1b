"""Thousands of mutated packages thrown at the reader: it returns contents or raises PackageError — nothing
else, ever. Anything it accepts can be written again."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from exporters import PackageError, read_package, write_package
from exporters.package_read import PackageContents
from tests.exporters.packages import MANIFEST, MEMBERS, build, unzip

NAME = "mutant.edulab"
COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}

SPECIAL_STRINGS = ["", "2026/2027", "2026/2030", "2026-13", "2026-02-31", "2027-06", "../x", "=cmd|' /C calc'!A0",
                   "0" * 13, "123456", "planned", "dropped", "done", "staff", "grant", "critical", "error",
                   "s01", "pupils", "Zażółć gęślą jaźń", "Школа", "\x00", "\u202e", "x" * 6000]
SPECIAL_NUMBERS = [0, 1, -1, 3, 4, 100, 101, 10**13, -(10**13), 0.1, 1e308, -1e308, 2**63]

json_leaf = (st.none() | st.booleans() | st.integers(-(10**15), 10**15) | st.sampled_from(SPECIAL_NUMBERS)
             | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12) | st.sampled_from(SPECIAL_STRINGS))
json_value = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(st.text(max_size=10), inner, max_size=3), max_leaves=6)


@pytest.fixture(scope="module")
def package(small_doc) -> bytes:
    return write_package(small_doc)


@pytest.fixture(scope="module")
def members(package) -> dict[str, bytes]:
    return unzip(package)


def outcome(data: bytes) -> None:
    """The property: contents or PackageError with a Polish message naming the file."""
    try:
        contents = read_package(data, NAME)
    except PackageError as exc:
        assert str(exc).startswith(f"Pakiet „{NAME}”"), str(exc)
        known = exc.member in (MANIFEST, *MEMBERS)
        event(f"refused: {exc.member if known else ('another member' if exc.member else 'the archive')}")
        return
    event("accepted")
    assert isinstance(contents, PackageContents)
    write_package(contents.document)  # whatever is accepted is valid data: it can travel on


@settings(max_examples=1500, **COMMON)
@given(flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=6))
def test_flipped_bytes(package, flips):
    data = bytearray(package)
    for position, value in flips:
        data[position % len(data)] = value
    outcome(bytes(data))


@settings(max_examples=300, **COMMON)
@given(cut=st.integers(min_value=0), tail=st.binary(max_size=40))
def test_truncated_and_extended(package, cut, tail):
    outcome(package[: cut % (len(package) + 1)] + tail)


def _mutate(data, draw):
    """Walk to a random place in a JSON tree and change it (replace, delete, add, rename)."""
    node, parent, key = data, None, None
    while isinstance(node, (dict, list)) and node and draw(st.booleans()):
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        parent, key = node, draw(st.sampled_from(keys))
        node = node[key]
    operation = draw(st.sampled_from(["replace", "delete", "add", "rename", "duplicate"]))
    if parent is None:
        if operation == "replace":
            return draw(json_value)
        parent, key = {"root": data}, "root"
    if operation == "replace":
        parent[key] = draw(json_value)
    elif operation == "delete":
        del parent[key]
    elif operation == "add" and isinstance(parent, dict):
        parent[draw(st.text(max_size=12) | st.sampled_from(["pupils", "evidence_notes", "name"]))] = draw(json_value)
    elif operation == "add":
        parent.append(draw(json_value))
    elif operation == "rename" and isinstance(parent, dict):
        parent[draw(st.text(max_size=12))] = parent.pop(key)
    elif operation == "duplicate" and isinstance(parent, list):
        parent.append(parent[key])
    return data


@settings(max_examples=1200, **COMMON)
@given(data=st.data(), member=st.sampled_from([MANIFEST, *MEMBERS]), steps=st.integers(1, 3),
       fix_checksums=st.booleans())
def test_mutated_json_members(members, data, member, steps, fix_checksums):
    content = json.loads(members[member])
    for _ in range(steps):
        content = _mutate(content, data.draw)
    changed = {**members, member: json.dumps(content, ensure_ascii=False).encode()}
    if member == MANIFEST:
        outcome(build(changed, fix_manifest=False))
    else:
        outcome(build(changed, fix_manifest=fix_checksums, manifest=None if fix_checksums else
                      json.loads(members[MANIFEST])))


@settings(max_examples=300, **COMMON)
@given(extra=st.dictionaries(st.text(min_size=1, max_size=30), st.binary(max_size=64), min_size=1, max_size=4),
       listed=st.booleans())
def test_added_members(members, extra, listed):
    extra = {k: v for k, v in extra.items() if k not in members and "\x00" not in k}
    if not extra:
        return
    data = build({**members, **extra}) if listed else build({**members, **extra}, fix_manifest=False)
    outcome(data)


@settings(max_examples=200, **COMMON)
@given(raw=st.binary(max_size=200))
def test_random_bytes(raw):
    outcome(raw)
    outcome(b"PK\x03\x04" + raw)
