"""Cold start of the application against the floor of its stack, measured side by side in one run.

- app:   ``edulab --data-dir D gui --quit-after-start`` — a fresh process until the main window has shown
         the demo school's profile (offscreen), then quits.
- floor: a fresh process that only imports PySide6 and SQLAlchemy's ORM, opens the same SQLite file,
         shows an empty main window and quits.
Runs alternate (app, floor, app, floor…) so that both see the same machine state; prints medians and the
ratio (goal: at most 1.5).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
engine = create_engine(f"sqlite:///{sys.argv[1]}")
with Session(engine) as s:
    s.execute(text("SELECT 1")).all()
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _time(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(runs: int = 9) -> dict:
    data = Path(tempfile.mkdtemp(prefix="edulab-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EDULAB_DATA_DIR": str(data)}
    subprocess.run([sys.executable, "-m", "edulab_app", "demo"], env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    app_cmd = [sys.executable, "-m", "edulab_app", "gui", "--quit-after-start"]
    floor_cmd = [sys.executable, "-c", FLOOR, str(data / "edulab.sqlite3")]
    _time(app_cmd, env), _time(floor_cmd, env)  # warm the OS file cache for both
    app_t, floor_t = [], []
    for _ in range(runs):
        app_t.append(_time(app_cmd, env))
        floor_t.append(_time(floor_cmd, env))
    app_med, floor_med = statistics.median(app_t), statistics.median(floor_t)
    return {"app_s": app_med, "floor_s": floor_med, "ratio": app_med / floor_med, "runs": runs,
            "app_min_s": min(app_t), "floor_min_s": min(floor_t)}


def main() -> None:
    r = measure()
    print("startup (median of {runs} runs, offscreen)".format(**r))
    print(f"  edulab until the school's data shows : {r['app_s'] * 1000:7.0f} ms (min {r['app_min_s'] * 1000:.0f})")
    print(f"  floor: PySide6 + SQLAlchemy ORM window: {r['floor_s'] * 1000:7.0f} ms (min {r['floor_min_s'] * 1000:.0f})")
    print(f"  ratio                                 : {r['ratio']:7.2f}  (goal <= 1.5)")


if __name__ == "__main__":
    main()
