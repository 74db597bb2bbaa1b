"""Starting the window: translations, crash dialog, one instance per data folder, a usable database."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from edulab_app.crash import log_path, set_reporter
from edulab_app.errors import DatabaseDamaged, UserError
from edulab_app.services.context import AppContext
from edulab_app.ui.i18n import install_translators

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("EDUlab")
    app.setOrganizationName("Pomorski EDUlab")
    app.setApplicationDisplayName("EDUlab")
    return app  # type: ignore[return-value]


def _install_crash_dialog() -> None:
    from edulab_app.ui.dialogs import show_crash

    def reporter(where: str, exc: BaseException) -> None:
        if QApplication.instance() is not None:
            show_crash(QApplication.activeWindow(), where, exc, log_path())

    set_reporter(reporter)


def _offer_restore(ctx: AppContext, exc: DatabaseDamaged) -> bool:
    """The database is damaged: offer the newest backups; True when one was restored."""
    from edulab_app.services import maintenance

    found = maintenance.backups(ctx)
    if not found:
        QMessageBox.critical(None, QApplication.translate("App", "Baza danych uszkodzona"),
                             str(exc) + "\n\n" + QApplication.translate("App", "Nie znaleziono kopii zapasowych."))
        return False
    labels = [f"{b.created:%Y-%m-%d %H:%M} — {b.reason} ({b.path.name})" for b in found]
    choice, ok = QInputDialog.getItem(
        None, QApplication.translate("App", "Baza danych uszkodzona"),
        str(exc) + "\n\n" + QApplication.translate("App", "Wybierz kopię zapasową do przywrócenia:"),
        labels, 0, False)
    if not ok:
        return False
    maintenance.restore(ctx, found[labels.index(choice)].path, lock_held=True)
    return True


def open_database(ctx: AppContext) -> bool:
    """Open (create, upgrade) the database, explaining any problem in a dialog. False = cannot go on."""
    for _attempt in range(2):
        try:
            ctx.db()
            return True
        except DatabaseDamaged as exc:
            log.error("database damaged: %s", exc.reason)
            try:
                if not _offer_restore(ctx, exc):
                    return False
            except UserError as err:
                QMessageBox.critical(None, "EDUlab", str(err))
                return False
        except UserError as exc:
            QMessageBox.critical(None, "EDUlab", str(exc))
            return False
    return False


def run_app(ctx: AppContext, lang: str | None = None, demo: bool = False, quit_after_start: bool = False) -> int:
    """Open the window. ``quit_after_start``: leave as soon as it shows the school's data (smoke test)."""
    from edulab_app.instance_lock import InstanceLock
    from edulab_app.paths import ensure_writable

    app = application()
    install_translators(app, lang)
    _install_crash_dialog()
    try:
        ensure_writable(ctx.data_dir)
        lock = InstanceLock(ctx.data_dir)
        lock.acquire()
    except UserError as exc:
        QMessageBox.warning(None, "EDUlab", str(exc))
        return 2
    try:
        if not open_database(ctx):
            return 2
        from edulab_app.security.first_start import needs_first_start

        if not quit_after_start and needs_first_start(ctx.db()):
            from edulab_app.ui.tracking.login import ensure_session

            ensure_session(ctx, None)  # first start: the director's account and the recovery key, shown once
        from edulab_app.ui.main_window import MainWindow

        window = MainWindow(ctx)
        window.show()
        if demo:
            window.open_demo(ask_login=not quit_after_start)
        if quit_after_start:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, app.quit)
        return app.exec()
    finally:
        lock.release()
