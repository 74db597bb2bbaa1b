"""The plan services on a real PostgreSQL server (EDULAB_TEST_PG_URL; started by tools/test.sh)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from edulab_app.services import plans, staff
from edulab_app.services.demo import DEMO_RSPO, create_demo_school
from edulab_app.storage.migrate import ensure_schema

pytestmark = pytest.mark.postgres
@pytest.fixture
def pg(pg_db):
    ensure_schema(pg_db)
    return pg_db


def test_plan_generate_edit_track_and_check_on_postgres(pg):
    create_demo_school(pg)
    plans.seed_demo(pg, DEMO_RSPO)
    plan = plans.load(pg, DEMO_RSPO)
    assert plan.actions and staff.list_staff(pg, DEMO_RSPO)
    a = plan.actions[-1]
    changed = replace(a, title="Zmienione na serwerze")
    plans.update_action(pg, DEMO_RSPO, changed)
    assert plans.load(pg, DEMO_RSPO).action(a.id) == changed
    plans.update_action(pg, DEMO_RSPO, a)
    assert plans.load(pg, DEMO_RSPO).action(a.id) == a
    person = staff.list_staff(pg, DEMO_RSPO)[0]
    staff.deactivate(pg, DEMO_RSPO, person.id)
    assert person.id not in {p.id for p in staff.list_staff(pg, DEMO_RSPO)}
    assert isinstance(plans.check(pg, DEMO_RSPO), list)
