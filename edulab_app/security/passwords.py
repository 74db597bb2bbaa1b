"""Password hashing (argon2id) and the password policy.

The parameters are explicit, not the library's defaults, and chosen for old school PCs: 128 MiB of memory
(fine on a 4 GB machine, far too much per guess for a GPU farm), 2 lanes (a dual-core PC), 6 passes.
On the development machine (AMD EPYC, 2 cores) one hash takes about 0.3 s; a login costs two (the PHC
check and the key derivation of :mod:`edulab_app.security.keys`). Every PHC string and every wrapped key
records its own parameters, so changing :data:`CURRENT_PARAMS` later upgrades accounts at their next login.

Passwords are normalised to Unicode NFC before use, so "ż" typed as one code point or as "z" + combining dot
is the same password on every system.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import asdict, dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from edulab_app.errors import FieldError, ValidationFailed
from edulab_app.security.errors import SecurityError

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost parameters (``memory_cost`` in KiB)."""

    time_cost: int
    memory_cost: int
    parallelism: int
    hash_len: int = 32
    salt_len: int = 16

    def to_dict(self) -> dict:
        return {"alg": "argon2id", "v": 19, **asdict(self)}

    @classmethod
    def from_dict(cls, data: dict) -> KdfParams:
        """Parameters read from the database, bounded so a damaged row cannot ask for absurd work."""
        try:
            if data.get("alg") != "argon2id":
                raise ValueError("alg")
            params = cls(int(data["time_cost"]), int(data["memory_cost"]), int(data["parallelism"]),
                         int(data.get("hash_len", 32)), int(data.get("salt_len", 16)))
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise SecurityError("Parametry klucza konta są uszkodzone; potrzebny jest klucz odzyskiwania.") from exc
        if not (1 <= params.time_cost <= 64 and 1 <= params.parallelism <= 16
                and 8 * params.parallelism <= params.memory_cost <= 4 * 1024 * 1024
                and params.hash_len == 32 and 16 <= params.salt_len <= 64):
            raise SecurityError("Parametry klucza konta są poza dopuszczalnym zakresem; potrzebny jest klucz "
                                "odzyskiwania.")
        return params


DEFAULT_PARAMS = KdfParams(time_cost=6, memory_cost=128 * 1024, parallelism=2)
#: The parameters new hashes and keys use. Tests replace this module attribute with cheap parameters.
CURRENT_PARAMS = DEFAULT_PARAMS


def normalize_password(password: str) -> bytes:
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _hasher(params: KdfParams | None = None) -> PasswordHasher:
    p = params or CURRENT_PARAMS
    return PasswordHasher(time_cost=p.time_cost, memory_cost=p.memory_cost, parallelism=p.parallelism,
                          hash_len=p.hash_len, salt_len=p.salt_len, type=Type.ID)


def hash_password(password: str, params: KdfParams | None = None) -> str:
    """An argon2id PHC string (``$argon2id$v=19$m=…,t=…,p=…$salt$hash``)."""
    return _hasher(params).hash(normalize_password(password))


def verify_password(phc: str, password: str) -> bool:
    """True when ``password`` matches; False on mismatch or an unreadable hash (never raises for those)."""
    try:
        return _hasher().verify(phc, normalize_password(password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(phc: str) -> bool:
    """True when ``phc`` was made with other parameters than :data:`CURRENT_PARAMS`."""
    try:
        return _hasher().check_needs_rehash(phc)
    except InvalidHashError:
        return True


_dummy_hash: dict[KdfParams, str] = {}


def burn_verify(password: str) -> None:
    """Spend the time of one verification (unknown or locked user), so timing does not tell them apart."""
    params = CURRENT_PARAMS
    if params not in _dummy_hash:
        _dummy_hash[params] = hash_password("edulab-dummy-password", params)
    verify_password(_dummy_hash[params], password)


def password_problems(password: str, username: str = "", display_name: str = "") -> list[str]:
    """What is wrong with a new password, in Polish (empty list: acceptable)."""
    problems = []
    text = unicodedata.normalize("NFC", password)
    if len(text) < MIN_PASSWORD_LENGTH:
        problems.append(f"Hasło musi mieć co najmniej {MIN_PASSWORD_LENGTH} znaków (ma {len(text)}).")
    if len(text) > MAX_PASSWORD_LENGTH:
        problems.append(f"Hasło może mieć najwyżej {MAX_PASSWORD_LENGTH} znaków.")
    if text and text.strip() == "":
        problems.append("Hasło nie może składać się z samych spacji.")
    elif text and len(set(text)) == 1:
        problems.append("Hasło nie może składać się z jednego powtórzonego znaku.")
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        problems.append("Hasło nie może zawierać znaków sterujących (np. tabulatora lub nowej linii).")
    lowered = text.casefold()
    if username and lowered == username.casefold():
        problems.append("Hasło nie może być takie samo jak nazwa użytkownika.")
    if display_name and lowered == display_name.casefold():
        problems.append("Hasło nie może być takie samo jak imię i nazwisko.")
    if lowered in _COMMON:
        problems.append("To hasło jest zbyt popularne; wybierz inne (np. kilka przypadkowych słów).")
    return problems


def check_password(password: str, username: str = "", display_name: str = "", field: str = "password") -> None:
    """Raise :class:`ValidationFailed` naming the field when the password breaks the policy."""
    problems = password_problems(password, username, display_name)
    if problems:
        raise ValidationFailed([FieldError(field, p) for p in problems])


_COMMON = frozenset({
    "1234567890", "0123456789", "12345678910", "qwertyuiop", "1q2w3e4r5t", "qwerty1234", "password12",
    "password123", "haslo12345", "hasło12345", "administrator", "dyrektor123", "szkola1234", "szkoła1234",
    "polska1234", "zaq12wsxcde", "1qaz2wsx3edc", "abcdefghij", "aaaaaaaaaa", "edulab1234",
})


def measure_hash_seconds(params: KdfParams | None = None, rounds: int = 3) -> float:
    """Median seconds of one hash with ``params`` (for the benchmark and the report; never asserted)."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        hash_password("pomiar-czasu-hasła", params or CURRENT_PARAMS)
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]
