"""One running application per data directory (a second one is told, not let in to corrupt data).

Uses Qt's QLockFile: it records the owner's PID and host and recognises a lock left by a crashed process.
"""

from __future__ import annotations

from pathlib import Path

from edulab_app.errors import AlreadyRunning

LOCK_NAME = "edulab.lock"


class InstanceLock:
    def __init__(self, data_dir: Path):
        from PySide6.QtCore import QLockFile

        self.path = data_dir / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale = owner process gone, never by age

    def acquire(self) -> None:
        if self._lock.tryLock(100):
            return
        info = self._lock.getLockInfo()  # (pid, hostname, appname), or empty when unreadable
        owner = f" (proces {info[0]} na komputerze {info[1]})" if info and info[0] else ""
        raise AlreadyRunning(
            f"Program EDUlab jest już uruchomiony na tym folderze danych{owner}: {self.path.parent}. "
            "Przełącz się do otwartego okna albo zamknij je i spróbuj ponownie."
        )

    def release(self) -> None:
        self._lock.unlock()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
