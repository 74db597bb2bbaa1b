"""Area "Opinie i orzeczenia": clinic assessments (health data) — the list with IPET deadlines, the
recommendations of the selected one, attaching a new one with its PDF, opening the PDF.

Only the director, the coordinator and clinic specialists see this page (``READ_CLINIC``). Opening writes a
decrypted copy to a private temporary folder (owner-only), hands it to the system's PDF viewer and deletes it
when the page closes, when the application quits, or on "Usuń kopie tymczasowe"; every opening is audited.
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edulab_app.security.roles import Permission
from edulab_app.services import assessments, pupils
from edulab_app.ui.tracking.common import (
    OVERDUE_COLOR,
    OptionalDateEdit,
    TrackingPage,
    assessment_kind_labels,
    button_row,
    fill_table,
    labelled_combo,
    make_table,
    pl_date,
    selected_key,
    support_kind_labels,
)


class TempCopies:
    """Decrypted copies handed to the system viewer; all deleted by :meth:`cleanup` (also at exit)."""

    def __init__(self):
        self.folder: Path | None = None
        self.files: list[Path] = []
        atexit.register(self.cleanup)

    def write(self, name: str, content: bytes) -> Path:
        if self.folder is None or not self.folder.exists():
            self.folder = Path(tempfile.mkdtemp(prefix="edulab-podglad-"))  # mode 0700
        path = self.folder / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
        self.files.append(path)
        return path

    def cleanup(self) -> int:
        """Delete every copy that can be deleted (a viewer holding one open on Windows keeps it until later)."""
        removed, kept = 0, []
        for path in self.files:
            try:
                path.unlink(missing_ok=True)
                removed += 1
            except OSError:
                kept.append(path)
        self.files = kept
        if not kept and self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
        return removed


TEMP_COPIES = TempCopies()


class AssessmentsPage(TrackingPage):
    PERMISSION = Permission.READ_CLINIC

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("AssessmentsPage", "Opinie i orzeczenia")

    def intro(self) -> str:
        return self.tr("Opinie i orzeczenia poradni psychologiczno-pedagogicznej to dane o zdrowiu. Pliki PDF są "
                       "przechowywane w postaci zaszyfrowanej; każde otwarcie odnotowuje dziennik dostępu. Przy "
                       "orzeczeniu IPET trzeba opracować w ciągu 30 dni od doręczenia.")

    def denied_text(self) -> str:
        return self.tr("Opinie i orzeczenia widzą tylko dyrektor, koordynator i specjalista poradni.")

    def build(self, content: QWidget) -> None:
        self.today = dt.date.today()
        self.records = []
        self.pdf_path: Path | None = None
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(TEMP_COPIES.cleanup)
        layout = QVBoxLayout(content)
        splitter = QSplitter(Qt.Orientation.Vertical, content)
        layout.addWidget(splitter, 1)

        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        self.table = make_table([self.tr("Nr"), self.tr("Uczeń"), self.tr("Rodzaj"), self.tr("Poradnia"),
                                 self.tr("Wydano"), self.tr("Doręczono"), self.tr("IPET do"), self.tr("PDF")],
                                self.tr("Lista opinii i orzeczeń"), top)
        self.table.itemSelectionChanged.connect(self._selected)
        top_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.overdue_label = QLabel(top)
        self.overdue_label.setAccessibleName(self.tr("Terminy IPET po czasie"))
        row.addWidget(self.overdue_label, 1)
        self.open_button = QPushButton(self.tr("&Otwórz PDF"), top)
        self.open_button.clicked.connect(self.open_selected)
        self.cleanup_button = QPushButton(self.tr("Usuń &kopie tymczasowe"), top)
        self.cleanup_button.setToolTip(self.tr("Usuń odszyfrowane kopie otwarte w przeglądarce PDF"))
        self.cleanup_button.clicked.connect(self.cleanup_copies)
        self.ipet_button = QPushButton(self.tr("&IPET opracowany"), top)
        self.ipet_button.clicked.connect(self.mark_ipet)
        for b in (self.open_button, self.cleanup_button, self.ipet_button):
            row.addWidget(b)
        top_layout.addLayout(row)
        self.recommendations_label = QLabel(top)
        self.recommendations_label.setWordWrap(True)
        self.recommendations_label.setTextFormat(Qt.TextFormat.RichText)
        self.recommendations_label.setAccessibleName(self.tr("Zalecenia wybranego dokumentu"))
        top_layout.addWidget(self.recommendations_label)
        splitter.addWidget(top)

        group = QGroupBox(self.tr("Dołącz opinię lub orzeczenie"), splitter)
        form = QFormLayout(group)
        self.pupil = QComboBox(group)
        self.pupil.setAccessibleName(self.tr("Uczeń"))
        self.kind = labelled_combo(group, assessment_kind_labels(), self.tr("Rodzaj dokumentu"))
        self.clinic = QLineEdit(group)
        self.clinic.setAccessibleName(self.tr("Poradnia"))
        self.issued = OptionalDateEdit(group, optional=False)
        self.issued.setAccessibleName(self.tr("Data wydania"))
        self.delivered = OptionalDateEdit(group)
        self.delivered.setAccessibleName(self.tr("Data doręczenia"))
        self.recs = QTableWidget(0, 2, group)
        self.recs.setHorizontalHeaderLabels([self.tr("Zalecenie"), self.tr("Forma wsparcia")])
        self.recs.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.recs.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.recs.verticalHeader().setVisible(False)
        self.recs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recs.setAccessibleName(self.tr("Zalecenia"))
        self.recs.setMinimumHeight(90)
        rec_buttons = QHBoxLayout()
        self.add_rec_button = QPushButton(self.tr("Dodaj &zalecenie"), group)
        self.add_rec_button.clicked.connect(lambda: self.add_recommendation_row())
        self.remove_rec_button = QPushButton(self.tr("Usuń zalecenie"), group)
        self.remove_rec_button.clicked.connect(lambda: self.recs.removeRow(self.recs.currentRow()))
        rec_buttons.addWidget(self.add_rec_button)
        rec_buttons.addWidget(self.remove_rec_button)
        rec_buttons.addStretch(1)
        file_row = QHBoxLayout()
        self.file_label = QLabel(self.tr("nie wybrano pliku"), group)
        self.file_label.setAccessibleName(self.tr("Wybrany plik PDF"))
        self.choose_button = QPushButton(self.tr("&Wybierz plik PDF…"), group)
        self.choose_button.clicked.connect(self.choose_pdf)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        self.attach_button = QPushButton(self.tr("&Dołącz"), group)
        self.attach_button.clicked.connect(self.attach)
        form.addRow(self.tr("&Uczeń:"), self.pupil)
        form.addRow(self.tr("&Rodzaj:"), self.kind)
        form.addRow(self.tr("&Poradnia:"), self.clinic)
        form.addRow(self.tr("Data &wydania:"), self.issued)
        form.addRow(self.tr("Data &doręczenia:"), self.delivered)
        form.addRow(self.tr("Zalecenia:"), self.recs)
        form.addRow(rec_buttons)
        form.addRow(self.tr("Plik:"), file_row)
        form.addRow(button_row(self.attach_button))
        splitter.addWidget(group)
        splitter.setSizes([380, 420])

    def add_recommendation_row(self, text: str = "", kind: str | None = None) -> None:
        row = self.recs.rowCount()
        self.recs.insertRow(row)
        self.recs.setItem(row, 0, QTableWidgetItem(text))
        combo = QComboBox(self.recs)
        combo.addItem(self.tr("(bez formy wsparcia)"), None)
        for key, label in support_kind_labels().items():
            combo.addItem(label, key)
        combo.setAccessibleName(self.tr("Forma wsparcia zalecenia"))
        if kind is not None:
            combo.setCurrentIndex(max(0, combo.findData(kind)))
        self.recs.setCellWidget(row, 1, combo)
        self.recs.setCurrentCell(row, 0)

    def _recommendations(self) -> list[dict]:
        out = []
        for row in range(self.recs.rowCount()):
            item = self.recs.item(row, 0)
            text = item.text().strip() if item else ""
            combo = self.recs.cellWidget(row, 1)
            kind = combo.currentData() if combo is not None else None
            if text or kind:
                out.append({"text": text, "support_kind": kind})
        return out

    def reload(self) -> None:
        session = self.session()
        if session is None:
            return
        db = self.ctx.db()
        self.records = assessments.list_assessments(db, session, self.rspo)
        kinds = assessment_kind_labels()
        fill_table(self.table, [[a.id, a.pupil_code, kinds.get(a.kind, a.kind), a.clinic, pl_date(a.issued),
                                 pl_date(a.delivered),
                                 (pl_date(a.ipet_due) + (self.tr(" — po terminie") if a.ipet_overdue(self.today)
                                                         else "") + (self.tr(" (opracowany)") if a.ipet_done_on
                                                                     else "")) if a.ipet_due else "—",
                                 self.tr("%1 str.").replace("%1", str(a.file_pages)) if a.has_file else self.tr("brak")]
                                for a in self.records], [a.id for a in self.records],
                   [OVERDUE_COLOR if a.ipet_overdue(self.today) else None for a in self.records])
        overdue = [a for a in self.records if a.ipet_overdue(self.today)]
        self.overdue_label.setText(self.tr("IPET po terminie: %1").replace("%1", str(len(overdue))))
        self.overdue_label.setStyleSheet("color: #c62828; font-weight: bold;" if overdue else "")
        current = self.pupil.currentData()
        self.pupil.clear()
        for p in pupils.list_pupils(db, session, self.rspo, with_names=True):  # to pick the right child
            self.pupil.addItem(f"{p.name} — {p.class_label} ({p.code})", p.id)
        if current is not None:
            self.pupil.setCurrentIndex(max(0, self.pupil.findData(current)))
        can_change = session.can(Permission.CHANGE_CLINIC)
        self.attach_button.setEnabled(can_change)
        self.ipet_button.setEnabled(can_change)
        self._selected()

    def _current(self):
        key = selected_key(self.table)
        return next((a for a in self.records if a.id == key), None)

    def _selected(self) -> None:
        a = self._current()
        self.open_button.setEnabled(a is not None and a.has_file)
        if a is None:
            self.recommendations_label.setText(self.tr("Wybierz dokument z listy, aby zobaczyć zalecenia."))
            return
        kinds = support_kind_labels()
        lines = [self.tr("<b>Zalecenia (%1, %2):</b>").replace("%1", a.kind).replace("%2", a.pupil_code)]
        for r in a.recommendations:
            lines.append(f"• {r.text}" + (f" → <i>{kinds.get(r.support_kind, r.support_kind)}</i>"
                                          if r.support_kind else ""))
        if not a.recommendations:
            lines.append(self.tr("(brak zaleceń)"))
        self.recommendations_label.setText("<br>".join(lines))

    # -- actions ------------------------------------------------------------------------------------------------
    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Wybierz plik PDF z opinią lub orzeczeniem"), "",
                                              self.tr("Dokument PDF (*.pdf)"))
        if path:
            self.set_pdf(Path(path))

    def set_pdf(self, path: Path | None) -> None:
        self.pdf_path = path
        self.file_label.setText(path.name if path else self.tr("nie wybrano pliku"))

    def attach(self) -> bool:
        session = self.session_or_login()
        if session is None:
            return False
        content = None
        if self.pdf_path is not None:
            try:
                size = self.pdf_path.stat().st_size
                content = (b"\0" * (assessments.MAX_PDF_BYTES + 1) if size > assessments.MAX_PDF_BYTES
                           else self.pdf_path.read_bytes())
            except OSError as exc:
                self.show_message(self.tr("Nie można odczytać pliku %1 (%2).").replace("%1", str(self.pdf_path))
                                  .replace("%2", exc.strerror or str(exc)), error=True)
                return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self.call(assessments.attach, self.ctx.db(), session, self.pupil.currentData() or "",
                             self.kind.currentData(), self.clinic.text(), self.issued.value(), self.delivered.value(),
                             self._recommendations(), content, data_dir=self.ctx.data_dir)
        finally:
            QApplication.restoreOverrideCursor()
        if done is None:
            return False
        self.set_pdf(None)
        self.recs.setRowCount(0)
        self.show_message(self.tr("Dołączono dokument nr %1 dla ucznia %2.").replace("%1", str(done.id))
                          .replace("%2", done.pupil_code)
                          + (self.tr(" IPET do %1.").replace("%1", pl_date(done.ipet_due)) if done.ipet_due else ""))
        self.call(self.reload)
        return True

    def open_selected(self) -> Path | None:
        session = self.session()
        a = self._current()
        if session is None or a is None or not a.has_file:
            return None
        content = self.call(assessments.open_file, self.ctx.db(), session, a.id, data_dir=self.ctx.data_dir)
        if content is None:
            return None
        path = TEMP_COPIES.write(f"{a.kind}-{a.pupil_code}-{a.id}.pdf", content)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.show_message(self.tr("Nie znaleziono programu do otwierania plików PDF."), error=True)
        else:
            self.show_message(self.tr("Otwarto odszyfrowaną kopię w przeglądarce PDF. Kopia zostanie usunięta po "
                                      "zamknięciu tej strony lub programu (albo przyciskiem „Usuń kopie "
                                      "tymczasowe”)."))
        return path

    def cleanup_copies(self) -> None:
        removed = TEMP_COPIES.cleanup()
        left = len(TEMP_COPIES.files)
        text = self.tr("Usunięto kopie tymczasowe: %1.").replace("%1", str(removed))
        if left:
            text += " " + self.tr("%1 kopii jest wciąż otwartych w innym programie — zamknij go i spróbuj ponownie.") \
                .replace("%1", str(left))
        self.show_message(text, error=bool(left))

    def mark_ipet(self) -> None:
        session = self.session()
        a = self._current()
        if session is None or a is None:
            return
        if a.kind != "orzeczenie":
            self.show_message(self.tr("IPET opracowuje się tylko na podstawie orzeczenia."), error=True)
            return
        if self.call(assessments.mark_ipet_done, self.ctx.db(), session, a.id) is not None:
            self.call(self.reload)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        TEMP_COPIES.cleanup()
        super().closeEvent(event)
