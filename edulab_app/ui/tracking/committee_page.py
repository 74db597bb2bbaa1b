"""Area "Komitet powitalny": the welcome committee of a school year — members and their languages, the log
of meetings, families welcomed with their checklist (first meeting, school tour, buddy, information pack in
the family's language, follow-up after a month) and the overdue steps."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edulab_app.security.roles import Permission
from edulab_app.services import committees, schools
from edulab_app.ui.tracking.common import (
    OVERDUE_COLOR,
    OptionalDateEdit,
    TrackingPage,
    committee_role_labels,
    fill_table,
    labelled_combo,
    make_table,
    pl_date,
    select_key,
    selected_key,
    welcome_step_labels,
)


class CommitteePage(TrackingPage):
    PERMISSION = Permission.READ_PUPILS

    @staticmethod
    def title() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("CommitteePage", "Komitet powitalny")

    def intro(self) -> str:
        return self.tr("Komitet powitalny włącza rodziny z doświadczeniem migracji w życie szkoły: nauczyciel, "
                       "rodzice polscy i z doświadczeniem migracji, uczniowie-ambasadorzy, asystent.")

    def build(self, content: QWidget) -> None:
        self.today = dt.date.today()
        self.view = None
        layout = QVBoxLayout(content)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Rok szkolny:"), content)
        self.year = QComboBox(content)
        self.year.setAccessibleName(self.tr("Rok szkolny komitetu"))
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year.setMinimumContentsLength(9)
        label.setBuddy(self.year)
        self.year.currentIndexChanged.connect(lambda _i: self.call(self.reload))
        top.addWidget(label)
        top.addWidget(self.year)
        top.addStretch(1)
        self.overdue_label = QLabel(content)
        self.overdue_label.setAccessibleName(self.tr("Zaległe kroki powitania"))
        top.addWidget(self.overdue_label)
        layout.addLayout(top)

        grid = QGridLayout()
        layout.addLayout(grid, 1)

        members = QGroupBox(self.tr("Członkowie"), content)
        m_layout = QVBoxLayout(members)
        self.members_table = make_table([self.tr("Imię i nazwisko"), self.tr("Rola"), self.tr("Języki")],
                                        self.tr("Członkowie komitetu"), members)
        m_layout.addWidget(self.members_table, 1)
        m_form = QHBoxLayout()
        self.member_role = labelled_combo(members, committee_role_labels(), self.tr("Rola nowego członka"))
        self.member_name = QLineEdit(members)
        self.member_name.setPlaceholderText(self.tr("imię i nazwisko"))
        self.member_name.setAccessibleName(self.tr("Imię i nazwisko nowego członka"))
        self.member_langs = QLineEdit(members)
        self.member_langs.setPlaceholderText(self.tr("języki, np. uk, pl"))
        self.member_langs.setAccessibleName(self.tr("Języki nowego członka"))
        self.add_member_button = QPushButton(self.tr("Dodaj &członka"), members)
        self.add_member_button.clicked.connect(self.add_member)
        for w in (self.member_role, self.member_name, self.member_langs, self.add_member_button):
            m_form.addWidget(w)
        m_layout.addLayout(m_form)
        grid.addWidget(members, 0, 0)

        meetings = QGroupBox(self.tr("Spotkania"), content)
        s_layout = QVBoxLayout(meetings)
        self.meetings_table = make_table([self.tr("Data"), self.tr("Temat"), self.tr("Notatki")],
                                         self.tr("Spotkania komitetu"), meetings)
        s_layout.addWidget(self.meetings_table, 1)
        s_form = QHBoxLayout()
        self.meeting_date = OptionalDateEdit(meetings, optional=False)
        self.meeting_date.setAccessibleName(self.tr("Data spotkania"))
        self.meeting_topic = QLineEdit(meetings)
        self.meeting_topic.setPlaceholderText(self.tr("temat"))
        self.meeting_topic.setAccessibleName(self.tr("Temat spotkania"))
        self.meeting_notes = QLineEdit(meetings)
        self.meeting_notes.setPlaceholderText(self.tr("notatki (szyfrowane)"))
        self.meeting_notes.setAccessibleName(self.tr("Notatki ze spotkania"))
        self.add_meeting_button = QPushButton(self.tr("Zapisz &spotkanie"), meetings)
        self.add_meeting_button.clicked.connect(self.add_meeting)
        for w in (self.meeting_date, self.meeting_topic, self.meeting_notes, self.add_meeting_button):
            s_form.addWidget(w)
        s_layout.addLayout(s_form)
        grid.addWidget(meetings, 0, 1)

        families = QGroupBox(self.tr("Rodziny przyjęte przez komitet"), content)
        f_layout = QVBoxLayout(families)
        self.families_table = make_table([self.tr("Kod rodziny"), self.tr("Język"), self.tr("Przyjazd"),
                                          self.tr("Wykonane kroki"), self.tr("Zaległe")],
                                         self.tr("Rodziny przyjęte przez komitet"), families)
        self.families_table.itemSelectionChanged.connect(self._family_selected)
        f_layout.addWidget(self.families_table, 1)
        f_form = QFormLayout()
        row = QHBoxLayout()
        self.family_language = QLineEdit(families)
        self.family_language.setPlaceholderText(self.tr("język rodziny, np. uk"))
        self.family_language.setAccessibleName(self.tr("Język rodziny"))
        self.family_arrival = OptionalDateEdit(families, optional=False)
        self.family_arrival.setAccessibleName(self.tr("Data przyjazdu rodziny"))
        self.add_family_button = QPushButton(self.tr("Przyjmij &rodzinę"), families)
        self.add_family_button.clicked.connect(self.add_family)
        for w in (self.family_language, self.family_arrival, self.add_family_button):
            row.addWidget(w)
        f_form.addRow(row)
        f_layout.addLayout(f_form)
        grid.addWidget(families, 1, 0)

        checklist = QGroupBox(self.tr("Lista kroków wybranej rodziny"), content)
        c_layout = QVBoxLayout(checklist)
        self.steps = QListWidget(checklist)
        self.steps.setAccessibleName(self.tr("Kroki powitania rodziny (zaznacz wykonane)"))
        self.steps.itemChanged.connect(self._step_changed)
        c_layout.addWidget(self.steps, 1)
        hint = QLabel(self.tr("Zaznaczenie kroku zapisuje go jako wykonany dzisiaj."), checklist)
        hint.setWordWrap(True)
        c_layout.addWidget(hint)
        grid.addWidget(checklist, 1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)

    def _years(self) -> tuple[list[str], str]:
        current = schools.get_school(self.ctx.db(), self.rspo).school_year
        start = int(current[:4])
        return [f"{y}/{y + 1}" for y in range(start + 1, start - 4, -1)], current

    def reload(self) -> None:
        session = self.session()
        if session is None:
            return
        if self.year.count() == 0:
            years, current = self._years()
            self.year.blockSignals(True)
            self.year.addItems(years)
            self.year.setCurrentText(current)
            self.year.blockSignals(False)
        self.view = committees.view(self.ctx.db(), session, self.rspo, self.year.currentText() or None)
        roles = committee_role_labels()
        fill_table(self.members_table, [[m.name, roles.get(m.role, m.role), ", ".join(m.languages)]
                                        for m in self.view.members], [m.id for m in self.view.members])
        fill_table(self.meetings_table, [[pl_date(m.held_on), m.topic, m.notes] for m in self.view.meetings],
                   [m.id for m in self.view.meetings])
        fill_table(self.families_table,
                   [[f.code, f.language, pl_date(f.arrival_date), f"{sum(1 for s in f.steps if s.done_on)}/"
                     f"{len(f.steps)}", len(f.overdue(self.today))] for f in self.view.families],
                   [f.id for f in self.view.families],
                   [OVERDUE_COLOR if f.overdue(self.today) else None for f in self.view.families])
        overdue = self.view.overdue(self.today)
        self.overdue_label.setText(self.tr("Zaległe kroki: %1").replace("%1", str(len(overdue))))
        self.overdue_label.setStyleSheet("color: #c62828; font-weight: bold;" if overdue else "")
        self.add_member_button.setEnabled(session.can(Permission.CHANGE_PUPILS))
        for button in (self.add_meeting_button, self.add_family_button):
            button.setEnabled(session.can(Permission.RECORD_SUPPORT))
        self.steps.setEnabled(session.can(Permission.RECORD_SUPPORT))
        self._family_selected()

    def _family_selected(self) -> None:
        key = selected_key(self.families_table)
        family = next((f for f in (self.view.families if self.view else ()) if f.id == key), None)
        labels = welcome_step_labels()
        self.steps.blockSignals(True)
        self.steps.clear()
        if family is not None:
            for step in family.steps:
                text = f"{labels.get(step.step, step.step)} — " + (
                    self.tr("wykonano %1").replace("%1", pl_date(step.done_on)) if step.done_on
                    else self.tr("termin %1").replace("%1", pl_date(step.due_on)))
                item = QListWidgetItem(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if step.done_on else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, (family.code, step.step))
                if step.overdue(self.today):
                    item.setForeground(OVERDUE_COLOR)
                    item.setText(text + " " + self.tr("(zaległy)"))
                self.steps.addItem(item)
        self.steps.blockSignals(False)

    def _step_changed(self, item: QListWidgetItem) -> None:
        session = self.session()
        if session is None or item.checkState() != Qt.CheckState.Checked:
            return
        code, step = item.data(Qt.ItemDataRole.UserRole)
        if self.call(committees.done_step, self.ctx.db(), session, code, step, self.today) is not None:
            key = selected_key(self.families_table)
            self.call(self.reload)
            select_key(self.families_table, key)

    def add_member(self) -> bool:
        session = self.session()
        if session is None:
            return False
        done = self.call(committees.add_member, self.ctx.db(), session, self.rspo, self.member_role.currentData(),
                         self.member_name.text(), [x for x in self.member_langs.text().split(",") if x.strip()],
                         school_year=self.year.currentText() or None)
        if done is None:
            return False
        self.member_name.clear()
        self.member_langs.clear()
        self.show_message(self.tr("Dodano członka komitetu."))
        self.call(self.reload)
        return True

    def add_meeting(self) -> bool:
        session = self.session()
        if session is None:
            return False
        done = self.call(committees.add_meeting, self.ctx.db(), session, self.rspo, self.meeting_date.value(),
                         self.meeting_topic.text(), self.meeting_notes.text(),
                         school_year=self.year.currentText() or None)
        if done is None:
            return False
        self.meeting_topic.clear()
        self.meeting_notes.clear()
        self.show_message(self.tr("Zapisano spotkanie."))
        self.call(self.reload)
        return True

    def add_family(self) -> bool:
        session = self.session()
        if session is None:
            return False
        family = self.call(committees.welcome_family, self.ctx.db(), session, self.rspo,
                           self.family_language.text(), self.family_arrival.value(),
                           school_year=self.year.currentText() or None)
        if family is None:
            return False
        self.family_language.clear()
        self.show_message(self.tr("Przyjęto rodzinę %1; lista kroków ma terminy od daty przyjazdu.")
                          .replace("%1", family.code))
        self.call(self.reload)
        select_key(self.families_table, family.id)
        return True
