"""Benchmark of the expert workspace (figures only, no assertions).

- 500 generated school packages (tools/generate_packages.py, seed 1), cached in the temp folder between runs;
- imported into a fresh SQLite data folder by the real service (``reviews.import_packages``: one durable
  transaction per package, ``synchronous=FULL``) — time (goal: under 5 s);
- the region view's computation (``region.region``: query of the latest packages + sums), median of 7 runs
  (goal: under 0.5 s);
- peak memory: ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` of a child process that does only the import and
  the region (the resident set's high-water mark, interpreter and libraries included; goal: under 400 MB),
  and ``RUSAGE_CHILDREN`` for the largest of its reader processes (the import reads packages in a pool of
  processes when there are many).

Run: python benchmarks/bench_expert.py [N]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

SEED = 1


def packages(n: int) -> tuple[list[Path], float | None]:
    """The cached packages (generated on the first run; seconds it took, or None when cached)."""
    folder = Path(tempfile.gettempdir()) / f"edulab-bench-packages-{n}-seed{SEED}"
    done = folder / ".complete"
    if done.exists():
        return sorted(folder.glob("*.edulab")), None
    import generate_packages

    start = time.perf_counter()
    paths = generate_packages.write_packages(n, folder, seed=SEED)
    done.write_text("ok")
    return paths, time.perf_counter() - start


def child(folder: str) -> None:
    """Import the folder into a fresh data dir and compute the region; print figures as JSON."""
    import resource

    from edulab_app.services import region, reviews
    from edulab_app.services.context import AppContext
    from edulab_app.storage import review_models  # noqa: F401 - the tables (until the lead's migration)
    from exporters.package_format import fast_member_check

    with tempfile.TemporaryDirectory(prefix="edulab-bench-expert-") as tmp:
        ctx = AppContext(data_dir=Path(tmp))
        db = ctx.db()
        start = time.perf_counter()
        report = reviews.import_packages(db, [folder])
        import_s = time.perf_counter() - start
        times = []
        result = None
        for _ in range(7):
            start = time.perf_counter()
            result = region.region(db)
            times.append(time.perf_counter() - start)
        start = time.perf_counter()
        rows = reviews.list_schools(db)
        list_s = time.perf_counter() - start
        start = time.perf_counter()
        reviews.get_review(db, rows[0].rspo)
        review_s = time.perf_counter() - start
        size = sum(p.stat().st_size for p in Path(tmp).glob("edulab*"))
        ctx.close()
    print(json.dumps({
        "imported": len(report.imported), "failed": len(report.failed), "import_s": import_s,
        "region_median_s": statistics.median(times), "region_first_s": times[0], "list_s": list_s,
        "review_s": review_s, "schools": result.schools if result else 0, "db_bytes": size,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "workers_maxrss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "workers": reviews._workers(len(report.imported) + len(report.failed) + len(report.duplicates), None),
        "fast_validation": fast_member_check("plan.json") is not None,
    }))


def main(n: int = 500) -> None:
    paths, generated = packages(n)
    folder = paths[0].parent
    total = sum(p.stat().st_size for p in paths)
    if generated is not None:
        print(f"generated {len(paths)} packages in {generated:.1f} s ({total / 1024 / 1024:.1f} MB) -> {folder}")
    else:
        print(f"{len(paths)} cached packages ({total / 1024 / 1024:.1f} MB) in {folder}")
    out = subprocess.run([sys.executable, __file__, "--child", str(folder)], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    f = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"import of {f['imported']} packages (durable, one transaction each): {f['import_s']:.2f} s "
          f"({1000 * f['import_s'] / max(1, f['imported']):.1f} ms/package; goal < 5 s); failed: {f['failed']}; "
          f"schema check: {'fastjsonschema + jsonschema for messages' if f['fast_validation'] else 'jsonschema only'}")
    print(f"region view over {f['schools']} schools: median {1000 * f['region_median_s']:.0f} ms "
          f"(first {1000 * f['region_first_s']:.0f} ms; goal < 500 ms)")
    print(f"schools table: {1000 * f['list_s']:.0f} ms; one school's review: {1000 * f['review_s']:.0f} ms; "
          f"database: {f['db_bytes'] / 1024 / 1024:.1f} MB")
    print(f"peak memory (ru_maxrss of the child doing import + region): {f['maxrss_mb']:.0f} MB (goal < 400 MB); "
          f"reader processes: {f['workers']}, the largest {f['workers_maxrss_mb']:.0f} MB each")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
