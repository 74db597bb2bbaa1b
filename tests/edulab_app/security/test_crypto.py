"""Encryption of fields and files, key wrapping and the recovery key format."""

from __future__ import annotations

import os
import stat

import pytest
from hypothesis import given
from hypothesis import strategies as st

from edulab_app.security import crypto, files, keys
from edulab_app.security.errors import DecryptionFailed, SecurityError
from edulab_app.security.keys import UnwrapFailed

KEY = bytes(range(32))
OTHER_KEY = bytes(32)
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + "Opinia poradni: Zażółć Jaźń Testowa\n".encode() * 50 + b"%%EOF"


def test_encrypt_decrypt_round_trip_and_fresh_nonces():
    where = crypto.aad("pupils", "name", "p-1")
    a = crypto.encrypt_text(KEY, "Zażółć Jaźń Testowa", where)
    b = crypto.encrypt_text(KEY, "Zażółć Jaźń Testowa", where)
    assert a != b and a[0] == crypto.FORMAT_V1 and len(a) == crypto.OVERHEAD + len("Zażółć Jaźń Testowa".encode())
    assert crypto.decrypt_text(KEY, a, where) == "Zażółć Jaźń Testowa"
    assert crypto.decrypt(KEY, crypto.encrypt(KEY, b"", b""), b"") == b""


@pytest.mark.parametrize("position", [0, 1, 12, 13, -1])
def test_tampered_ciphertext_fails_authentication_with_a_clear_error(position):
    blob = bytearray(crypto.encrypt(KEY, b"ocena poradni", b"ctx"))
    blob[position] ^= 0x01
    with pytest.raises(DecryptionFailed) as err:
        crypto.decrypt(KEY, bytes(blob), b"ctx")
    message = str(err.value)
    assert "zostały zmienione lub uszkodzone" in message or "Nieznany format" in message


def test_ciphertext_moved_to_another_place_or_key_does_not_open():
    blob = crypto.encrypt(KEY, b"x", crypto.aad("pupils", "name", "p-1"))
    with pytest.raises(DecryptionFailed, match="zmienione lub uszkodzone"):
        crypto.decrypt(KEY, blob, crypto.aad("pupils", "name", "p-2"))
    with pytest.raises(DecryptionFailed, match="innym kluczem"):
        crypto.decrypt(OTHER_KEY, blob, crypto.aad("pupils", "name", "p-1"))
    with pytest.raises(DecryptionFailed, match="za krótki"):
        crypto.decrypt(KEY, blob[:20], b"")
    assert crypto.aad("a", "b:c") != crypto.aad("a:b", "c")


@given(st.binary(max_size=200))
def test_decrypting_garbage_raises_only_decryption_failed(blob):
    with pytest.raises(DecryptionFailed):
        crypto.decrypt(KEY, blob, b"")


def test_key_wrapping_is_bound_to_the_user_and_key_version():
    data_key = keys.new_data_key()
    wrapping = keys.derive_wrapping_key(b"haslo", keys.new_salt(), keys.KdfParams(1, 256, 1))
    wrapped = keys.wrap_key(wrapping, data_key, keys.user_aad("anna", 1))
    assert keys.unwrap_key(wrapping, wrapped, keys.user_aad("anna", 1)) == data_key
    for aad in (keys.user_aad("jan", 1), keys.user_aad("anna", 2), keys.recovery_aad(1)):
        with pytest.raises(UnwrapFailed):
            keys.unwrap_key(wrapping, wrapped, aad)
    with pytest.raises(UnwrapFailed, match="pusty lub uszkodzony"):
        keys.unwrap_key(wrapping, b"", keys.user_aad("anna", 1))
    assert keys.key_matches(data_key, keys.key_check_value(data_key))
    assert not keys.key_matches(keys.new_data_key(), keys.key_check_value(data_key))
    assert keys.subkey(data_key, "a") != keys.subkey(data_key, "b")


def test_recovery_key_format_and_tolerant_reading():
    rk = keys.new_recovery_key()
    assert len(rk) == 47 and rk.count("-") == 7
    assert len(keys.recovery_secret(rk)) == 25
    typed = rk.lower().replace("-", " ").replace("1", "l").replace("0", "O")
    assert keys.recovery_secret(typed) == keys.recovery_secret(rk)
    with pytest.raises(SecurityError, match="niedozwolone znaki: #"):
        keys.normalize_recovery_key(rk[:-1] + "#")
    assert len({keys.new_recovery_key() for _ in range(50)}) == 50


def test_files_are_stored_encrypted_under_random_names(tmp_path):
    where = crypto.aad("clinic_files", "a-7")
    ref = files.store(KEY, tmp_path, PDF, where)
    path = tmp_path / "secure" / ref
    raw = path.read_bytes()
    assert b"%PDF" not in raw and "Zażółć".encode() not in raw and b"Opinia" not in raw
    assert files.load(KEY, tmp_path, ref, where) == PDF
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE((tmp_path / "secure").stat().st_mode) == 0o700
    with pytest.raises(DecryptionFailed):
        files.load(KEY, tmp_path, ref, crypto.aad("clinic_files", "a-8"))
    assert files.erase(tmp_path, ref) and not path.exists() and not files.erase(tmp_path, ref)
    with pytest.raises(SecurityError, match="Brak zaszyfrowanego pliku"):
        files.load(KEY, tmp_path, ref, where)
    assert list((tmp_path / "secure").iterdir()) == []


@pytest.mark.parametrize("ref", ["../edulab.sqlite3", "/etc/passwd", "a" * 32 + ".pdf", "A" * 32 + ".enc"])
def test_file_references_cannot_escape_the_secure_folder(tmp_path, ref):
    with pytest.raises(SecurityError, match="Nieprawidłowy identyfikator"):
        files.load(KEY, tmp_path, ref, b"")
