"""The application context: where the data is and the database opened on first use."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from edulab_app.paths import backups_dir, ensure_writable
from edulab_app.storage.db import Database
from edulab_app.storage.migrate import SchemaStatus


@dataclass
class AppContext:
    data_dir: Path
    database_url: str | None = None
    _db: Database | None = field(default=None, repr=False)
    schema_status: SchemaStatus | None = None

    @property
    def backup_dir(self) -> Path:
        return backups_dir(self.data_dir)

    def db(self) -> Database:
        """Open the database (creating or upgrading its schema) the first time it is needed."""
        if self._db is None:
            from edulab_app.storage.migrate import ensure_schema

            ensure_writable(self.data_dir)
            db = Database.open_url(self.database_url) if self.database_url else Database.open_sqlite(self.data_dir)
            try:
                self.schema_status = ensure_schema(db, self.backup_dir)
            except BaseException:
                db.dispose()
                raise
            self._db = db
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None
