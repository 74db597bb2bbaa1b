"""Area "Uczniowie": the school's pupils with migration experience — list (pseudonym code, class, country,
level), the record editor, support forms, the support summary and the findings against the rules.

The list shows no names; the name appears in the editor of the selected pupil only. The director also gets
the data-protection duties: export everything about the pupil to a file, erase the pupil.
"""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from edulab_app.security.roles import Permission
from edulab_app.services import assistants as assistants_service
from edulab_app.services import pupils
from edulab_app.ui.tracking.common import (
    FindingsList,
    OptionalDateEdit,
    TrackingPage,
    button_row,
    fill_table,
    labelled_combo,
    make_table,
    pl_date,
    ppp_kind_labels,
    regime_labels,
    regime_short_labels,
    select_key,
    selected_key,
    support_kind_labels,
)
from plans.support import POLISH_LEVELS, SupportForm


def _set_combo(combo: QComboBox, key) -> None:
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)


class PupilsPage(TrackingPage):
    PERMISSION = Permission.READ_PUPILS

    @staticmethod
    def title() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("PupilsPage", "Uczniowie")

    def intro(self) -> str:
        return self.tr("Uczniowie z doświadczeniem migracji: minimalne dane, formy wsparcia i ich zgodność z "
                       "przepisami. Na liście widać tylko kody (pseudonimy); imię i nazwisko pokazuje karta "
                       "ucznia. Każde otwarcie danych odnotowuje dziennik dostępu.")

    # -- widgets ------------------------------------------------------------------------------------------------
    def build(self, content: QWidget) -> None:
        self.current_id: str | None = None
        self.today = dt.date.today()
        layout = QVBoxLayout(content)
        splitter = QSplitter(Qt.Orientation.Horizontal, content)
        layout.addWidget(splitter, 1)

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        self.filter = QLineEdit(left)
        self.filter.setPlaceholderText(self.tr("Szukaj: kod, klasa, kraj…"))
        self.filter.setAccessibleName(self.tr("Filtr listy uczniów"))
        self.filter.textChanged.connect(self._apply_filter)
        left_layout.addWidget(self.filter)
        self.table = make_table([self.tr("Kod"), self.tr("Klasa"), self.tr("Kraj"), self.tr("Polski"),
                                 self.tr("Podstawa")], self.tr("Lista uczniów"), left)
        self.table.itemSelectionChanged.connect(self._selected)
        left_layout.addWidget(self.table, 1)
        self.count_label = QLabel(left)
        left_layout.addWidget(self.count_label)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Nowy uczeń"), left)
        self.new_button.clicked.connect(self.new_pupil)
        buttons.addWidget(self.new_button)
        self.export_button = QPushButton(self.tr("&Wydaj dane…"), left)
        self.export_button.setToolTip(self.tr("Wszystkie dane ucznia do pliku (wniosek o dostęp do danych)"))
        self.export_button.clicked.connect(self.export_selected)
        buttons.addWidget(self.export_button)
        self.erase_button = QPushButton(self.tr("&Usuń dane…"), left)
        self.erase_button.setToolTip(self.tr("Nieodwracalnie usuń ucznia, jego formy wsparcia, opinie i pliki"))
        self.erase_button.clicked.connect(self.erase_selected)
        buttons.addWidget(self.erase_button)
        left_layout.addLayout(buttons)
        self.school_findings = QLabel(left)
        self.school_findings.setWordWrap(True)
        self.school_findings.setAccessibleName(self.tr("Podsumowanie uwag dla szkoły"))
        left_layout.addWidget(self.school_findings)

        self.tabs = QTabWidget(splitter)
        self.tabs.setAccessibleName(self.tr("Karta ucznia"))
        self.tabs.addTab(self._build_editor(), self.tr("&Dane ucznia"))
        self.tabs.addTab(self._build_support(), self.tr("&Formy wsparcia"))
        self.tabs.addTab(self._build_summary(), self.tr("&Podsumowanie i uwagi"))
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([470, 650])

    def _build_editor(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.code_label = QLabel("—", box)
        self.code_label.setAccessibleName(self.tr("Kod ucznia"))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name = QLineEdit(box)
        self.name.setAccessibleName(self.tr("Imię i nazwisko"))
        self.class_label = QLineEdit(box)
        self.class_label.setPlaceholderText(self.tr("np. 4b, OP 1-3"))
        self.class_label.setAccessibleName(self.tr("Klasa"))
        self.arrived = OptionalDateEdit(box)
        self.arrived.setAccessibleName(self.tr("Przyjazd do Polski"))
        self.since = OptionalDateEdit(box)
        self.since.setAccessibleName(self.tr("W szkole od"))
        self.country = QComboBox(box)
        self.country.setEditable(True)
        self.country.addItem("", "")
        for code, label in sorted(pupils.COUNTRY_LABELS.items(), key=lambda kv: kv[1]):
            self.country.addItem(f"{label} ({code})", code)
        self.country.setAccessibleName(self.tr("Kraj pochodzenia"))
        self.languages = QLineEdit(box)
        self.languages.setPlaceholderText(self.tr("kody po przecinku, np. uk, ru"))
        self.languages.setAccessibleName(self.tr("Języki ucznia"))
        self.level = labelled_combo(box, {lvl: lvl for lvl in POLISH_LEVELS}, self.tr("Poziom znajomości polskiego"))
        self.regime = labelled_combo(box, regime_labels(), self.tr("Podstawa kształcenia"))
        self.notes = QPlainTextEdit(box)
        self.notes.setAccessibleName(self.tr("Uwagi (szyfrowane)"))
        self.notes.setMaximumHeight(90)
        form.addRow(self.tr("Kod:"), self.code_label)
        form.addRow(self.tr("&Imię i nazwisko:"), self.name)
        form.addRow(self.tr("&Klasa:"), self.class_label)
        form.addRow(self.tr("Przyjazd do &Polski:"), self.arrived)
        form.addRow(self.tr("W &szkole od:"), self.since)
        form.addRow(self.tr("K&raj pochodzenia:"), self.country)
        form.addRow(self.tr("&Języki:"), self.languages)
        form.addRow(self.tr("Poziom &polskiego:"), self.level)
        form.addRow(self.tr("Po&dstawa kształcenia:"), self.regime)
        form.addRow(self.tr("&Uwagi:"), self.notes)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("&Zapisz ucznia"), box)
        self.save_button.clicked.connect(self.save_pupil)
        layout.addLayout(button_row(self.save_button))
        layout.addStretch(1)
        return box

    def _build_support(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        self.forms_table = make_table([self.tr("Nr"), self.tr("Forma wsparcia"), self.tr("Godz./tydz."),
                                       self.tr("Od"), self.tr("Do")], self.tr("Formy wsparcia ucznia"), box)
        layout.addWidget(self.forms_table, 1)
        group = QGroupBox(self.tr("Nowa forma wsparcia"), box)
        form = QFormLayout(group)
        self.kind = labelled_combo(group, support_kind_labels(), self.tr("Rodzaj wsparcia"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.subject = QLineEdit(group)
        self.subject.setAccessibleName(self.tr("Przedmiot zajęć wyrównawczych"))
        self.assistant = QComboBox(group)
        self.assistant.setAccessibleName(self.tr("Asystent"))
        self.ppp_kind = labelled_combo(group, ppp_kind_labels(), self.tr("Rodzaj pomocy psychologiczno-pedagogicznej"))
        self.hours = QDoubleSpinBox(group)
        self.hours.setRange(0, 40)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(2)
        self.hours.setAccessibleName(self.tr("Godziny tygodniowo"))
        self.start = OptionalDateEdit(group, optional=False)
        self.start.setAccessibleName(self.tr("Początek wsparcia"))
        self.end = OptionalDateEdit(group)
        self.end.setAccessibleName(self.tr("Koniec wsparcia"))
        form.addRow(self.tr("&Rodzaj:"), self.kind)
        form.addRow(self.tr("Prz&edmiot:"), self.subject)
        form.addRow(self.tr("&Asystent:"), self.assistant)
        form.addRow(self.tr("Rodzaj &pomocy:"), self.ppp_kind)
        form.addRow(self.tr("&Godziny tygodniowo:"), self.hours)
        form.addRow(self.tr("&Od:"), self.start)
        form.addRow(self.tr("&Do:"), self.end)
        self.add_form_button = QPushButton(self.tr("Dodaj &formę wsparcia"), group)
        self.add_form_button.clicked.connect(self.add_form)
        self.delete_form_button = QPushButton(self.tr("Usuń &zaznaczoną"), group)
        self.delete_form_button.clicked.connect(self.delete_form)
        form.addRow(button_row(self.delete_form_button, self.add_form_button))
        layout.addWidget(group)
        self._kind_changed()
        return box

    def _build_summary(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        self.summary_label = QLabel(box)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setAccessibleName(self.tr("Podsumowanie wsparcia ucznia"))
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel(self.tr("Uwagi wynikające z przepisów:"), box))
        self.findings = FindingsList(self.tr("Uwagi dotyczące wsparcia ucznia"), box)
        layout.addWidget(self.findings, 1)
        return box

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.subject.setEnabled(kind == "compensatory")
        self.assistant.setEnabled(kind == "assistant")
        self.ppp_kind.setEnabled(kind == "ppp_help")

    # -- data ---------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        session = self.session()
        if session is None:
            return
        db = self.ctx.db()
        self.rows = pupils.list_pupils(db, session, self.rspo)
        regimes = regime_short_labels()
        fill_table(self.table, [[p.code, p.class_label, p.country_label, p.polish_level,
                                 regimes.get(p.regime, p.regime)] for p in self.rows], [p.id for p in self.rows])
        self.count_label.setText(self.tr("Uczniów: %1").replace("%1", str(len(self.rows))))
        self._apply_filter()
        self.assistant.clear()
        for a in assistants_service.list_assistants(db, session, self.rspo):
            self.assistant.addItem(f"{a.ref} — {a.name}", a.id)
        check = pupils.check_school(db, session, self.rspo, self.today)
        errors = sum(1 for f in check.findings if f.severity == "error")
        warnings = sum(1 for f in check.findings if f.severity == "warning")
        self.school_findings.setText(self.tr("Sprawdzenie wszystkich uczniów: błędy %1, uwagi %2.")
                                     .replace("%1", str(errors)).replace("%2", str(warnings)))
        can_change = session.can(Permission.CHANGE_PUPILS)
        self.new_button.setEnabled(can_change)
        self.save_button.setEnabled(can_change)
        self.add_form_button.setEnabled(session.can(Permission.RECORD_SUPPORT))
        self.delete_form_button.setEnabled(session.can(Permission.RECORD_SUPPORT))
        self.export_button.setEnabled(session.can(Permission.EXPORT_PUPIL_DATA))
        self.erase_button.setEnabled(session.can(Permission.ERASE_PUPIL))
        if self.current_id and any(p.id == self.current_id for p in self.rows):
            select_key(self.table, self.current_id)
            self._show_pupil(self.current_id)
        elif self.rows:
            self.table.selectRow(0)
        else:
            self.new_pupil()

    def _apply_filter(self) -> None:
        text = self.filter.text().strip().lower()
        for row in range(self.table.rowCount()):
            cells = " ".join(self.table.item(row, c).text().lower() for c in range(self.table.columnCount()))
            self.table.setRowHidden(row, bool(text) and text not in cells)

    def _selected(self) -> None:
        key = selected_key(self.table)
        if key is not None and key != self.current_id:
            self.call(self._show_pupil, key)

    def _show_pupil(self, pupil_id: str) -> None:
        session = self.session()
        if session is None:
            return
        db = self.ctx.db()
        info = pupils.get_pupil(db, session, pupil_id)
        self.current_id = info.id
        self.code_label.setText(info.code)
        self.name.setText(info.name or "")
        self.class_label.setText(info.class_label)
        self.arrived.set_value(info.arrived_in_poland)
        self.since.set_value(info.at_school_since)
        index = self.country.findData(info.country)
        if index >= 0:
            self.country.setCurrentIndex(index)
        else:
            self.country.setEditText(info.country)
        self.languages.setText(", ".join(info.languages))
        _set_combo(self.level, info.polish_level)
        _set_combo(self.regime, info.regime)
        self.notes.setPlainText(info.notes or "")
        forms = pupils.list_support(db, session, info.id)
        fill_table(self.forms_table, [[f.id, f.label, f"{f.hours_per_week:g}", pl_date(f.start), pl_date(f.end)]
                                      for f in forms], [f.id for f in forms])
        summary = pupils.pupil_summary(db, session, info.id, self.today)
        self._show_summary(summary)
        self.erase_button.setEnabled(session.can(Permission.ERASE_PUPIL))
        self.export_button.setEnabled(session.can(Permission.EXPORT_PUPIL_DATA))

    def _show_summary(self, summary) -> None:
        kinds = support_kind_labels()
        lines = [self.tr("<b>%1</b> — obecnie %2 godz. wsparcia tygodniowo.")
                 .replace("%1", summary.code).replace("%2", f"{summary.hours_total:g}")]
        for kind, hours in summary.hours_by_kind.items():
            lines.append(f"• {kinds.get(kind, kind)}: {hours:g} " + self.tr("godz./tydz."))
        for use in summary.limits:
            lines.append(self.tr("• %1: wykorzystano %2 z %3 mies. (do %4)")
                         .replace("%1", use.label).replace("%2", str(use.months_used))
                         .replace("%3", str(use.max_months)).replace("%4", pl_date(use.ends_on)))
        self.summary_label.setText("<br>".join(lines))
        self.findings.show_findings(summary.findings, self.tr("Wsparcie ucznia jest zgodne z regułami."))

    def _input(self) -> pupils.PupilInput:
        country = self.country.currentData() if self.country.currentText() == self.country.itemText(
            self.country.currentIndex()) else self.country.currentText()
        return pupils.PupilInput(
            self.name.text(), self.class_label.text(), self.arrived.value(), self.since.value(),
            (country or "").strip(), tuple(x.strip() for x in self.languages.text().replace(";", ",").split(",")
                                           if x.strip()),
            self.level.currentData(), self.regime.currentData(), self.notes.toPlainText())

    # -- actions ------------------------------------------------------------------------------------------------
    def new_pupil(self) -> None:
        self.current_id = None
        self.table.clearSelection()
        self.code_label.setText(self.tr("(nowy uczeń)"))
        for field in (self.name, self.class_label, self.languages):
            field.clear()
        self.notes.clear()
        self.arrived.set_value(None)
        self.since.set_value(None)
        self.country.setCurrentIndex(0)
        _set_combo(self.level, "A0")
        _set_combo(self.regime, "general")
        fill_table(self.forms_table, [])
        self.summary_label.clear()
        self.findings.clear()
        self.tabs.setCurrentIndex(0)
        self.name.setFocus()

    def save_pupil(self) -> bool:
        session = self.session_or_login()
        if session is None:
            return False
        db = self.ctx.db()
        data = self._input()
        if self.current_id is None:
            info = self.call(pupils.add_pupil, db, session, self.rspo, data)
        else:
            info = self.call(pupils.update_pupil, db, session, self.current_id, data)
        if info is None:
            return False
        self.current_id = info.id
        self.show_message(self.tr("Zapisano dane ucznia %1.").replace("%1", info.code))
        self.call(self.reload)
        return True

    def add_form(self) -> bool:
        session = self.session()
        if session is None or self.current_id is None:
            self.show_message(self.tr("Najpierw wybierz ucznia z listy albo zapisz nowego."), error=True)
            return False
        kind = self.kind.currentData()
        form = SupportForm(kind, self.hours.value(), self.start.value(), self.end.value(),
                           self.subject.text() if kind == "compensatory" else None,
                           self.assistant.currentData() if kind == "assistant" else None,
                           self.ppp_kind.currentData() if kind == "ppp_help" else None)
        added = self.call(pupils.add_support, self.ctx.db(), session, self.current_id, form)
        if added is None:
            return False
        self.show_message(self.tr("Dodano formę wsparcia: %1.").replace("%1", added.label))
        self.call(self._show_pupil, self.current_id)
        self.call(self.reload)
        return True

    def delete_form(self) -> None:
        session = self.session()
        form_id = selected_key(self.forms_table)
        if session is None or form_id is None:
            return
        self.call(pupils.delete_support, self.ctx.db(), session, form_id)
        self.call(self._show_pupil, self.current_id)

    def export_selected(self) -> None:
        session = self.session()
        if session is None or self.current_id is None:
            return
        code = self.code_label.text()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Zapisz wszystkie dane ucznia"), f"dane-{code}.json",
                                              self.tr("Plik JSON (*.json)"))
        if not path:
            return
        data = self.call(pupils.export_pupil, self.ctx.db(), session, self.current_id, include_files=True,
                         data_dir=self.ctx.data_dir)
        if data is None:
            return
        from exporters.atomic import ExportWriteError, write_atomic

        try:
            write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
        except ExportWriteError as exc:
            self.show_message(str(exc), error=True)
            return
        self.show_message(self.tr("Zapisano wszystkie dane ucznia %1 w pliku %2. Plik zawiera dane osobowe — "
                                  "przekaż go bezpiecznie.").replace("%1", code).replace("%2", path))

    def erase_selected(self, confirmed: bool = False) -> bool:
        session = self.session()
        if session is None or self.current_id is None:
            return False
        code = self.code_label.text()
        if not confirmed:
            answer = QMessageBox.question(
                self, self.tr("Usunąć dane ucznia?"),
                self.tr("Nieodwracalnie usunąć wszystkie dane ucznia %1: dane osobowe, formy wsparcia, opinie i "
                        "orzeczenia z plikami? Dziennik dostępu zachowa tylko fakt usunięcia.").replace("%1", code),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        done = self.call(pupils.erase_pupil, self.ctx.db(), session, self.current_id, data_dir=self.ctx.data_dir)
        if done is None:
            return False
        self.current_id = None
        self.show_message(self.tr("Usunięto dane ucznia %1.").replace("%1", done["code"]))
        self.call(self.reload)
        return True
