"""Logging and crash handling: nothing goes unnoticed, nothing is silently swallowed.

- A rotating log in ``<data dir>/logs/edulab.log``.
- Python exceptions anywhere (main thread, other threads, Qt slots) are logged with their traceback and
  handed to a reporter: the GUI shows a dialog with the log's path; the CLI prints a short message.
- faulthandler writes native crashes (segfaults in Qt, say) to ``<data dir>/logs/native-crash.log``.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from edulab_app.paths import logs_dir

log = logging.getLogger("edulab_app")
LOG_NAME = "edulab.log"
NATIVE_CRASH_NAME = "native-crash.log"

Reporter = Callable[[str, BaseException], None]
_state: dict = {"log_path": None, "native_file": None, "reporter": None}


def setup_logging(data_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Configure the root logger; returns the log file path (None if the folder is not writable)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s")
    for handler in list(root.handlers):
        if getattr(handler, "_edulab", False):
            root.removeHandler(handler)
            handler.close()
    path = None
    if data_dir is not None:
        try:
            folder = logs_dir(data_dir)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / LOG_NAME
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
            handler.setFormatter(fmt)
            handler._edulab = True  # type: ignore[attr-defined]
            root.addHandler(handler)
            if _state["native_file"] is None:
                _state["native_file"] = open(folder / NATIVE_CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115
                faulthandler.enable(file=_state["native_file"], all_threads=True)
        except OSError:
            path = None
    _state["log_path"] = path
    return path


def log_path() -> Path | None:
    return _state["log_path"]


def set_reporter(reporter: Reporter | None) -> None:
    _state["reporter"] = reporter


def report_exception(exc_type, exc, tb, *, where: str = "") -> None:
    log.critical("unhandled exception%s", f" in {where}" if where else "", exc_info=(exc_type, exc, tb))
    reporter = _state["reporter"]
    if reporter is not None:
        try:
            reporter(where, exc)
        except Exception:  # noqa: BLE001 - the reporter itself failed: log it, do not recurse
            log.exception("the crash reporter failed")


def install_excepthooks() -> None:
    def excepthook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report_exception(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        report_exception(args.exc_type, args.exc_value, args.exc_traceback, where=f"wątek {args.thread.name}")

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
