"""Roles and permissions, the in-memory session, keyed pseudonyms."""

from __future__ import annotations

import copy
import pickle
import re

import pytest

from edulab_app.security import keys, pseudonym
from edulab_app.security.errors import PermissionDenied, SessionLocked
from edulab_app.security.roles import PERMISSIONS, Permission, Role, can, permissions_of, require
from edulab_app.security.session import DEFAULT_IDLE_TIMEOUT_S, Session

P = Permission
EXPECTED = {
    Role.DIRECTOR: {P.READ_PUPILS, P.CHANGE_PUPILS, P.RECORD_SUPPORT, P.READ_CLINIC, P.CHANGE_CLINIC,
                    P.VIEW_AUDIT, P.MANAGE_ACCOUNTS, P.ERASE_PUPIL, P.EXPORT_PUPIL_DATA, P.EXPORT_AGGREGATES},
    Role.COORDINATOR: {P.READ_PUPILS, P.CHANGE_PUPILS, P.RECORD_SUPPORT, P.READ_CLINIC, P.CHANGE_CLINIC,
                       P.EXPORT_AGGREGATES},
    Role.TEACHER: {P.READ_PUPILS, P.RECORD_SUPPORT},
    Role.CLINIC_SPECIALIST: {P.READ_PUPILS, P.READ_CLINIC, P.CHANGE_CLINIC},
    Role.EDULAB_EXPERT: {P.EXPERT_WORKSPACE},
}


@pytest.mark.parametrize("role", list(Role))
def test_permission_table_per_role(role):
    assert permissions_of(role) == EXPECTED[role]
    assert permissions_of(role.value) == EXPECTED[role]


def test_clinic_assessments_audit_accounts_and_erasure_are_restricted():
    assert {r for r in Role if can(r, P.READ_CLINIC)} == {Role.DIRECTOR, Role.COORDINATOR, Role.CLINIC_SPECIALIST}
    for permission in (P.VIEW_AUDIT, P.MANAGE_ACCOUNTS, P.ERASE_PUPIL):
        assert {r for r in Role if can(r, permission)} == {Role.DIRECTOR}
    assert not can("janitor", P.READ_PUPILS)
    assert set(PERMISSIONS) == set(Permission)
    assert [r.label for r in Role] == ["Dyrektor", "Koordynator", "Nauczyciel", "Specjalista poradni", "Ekspert EDUlab"]


def _session(role=Role.TEACHER, now=None) -> Session:
    return Session(1, "m.nowak", "Maria Nowak", role, bytes(range(32)), now=now)


def test_require_raises_a_polish_permission_denied():
    teacher = _session()
    require(teacher, P.READ_PUPILS)
    with pytest.raises(PermissionDenied) as err:
        require(teacher, P.READ_CLINIC)
    assert str(err.value) == ("Rola „Nauczyciel” nie pozwala na: odczyt opinii i orzeczeń poradni. "
                              "Mogą to zrobić: Dyrektor, Koordynator, Specjalista poradni.")
    assert err.value.exit_code == 2
    with pytest.raises(PermissionDenied, match="wymaga zalogowania"):
        require(None, P.READ_PUPILS)
    expert = _session(Role.EDULAB_EXPERT)
    with pytest.raises(PermissionDenied):
        expert.require(P.READ_PUPILS)
    expert.lock()
    with pytest.raises(SessionLocked):
        require(expert, P.EXPERT_WORKSPACE)


def test_session_lock_wipes_the_key_and_inactivity_expires():
    s = Session(1, "anna", "Anna", "director", bytes(range(32)), now=100.0)
    assert s.idle_timeout == DEFAULT_IDLE_TIMEOUT_S == 600
    held = s._key
    assert not s.is_expired(now=100.0 + 599)
    assert s.is_expired(now=100.0 + 600)
    s.touch(now=650.0)
    assert not s.is_expired(now=650.0 + 599) and s.is_expired(now=700.0, timeout=30)
    assert not s.lock_if_idle(now=700.0) and not s.is_locked
    assert s.lock_if_idle(now=650.0 + 601) and s.is_locked
    assert held == bytearray(32)  # zeroed in place
    with pytest.raises(SessionLocked, match="Zaloguj się ponownie"):
        _ = s.data_key
    assert not s.can(P.READ_PUPILS)
    assert "locked" in repr(s) and "anna" in repr(s)


def test_an_idle_session_locks_itself_when_the_key_is_asked_for():
    import time

    s = Session(1, "anna", "Anna", "director", bytes(range(32)), now=time.monotonic() - 601)
    with pytest.raises(SessionLocked):
        _ = s.data_key
    assert s.is_locked


def test_session_does_not_leak_the_key_in_repr_pickle_or_copy():
    s = _session(Role.DIRECTOR)
    assert bytes(range(32)).hex() not in repr(s) and "\\x00\\x01" not in repr(s)
    with pytest.raises(TypeError):
        pickle.dumps(s)
    with pytest.raises(TypeError):
        copy.copy(s)


def test_pseudonyms_are_stable_per_key_and_differ_across_schools_and_keys():
    data_key = keys.new_data_key()
    school_a = pseudonym.school_key(data_key, "12345")
    code = pseudonym.pseudonym(school_a, "0b7c2f0e-uuid-1")
    assert re.fullmatch(r"U-[0-9A-HJKMNP-TV-Z]{8}", code)
    assert pseudonym.pseudonym(pseudonym.school_key(data_key, " 12345 "), "0b7c2f0e-uuid-1") == code
    assert pseudonym.pseudonym(pseudonym.school_key(data_key, "67890"), "0b7c2f0e-uuid-1") != code
    other_install = pseudonym.school_key(keys.new_data_key(), "12345")
    assert pseudonym.pseudonym(other_install, "0b7c2f0e-uuid-1") != code
    assert pseudonym.pseudonym(school_a, "0b7c2f0e-uuid-2") != code
    assert pseudonym.pseudonym(school_a, 42, prefix="A", length=6).startswith("A-")
    codes = {pseudonym.pseudonym(school_a, i) for i in range(3000)}
    assert len(codes) == 3000
    assert school_a != data_key and pseudonym.school_key(data_key, "12345") == school_a
