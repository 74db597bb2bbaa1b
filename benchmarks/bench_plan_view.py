"""Benchmark: generating a 3-year plan for a large school, and opening the plan window on it (figures only).

The large school: 1,500 pupils, 200 with migration experience, 120 staff (plans.demo). Generation is timed
on the pure domain (median of 50). For the window, the school, its staff and its plan are stored through the
services in a temporary SQLite database; then the PlanPage is built and shown offscreen and the events
processed, median of the runs.

Run: python benchmarks/bench_plan_view.py [generation runs] [window runs]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

START = "2026/2027"


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms (min {min(samples) * 1000:.1f}, max {max(samples) * 1000:.1f})"


def bench_generation(runs: int) -> None:
    from plans.demo import large_context, large_result
    from plans.generator import generate_plan

    ctx, result = large_context(), large_result()
    t0 = time.perf_counter()
    plan = generate_plan(result, ctx, START, 3)  # loads and validates the data files once
    cold = time.perf_counter() - t0
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        generate_plan(result, ctx, START, 3)
        samples.append(time.perf_counter() - t)
    print(f"large school: {ctx.pupils_total} pupils, {ctx.pupils_migrant} with migration experience, "
          f"{len(ctx.staff)} staff -> {len(plan.actions)} actions over 3 years")
    print(f"generate 3-year plan: first run {cold * 1000:.1f} ms; median of {runs}: {_median_ms(samples)} "
          "(goal < 100 ms)")


def store_large_school(data_dir: Path):
    from edulab_app.school_profile import SchoolProfile
    from edulab_app.services import plans, staff
    from edulab_app.services.context import AppContext
    from edulab_app.services.schools import create_school
    from plans.demo import large_context, large_result

    app_ctx = AppContext(data_dir=data_dir)
    db = app_ctx.db()
    big = large_context()
    rspo = big.rspo
    create_school(db, SchoolProfile(rspo=rspo, name=big.name, school_type="primary", county="Gdańsk",
                                    school_year=START, pupils_total=big.pupils_total,
                                    pupils_migrant=big.pupils_migrant))
    for m in big.staff:
        staff.add_person(db, rspo, staff.PersonInput(m.name, m.role, list(m.languages), m.weekly_hours_limit,
                                                     list(m.trainings_done)))
    context = replace(big, staff=staff.members(db, rspo))
    t = time.perf_counter()
    plan = plans.generate(db, rspo, START, 3, result=large_result(), context=context)
    stored = time.perf_counter() - t
    return app_ctx, rspo, plan, stored


def bench_window(runs: int) -> None:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from edulab_app.ui.i18n import install_translators
    from edulab_app.ui.plan import PlanPage

    def quiet(_mode, _context, message):  # the offscreen platform's one harmless notice
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([])
    install_translators(app, "pl")
    with tempfile.TemporaryDirectory() as tmp:
        app_ctx, rspo, plan, stored = store_large_school(Path(tmp))
        print(f"generate + store through the services (SQLite): {stored * 1000:.1f} ms, {len(plan.actions)} actions")
        samples = []
        for _ in range(runs + 1):
            t = time.perf_counter()
            page = PlanPage(app_ctx, rspo)
            page.resize(1300, 850)
            page.show()
            app.processEvents()
            samples.append(time.perf_counter() - t)
            page.close()
            page.deleteLater()
            app.processEvents()
        first, rest = samples[0], samples[1:]
        print(f"open the plan view (build + show, offscreen): first {first * 1000:.1f} ms; "
              f"median of {runs}: {_median_ms(rest)}")
        page = PlanPage(app_ctx, rspo)
        page.resize(1300, 850)
        page.show()
        app.processEvents()
        timings = []
        for i in range(page.tabs.count()):
            t = time.perf_counter()
            page.tabs.setCurrentIndex(i)
            page.grab()
            timings.append(f"{page.tabs.tabText(i).replace('&', '')} {(time.perf_counter() - t) * 1000:.0f} ms")
        print("switch to and paint each tab: " + ", ".join(timings))
        page.close()
        app_ctx.close()


def main(gen_runs: int = 50, view_runs: int = 10) -> None:
    bench_generation(gen_runs)
    bench_window(view_runs)


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
