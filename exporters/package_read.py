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

Only then are plain objects built. The all-or-nothing write into a database is the caller's.

The optional member ``review-answers.json`` (the school's answers to an expert's comments) is read when the
manifest lists it; a package without it reads as before. ``PackageContents.members`` keeps the parsed JSON
of every member, so a program that stores a package can rebuild it later with ``document_from_members``
without reading the ZIP again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import math
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any

from exporters.document import PlanDocument, ReviewAnswer, SchoolInfo
from exporters.package_errors import PackageError, schema_problem, short_repr
from exporters.package_format import (
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_PACKAGE_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    MEMBERS,
    OPTIONAL_MEMBERS,
    PACKAGE_FORMAT,
    PACKAGE_VERSION,
    fast_member_check,
    member_validator,
)
from forms.result import DiagnosisResult
from plans.checks import Finding
from plans.model import Plan, StaffMember
from plans.tracking import tracking_summary

# what the standard library's zipfile may raise on a damaged or hostile archive
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError, KeyError,
               IndexError, OverflowError, NotImplementedError, RuntimeError, struct.error, UnicodeDecodeError)
_DRIVE = re.compile(r"^[A-Za-z]:")
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


class _Reader:
    def __init__(self, data: bytes, name: str):
        self.data, self.name = data, name

    def fail(self, problem: str, member: str | None = None, field: str | None = None,
             advice: str = _RESEND) -> PackageError:
        where = f"Pakiet „{self.name}”"
        if member:
            where += f", plik {member}"
        if field:
            where += f", pole {field}"
        return PackageError(f"{where}: {problem}. {advice}".strip(), file=self.name, member=member, field=field)

    # -- the archive --------------------------------------------------------------------------------------
    def open(self) -> zipfile.ZipFile:
        if not isinstance(self.data, (bytes, bytearray, memoryview)):
            raise self.fail("to nie są dane pliku", advice="")
        if len(self.data) == 0:
            raise self.fail("plik jest pusty — to nie jest pakiet EDUlab", advice="Wybierz właściwy plik .edulab.")
        if len(self.data) > MAX_PACKAGE_BYTES:
            raise self.fail(f"plik ma {len(self.data) // (1024 * 1024)} MB, a pakiet może mieć najwyżej "
                            f"{MAX_PACKAGE_BYTES // (1024 * 1024)} MB", advice="Sprawdź, czy to właściwy plik.")
        if not bytes(self.data[:2]) == b"PK":
            raise self.fail("to nie jest pakiet EDUlab (plik nie jest archiwum ZIP)",
                            advice="Wybierz plik z rozszerzeniem .edulab wyeksportowany z programu EDUlab.")
        try:
            return zipfile.ZipFile(io.BytesIO(bytes(self.data)))
        except _ZIP_ERRORS as exc:
            raise self.fail(f"archiwum ZIP jest uszkodzone ({type(exc).__name__})") from None

    def check_entries(self, zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise self.fail(f"archiwum ma {len(infos)} plików, a pakiet może mieć najwyżej {MAX_MEMBERS}")
        entries: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            self.check_name(name)
            if name in entries:
                raise self.fail("plik występuje w archiwum dwa razy", member=name)
            if info.flag_bits & 0x1:
                raise self.fail("plik jest zaszyfrowany, a pakiety EDUlab nie są szyfrowane", member=name)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise self.fail(f"nieobsługiwana metoda kompresji ({info.compress_type})", member=name)
            if info.file_size > MAX_MEMBER_BYTES:
                raise self.fail(f"plik ma po rozpakowaniu {info.file_size} bajtów, najwyżej można "
                                f"{MAX_MEMBER_BYTES}", member=name)
            if info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise self.fail(f"podejrzany stopień kompresji ({info.file_size} bajtów z {info.compress_size}; "
                                f"najwyżej {MAX_RATIO}:1) — tak wygląda „bomba ZIP”", member=name,
                                advice="Nie otwieraj tego pliku; poproś nadawcę o nowy eksport.")
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise self.fail(f"pliki po rozpakowaniu przekraczają {MAX_TOTAL_BYTES // (1024 * 1024)} MB")
            entries[name] = info
        return entries

    def check_name(self, name: str) -> None:
        bad = None
        if not name or len(name) > 200:
            bad = "pusta albo za długa nazwa"
        elif name.startswith(("/", "\\")) or _DRIVE.match(name):
            bad = "ścieżka bezwzględna"
        elif "\\" in name:
            bad = "ukośnik wsteczny w nazwie"
        elif ".." in name.split("/"):
            bad = "ścieżka wychodzi poza pakiet (..)"
        elif name.endswith("/") or "/" in name:
            bad = "foldery nie są dozwolone w pakiecie"
        elif any(ord(ch) < 32 or ch in ':*?"<>|' for ch in name):
            bad = "niedozwolone znaki w nazwie"
        if bad:
            raise self.fail(f"niedozwolona nazwa pliku w archiwum: {name[:80]!r} ({bad})",
                            advice="Pakiet mógł zostać spreparowany — nie rozpakowuj go ręcznie; "
                                   + _RESEND[0].lower() + _RESEND[1:])

    def read_member(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
        try:
            with zf.open(info) as fh:
                data = fh.read(limit + 1)
        except _ZIP_ERRORS as exc:
            raise self.fail(f"nie da się rozpakować pliku — archiwum jest uszkodzone ({type(exc).__name__})",
                            member=info.filename) from None
        if len(data) > limit or len(data) != info.file_size:
            raise self.fail("rozmiar po rozpakowaniu nie zgadza się z nagłówkiem archiwum", member=info.filename)
        return data

    # -- JSON ---------------------------------------------------------------------------------------------
    def parse_json(self, raw: bytes, member: str) -> Any:
        def no_duplicates(pairs):
            keys = [k for k, _ in pairs]
            if len(set(keys)) != len(keys):
                dup = next(k for k in keys if keys.count(k) > 1)
                raise _JsonProblem(f"klucz „{dup[:60]}” występuje dwa razy")
            return dict(pairs)

        def no_constant(text):
            raise _JsonProblem(f"wartość {text} nie jest dozwolona w JSON")

        def finite(text):
            value = float(text)
            if not math.isfinite(value):
                raise _JsonProblem(f"liczba {text[:30]} jest poza zakresem")
            return value

        try:
            text = raw.decode("utf-8")
            return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant, parse_float=finite)
        except UnicodeDecodeError:
            raise self.fail("plik nie jest zapisany w UTF-8", member=member) from None
        except _JsonProblem as exc:
            raise self.fail(f"niepoprawny JSON: {exc}", member=member) from None
        except json.JSONDecodeError as exc:
            raise self.fail(f"niepoprawny JSON (wiersz {exc.lineno}, kolumna {exc.colno}: {exc.msg})",
                            member=member) from None
        except (ValueError, RecursionError) as exc:
            raise self.fail(f"niepoprawny JSON ({type(exc).__name__})", member=member) from None

    def validate(self, data: Any, member: str) -> None:
        fast = fast_member_check(member)
        if fast is not None and fast(data):
            return
        try:
            problem = schema_problem(member_validator(member), data)
        except RecursionError:
            problem = ("(cały plik)", "zbyt głęboko zagnieżdżone dane")
        if problem is not None:
            field, text = problem
            raise self.fail(f"niezgodność ze schematem formatu: {text}", member=member, field=field)

    # -- the package --------------------------------------------------------------------------------------
    def manifest(self, zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]) -> dict[str, Any]:
        if MANIFEST not in entries:
            raise self.fail(f"brak pliku {MANIFEST} — to nie jest pakiet EDUlab albo jest niekompletny")
        info = entries[MANIFEST]
        if info.file_size > MAX_MANIFEST_BYTES:
            raise self.fail("manifest jest za duży", member=MANIFEST)
        data = self.parse_json(self.read_member(zf, info, MAX_MANIFEST_BYTES), MANIFEST)
        if not isinstance(data, dict):
            raise self.fail("manifest ma być obiektem JSON", member=MANIFEST)
        if data.get("format") != PACKAGE_FORMAT:
            raise self.fail(f"to nie jest pakiet planu EDUlab (format {short_repr(data.get('format'), 40)})",
                            member=MANIFEST, field="format", advice="Wybierz plik .edulab z planem szkoły.")
        version = data.get("format_version")
        if isinstance(version, int) and not isinstance(version, bool) and version > PACKAGE_VERSION:
            raise self.fail(f"pakiet z nowszej wersji programu (format {version}) — zaktualizuj program",
                            member=MANIFEST, field="format_version",
                            advice=f"Ta wersja programu czyta pakiety w formacie do {PACKAGE_VERSION}.")
        self.validate(data, MANIFEST)
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
            member = item["name"]
            data = self.read_member(zf, entries[member], MAX_MEMBER_BYTES)
            if len(data) != item["size"] or hashlib.sha256(data).hexdigest() != item["sha256"]:
                raise self.fail("suma kontrolna SHA-256 nie zgadza się z manifestem — plik zmieniono po eksporcie "
                                "albo uszkodził się w drodze", member=member)
            raw[member] = data
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
            try:
                entries = self.check_entries(zf)
            except PackageError:
                raise
            except _ZIP_ERRORS as exc:
                raise self.fail(f"archiwum ZIP jest uszkodzone ({type(exc).__name__})") from None
            manifest = self.manifest(zf, entries)
            parsed = self.members(zf, entries, manifest)
        return self.build(manifest, parsed)


class _JsonProblem(ValueError):
    pass


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
