"""Long work off the window's thread, with a progress dialog that can be cancelled (DESIGN.md section 6).

``run_in_background(parent, title, work, on_success)`` runs ``work(report)`` in a QThread; ``report(done,
total, text)`` moves the progress bar and returns False once the person pressed "Anuluj", so the work can
stop between steps. Success calls ``on_success(result)`` on the window's thread; an exception becomes an
error dialog (a UserError with its message, anything else through the crash handler with the log's path).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Report = Callable[[int, int, str], bool]


class _Worker(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Report], Any]):
        super().__init__()
        self._work = work
        self.cancelled = False

    def report(self, done: int, total: int, text: str = "") -> bool:
        self.progress.emit(done, total, text)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self._work(self.report)
        except BaseException as exc:  # noqa: BLE001 - handed to the window's thread, never swallowed
            self.failed.emit((exc, sys.exc_info()))
        else:
            self.succeeded.emit(result)


class BackgroundTask(QObject):
    finished = Signal()

    def __init__(self, parent: QWidget, title: str, work: Callable[[Report], Any],
                 on_success: Callable[[Any], None], *, cancellable: bool = True):
        super().__init__(parent)
        self._parent, self._on_success = parent, on_success
        self.dialog = QProgressDialog(title, self.tr("Anuluj") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.thread = QThread(self)
        self.worker = _Worker(work)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.dialog.canceled.connect(self._cancel)

    def start(self) -> BackgroundTask:
        self.thread.start()
        return self

    def _cancel(self) -> None:
        self.worker.cancelled = True
        self.dialog.setLabelText(self.tr("Przerywanie po bieżącym kroku…"))

    def _progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(done)
        if text:
            self.dialog.setLabelText(text)

    def _finish(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.dialog.reset()
        self.dialog.hide()
        self.finished.emit()

    def _succeeded(self, result: Any) -> None:
        self._finish()
        self._on_success(result)

    def _failed(self, payload) -> None:
        from edulab_app.crash import report_exception
        from edulab_app.errors import UserError
        from edulab_app.ui.dialogs import show_error

        self._finish()
        exc, info = payload
        if isinstance(exc, (UserError, OSError)) and not isinstance(exc, (MemoryError,)):
            show_error(self._parent, str(exc))
        else:
            report_exception(*info, where=self.dialog.windowTitle())


def run_in_background(parent: QWidget, title: str, work: Callable[[Report], Any],
                      on_success: Callable[[Any], None], *, cancellable: bool = True) -> BackgroundTask:
    return BackgroundTask(parent, title, work, on_success, cancellable=cancellable).start()
