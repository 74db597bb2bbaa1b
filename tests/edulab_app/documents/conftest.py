"""Fixtures of the document and incident tests: a temporary SQLite database with every table created from the
models (the Alembic migration of these tables is added separately), a school with a director, a coordinator, two
teachers and a clinic specialist (cheap argon2 parameters: the root conftest's ``fast_kdf``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import fresh_db, role_sessions

RSPO = "123456"
YEAR = "2026/2027"
NOW = dt.datetime(2026, 11, 24, 12, 0)
PASSWORDS = {"dyrektor": "Dyrektorka-2026!", "koordynator": "Koordynator-2026!", "nauczyciel": "Nauczyciel-ąę-77",
             "nauczyciel2": "Nauczycielka-ąę-78", "poradnia": "Specjalistka-Poradni-9"}
ROLES = {"koordynator": "coordinator", "nauczyciel": "teacher", "nauczyciel2": "teacher",
         "poradnia": "clinic_specialist"}


@pytest.fixture
def ddir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def ddb(ddir):
    db = fresh_db(ddir)
    yield db
    db.dispose()


@pytest.fixture
def school(ddb):
    from edulab_app.school_profile import SchoolProfile
    from edulab_app.services.schools import create_school

    create_school(ddb, SchoolProfile(rspo=RSPO, name="Szkoła Podstawowa nr 7 w Słupsku", school_year=YEAR,
                                     street="ul. Szkolna 7", postal_code="76-200", city="Słupsk",
                                     email="sekretariat@sp7.example.pl", pupils_total=300, pupils_migrant=20))
    return RSPO


@pytest.fixture
def sessions(ddb, school):
    """{"director"|"coordinator"|"teacher"|"teacher2"|"clinic_specialist": Session}."""
    return role_sessions(ddb, PASSWORDS, ROLES)


@pytest.fixture
def demo_db(ddb):
    """The demo school with its diagnosis and plan (the plan covers the demo's school years)."""
    from edulab_app.services import plans
    from edulab_app.services.demo import DEMO_RSPO, create_demo_school

    create_demo_school(ddb)
    plans.seed_demo(ddb, DEMO_RSPO)
    return ddb


@pytest.fixture(autouse=True)
def demo_without_documents(monkeypatch):
    """These tests build the week and the regulation themselves: the demo school starts without them."""
    from edulab_app.services import demo

    monkeypatch.setattr(demo, "DEMO_SEEDERS", [s for s in demo.DEMO_SEEDERS if "documents" not in s])
