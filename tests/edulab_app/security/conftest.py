"""Fixtures of the security tests: a temporary SQLite database with every table created from the models
(not through the app's schema setup, which does not know the security tables until migration 0004), and
cheap argon2 parameters so that the tests run fast (the real ones are measured in test_passwords.py)."""

from __future__ import annotations

import pytest

from tests.helpers import fresh_db

DIRECTOR_PASSWORD = "Dyrektorka-2026!"
TEACHER_PASSWORD = "Nauczyciel-ąę-77"



@pytest.fixture
def secdb(tmp_path):
    db = fresh_db(tmp_path / "data")
    yield db
    db.dispose()


@pytest.fixture
def director_setup(secdb):
    """(db, recovery key, director session) after the first start."""
    from edulab_app.security import accounts

    recovery = accounts.create_first_director(secdb, "dyrektor", "Anna Dyrektorska", DIRECTOR_PASSWORD)
    session = accounts.login(secdb, "dyrektor", DIRECTOR_PASSWORD)
    return secdb, recovery, session
