"""Fixtures of the tracking tests: a temporary SQLite database with every table created from the models (the
Alembic migration of these tables is added separately), cheap argon2 parameters, a school with a director,
a coordinator, a teacher and a clinic specialist, and the demo data."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import fresh_db, role_sessions

RSPO = "123456"
TODAY = dt.date(2025, 11, 10)
PASSWORDS = {
    "dyrektor": "Dyrektorka-2026!",
    "koordynator": "Koordynator-2026!",
    "nauczyciel": "Nauczyciel-ąę-77",
    "poradnia": "Specjalistka-Poradni-9",
}
ROLES = {"koordynator": "coordinator", "nauczyciel": "teacher", "poradnia": "clinic_specialist"}


@pytest.fixture
def tdir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def tdb(tdir):
    db = fresh_db(tdir)
    yield db
    db.dispose()


@pytest.fixture
def school(tdb):
    from edulab_app.school_profile import SchoolProfile
    from edulab_app.services.schools import create_school

    create_school(tdb, SchoolProfile(rspo=RSPO, name="Szkoła Podstawowa nr 7 w Słupsku", school_year="2025/2026",
                                     pupils_total=300, pupils_migrant=20))
    return RSPO


@pytest.fixture
def sessions(tdb, school):
    """{"director"|"coordinator"|"teacher"|"clinic_specialist": Session} for the school's accounts."""
    return role_sessions(tdb, PASSWORDS, ROLES)


@pytest.fixture
def director(sessions):
    return sessions["director"]


def tiny_pdf(text: str = "Opinia testowa") -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pageCompression=0)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
