"""Keyed pseudonyms for referring to a pupil outside the school (exports for EDUlab).

``pseudonym(key, pupil_uid)`` = ``"U-"`` + 8 Crockford base32 characters of HMAC-SHA256(key, uid). The key is
derived from the install's data key and the school's RSPO number (:func:`school_key`), so it never leaves the
school: EDUlab sees stable codes per school but cannot link them to pupils or across schools. Pseudonymised
data is still personal data (EDPB guidelines 01/2025) — treat exports carrying codes accordingly.

Use a pupil identifier that is never reused (a UUID rather than a SQLite row id, which may be reused after a
deletion). 8 characters = 40 bits: among 5 000 pupils of one school the chance of any two sharing a code is
about 1 in 90 000.
"""

from __future__ import annotations

import hashlib
import hmac

from edulab_app.security.keys import ALPHABET, subkey

DEFAULT_LENGTH = 8


def school_key(data_key: bytes, school_rspo: str) -> bytes:
    """The pseudonym key of one school (independent of the encryption use of the data key)."""
    return subkey(data_key, f"pseudonym/school:{school_rspo.strip()}")


def pseudonym(key: bytes, record_id: str | int, prefix: str = "U", length: int = DEFAULT_LENGTH) -> str:
    if not 4 <= length <= 16:
        raise ValueError("pseudonym length must be 4..16")
    digest = hmac.new(key, f"edulab/pseudonym/v1/{prefix}:{record_id}".encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:10], "big")  # 80 bits, enough for 16 characters
    chars = []
    for _ in range(length):
        chars.append(ALPHABET[number & 31])
        number >>= 5
    return f"{prefix}-{''.join(chars)}"
