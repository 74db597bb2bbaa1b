"""The demo school: a fictional Pomeranian primary school, so that a newcomer sees the product at work.

Each later area (diagnosis, plan, tracking…) adds its demo data through ``DEMO_SEEDERS``; creating the demo
school again brings it back to the demo state without touching other schools.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

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
    "edulab_app.services.documents:seed_demo",
]


@dataclass(frozen=True)
class DemoSchool:
    rspo: str
    # (username, password) of the demo director created on an install without accounts — shown once
    credentials: tuple[str, str] | None
    pupils_seeded: bool  # fictional pupils, assistant, committee and assessment (need the data key)


def create_demo(db: Database, session=None) -> DemoSchool:
    """Create (or reset) the demo school and everything the areas add to it.

    The protected part (pupils, assistant, welcome committee, clinic assessment) is encrypted with the data
    key: it is seeded with ``session`` (a director or coordinator), or — on an install without accounts — by
    creating the demo director whose credentials come back once; otherwise it is left out.
    """
    from edulab_app.services import pupils

    rspo = create_demo_school(db)
    credentials = pupils.seed_demo(db, rspo, session=session)
    seeded = credentials is not None or session is not None
    return DemoSchool(rspo, credentials, seeded)


def create_demo_school(db: Database) -> str:
    """Create (or reset) the demo school with its unprotected areas (profile, diagnosis, plan). Returns its RSPO."""
    profile = demo_profile()
    with db.session() as s:
        s.execute(delete(School).where(School.rspo == DEMO_RSPO))
        s.add(School(**profile.to_dict()))
    for path in DEMO_SEEDERS:
        module, func = path.split(":")
        seed: Callable[[Database, str], None] = getattr(importlib.import_module(module), func)
        seed(db, DEMO_RSPO)
    return DEMO_RSPO
