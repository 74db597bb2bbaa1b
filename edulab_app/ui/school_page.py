"""Area "Profil szkoły": view and edit the current school's profile."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from edulab_app.errors import NotFound, ValidationFailed
from edulab_app.services import schools
from edulab_app.services.context import AppContext
from edulab_app.ui.page_header import page_header
from edulab_app.ui.school_form import SchoolForm


class SchoolPage(QWidget):
    """Shows one school's profile; ``saved(rspo)`` fires after a successful save (RSPO may have changed)."""

    saved = Signal(str)

    @staticmethod
    def title() -> str:
        from edulab_app.ui.areas import area_title

        return area_title("school")

    def __init__(self, ctx: AppContext, rspo: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.rspo = ctx, rspo
        outer = QVBoxLayout(self)
        page_header(self, outer, self.title(), self.tr(
            "Dane szkoły trafiają na okładkę planu i do eksportów dla EDUlab. "
            "Liczby uczniów aktualizuj na początku każdego roku szkolnego."))
        self.errors_label = QLabel(self)
        self.errors_label.setWordWrap(True)
        self.errors_label.setStyleSheet("color: #b71c1c;")
        self.errors_label.setAccessibleName(self.tr("Błędy w formularzu"))
        self.errors_label.linkActivated.connect(self._focus_field)
        self.errors_label.hide()
        outer.addWidget(self.errors_label)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        self.form = SchoolForm()
        scroll.setWidget(self.form)
        outer.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Stan zapisu"))
        buttons.addWidget(self.state_label, 1)
        self.revert_button = QPushButton(self.tr("Przywróć zapisane"), self)
        self.revert_button.clicked.connect(self.reload)
        buttons.addWidget(self.revert_button)
        self.save_button = QPushButton(self.tr("&Zapisz"), self)
        self.save_button.setToolTip(self.tr("Zapisz zmiany (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.form.changed.connect(lambda: self._set_dirty(True))
        self.reload()

    def reload(self) -> None:
        try:
            self.form.set_profile(schools.get_school(self.ctx.db(), self.rspo))
        except NotFound:
            return
        self.errors_label.hide()
        self._set_dirty(False)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.state_label.setText(self.tr("Niezapisane zmiany") if dirty else self.tr("✓ Zapisano"))

    def save(self) -> bool:
        try:
            profile = schools.update_school(self.ctx.db(), self.rspo, self.form.profile())
        except ValidationFailed as exc:
            self.form.show_errors(exc.errors)
            links = "<br>".join(f'<a href="{e.field}">{e.message}</a>' for e in exc.errors)
            self.errors_label.setText(self.tr("Nie zapisano — popraw:") + "<br>" + links)
            self.errors_label.show()
            return False
        self.form.show_errors([])
        self.errors_label.hide()
        self.rspo = profile.rspo
        self._set_dirty(False)
        self.saved.emit(profile.rspo)
        return True

    def _focus_field(self, name: str) -> None:
        widget = self.form.fields.get(name)
        if widget is not None:
            widget.setFocus()
