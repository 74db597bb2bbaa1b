"""Accounts in the window: the director manages user accounts and views the audit log."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import UserError
from edulab_app.security import accounts, audit
from edulab_app.security.roles import ROLE_LABELS, Role
from edulab_app.security.session import Session
from edulab_app.services.context import AppContext


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.setAccessibleName(name)
    return table


class UsersDialog(QDialog):
    """Accounts of this install: list, add (the data key is wrapped for the new person), deactivate."""

    def __init__(self, ctx: AppContext, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.setWindowTitle(self.tr("Konta użytkowników"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        self.table = _table(self, [self.tr("Użytkownik"), self.tr("Imię i nazwisko"), self.tr("Rola"),
                                   self.tr("Aktywne"), self.tr("Ostatnie logowanie")], self.tr("Lista kont"))
        layout.addWidget(self.table)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("Nazwa użytkownika nowego konta"))
        self.display_name = QLineEdit(self)
        self.display_name.setAccessibleName(self.tr("Imię i nazwisko"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Rola"))
        for role in Role:
            self.role.addItem(ROLE_LABELS[role], role.value)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Hasło początkowe"))
        form.addRow(self.tr("Nazwa użytkownika:"), self.username)
        form.addRow(self.tr("Imię i nazwisko:"), self.display_name)
        form.addRow(self.tr("Rola:"), self.role)
        form.addRow(self.tr("Hasło początkowe (min. 10 znaków):"), self.password)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        add = QPushButton(self.tr("&Dodaj konto"), self)
        add.clicked.connect(self.add)
        deactivate = QPushButton(self.tr("&Wyłącz zaznaczone konto"), self)
        deactivate.clicked.connect(self.deactivate)
        row.addWidget(add)
        row.addWidget(deactivate)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        users = accounts.list_users(self.ctx.db(), self.session)
        self.table.setRowCount(len(users))
        for r, u in enumerate(users):
            values = [u.username, u.display_name, u.role_label, self.tr("tak") if u.active else self.tr("nie"),
                      f"{u.last_login_at:%Y-%m-%d %H:%M}" if u.last_login_at else "—"]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        try:
            accounts.add_user(self.ctx.db(), self.session, self.username.text(), self.display_name.text(),
                              self.role.currentData(), self.password.text())
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Dodano konto %1. Przekaż hasło tej osobie osobiście.").replace(
            "%1", self.username.text()))
        for field in (self.username, self.display_name, self.password):
            field.clear()
        self.refresh()

    def deactivate(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        username = self.table.item(row, 0).text()
        if QMessageBox.question(self, self.tr("Wyłączyć konto?"),
                                self.tr("Konto %1 nie będzie mogło się logować, a jego klucz do danych zostanie "
                                        "usunięty. Kontynuować?").replace("%1", username)) != QMessageBox.StandardButton.Yes:
            return
        try:
            accounts.deactivate_user(self.ctx.db(), self.session, username)
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.refresh()


class AuditLogDialog(QDialog):
    """Who read or changed which sensitive record, when (newest first); the chain can be verified."""

    def __init__(self, ctx: AppContext, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.setWindowTitle(self.tr("Dziennik zdarzeń"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Każdy odczyt i każda zmiana danych chronionych (uczniowie, opinie i orzeczenia, "
                               "konta) zostawia tu ślad. Wpisów nie można zmienić ani usunąć."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        filters = QHBoxLayout()
        self.user_filter = QLineEdit(self)
        self.user_filter.setPlaceholderText(self.tr("użytkownik"))
        self.user_filter.setAccessibleName(self.tr("Filtr: użytkownik"))
        self.ref_filter = QLineEdit(self)
        self.ref_filter.setPlaceholderText(self.tr("rekord, np. U-7K2QF9A1"))
        self.ref_filter.setAccessibleName(self.tr("Filtr: rekord"))
        show = QPushButton(self.tr("&Pokaż"), self)
        show.clicked.connect(self.refresh)
        verify = QPushButton(self.tr("&Sprawdź spójność dziennika"), self)
        verify.clicked.connect(self.verify)
        for w in (self.user_filter, self.ref_filter, show, verify):
            filters.addWidget(w)
        layout.addLayout(filters)
        self.table = _table(self, [self.tr("Kiedy"), self.tr("Kto"), self.tr("Rola"), self.tr("Zdarzenie"),
                                   self.tr("Rodzaj rekordu"), self.tr("Rekord"), self.tr("Szczegóły")],
                            self.tr("Wpisy dziennika zdarzeń"))
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        flt = audit.AuditFilter(username=self.user_filter.text().strip() or None,
                                record_ref=self.ref_filter.text().strip() or None)
        entries = audit.list_entries(self.ctx.db(), self.session, flt)
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            details = json.dumps(e.details, ensure_ascii=False) if e.details else ""
            for c, value in enumerate([f"{e.at:%Y-%m-%d %H:%M:%S}", e.username, e.role, e.action_label,
                                       e.record_type, e.record_ref, details]):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("Wpisów: %1").replace("%1", str(len(entries))))

    def verify(self) -> None:
        problems = audit.verify_chain(self.ctx.db())
        if problems:
            QMessageBox.warning(self, self.tr("Dziennik naruszony"), "\n".join(problems[:10]))
        else:
            self.status.setText(self.tr("Dziennik jest spójny: żaden wpis nie został zmieniony ani usunięty."))
