"""A sanity check of a clinic PDF, run in a separate process with a time limit (stdlib only, no imports of the
application, so it can run as ``python -I -S assessment_pdf_probe.py``).

Reads the PDF from standard input (the plaintext never touches the disk), writes one JSON line to standard
output: ``{"ok": true, "pages": N, "version": "1.4"}`` or ``{"ok": false, "reason": "..."}`` (Polish). On
POSIX the process limits its own memory and CPU time before reading, so a hostile file cannot exhaust the
machine; the parent also kills it after its time limit.

The check is deliberately small: header, trailer (``startxref`` and ``%%EOF``), balanced objects, at least one
page object — in the plain file or, for PDF 1.5+ files, inside Flate-compressed object streams, inflated with a
hard cap on output.
"""

from __future__ import annotations

import json
import re
import sys
import zlib

MAX_INPUT = 16 * 1024 * 1024
MAX_INFLATED_TOTAL = 64 * 1024 * 1024
MAX_STREAMS = 2000
MEMORY_LIMIT = 768 * 1024 * 1024
CPU_LIMIT_S = 20

_HEADER = re.compile(rb"%PDF-(\d)\.(\d)")
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_FLATE = re.compile(rb"/FlateDecode")


class ProbeError(Exception):
    pass


def _inflate_all(data: bytes) -> int:
    """Pages found inside Flate streams (object streams of PDF 1.5+), inflating at most MAX_INFLATED_TOTAL."""
    pages, budget, streams = 0, MAX_INFLATED_TOTAL, 0
    for match in _STREAM.finditer(data):
        streams += 1
        if streams > MAX_STREAMS:
            break
        dictionary = data[max(0, match.start() - 400):match.start()]
        if not _FLATE.search(dictionary) or b"/ObjStm" not in dictionary:
            continue
        end = data.find(b"endstream", match.end())
        if end < 0:
            raise ProbeError("strumień danych bez zakończenia (endstream)")
        inflater = zlib.decompressobj()
        try:
            chunk = inflater.decompress(data[match.end():end], budget)
        except zlib.error:
            continue  # a damaged stream; the page count decides
        budget -= len(chunk)
        pages += len(_PAGE.findall(chunk))
        if budget <= 0:
            raise ProbeError("plik rozpakowuje się do zbyt wielu danych")
    return pages


def inspect(data: bytes) -> dict:
    """The probe's verdict on ``data`` as a dict; never raises for any input."""
    try:
        if len(data) > MAX_INPUT:
            raise ProbeError("plik jest za duży")
        if not data.startswith(b"%PDF-"):
            raise ProbeError("plik nie zaczyna się od sygnatury %PDF-")
        header = _HEADER.match(data)
        if header is None:
            raise ProbeError("nagłówek PDF nie podaje wersji")
        version = f"{int(header.group(1))}.{int(header.group(2))}"
        tail = data[-2048:]
        if b"%%EOF" not in tail:
            raise ProbeError("brak znacznika końca pliku %%EOF (plik ucięty?)")
        if b"startxref" not in tail:
            raise ProbeError("brak odnośnika do tablicy obiektów (startxref)")
        objects, ends = len(re.findall(rb"\d+\s+\d+\s+obj\b", data)), data.count(b"endobj")
        if objects == 0 or ends == 0:
            raise ProbeError("plik nie zawiera żadnych obiektów PDF")
        pages = len(_PAGE.findall(data)) or _inflate_all(data)
        if pages == 0:
            raise ProbeError("nie znaleziono w pliku żadnej strony")
        return {"ok": True, "pages": pages, "version": version, "objects": objects}
    except ProbeError as exc:
        return {"ok": False, "reason": str(exc)}
    except (MemoryError, RecursionError):
        return {"ok": False, "reason": "plik wymaga zbyt wielu zasobów do sprawdzenia"}


def _limit_resources() -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's time limit still applies
        return
    for limit, value in ((resource.RLIMIT_AS, MEMORY_LIMIT), (resource.RLIMIT_CPU, CPU_LIMIT_S)):
        try:
            soft, hard = resource.getrlimit(limit)
            cap = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(limit, (cap, hard))
        except (ValueError, OSError):
            pass


def main() -> int:
    _limit_resources()
    data = sys.stdin.buffer.read(MAX_INPUT + 1)
    sys.stdout.write(json.dumps(inspect(data), ensure_ascii=True) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
