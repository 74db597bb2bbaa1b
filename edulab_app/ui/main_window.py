"""The main window: a school selector, a navigator of the product's areas and the current area's page."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from edulab_app import __version__
from edulab_app.errors import UserError
from edulab_app.services import maintenance, schools, settings
from edulab_app.services.context import AppContext
from edulab_app.ui.areas import areas, groups
from edulab_app.ui.dialogs import show_error
from edulab_app.ui.welcome_page import WelcomePage

log = logging.getLogger(__name__)
LAST_SCHOOL = "ui.last_school"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.rspo: str | None = None
        self._pages: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("EDUlab — Szkoła włączająca krok po kroku"))
        self.resize(1200, 780)
        self._build_menus()

        bar = QToolBar(self.tr("Szkoła"), self)
        bar.setObjectName("school_toolbar")
        bar.setMovable(False)
        label = QLabel(self.tr("&Szkoła:"), self)
        self.school_combo = QComboBox(self)
        self.school_combo.setMinimumWidth(480)
        self.school_combo.setAccessibleName(self.tr("Wybór szkoły"))
        label.setBuddy(self.school_combo)
        self.school_combo.activated.connect(lambda i: self.open_school(self.school_combo.itemData(i)))
        bar.addWidget(label)
        bar.addWidget(self.school_combo)
        self.addToolBar(bar)
        self.school_bar = bar

        self.navigator = QListWidget(self)
        self.navigator.setAccessibleName(self.tr("Nawigator obszarów"))
        self.navigator.setMinimumWidth(250)
        self.navigator.setMaximumWidth(330)
        self.navigator.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigator.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.navigator.setStyleSheet("QListWidget::item { padding: 4px 8px; }")
        self.navigator.currentItemChanged.connect(lambda item, _old: self._show_area(item))
        self.stack = QStackedWidget(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.welcome = WelcomePage(self)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.new_school_requested.connect(self.new_school)
        self.welcome.expert_requested.connect(self.open_expert_workspace)
        self.expert_window = None
        self.central = QStackedWidget(self)
        self.central.addWidget(self.welcome)
        self.central.addWidget(splitter)
        self.setCentralWidget(self.central)
        self.statusBar().showMessage(self.tr("Dane: %1").replace("%1", str(ctx.data_dir)))
        self.account_label = QLabel(self)
        self.account_label.setAccessibleName(self.tr("Zalogowany użytkownik"))
        self.statusBar().addPermanentWidget(self.account_label)
        self._watch_session()
        self.refresh_schools()

    # --- menus -------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Plik"))
        self._action(file_menu, self.tr("&Nowa szkoła…"), self.new_school, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("Szkoła &demonstracyjna"), self.open_demo)
        file_menu.addSeparator()
        from edulab_app.ui.export_actions import ExportActions

        self.exports = ExportActions(self, self.ctx, lambda: self.rspo)
        self.export_menu = file_menu.addMenu(self.tr("&Eksport"))
        self.exports.fill(self.export_menu)
        self._action(file_menu, self.tr("&Importuj pakiet lub uwagi eksperta…"), lambda: self.exports.import_files(),
                     QKeySequence("Ctrl+I"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Przestrzeń robocza &eksperta EDUlab…"), self.open_expert_workspace,
                     QKeySequence("Ctrl+E"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Utwórz &kopię zapasową"), self.make_backup)
        self._action(file_menu, self.tr("&Przywróć z kopii zapasowej…"), self.restore_backup)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Zakończ"), self.close, QKeySequence.StandardKey.Quit)
        account = self.menuBar().addMenu(self.tr("&Konto"))
        self._action(account, self.tr("&Zaloguj się…"), self.log_in)
        self._action(account, self.tr("Za&blokuj teraz"), self.lock_now, QKeySequence("Ctrl+L"))
        self._action(account, self.tr("&Wyloguj"), self.log_out)
        account.addSeparator()
        self._action(account, self.tr("&Konta użytkowników…"), self.manage_users)
        self._action(account, self.tr("&Dziennik zdarzeń…"), self.show_audit_log)
        help_menu = self.menuBar().addMenu(self.tr("Pomo&c"))
        self._action(help_menu, self.tr("Otwórz &folder danych"), self.open_data_dir)
        self._action(help_menu, self.tr("&O programie"), self.about)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- schools -----------------------------------------------------------------------------------------
    def refresh_schools(self, select: str | None = None) -> None:
        db = self.ctx.db()
        found = schools.list_schools(db)
        self.school_combo.clear()
        for s in found:
            self.school_combo.addItem(f"{s.name} (RSPO {s.rspo})", s.rspo)
        self.export_menu.setEnabled(bool(found))
        if not found:
            self.rspo = None
            self.school_bar.setVisible(False)
            self.central.setCurrentWidget(self.welcome)
            return
        self.school_bar.setVisible(True)
        wanted = select or self.rspo or settings.get_setting(db, LAST_SCHOOL)
        rspos = [s.rspo for s in found]
        self.open_school(wanted if wanted in rspos else rspos[0])

    def open_school(self, rspo: str) -> None:
        if rspo != self.rspo:
            for page in self._pages.values():
                self.stack.removeWidget(page)
                page.deleteLater()
            self._pages.clear()
        self.rspo = rspo
        settings.set_setting(self.ctx.db(), LAST_SCHOOL, rspo)
        self.school_combo.setCurrentIndex(max(0, self.school_combo.findData(rspo)))
        self.central.setCurrentIndex(1)
        current = self.navigator.currentItem()
        current_key = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.navigator.blockSignals(True)
        self.navigator.clear()
        heading_font = self.navigator.font()
        heading_font.setBold(True)
        shown_group = None
        for spec in areas():
            if spec.group != shown_group:  # a heading: not selectable, skipped by the keyboard
                shown_group = spec.group
                heading = QListWidgetItem(groups()[spec.group])
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, but not selectable
                heading.setFont(heading_font)
                self.navigator.addItem(heading)
            item = QListWidgetItem("   " + spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigator.addItem(item)
        self.navigator.blockSignals(False)
        self._select_area(current_key if current_key in {s.key for s in areas()} else areas()[0].key)

    def _select_area(self, key: str) -> None:
        for row in range(self.navigator.count()):
            if self.navigator.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigator.setCurrentRow(row)
                self._show_area(self.navigator.item(row))
                return

    def _show_area(self, item) -> None:
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key is None or self.rspo is None:
            return
        spec = next(s for s in areas() if s.key == key)
        page = self._pages.get(spec.key)
        if page is None:
            page = spec.page_class()(self.ctx, self.rspo, self)
            if hasattr(page, "saved"):
                page.saved.connect(lambda rspo: self.refresh_schools(select=rspo))
            self._pages[spec.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def show_area(self, key: str) -> QWidget:
        self._select_area(key)
        return self._pages[key]

    def area_titles(self) -> list[str]:
        """The areas listed in the navigator (without the headings), as a person reads them."""
        return [self.navigator.item(r).text().strip() for r in range(self.navigator.count())
                if self.navigator.item(r).data(Qt.ItemDataRole.UserRole)]

    def new_school(self) -> None:
        from edulab_app.ui.school_dialog import NewSchoolDialog

        dialog = NewSchoolDialog(self.ctx, self)
        if dialog.exec() and dialog.created_rspo:
            self.refresh_schools(select=dialog.created_rspo)

    def open_demo(self, ask_login: bool = True) -> None:
        """Create (reset) the demo school and open it; the fictional pupils need a login on an install with
        accounts (``ask_login=False``: leave them out rather than ask, e.g. for a smoke test)."""
        from edulab_app.security import accounts
        from edulab_app.security.first_start import needs_first_start
        from edulab_app.services.demo import create_demo
        from edulab_app.ui.tracking import session_holder

        db = self.ctx.db()
        session = session_holder.usable()
        if session is None and ask_login and not needs_first_start(db):
            from edulab_app.ui.tracking.login import ensure_session

            session = ensure_session(self.ctx, self)  # the fictional pupils are encrypted with the data key
        demo = create_demo(db, session=session)
        if demo.credentials:
            user, password = demo.credentials
            session_holder.set_session(accounts.login(db, user, password))
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Konto szkoły demonstracyjnej"),
                              self.tr("Utworzono konto dyrektora szkoły demonstracyjnej i zalogowano Cię.\n\n"
                                      "Użytkownik: %1\nHasło: %2\n\nZapisz hasło teraz — program nie pokaże go "
                                      "ponownie.").replace("%1", user).replace("%2", password),
                              QMessageBox.StandardButton.Ok, self)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.open()
            self.credentials_box = box
        self.rspo = None  # rebuild pages: the demo data was reset
        self.refresh_schools(select=demo.rspo)
        message = self.tr("Otwarto szkołę demonstracyjną.")
        if not demo.pupils_seeded:
            message += " " + self.tr("Fikcyjnych uczniów dodaje się po zalogowaniu (dyrektor lub koordynator).")
        self.statusBar().showMessage(message, 8000)

    def open_expert_workspace(self) -> None:
        """EDUlab experts: import schools' packages, review them, see the region (its own window)."""
        from edulab_app.ui.expert.workspace import ExpertWindow

        if self.expert_window is None:
            self.expert_window = ExpertWindow(self.ctx)
        self.expert_window.show()
        self.expert_window.raise_()
        self.expert_window.activateWindow()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.expert_window is not None:
            self.expert_window.close()
        super().closeEvent(event)

    # --- accounts and the session ---------------------------------------------------------------------
    def _watch_session(self) -> None:
        from PySide6.QtWidgets import QApplication

        from edulab_app.ui.tracking import session_holder

        self._activity = _ActivityFilter(self)
        QApplication.instance().installEventFilter(self._activity)
        session_holder.notifier().changed.connect(self._session_changed)
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(30_000)
        self.idle_timer.timeout.connect(self._check_idle)
        self.idle_timer.start()
        self._session_changed()

    def _check_idle(self) -> None:
        from edulab_app.ui.tracking import session_holder

        current = session_holder.current()
        if current is not None and not current.is_locked and session_holder.usable() is None:
            session_holder.lock()  # idle too long: the data key is wiped, pages show the lock

    def _session_changed(self) -> None:
        from edulab_app.ui.tracking import session_holder

        current = session_holder.current()
        if current is None:
            self.account_label.setText(self.tr("Nie zalogowano"))
        elif current.is_locked:
            self.account_label.setText(self.tr("%1 — zablokowano").replace("%1", current.display_name))
        else:
            self.account_label.setText(self.tr("Zalogowano: %1 (%2)").replace("%1", current.display_name)
                                       .replace("%2", current.role.label))

    def log_in(self) -> None:
        from edulab_app.ui.tracking.login import ensure_session

        ensure_session(self.ctx, self)

    def lock_now(self) -> None:
        from edulab_app.ui.tracking import session_holder

        session_holder.lock()

    def log_out(self) -> None:
        from edulab_app.security import accounts
        from edulab_app.ui.tracking import session_holder

        current = session_holder.current()
        if current is not None and not current.is_locked:
            accounts.logout(self.ctx.db(), current)
        session_holder.clear()

    def _director_session(self):
        from edulab_app.ui.tracking.login import ensure_session

        session = ensure_session(self.ctx, self)
        if session is not None and session.role.value != "director":
            show_error(self, self.tr("Tę część programu otwiera tylko dyrektor szkoły."))
            return None
        return session

    def manage_users(self) -> None:
        from edulab_app.ui.account_dialogs import UsersDialog

        session = self._director_session()
        if session is not None:
            UsersDialog(self.ctx, session, self).exec()

    def show_audit_log(self) -> None:
        from edulab_app.ui.account_dialogs import AuditLogDialog

        session = self._director_session()
        if session is not None:
            AuditLogDialog(self.ctx, session, self).exec()

    # --- data ------------------------------------------------------------------------------------------
    def make_backup(self) -> None:
        try:
            path = maintenance.backup(self.ctx)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.statusBar().showMessage(self.tr("Kopię zapasową zapisano: %1").replace("%1", str(path)), 8000)

    def restore_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Wybierz kopię zapasową"), str(self.ctx.backup_dir), self.tr("Kopie bazy (*.sqlite3)"))
        if not path:
            return
        answer = QMessageBox.question(
            self, self.tr("Przywrócić kopię?"),
            self.tr("Obecne dane zostaną zastąpione danymi z kopii. Przed zmianą program zachowa ich kopię. "
                    "Kontynuować?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            kept = maintenance.restore(self.ctx, path, lock_held=True)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.rspo = None
        self.refresh_schools()
        msg = self.tr("Przywrócono dane z kopii.")
        if kept:
            msg += " " + self.tr("Poprzednie dane zachowano: %1").replace("%1", str(kept))
        QMessageBox.information(self, self.tr("Przywrócono"), msg)

    def open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("O programie"),
            self.tr("<b>EDUlab — Szkoła włączająca krok po kroku</b><br>wersja %1<br><br>"
                    "Narzędzie Pomorskiego EDUlab dla szkół uczących dzieci z doświadczeniem migracji."
                    "<br><br>Folder danych: %2").replace("%1", __version__).replace("%2", str(self.ctx.data_dir)))


class _ActivityFilter(QObject):
    """Keyboard and mouse input anywhere in the application keeps the session from locking."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            from edulab_app.ui.tracking import session_holder

            session_holder.touch()
        return False
