"""Writing a file so that it is either complete or not there: a temporary file in the target folder,
fsync, then ``os.replace``. A target held open by another program (Excel on Windows locks its files) or a
folder without write access gets a Polish message naming the file, never a traceback."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class ExportWriteError(OSError):
    """The file could not be written; the message says why and what to do."""


def write_atomic(target: str | os.PathLike, data: bytes) -> Path:
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportWriteError(f"Folder {folder} nie istnieje — wybierz istniejący folder dla pliku {target.name}.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except PermissionError as exc:
        raise ExportWriteError(f"Brak uprawnień do zapisu w folderze {folder}. Wybierz inny folder.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise ExportWriteError(
                f"Nie można zastąpić pliku {target}: jest otwarty w innym programie albo tylko do odczytu. "
                "Zamknij go (np. w Excelu lub przeglądarce PDF) i spróbuj ponownie."
            ) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
