"""The .edulab exchange package: deterministic round trip, schema, and every defensive case."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace

import pytest
from jsonschema import Draft202012Validator

from exporters import PACKAGE_FORMAT, PACKAGE_VERSION, PackageError, read_package, write_package
from exporters.package_format import MANIFEST, MAX_MEMBERS, MEMBERS, package_schema, schema_path
from forms.areas import AREA_IDS
from plans.catalogue import COST_CATEGORIES, FUNDING_SOURCES
from plans.checks import SEVERITIES
from plans.model import ACTION_KINDS, STATUSES
from tests.exporters.packages import build, unzip, with_json

NAME = "sp7.edulab"


@pytest.fixture(scope="module")
def package(doc) -> bytes:
    return write_package(doc)


@pytest.fixture
def members(package) -> dict[str, bytes]:
    return unzip(package)


def error_of(data: bytes, name: str = NAME) -> PackageError:
    with pytest.raises(PackageError) as info:
        read_package(data, name)
    err = info.value
    assert name in str(err), str(err)
    assert err.file == name
    return err


# -- writing and the round trip --------------------------------------------------------------------------


def test_layout_and_manifest(package, doc):
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        assert zf.namelist() == [MANIFEST, *MEMBERS]
        manifest = json.loads(zf.read(MANIFEST))
    assert manifest["format"] == PACKAGE_FORMAT == "edulab-plan-package"
    assert manifest["format_version"] == PACKAGE_VERSION == 1
    assert manifest["school_rspo"] == doc.school.rspo
    assert manifest["app_version"] == doc.app_version
    assert manifest["created_at"] == "2026-10-15T09:30:00+02:00"
    assert [m["name"] for m in manifest["members"]] == list(MEMBERS)
    assert all(len(m["sha256"]) == 64 for m in manifest["members"])


def test_round_trip_gives_the_same_objects_and_the_same_bytes(package, doc):
    contents = read_package(package, NAME)
    assert contents.document == doc
    assert contents.manifest.school_rspo == doc.school.rspo
    assert contents.tracking["status_counts"]["done"] == 3
    assert write_package(contents.document) == package
    assert write_package(doc) == package  # deterministic


def test_round_trip_without_plan_and_diagnosis(doc):
    bare = replace(doc, plan=None, diagnosis=None, previous=None, findings=(), accepted_finding_ids=frozenset())
    data = write_package(bare)
    contents = read_package(data, NAME)
    assert contents.document == bare and contents.tracking is None
    assert write_package(contents.document) == data


def test_free_text_notes_stay_at_school(doc):
    action = replace(doc.plan.actions[0], evidence_notes=("2026-09-10: rozmowa z mamą Oleny K. (3b)",))
    data = write_package(replace(doc, plan=doc.plan.replace_action(action)))
    assert "Oleny" not in "".join(m.decode() for m in unzip(data).values())
    assert read_package(data, NAME).document.plan.actions[0].evidence_notes == ()


def test_published_schema_is_valid_and_matches_the_code():
    schema = package_schema()
    Draft202012Validator.check_schema(schema)
    assert schema_path().name == "edulab-plan-package-v1.schema.json"
    defs = schema["$defs"]
    assert set(defs["cost_line"]["properties"]["category"]["enum"]) == set(COST_CATEGORIES)
    assert set(defs["cost_line"]["properties"]["source"]["enum"]) == set(FUNDING_SOURCES)
    assert set(defs["action"]["properties"]["status"]["enum"]) == set(STATUSES)
    assert set(defs["action"]["properties"]["kind"]["enum"]) == set(ACTION_KINDS)
    assert set(defs["findings"]["properties"]["findings"]["items"]["properties"]["severity"]["enum"]) == set(SEVERITIES)
    for name in ("manifest", *(m.removesuffix(".json") for m in MEMBERS)):
        assert defs[name]["additionalProperties"] is False, name
    assert "evidence_notes" not in defs["action"]["properties"]
    assert len(AREA_IDS) == 12


def test_writer_refuses_data_outside_the_format(doc):
    with pytest.raises(PackageError, match="rspo"):
        write_package(replace(doc, school=replace(doc.school, rspo="12-34")))


# -- the defensive reader: one case per way a file can be wrong -------------------------------------------


def test_empty_file():
    err = error_of(b"")
    assert "pusty" in str(err)


def test_not_a_zip_at_all():
    assert "nie jest archiwum ZIP" in str(error_of(b"%PDF-1.4 to jest PDF, nie pakiet"))


def test_damaged_zip(package):
    assert "uszkodzone" in str(error_of(package[: len(package) // 2]))


def test_too_many_members(members):
    extra = {f"dodatkowy{i}.json": b"{}" for i in range(MAX_MEMBERS)}
    err = error_of(build({**members, **extra}))
    assert f"najwyżej {MAX_MEMBERS}" in str(err)


@pytest.mark.parametrize("name, why", [
    ("../x.json", "poza pakiet"), ("a/../../x.json", "poza pakiet"), ("/etc/passwd", "bezwzględna"),
    ("C:/Windows/x.json", "bezwzględna"), ("c:x.json", "bezwzględna"), ("..\\x.json", "ukośnik"),
    ("folder/plan.json", "foldery"),
])
def test_paths_outside_the_package(members, name, why):
    err = error_of(build({**members, name: b"{}"}, fix_manifest=False))
    assert "niedozwolona nazwa pliku" in str(err) and why in str(err)


def test_zip_bomb_ratio(members):
    bomb = b'{"summary": null' + b" " * (5 * 1024 * 1024) + b"}"
    err = error_of(build({**members, "tracking.json": bomb}))
    assert err.member == "tracking.json" and "bomba ZIP" in str(err)


def test_member_too_big(members):
    big = json.dumps({"summary": None, "x": "a" * (21 * 1024 * 1024)}).encode()
    err = error_of(build({**members, "plan.json": big}, compress=zipfile.ZIP_STORED))
    assert err.member == "plan.json" and "najwyżej można" in str(err)


def test_checksum_mismatch_is_found_before_json_is_parsed(members):
    tampered = {**members, "plan.json": b"{to nawet nie jest JSON"}
    err = error_of(build(tampered, fix_manifest=False, manifest=json.loads(members[MANIFEST])))
    assert err.member == "plan.json" and "suma kontrolna SHA-256" in str(err)


def test_invalid_json(members):
    err = error_of(build({**members, "findings.json": b'{"findings": [,]}'}))
    assert err.member == "findings.json" and "niepoprawny JSON" in str(err) and "wiersz 1" in str(err)


@pytest.mark.parametrize("raw, why", [
    (b'{"summary": null, "summary": null}', "dwa razy"), (b'{"summary": NaN}', "NaN"),
    (b'{"summary": 1e999}', "poza zakresem"), (b"\xff\xfe{}", "UTF-8"), (b"[" * 100000 + b"]" * 100000, "JSON"),
])
def test_json_that_python_would_accept_too_easily(members, raw, why):
    err = error_of(build({**members, "tracking.json": raw}, compress=zipfile.ZIP_STORED))
    assert err.member == "tracking.json" and why in str(err)


def test_schema_violation_names_the_member_and_the_field(members):
    def change(data):
        data["plan"]["actions"][2]["cost_lines"][0]["amount_pln"] = "dużo"
    err = error_of(build(with_json(members, "plan.json", change)))
    assert err.member == "plan.json" and err.field == "plan.actions[2].cost_lines[0].amount_pln"
    assert "plan.json, pole plan.actions[2].cost_lines[0].amount_pln" in str(err)
    assert "ma mieć typ: liczba" in str(err)


def test_unknown_field_is_refused(members):
    def change(data):
        data["school"]["pupils"] = [{"name": "Olena K.", "class": "3b"}]
    err = error_of(build(with_json(members, "school.json", change)))
    assert err.field == "school.pupils" and "nieznane pole" in str(err)


def test_missing_field(members):
    err = error_of(build(with_json(members, "findings.json", lambda d: d.pop("accepted"))))
    assert err.field == "accepted" and "brak wymaganego pola" in str(err)


def test_future_version(members):
    manifest = json.loads(members[MANIFEST])
    manifest.update(format_version=2, new_field_of_version_2=True)
    err = error_of(build({**members, MANIFEST: json.dumps(manifest).encode()}, fix_manifest=False))
    assert "pakiet z nowszej wersji programu (format 2) — zaktualizuj program" in str(err)


def test_other_format(members):
    manifest = {**json.loads(members[MANIFEST]), "format": "something-else"}
    assert "to nie jest pakiet planu EDUlab" in str(error_of(build(members, manifest=manifest)))


def test_missing_manifest(members):
    files = {k: v for k, v in members.items() if k != MANIFEST}
    assert "brak pliku manifest.json" in str(error_of(build(files, fix_manifest=False)))


def test_missing_member(members):
    files = {k: v for k, v in members.items() if k != "diagnosis.json"}
    err = error_of(build(files))
    assert "diagnosis.json" in str(err)


def test_unexpected_member(members):
    err = error_of(build({**members, "uczniowie.json": b"[]"}))
    assert err.member == "uczniowie.json" and "nieoczekiwany plik" in str(err)


def test_tracking_that_does_not_match_the_plan(members):
    def change(data):
        data["summary"]["status_counts"]["done"] += 1
    err = error_of(build(with_json(members, "tracking.json", change)))
    assert err.member == "tracking.json" and "nie zgadza się z planem" in str(err)


def test_rspo_mismatch(members):
    err = error_of(build(with_json(members, "school.json", lambda d: d["school"].update(rspo="999"))))
    assert "RSPO" in str(err)


def test_impossible_values_that_the_schema_cannot_see(members):
    err = error_of(build(with_json(members, "plan.json", lambda d: d["plan"].update(start_year="2026/2030"))))
    assert err.member == "plan.json" and "rok szkolny" in str(err)
    err = error_of(build(with_json(members, "plan.json",
                                   lambda d: d["plan"]["actions"][0].update(actual_end="2026-02-31"))))
    assert err.member == "plan.json"


def test_encrypted_member(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            zf.writestr(info, data)
            if name == "plan.json":
                info.flag_bits |= 0x1  # written into the central directory at close
    err = error_of(buffer.getvalue())
    assert "zaszyfrowany" in str(err)


def test_messages_are_polish_and_say_what_to_do(members):
    for data in (b"", b"nie zip", build({**members, "x.json": b"{}"})):
        text = str(error_of(data))
        assert text.startswith(f"Pakiet „{NAME}”")
        assert any(word in text for word in ("Poproś", "Wybierz", "Sprawdź", "Nie otwieraj"))
