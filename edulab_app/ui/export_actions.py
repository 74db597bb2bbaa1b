"""File → Eksport: the plan as PDF or XLSX, the package for EDUlab, questionnaires — written in the
background, then offered to open in the system viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from edulab_app.services.context import AppContext
from edulab_app.ui.background import run_in_background


class ExportActions:
    """Builds the export menu of the main window; ``current_rspo`` returns the school shown."""

    def __init__(self, window: QWidget, ctx: AppContext, current_rspo):
        self.window, self.ctx, self.current_rspo = window, ctx, current_rspo
        self.tasks = []

    def fill(self, menu: QMenu) -> None:
        items = [
            (QCoreApplication.translate("ExportActions", "Plan działania do &PDF…"), "pdf", QCoreApplication.translate("ExportActions", "Dokument PDF (*.pdf)"), ".pdf"),
            (QCoreApplication.translate("ExportActions", "Plan działania do arkusza &XLSX…"), "xlsx",
             QCoreApplication.translate("ExportActions", "Arkusz Excel (*.xlsx)"), ".xlsx"),
            (QCoreApplication.translate("ExportActions", "Pakiet dla &EDUlab (.edulab)…"), "package",
             QCoreApplication.translate("ExportActions", "Pakiet EDUlab (*.edulab)"), ".edulab"),
            (QCoreApplication.translate("ExportActions", "Diagnoza z &odpowiedziami (PDF)…"), "answers-pdf",
             QCoreApplication.translate("ExportActions", "Dokument PDF (*.pdf)"), ".pdf"),
            (QCoreApplication.translate("ExportActions", "Pusty &formularz diagnozy do wydruku (PDF)…"), "blank",
             QCoreApplication.translate("ExportActions", "Dokument PDF (*.pdf)"), ".pdf"),
        ]
        for text, kind, pattern, suffix in items:
            action = menu.addAction(text)
            action.setObjectName(f"export_{kind}")
            action.triggered.connect(lambda _=False, k=kind, p=pattern, s=suffix: self.export(k, p, s))

    def import_files(self, paths: list[str] | None = None, replace: bool = False) -> None:
        """Plik → Importuj: schools' packages (recreate a school here) and EDUlab experts' review files."""
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self.window, QCoreApplication.translate("ExportActions", "Wybierz pakiety lub pliki uwag"),
                str(Path.home()), QCoreApplication.translate("ExportActions", "Pliki EDUlab (*.edulab *.edulab-review)"))
            if not paths:
                return

        def work(report):
            from edulab_app.cli.commands_import import import_file
            from edulab_app.errors import UserError
            from edulab_app.services.exchange import SchoolExists

            done, failed, existing = [], [], []
            for n, path in enumerate(paths):
                if not report(n, len(paths), Path(path).name):
                    break
                try:
                    done.append(import_file(self.ctx.db(), Path(path), replace))
                except SchoolExists:
                    existing.append(path)
                except UserError as exc:
                    failed.append(str(exc))
            return done, failed, existing

        self.tasks.append(run_in_background(
            self.window, QCoreApplication.translate("ExportActions", "Import"), work, self._imported))

    def _imported(self, result) -> None:
        done, failed, existing = result
        self.last_import = result
        if existing:
            answer = QMessageBox.question(
                self.window, QCoreApplication.translate("ExportActions", "Zastąpić dane szkoły?"),
                QCoreApplication.translate(
                    "ExportActions", "Szkoły z tych pakietów już są w programie:\n%1\n\nZastąpić ich diagnozę, "
                    "kadrę i plan danymi z pakietów? Uczniowie, komitet i zgłoszenia zostaną bez zmian.").replace(
                    "%1", "\n".join(Path(p).name for p in existing)))
            if answer == QMessageBox.StandardButton.Yes:
                self.import_files(existing, replace=True)
        lines = done + failed
        if lines:
            box = QMessageBox.warning if failed else QMessageBox.information
            box(self.window, QCoreApplication.translate("ExportActions", "Import"), "\n\n".join(lines))
        if done and hasattr(self.window, "refresh_schools"):
            self.window.rspo = None
            self.window.refresh_schools()

    def suggested_name(self, kind: str, suffix: str) -> str:
        rspo = self.current_rspo() or "szkola"
        base = {"pdf": "plan-dzialania", "xlsx": "plan-dzialania", "package": "plan", "answers-pdf": "diagnoza",
                "blank": "formularz-diagnozy"}[kind]
        return f"{base}-{rspo}{suffix}" if kind != "blank" else f"{base}{suffix}"

    def export(self, kind: str, pattern: str, suffix: str, target: str | None = None) -> None:
        rspo = self.current_rspo()
        if target is None:
            start = str(Path.home() / self.suggested_name(kind, suffix))
            target, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("ExportActions", "Zapisz eksport"), start, pattern)
            if not target:
                return
        if not target.endswith(suffix):
            target += suffix
        path = Path(target)

        def work(report):
            from edulab_app.services import exports

            report(0, 0, QCoreApplication.translate("ExportActions", "Przygotowywanie pliku…"))
            db = self.ctx.db()
            if kind == "blank":
                return exports.export_blank_diagnosis(path)
            writer = {"pdf": exports.export_pdf, "xlsx": exports.export_xlsx, "package": exports.export_package,
                      "answers-pdf": exports.export_answer_sheet}[kind]
            return writer(db, rspo, path)

        self.tasks.append(run_in_background(self.window, QCoreApplication.translate("ExportActions", "Eksport"), work, self._done, cancellable=False))

    def _done(self, path: Path) -> None:
        self.tasks = [t for t in self.tasks if t.is_running()]
        self.last_path = path
        if path.suffix == ".edulab":
            QMessageBox.information(self.window, QCoreApplication.translate("ExportActions", "Zapisano"),
                                    QCoreApplication.translate("ExportActions", "Zapisano pakiet: %1\nPrześlij go do Pomorskiego EDUlab.").replace("%1", str(path)))
            return
        answer = QMessageBox.question(self.window, QCoreApplication.translate("ExportActions", "Zapisano"),
                                      QCoreApplication.translate("ExportActions", "Zapisano plik: %1\nOtworzyć go teraz?").replace("%1", str(path)))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
