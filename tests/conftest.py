"""Shared fixtures: a fresh data directory and application context per test."""

from __future__ import annotations

import pytest


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
