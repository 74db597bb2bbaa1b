"""Shared bits of the document pages: translated labels, the error line that takes you to the field, saving a
PDF through a file dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from edulab_app.errors import FieldError

CTX = "DocumentsPage"
ERROR_STYLE = "color: #b71c1c;"
OK_STYLE = "color: #1b5e20;"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def category_labels() -> dict[str, str]:
    return {"staff": tr("kadra"), "trainings": tr("szkolenia"), "materials": tr("materiały"),
            "translation": tr("tłumaczenia"), "events": tr("wydarzenia"), "equipment": tr("wyposażenie"),
            "other": tr("inne")}


def source_labels() -> dict[str, str]:
    return {"school_budget": tr("budżet szkoły"), "governing_body": tr("organ prowadzący"),
            "metropolitan_area": tr("Obszar Metropolitalny GGS"), "grant": tr("grant"),
            "government_programme": tr("program rządowy")}


def status_labels() -> dict[str, str]:
    return {"open": tr("przyjęte"), "in_progress": tr("w toku"), "closed": tr("zamknięte")}


def reporter_labels() -> dict[str, str]:
    return {"anonymous": tr("zgłoszenie anonimowe"), "pupil": tr("uczeń"), "parent": tr("rodzic lub opiekun"),
            "staff": tr("pracownik szkoły"), "other": tr("inna osoba")}


def language_labels() -> dict[str, str]:
    return {"pl": tr("polski"), "uk": tr("ukraiński"), "en": tr("angielski"), "ru": tr("rosyjski")}


class ErrorLine(QLabel):
    """Validation problems as links; activating one calls ``focus(field)``."""

    def __init__(self, parent: QWidget, focus: Callable[[str], None]):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setAccessibleName(tr("Błędy w formularzu"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.linkActivated.connect(focus)
        self.hide()

    def show_errors(self, errors: list[FieldError], lead: str | None = None) -> None:
        from html import escape

        links = "<br>".join(f'<a href="{escape(e.field)}">{escape(e.message)}</a>' for e in errors)
        self.setText((lead or tr("Nie zapisano — popraw:")) + "<br>" + links)
        self.show()

    def show_text(self, text: str) -> None:
        from html import escape

        self.setText(escape(text))
        self.show()


def ask_pdf_path(parent: QWidget, title: str, name: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), tr("Dokument PDF (*.pdf)"))
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")
