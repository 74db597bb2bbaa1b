"""The demo school: a fictional Pomeranian primary school, so that a newcomer sees the product at work.

Each later area (diagnosis, plan, tracking…) adds its demo data through ``DEMO_SEEDERS``; creating the demo
school again brings it back to the demo state without touching other schools.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from sqlalchemy import delete

from edulab_app.school_profile import SchoolProfile, current_school_year
from edulab_app.storage.db import Database
from edulab_app.storage.models import School

DEMO_RSPO = "9990048"


def demo_profile() -> SchoolProfile:
    return SchoolProfile(
        rspo=DEMO_RSPO,
        name="Szkoła Podstawowa nr 48 im. Bursztynowego Szlaku w Gdańsku (szkoła demonstracyjna)",
        school_type="primary",
        street="ul. Wrzosowa 12",
        postal_code="80-175",
        city="Gdańsk",
        municipality="Gdańsk",
        county="Gdańsk",
        voivodeship="pomorskie",
        governing_body="Gmina Miasta Gdańska",
        email="sekretariat@sp48.example.pl",
        phone="58 555 01 48",
        school_year=current_school_year(),
        pupils_total=418,
        pupils_migrant=58,
        is_demo=True,
    )


# Each seeder fills one area for the demo school after its profile exists: "module:function(db, rspo)",
# imported only when the demo is created.
DEMO_SEEDERS: list[str] = [
    "edulab_app.services.diagnosis:seed_demo",
    "edulab_app.services.plans:seed_demo",
]


def create_demo_school(db: Database) -> str:
    """Create (or reset) the demo school and everything the areas add to it. Returns its RSPO."""
    profile = demo_profile()
    with db.session() as s:
        s.execute(delete(School).where(School.rspo == DEMO_RSPO))
        s.add(School(**profile.to_dict()))
    for path in DEMO_SEEDERS:
        module, func = path.split(":")
        seed: Callable[[Database, str], None] = getattr(importlib.import_module(module), func)
        seed(db, DEMO_RSPO)
    return DEMO_RSPO
