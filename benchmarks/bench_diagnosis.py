"""Benchmark: the diagnosis window's two hot paths (figures only, no assertions).

(a) saving one answer through the real save path, ``diagnosis.save_answer``, on a real SQLite file in a
    temporary data folder (WAL, synchronous=FULL as the storage layer sets them): median and p99 over
    many saves alternating item types — goal p99 < 5 ms;
(b) the same answer given in the window (a click on a radio button: save, relevance, progress, labels);
(c) building and showing the largest section of the form in ``DiagnosisPage`` (offscreen), median over
    ~20 switches to it — goal < 100 ms.

Run: python benchmarks/bench_diagnosis.py [saves] [--dir FOLDER]   (FOLDER: where the temporary data
folder goes; default: the system's temporary folder — use a folder on the disk you care about)
"""

from __future__ import annotations

import math
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from edulab_app.school_profile import SchoolProfile  # noqa: E402
from edulab_app.services import diagnosis, schools  # noqa: E402
from edulab_app.services.context import AppContext  # noqa: E402
from edulab_app.storage.db import mount_fs_type  # noqa: E402

RSPO = "4321"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]


def _fs_type(path: Path) -> str:
    try:
        return mount_fs_type(path.resolve(), Path("/proc/mounts").read_text().splitlines()) or "?"
    except OSError:
        return "?"


def _context(directory: str | None) -> tuple[AppContext, Path]:
    folder = Path(tempfile.mkdtemp(prefix="edulab-bench-", dir=directory))
    ctx = AppContext(data_dir=folder / "data")
    db = ctx.db()
    schools.create_school(db, SchoolProfile(rspo=RSPO, name="Szkoła Podstawowa nr 1 (benchmark)", county="pucki",
                                            school_year="2026/2027", pupils_total=420, pupils_migrant=58))
    return ctx, folder


def _answers_to_cycle(i: int) -> tuple[str, object]:
    """A few item types in turn: integer, scale, select_multiple, text, table, decimal, date."""
    kind = i % 7
    if kind == 0:
        return "pupils_total", 300 + i % 100
    if kind == 1:
        return "arrivals_expected", ("yes_definitely", "yes_rather", "no_rather", "dont_know")[i % 4]
    if kind == 2:
        return "family_languages", [["uk"], ["uk", "ru"], ["uk", "ru", "ka"]][i % 3]
    if kind == 3:
        return "welcome_notes", f"Notatka numer {i}: oprowadzanie nowych uczniów działa dobrze."
    if kind == 4:
        return "pupils_by_country", [{"country": "ua", "first_language": "uk", "count": 20 + i % 9},
                                     {"country": "ge", "first_language": "ka", "count": 4}]
    if kind == 5:
        return "budget_extra_amount", 1000.5 + i
    return "pupils_data_date", f"2025-10-{1 + i % 28:02d}"


def bench_save(saves: int, directory: str | None) -> None:
    ctx, folder = _context(directory)
    try:
        db = ctx.db()
        info, _ = diagnosis.start_diagnosis(db, RSPO)
        diagnosis.save_answer(db, info.id, "pupils_migrant_total", 58)  # makes the dependent items relevant
        with db.engine.connect() as con:
            sync = con.exec_driver_sql("PRAGMA synchronous").scalar()
            journal = con.exec_driver_sql("PRAGMA journal_mode").scalar()
        for i in range(20):  # warm-up: caches, first statements
            diagnosis.save_answer(db, info.id, *_answers_to_cycle(i))
        times = []
        for i in range(saves):
            item_id, value = _answers_to_cycle(i)
            start = time.perf_counter()
            diagnosis.save_answer(db, info.id, item_id, value)
            times.append(time.perf_counter() - start)
        sync_name = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}.get(sync, str(sync))
        print(f"(a) save_answer, {saves} saves over 7 item types; SQLite journal={journal}, synchronous={sync_name}, "
              f"file system {_fs_type(folder)} ({folder})")
        print(f"    median {_ms(statistics.median(times))}, p99 {_ms(_p99(times))}, max {_ms(max(times))} "
              f"(goal: p99 < 5 ms)")
    finally:
        ctx.close()
        shutil.rmtree(folder, ignore_errors=True)


def bench_window(directory: str | None, switches: int = 20, clicks: int = 200) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from edulab_app.ui.diagnosis import DiagnosisPage
    from forms.demo import demo_answers

    app = QApplication.instance() or QApplication([])
    ctx, folder = _context(directory)
    try:
        db = ctx.db()
        info, _ = diagnosis.start_diagnosis(db, RSPO)
        diagnosis.import_answers(db, RSPO, diagnosis.export_answers(db, RSPO) | {"answers": demo_answers()})
        form = info.form()
        page = DiagnosisPage(ctx, RSPO)
        page.resize(1200, 800)
        page.show()
        app.processEvents()

        # (b) one answer given in the window: click, save, relevance, progress, labels
        page.navigator.setCurrentRow(page._rows.index("parents"))
        app.processEvents()
        buttons = page.view.widgets["parents_need_information"].buttons
        names = ["yes_definitely", "no_rather"]
        times = []
        for i in range(clicks):
            button = buttons[names[i % 2]]
            start = time.perf_counter()
            button.click()
            times.append(time.perf_counter() - start)
        stored = diagnosis.answers(db, info.id).get("parents_need_information")
        if stored != names[(clicks - 1) % 2]:
            print(f"    (!) the last click was not saved: {stored!r}")
        print(f"(b) an answer clicked in the window (save + relevance + progress + labels), {clicks} clicks: "
              f"median {_ms(statistics.median(times))}, p99 {_ms(_p99(times))}")

        # (c) the largest section, built and shown
        largest = max(form.sections, key=lambda s: (len(s.items), sum(len(i.choices) for i in s.items)))
        small = min(form.sections, key=lambda s: len(s.items))
        times = []
        for _ in range(switches + 1):
            page.navigator.setCurrentRow(page._rows.index(small.id))
            app.processEvents()
            start = time.perf_counter()
            page.navigator.setCurrentRow(page._rows.index(largest.id))
            while page.view is None or not page.view.isVisible():
                app.processEvents()
            app.processEvents()  # layout and paint
            times.append(time.perf_counter() - start)
        first, rest = times[0], times[1:]
        widgets = len(page.view.findChildren(QWidget))
        print(f"(c) largest section „{largest.label.pl}” ({len(largest.items)} questions, {widgets} widgets) "
              f"built and shown: median {_ms(statistics.median(rest))} over {len(rest)} switches, "
              f"max {_ms(max(rest))}, first {_ms(first)} (goal: < 100 ms)")
        page.close()
        page.deleteLater()
        app.processEvents()
    finally:
        ctx.close()
        shutil.rmtree(folder, ignore_errors=True)


def main(saves: int = 500, directory: str | None = None) -> None:
    bench_save(saves, directory)
    bench_window(directory)


if __name__ == "__main__":
    args = sys.argv[1:]
    folder = None
    if "--dir" in args:
        at = args.index("--dir")
        folder = args[at + 1]
        del args[at:at + 2]
    main(int(args[0]) if args else 500, folder)
