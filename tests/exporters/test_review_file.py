"""The review file (.edulab-review): round trip, determinism, every defensive case; and the optional package
member review-answers.json that carries the school's answers back."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import zipfile
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from exporters import read_package, write_package
from exporters.document import ReviewAnswer
from exporters.package_errors import PackageError
from exporters.package_format import fast_member_check, member_validator
from exporters.review_file import (
    REVIEW_STATUSES,
    ReviewComment,
    ReviewError,
    ReviewFile,
    read_review,
    review_schema,
    write_review,
)
from tests.exporters.packages import build, unzip, with_json

NAME = "uwagi.edulab-review"
UTC = dt.timezone.utc
T0 = dt.datetime(2026, 11, 2, 10, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def review() -> ReviewFile:
    return ReviewFile(
        school_rspo="123456", school_name="Szkoła Podstawowa nr 7 „Zażółć” / Школа №7", package_sha256="a" * 64,
        package_created_at=dt.datetime(2026, 10, 15, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        status="returned", reviewer="Anna Ekspertka", created_at=T0, app_version="0.1.0",
        comments=(ReviewComment("c1", "additional_polish_lessons@2026", "Dodatkowe zajęcia z języka polskiego",
                                "Za mało godzin — sprawdź regułę 4 h.", "Anna", T0),
                  ReviewComment("c2", None, "", "Plan spójny.\nDrugi wiersz.", "Anna", T0, "Dziękujemy.", T0)))


@pytest.fixture(scope="module")
def data(review) -> bytes:
    return write_review(review)


def error_of(raw: bytes, name: str = NAME) -> ReviewError:
    with pytest.raises(ReviewError) as info:
        read_review(raw, name)
    assert name in str(info.value) and info.value.file == name
    assert isinstance(info.value, PackageError)
    return info.value


def test_round_trip_and_determinism(review, data):
    assert read_review(data, NAME) == review
    assert write_review(read_review(data, NAME)) == data
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.namelist() == ["manifest.json", "review.json"]
        assert json.loads(zf.read("manifest.json"))["format"] == "edulab-review"
    assert [c.id for c in review.comments_for(None)] == ["c2"]


def test_schema_is_valid_and_matches_the_code():
    schema = review_schema()
    Draft202012Validator.check_schema(schema)
    defs = schema["$defs"]
    assert tuple(defs["review"]["properties"]["status"]["enum"]) == REVIEW_STATUSES
    assert defs["manifest"]["additionalProperties"] is False and defs["review"]["additionalProperties"] is False


def test_writer_refuses_data_outside_the_format(review):
    with pytest.raises(ReviewError, match="comments"):
        write_review(replace(review, comments=(replace(review.comments[0], text=""),)))
    with pytest.raises(ReviewError, match="status"):
        write_review(replace(review, status="done"))


def test_empty_not_zip_and_too_big():
    assert "pusty" in str(error_of(b""))
    assert "nie jest archiwum ZIP" in str(error_of(b"{}"))
    assert "najwyżej" in str(error_of(b"PK" + b"\0" * (10 * 1024 * 1024)))


def test_a_plan_package_is_not_a_review_file(doc):
    err = error_of(write_package(doc))
    assert "nie jest plik uwag" in str(err) and "przestrzeni eksperta" in str(err)


def test_newer_format_asks_to_update(data):
    members = unzip(data)
    manifest = json.loads(members["manifest.json"])
    manifest["format_version"] = 2
    err = error_of(build({**members, "manifest.json": json.dumps(manifest).encode()}, fix_manifest=False))
    assert "zaktualizuj program" in str(err)


def test_checksum_mismatch(data):
    members = unzip(data)
    changed = members["review.json"].replace("Za mało".encode(), "Za dużo".encode())
    err = error_of(build({**members, "review.json": changed}, fix_manifest=False))
    assert err.member == "review.json" and "SHA-256" in str(err)


def test_schema_violation_names_the_field(data):
    members = with_json(unzip(data), "review.json", lambda d: d["comments"][0].update(text=""))
    err = error_of(build(members))
    assert err.member == "review.json" and err.field == "comments[0].text"


def test_duplicate_comment_ids_and_other_school(data):
    members = with_json(unzip(data), "review.json", lambda d: d["comments"][1].update(id="c1"))
    assert "dwa razy" in str(error_of(build(members)))
    members = with_json(unzip(data), "review.json", lambda d: d["school"].update(rspo="999"))
    assert error_of(build(members)).field == "school.rspo"


def test_unexpected_member_and_path_tricks(data):
    members = unzip(data)
    assert "nieoczekiwany" in str(error_of(build({**members, "extra.json": b"{}"}, fix_manifest=False)))
    assert "poza pakiet" in str(error_of(build({**members, "../x.json": b"{}"}, fix_manifest=False)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_random_bytes_never_escape_as_another_exception(raw):
    with contextlib.suppress(ReviewError):
        read_review(raw, NAME)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=2000), st.binary(min_size=1, max_size=8))
def test_damaged_files_are_refused_with_a_review_error(data_fixture_offset, junk):
    data = write_review(ReviewFile("1", "S", "b" * 64, T0, "new", "", T0, "0.1.0"))
    cut = data_fixture_offset % len(data)
    damaged = data[:cut] + junk + data[cut + len(junk):]
    with contextlib.suppress(ReviewError):
        read_review(damaged, NAME)


# -- the school's answers in its next package ---------------------------------------------------------------


def test_package_carries_answers_only_when_there_are_some(doc):
    plain = write_package(doc)
    assert "review-answers.json" not in unzip(plain)
    answered = replace(doc, review_answers=(ReviewAnswer("c1", "Zwiększymy do 4 godzin.", T0),
                                            ReviewAnswer("c2", "Dziękujemy.")))
    data = write_package(answered)
    members = unzip(data)
    assert list(members)[-1] == "review-answers.json"
    back = read_package(data, "sp.edulab")
    assert back.document == answered and back.document.review_answers[0].answered_at == T0
    assert write_package(back.document) == data
    assert back.members["review-answers.json"]["answers"][1]["answered_at"] is None


def test_answers_member_is_checked_like_the_others(doc):
    data = write_package(replace(doc, review_answers=(ReviewAnswer("c1", "Tak."),)))
    members = unzip(data)
    bad = with_json(members, "review-answers.json", lambda d: d["answers"][0].update(comment_id="../x"))
    with pytest.raises(PackageError) as info:
        read_package(build(bad), "sp.edulab")
    assert info.value.member == "review-answers.json"
    # present in the archive but not listed in the manifest
    manifest = json.loads(members["manifest.json"])
    manifest["members"] = [m for m in manifest["members"] if m["name"] != "review-answers.json"]
    with pytest.raises(PackageError, match="manifest go nie wymienia"):
        read_package(build({**members, "manifest.json": json.dumps(manifest).encode()}, fix_manifest=False),
                     "sp.edulab")


def test_compiled_check_never_accepts_what_jsonschema_rejects(doc):
    """The fast path (fastjsonschema, when installed) is a shortcut to "valid" only."""
    fast = fast_member_check("plan.json")
    if fast is None:
        pytest.skip("fastjsonschema not installed")
    from exporters.package_write import package_members

    plan = package_members(doc)["plan.json"]
    assert fast(plan)
    bad_values = [("kind", "meeting"), ("status", True), ("start", "2026-13"), ("title", 5), ("school_year", "26/27")]
    for key, value in bad_values:
        broken = json.loads(json.dumps(plan))
        broken["plan"]["actions"][0][key] = value
        assert not fast(broken) and not member_validator("plan.json").is_valid(broken), key
