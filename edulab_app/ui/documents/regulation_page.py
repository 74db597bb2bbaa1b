"""Area "Bezpieczna szkoła": the anti-discrimination regulation — the school's data (trusted persons, how to
report, child-protection standards, languages), the text section by section (editable, the template's text
can be restored), the adopted versions with the adoption form and the changes since the last version, and the
PDFs (the regulation and the short version for families)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import UserError, ValidationFailed
from edulab_app.services import documents
from edulab_app.services.context import AppContext
from edulab_app.ui.documents.common import OK_STYLE, ErrorLine, ask_pdf_path, language_labels
from edulab_app.ui.page_header import page_header
from exporters.atomic import ExportWriteError
from plans.regulation import RegulationData, RegulationDocument, TrustedPerson

TRUSTED_COLUMNS = 4


class RegulationPage(QWidget):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("DocumentsPage", "Bezpieczna szkoła")

    def __init__(self, ctx: AppContext, rspo: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.rspo = ctx, rspo
        self.template = documents.regulation_template()
        self.doc: RegulationDocument | None = None
        outer = QVBoxLayout(self)
        top = page_header(self, outer, self.title(), self.tr(
            "Regulamin przeciwdziałania dyskryminacji z procedurą zgłaszania i reagowania. "
            "Terminy kroków procedury pochodzą z ustawień rejestru zgłoszeń (to praktyka "
            "przyjęta gdzie indziej, nie przepis prawa)."))
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Stan regulaminu"))
        top.addWidget(self.status_label)
        self.errors = ErrorLine(self, self.focus_field)
        outer.addWidget(self.errors)
        self.gaps_label = QLabel(self)
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setStyleSheet("color: #ef6c00;")
        self.gaps_label.setAccessibleName(self.tr("Czego brakuje w regulaminie"))
        self.gaps_label.hide()
        outer.addWidget(self.gaps_label)

        self.empty_panel = QWidget(self)
        empty = QVBoxLayout(self.empty_panel)
        empty.addWidget(QLabel(self.tr("Szkoła nie ma jeszcze regulaminu. Projekt powstanie z wzoru, danych szkoły "
                                       "i listy kadry — potem go uzupełnisz i przyjmiesz."), self.empty_panel))
        self.generate_button = QPushButton(self.tr("&Utwórz projekt regulaminu"), self.empty_panel)
        self.generate_button.setAccessibleName(self.tr("Utwórz projekt regulaminu z danymi szkoły"))
        self.generate_button.clicked.connect(self.generate)
        empty.addWidget(self.generate_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty.addStretch(1)
        outer.addWidget(self.empty_panel)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Części regulaminu"))
        self.tabs.addTab(self._build_data(), self.tr("&Dane szkoły"))
        self.tabs.addTab(self._build_text(), self.tr("&Tekst"))
        self.tabs.addTab(self._build_versions(), self.tr("&Wersje"))
        outer.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.pdf_button = QPushButton(self.tr("PDF &regulaminu…"), self)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.family_button = QPushButton(self.tr("PDF dla &rodzin…"), self)
        self.family_button.setToolTip(self.tr("Skrócona wersja dla rodzin w ich językach"))
        self.family_button.clicked.connect(lambda: self.export_family_pdf())
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.family_button)
        outer.addLayout(buttons)
        self.reload()

    # -- building -------------------------------------------------------------------------------------------
    def _build_data(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        host = QWidget(scroll)
        layout = QVBoxLayout(host)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for key, label, hint in (
                ("director", self.tr("&Dyrektor:"), self.tr("imię i nazwisko")),
                ("report_email", self.tr("&E-mail do zgłoszeń:"), self.tr("np. zglos@szkola.pl")),
                ("report_box_place", self.tr("&Skrzynka zgłoszeń:"), self.tr("gdzie jest skrzynka anonimowych zgłoszeń")),
                ("report_form", self.tr("&Formularz zgłoszeń:"), self.tr("adres formularza (jeśli szkoła go ma)")),
                ("child_protection_ref", self.tr("&Standardy ochrony małoletnich:"),
                 self.tr("np. zarządzenie dyrektora nr … z dnia …")),
                ("child_protection_person", self.tr("&Osoba odpowiedzialna za standardy:"), ""),
                ("adopted_by", self.tr("&Kto przyjmuje regulamin:"), self.tr("np. Rada Pedagogiczna"))):
            edit = QLineEdit(host)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            self.fields[key] = edit
            form.addRow(label, edit)
        self.review_spin = QSpinBox(host)
        self.review_spin.setRange(1, 36)
        self.review_spin.setSuffix(self.tr(" mies."))
        self.review_spin.setAccessibleName(self.tr("Przegląd regulaminu co tyle miesięcy"))
        form.addRow(self.tr("&Przegląd co:"), self.review_spin)
        langs = QHBoxLayout()
        labels = language_labels()
        self.language_checks: dict[str, QCheckBox] = {}
        for code in self.template.family:
            check = QCheckBox(labels.get(code, code), host)
            check.setAccessibleName(self.tr("Wersja dla rodzin w języku: %1").replace("%1", labels.get(code, code)))
            if code == "pl":
                check.setEnabled(False)
            self.language_checks[code] = check
            langs.addWidget(check)
        langs.addStretch(1)
        form.addRow(self.tr("Wersje dla rodzin:"), langs)
        layout.addLayout(form)

        box = QGroupBox(self.tr("Osoby zaufania"), host)
        box_layout = QVBoxLayout(box)
        self.trusted_table = QTableWidget(0, TRUSTED_COLUMNS, box)
        self.trusted_table.setHorizontalHeaderLabels([self.tr("Imię i nazwisko"), self.tr("Funkcja"),
                                                      self.tr("Kontakt, dyżur"), self.tr("Języki (kody, np. uk,ru)")])
        self.trusted_table.setAccessibleName(self.tr("Osoby zaufania"))
        self.trusted_table.verticalHeader().setVisible(False)
        self.trusted_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.trusted_table.setMinimumHeight(160)
        box_layout.addWidget(self.trusted_table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Dodaj &osobę"), box)
        add.clicked.connect(lambda: self._add_trusted_row(TrustedPerson("", "other")))
        remove = QPushButton(self.tr("&Usuń zaznaczoną"), box)
        remove.clicked.connect(self._remove_trusted_row)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        box_layout.addLayout(row)
        layout.addWidget(box)
        save = QPushButton(self.tr("&Zapisz dane i odśwież tekst"), host)
        save.setAccessibleName(self.tr("Zapisz dane szkoły i odśwież tekst regulaminu"))
        save.clicked.connect(self.save_data)
        self.save_data_button = save
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        scroll.setWidget(host)
        return scroll

    def _build_text(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.section_list = QListWidget(splitter)
        self.section_list.setAccessibleName(self.tr("Paragrafy regulaminu"))
        self.section_list.currentRowChanged.connect(self._show_section)
        right = QWidget(splitter)
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        self.section_title = QLabel(right)
        layout.addWidget(self.section_title)
        self.section_edit = QPlainTextEdit(right)
        self.section_edit.setAccessibleName(self.tr("Tekst paragrafu"))
        self.section_edit.setToolTip(self.tr("Pusty wiersz oddziela akapity; wiersz zaczynający się od „- ” to "
                                             "punkt listy."))
        self.section_edit.textChanged.connect(self._section_text_changed)
        layout.addWidget(self.section_edit, 1)
        row = QHBoxLayout()
        self.section_state = QLabel(right)
        self.section_state.setAccessibleName(self.tr("Stan paragrafu"))
        row.addWidget(self.section_state, 1)
        self.reset_button = QPushButton(self.tr("Przywróć tekst &wzoru"), right)
        self.reset_button.clicked.connect(self.reset_section)
        self.section_save = QPushButton(self.tr("Zapisz &paragraf"), right)
        self.section_save.clicked.connect(self.save_section)
        row.addWidget(self.reset_button)
        row.addWidget(self.section_save)
        layout.addLayout(row)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 960])
        return splitter

    def _build_versions(self) -> QWidget:
        host = QWidget(self)
        layout = QVBoxLayout(host)
        self.versions_table = QTableWidget(0, 5, host)
        self.versions_table.setHorizontalHeaderLabels([self.tr("Wersja"), self.tr("Przyjęta"), self.tr("Uchwała nr"),
                                                       self.tr("Przyjął"), self.tr("Zmiany")])
        self.versions_table.setAccessibleName(self.tr("Przyjęte wersje regulaminu"))
        self.versions_table.verticalHeader().setVisible(False)
        self.versions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.versions_table.horizontalHeader().setStretchLastSection(True)
        self.versions_table.setMaximumHeight(160)
        layout.addWidget(self.versions_table)
        box = QGroupBox(self.tr("Przyjęcie nowej wersji"), host)
        form = QFormLayout(box)
        self.adopt_date = QDateEdit(box)
        self.adopt_date.setCalendarPopup(True)
        self.adopt_date.setDisplayFormat("dd.MM.yyyy")
        self.adopt_date.setDate(QDate.currentDate())
        self.adopt_date.setAccessibleName(self.tr("Data przyjęcia"))
        self.adopt_resolution = QLineEdit(box)
        self.adopt_resolution.setAccessibleName(self.tr("Numer uchwały lub zarządzenia"))
        self.adopt_resolution.setPlaceholderText(self.tr("np. 12/2026/2027"))
        self.adopt_by = QLineEdit(box)
        self.adopt_by.setAccessibleName(self.tr("Kto przyjął"))
        self.adopt_changes = QLineEdit(box)
        self.adopt_changes.setAccessibleName(self.tr("Co się zmieniło"))
        form.addRow(self.tr("Data &przyjęcia:"), self.adopt_date)
        form.addRow(self.tr("&Uchwała (zarządzenie) nr:"), self.adopt_resolution)
        form.addRow(self.tr("Przyjął (&organ):"), self.adopt_by)
        form.addRow(self.tr("&Zmiany:"), self.adopt_changes)
        self.adopt_button = QPushButton(self.tr("Przyjmij &wersję"), box)
        self.adopt_button.clicked.connect(self.adopt)
        form.addRow("", self.adopt_button)
        layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("Zmiany od ostatniej przyjętej wersji:"), host))
        self.diff_view = QPlainTextEdit(host)
        self.diff_view.setReadOnly(True)
        self.diff_view.setAccessibleName(self.tr("Zmiany od ostatniej przyjętej wersji"))
        self.diff_view.setFont(QFont("monospace"))
        layout.addWidget(self.diff_view, 1)
        return host

    # -- data -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.doc = documents.get_regulation(self.ctx.db(), self.rspo)
        has = self.doc is not None
        self.empty_panel.setVisible(not has)
        self.tabs.setVisible(has)
        self.pdf_button.setEnabled(has)
        self.family_button.setEnabled(has)
        if not has:
            self.status_label.setText(self.tr("Brak regulaminu"))
            self.gaps_label.hide()
            return
        d = self.doc
        last = d.current_version
        text = {"draft": self.tr("Projekt — nie przyjęty"),
                "adopted": self.tr("✓ Przyjęty: wersja %1 z %2"),
                "changed": self.tr("Zmieniony po przyjęciu wersji %1 z %2 — do przyjęcia")}[d.status]
        if last is not None:
            text = text.replace("%1", str(last.number)).replace("%2", f"{last.adopted_on:%d.%m.%Y}")
        self.status_label.setText(text)
        self.status_label.setStyleSheet(OK_STYLE if d.status == "adopted" else "")
        if d.gaps:
            self.gaps_label.setText(self.tr("Do uzupełnienia przed przyjęciem (zakładka „Dane szkoły”): %1.")
                                    .replace("%1", ", ".join(d.gaps)))
            self.gaps_label.show()
        else:
            self.gaps_label.hide()
        self._fill_data(d.data)
        current = max(0, self.section_list.currentRow())
        self.section_list.blockSignals(True)
        self.section_list.clear()
        for n, s in enumerate(d.sections, start=1):
            item = QListWidgetItem(f"§ {n}. {s.title}" + (" ✎" if s.edited else ""))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setToolTip(self.tr("Tekst zmieniony przez szkołę") if s.edited else self.tr("Tekst wzoru"))
            self.section_list.addItem(item)
        self.section_list.blockSignals(False)
        self.section_list.setCurrentRow(min(current, self.section_list.count() - 1))
        self._show_section(self.section_list.currentRow())
        self._fill_versions(d)

    def _fill_data(self, data: RegulationData) -> None:
        for key, edit in self.fields.items():
            edit.setText(str(getattr(data, key) or ""))
        self.review_spin.setValue(data.review_months)
        for code, check in self.language_checks.items():
            check.setChecked(code in data.family_languages)
        self.trusted_table.setRowCount(0)
        for p in data.trusted_persons:
            self._add_trusted_row(p)

    def _add_trusted_row(self, person: TrustedPerson) -> None:
        r = self.trusted_table.rowCount()
        self.trusted_table.insertRow(r)
        self.trusted_table.setItem(r, 0, QTableWidgetItem(person.name))
        role = QComboBox(self.trusted_table)
        for key in self.template.trusted_roles:
            role.addItem(self.template.role_label(key), key)
        role.setCurrentIndex(max(0, role.findData(person.role)))
        role.setAccessibleName(self.tr("Funkcja osoby zaufania"))
        self.trusted_table.setCellWidget(r, 1, role)
        self.trusted_table.setItem(r, 2, QTableWidgetItem(person.contact))
        self.trusted_table.setItem(r, 3, QTableWidgetItem(",".join(person.languages)))

    def _remove_trusted_row(self) -> None:
        row = self.trusted_table.currentRow()
        if row >= 0:
            self.trusted_table.removeRow(row)

    def _trusted_persons(self) -> tuple[TrustedPerson, ...]:
        out = []
        for r in range(self.trusted_table.rowCount()):
            name = (self.trusted_table.item(r, 0).text() if self.trusted_table.item(r, 0) else "").strip()
            if not name:
                continue
            contact = self.trusted_table.item(r, 2).text().strip() if self.trusted_table.item(r, 2) else ""
            langs = self.trusted_table.item(r, 3).text() if self.trusted_table.item(r, 3) else ""
            out.append(TrustedPerson(name, self.trusted_table.cellWidget(r, 1).currentData(), contact,
                                     tuple(x.strip() for x in langs.replace(" ", ",").split(",") if x.strip())))
        return tuple(out)

    def data_from_form(self) -> RegulationData:
        base = self.doc.data if self.doc else documents.default_regulation_data(self.ctx.db(), self.rspo)
        values = {key: " ".join(edit.text().split()) for key, edit in self.fields.items()}
        languages = tuple(code for code, check in self.language_checks.items() if check.isChecked())
        return replace(base, **values, review_months=self.review_spin.value(), family_languages=languages,
                       trusted_persons=self._trusted_persons())

    def _fill_versions(self, d: RegulationDocument) -> None:
        self.versions_table.setRowCount(len(d.versions))
        for r, v in enumerate(reversed(d.versions)):
            for c, text in enumerate((str(v.number), f"{v.adopted_on:%d.%m.%Y}", v.resolution_no, v.adopted_by,
                                      v.changes)):
                self.versions_table.setItem(r, c, QTableWidgetItem(text))
        self.adopt_by.setText(d.data.adopted_by or self.adopt_by.text())
        self.adopt_button.setEnabled(d.status != "adopted")
        self.adopt_button.setToolTip("" if d.status != "adopted" else
                                     self.tr("Tekst nie zmienił się od przyjęcia ostatniej wersji."))
        diff = documents.regulation_diff(self.ctx.db(), self.rspo)
        self.diff_view.setPlainText(diff or (self.tr("Regulamin nie był jeszcze przyjęty.") if not d.versions else
                                             self.tr("Brak zmian od ostatniej przyjętej wersji.")))

    def _show_section(self, row: int) -> None:
        if self.doc is None or row < 0:
            return
        s = self.doc.sections[row]
        self.section_title.setText(f"<b>§ {row + 1}. {escape(s.title)}</b>")
        self.section_edit.blockSignals(True)
        self.section_edit.setPlainText(s.text)
        self.section_edit.blockSignals(False)
        self.reset_button.setEnabled(s.edited)
        self.section_save.setEnabled(False)
        self.section_state.setText(self.tr("Tekst zmieniony przez szkołę") if s.edited else self.tr("Tekst wzoru"))

    def _section_text_changed(self) -> None:
        self.section_save.setEnabled(True)
        self.section_state.setText(self.tr("Niezapisane zmiany"))

    def current_section_id(self) -> str | None:
        item = self.section_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # -- actions --------------------------------------------------------------------------------------------
    def _run(self, fn, *args, lead: str | None = None, **kwargs):
        try:
            result = fn(*args, **kwargs)
        except ValidationFailed as exc:
            self.errors.show_errors(exc.errors, lead)
            return None
        except (UserError, ExportWriteError) as exc:
            self.errors.show_text(str(exc))
            return None
        self.errors.hide()
        return result

    def generate(self) -> bool:
        doc = self._run(documents.generate_regulation, self.ctx.db(), self.rspo)
        self.reload()
        return doc is not None

    def save_data(self) -> bool:
        doc = self._run(documents.generate_regulation, self.ctx.db(), self.rspo, self.data_from_form())
        if doc is not None:
            self.reload()
        return doc is not None

    def save_section(self) -> bool:
        sid = self.current_section_id()
        if sid is None:
            return False
        doc = self._run(documents.edit_section, self.ctx.db(), self.rspo, sid, self.section_edit.toPlainText())
        if doc is not None:
            self.reload()
        return doc is not None

    def reset_section(self) -> bool:
        sid = self.current_section_id()
        if sid is None:
            return False
        doc = self._run(documents.reset_section, self.ctx.db(), self.rspo, sid)
        self.reload()
        return doc is not None

    def adopt(self) -> bool:
        d = self.adopt_date.date()
        doc = self._run(documents.adopt_regulation, self.ctx.db(), self.rspo, dt.date(d.year(), d.month(), d.day()),
                        self.adopt_resolution.text(), self.adopt_by.text(), self.adopt_changes.text(),
                        lead=self.tr("Nie przyjęto — popraw:"))
        if doc is not None:
            self.adopt_resolution.clear()
            self.adopt_changes.clear()
            self.reload()
        return doc is not None

    def export_pdf(self, path: Path | str | None = None) -> Path | None:
        if path is None:
            path = ask_pdf_path(self, self.tr("Zapisz regulamin „Bezpieczna szkoła”"),
                                f"regulamin-bezpieczna-szkola-{self.rspo}.pdf")
            if path is None:
                return None
        target = self._run(documents.regulation_pdf, self.ctx.db(), self.rspo, path)
        if target is not None:
            self.status_label.setText(self.tr("✓ Zapisano PDF: %1").replace("%1", str(target)))
        return target

    def export_family_pdf(self, path: Path | str | None = None) -> Path | None:
        if path is None:
            path = ask_pdf_path(self, self.tr("Zapisz wersję dla rodzin"),
                                f"bezpieczna-szkola-dla-rodzin-{self.rspo}.pdf")
            if path is None:
                return None
        target = self._run(documents.family_pdf, self.ctx.db(), self.rspo, path)
        if target is not None:
            self.status_label.setText(self.tr("✓ Zapisano PDF: %1").replace("%1", str(target)))
        return target

    def focus_field(self, field: str) -> None:
        key = field.split("[")[0].split(".")[0]
        if key in self.fields:
            self.tabs.setCurrentIndex(0)
            self.fields[key].setFocus()
        elif key == "trusted_persons":
            self.tabs.setCurrentIndex(0)
            self.trusted_table.setFocus()
        elif key == "family_languages":
            self.tabs.setCurrentIndex(0)
            next(iter(self.language_checks.values())).setFocus()
        elif key in ("resolution_no", "adopted_by", "adopted_on"):
            self.tabs.setCurrentIndex(2)
            {"resolution_no": self.adopt_resolution, "adopted_by": self.adopt_by,
             "adopted_on": self.adopt_date}[key].setFocus()
        elif key == "sections":
            self.tabs.setCurrentIndex(1)
            self.section_edit.setFocus()
        elif key == "gaps":
            self.tabs.setCurrentIndex(0)
