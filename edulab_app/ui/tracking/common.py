"""Shared pieces of the tracking pages: the page frame that asks for a login, an optional date field,
tables, combo boxes of labels, button rows, the findings list and translated labels of the domain's
vocabularies. The incidents page (edulab_app.ui.documents) uses the tables too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import UserError, ValidationFailed
from edulab_app.security.errors import SessionLocked
from edulab_app.security.roles import Permission
from edulab_app.security.session import Session
from edulab_app.services.context import AppContext
from edulab_app.ui.page_header import page_header
from edulab_app.ui.tracking import session_holder

CTX = "Tracking"
ERROR_STYLE = "color: #b71c1c;"
OK_STYLE = "color: #1b5e20;"
SEVERITY_COLORS = {"error": QColor("#c62828"), "warning": QColor("#ef6c00"), "info": QColor("#1565c0")}
OVERDUE_COLOR = QColor("#c62828")



def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def pl_date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


def severity_labels() -> dict[str, str]:
    return {"error": QCoreApplication.translate("Tracking", "Błąd"), "warning": QCoreApplication.translate("Tracking", "Uwaga"), "info": QCoreApplication.translate("Tracking", "Informacja")}


def support_kind_labels() -> dict[str, str]:
    return {"additional_polish": QCoreApplication.translate("Tracking", "dodatkowe zajęcia z języka polskiego"),
            "compensatory": QCoreApplication.translate("Tracking", "zajęcia wyrównawcze"), "preparatory_class": QCoreApplication.translate("Tracking", "oddział przygotowawczy"),
            "assistant": QCoreApplication.translate("Tracking", "pomoc asystenta"), "ppp_help": QCoreApplication.translate("Tracking", "pomoc psychologiczno-pedagogiczna")}


def ppp_kind_labels() -> dict[str, str]:
    return {"corrective": QCoreApplication.translate("Tracking", "zajęcia korekcyjno-kompensacyjne"), "speech": QCoreApplication.translate("Tracking", "zajęcia logopedyczne"),
            "emotional": QCoreApplication.translate("Tracking", "zajęcia rozwijające kompetencje emocjonalno-społeczne"),
            "consultation": QCoreApplication.translate("Tracking", "porady i konsultacje"), "other": QCoreApplication.translate("Tracking", "inna forma")}


def regime_labels() -> dict[str, str]:
    return {"general": QCoreApplication.translate("Tracking", "zasady ogólne (cudzoziemcy)"),
            "ukrainian_special": QCoreApplication.translate("Tracking", "szczególne zasady dla obywateli Ukrainy"),
            "returning_citizens": QCoreApplication.translate("Tracking", "obywatel polski powracający z zagranicy")}


def regime_short_labels() -> dict[str, str]:
    return {"general": QCoreApplication.translate("Tracking", "ogólne"), "ukrainian_special": QCoreApplication.translate("Tracking", "specustawa UA"),
            "returning_citizens": QCoreApplication.translate("Tracking", "powracający")}


def legal_basis_labels() -> dict[str, str]:
    return {"helper_art165_8": QCoreApplication.translate("Tracking", "pomoc nauczyciela władająca językiem ucznia (art. 165 ust. 8)"),
            "intercultural_art165_8a": QCoreApplication.translate("Tracking", "asystent międzykulturowy (art. 165 ust. 8a)")}


def funding_labels() -> dict[str, str]:
    return {"school_budget": QCoreApplication.translate("Tracking", "budżet szkoły"), "governing_body": QCoreApplication.translate("Tracking", "organ prowadzący"),
            "friendly_school": QCoreApplication.translate("Tracking", "program „Przyjazna szkoła”"), "grant": QCoreApplication.translate("Tracking", "grant"), "other": QCoreApplication.translate("Tracking", "inne")}


def committee_role_labels() -> dict[str, str]:
    return {"teacher": QCoreApplication.translate("Tracking", "nauczyciel"), "polish_parent": QCoreApplication.translate("Tracking", "rodzic (polska rodzina)"),
            "migrant_parent": QCoreApplication.translate("Tracking", "rodzic z doświadczeniem migracji"), "pupil_ambassador": QCoreApplication.translate("Tracking", "uczeń-ambasador"),
            "assistant": QCoreApplication.translate("Tracking", "asystent"), "other": QCoreApplication.translate("Tracking", "inna osoba")}


def welcome_step_labels() -> dict[str, str]:
    return {"first_meeting": QCoreApplication.translate("Tracking", "pierwsze spotkanie z rodziną"), "school_tour": QCoreApplication.translate("Tracking", "oprowadzenie po szkole"),
            "buddy": QCoreApplication.translate("Tracking", "uczeń-opiekun (buddy)"), "info_pack": QCoreApplication.translate("Tracking", "pakiet informacyjny w języku rodziny"),
            "follow_up": QCoreApplication.translate("Tracking", "spotkanie kontrolne po miesiącu")}


def assessment_kind_labels() -> dict[str, str]:
    return {"opinia": QCoreApplication.translate("Tracking", "opinia"), "orzeczenie": QCoreApplication.translate("Tracking", "orzeczenie")}


class OptionalDateEdit(QDateEdit):
    """A date field that may be empty: its minimum date stands for "none" and shows "—"."""

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None, optional: bool = True):
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        if optional:
            self.setMinimumDate(self.EMPTY)
            self.setSpecialValueText("—")
        self.set_value(None if optional else dt.date.today())

    def value(self) -> dt.date | None:
        date = self.date()
        if self.optional and date == self.EMPTY:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, day: dt.date | None) -> None:
        if day is None:
            self.setDate(self.EMPTY if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(day.year, day.month, day.day))


def row_table(headers: list[str], name: str, parent: QWidget) -> QTableWidget:
    """A read-only table chosen from by rows (one at a time), columns fitted to their contents."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    return table


def make_table(headers: list[str], name: str, parent: QWidget) -> QTableWidget:
    """A :func:`row_table` with alternating row colours and one line per row (the tracking pages' lists)."""
    table = row_table(headers, name, parent)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def labelled_combo(parent: QWidget, items: dict[str, str], name: str) -> QComboBox:
    """A combo box of ``items`` (key -> label; the key is each item's data) with an accessible name."""
    combo = QComboBox(parent)
    for key, label in items.items():
        combo.addItem(label, key)
    combo.setAccessibleName(name)
    return combo


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """The buttons at the right end of a row (a form's closing row)."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def fill_table(table: QTableWidget, rows: list[list[Any]], keys: list[Any] | None = None,
               colors: list[QColor | None] | None = None) -> None:
    """Rows of texts; ``keys`` go to the first cell's UserRole, ``colors`` colour a whole row's text."""
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if len(item.text()) > 30:
                item.setToolTip(item.text())
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            if colors is not None and colors[r] is not None:
                item.setForeground(colors[r])
            table.setItem(r, c, item)


def selected_key(table: QTableWidget) -> Any:
    """The key of the selected row (None when nothing is selected, whatever the current cell)."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() is not None else []
    if not rows or table.item(rows[0].row(), 0) is None:
        return None
    return table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)


def select_key(table: QTableWidget, key: Any) -> None:
    for row in range(table.rowCount()):
        if table.item(row, 0) is not None and table.item(row, 0).data(Qt.ItemDataRole.UserRole) == key:
            table.selectRow(row)
            return


class FindingsList(QListWidget):
    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(name)
        self.setAlternatingRowColors(True)

    def show_findings(self, findings, empty_text: str) -> None:
        self.clear()
        labels = severity_labels()
        for f in findings:
            item = QListWidgetItem(f"{labels.get(f.severity, f.severity)}: {f.message}")
            item.setForeground(SEVERITY_COLORS.get(f.severity, QColor("black")))
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            self.addItem(item)
        if not findings:
            item = QListWidgetItem(empty_text)
            item.setForeground(QColor("#1b5e20"))
            self.addItem(item)


class TrackingPage(QWidget):
    """A page with sensitive data: a login panel until there is a session, then the content.

    Subclasses implement :meth:`build` (widgets, once) and :meth:`reload` (data, with a usable session) and
    call services through :meth:`call`, which turns a locked session into the lock dialog and user errors into
    the message line.
    """

    PERMISSION: Permission = Permission.READ_PUPILS

    @staticmethod
    def title() -> str:  # pragma: no cover - overridden
        return ""

    def intro(self) -> str:
        return ""

    def __init__(self, ctx: AppContext, rspo: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.rspo = ctx, rspo
        self._asked = False
        outer = QVBoxLayout(self)
        page_header(self, outer, self.title(), self.intro())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Komunikat"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        outer.addWidget(self.message)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)

        self.locked_panel = QWidget(self)
        locked = QVBoxLayout(self.locked_panel)
        self.locked_label = QLabel(self.locked_panel)
        self.locked_label.setWordWrap(True)
        locked.addWidget(self.locked_label)
        row = QHBoxLayout()
        self.login_button = QPushButton(self.tr("&Zaloguj się…"), self.locked_panel)
        self.login_button.setAccessibleName(self.tr("Zaloguj się, aby zobaczyć dane chronione"))
        self.login_button.clicked.connect(self.request_login)
        row.addWidget(self.login_button)
        row.addStretch(1)
        locked.addLayout(row)
        locked.addStretch(1)
        self.stack.addWidget(self.locked_panel)

        self.content = QWidget(self)
        self.build(self.content)
        self.stack.addWidget(self.content)
        session_holder.notifier().changed.connect(self._session_changed)
        self._session_changed()

    # -- to implement -------------------------------------------------------------------------------------
    def build(self, content: QWidget) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    # -- session ----------------------------------------------------------------------------------------------
    def session(self) -> Session | None:
        return session_holder.usable()

    def _session_changed(self) -> None:
        session = self.session()
        if session is None:
            self.locked_label.setText(self.tr("Te dane są chronione. Zaloguj się, aby je zobaczyć.")
                                      if session_holder.current() is None else
                                      self.tr("Sesja jest zablokowana. Zaloguj się ponownie swoim hasłem."))
            self.stack.setCurrentWidget(self.locked_panel)
            return
        if not session.can(self.PERMISSION):
            self.locked_label.setText(self.denied_text())
            self.login_button.setText(self.tr("Zaloguj się &jako inny użytkownik…"))
            self.stack.setCurrentWidget(self.locked_panel)
            return
        self.stack.setCurrentWidget(self.content)
        self.call(self.reload)

    def session_or_login(self) -> Session | None:
        """The usable session; without one, the login is asked for and None returned (the action stops)."""
        session = self.session()
        if session is None:
            self.request_login()
        return session

    def denied_text(self) -> str:
        return self.tr("Twoja rola nie pozwala oglądać tych danych.")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.session() is None and not self._asked:
            self._asked = True
            QTimer.singleShot(0, self.request_login)

    def request_login(self) -> None:
        from edulab_app.ui.tracking.login import ensure_session

        current = session_holder.usable()
        if current is not None and not current.can(self.PERMISSION):
            session_holder.clear()
        ensure_session(self.ctx, self)

    # -- calling services ---------------------------------------------------------------------------------
    def call(self, fn: Callable, *args, **kwargs):
        """Run a service call; a locked session asks for the password and retries once; errors are shown."""
        for attempt in (1, 2):
            try:
                result = fn(*args, **kwargs)
            except SessionLocked:
                if attempt == 2:
                    return None
                from edulab_app.ui.tracking.login import ensure_session

                if ensure_session(self.ctx, self) is None:
                    self.show_message(self.tr("Sesja jest zablokowana — zaloguj się, aby kontynuować."), error=True)
                    return None
                continue
            except ValidationFailed as exc:
                self.show_message(self.tr("Nie zapisano — popraw:") + "\n" + "\n".join(e.message for e in exc.errors),
                                  error=True)
                return None
            except UserError as exc:
                self.show_message(str(exc), error=True)
                return None
            return result
        return None

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)
        self.message.show()

    def clear_message(self) -> None:
        self.message.hide()
        self.message.clear()
