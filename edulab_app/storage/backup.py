"""Backups of the SQLite database through SQLite's online backup API, rotated, and restore.

A backup is a consistent copy even while the application writes (the backup API copies pages under a
read transaction). Restoring first checks the chosen file, keeps a safety copy of the current database
(or of the damaged file, untouched, under a new name), then swaps the restored file in atomically.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from edulab_app.errors import DatabaseError, UserError
from edulab_app.paths import DB_FILENAME
from edulab_app.storage.db import Database, sqlite_file_problem

log = logging.getLogger(__name__)
KEEP_BACKUPS = 20
_NAME = re.compile(r"^edulab-(\d{8}-\d{6})(?:-\d+)?(?:-([a-z0-9.-]+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int


def _copy_sqlite(src: Path, dst: Path) -> None:
    """Consistent page copy of ``src`` into a new file ``dst`` (written to a temp name, fsynced, renamed)."""
    tmp = dst.with_name(dst.name + ".part")
    tmp.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=5)
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            target.close()
    finally:
        source.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dst)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Backups in ``backup_dir``, newest first."""
    found = []
    if backup_dir.is_dir():
        for path in backup_dir.iterdir():
            match = _NAME.match(path.name)
            if match:
                created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
                found.append(BackupInfo(path, created, match.group(2) or "", path.stat().st_size))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def create_backup(db: Database, backup_dir: Path, *, reason: str = "manual", target: Path | None = None) -> Path:
    if not db.is_sqlite or db.sqlite_path is None:
        raise UserError("Kopię zapasową bazy PostgreSQL wykonuje się narzędziem pg_dump na serwerze.")
    if target is None:
        backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        safe_reason = re.sub(r"[^a-z0-9.-]+", "-", reason.lower()).strip("-") or "manual"
        target = backup_dir / f"edulab-{stamp}-{safe_reason}.sqlite3"
        n = 1
        while target.exists():
            target = backup_dir / f"edulab-{stamp}-{n}-{safe_reason}.sqlite3"
            n += 1
    _copy_sqlite(db.sqlite_path, target)
    log.info("backup written to %s", target)
    if target.parent == backup_dir:
        rotate(backup_dir)
    return target


def rotate(backup_dir: Path, keep: int | None = None) -> list[Path]:
    """Delete all but the ``keep`` newest backups (default KEEP_BACKUPS)."""
    keep = KEEP_BACKUPS if keep is None else keep
    removed = []
    for info in list_backups(backup_dir)[keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def restore_backup(data_dir: Path, source: Path, backup_dir: Path) -> Path | None:
    """Replace the database in ``data_dir`` with ``source``. Returns where the previous database was kept.

    The caller must make sure no other process uses the data directory (the instance lock).
    """
    source = Path(source)
    if not source.is_file():
        raise UserError(f"Nie ma pliku kopii zapasowej {source}.")
    problem = sqlite_file_problem(source)
    if problem:
        raise DatabaseError(f"Plik {source} nie nadaje się do przywrócenia: {problem}. Baza pozostała bez zmian.")
    con = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        has_version = con.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()[0]
    finally:
        con.close()
    if not has_version:
        raise DatabaseError(f"Plik {source} nie jest kopią bazy programu EDUlab (brak wersji schematu). Baza pozostała bez zmian.")

    db_path = data_dir / DB_FILENAME
    kept = None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    if db_path.exists() and db_path.stat().st_size > 0:
        if sqlite_file_problem(db_path) is None:
            kept = backup_dir / f"edulab-{stamp}-before-restore.sqlite3"
            _copy_sqlite(db_path, kept)
        else:
            kept = data_dir / f"{DB_FILENAME}.damaged-{stamp}"
            os.replace(db_path, kept)  # the damaged file itself, untouched, under a new name
    staged = data_dir / f"{DB_FILENAME}.restoring"
    _copy_sqlite(source, staged)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(staged, db_path)
    log.info("restored %s from %s (previous kept at %s)", db_path, source, kept)
    return kept
