"""Reading a ZIP exchange file that came from outside — defensively. Shared by the plan package reader
(:mod:`exporters.package_read`) and the review file reader (:mod:`exporters.review_file`).

:class:`SafeZipReader` holds the checks both formats make, in this order:

1. the file: bytes at all, not empty, not too big, a ZIP archive (:meth:`~SafeZipReader.open`);
2. the archive: at most 32 members; names without ``..``, absolute paths, backslashes, drive letters or
   folders; no encryption, only stored/deflated; each member at most 20 MB, all together 50 MB, compression
   ratio at most 100 (:meth:`~SafeZipReader.entries`); sizes are checked again while decompressing
   (:meth:`~SafeZipReader.read_member`), not only trusted;
3. the manifest: present, strict JSON, an object, the expected format, a version this program knows (a newer
   one asks to update), valid against the schema (:meth:`~SafeZipReader.read_manifest`);
4. a member: its size and SHA-256 as the manifest lists them, before its JSON is parsed
   (:meth:`~SafeZipReader.read_checked`); then strict JSON (UTF-8, no duplicate keys, no NaN/Infinity,
   :meth:`~SafeZipReader.parse_json`) and the schema (:meth:`~SafeZipReader.check_schema`).

A subclass says how its messages name the file, which error it raises (a :class:`PackageError`, carrying file,
member and field), what it advises by default, its format and version, and how it validates a member
(:meth:`~SafeZipReader.validate`). Every failure goes through :meth:`~SafeZipReader.fail`.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
import struct
import zipfile
import zlib
from typing import Any, ClassVar

from exporters.package_errors import PackageError, schema_problem, short_repr
from exporters.package_format import (
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_PACKAGE_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
)

# what the standard library's zipfile may raise on a damaged or hostile archive
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError, KeyError,
              IndexError, OverflowError, NotImplementedError, RuntimeError, struct.error, UnicodeDecodeError)
_DRIVE = re.compile(r"^[A-Za-z]:")
_TAMPERED = ("Pakiet mógł zostać spreparowany — nie rozpakowuj go ręcznie; poproś nadawcę o ponowne "
             "wyeksportowanie i przesłanie pakietu.")


class _JsonProblem(ValueError):
    pass


class SafeZipReader:
    """The defensive checks of one exchange ZIP; a subclass fills in the class attributes below."""

    error: ClassVar[type[PackageError]] = PackageError
    label: ClassVar[str] = "Plik"  # starts every message: f"{label} „{name}”: …"
    resend: ClassVar[str] = ""  # the advice of a message that names none
    max_bytes: ClassVar[int] = MAX_PACKAGE_BYTES  # the file itself
    noun: ClassVar[str] = "plik"  # "… a {noun} może mieć najwyżej …", "{noun} z nowszej wersji programu"
    nouns: ClassVar[str] = "pliki"  # "Ta wersja programu czyta {nouns} w formacie do …"
    empty: ClassVar[tuple[str, str]] = ("plik jest pusty", "")  # (problem, advice)
    not_zip: ClassVar[tuple[str, str]] = ("to nie jest plik EDUlab (plik nie jest archiwum ZIP)", "")
    no_manifest: ClassVar[str] = f"brak pliku {MANIFEST}"
    not_this_format: ClassVar[str] = "to nie jest plik EDUlab"  # "… (format 'x')"
    expected_format: ClassVar[str] = ""
    known_version: ClassVar[int] = 1

    def __init__(self, data: bytes, name: str):
        self.data, self.name = data, name

    def fail(self, problem: str, member: str | None = None, field: str | None = None,
             advice: str | None = None) -> PackageError:
        where = f"{self.label} „{self.name}”"
        if member:
            where += f", plik {member}"
        if field:
            where += f", pole {field}"
        advice = self.resend if advice is None else advice
        return self.error(f"{where}: {problem}. {advice}".strip(), file=self.name, member=member, field=field)

    def format_advice(self, found: Any) -> str:
        """The advice when the manifest names another format (``found``)."""
        return ""

    def validate(self, data: Any, member: str) -> None:
        """Check ``data``, the parsed JSON of ``member``, against the format's schema (see check_schema)."""
        raise NotImplementedError

    # -- the archive --------------------------------------------------------------------------------------
    def open(self) -> zipfile.ZipFile:
        if not isinstance(self.data, (bytes, bytearray, memoryview)):
            raise self.fail("to nie są dane pliku", advice="")
        if len(self.data) == 0:
            raise self.fail(self.empty[0], advice=self.empty[1])
        if len(self.data) > self.max_bytes:
            raise self.fail(f"plik ma {len(self.data) // (1024 * 1024)} MB, a {self.noun} może mieć najwyżej "
                            f"{self.max_bytes // (1024 * 1024)} MB", advice="Sprawdź, czy to właściwy plik.")
        if bytes(self.data[:2]) != b"PK":
            raise self.fail(self.not_zip[0], advice=self.not_zip[1])
        try:
            return zipfile.ZipFile(io.BytesIO(bytes(self.data)))
        except ZIP_ERRORS as exc:
            raise self.fail(f"archiwum ZIP jest uszkodzone ({type(exc).__name__})") from None

    def entries(self, zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
        """The checked members by name (check_entries), a damaged archive reported as such."""
        try:
            return self.check_entries(zf)
        except PackageError:
            raise
        except ZIP_ERRORS as exc:
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
            raise self.fail(f"niedozwolona nazwa pliku w archiwum: {name[:80]!r} ({bad})", advice=_TAMPERED)

    def read_member(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
        try:
            with zf.open(info) as fh:
                data = fh.read(limit + 1)
        except ZIP_ERRORS as exc:
            raise self.fail(f"nie da się rozpakować pliku — archiwum jest uszkodzone ({type(exc).__name__})",
                            member=info.filename) from None
        if len(data) > limit or len(data) != info.file_size:
            raise self.fail("rozmiar po rozpakowaniu nie zgadza się z nagłówkiem archiwum", member=info.filename)
        return data

    def read_checked(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, listed: dict[str, Any],
                     limit: int) -> bytes:
        """A member's bytes, their size and SHA-256 as the manifest lists them (``listed``)."""
        data = self.read_member(zf, info, limit)
        if len(data) != listed["size"] or hashlib.sha256(data).hexdigest() != listed["sha256"]:
            raise self.fail("suma kontrolna SHA-256 nie zgadza się z manifestem — plik zmieniono po eksporcie "
                            "albo uszkodził się w drodze", member=info.filename)
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

    def check_schema(self, validator: Any, data: Any, member: str) -> None:
        try:
            problem = schema_problem(validator, data)
        except RecursionError:
            problem = ("(cały plik)", "zbyt głęboko zagnieżdżone dane")
        if problem is not None:
            field, text = problem
            raise self.fail(f"niezgodność ze schematem formatu: {text}", member=member, field=field)

    # -- the manifest -------------------------------------------------------------------------------------
    def read_manifest(self, zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]) -> dict[str, Any]:
        """The manifest: present, a JSON object of the expected format and a known version, valid."""
        if MANIFEST not in entries:
            raise self.fail(self.no_manifest)
        data = self.parse_json(self.read_member(zf, entries[MANIFEST], MAX_MANIFEST_BYTES), MANIFEST)
        if not isinstance(data, dict):
            raise self.fail("manifest ma być obiektem JSON", member=MANIFEST)
        if data.get("format") != self.expected_format:
            raise self.fail(f"{self.not_this_format} (format {short_repr(data.get('format'), 40)})",
                            member=MANIFEST, field="format", advice=self.format_advice(data.get("format")))
        version = data.get("format_version")
        if isinstance(version, int) and not isinstance(version, bool) and version > self.known_version:
            raise self.fail(f"{self.noun} z nowszej wersji programu (format {version}) — zaktualizuj program",
                            member=MANIFEST, field="format_version",
                            advice=f"Ta wersja programu czyta {self.nouns} w formacie do {self.known_version}.")
        self.validate(data, MANIFEST)
        return data
