"""argon2id hashing with explicit parameters, and the password policy (Polish messages)."""

from __future__ import annotations

import time
import unicodedata

import pytest

from edulab_app.errors import ValidationFailed
from edulab_app.security import keys, passwords


def test_hash_is_an_argon2id_phc_string_with_the_configured_parameters(fast_kdf):
    phc = passwords.hash_password("Zażółć-gęślą-jaźń")
    assert phc.startswith(f"$argon2id$v=19$m={fast_kdf.memory_cost},t={fast_kdf.time_cost},p={fast_kdf.parallelism}$")
    assert passwords.verify_password(phc, "Zażółć-gęślą-jaźń")
    assert not passwords.verify_password(phc, "zażółć-gęślą-jaźń")
    assert not passwords.verify_password("nie-hash", "cokolwiek")
    assert not passwords.needs_rehash(phc)
    assert passwords.needs_rehash(passwords.hash_password("x", passwords.KdfParams(2, 256, 1)))


def test_passwords_are_compared_after_unicode_normalisation():
    composed = "Źdźbło-żółte-1"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert passwords.verify_password(passwords.hash_password(composed), decomposed)


def test_default_parameters_are_memory_hard():
    p = passwords.DEFAULT_PARAMS
    assert p.memory_cost >= 64 * 1024 and p.time_cost >= 3 and p.parallelism >= 1
    assert passwords.KdfParams.from_dict(p.to_dict()) == p


@pytest.mark.parametrize("bad", [{}, {"alg": "scrypt"}, {"alg": "argon2id", "time_cost": 1},
                                 {"alg": "argon2id", "time_cost": 1, "memory_cost": 10**9, "parallelism": 1}])
def test_parameters_read_from_the_database_are_bounded(bad):
    with pytest.raises(passwords.SecurityError):
        passwords.KdfParams.from_dict(bad)


@pytest.mark.parametrize(("password", "expected"), [
    ("krótkie", "co najmniej 10 znaków (ma 7)"),
    ("          ", "samych spacji"),
    ("aaaaaaaaaaaa", "jednego powtórzonego znaku"),
    ("1234567890", "zbyt popularne"),
    ("anna.nowak", "takie samo jak nazwa użytkownika"),
    ("Dobre\thasło-123", "znaków sterujących"),
])
def test_password_policy_explains_itself_in_polish(password, expected):
    with pytest.raises(ValidationFailed) as err:
        passwords.check_password(password, username="anna.nowak")
    assert expected in str(err.value) and err.value.errors[0].field == "password"


def test_a_good_password_passes():
    assert passwords.password_problems("kot-lubi-mleko-7", "anna", "Anna Nowak") == []


def test_measured_time_of_the_real_parameters(capsys):
    """Printed, never asserted (DESIGN.md section 7): the real cost of one hash and of a login's two KDFs."""
    params = passwords.DEFAULT_PARAMS
    one = passwords.measure_hash_seconds(params, rounds=3)
    start = time.perf_counter()
    keys.derive_wrapping_key(b"haslo-do-pomiaru", keys.new_salt(), params)
    derive = time.perf_counter() - start
    with capsys.disabled():
        print(f"\nargon2id t={params.time_cost} m={params.memory_cost // 1024} MiB p={params.parallelism}: "
              f"hash {one:.3f} s, key derivation {derive:.3f} s, login ≈ {one + derive:.3f} s")
