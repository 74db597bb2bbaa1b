"""Long work off the window's thread (DESIGN.md section 6).

``BackgroundTask(fn)`` runs ``fn(progress, cancelled)`` in its own QThread — ``progress(done, total, text)``
emits ``progress``, ``cancelled()`` says whether ``cancel()`` was asked, so the work can stop between steps —
and emits ``done(result)`` or ``error(exception)`` on the window's side. An unexpected error is logged with
its traceback here; the caller shows it.

``run_in_background(parent, title, work, on_success)`` is the usual way to use it from a window: a progress
dialog with "Anuluj", ``work(report)`` where ``report(done, total, text)`` returns False once cancelled, and
errors shown in a dialog (a UserError with its message, anything else through the crash handler).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
Report = Callable[[int, int, str], bool]


class _Worker(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    error = Signal(object)

    def __init__(self, fn: Callable[..., Any], cancel_event: threading.Event):
        super().__init__()
        self.fn = fn
        self.cancel_event = cancel_event

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(lambda d, t, text: self.progress.emit(d, t, text), self.cancel_event.is_set)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI, which reports it with the log's path
            from edulab_app.errors import UserError
            from exporters.atomic import ExportWriteError

            if not isinstance(exc, (UserError, ExportWriteError)):  # those explain themselves to the user
                log.error("background task failed", exc_info=exc)
            self.error.emit(exc)
            return
        self.done.emit(result)


class BackgroundTask(QObject):
    """One run of ``fn`` in its own thread; keep a reference until ``finished`` is emitted."""

    progress = Signal(int, int, str)
    done = Signal(object)
    error = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[..., Any], parent: QObject | None = None):
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.thread = QThread()
        self.worker = _Worker(fn, self.cancel_event)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.done.connect(self._on_done)
        self.worker.error.connect(self._on_error)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.cancel_event.set()

    def is_running(self) -> bool:
        return self.thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        return self.thread.wait(ms)

    def _stop_thread(self) -> None:
        self.thread.quit()
        self.thread.wait()

    def _on_done(self, result) -> None:
        self._stop_thread()
        self.done.emit(result)
        self.finished.emit()

    def _on_error(self, exc) -> None:
        self._stop_thread()
        self.error.emit(exc)
        self.finished.emit()


def run_in_background(parent: QWidget, title: str, work: Callable[[Report], Any],
                      on_success: Callable[[Any], None], *, cancellable: bool = True) -> BackgroundTask:
    """Run ``work(report)`` with a window-modal progress dialog; ``on_success(result)`` when it finishes."""
    def fn(progress, cancelled):
        def report(done: int, total: int, text: str = "") -> bool:
            progress(done, total, text)
            return not cancelled()

        return work(report)

    task = BackgroundTask(fn, parent)
    dialog = QProgressDialog(title, QProgressDialog.tr("Anuluj") if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(task.cancel)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def finished() -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def failed(exc: BaseException) -> None:
        from edulab_app.crash import report_exception
        from edulab_app.errors import UserError
        from edulab_app.ui.dialogs import show_error

        if isinstance(exc, (UserError, OSError)):
            show_error(parent, str(exc))
        else:
            report_exception(type(exc), exc, exc.__traceback__, where=title)

    task.progress.connect(progress)
    task.finished.connect(finished)
    task.done.connect(on_success)
    task.error.connect(failed)
    task.start()
    return task
