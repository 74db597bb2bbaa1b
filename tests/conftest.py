"""Shared fixtures: a fresh data directory and application context per test, cheap password hashing."""

from __future__ import annotations

import pytest

from edulab_app.security import passwords

# argon2id with tiny cost so that tests creating accounts run fast; the real parameters are measured (and
# printed) in tests/edulab_app/security/test_passwords.py and by the benchmark.
FAST_KDF = passwords.KdfParams(time_cost=1, memory_cost=256, parallelism=1)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(passwords, "CURRENT_PARAMS", FAST_KDF)
    return FAST_KDF


@pytest.fixture(autouse=True)
def _no_session_left_behind():
    """The window's logged-in session is module state: a test that logs in must not leak it to the next."""
    import sys

    yield
    holder = sys.modules.get("edulab_app.ui.tracking.session_holder")
    if holder is not None and holder.current() is not None:
        holder.clear()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    monkeypatch.setenv("EDULAB_DATA_DIR", str(d))
    return d


@pytest.fixture
def ctx(data_dir):
    from edulab_app.services.context import AppContext

    context = AppContext(data_dir=data_dir)
    yield context
    context.close()


@pytest.fixture
def db(ctx):
    return ctx.db()


@pytest.fixture
def pg_db():
    """An empty database on the throw-away PostgreSQL server of tools/test.sh (EDULAB_TEST_PG_URL).

    Skipped on a developer machine without one; under CI a missing server is a failure.
    """
    import os

    from sqlalchemy import text

    from edulab_app.storage.db import Database

    url = os.environ.get("EDULAB_TEST_PG_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must provide a PostgreSQL server (tools/pg_test_server.sh)")
        pytest.skip("no PostgreSQL server: set EDULAB_TEST_PG_URL or run tools/test.sh")
    db = Database.open_url(url)
    with db.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    yield db
    db.dispose()
