"""The same migrations and services on a real PostgreSQL server (started by tools/test.sh)."""

from __future__ import annotations

import pytest

from edulab_app.services import schools
from edulab_app.services.demo import DEMO_RSPO, create_demo_school
from edulab_app.storage import migrate
from edulab_app.storage.all_models import metadata
from edulab_app.storage.migrate import SchemaStatus, ensure_schema
from edulab_app.storage.schema_version import SCHEMA_HEAD

pytestmark = pytest.mark.postgres
@pytest.fixture
def pg(pg_db):
    return pg_db


def test_migrations_run_on_postgres_and_match_the_models(pg):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    migrate.upgrade(pg, "head")
    assert migrate.current_revision(pg) == SCHEMA_HEAD
    with pg.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == []


def test_new_postgres_database_is_created_and_services_work(pg):
    assert ensure_schema(pg) is SchemaStatus.CREATED
    create_demo_school(pg)
    assert [s.rspo for s in schools.list_schools(pg)] == [DEMO_RSPO]
    assert ensure_schema(pg) is SchemaStatus.CURRENT
