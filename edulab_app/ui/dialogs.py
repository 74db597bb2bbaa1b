"""Messages to the user: errors a person can act on, and the unexpected-error dialog with the log's path."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("Dialogs", "EDUlab — problem"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(QCoreApplication.translate("Dialogs", "Komunikat o problemie"))
    box.exec()


def show_crash(parent: QWidget | None, where: str, exc: BaseException, log_path) -> None:
    text = QCoreApplication.translate("Dialogs", "Wystąpił nieoczekiwany błąd programu. Twoje zapisane dane są bezpieczne.")
    if log_path:
        text += "\n\n" + QCoreApplication.translate("Dialogs", "Szczegóły zapisano w dzienniku:") + f"\n{log_path}"
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Dialogs", "EDUlab — nieoczekiwany błąd"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(f"{type(exc).__name__}: {exc}" + (f"\n({where})" if where else ""))
    box.exec()
