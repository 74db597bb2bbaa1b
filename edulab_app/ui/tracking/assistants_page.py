"""Area "Asystenci": the school's assistants — legal basis, languages, contract, weekly hours, funding —
their workload (pupils supported and hours) and the checks: an intercultural assistant only from
1 Sept 2024, one assistant per 20 Ukrainian pupils in "Przyjazna szkoła"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edulab_app.security.roles import Permission
from edulab_app.services import assistants, pupils
from edulab_app.ui.tracking.common import (
    FindingsList,
    OptionalDateEdit,
    TrackingPage,
    button_row,
    fill_table,
    funding_labels,
    labelled_combo,
    legal_basis_labels,
    make_table,
    pl_date,
    select_key,
    selected_key,
)


class AssistantsPage(TrackingPage):
    PERMISSION = Permission.READ_PUPILS

    @staticmethod
    def title() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("AssistantsPage", "Asystenci")

    def intro(self) -> str:
        return self.tr("Asystenci uczniów z doświadczeniem migracji: pomoc nauczyciela władająca językiem ucznia "
                       "(najwyżej 12 miesięcy na ucznia) albo asystent międzykulturowy (od 1 września 2024 r.).")

    def build(self, content: QWidget) -> None:
        self.current_id: int | None = None
        self.today = dt.date.today()
        layout = QVBoxLayout(content)
        self.table = make_table([self.tr("Nr"), self.tr("Imię i nazwisko"), self.tr("Podstawa"), self.tr("Języki"),
                                 self.tr("Umowa"), self.tr("Godz./tydz."), self.tr("Uczniowie"),
                                 self.tr("Godz. z uczniami"), self.tr("Finansowanie")],
                                self.tr("Lista asystentów"), content)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 2)
        group = QGroupBox(self.tr("Asystent"), content)
        form = QFormLayout(group)
        self.name = QLineEdit(group)
        self.name.setAccessibleName(self.tr("Imię i nazwisko asystenta"))
        self.basis = labelled_combo(group, legal_basis_labels(), self.tr("Podstawa zatrudnienia"))
        self.languages = QLineEdit(group)
        self.languages.setPlaceholderText(self.tr("kody po przecinku, np. uk, ru, pl"))
        self.languages.setAccessibleName(self.tr("Języki asystenta"))
        self.contract_from = OptionalDateEdit(group, optional=False)
        self.contract_from.setAccessibleName(self.tr("Umowa od"))
        self.contract_to = OptionalDateEdit(group)
        self.contract_to.setAccessibleName(self.tr("Umowa do"))
        self.hours = QDoubleSpinBox(group)
        self.hours.setRange(0, 40)
        self.hours.setDecimals(1)
        self.hours.setAccessibleName(self.tr("Godziny tygodniowo w umowie"))
        self.funding = labelled_combo(group, funding_labels(), self.tr("Źródło finansowania"))
        form.addRow(self.tr("&Imię i nazwisko:"), self.name)
        form.addRow(self.tr("&Podstawa:"), self.basis)
        form.addRow(self.tr("&Języki:"), self.languages)
        form.addRow(self.tr("Umowa &od:"), self.contract_from)
        form.addRow(self.tr("Umowa d&o:"), self.contract_to)
        form.addRow(self.tr("&Godziny tygodniowo:"), self.hours)
        form.addRow(self.tr("&Finansowanie:"), self.funding)
        self.new_button = QPushButton(self.tr("&Nowy"), group)
        self.new_button.clicked.connect(self.new_assistant)
        self.save_button = QPushButton(self.tr("&Zapisz asystenta"), group)
        self.save_button.clicked.connect(self.save)
        form.addRow(button_row(self.new_button, self.save_button))
        layout.addWidget(group)
        layout.addWidget(QLabel(self.tr("Uwagi:"), content))
        self.findings = FindingsList(self.tr("Uwagi dotyczące asystentów"), content)
        self.findings.setMaximumHeight(140)
        layout.addWidget(self.findings, 1)

    def reload(self) -> None:
        session = self.session()
        if session is None:
            return
        db = self.ctx.db()
        self.records = assistants.list_assistants(db, session, self.rspo)
        check = pupils.check_school(db, session, self.rspo, self.today)
        load = {w.assistant_id: w for w in check.workload}
        bases, funding = legal_basis_labels(), funding_labels()
        fill_table(self.table, [[a.ref, a.name, bases.get(a.legal_basis, a.legal_basis), ", ".join(a.languages),
                                 f"{pl_date(a.contract_from)} – {pl_date(a.contract_to)}", f"{a.weekly_hours:g}",
                                 load[a.id].pupils if a.id in load else 0,
                                 f"{load[a.id].hours_with_pupils if a.id in load else 0:g}",
                                 funding.get(a.funding, a.funding)] for a in self.records],
                   [a.id for a in self.records])
        self.findings.show_findings([f for f in check.findings if f.code.startswith("assistant.")],
                                    self.tr("Zatrudnienie asystentów jest zgodne z regułami."))
        can_change = session.can(Permission.CHANGE_PUPILS)
        self.save_button.setEnabled(can_change)
        self.new_button.setEnabled(can_change)
        if self.current_id is not None:
            select_key(self.table, self.current_id)

    def _selected(self) -> None:
        key = selected_key(self.table)
        record = next((a for a in getattr(self, "records", []) if a.id == key), None)
        if record is None:
            return
        self.current_id = record.id
        self.name.setText(record.name)
        self.basis.setCurrentIndex(max(0, self.basis.findData(record.legal_basis)))
        self.languages.setText(", ".join(record.languages))
        self.contract_from.set_value(record.contract_from)
        self.contract_to.set_value(record.contract_to)
        self.hours.setValue(record.weekly_hours)
        self.funding.setCurrentIndex(max(0, self.funding.findData(record.funding)))

    def new_assistant(self) -> None:
        self.current_id = None
        self.table.clearSelection()
        self.name.clear()
        self.languages.clear()
        self.contract_from.set_value(dt.date.today())
        self.contract_to.set_value(None)
        self.hours.setValue(0)
        self.name.setFocus()

    def save(self) -> bool:
        session = self.session_or_login()
        if session is None:
            return False
        data = assistants.AssistantInput(
            self.name.text(), self.basis.currentData(), self.contract_from.value(), self.contract_to.value(),
            self.hours.value(), tuple(x.strip() for x in self.languages.text().split(",") if x.strip()),
            self.funding.currentData())
        db = self.ctx.db()
        if self.current_id is None:
            record = self.call(assistants.add_assistant, db, session, self.rspo, data)
        else:
            record = self.call(assistants.update_assistant, db, session, self.rspo, self.current_id, data)
        if record is None:
            return False
        self.current_id = record.id
        self.show_message(self.tr("Zapisano asystenta %1.").replace("%1", record.ref))
        self.call(self.reload)
        return True
