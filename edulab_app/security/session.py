"""A logged-in user's session: who they are and the unlocked data key, held in memory only.

``lock()`` wipes the key (best effort: the bytearray is zeroed; Python and OpenSSL may hold short-lived
copies elsewhere). Inactivity is measured on the monotonic clock: the window calls :meth:`Session.touch` on
user input and :meth:`Session.lock_if_idle` from a timer; the timeout is a setting (default 10 minutes).
A locked session is unlocked again with the user's password (``accounts.unlock``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from edulab_app.security.errors import SessionLocked
from edulab_app.security.roles import Permission, Role, can, require

DEFAULT_IDLE_TIMEOUT_S = 10 * 60


@dataclass(frozen=True)
class Actor:
    """Who did something, for the audit log (a session, or the system/unknown user)."""

    username: str
    role: str


SYSTEM = Actor("(system)", "")
UNKNOWN = Actor("(nieznany)", "")


class Session:
    __slots__ = ("user_id", "username", "display_name", "role", "key_version", "idle_timeout",
                 "_key", "_last_activity")

    def __init__(self, user_id: int, username: str, display_name: str, role: Role | str, data_key: bytes,
                 key_version: int = 1, idle_timeout: float = DEFAULT_IDLE_TIMEOUT_S, now: float | None = None):
        self.user_id = user_id
        self.username = username
        self.display_name = display_name
        self.role = Role(role)
        self.key_version = key_version
        self.idle_timeout = idle_timeout
        self._key: bytearray | None = bytearray(data_key)
        self._last_activity = time.monotonic() if now is None else now

    def __repr__(self) -> str:
        state = "locked" if self.is_locked else "unlocked"
        return f"Session(username={self.username!r}, role={self.role.value!r}, {state})"

    def __reduce__(self):
        raise TypeError("a Session holds the data key and must not be pickled or copied")

    @property
    def actor(self) -> Actor:
        return Actor(self.username, self.role.value)

    @property
    def is_locked(self) -> bool:
        return self._key is None

    @property
    def data_key(self) -> bytes:
        """The unlocked data key; :class:`SessionLocked` after :meth:`lock` or once idle too long."""
        if self.lock_if_idle():
            raise SessionLocked()
        return bytes(self._key)

    def ensure_unlocked(self) -> None:
        """Raise :class:`SessionLocked` when locked (or idle past the timeout, which locks it)."""
        if self.lock_if_idle():
            raise SessionLocked()

    def lock(self) -> None:
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = None

    def unlock_with(self, data_key: bytes, now: float | None = None) -> None:
        """Put the key back after the password was checked again (used by ``accounts.unlock``)."""
        self.lock()
        self._key = bytearray(data_key)
        self.touch(now)

    def touch(self, now: float | None = None) -> None:
        self._last_activity = time.monotonic() if now is None else now

    def idle_seconds(self, now: float | None = None) -> float:
        return (time.monotonic() if now is None else now) - self._last_activity

    def is_expired(self, now: float | None = None, timeout: float | None = None) -> bool:
        return self.idle_seconds(now) >= (self.idle_timeout if timeout is None else timeout)

    def lock_if_idle(self, now: float | None = None, timeout: float | None = None) -> bool:
        """Lock when idle too long; True if the session is (now) locked."""
        if not self.is_locked and self.is_expired(now, timeout):
            self.lock()
        return self.is_locked

    def can(self, permission: Permission) -> bool:
        return not self.is_locked and can(self.role, permission)

    def require(self, permission: Permission) -> None:
        require(self, permission)
