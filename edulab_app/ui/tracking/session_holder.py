"""The logged-in user's session for the window: one module-level holder.

The window fills it after login (:func:`set_session`) and empties it on logout (:func:`clear`); pages read it
with :func:`usable` (None when nobody is logged in or the session is locked) and listen to
``notifier().changed`` to refresh. The holder never stores a password; the session's data key is wiped by
``Session.lock()``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from edulab_app.security.session import Session

_session: Session | None = None
_notifier: _Notifier | None = None


class _Notifier(QObject):
    changed = Signal()


def notifier() -> _Notifier:
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def current() -> Session | None:
    """The session, locked or not (the lock dialog needs a locked one to unlock)."""
    return _session


def usable() -> Session | None:
    """The session if it is unlocked (an idle one locks itself here), else None."""
    if _session is None or _session.lock_if_idle():
        return None
    return _session


def set_session(session: Session | None) -> None:
    global _session
    if _session is not None and _session is not session:
        _session.lock()
    _session = session
    notifier().changed.emit()


def clear() -> None:
    """Log out: wipe the key and forget the session."""
    set_session(None)


def touch() -> None:
    """User activity (the window calls it on input) keeps the session from locking."""
    if _session is not None and not _session.is_locked:
        _session.touch()


def lock() -> None:
    if _session is not None:
        _session.lock()
        notifier().changed.emit()
