"""Bringing a database to the schema of this build, at start-up.

- A new (empty) database is created from the models and stamped with the head revision.
- A database at the head is left alone (checked with one query; Alembic is not even imported).
- An older database is backed up first (SQLite), then upgraded by the shipped Alembic migrations.
- A database from a newer build is refused with a message, untouched.
"""

from __future__ import annotations

import logging
from enum import Enum
from pathlib import Path

from sqlalchemy import inspect, text

from edulab_app.errors import DatabaseError
from edulab_app.storage.db import Database
from edulab_app.storage.schema_version import SCHEMA_HEAD

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaStatus(Enum):
    CREATED = "created"
    CURRENT = "current"
    UPGRADED = "upgraded"


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config(db: Database):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = db.engine
    return cfg


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(_alembic_config(db), revision)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}


def ensure_schema(db: Database, backup_dir: Path | None = None) -> SchemaStatus:
    revision = current_revision(db)
    if revision == SCHEMA_HEAD:
        return SchemaStatus.CURRENT
    if revision is None:
        with db.engine.connect() as conn:
            existing = set(inspect(conn).get_table_names())
        if existing:
            raise DatabaseError(
                f"Baza danych zawiera tabele ({', '.join(sorted(existing)[:5])}…), ale nie ma znacznika wersji "
                "schematu. To nie jest baza tego programu; pozostawiono ją bez zmian."
            )
        from edulab_app.storage.all_models import metadata

        with db.engine.begin() as conn:
            metadata.create_all(conn)
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
            conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": SCHEMA_HEAD})
        log.info("created a new database at schema %s", SCHEMA_HEAD)
        return SchemaStatus.CREATED
    known = known_revisions()
    if not known:
        raise DatabaseError(
            f"Brakuje plików migracji programu w {MIGRATIONS_DIR}. Instalacja jest niepełna — zainstaluj "
            "program ponownie; bazy nie zmieniono."
        )
    if revision not in known:
        raise DatabaseError(
            f"Baza danych ma wersję schematu {revision}, której ta wersja programu nie zna — pochodzi "
            "prawdopodobnie z nowszego wydania. Zainstaluj nowszy program; bazy nie zmieniono."
        )
    if db.is_sqlite and backup_dir is not None:
        from edulab_app.storage.backup import create_backup

        create_backup(db, backup_dir, reason=f"before-upgrade-{revision}")
    upgrade(db)
    log.info("upgraded the database from %s to %s", revision, SCHEMA_HEAD)
    return SchemaStatus.UPGRADED
