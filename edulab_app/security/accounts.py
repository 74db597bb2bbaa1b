"""Accounts: first start, login with lockout, users managed by the director, passwords and the recovery key.

Expensive key derivations run before a database transaction opens, so transactions stay short. Every
outcome that matters is written to the audit log in the same transaction as the change; a failed login's
count and its audit entry are committed before the error is raised.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from edulab_app.errors import FieldError, ValidationFailed
from edulab_app.security import audit, keys, passwords
from edulab_app.security.errors import (
    AccountLocked,
    AuthenticationFailed,
    KeyringError,
    PermissionDenied,
    SecurityError,
)
from edulab_app.security.first_start import needs_first_start  # noqa: F401 - part of this API
from edulab_app.security.keys import UnwrapFailed
from edulab_app.security.roles import ROLE_LABELS, Permission, Role
from edulab_app.security.session import DEFAULT_IDLE_TIMEOUT_S, UNKNOWN, Actor, Session
from edulab_app.storage.base import utcnow
from edulab_app.storage.db import Database
from edulab_app.storage.models import Setting
from edulab_app.storage.security_models import Keyring, User

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)
IDLE_TIMEOUT_SETTING = "security.idle_timeout_minutes"
IDLE_TIMEOUT_RANGE = (1, 240)
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime
    last_login_at: datetime | None
    locked_until: datetime | None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


def _info(user: User) -> UserInfo:
    return UserInfo(user.username, user.display_name, Role(user.role), user.active, user.created_at,
                    user.last_login_at, user.locked_until)


# --- validation --------------------------------------------------------------------------------------------


def clean_username(username: str) -> str:
    return unicodedata.normalize("NFC", username or "").strip().lower()


def _valid_username(username: str) -> str:
    name = clean_username(username)
    if not _USERNAME.match(name):
        raise ValidationFailed([FieldError(
            "username", "„Nazwa użytkownika”: 3–32 znaki — małe litery bez polskich znaków, cyfry, kropka, "
                        "myślnik lub podkreślenie, na początku litera lub cyfra (np. anna.nowak).")])
    return name


def _valid_display_name(display_name: str) -> str:
    name = " ".join((display_name or "").split())
    if not name or len(name) > 200 or any(unicodedata.category(c) == "Cc" for c in name):
        raise ValidationFailed([FieldError("display_name", "„Imię i nazwisko”: podaj od 1 do 200 znaków.")])
    return name


def _valid_role(role: str | Role) -> Role:
    try:
        return Role(role)
    except ValueError:
        known = ", ".join(f"{r.value} ({r.label})" for r in Role)
        raise ValidationFailed([FieldError("role", f"„Rola”: nieznana rola {str(role)[:40]!r}; dostępne: {known}.")]) \
            from None


# --- keys of one account -----------------------------------------------------------------------------------


def _set_password(user: User, password: str, data_key: bytes, key_version: int, now: datetime) -> None:
    """Hash ``password`` and wrap ``data_key`` for ``user`` with the current parameters (slow: two KDFs)."""
    params = passwords.CURRENT_PARAMS
    salt = keys.new_salt()
    user.password_hash = passwords.hash_password(password, params)
    user.key_salt = salt
    user.kdf_params = params.to_dict()
    user.key_version = key_version
    user.wrapped_data_key = keys.wrap_key(keys.password_wrapping_key(password, salt, params), data_key,
                                          keys.user_aad(user.username, key_version))
    user.password_changed_at = now
    user.failed_attempts = 0
    user.locked_until = None


def _unwrap_for(user: User, password: str, keyring: Keyring) -> bytes:
    if user.key_version != keyring.data_key_version:
        raise KeyringError(f"Klucz konta {user.username} ma wersję {user.key_version}, a instalacja "
                           f"{keyring.data_key_version}. Dyrektor może nadać temu kontu nowe hasło.")
    params = passwords.KdfParams.from_dict(user.kdf_params)
    wrapping = keys.password_wrapping_key(password, user.key_salt, params)
    try:
        data_key = keys.unwrap_key(wrapping, user.wrapped_data_key, keys.user_aad(user.username, user.key_version))
    except UnwrapFailed as exc:
        raise KeyringError(f"Hasło konta {user.username} jest poprawne, ale zapis jego klucza danych jest "
                           "uszkodzony. Dyrektor może nadać nowe hasło albo użyć klucza odzyskiwania.") from exc
    if not keys.key_matches(data_key, keyring.key_check):
        raise KeyringError("Klucz danych konta nie pasuje do klucza tej instalacji (baza danych z innej "
                           "instalacji?). Użyj klucza odzyskiwania tej instalacji.")
    return data_key


def _keyring(s) -> Keyring:
    keyring = s.get(Keyring, 1)
    if keyring is None:
        raise KeyringError("W bazie danych nie ma klucza danych (pierwsze uruchomienie nie zostało "
                           "dokończone albo baza jest uszkodzona). Przywróć kopię zapasową.")
    return keyring


def _user(s, username: str) -> User:
    user = s.scalar(select(User).where(User.username == clean_username(username)))
    if user is None:
        raise ValidationFailed([FieldError("username", f"Nie ma konta {clean_username(username)[:40]!r}.")])
    return user


# --- first start -------------------------------------------------------------------------------------------


def create_first_director(db: Database, username: str, display_name: str, password: str) -> str:
    """Create the data key, the keyring and the director's account; return the recovery key (show it once).

    The recovery key is not stored anywhere; only the data key wrapped by it is.
    """
    username = _valid_username(username)
    display_name = _valid_display_name(display_name)
    passwords.check_password(password, username, display_name)
    if not needs_first_start(db):
        raise SecurityError("Program ma już konto dyrektora. Zaloguj się albo użyj klucza odzyskiwania.")
    now = utcnow()
    data_key = keys.new_data_key()
    recovery_key = keys.new_recovery_key()
    params = passwords.CURRENT_PARAMS
    recovery_salt = keys.new_salt()
    recovery_wrapped = keys.wrap_key(
        keys.derive_wrapping_key(keys.recovery_secret(recovery_key), recovery_salt, params), data_key,
        keys.recovery_aad(1))
    user = User(username=username, display_name=display_name, role=Role.DIRECTOR.value, active=True,
                created_at=now)
    _set_password(user, password, data_key, 1, now)
    actor = Actor(username, Role.DIRECTOR.value)
    try:
        with db.session() as s:
            if s.get(Keyring, 1) is not None or s.scalar(select(func.count()).select_from(User)):
                raise SecurityError("Program ma już konto dyrektora. Zaloguj się albo użyj klucza odzyskiwania.")
            s.add(Keyring(id=1, data_key_version=1, recovery_wrapped_key=recovery_wrapped,
                          recovery_salt=recovery_salt, recovery_kdf_params=params.to_dict(),
                          key_check=keys.key_check_value(data_key), created_at=now, recovery_created_at=now))
            s.add(user)
            s.flush()
            audit.record(s, actor, "keyring_create", "keyring", "1", {"key_version": 1})
            audit.record(s, actor, "account_create", "user", username, {"role": Role.DIRECTOR.value})
    except IntegrityError as exc:
        raise SecurityError("Konto dyrektora zostało właśnie utworzone w innym oknie programu. Zaloguj się.") \
            from exc
    return recovery_key


# --- login, unlock, logout ---------------------------------------------------------------------------------


def _authenticate(db: Database, username: str, password: str, now: datetime | None, action: str) -> Session:
    now = now or utcnow()
    name = clean_username(username)
    failure: Exception | None = None
    session: Session | None = None
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == name)) if _USERNAME.match(name) else None
        if user is None or not user.active:
            passwords.burn_verify(password)
            who = UNKNOWN if user is None else Actor(user.username, user.role)
            audit.record(s, who, "login_failed", "user", "" if user is None else user.username,
                         {"reason": "unknown_user" if user is None else "inactive"})
            failure = AuthenticationFailed()
        elif user.locked_until is not None and user.locked_until > now:
            passwords.burn_verify(password)
            audit.record(s, Actor(user.username, user.role), "login_failed", "user", user.username,
                         {"reason": "locked"})
            failure = _locked_error(user.locked_until - now)
        elif not passwords.verify_password(user.password_hash, password):
            user.failed_attempts += 1
            who = Actor(user.username, user.role)
            if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                user.failed_attempts = 0
                user.locked_until = now + LOCKOUT
                audit.record(s, who, "lockout", "user", user.username,
                             {"attempts": MAX_FAILED_ATTEMPTS, "minutes": int(LOCKOUT.total_seconds() // 60)})
                failure = _locked_error(LOCKOUT)
            else:
                audit.record(s, who, "login_failed", "user", user.username,
                             {"reason": "wrong_password", "attempt": user.failed_attempts})
                failure = AuthenticationFailed()
        else:
            keyring = _keyring(s)
            data_key = _unwrap_for(user, password, keyring)
            if passwords.needs_rehash(user.password_hash) or user.kdf_params != passwords.CURRENT_PARAMS.to_dict():
                _set_password(user, password, data_key, keyring.data_key_version, user.password_changed_at)
            user.failed_attempts = 0
            user.locked_until = None
            user.last_login_at = now
            session = Session(user.id, user.username, user.display_name, user.role, data_key,
                              keyring.data_key_version, idle_timeout=_idle_timeout(s))
            audit.record(s, session, action, "user", user.username)
    if failure is not None:
        raise failure
    assert session is not None
    return session


def _locked_error(remaining: timedelta) -> AccountLocked:
    minutes = max(1, int((remaining.total_seconds() + 59) // 60))
    return AccountLocked(f"Konto jest tymczasowo zablokowane po {MAX_FAILED_ATTEMPTS} nieudanych próbach "
                         f"logowania. Spróbuj ponownie za {minutes} min albo poproś dyrektora o nadanie nowego "
                         "hasła.")


def login(db: Database, username: str, password: str, now: datetime | None = None) -> Session:
    """A session with the unlocked data key; :class:`AuthenticationFailed` / :class:`AccountLocked` otherwise."""
    return _authenticate(db, username, password, now, "login")


def unlock(db: Database, session: Session, password: str, now: datetime | None = None) -> None:
    """Unlock a locked session with the same user's password (the same lockout rules apply)."""
    fresh = _authenticate(db, session.username, password, now, "unlock")
    try:
        session.unlock_with(fresh.data_key)
        session.idle_timeout = fresh.idle_timeout
    finally:
        fresh.lock()


def logout(db: Database, session: Session) -> None:
    if not session.is_locked:
        audit.record_now(db, session, "logout", "user", session.username)
    session.lock()


# --- accounts managed by the director ----------------------------------------------------------------------


def add_user(db: Database, session: Session, username: str, display_name: str, role: str | Role,
             password: str) -> UserInfo:
    """A new account (director only); the data key is wrapped for it with its password."""
    audit.require(session, Permission.MANAGE_ACCOUNTS, db, "user")
    username = _valid_username(username)
    display_name = _valid_display_name(display_name)
    role = _valid_role(role)
    passwords.check_password(password, username, display_name)
    with db.session() as s:
        if s.scalar(select(User.id).where(User.username == username)) is not None:
            raise ValidationFailed([FieldError("username", f"Konto {username!r} już istnieje.")])
        key_version = _keyring(s).data_key_version
    now = utcnow()
    user = User(username=username, display_name=display_name, role=role.value, active=True, created_at=now)
    _set_password(user, password, session.data_key, key_version, now)
    try:
        with db.session() as s:
            s.add(user)
            s.flush()
            audit.record(s, session, "account_create", "user", username, {"role": role.value})
            return _info(user)
    except IntegrityError as exc:
        raise ValidationFailed([FieldError("username", f"Konto {username!r} już istnieje.")]) from exc


def list_users(db: Database, session: Session) -> list[UserInfo]:
    audit.require(session, Permission.MANAGE_ACCOUNTS, db, "user")
    with db.session() as s:
        return [_info(u) for u in s.scalars(select(User).order_by(User.username))]


def change_password(db: Database, session: Session, old_password: str, new_password: str) -> None:
    """The logged-in user changes their own password (the old one is checked again)."""
    session.ensure_unlocked()
    with db.session() as s:
        user = s.get(User, session.user_id)
        phc = user.password_hash if user is not None and user.active else ""
    if not phc or not passwords.verify_password(phc, old_password):
        audit.record_now(db, session, "login_failed", "user", session.username, {"reason": "password_change"})
        raise AuthenticationFailed("Obecne hasło jest nieprawidłowe. Hasła nie zmieniono.")
    passwords.check_password(new_password, session.username, session.display_name, field="new_password")
    if old_password == new_password:
        raise ValidationFailed([FieldError("new_password", "Nowe hasło musi różnić się od obecnego.")])
    with db.session() as s:
        user = s.get(User, session.user_id)
        _set_password(user, new_password, session.data_key, _keyring(s).data_key_version, utcnow())
        audit.record(s, session, "password_change", "user", session.username)


def reset_password(db: Database, session: Session, username: str, new_password: str) -> None:
    """The director gives another account a new password (and lifts a lockout)."""
    audit.require(session, Permission.MANAGE_ACCOUNTS, db, "user")
    with db.session() as s:
        user = _user(s, username)
        if not user.active:
            raise SecurityError(f"Konto {user.username} jest wyłączone; przywróć je z nowym hasłem.")
        passwords.check_password(new_password, user.username, user.display_name, field="new_password")
        _set_password(user, new_password, session.data_key, _keyring(s).data_key_version, utcnow())
        audit.record(s, session, "password_reset", "user", user.username)


def deactivate_user(db: Database, session: Session, username: str) -> None:
    """Switch an account off: it cannot log in and its wrapped data key is destroyed."""
    audit.require(session, Permission.MANAGE_ACCOUNTS, db, "user")
    with db.session() as s:
        user = _user(s, username)
        if user.id == session.user_id:
            raise PermissionDenied("Nie można wyłączyć własnego konta. Poproś o to innego dyrektora.")
        if user.role == Role.DIRECTOR.value:
            directors = s.scalar(select(func.count()).select_from(User).where(
                User.role == Role.DIRECTOR.value, User.active.is_(True)))
            if directors <= 1:
                raise PermissionDenied("Nie można wyłączyć ostatniego aktywnego konta dyrektora.")
        if not user.active:
            return
        user.active = False
        user.wrapped_data_key = b""
        audit.record(s, session, "account_deactivate", "user", user.username)


def reactivate_user(db: Database, session: Session, username: str, new_password: str) -> None:
    """Switch an account on again with a new password (its key wrapping was destroyed on deactivation)."""
    audit.require(session, Permission.MANAGE_ACCOUNTS, db, "user")
    with db.session() as s:
        user = _user(s, username)
        passwords.check_password(new_password, user.username, user.display_name, field="new_password")
        _set_password(user, new_password, session.data_key, _keyring(s).data_key_version, utcnow())
        user.active = True
        audit.record(s, session, "account_reactivate", "user", user.username)


# --- the recovery key --------------------------------------------------------------------------------------


def reset_with_recovery_key(db: Database, recovery_key: str, username: str, new_password: str) -> None:
    """Set a new password for ``username`` using the recovery key; all data stays readable.

    The recovery key is checked before anything about the account is revealed.
    """
    secret = keys.recovery_secret(recovery_key)
    with db.session() as s:
        keyring = _keyring(s)
        params = passwords.KdfParams.from_dict(keyring.recovery_kdf_params)
        salt, wrapped, version = keyring.recovery_salt, keyring.recovery_wrapped_key, keyring.data_key_version
        check = keyring.key_check
    try:
        data_key = keys.unwrap_key(keys.derive_wrapping_key(secret, salt, params), wrapped,
                                   keys.recovery_aad(version))
    except UnwrapFailed:
        audit.record_now(db, UNKNOWN, "login_failed", "keyring", "1", {"reason": "wrong_recovery_key"})
        raise SecurityError("Klucz odzyskiwania nie pasuje do tej instalacji. Sprawdź, czy przepisano go "
                            "bezbłędnie (wielkość liter i myślniki nie mają znaczenia).") from None
    if not keys.key_matches(data_key, check):
        raise KeyringError("Klucz odzyskiwania otwiera klucz, który nie pasuje do tej instalacji.")
    with db.session() as s:
        user = _user(s, username)
        if not user.active:
            raise SecurityError(f"Konto {user.username} jest wyłączone. Nadaj nowe hasło kontu dyrektora, "
                                "zaloguj się i przywróć to konto.")
        passwords.check_password(new_password, user.username, user.display_name, field="new_password")
        _set_password(user, new_password, data_key, version, utcnow())
        audit.record(s, Actor(user.username, user.role), "recovery_used", "user", user.username)


def renew_recovery_key(db: Database, session: Session, password: str) -> str:
    """A new recovery key (director, password checked again); the old one stops working. Show it once."""
    audit.require(session, Permission.MANAGE_ACCOUNTS, db, "keyring")
    with db.session() as s:
        user = s.get(User, session.user_id)
        phc = user.password_hash if user is not None and user.active else ""
    if not phc or not passwords.verify_password(phc, password):
        audit.record_now(db, session, "login_failed", "user", session.username, {"reason": "recovery_renewal"})
        raise AuthenticationFailed("Hasło jest nieprawidłowe. Klucza odzyskiwania nie zmieniono.")
    recovery_key = keys.new_recovery_key()
    params = passwords.CURRENT_PARAMS
    salt = keys.new_salt()
    wrapping = keys.derive_wrapping_key(keys.recovery_secret(recovery_key), salt, params)
    with db.session() as s:
        keyring = _keyring(s)
        keyring.recovery_wrapped_key = keys.wrap_key(wrapping, session.data_key,
                                                     keys.recovery_aad(keyring.data_key_version))
        keyring.recovery_salt = salt
        keyring.recovery_kdf_params = params.to_dict()
        keyring.recovery_created_at = utcnow()
        audit.record(s, session, "recovery_key_renewed", "keyring", "1")
    return recovery_key


# --- the inactivity timeout --------------------------------------------------------------------------------


def _idle_timeout(s) -> float:
    row = s.get(Setting, IDLE_TIMEOUT_SETTING)
    try:
        minutes = int(row.value) if row is not None else DEFAULT_IDLE_TIMEOUT_S // 60
    except (TypeError, ValueError):
        minutes = DEFAULT_IDLE_TIMEOUT_S // 60
    low, high = IDLE_TIMEOUT_RANGE
    return float(min(max(minutes, low), high) * 60)


def idle_timeout_seconds(db: Database) -> float:
    """Inactivity before the session locks (setting ``security.idle_timeout_minutes``, default 10)."""
    with db.session() as s:
        return _idle_timeout(s)


def set_idle_timeout(db: Database, session: Session, minutes: int) -> None:
    audit.require(session, Permission.MANAGE_ACCOUNTS, db, "setting")
    low, high = IDLE_TIMEOUT_RANGE
    if not isinstance(minutes, int) or not low <= minutes <= high:
        raise ValidationFailed([FieldError("idle_timeout", f"Czas blokady: od {low} do {high} minut.")])
    with db.session() as s:
        row = s.get(Setting, IDLE_TIMEOUT_SETTING)
        if row is None:
            s.add(Setting(key=IDLE_TIMEOUT_SETTING, value=minutes, note="blokada sesji po bezczynności (min)"))
        else:
            row.value = minutes
        audit.record(s, session, "settings_change", "setting", IDLE_TIMEOUT_SETTING, {"minutes": minutes})
    session.idle_timeout = minutes * 60.0
