"""Opening the database: the embedded SQLite file by default, PostgreSQL through --database-url.

Every SQLite connection gets ``foreign_keys=ON``, WAL, a busy timeout and ``synchronous=FULL``: in WAL mode
FULL syncs the log on every commit, so an answer the window shows as saved survives a power cut or a
killed process (NORMAL could lose the last commits). A file that is not SQLite or fails the integrity
check is refused and left untouched; a database on a network share is refused (WAL needs shared memory
that network file systems do not provide).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from edulab_app.errors import DatabaseDamaged, DatabaseError, NetworkShareRefused
from edulab_app.paths import DB_FILENAME

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
SYNCHRONOUS = "FULL"
NETWORK_FS_TYPES = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "davfs", "fuse.davfs2"}


def sqlite_file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be used as our SQLite database, or None if it looks healthy (or is new)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with open(path, "rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return "nagłówek pliku nie jest nagłówkiem SQLite"
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return f"SQLite: {exc}"
    if rows != [("ok",)]:
        return "kontrola spójności: " + "; ".join(str(r[0]) for r in rows[:3])
    return None


def mount_fs_type(path: Path, mounts: list[str]) -> str:
    """File-system type of the longest mount point (lines of /proc/mounts) containing ``path``."""
    best, best_type = "", ""
    resolved = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3:
            mount_point = parts[1].replace("\\040", " ")
            inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
            if inside and len(mount_point) > len(best):
                best, best_type = mount_point, parts[2]
    return best_type


def is_network_path(path: Path) -> bool:
    """True when ``path`` lives on a network file system (UNC path, mapped network drive, NFS/SMB mount)."""
    text = str(path)
    if sys.platform == "win32":
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    return mount_fs_type(path.resolve(), mounts) in NETWORK_FS_TYPES


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    cursor.close()


class Database:
    """An engine and its session factory. Services open sessions; nothing else does."""

    def __init__(self, engine: Engine, sqlite_path: Path | None = None):
        self.engine = engine
        self.sqlite_path = sqlite_path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @classmethod
    def open_sqlite(cls, data_dir: Path, filename: str = DB_FILENAME) -> Database:
        path = data_dir / filename
        if is_network_path(data_dir):
            raise NetworkShareRefused(
                f"Folder danych {data_dir} leży na dysku sieciowym. Baza SQLite w trybie WAL nie działa "
                "bezpiecznie na udziałach sieciowych. Wybierz folder na dysku tego komputera (--data-dir) "
                "albo użyj wspólnego serwera PostgreSQL (--database-url)."
            )
        problem = sqlite_file_problem(path)
        if problem:
            raise DatabaseDamaged(path, problem)
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return cls(engine, sqlite_path=path)

    @classmethod
    def open_url(cls, url: str) -> Database:
        if url.startswith("sqlite"):
            raise DatabaseError("Dla SQLite użyj --data-dir; --database-url służy do serwera PostgreSQL.")
        try:
            engine = create_engine(url, pool_pre_ping=True)
        except Exception as exc:  # noqa: BLE001 - bad URL or missing driver, explained to the user
            raise DatabaseError(f"Nie można użyć adresu bazy danych ({exc}).") from exc
        return cls(engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
