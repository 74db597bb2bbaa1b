"""Benchmark: median time to generate a 3-year plan for a large school (figures only, no assertions).

Run: python benchmarks/bench_plan.py [runs]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from plans.checks import check_plan  # noqa: E402
from plans.demo import large_context, large_result  # noqa: E402
from plans.generator import generate_plan  # noqa: E402


def main(runs: int = 50) -> None:
    ctx, result = large_context(), large_result()
    t0 = time.perf_counter()
    plan = generate_plan(result, ctx, "2026/2027", 3)  # first run loads and validates the data files
    cold = time.perf_counter() - t0
    gen, chk = [], []
    for _ in range(runs):
        t = time.perf_counter()
        plan = generate_plan(result, ctx, "2026/2027", 3)
        gen.append(time.perf_counter() - t)
        t = time.perf_counter()
        check_plan(plan, ctx, result, __import__("datetime").date(2026, 5, 1))
        chk.append(time.perf_counter() - t)
    print(f"large school: {ctx.pupils_total} pupils, {ctx.pupils_migrant} migrant, {len(ctx.staff)} staff; "
          f"{len(plan.actions)} actions over 3 years")
    print(f"first run (loads data): {cold * 1000:.1f} ms")
    print(f"generate_plan median over {runs} runs: {statistics.median(gen) * 1000:.2f} ms "
          f"(min {min(gen) * 1000:.2f}, max {max(gen) * 1000:.2f})")
    print(f"check_plan median: {statistics.median(chk) * 1000:.2f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
