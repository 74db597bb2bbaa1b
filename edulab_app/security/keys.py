"""The data key and its wrappings.

- One random 256-bit **data key** per install encrypts every sensitive field and file.
- Each authorised user holds it **wrapped**: AES-256-GCM under a key derived from their password with
  argon2id (``hash_secret_raw``, own random salt); the associated data binds the wrapping to the user name
  and the data-key version, so a wrapped key copied to another account does not open.
- The **recovery key** — 40 random base32 characters (200 bits) shown once to the director in 8 groups of 5
  for writing down — wraps the data key once more. It is never stored.
- A **key check value** (HMAC of a constant) confirms an unwrapped key is this install's key.

Wrapped-key format: ``b"\\x01" + nonce(12) + ciphertext+tag(48)``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from edulab_app.security.errors import SecurityError
from edulab_app.security.passwords import KdfParams, normalize_password

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
WRAP_FORMAT = 1
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 5
RECOVERY_BYTES = RECOVERY_GROUPS * RECOVERY_GROUP_LEN * 5 // 8  # 25 bytes = 200 bits = 40 characters

# Crockford's base32: no I, L, O, U, so a handwritten key is not misread.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}


class UnwrapFailed(SecurityError):
    """The wrapping key is wrong (wrong password or recovery key) or the wrapped key was altered."""

    def __init__(self, message: str = "Nie udało się odczytać klucza danych: hasło lub klucz odzyskiwania nie "
                                      "pasuje albo zapis klucza został zmieniony."):
        super().__init__(message)


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def derive_wrapping_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """A 256-bit key from a password or recovery key (already as bytes) with argon2id."""
    return hash_secret_raw(secret, salt, time_cost=params.time_cost, memory_cost=params.memory_cost,
                           parallelism=params.parallelism, hash_len=32, type=Type.ID)


def password_wrapping_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    return derive_wrapping_key(normalize_password(password), salt, params)


def user_aad(username: str, key_version: int) -> bytes:
    return f"edulab/wrap/v1/user:{username}/key:{key_version}".encode()


def recovery_aad(key_version: int) -> bytes:
    return f"edulab/wrap/v1/recovery/key:{key_version}".encode()


def wrap_key(wrapping_key: bytes, data_key: bytes, aad: bytes) -> bytes:
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("data key must be 32 bytes")
    nonce = secrets.token_bytes(NONCE_BYTES)
    header = bytes([WRAP_FORMAT])
    return header + nonce + AESGCM(wrapping_key).encrypt(nonce, data_key, header + aad)


def unwrap_key(wrapping_key: bytes, wrapped: bytes, aad: bytes) -> bytes:
    if not wrapped or wrapped[0] != WRAP_FORMAT or len(wrapped) != 1 + NONCE_BYTES + DATA_KEY_BYTES + 16:
        raise UnwrapFailed("Zapis klucza danych tego konta jest pusty lub uszkodzony (konto mogło zostać "
                           "wyłączone). Dyrektor może nadać nowe hasło albo użyć klucza odzyskiwania.")
    header, nonce, body = wrapped[:1], wrapped[1:1 + NONCE_BYTES], wrapped[1 + NONCE_BYTES:]
    try:
        return AESGCM(wrapping_key).decrypt(nonce, body, header + aad)
    except InvalidTag as exc:
        raise UnwrapFailed() from exc


def key_check_value(data_key: bytes) -> bytes:
    return hmac.new(data_key, b"edulab key check v1", hashlib.sha256).digest()[:16]


def key_matches(data_key: bytes, check: bytes) -> bool:
    return hmac.compare_digest(key_check_value(data_key), check)


def subkey(data_key: bytes, purpose: str, length: int = 32) -> bytes:
    """An independent key for one purpose (e.g. pseudonyms of one school), derived with HKDF-SHA256."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None,
                info=f"edulab/subkey/v1/{purpose}".encode()).derive(data_key)


# --- the recovery key --------------------------------------------------------------------------------------


def _b32encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = []
    for _ in range(len(data) * 8 // 5):
        chars.append(ALPHABET[number & 31])
        number >>= 5
    return "".join(reversed(chars))


def _b32decode(text: str) -> bytes:
    number = 0
    for ch in text:
        number = (number << 5) | ALPHABET.index(ch)
    return number.to_bytes(len(text) * 5 // 8, "big")


def new_recovery_key() -> str:
    """A fresh recovery key formatted for writing down: ``XXXXX-XXXXX-…`` (8 groups of 5)."""
    return format_recovery_key(_b32encode(secrets.token_bytes(RECOVERY_BYTES)))


def format_recovery_key(chars: str) -> str:
    return "-".join(chars[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(chars), RECOVERY_GROUP_LEN))


def normalize_recovery_key(text: str) -> str:
    """The 40 characters of a recovery key as typed: case, spaces and dashes ignored; O→0, I/L→1.

    Raises :class:`SecurityError` with a Polish message if it cannot be a recovery key.
    """
    chars = "".join(_READ_AS.get(ch, ch) for ch in text.upper() if ch not in " -\t\r\n")
    expected = RECOVERY_GROUPS * RECOVERY_GROUP_LEN
    bad = sorted({ch for ch in chars if ch not in ALPHABET})
    if bad:
        raise SecurityError(f"Klucz odzyskiwania zawiera niedozwolone znaki: {' '.join(bad)}. "
                            "Klucz składa się z cyfr i liter (bez I, L, O, U).")
    if len(chars) != expected:
        raise SecurityError(f"Klucz odzyskiwania ma {expected} znaków w {RECOVERY_GROUPS} grupach po "
                            f"{RECOVERY_GROUP_LEN}; wpisano {len(chars)}.")
    return chars


def recovery_secret(recovery_key: str) -> bytes:
    """The 25 secret bytes of a recovery key (as typed or formatted)."""
    return _b32decode(normalize_recovery_key(recovery_key))
