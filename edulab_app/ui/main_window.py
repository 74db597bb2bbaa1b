"""The main window: a school selector, a navigator of the product's areas and the current area's page."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QUrl
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
from edulab_app.ui.areas import areas
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
        self.navigator.setMaximumWidth(280)
        self.navigator.currentRowChanged.connect(self._show_area)
        self.stack = QStackedWidget(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.welcome = WelcomePage(self)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.new_school_requested.connect(self.new_school)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.welcome)
        self.central.addWidget(splitter)
        self.setCentralWidget(self.central)
        self.statusBar().showMessage(self.tr("Dane: %1").replace("%1", str(ctx.data_dir)))
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
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Utwórz &kopię zapasową"), self.make_backup)
        self._action(file_menu, self.tr("&Przywróć z kopii zapasowej…"), self.restore_backup)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Zakończ"), self.close, QKeySequence.StandardKey.Quit)
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
        current = self.navigator.currentRow()
        self.navigator.blockSignals(True)
        self.navigator.clear()
        for spec in areas():
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigator.addItem(item)
        self.navigator.blockSignals(False)
        self.navigator.setCurrentRow(current if 0 <= current < self.navigator.count() else 0)
        self._show_area(self.navigator.currentRow())

    def _show_area(self, row: int) -> None:
        if row < 0 or self.rspo is None:
            return
        spec = areas()[row]
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
        keys = [spec.key for spec in areas()]
        self.navigator.setCurrentRow(keys.index(key))
        return self._pages[key]

    def new_school(self) -> None:
        from edulab_app.ui.school_dialog import NewSchoolDialog

        dialog = NewSchoolDialog(self.ctx, self)
        if dialog.exec() and dialog.created_rspo:
            self.refresh_schools(select=dialog.created_rspo)

    def open_demo(self) -> None:
        from edulab_app.services.demo import create_demo_school

        rspo = create_demo_school(self.ctx.db())
        self.rspo = None  # rebuild pages: the demo data was reset
        self.refresh_schools(select=rspo)
        self.statusBar().showMessage(self.tr("Otwarto szkołę demonstracyjną."), 5000)

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
