"""The same migrations and services on a real PostgreSQL server (started by tools/test.sh)."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from edulab_app.services import schools
from edulab_app.services.demo import DEMO_RSPO, create_demo_school
from edulab_app.storage import migrate
from edulab_app.storage.all_models import metadata
from edulab_app.storage.db import Database
from edulab_app.storage.migrate import SchemaStatus, ensure_schema
from edulab_app.storage.schema_version import SCHEMA_HEAD

pytestmark = pytest.mark.postgres
URL = os.environ.get("EDULAB_TEST_PG_URL")


@pytest.fixture
def pg():
    if not URL:
        if os.environ.get("CI"):
            pytest.fail("CI must provide a PostgreSQL server (tools/pg_test_server.sh)")
        pytest.skip("no PostgreSQL server: set EDULAB_TEST_PG_URL or run tools/test.sh")
    db = Database.open_url(URL)
    with db.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    yield db
    db.dispose()


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
