"""Area "Zgłoszenia incydentów": the register of "Bezpieczna szkoła" — reports with their status and overdue
steps, the form for a new report, the steps of the procedure with their deadlines and responsible persons,
closing with the outcome, and the statistics of a school year (counts only).

The register is protected like pupil data: it needs the logged-in session of the window
(:mod:`edulab_app.ui.tracking.session_holder`; ``session_provider`` replaces it, e.g. in tests). Directors and
coordinators keep the register; a teacher may report and sees only the reports they entered. The statistics
(counts) are shown without a login.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
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
    QSplitter,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import UserError, ValidationFailed
from edulab_app.security.errors import SessionLocked
from edulab_app.security.session import Session
from edulab_app.services import incidents
from edulab_app.services.context import AppContext
from edulab_app.services.schools import get_school
from edulab_app.ui.documents.common import ErrorLine, reporter_labels, status_labels
from edulab_app.ui.page_header import page_header
from edulab_app.ui.tracking.common import row_table
from plans.incidents import END_OF_DAY, REPORTER_KINDS

OVERDUE = QColor("#c62828")
DONE = QColor("#1b5e20")


def _pl(moment: dt.datetime | None) -> str:
    return moment.strftime("%d.%m.%Y %H:%M") if moment else "—"


def _due(moment: dt.datetime) -> str:
    """A deadline: the date alone when it falls due at the end of the day (school and calendar days)."""
    return moment.strftime("%d.%m.%Y") if moment.time() == END_OF_DAY else _pl(moment)


def _qdt(moment: dt.datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def _py(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class IncidentsPage(QWidget):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("DocumentsPage", "Zgłoszenia incydentów")

    def __init__(self, ctx: AppContext, rspo: str, parent: QWidget | None = None,
                 session_provider: Callable[[], Session | None] | None = None,
                 now: Callable[[], dt.datetime] | None = None):
        super().__init__(parent)
        self.ctx, self.rspo = ctx, rspo
        self._provider = session_provider
        self._now = now or (lambda: dt.datetime.now().replace(second=0, microsecond=0))
        self.procedure = incidents.procedure(ctx.db(), rspo)
        self.current: incidents.IncidentInfo | None = None
        self.found: list[incidents.IncidentInfo] = []
        outer = QVBoxLayout(self)
        page_header(self, outer, self.title(), self.tr(
            "Rejestr zgłoszeń według regulaminu „Bezpieczna szkoła”. Osoby zapisuj pseudonimami, "
            "nie imionami i nazwiskami; opis i wynik są zaszyfrowane, a każdy odczyt trafia do "
            "dziennika dostępu."))
        outer.addWidget(self._build_stats())
        self.errors = ErrorLine(self, self.focus_field)
        outer.addWidget(self.errors)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Komunikat"))
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.hide()
        outer.addWidget(self.message)

        self.stack = QStackedWidget(self)
        self.locked_panel = QWidget(self.stack)
        locked = QVBoxLayout(self.locked_panel)
        self.locked_label = QLabel(self.locked_panel)
        self.locked_label.setWordWrap(True)
        locked.addWidget(self.locked_label)
        self.login_button = QPushButton(self.tr("&Zaloguj się…"), self.locked_panel)
        self.login_button.setAccessibleName(self.tr("Zaloguj się, aby zobaczyć rejestr zgłoszeń"))
        self.login_button.clicked.connect(self.request_login)
        locked.addWidget(self.login_button, 0, Qt.AlignmentFlag.AlignLeft)
        locked.addStretch(1)
        self.stack.addWidget(self.locked_panel)
        self.content = QWidget(self.stack)
        self._build_content(self.content)
        self.stack.addWidget(self.content)
        outer.addWidget(self.stack, 1)
        if session_provider is None:
            from edulab_app.ui.tracking import session_holder

            session_holder.notifier().changed.connect(self.session_changed)
        self.session_changed()

    # -- session --------------------------------------------------------------------------------------------
    def session(self) -> Session | None:
        if self._provider is not None:
            return self._provider()
        from edulab_app.ui.tracking import session_holder

        return session_holder.usable()

    def request_login(self) -> None:
        from edulab_app.ui.tracking.login import ensure_session

        ensure_session(self.ctx, self)

    def session_changed(self) -> None:
        session = self.session()
        self.update_stats()
        if session is None:
            self.locked_label.setText(self.tr("Rejestr zgłoszeń jest chroniony jak dane uczniów. Zaloguj się, aby go "
                                              "zobaczyć. Statystyki powyżej nie zawierają danych osobowych."))
            self.stack.setCurrentWidget(self.locked_panel)
            return
        if not incidents.may_report(session):
            self.locked_label.setText(self.tr("Twoja rola nie pozwala korzystać z rejestru zgłoszeń. Rejestr prowadzą "
                                              "dyrektor i koordynator; nauczyciel może wpisać zgłoszenie."))
            self.stack.setCurrentWidget(self.locked_panel)
            return
        self.stack.setCurrentWidget(self.content)
        manage = incidents.may_manage(session)
        for w in (self.step_done_button, self.step_undo_button, self.close_button, self.outcome_edit,
                  self.step_responsible):
            w.setEnabled(manage)
        self.reload()

    def _call(self, fn, *args, lead: str | None = None, **kwargs):
        try:
            return fn(*args, **kwargs)
        except SessionLocked:
            self.session_changed()
            self.errors.show_text(self.tr("Sesja jest zablokowana — zaloguj się ponownie."))
        except ValidationFailed as exc:
            self.errors.show_errors(exc.errors, lead)
        except UserError as exc:
            self.errors.show_text(str(exc))
        return None

    # -- building -------------------------------------------------------------------------------------------
    def _build_stats(self) -> QGroupBox:
        box = QGroupBox(self.tr("Statystyki roku szkolnego (bez danych osobowych)"), self)
        layout = QHBoxLayout(box)
        label = QLabel(self.tr("&Rok:"), box)
        self.year_combo = QComboBox(box)
        self.year_combo.setAccessibleName(self.tr("Rok szkolny statystyk"))
        label.setBuddy(self.year_combo)
        self.year_combo.activated.connect(lambda _: self._year_chosen())
        layout.addWidget(label)
        layout.addWidget(self.year_combo)
        self.stats_label = QLabel(box)
        self.stats_label.setWordWrap(True)
        self.stats_label.setAccessibleName(self.tr("Statystyki zgłoszeń"))
        layout.addWidget(self.stats_label, 1)
        return box

    def _build_content(self, content: QWidget) -> None:
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Nowe zgłoszenie"), content)
        self.new_button.clicked.connect(self.show_new_form)
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.detail_stack = QStackedWidget(content)
        splitter = QSplitter(Qt.Orientation.Horizontal, content)
        self.table = row_table([self.tr("Nr"), self.tr("Zgłoszono"), self.tr("Stan"), self.tr("Zaległe kroki"),
                                self.tr("Następny termin"), self.tr("Motyw")], self.tr("Zgłoszenia"), splitter)
        self.table.itemSelectionChanged.connect(self._selected)
        splitter.addWidget(self.table)
        self.detail_stack.addWidget(self._build_detail(self.detail_stack))
        self.detail_stack.addWidget(self._build_form(self.detail_stack))
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 740])
        layout.addWidget(splitter, 1)

    def _build_detail(self, parent: QWidget) -> QWidget:
        host = QWidget(parent)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail_label = QLabel(self.tr("Wybierz zgłoszenie z listy."), host)
        self.detail_label.setWordWrap(True)
        self.detail_label.setAccessibleName(self.tr("Zgłoszenie"))
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail_label)
        self.steps_table = row_table([self.tr("Krok"), self.tr("Termin"), self.tr("Wykonano"), self.tr("Odpowiada")],
                                     self.tr("Kroki procedury"), host)
        self.steps_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.steps_table.horizontalHeader().setStretchLastSection(False)
        self.steps_table.setWordWrap(True)
        layout.addWidget(self.steps_table, 1)
        row = QHBoxLayout()
        self.step_responsible = QLineEdit(host)
        self.step_responsible.setPlaceholderText(self.tr("nowa osoba odpowiedzialna za krok (opcjonalnie)"))
        self.step_responsible.setAccessibleName(self.tr("Osoba odpowiedzialna za zaznaczony krok"))
        row.addWidget(self.step_responsible, 1)
        self.step_done_button = QPushButton(self.tr("Oznacz krok jako &wykonany"), host)
        self.step_done_button.clicked.connect(lambda: self.update_step(True))
        self.step_undo_button = QPushButton(self.tr("&Cofnij"), host)
        self.step_undo_button.setAccessibleName(self.tr("Cofnij oznaczenie kroku jako wykonanego"))
        self.step_undo_button.clicked.connect(lambda: self.update_step(False))
        row.addWidget(self.step_done_button)
        row.addWidget(self.step_undo_button)
        layout.addLayout(row)
        close_box = QGroupBox(self.tr("Zamknięcie sprawy"), host)
        close_layout = QVBoxLayout(close_box)
        self.outcome_edit = QPlainTextEdit(close_box)
        self.outcome_edit.setAccessibleName(self.tr("Wynik sprawy"))
        self.outcome_edit.setPlaceholderText(self.tr("Jak zakończyła się sprawa: ustalenia, działania, wsparcie."))
        self.outcome_edit.setMaximumHeight(90)
        close_layout.addWidget(self.outcome_edit)
        self.close_button = QPushButton(self.tr("&Zamknij zgłoszenie"), close_box)
        self.close_button.clicked.connect(self.close_current)
        close_layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(close_box)
        return host

    def _build_form(self, parent: QWidget) -> QWidget:
        host = QGroupBox(self.tr("Nowe zgłoszenie"), parent)
        form = QFormLayout(host)
        self.form_date = QDateTimeEdit(host)
        self.form_date.setCalendarPopup(True)
        self.form_date.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.form_date.setAccessibleName(self.tr("Data zgłoszenia"))
        form.addRow(self.tr("&Data zgłoszenia:"), self.form_date)
        self.form_reporter = QComboBox(host)
        for key, label in reporter_labels().items():
            if key in REPORTER_KINDS:
                self.form_reporter.addItem(label, key)
        self.form_reporter.setAccessibleName(self.tr("Kto zgłasza"))
        form.addRow(self.tr("&Kto zgłasza:"), self.form_reporter)
        self.form_motives = QListWidget(host)
        self.form_motives.setAccessibleName(self.tr("Motyw (zaznacz jeden lub więcej)"))
        for motive in self.procedure.motives:
            item = QListWidgetItem(self.procedure.motive_label(motive))
            item.setData(Qt.ItemDataRole.UserRole, motive)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.form_motives.addItem(item)
        self.form_motives.setMinimumHeight(self.form_motives.sizeHintForRow(0) * len(self.procedure.motives) + 6)
        form.addRow(self.tr("&Motyw:"), self.form_motives)
        self.form_description = QPlainTextEdit(host)
        self.form_description.setAccessibleName(self.tr("Opis zdarzenia"))
        self.form_description.setPlaceholderText(self.tr("Co się stało, gdzie, kiedy — bez imion i nazwisk uczniów."))
        self.form_description.setMaximumHeight(180)
        form.addRow(self.tr("&Opis:"), self.form_description)
        self.form_persons = QLineEdit(host)
        self.form_persons.setAccessibleName(self.tr("Osoby, których dotyczy (pseudonimy)"))
        self.form_persons.setPlaceholderText(self.tr("pseudonimy po przecinku, np. U-7K2M9QXA, Uczeń B"))
        form.addRow(self.tr("&Osoby (pseudonimy):"), self.form_persons)
        self.form_responsible = QComboBox(host)
        self.form_responsible.setEditable(True)
        self.form_responsible.setAccessibleName(self.tr("Osoba odpowiedzialna"))
        form.addRow(self.tr("Osoba &odpowiedzialna:"), self.form_responsible)
        row = QHBoxLayout()
        self.form_save = QPushButton(self.tr("&Zapisz zgłoszenie"), host)
        self.form_save.clicked.connect(self.add_report)
        cancel = QPushButton(self.tr("&Anuluj"), host)
        cancel.clicked.connect(lambda: self.detail_stack.setCurrentIndex(0))
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.form_save)
        form.addRow(row)
        return host

    # -- data -----------------------------------------------------------------------------------------------
    def _year_chosen(self) -> None:
        self.update_stats()
        if self.stack.currentWidget() is self.content:
            self.reload()

    def update_stats(self) -> None:
        db = self.ctx.db()
        years = incidents.school_years(db, self.rspo)
        school_year = get_school(db, self.rspo).school_year
        wanted = self.year_combo.currentData() or school_year
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in sorted(set(years) | {school_year}, reverse=True):
            self.year_combo.addItem(y, y)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(wanted)))
        self.year_combo.blockSignals(False)
        st = incidents.statistics(db, self.rspo, self.year_combo.currentData(), now=self._now())
        text = self.tr("Zgłoszenia: %1; zamknięte: %2; otwarte z zaległym krokiem: %3.") \
            .replace("%1", str(st.total)).replace("%2", str(st.closed)).replace("%3", str(st.open_overdue))
        motives = [f"{self.procedure.motive_label(m)}: {n}" for m, n in st.by_motive.items() if n]
        if motives:
            text += " " + self.tr("Motywy: %1.").replace("%1", "; ".join(motives))
        if st.median_days_to_close is not None:
            text += " " + self.tr("Czas do zamknięcia: mediana %1 dni, średnio %2 dni.") \
                .replace("%1", f"{st.median_days_to_close:g}").replace("%2", f"{st.mean_days_to_close:g}")
        self.stats_label.setText(text)
        self.stats = st

    def reload(self, select: int | None = None) -> None:
        session = self.session()
        if session is None:
            self.session_changed()
            return
        keep = select if select is not None else (self.current.number if self.current else None)
        found = self._call(incidents.list_incidents, self.ctx.db(), session, self.rspo,
                           self.year_combo.currentData(), now=self._now())
        if found is None:
            return
        self.found = found
        statuses = status_labels()
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(found))
        for r, f in enumerate(found):
            i, nxt = f.incident, f.incident.next_step
            cells = [str(f.number), _pl(i.reported_at), statuses.get(i.status, i.status),
                     str(len(f.overdue)) if f.overdue else "—", _due(nxt.due) if nxt else "—",
                     ", ".join(self.procedure.motive_label(m) for m in i.motives)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, f.number)
                if f.overdue:
                    item.setForeground(OVERDUE)
                if c == 4 and nxt is not None:
                    item.setToolTip(nxt.title)
                elif len(text) > 30:
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.current = None
        if keep is not None:
            for r, f in enumerate(found):
                if f.number == keep:
                    self.table.selectRow(r)
                    break
        if self.current is None:
            self._show_detail(None)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        number = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        info = self._call(incidents.get_incident, self.ctx.db(), self.session(), self.rspo, number, now=self._now())
        if info is not None:
            self.detail_stack.setCurrentIndex(0)
            self._show_detail(info)

    def _show_detail(self, info: incidents.IncidentInfo | None) -> None:
        self.current = info
        if info is None:
            self.detail_label.setText(self.tr("Wybierz zgłoszenie z listy.") if self.found else
                                      self.tr("Rejestr nie zawiera zgłoszeń z tego roku."))
            self.steps_table.setRowCount(0)
            for w in (self.step_done_button, self.step_undo_button, self.close_button):
                w.setEnabled(False)
            return
        i, p = info.incident, self.procedure
        statuses, reporters = status_labels(), reporter_labels()
        lines = [f"<b>{escape(self.tr('Zgłoszenie nr %1').replace('%1', str(info.number)))}</b> — "
                 f"{escape(_pl(i.reported_at))}, {escape(statuses.get(i.status, i.status))}",
                 f"{escape(self.tr('Kto zgłosił'))}: {escape(reporters.get(i.reporter_kind, i.reporter_kind))}; "
                 f"{escape(self.tr('motyw'))}: {escape(', '.join(p.motive_label(m) for m in i.motives))}",
                 f"{escape(self.tr('Osoby'))}: {escape(', '.join(i.persons) or '—')}; "
                 f"{escape(self.tr('odpowiada'))}: {escape(i.responsible)}",
                 escape(i.description).replace("\n", "<br>")]
        if i.closed_at:
            lines.append(f"<b>{escape(self.tr('Zamknięto'))} {escape(_pl(i.closed_at))}:</b> "
                         f"{escape(i.outcome).replace(chr(10), '<br>')}")
        self.detail_label.setText("<br>".join(lines))
        overdue = {s.id for s in info.overdue}
        self.steps_table.setRowCount(len(i.steps))
        for r, s in enumerate(i.steps):
            done = _pl(s.done_at) if s.done_at else (self.tr("ZALEGŁY") if s.id in overdue else "—")
            for c, text in enumerate((s.title, f"{_due(s.due)} ({s.deadline.label_pl()})", done, s.responsible)):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, s.id)
                    item.setToolTip(p.step(s.id).description if s.id in {x.id for x in p.steps} else s.title)
                if s.id in overdue:
                    item.setForeground(OVERDUE)
                elif s.done_at:
                    item.setForeground(DONE)
                self.steps_table.setItem(r, c, item)
        if i.steps:
            nxt = i.next_step
            self.steps_table.selectRow(i.steps.index(nxt) if nxt else 0)
        manage = incidents.may_manage(self.session()) and i.closed_at is None
        for w in (self.step_done_button, self.step_undo_button, self.close_button, self.outcome_edit,
                  self.step_responsible):
            w.setEnabled(manage)

    def selected_step(self) -> str | None:
        rows = self.steps_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.steps_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    # -- actions --------------------------------------------------------------------------------------------
    def show_new_form(self) -> None:
        self.form_date.setDateTime(_qdt(self._now()))
        self.form_reporter.setCurrentIndex(0)
        for r in range(self.form_motives.count()):
            self.form_motives.item(r).setCheckState(Qt.CheckState.Unchecked)
        self.form_description.clear()
        self.form_persons.clear()
        self.form_responsible.clear()
        self.form_responsible.addItems(incidents.responsible_candidates(self.ctx.db(), self.rspo))
        self.form_responsible.setCurrentIndex(-1)
        self.form_responsible.setEditText("")
        self.errors.hide()
        self.detail_stack.setCurrentIndex(1)
        self.form_date.setFocus()

    def checked_motives(self) -> tuple[str, ...]:
        return tuple(self.form_motives.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.form_motives.count())
                     if self.form_motives.item(r).checkState() == Qt.CheckState.Checked)

    def add_report(self) -> bool:
        persons = tuple(x.strip() for x in self.form_persons.text().split(",") if x.strip())
        data = incidents.IncidentInput(_py(self.form_date.dateTime()), self.form_reporter.currentData(),
                                       self.checked_motives(), self.form_description.toPlainText(), persons,
                                       self.form_responsible.currentText())
        info = self._call(incidents.add_incident, self.ctx.db(), self.session(), self.rspo, data, now=self._now())
        if info is None:
            return False
        self.errors.hide()
        self._say(self.tr("Zapisano zgłoszenie nr %1.").replace("%1", str(info.number)))
        self.detail_stack.setCurrentIndex(0)
        year_of = info.incident.school_year
        self.update_stats()
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year_of)))
        self.update_stats()
        self.reload(select=info.number)
        return True

    def update_step(self, done: bool) -> bool:
        step = self.selected_step()
        if self.current is None or step is None:
            return False
        responsible = self.step_responsible.text().strip() or None
        info = self._call(incidents.update_step, self.ctx.db(), self.session(), self.rspo, self.current.number, step,
                          done=done, responsible=responsible, now=self._now())
        if info is None:
            return False
        self.step_responsible.clear()
        self.errors.hide()
        self.update_stats()
        self.reload(select=info.number)
        return True

    def close_current(self) -> bool:
        if self.current is None:
            return False
        info = self._call(incidents.close_incident, self.ctx.db(), self.session(), self.rspo, self.current.number,
                          self.outcome_edit.toPlainText(), now=self._now(), lead=self.tr("Nie zamknięto — popraw:"))
        if info is None:
            return False
        self.outcome_edit.clear()
        self.errors.hide()
        self._say(self.tr("Zamknięto zgłoszenie nr %1.").replace("%1", str(info.number)))
        self.update_stats()
        self.reload(select=info.number)
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def focus_field(self, field: str) -> None:
        target = {"reported_at": self.form_date, "reporter_kind": self.form_reporter, "motives": self.form_motives,
                  "description": self.form_description, "persons": self.form_persons,
                  "responsible": self.form_responsible, "outcome": self.outcome_edit,
                  "closed_at": self.outcome_edit}.get(field)
        if target is not None:
            target.setFocus()
