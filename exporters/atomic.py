"""Writing a file so that it is either complete or not there: a temporary file in the target folder,
fsync, then ``os.replace`` (and an fsync of the folder where the system has one). A target held open by
another program (Excel on Windows locks its files), a read-only file, a folder without write access or a
full disk gets a Polish message naming the file, never a traceback; the temporary file is removed."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


class ExportWriteError(OSError):
    """The file could not be written; the message says why and what to do."""


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync; NTFS journals the rename
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(target: str | os.PathLike, data: bytes) -> Path:
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportWriteError(f"Folder {folder} nie istnieje — wybierz istniejący folder dla pliku {target.name}.")
    if target.is_dir():
        raise ExportWriteError(f"{target} to folder, nie plik — podaj nazwę pliku, np. {target.name}.pdf.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except PermissionError as exc:
        raise ExportWriteError(f"Brak uprawnień do zapisu w folderze {folder}. Wybierz inny folder.") from exc
    except OSError as exc:
        raise ExportWriteError(f"Nie można utworzyć pliku w folderze {folder}: {exc.strerror or exc}. "
                               "Wybierz inny folder.") from exc
    try:
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
                raise ExportWriteError(f"Brak miejsca na dysku — pliku {target.name} nie zapisano. Zwolnij miejsce "
                                       "albo wybierz inny dysk.") from exc
            raise ExportWriteError(f"Nie udało się zapisać pliku {target}: {exc.strerror or exc}.") from exc
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise ExportWriteError(
                f"Nie można zastąpić pliku {target}: jest otwarty w innym programie albo tylko do odczytu. "
                "Zamknij go (np. w Excelu lub przeglądarce PDF) i spróbuj ponownie."
            ) from exc
        except OSError as exc:
            raise ExportWriteError(f"Nie można zapisać pliku {target}: {exc.strerror or exc}. "
                                   "Spróbuj ponownie albo wybierz inne miejsce.") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
    return target
