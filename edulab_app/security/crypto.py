"""Authenticated encryption of sensitive fields and files with the data key (AES-256-GCM).

Format: ``b"\\x01" + nonce(12) + ciphertext + tag(16)``. The version byte is authenticated too, and so is
the caller's associated data, which should name where the value belongs (:func:`aad`), e.g.
``aad("pupils", "name", pupil_uid)``: a ciphertext moved to another row or column then fails to decrypt
instead of silently showing one pupil's data as another's.

Random 96-bit nonces are safe far beyond the number of values a school will ever encrypt with one key.
"""

from __future__ import annotations

import json
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from edulab_app.security.errors import DecryptionFailed

FORMAT_V1 = 1
NONCE_BYTES = 12
TAG_BYTES = 16
OVERHEAD = 1 + NONCE_BYTES + TAG_BYTES

_TAMPERED = ("Zaszyfrowanych danych nie da się odczytać: zostały zmienione lub uszkodzone, albo zaszyfrowano je "
             "innym kluczem (inna instalacja). Przywróć kopię zapasową albo zgłoś problem administratorowi.")


def aad(*parts: str | int) -> bytes:
    """Unambiguous associated data from the parts naming a value's place (table, column, record id…)."""
    return json.dumps(["edulab/v1", *[str(p) for p in parts]], ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def encrypt(data_key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_BYTES)
    header = bytes([FORMAT_V1])
    return header + nonce + AESGCM(data_key).encrypt(nonce, plaintext, header + aad)


def decrypt(data_key: bytes, blob: bytes, aad: bytes) -> bytes:
    """The plaintext, or :class:`DecryptionFailed` if anything (data, place, key, version) does not match."""
    if len(blob) < OVERHEAD:
        raise DecryptionFailed(_TAMPERED + " (zapis jest za krótki)")
    if blob[0] != FORMAT_V1:
        raise DecryptionFailed(f"Nieznany format zaszyfrowanych danych (wersja {blob[0]}). "
                               "Zaktualizuj program, aby je odczytać.")
    header, nonce, body = blob[:1], blob[1:1 + NONCE_BYTES], blob[1 + NONCE_BYTES:]
    try:
        return AESGCM(data_key).decrypt(nonce, body, header + aad)
    except InvalidTag as exc:
        raise DecryptionFailed(_TAMPERED) from exc


def encrypt_text(data_key: bytes, text: str, aad: bytes) -> bytes:
    return encrypt(data_key, text.encode("utf-8"), aad)


def decrypt_text(data_key: bytes, blob: bytes, aad: bytes) -> str:
    return decrypt(data_key, blob, aad).decode("utf-8")
