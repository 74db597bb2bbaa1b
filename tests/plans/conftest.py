"""Shared fixtures: a demo-like diagnosis result and school context, and a large school."""

from __future__ import annotations

import pytest

from plans.demo import demo_context, demo_result, large_context, large_result


@pytest.fixture
def result():
    return demo_result()


@pytest.fixture
def ctx():
    return demo_context()


@pytest.fixture
def big_ctx():
    return large_context()


@pytest.fixture
def big_result():
    return large_result()
