"""Szkoły: every school with its latest package — sortable, filtered by county and status, searchable — and
importing packages (files or a whole folder) in the background with a progress dialog that can cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edulab_app.services import reviews
from edulab_app.services.reviews import ImportReport, SchoolRow
from edulab_app.ui.background import BackgroundTask
from edulab_app.ui.plan.common import compact_rows, pln

CTX = "ExpertWorkspace"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def status_labels() -> dict[str, str]:
    return {"new": tr("nowy"), "in_review": tr("w przeglądzie"), "returned": tr("zwrócony"),
            "accepted": tr("zaakceptowany")}


STATUS_COLORS = {"new": QColor("#1565c0"), "in_review": QColor("#ef6c00"), "returned": QColor("#8e24aa"),
                 "accepted": QColor("#2e7d32")}


class SchoolsModel(QAbstractTableModel):
    COLUMNS = ("rspo", "name", "county", "pupils", "priorities", "cost", "findings", "status")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[SchoolRow] = []

    def headers(self) -> list[str]:
        return [tr("RSPO"), tr("Szkoła"), tr("Powiat"), tr("Uczniowie z dośw. migracji"), tr("Najważniejsze priorytety"),
                tr("Koszt planu na rok"), tr("Uwagi kontroli"), tr("Stan przeglądu")]

    def set_rows(self, rows: list[SchoolRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "rspo": r.rspo, "name": r.name, "county": r.county, "pupils": str(r.pupils_migrant),
                "priorities": "; ".join(t for _, t in r.top_priorities), "cost": pln(r.cost_per_year),
                "findings": (f"{r.findings_count} ({tr('błędy: %1').replace('%1', str(r.errors_count))})"
                             if r.errors_count else str(r.findings_count)),
                "status": status_labels().get(r.status, r.status)
                + (f" · {tr('odpowiedzi: %1').replace('%1', str(r.answered))}" if r.answered else ""),
            }[col]
        if role == SORT_ROLE:
            return {"rspo": int(r.rspo) if r.rspo.isdigit() else 0, "name": r.name.casefold(),
                    "county": r.county.casefold(), "pupils": r.pupils_migrant, "priorities": len(r.top_priorities),
                    "cost": r.cost_per_year, "findings": r.findings_count,
                    "status": ("new", "in_review", "returned", "accepted").index(r.status)
                    if r.status in ("new", "in_review", "returned", "accepted") else 9}[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("pupils", "cost", "findings"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == "status":
            return STATUS_COLORS.get(r.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "cost":
                return "\n".join(f"{y}: {pln(v)}" for y, v in sorted(r.costs_by_year.items())) + \
                    "\n" + tr("Razem: %1").replace("%1", pln(r.total_cost))
            if col == "priorities":
                return "\n".join(f"{i}. {t}" for i, (_, t) in enumerate(r.top_priorities, start=1))
            if col == "name":
                return f"{r.name}\n{r.municipality}, {r.county}\n" + tr("Pakietów: %1").replace("%1", str(r.packages))
        return None


class SchoolsProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.county: str | None = None
        self.status: str | None = None
        self.search = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(self, county: str | None = None, status: str | None = None, search: str = "") -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt 6.9+; invalidateFilter() is deprecated there
        if modern:
            self.beginFilterChange()
        self.county, self.status, self.search = county or None, status or None, search.strip().casefold()
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt API
        r: SchoolRow = self.sourceModel().rows[source_row]
        if self.county and r.county != self.county:
            return False
        if self.status and r.status != self.status:
            return False
        return not self.search or self.search in f"{r.rspo} {r.name} {r.municipality}".casefold()


class ImportResultsDialog(QDialog):
    """What an import did: a summary line and, for every file that failed, its reason."""

    def __init__(self, report: ImportReport, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wynik wczytywania pakietów"))
        self.setAccessibleName(self.tr("Wynik wczytywania pakietów"))
        lay = QVBoxLayout(self)
        summary = self.tr("Wczytano pakietów: %1; zastąpionych starszych wersji: %2; pominiętych (już wczytane): %3; "
                          "błędnych: %4.").replace("%1", str(len(report.imported))) \
            .replace("%2", str(len(report.superseded))).replace("%3", str(len(report.duplicates))) \
            .replace("%4", str(len(report.failed)))
        if report.cancelled:
            summary += " " + self.tr("Wczytywanie przerwano — pakiety wczytane do tej chwili zostały zapisane.")
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Podsumowanie wczytywania"))
        lay.addWidget(self.summary)
        problems = [(p, why) for p, why in report.failed] + [(p, why) for p, why in report.duplicates]
        self.table = QTableWidget(len(problems), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Plik"), self.tr("Powód")])
        self.table.setAccessibleName(self.tr("Pliki niewczytane i powody"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        for row, (path, why) in enumerate(problems):
            self.table.setItem(row, 0, QTableWidgetItem(Path(path).name))
            self.table.item(row, 0).setToolTip(path)
            self.table.setItem(row, 1, QTableWidgetItem(why))
        self.table.resizeColumnToContents(0)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(problems))
        lay.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.resize(820, 420 if problems else 160)


class SchoolsTab(QWidget):
    open_school = Signal(str)
    imported = Signal(object)  # ImportReport

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.task: BackgroundTask | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.results_dialog: ImportResultsDialog | None = None
        self.last_report: ImportReport | None = None
        lay = QVBoxLayout(self)

        top = QHBoxLayout()
        self.import_files_button = QPushButton(self.tr("Wczytaj &pakiety…"), self)
        self.import_files_button.setAccessibleName(self.tr("Wczytaj pakiety szkół z plików"))
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button = QPushButton(self.tr("Wczytaj &folder…"), self)
        self.import_folder_button.setAccessibleName(self.tr("Wczytaj wszystkie pakiety z folderu"))
        self.import_folder_button.clicked.connect(self.choose_folder)
        top.addWidget(self.import_files_button)
        top.addWidget(self.import_folder_button)
        top.addSpacing(16)
        county_label = QLabel(self.tr("Po&wiat:"), self)
        self.county_filter = QComboBox(self)
        self.county_filter.setAccessibleName(self.tr("Filtr: powiat"))
        county_label.setBuddy(self.county_filter)
        status_label = QLabel(self.tr("S&tan:"), self)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filtr: stan przeglądu"))
        status_label.setBuddy(self.status_filter)
        self.status_filter.addItem(self.tr("wszystkie"), "")
        for key, label in status_labels().items():
            self.status_filter.addItem(label, key)
        search_label = QLabel(self.tr("Sz&ukaj:"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("RSPO, nazwa albo gmina"))
        self.search.setAccessibleName(self.tr("Szukaj szkoły"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        for w in (county_label, self.county_filter, status_label, self.status_filter, search_label):
            top.addWidget(w)
        top.addWidget(self.search, 1)
        lay.addLayout(top)

        self.model = SchoolsModel(self)
        self.proxy = SchoolsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Szkoły i ich plany"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        compact_rows(self.view)
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        lay.addWidget(self.view, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Liczba szkół"))
        bottom.addWidget(self.count_label, 1)
        self.open_button = QPushButton(self.tr("&Otwórz przegląd szkoły"), self)
        self.open_button.setAccessibleName(self.tr("Otwórz przegląd zaznaczonej szkoły"))
        self.open_button.clicked.connect(lambda: self._activated(self.view.currentIndex()))
        bottom.addWidget(self.open_button)
        lay.addLayout(bottom)

        self.county_filter.currentIndexChanged.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.search.textChanged.connect(self._apply_filters)
        self.refresh()

    # -- data -----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        rows = reviews.list_schools(self.ctx.db())
        self.model.set_rows(rows)
        current = self.county_filter.currentData()
        self.county_filter.blockSignals(True)
        self.county_filter.clear()
        self.county_filter.addItem(self.tr("wszystkie"), "")
        for county in sorted({r.county for r in rows if r.county}, key=str.casefold):
            self.county_filter.addItem(county, county)
        self.county_filter.setCurrentIndex(max(0, self.county_filter.findData(current or "")))
        self.county_filter.blockSignals(False)
        self._apply_filters()
        for col in (0, 2, 3, 5, 6, 7):
            self.view.resizeColumnToContents(col)
        self.view.setColumnWidth(4, 320)

    def set_filters(self, county: str | None = None, status: str | None = None, search: str = "") -> None:
        for combo, value in ((self.county_filter, county), (self.status_filter, status)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value or "")))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(search)
        self.search.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(self.county_filter.currentData(), self.status_filter.currentData(), self.search.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("Szkół: %1 z %2").replace("%1", str(shown)).replace("%2", str(total)))

    def visible_rspos(self) -> list[str]:
        return [self.proxy.index(r, 0).data(ROW_ROLE).rspo for r in range(self.proxy.rowCount())]

    def _activated(self, index) -> None:
        if index.isValid():
            self.open_school.emit(index.data(ROW_ROLE).rspo)

    # -- import ---------------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Wybierz pakiety szkół"), "",
                                                self.tr("Pakiety EDUlab (*.edulab);;Wszystkie pliki (*)"))
        if paths:
            self.start_import(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Wybierz folder z pakietami szkół"))
        if folder:
            self.start_import([folder])

    def start_import(self, paths: list[str]) -> BackgroundTask:
        """Import in the background; a progress dialog shows the file being read and can cancel."""
        db = self.ctx.db()
        task = BackgroundTask(lambda progress, cancelled: reviews.import_packages(db, paths, progress, cancelled), self)
        dialog = QProgressDialog(self.tr("Wczytywanie pakietów…"), self.tr("Przerwij"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Wczytywanie pakietów"))
        dialog.setAccessibleName(self.tr("Postęp wczytywania pakietów"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        task.progress.connect(self._on_progress)
        task.done.connect(self._on_import_done)
        task.error.connect(self._on_import_error)
        task.finished.connect(self._on_task_finished)
        self.task, self.progress_dialog = task, dialog
        self.import_files_button.setEnabled(False)
        self.import_folder_button.setEnabled(False)
        task.start()
        return task

    def _on_progress(self, done: int, total: int, path: str) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        dialog.setMaximum(max(1, total))
        dialog.setValue(min(done, total))
        if path:
            dialog.setLabelText(self.tr("Wczytywanie pakietu %1 z %2: %3").replace("%1", str(done + 1))
                                .replace("%2", str(total)).replace("%3", Path(path).name))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _on_import_done(self, report: ImportReport) -> None:
        self._close_progress()
        self.last_report = report
        self.refresh()
        self.imported.emit(report)
        if report.failed or report.duplicates or report.cancelled:
            self.results_dialog = ImportResultsDialog(report, self)
            self.results_dialog.open()

    def _on_import_error(self, exc) -> None:
        from edulab_app.crash import log_path
        from edulab_app.errors import UserError
        from edulab_app.ui.dialogs import show_crash, show_error

        self._close_progress()
        self.refresh()
        if isinstance(exc, UserError):
            show_error(self, str(exc))
        else:
            show_crash(self, "import", exc, log_path())

    def _on_task_finished(self) -> None:
        self.import_files_button.setEnabled(True)
        self.import_folder_button.setEnabled(True)
        if self.task is not None:
            self.task.deleteLater()
        self.task = None

    def shutdown(self) -> None:
        if self.task is not None and self.task.is_running():
            self.task.cancel()
            self.task.wait()
