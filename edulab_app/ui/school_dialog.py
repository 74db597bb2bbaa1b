"""Dialog "Nowa szkoła": the school form with validation that names the field and takes you to it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from edulab_app.errors import ValidationFailed
from edulab_app.school_profile import SchoolProfile, current_school_year
from edulab_app.services import schools
from edulab_app.services.context import AppContext
from edulab_app.ui.school_form import SchoolForm


class NewSchoolDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.created_rspo: str | None = None
        self.setWindowTitle(self.tr("Nowa szkoła"))
        layout = QVBoxLayout(self)
        self.errors_label = QLabel(self)
        self.errors_label.setWordWrap(True)
        self.errors_label.setStyleSheet("color: #b71c1c;")
        self.errors_label.hide()
        layout.addWidget(self.errors_label)
        self.form = SchoolForm(self)
        self.form.set_profile(SchoolProfile(rspo="", name="", school_year=current_school_year()))
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.fields["rspo"].setFocus()

    def accept(self) -> None:
        try:
            profile = schools.create_school(self.ctx.db(), self.form.profile())
        except ValidationFailed as exc:
            self.form.show_errors(exc.errors)
            self.errors_label.setText("\n".join(e.message for e in exc.errors))
            self.errors_label.show()
            return
        self.created_rspo = profile.rspo
        super().accept()
