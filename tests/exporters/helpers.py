"""Helpers of the exporter tests: text with Polish and Ukrainian letters, reading PDFs back with poppler."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

POLISH = "Zażółć gęślą jaźń"
UKRAINIAN = "Школа №7 «Ґрунт» — їжак, єнот, ґанок"
SCHOOL_NAME = f"Szkoła Podstawowa nr 7 „{POLISH}” / {UKRAINIAN}"

# Outside tools are skipped on a developer machine without them, but never in CI (tools/setup.sh installs them).
needs_poppler = pytest.mark.skipif(
    not os.environ.get("CI") and any(shutil.which(t) is None for t in ("pdftotext", "pdffonts", "pdfinfo")),
    reason="poppler-utils (pdftotext, pdffonts, pdfinfo) not installed")
needs_libreoffice = pytest.mark.skipif(not os.environ.get("CI") and shutil.which("soffice") is None,
                                       reason="LibreOffice (soffice) not installed")


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def flat(text: str) -> str:
    """Whitespace (line breaks, non-breaking spaces) folded to single spaces."""
    return " ".join(text.replace("\u00a0", " ").split())


def pdf_fonts(data: bytes, tmp_path: Path) -> list[dict[str, str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type...] encoding emb sub uni object id: read emb/sub/uni from the end
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def pdf_pages(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "pages.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))
