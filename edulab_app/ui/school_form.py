"""The school profile form, used by the profile page and by the "new school" dialog."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from edulab_app.errors import FieldError
from edulab_app.school_profile import (
    MAX_PUPILS,
    SCHOOL_TYPES,
    SchoolProfile,
    current_school_year,
    pomorskie_counties,
    voivodeships,
)


class SchoolForm(QWidget):
    """Fields of a SchoolProfile; ``changed`` fires on every edit; ``show_errors`` marks and focuses fields."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._is_demo = False
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QWidget] = {}

        def line(name: str, label: str, placeholder: str = "", regex: str | None = None) -> QLineEdit:
            w = QLineEdit(self)
            w.setPlaceholderText(placeholder)
            if regex:
                w.setValidator(QRegularExpressionValidator(QRegularExpression(regex), w))
            w.textEdited.connect(self.changed)
            self._add(layout, name, label, w)
            return w

        line("rspo", self.tr("Numer RSPO"), self.tr("np. 123456"), r"[0-9]{0,7}")
        line("name", self.tr("Nazwa szkoły"), self.tr("pełna nazwa, jak w rejestrze RSPO"))
        kind = QComboBox(self)
        for key, text in SCHOOL_TYPES.items():
            kind.addItem(text, key)
        kind.currentIndexChanged.connect(self.changed)
        self._add(layout, "school_type", self.tr("Typ szkoły"), kind)
        line("street", self.tr("Ulica i numer"))
        line("postal_code", self.tr("Kod pocztowy"), "00-000", r"[0-9]{0,2}-?[0-9]{0,3}")
        line("city", self.tr("Miejscowość"))
        line("municipality", self.tr("Gmina"))
        voiv = QComboBox(self)
        voiv.addItems(voivodeships())
        voiv.currentTextChanged.connect(self._voivodeship_changed)
        self._add(layout, "voivodeship", self.tr("Województwo"), voiv)
        county = QComboBox(self)
        county.currentTextChanged.connect(self.changed)
        self._add(layout, "county", self.tr("Powiat"), county)
        line("governing_body", self.tr("Organ prowadzący"), self.tr("np. Gmina Miasta Gdańska"))
        line("email", self.tr("E-mail"), self.tr("sekretariat@…"))
        line("phone", self.tr("Telefon"))
        line("school_year", self.tr("Bieżący rok szkolny"), current_school_year(), r"[0-9]{0,4}/?[0-9]{0,4}")
        for name, label in (("pupils_total", self.tr("Liczba uczniów ogółem")),
                            ("pupils_migrant", self.tr("Liczba uczniów z doświadczeniem migracji"))):
            spin = QSpinBox(self)
            spin.setRange(0, MAX_PUPILS)
            spin.valueChanged.connect(self.changed)
            self._add(layout, name, label, spin)
        self.fields["pupils_migrant"].setToolTip(
            self.tr("Uczniowie, którzy przyjechali z zagranicy lub wychowują się w rodzinie migrantów, "
                    "niezależnie od obywatelstwa.")
        )
        self._voivodeship_changed("pomorskie")
        voiv.setCurrentText("pomorskie")

    def _add(self, layout: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(f"field_{name}")
        widget.setAccessibleName(label)
        lab = QLabel(label + ":", self)
        lab.setBuddy(widget)
        layout.addRow(lab, widget)
        self.fields[name] = widget

    def _voivodeship_changed(self, voivodeship: str) -> None:
        county: QComboBox = self.fields["county"]  # type: ignore[assignment]
        current = county.currentText()
        county.blockSignals(True)
        county.clear()
        county.setEditable(voivodeship != "pomorskie")
        if voivodeship == "pomorskie":
            county.addItem("")
            county.addItems(pomorskie_counties())
        county.setCurrentText(current)
        county.blockSignals(False)
        self.changed.emit()

    def set_profile(self, p: SchoolProfile) -> None:
        self.blockSignals(True)
        self._is_demo = p.is_demo
        for name, widget in self.fields.items():
            value = getattr(p, name)
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif name == "school_type":
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif name == "voivodeship":
                widget.setCurrentText(value)
                self._voivodeship_changed(value)
            else:
                widget.setCurrentText(value)
        self.blockSignals(False)
        self.show_errors([])

    def profile(self) -> SchoolProfile:
        values = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QSpinBox):
                values[name] = widget.value()
            elif name == "school_type":
                values[name] = widget.currentData()
            else:
                values[name] = widget.currentText()
        return SchoolProfile(**values, is_demo=self._is_demo)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Mark the fields with problems (red frame, tooltip) and put the cursor in the first one."""
        bad = {e.field: e.message for e in errors}
        for name, widget in self.fields.items():
            widget.setProperty("invalid", name in bad)
            widget.setStyleSheet("border: 2px solid #c62828;" if name in bad else "")
            if name in bad:
                widget.setToolTip(bad[name])
        if errors and errors[0].field in self.fields:
            self.fields[errors[0].field].setFocus()
