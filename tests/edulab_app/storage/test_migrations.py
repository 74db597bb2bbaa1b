"""Migrations: the head constant is right, a new database equals a migrated one, and old data survives."""

from sqlalchemy import text

from edulab_app.storage import migrate
from edulab_app.storage.all_models import metadata
from edulab_app.storage.backup import list_backups
from edulab_app.storage.db import Database
from edulab_app.storage.migrate import SchemaStatus, current_revision, ensure_schema
from edulab_app.storage.schema_version import SCHEMA_HEAD


def _script():
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(migrate.MIGRATIONS_DIR))


def test_schema_head_constant_matches_the_migration_scripts():
    assert _script().get_heads() == [SCHEMA_HEAD]


def test_migrations_produce_exactly_the_models_schema(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = Database.open_sqlite(tmp_path)
    migrate.upgrade(db, "head")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == []


def test_new_database_is_created_and_stamped(tmp_path):
    db = Database.open_sqlite(tmp_path)
    assert ensure_schema(db, tmp_path / "backups") is SchemaStatus.CREATED
    assert current_revision(db) == SCHEMA_HEAD
    assert ensure_schema(db, tmp_path / "backups") is SchemaStatus.CURRENT


def test_database_at_first_revision_with_data_upgrades_to_head_intact(tmp_path):
    first = list(_script().walk_revisions())[-1].revision
    db = Database.open_sqlite(tmp_path)
    migrate.upgrade(db, first)
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO schools (rspo, name, school_type, street, postal_code, city, municipality, county, "
            "voivodeship, governing_body, email, phone, school_year, pupils_total, pupils_migrant, is_demo, "
            "created_at, updated_at) VALUES ('4321', 'Szkoła Podstawowa w Pucku', 'primary', '', '84-100', 'Puck', "
            "'Puck', 'pucki', 'pomorskie', '', '', '', '2025/2026', 250, 31, 0, '2025-09-01', '2025-09-01')"))
    status = ensure_schema(db, tmp_path / "backups")
    assert status is (SchemaStatus.CURRENT if first == SCHEMA_HEAD else SchemaStatus.UPGRADED)
    assert current_revision(db) == SCHEMA_HEAD
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT name, county, pupils_migrant FROM schools WHERE rspo='4321'")).one()
    assert tuple(row) == ("Szkoła Podstawowa w Pucku", "pucki", 31)
    if status is SchemaStatus.UPGRADED:
        assert list_backups(tmp_path / "backups"), "an upgrade must be preceded by a backup"


def test_database_from_a_newer_build_is_refused_untouched(tmp_path):
    import pytest

    from edulab_app.errors import DatabaseError

    db = Database.open_sqlite(tmp_path)
    ensure_schema(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num='9999_future'"))
    with pytest.raises(DatabaseError, match="nowszego"):
        ensure_schema(db)
    assert current_revision(db) == "9999_future"


def test_migrated_audit_log_is_append_only(tmp_path):
    import pytest
    from sqlalchemy.exc import DatabaseError as SADatabaseError

    db = Database.open_sqlite(tmp_path)
    migrate.upgrade(db, "head")
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO audit_log (at, username, role, action, record_type, record_ref, details, "
                          "prev_hash, hash) VALUES ('2026-01-01', 'dyrektor', 'director', 'login', 'user', 'u1', '', "
                          "'0', 'h1')"))
    for statement in ("UPDATE audit_log SET details = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(SADatabaseError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(statement))
