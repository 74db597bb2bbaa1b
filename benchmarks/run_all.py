"""`make bench`: every benchmark of the project, one after another, printing figures (no pass/fail)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BENCHMARKS = [
    "benchmarks.bench_startup",
    "benchmarks.bench_diagnosis",
    "benchmarks.bench_plan",
    "benchmarks.bench_plan_view",
    "benchmarks.bench_exports",
    "benchmarks.bench_expert",
]


def main() -> None:
    for name in BENCHMARKS:
        print(f"== {name.split('.')[-1]} ==")
        importlib.import_module(name).main()
        print()


if __name__ == "__main__":
    main()
