from __future__ import annotations

from pathlib import Path

import pytest

from forms.definition import Form, load_form, load_form_file

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def form() -> Form:
    return load_form("diagnosis", 1)


@pytest.fixture(scope="session")
def form_v2() -> Form:
    return load_form_file(DATA / "diagnosis-v2.yaml")
