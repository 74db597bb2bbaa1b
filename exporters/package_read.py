"""Reading an ``.edulab`` package that came from outside — defensively.

Order of checks, each failure a :class:`PackageError` with a Polish message naming the file and, where
there is one, the member and the field:

1. the file: not empty, not too big, a ZIP archive at all;
2. the archive: at most 32 members; names without ``..``, absolute paths, backslashes, drive letters or
   folders; no encryption, only stored/deflated; each member at most 20 MB, all together 50 MB,
   compression ratio at most 100 (sizes are checked again while decompressing, not only trusted);
3. the manifest: JSON, the right format, a version this program knows (a newer one asks to update), valid
   against the schema, listing exactly the expected members;
4. every member: size and SHA-256 as in the manifest — before its JSON is parsed;
5. every member: strict JSON (UTF-8, no duplicate keys, no NaN/Infinity), valid against the schema;
6. consistency: the same RSPO everywhere, tracking aggregates that match the plan.

Steps 1–5 are the shared defensive ZIP reading of :mod:`exporters.safe_zip`. Only then are plain objects
built. The all-or-nothing write into a database is the caller's.

The optional member ``review-answers.json`` (the school's answers to an expert's comments) is read when the
manifest lists it; a package without it reads as before. ``PackageContents.members`` keeps the parsed JSON
of every member, so a program that stores a package can rebuild it later with ``document_from_members``
without reading the ZIP again.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from typing import Any

from exporters.document import PlanDocument, ReviewAnswer, SchoolInfo
from exporters.package_errors import PackageError
from exporters.package_format import (
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_PACKAGE_BYTES,
    MEMBERS,
    OPTIONAL_MEMBERS,
    PACKAGE_FORMAT,
    PACKAGE_VERSION,
    fast_member_check,
    member_validator,
)
from exporters.safe_zip import SafeZipReader
from forms.result import DiagnosisResult
from plans.checks import Finding
from plans.model import Plan, StaffMember
from plans.tracking import tracking_summary

_RESEND = "Poproś nadawcę o ponowne wyeksportowanie i przesłanie pakietu."


@dataclass(frozen=True)
class MemberInfo:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class PackageManifest:
    format: str
    format_version: int
    app_version: str
    school_rspo: str
    created_at: dt.datetime
    members: tuple[MemberInfo, ...]


@dataclass(frozen=True)
class PackageContents:
    manifest: PackageManifest
    document: PlanDocument
    tracking: dict[str, Any] | None  # plans.tracking.tracking_summary of the plan, None without a plan
    # the parsed JSON of every member, the manifest included ({"manifest.json": {...}, "plan.json": {...}})
    members: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


class _Reader(SafeZipReader):
    """The archive checks of :mod:`exporters.safe_zip` with the package's wording, schema and members."""

    error = PackageError
    label = "Pakiet"
    resend = _RESEND
    max_bytes = MAX_PACKAGE_BYTES
    noun, nouns = "pakiet", "pakiety"
    empty = ("plik jest pusty — to nie jest pakiet EDUlab", "Wybierz właściwy plik .edulab.")
    not_zip = ("to nie jest pakiet EDUlab (plik nie jest archiwum ZIP)",
               "Wybierz plik z rozszerzeniem .edulab wyeksportowany z programu EDUlab.")
    no_manifest = f"brak pliku {MANIFEST} — to nie jest pakiet EDUlab albo jest niekompletny"
    not_this_format = "to nie jest pakiet planu EDUlab"
    expected_format, known_version = PACKAGE_FORMAT, PACKAGE_VERSION

    def format_advice(self, found: Any) -> str:
        return "Wybierz plik .edulab z planem szkoły."

    def validate(self, data: Any, member: str) -> None:
        fast = fast_member_check(member)
        if fast is not None and fast(data):
            return
        self.check_schema(member_validator(member), data, member)

    # -- the package --------------------------------------------------------------------------------------
    def manifest(self, zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]) -> dict[str, Any]:
        if MANIFEST in entries and entries[MANIFEST].file_size > MAX_MANIFEST_BYTES:
            raise self.fail("manifest jest za duży", member=MANIFEST)
        data = self.read_manifest(zf, entries)
        listed = [m["name"] for m in data["members"]]
        if len(set(listed)) != len(listed):
            raise self.fail("manifest wymienia ten sam plik dwa razy", member=MANIFEST, field="members")
        for member in MEMBERS:
            if member not in listed:
                raise self.fail(f"manifest nie wymienia pliku {member}", member=MANIFEST, field="members")
            if member not in entries:
                raise self.fail("brak pliku w archiwum, choć manifest go wymienia", member=member)
        for name in list(entries) + listed:
            if name != MANIFEST and name not in MEMBERS and name not in OPTIONAL_MEMBERS:
                raise self.fail("nieoczekiwany plik w pakiecie (format 1 go nie przewiduje)", member=name)
        for member in OPTIONAL_MEMBERS:
            if member in listed and member not in entries:
                raise self.fail("brak pliku w archiwum, choć manifest go wymienia", member=member)
            if member in entries and member not in listed:
                raise self.fail("plik jest w archiwum, ale manifest go nie wymienia", member=member)
        return data

    def members(self, zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo],
                manifest: dict[str, Any]) -> dict[str, Any]:
        raw: dict[str, bytes] = {}
        for item in manifest["members"]:  # checksums first, before any member's JSON is parsed
            raw[item["name"]] = self.read_checked(zf, entries[item["name"]], item, MAX_MEMBER_BYTES)
        parsed = {}
        for member in (*MEMBERS, *(m for m in OPTIONAL_MEMBERS if m in raw)):
            parsed[member] = self.parse_json(raw[member], member)
            self.validate(parsed[member], member)
        return parsed

    def build(self, manifest: dict[str, Any], parsed: dict[str, Any]) -> PackageContents:
        try:
            created = dt.datetime.fromisoformat(manifest["created_at"].replace("Z", "+00:00"))
        except ValueError:
            raise self.fail("niepoprawna data utworzenia", member=MANIFEST, field="created_at") from None
        school_data = parsed["school.json"]
        school = SchoolInfo(**school_data["school"])
        if school.rspo != manifest["school_rspo"]:
            raise self.fail(f"numer RSPO szkoły ({school.rspo}) różni się od numeru w manifeście "
                            f"({manifest['school_rspo']})", member="school.json", field="school.rspo")
        staff = tuple(StaffMember(s["id"], s["name"], s["role"]) for s in school_data["staff"])
        diagnosis = parsed["diagnosis.json"]
        try:
            current = DiagnosisResult.from_dict(diagnosis["current"]) if diagnosis["current"] else None
            previous = DiagnosisResult.from_dict(diagnosis["previous"]) if diagnosis["previous"] else None
        except (ValueError, TypeError, KeyError) as exc:
            raise self.fail(f"niepoprawny wynik diagnozy ({exc})", member="diagnosis.json") from None
        plan_data = parsed["plan.json"]["plan"]
        try:
            plan = Plan.from_dict(plan_data) if plan_data is not None else None
        except (ValueError, TypeError, KeyError) as exc:
            raise self.fail(f"niepoprawne dane planu: {exc}", member="plan.json") from None
        if plan is not None and plan.school_rspo != school.rspo:
            raise self.fail(f"plan należy do innej szkoły (RSPO {plan.school_rspo})", member="plan.json",
                            field="plan.school_rspo")
        findings_data = parsed["findings.json"]
        findings = tuple(Finding(**f) for f in findings_data["findings"])
        tracking = parsed["tracking.json"]["summary"]
        expected = tracking_summary(plan) if plan is not None else None
        if tracking != expected:
            raise self.fail("zestawienie realizacji nie zgadza się z planem (pakiet zmieniono po eksporcie)",
                            member="tracking.json", field="summary")
        answers = []
        for item in (parsed.get("review-answers.json") or {}).get("answers", ()):
            try:
                when = (dt.datetime.fromisoformat(item["answered_at"].replace("Z", "+00:00"))
                        if item.get("answered_at") else None)
            except ValueError:
                raise self.fail("niepoprawna data odpowiedzi", member="review-answers.json",
                                field="answers.answered_at") from None
            answers.append(ReviewAnswer(item["comment_id"], item["answer"], when))
        document = PlanDocument(
            school=school, generated_at=created, app_version=manifest["app_version"],
            version_label=parsed["plan.json"]["version_label"], diagnosis=current, previous=previous, plan=plan,
            findings=findings, accepted_finding_ids=frozenset(findings_data["accepted"]), staff=staff,
            review_answers=tuple(answers), school_data=parsed.get("school-data.json"))
        info = PackageManifest(
            format=manifest["format"], format_version=manifest["format_version"],
            app_version=manifest["app_version"], school_rspo=manifest["school_rspo"], created_at=created,
            members=tuple(MemberInfo(m["name"], m["size"], m["sha256"]) for m in manifest["members"]))
        return PackageContents(manifest=info, document=document, tracking=tracking,
                               members={MANIFEST: manifest, **parsed})

    def read(self) -> PackageContents:
        zf = self.open()
        with zf:
            entries = self.entries(zf)
            manifest = self.manifest(zf, entries)
            parsed = self.members(zf, entries, manifest)
        return self.build(manifest, parsed)


def read_package(data: bytes, name: str) -> PackageContents:
    """Read a package from its bytes; ``name`` (the file name) appears in every message.

    Returns the plain objects, or raises :class:`PackageError` — never another exception — with a Polish
    message that says what is wrong, where, and what to do."""
    return _Reader(data, name).read()


def document_from_members(members: dict[str, Any], name: str = "") -> PackageContents:
    """Rebuild the contents from ``PackageContents.members`` kept by the caller (e.g. in a database).

    The members were validated when the package was read, so the schema is not checked again; the
    consistency checks of the last step are (a PackageError if the stored data was changed since)."""
    manifest = members.get(MANIFEST)
    missing = [m for m in (MANIFEST, *MEMBERS) if not isinstance(members.get(m), dict)]
    if missing or not isinstance(manifest, dict):
        raise PackageError(f"Zapisany pakiet „{name}” jest niekompletny (brak: {', '.join(missing)}).", file=name,
                           member=missing[0] if missing else None)
    parsed = {k: v for k, v in members.items() if k != MANIFEST}
    try:
        return _Reader(b"", name).build(manifest, parsed)
    except (KeyError, TypeError, ValueError) as exc:
        raise PackageError(f"Zapisany pakiet „{name}” ma niepoprawne dane ({type(exc).__name__}: {exc}).",
                           file=name) from None
