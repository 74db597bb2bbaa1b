"""Benchmark of the exports (figures only, no assertions).

- the PDF of the demo school's 3-year plan as the application makes it: in the running process, after a
  first export (fonts registered, modules imported) — time and pages;
- beside it, LibreOffice headless converting the application's own XLSX of the same plan to PDF, with a
  fresh profile warmed by one conversion, measured in the same run — and the ratio (goal: at least 5x);
- XLSX writing time; package export and import times.

Run: python benchmarks/bench_exports.py [runs]
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exporters.demo import demo_document  # noqa: E402
from exporters.package_read import read_package  # noqa: E402
from exporters.package_write import write_package  # noqa: E402
from exporters.pdf_plan import render_pdf  # noqa: E402
from exporters.xlsx_plan import render_xlsx  # noqa: E402


def _median(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def _libreoffice(xlsx: bytes, runs: int) -> tuple[float, int] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory(prefix="edulab-bench-lo-") as tmp:
        folder = Path(tmp)
        src = folder / "plan.xlsx"
        src.write_bytes(xlsx)
        profile = (folder / "profile").as_uri()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                   "--outdir", str(folder / "out"), str(src)]
        subprocess.run(command, check=True, capture_output=True, timeout=300)  # creates and warms the profile
        seconds, _ = _median(lambda: subprocess.run(command, check=True, capture_output=True, timeout=300), runs)
        return seconds, _pages((folder / "out" / "plan.pdf").read_bytes())


def main(runs: int = 5) -> None:
    doc = demo_document()
    t = time.perf_counter()
    render_pdf(doc)  # the first export of the process: imports, font registration
    first = time.perf_counter() - t
    pdf_s, pdf = _median(lambda: render_pdf(doc), runs)
    xlsx_s, xlsx = _median(lambda: render_xlsx(doc), runs)
    write_s, package = _median(lambda: write_package(doc), runs)
    read_s, _ = _median(lambda: read_package(package, "demo.edulab"), runs)
    print(f"demo school: {doc.school.name}; plan {doc.period}, {len(doc.plan.actions)} actions; median of {runs} runs")
    print(f"PDF (in process, after a first export of {first * 1000:.0f} ms): {pdf_s * 1000:.0f} ms, "
          f"{_pages(pdf)} pages, {len(pdf) // 1024} KiB")
    lo = _libreoffice(xlsx, max(1, min(runs, 3)))
    if lo is None:
        print("LibreOffice XLSX -> PDF: soffice not found, ratio not measured")
    else:
        lo_s, lo_pages = lo
        print(f"LibreOffice headless XLSX -> PDF (warm profile): {lo_s * 1000:.0f} ms, {lo_pages} pages")
        print(f"ratio LibreOffice / application PDF: {lo_s / pdf_s:.1f}x (goal: at least 5x)")
    print(f"XLSX writing: {xlsx_s * 1000:.0f} ms, {len(xlsx) // 1024} KiB")
    print(f"package export: {write_s * 1000:.1f} ms, import: {read_s * 1000:.1f} ms, {len(package) // 1024} KiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
