"""Is this a new install without accounts? Answered with one light query, so that starting the window does
not load the cryptography and password-hashing libraries before they are needed."""

from __future__ import annotations

from sqlalchemy import text

from edulab_app.security.errors import KeyringError
from edulab_app.storage.db import Database


def needs_first_start(db: Database) -> bool:
    """True on a new install: no keyring and no accounts yet (the window then asks for the director)."""
    with db.engine.connect() as conn:
        has_keyring = conn.execute(text("SELECT 1 FROM keyring WHERE id = 1")).first() is not None
        users = conn.execute(text("SELECT count(*) FROM users")).scalar()
    if users and not has_keyring:
        raise KeyringError("Baza danych zawiera konta, ale brak w niej klucza danych — jest uszkodzona. "
                           "Przywróć kopię zapasową.")
    return not has_keyring
