"""Login, first start and lock screen.

- :class:`FirstStartDialog` creates the director's account and shows the recovery key **once**; the dialog
  cannot be finished until the person confirms (a checkbox) that the key is written down.
- :class:`LoginDialog` asks for a user name and password.
- :class:`LockDialog` unlocks a locked session with the same user's password (or logs out).
- :func:`ensure_session` picks the right one and fills :mod:`.session_holder`.

Key derivation is deliberately slow (a memory-hard KDF): the dialogs show a wait cursor meanwhile. Each
dialog's ``submit()`` does the work, so tests drive them without ``exec()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import UserError, ValidationFailed
from edulab_app.security import accounts
from edulab_app.security.session import Session
from edulab_app.services.context import AppContext
from edulab_app.ui.tracking import session_holder

ERROR_STYLE = "color: #b71c1c;"


class _Busy:
    def __enter__(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QApplication.restoreOverrideCursor()
        return False


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(QCoreApplication.translate("Tracking", "Komunikat o błędzie"))
    label.hide()
    return label


class LoginDialog(QDialog):
    """User name and password; on success ``self.session`` holds the new session."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, username: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.session: Session | None = None
        self.setWindowTitle(self.tr("EDUlab — logowanie"))
        self.setAccessibleName(self.tr("Logowanie"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Dane uczniów, asystentów i komitetu powitalnego są chronione. Zaloguj się swoim "
                               "kontem."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit(username, self)
        self.username.setAccessibleName(self.tr("Nazwa użytkownika"))
        self.password = _password_field(self, self.tr("Hasło"))
        form.addRow(self.tr("&Użytkownik:"), self.username)
        form.addRow(self.tr("&Hasło:"), self.password)
        layout.addLayout(form)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Anuluj"))
        self.ok_button = buttons.addButton(self.tr("&Zaloguj"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def submit(self) -> bool:
        try:
            with _Busy():
                self.session = accounts.login(self.ctx.db(), self.username.text(), self.password.text())
        except UserError as exc:
            self.password.clear()
            self.error.setText(str(exc))
            self.error.show()
            self.password.setFocus()
            return False
        self.password.clear()
        self.accept()
        return True


class LockDialog(QDialog):
    """The session is locked: the same user's password unlocks it; "Wyloguj" ends it."""

    def __init__(self, ctx: AppContext, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.logged_out = False
        self.setWindowTitle(self.tr("EDUlab — sesja zablokowana"))
        self.setAccessibleName(self.tr("Sesja zablokowana"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        info = QLabel(self.tr("Sesja użytkownika %1 została zablokowana po okresie bezczynności. Wpisz hasło, aby "
                              "kontynuować.").replace("%1", session.display_name or session.username), self)
        info.setWordWrap(True)
        layout.addWidget(info)
        form = QFormLayout()
        self.password = _password_field(self, self.tr("Hasło"))
        form.addRow(self.tr("&Hasło:"), self.password)
        layout.addLayout(form)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(self.tr("&Odblokuj"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setDefault(True)
        self.logout_button = buttons.addButton(self.tr("&Wyloguj"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.clicked.connect(self.submit)
        self.logout_button.clicked.connect(self.logout)
        layout.addWidget(buttons)
        self.password.setFocus()

    def submit(self) -> bool:
        try:
            with _Busy():
                accounts.unlock(self.ctx.db(), self.session, self.password.text())
        except UserError as exc:
            self.password.clear()
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.password.clear()
        self.accept()
        return True

    def logout(self) -> None:
        self.logged_out = True
        self.reject()


class FirstStartDialog(QDialog):
    """The first start: the director's account, then the recovery key shown once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session: Session | None = None
        self.recovery_key: str | None = None
        self.setWindowTitle(self.tr("EDUlab — pierwsze uruchomienie"))
        self.setAccessibleName(self.tr("Pierwsze uruchomienie"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages)

        account = QWidget(self)
        form_layout = QVBoxLayout(account)
        intro = QLabel(self.tr("Utwórz konto dyrektora szkoły. Dyrektor zakłada potem konta koordynatora, "
                               "nauczycieli i specjalistów poradni. Dane uczniów są szyfrowane kluczem, do "
                               "którego dostęp daje tylko hasło konta albo klucz odzyskiwania."), account)
        intro.setWordWrap(True)
        form_layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit(account)
        self.username.setPlaceholderText(self.tr("np. anna.nowak"))
        self.username.setAccessibleName(self.tr("Nazwa użytkownika"))
        self.display_name = QLineEdit(account)
        self.display_name.setAccessibleName(self.tr("Imię i nazwisko dyrektora"))
        self.password = _password_field(account, self.tr("Hasło"))
        self.repeat = _password_field(account, self.tr("Powtórz hasło"))
        form.addRow(self.tr("&Nazwa użytkownika:"), self.username)
        form.addRow(self.tr("&Imię i nazwisko:"), self.display_name)
        form.addRow(self.tr("&Hasło:"), self.password)
        form.addRow(self.tr("&Powtórz hasło:"), self.repeat)
        form_layout.addLayout(form)
        self.error = _error_label(account)
        form_layout.addWidget(self.error)
        self.create_button = QPushButton(self.tr("&Utwórz konto"), account)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        form_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(account)

        recovery = QWidget(self)
        rec_layout = QVBoxLayout(recovery)
        warning = QLabel(self.tr("<b>Klucz odzyskiwania</b> — zapisz go teraz na papierze i przechowuj w sejfie "
                                 "szkoły. Program pokazuje go tylko raz i nigdzie go nie zapisuje. Bez hasła "
                                 "dyrektora i bez tego klucza danych uczniów nie da się odczytać."), recovery)
        warning.setWordWrap(True)
        rec_layout.addWidget(warning)
        self.key_label = QLabel(recovery)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.key_label.setMargin(8)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 4)
        self.key_label.setFont(font)
        self.key_label.setAccessibleName(self.tr("Klucz odzyskiwania"))
        rec_layout.addWidget(self.key_label)
        self.copy_button = QPushButton(self.tr("&Kopiuj do schowka"), recovery)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.key_label.text()))
        rec_layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.confirm = QCheckBox(self.tr("&Zapisałem(-am) klucz odzyskiwania w bezpiecznym miejscu"), recovery)
        self.confirm.setAccessibleName(self.tr("Potwierdzenie zapisania klucza odzyskiwania"))
        rec_layout.addWidget(self.confirm)
        self.finish_button = QPushButton(self.tr("&Zakończ"), recovery)
        self.finish_button.setEnabled(False)
        self.confirm.toggled.connect(self.finish_button.setEnabled)
        self.finish_button.clicked.connect(self.finish)
        rec_layout.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignRight)
        rec_layout.addStretch(1)
        self.pages.addWidget(recovery)

    def submit(self) -> bool:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("Hasła się różnią."))
            self.error.show()
            return False
        try:
            with _Busy():
                db = self.ctx.db()
                self.recovery_key = accounts.create_first_director(db, self.username.text(),
                                                                   self.display_name.text(), self.password.text())
                self.session = accounts.login(db, self.username.text(), self.password.text())
        except ValidationFailed as exc:
            self.error.setText("\n".join(e.message for e in exc.errors))
            self.error.show()
            return False
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.password.clear()
        self.repeat.clear()
        self.key_label.setText(self.recovery_key)
        self.key_label.setMinimumWidth(self.key_label.sizeHint().width())  # never clipped
        self.layout().activate()
        self.resize(max(self.width(), self.minimumSizeHint().width()), self.height())
        self.pages.setCurrentIndex(1)
        self.confirm.setFocus()
        return True

    def finish(self) -> None:
        if not self.confirm.isChecked():
            return
        self.key_label.clear()
        self.recovery_key = None
        self.accept()

    def reject(self) -> None:
        if self.pages.currentIndex() == 1 and not self.confirm.isChecked():
            return  # the key must be confirmed before the dialog can close
        super().reject()


def ensure_session(ctx: AppContext, parent: QWidget | None = None) -> Session | None:
    """The usable session, asking for a login, the first start or an unlock as needed (None if cancelled)."""
    session = session_holder.usable()
    if session is not None:
        return session
    locked = session_holder.current()
    if locked is not None:
        dialog = LockDialog(ctx, locked, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            session_holder.set_session(locked)
            return locked
        if dialog.logged_out:
            session_holder.clear()
        else:
            return None
    if accounts.needs_first_start(ctx.db()):
        first = FirstStartDialog(ctx, parent)
        if first.exec() == QDialog.DialogCode.Accepted and first.session is not None:
            session_holder.set_session(first.session)
            return first.session
        return None
    login = LoginDialog(ctx, parent)
    if login.exec() == QDialog.DialogCode.Accepted and login.session is not None:
        session_holder.set_session(login.session)
        return login.session
    return None
