"""Accounts: first start and the recovery key, login and lockout, users added by the director, passwords."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from edulab_app.errors import UserError, ValidationFailed
from edulab_app.security import accounts, audit, crypto, keys, passwords
from edulab_app.security.errors import (
    AccountLocked,
    AuthenticationFailed,
    KeyringError,
    PermissionDenied,
    SecurityError,
    SessionLocked,
)
from edulab_app.security.roles import Role
from edulab_app.storage.base import utcnow
from edulab_app.storage.security_models import AuditEntry, Keyring, User

from .conftest import DIRECTOR_PASSWORD, TEACHER_PASSWORD

MARKER = "Zażółć Jaźń Testowa"


def _actions(db) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_first_start_creates_the_director_and_a_recovery_key_shown_once(secdb):
    assert accounts.needs_first_start(secdb)
    recovery = accounts.create_first_director(secdb, " Dyrektor ", "Anna  Dyrektorska", DIRECTOR_PASSWORD)
    groups = recovery.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    assert set("".join(groups)) <= set(keys.ALPHABET)
    assert not accounts.needs_first_start(secdb)
    with pytest.raises(SecurityError, match="już konto dyrektora"):
        accounts.create_first_director(secdb, "drugi", "Drugi Dyrektor", DIRECTOR_PASSWORD)
    with secdb.session() as s:
        user = s.scalar(select(User))
        keyring = s.get(Keyring, 1)
        assert (user.username, user.display_name, user.role) == ("dyrektor", "Anna Dyrektorska", "director")
        assert user.password_hash.startswith("$argon2id$v=19$")
        assert user.kdf_params["alg"] == "argon2id"
        assert len(user.wrapped_data_key) == 1 + 12 + 32 + 16
        assert len(keyring.recovery_wrapped_key) == 1 + 12 + 32 + 16
    assert _actions(secdb) == ["keyring_create", "account_create"]
    assert audit.verify_chain(secdb) == []


def test_first_start_validates_its_input(secdb):
    with pytest.raises(ValidationFailed) as err:
        accounts.create_first_director(secdb, "dyrektor", "Anna", "krótkie")
    assert err.value.errors[0].field == "password" and "co najmniej 10 znaków" in str(err.value)
    with pytest.raises(ValidationFailed, match="Nazwa użytkownika"):
        accounts.create_first_director(secdb, "Żaneta Ż", "Anna", DIRECTOR_PASSWORD)
    assert accounts.needs_first_start(secdb)


def test_the_recovery_key_and_passwords_are_not_stored_in_plaintext(director_setup, tmp_path):
    db, recovery, session = director_setup
    db.dispose()
    raw = b"".join(p.read_bytes() for p in (tmp_path / "data").iterdir() if p.is_file())
    normalized = keys.normalize_recovery_key(recovery)
    for secret in (recovery, normalized, recovery.lower(), DIRECTOR_PASSWORD):
        assert secret.encode() not in raw
    assert keys.recovery_secret(recovery) not in raw
    assert session.data_key not in raw


def test_login_right_and_wrong(director_setup):
    db, _, session = director_setup
    assert session.username == "dyrektor" and session.role is Role.DIRECTOR and len(session.data_key) == 32
    again = accounts.login(db, "DYREKTOR ", DIRECTOR_PASSWORD)
    assert again.data_key == session.data_key
    with pytest.raises(AuthenticationFailed, match="Nieprawidłowa nazwa użytkownika lub hasło"):
        accounts.login(db, "dyrektor", "Zle-haslo-123")
    with pytest.raises(AuthenticationFailed, match="Nieprawidłowa nazwa użytkownika lub hasło"):
        accounts.login(db, "nikt", DIRECTOR_PASSWORD)
    with pytest.raises(AuthenticationFailed):
        accounts.login(db, "Jan Kowalski hasło", DIRECTOR_PASSWORD)
    entries = audit.list_entries(db, session, audit.AuditFilter(action="login_failed", newest_first=False))
    assert [e.details["reason"] for e in entries] == ["wrong_password", "unknown_user", "unknown_user"]
    assert [e.record_ref for e in entries] == ["dyrektor", "", ""]
    assert all("Jan" not in e.username for e in entries)


def test_unknown_user_costs_a_verification_too(director_setup, monkeypatch):
    db, _, _ = director_setup
    calls = []
    real = passwords.verify_password
    monkeypatch.setattr(passwords, "verify_password", lambda phc, pw: calls.append(1) or real(phc, pw))
    for name in ("nikt", "dyrektor"):
        with pytest.raises(AuthenticationFailed):
            accounts.login(db, name, "Zle-haslo-123")
    assert len(calls) == 2


def test_lockout_after_five_failures_for_five_minutes(director_setup):
    db, _, _ = director_setup
    t0 = utcnow()
    for i in range(4):
        with pytest.raises(AuthenticationFailed) as err:
            accounts.login(db, "dyrektor", f"Zle-haslo-{i:03}", now=t0)
        assert not isinstance(err.value, AccountLocked)
    with pytest.raises(AccountLocked, match="zablokowane po 5 nieudanych próbach.*za 5 min"):
        accounts.login(db, "dyrektor", "Zle-haslo-005", now=t0)
    with pytest.raises(AccountLocked, match="za 1 min"):
        accounts.login(db, "dyrektor", DIRECTOR_PASSWORD, now=t0 + timedelta(minutes=4, seconds=30))
    session = accounts.login(db, "dyrektor", DIRECTOR_PASSWORD, now=t0 + timedelta(minutes=5, seconds=1))
    assert session.username == "dyrektor"
    with db.session() as s:
        user = s.scalar(select(User))
        assert user.failed_attempts == 0 and user.locked_until is None
    assert "lockout" in _actions(db)
    assert audit.verify_chain(db) == []


def test_second_user_gets_a_wrapped_key_and_reads_what_the_director_encrypted(director_setup):
    db, _, director = director_setup
    where = crypto.aad("pupils", "name", "p-1")
    blob = crypto.encrypt_text(director.data_key, MARKER, where)
    info = accounts.add_user(db, director, "m.nowak", "Maria Nowak", "teacher", TEACHER_PASSWORD)
    assert info.role is Role.TEACHER and info.role_label == "Nauczyciel" and info.active
    teacher = accounts.login(db, "m.nowak", TEACHER_PASSWORD)
    assert crypto.decrypt_text(teacher.data_key, blob, where) == MARKER
    with db.session() as s:
        wrapped = dict(s.execute(select(User.username, User.wrapped_data_key)).all())
    assert wrapped["m.nowak"] != wrapped["dyrektor"]
    assert [u.username for u in accounts.list_users(db, director)] == ["dyrektor", "m.nowak"]
    with pytest.raises(ValidationFailed, match="już istnieje"):
        accounts.add_user(db, director, "m.nowak", "Maria Nowak", "teacher", TEACHER_PASSWORD)
    with pytest.raises(ValidationFailed, match="nieznana rola"):
        accounts.add_user(db, director, "x.y", "X Y", "janitor", TEACHER_PASSWORD)


def test_only_the_director_manages_accounts_and_refusals_are_logged(director_setup):
    db, _, director = director_setup
    accounts.add_user(db, director, "m.nowak", "Maria Nowak", Role.TEACHER, TEACHER_PASSWORD)
    teacher = accounts.login(db, "m.nowak", TEACHER_PASSWORD)
    with pytest.raises(PermissionDenied, match="Rola „Nauczyciel” nie pozwala na: zarządzanie kontami"):
        accounts.add_user(db, teacher, "intruz", "Intruz", "director", TEACHER_PASSWORD)
    with pytest.raises(PermissionDenied):
        accounts.list_users(db, teacher)
    with pytest.raises(PermissionDenied):
        accounts.deactivate_user(db, teacher, "dyrektor")
    with pytest.raises(PermissionDenied, match="przeglądanie dziennika"):
        audit.list_entries(db, teacher)
    denied = audit.list_entries(db, director, audit.AuditFilter(action="permission_denied"))
    assert len(denied) == 4 and {e.username for e in denied} == {"m.nowak"}
    assert isinstance(denied[0], audit.AuditRecord) and issubclass(PermissionDenied, UserError)


def test_a_deactivated_user_cannot_log_in_until_reactivated(director_setup):
    db, _, director = director_setup
    accounts.add_user(db, director, "m.nowak", "Maria Nowak", "teacher", TEACHER_PASSWORD)
    accounts.deactivate_user(db, director, "m.nowak")
    with pytest.raises(AuthenticationFailed, match="Nieprawidłowa nazwa użytkownika lub hasło"):
        accounts.login(db, "m.nowak", TEACHER_PASSWORD)
    with db.session() as s:
        assert s.scalar(select(User.wrapped_data_key).where(User.username == "m.nowak")) == b""
    with pytest.raises(PermissionDenied, match="własnego konta"):
        accounts.deactivate_user(db, director, "dyrektor")
    accounts.reactivate_user(db, director, "m.nowak", "Nowe-Haslo-Marii-1")
    assert accounts.login(db, "m.nowak", "Nowe-Haslo-Marii-1").data_key == director.data_key


def test_a_second_director_can_switch_off_the_first(director_setup):
    db, _, director = director_setup
    accounts.add_user(db, director, "zastepca", "Jan Zastępca", "director", TEACHER_PASSWORD)
    deputy = accounts.login(db, "zastepca", TEACHER_PASSWORD)
    accounts.deactivate_user(db, deputy, "dyrektor")
    with pytest.raises(AuthenticationFailed):
        accounts.login(db, "dyrektor", DIRECTOR_PASSWORD)


def test_recovery_key_resets_a_password_and_the_data_stays_readable(director_setup):
    db, recovery, director = director_setup
    where = crypto.aad("clinic_assessments", "note", "a-7")
    blob = crypto.encrypt_text(director.data_key, MARKER, where)
    typed = "  " + recovery.lower().replace("-", " ").replace("0", "o") + " "
    accounts.reset_with_recovery_key(db, typed, "dyrektor", "Nowe-Haslo-Dyrektorki")
    with pytest.raises(AuthenticationFailed):
        accounts.login(db, "dyrektor", DIRECTOR_PASSWORD)
    session = accounts.login(db, "dyrektor", "Nowe-Haslo-Dyrektorki")
    assert crypto.decrypt_text(session.data_key, blob, where) == MARKER
    assert "recovery_used" in _actions(db)


def test_a_wrong_recovery_key_is_refused_and_logged(director_setup):
    db, recovery, _ = director_setup
    wrong = keys.new_recovery_key()
    with pytest.raises(SecurityError, match="Klucz odzyskiwania nie pasuje"):
        accounts.reset_with_recovery_key(db, wrong, "dyrektor", "Nowe-Haslo-Dyrektorki")
    with pytest.raises(SecurityError, match="40 znaków"):
        accounts.reset_with_recovery_key(db, recovery[:-3], "dyrektor", "Nowe-Haslo-Dyrektorki")
    with pytest.raises(SecurityError, match="niedozwolone znaki: U"):
        accounts.reset_with_recovery_key(db, "U" + recovery[1:], "dyrektor", "Nowe-Haslo-Dyrektorki")
    assert _actions(db)[-1] == "login_failed"
    assert accounts.login(db, "dyrektor", DIRECTOR_PASSWORD)


def test_renewing_the_recovery_key_retires_the_old_one(director_setup):
    db, old, director = director_setup
    with pytest.raises(AuthenticationFailed):
        accounts.renew_recovery_key(db, director, "Zle-haslo-123")
    new = accounts.renew_recovery_key(db, director, DIRECTOR_PASSWORD)
    assert new != old
    with pytest.raises(SecurityError, match="nie pasuje"):
        accounts.reset_with_recovery_key(db, old, "dyrektor", "Nowe-Haslo-Dyrektorki")
    accounts.reset_with_recovery_key(db, new, "dyrektor", "Nowe-Haslo-Dyrektorki")
    assert accounts.login(db, "dyrektor", "Nowe-Haslo-Dyrektorki").data_key == director.data_key


def test_change_password_checks_the_old_one_and_keeps_the_data_readable(director_setup):
    db, _, director = director_setup
    blob = crypto.encrypt(director.data_key, b"x", b"ctx")
    with pytest.raises(AuthenticationFailed, match="Obecne hasło jest nieprawidłowe"):
        accounts.change_password(db, director, "Zle-haslo-123", "Inne-Nowe-Haslo-9")
    with pytest.raises(ValidationFailed, match="co najmniej 10"):
        accounts.change_password(db, director, DIRECTOR_PASSWORD, "krotkie")
    accounts.change_password(db, director, DIRECTOR_PASSWORD, "Inne-Nowe-Haslo-9")
    with pytest.raises(AuthenticationFailed):
        accounts.login(db, "dyrektor", DIRECTOR_PASSWORD)
    again = accounts.login(db, "dyrektor", "Inne-Nowe-Haslo-9")
    assert crypto.decrypt(again.data_key, blob, b"ctx") == b"x"
    director.lock()
    with pytest.raises(SessionLocked):
        accounts.change_password(db, director, "Inne-Nowe-Haslo-9", "Jeszcze-Inne-Haslo-1")


def test_director_resets_a_teachers_password_and_lifts_the_lockout(director_setup):
    db, _, director = director_setup
    accounts.add_user(db, director, "m.nowak", "Maria Nowak", "teacher", TEACHER_PASSWORD)
    for i in range(5):
        with pytest.raises(AuthenticationFailed):
            accounts.login(db, "m.nowak", f"Zle-haslo-{i:03}")
    with pytest.raises(AccountLocked):
        accounts.login(db, "m.nowak", TEACHER_PASSWORD)
    accounts.reset_password(db, director, "m.nowak", "Haslo-Od-Dyrektora-1")
    assert accounts.login(db, "m.nowak", "Haslo-Od-Dyrektora-1").username == "m.nowak"


def test_stronger_parameters_upgrade_an_account_at_its_next_login(director_setup, monkeypatch):
    db, _, director = director_setup
    stronger = passwords.KdfParams(time_cost=2, memory_cost=512, parallelism=1)
    monkeypatch.setattr(passwords, "CURRENT_PARAMS", stronger)
    accounts.login(db, "dyrektor", DIRECTOR_PASSWORD)
    with db.session() as s:
        user = s.scalar(select(User))
        assert user.kdf_params == stronger.to_dict() and ",t=2," in user.password_hash
    assert accounts.login(db, "dyrektor", DIRECTOR_PASSWORD).data_key == director.data_key


def test_unlock_after_lock_needs_the_password(director_setup):
    db, _, session = director_setup
    key = session.data_key
    session.lock()
    with pytest.raises(SessionLocked):
        _ = session.data_key
    with pytest.raises(AuthenticationFailed):
        accounts.unlock(db, session, "Zle-haslo-123")
    assert session.is_locked
    accounts.unlock(db, session, DIRECTOR_PASSWORD)
    assert session.data_key == key
    accounts.logout(db, session)
    assert session.is_locked and _actions(db)[-2:] == ["unlock", "logout"]


def test_idle_timeout_is_a_setting(director_setup):
    db, _, director = director_setup
    assert accounts.idle_timeout_seconds(db) == 600 and director.idle_timeout == 600
    accounts.set_idle_timeout(db, director, 15)
    assert accounts.login(db, "dyrektor", DIRECTOR_PASSWORD).idle_timeout == 900
    with pytest.raises(ValidationFailed, match="od 1 do 240 minut"):
        accounts.set_idle_timeout(db, director, 0)


def test_a_wrapped_key_copied_to_another_account_does_not_open(director_setup):
    db, _, director = director_setup
    accounts.add_user(db, director, "m.nowak", "Maria Nowak", "teacher", TEACHER_PASSWORD)
    with db.engine.begin() as conn:  # the teacher's row gets the director's salt, hash and wrapped key
        from sqlalchemy import text

        conn.execute(text("UPDATE users SET wrapped_data_key = (SELECT wrapped_data_key FROM users WHERE "
                          "username='dyrektor'), key_salt = (SELECT key_salt FROM users WHERE username='dyrektor'), "
                          "password_hash = (SELECT password_hash FROM users WHERE username='dyrektor') "
                          "WHERE username='m.nowak'"))
    with pytest.raises(KeyringError, match="uszkodzony"):
        accounts.login(db, "m.nowak", DIRECTOR_PASSWORD)
