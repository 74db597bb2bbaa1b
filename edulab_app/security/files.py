"""Sensitive files (clinic PDFs, scans) stored encrypted under ``<data dir>/secure/``.

A stored file gets a random name (``<32 hex>.enc``) that says nothing about the pupil; the database keeps
that reference. Contents are encrypted with :func:`edulab_app.security.crypto.encrypt` and associated data
naming the owning record, written atomically (temporary file, fsync, ``os.replace``) and readable by the
owner only (POSIX mode 0600).

Erasure overwrites the file once before unlinking. On SSDs and copy-on-write file systems that overwrite
may not reach the old blocks, but the content was only ever stored encrypted.
"""

from __future__ import annotations

import os
import re
import secrets
import tempfile
from pathlib import Path

from edulab_app.security import crypto
from edulab_app.security.errors import SecurityError

SECURE_DIRNAME = "secure"
MAX_FILE_BYTES = 200 * 1024 * 1024
_REF = re.compile(r"^[0-9a-f]{32}\.enc$")


def secure_dir(data_dir: Path) -> Path:
    folder = Path(data_dir) / SECURE_DIRNAME
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def _path(data_dir: Path, ref: str) -> Path:
    if not _REF.match(ref):
        raise SecurityError(f"Nieprawidłowy identyfikator zaszyfrowanego pliku: {ref[:40]!r}.")
    return Path(data_dir) / SECURE_DIRNAME / ref


def _write_atomic(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=target.parent)  # created 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def store(data_key: bytes, data_dir: Path, content: bytes, aad: bytes) -> str:
    """Encrypt ``content`` into a new file; returns its reference (the file name) for the database."""
    if len(content) > MAX_FILE_BYTES:
        raise SecurityError(f"Plik jest za duży ({len(content) // (1024 * 1024)} MB; najwyżej "
                            f"{MAX_FILE_BYTES // (1024 * 1024)} MB).")
    ref = secrets.token_hex(16) + ".enc"
    folder = secure_dir(data_dir)
    try:
        _write_atomic(folder / ref, crypto.encrypt(data_key, content, aad))
    except OSError as exc:
        raise SecurityError(f"Nie można zapisać zaszyfrowanego pliku w folderze {folder} "
                            f"({exc.strerror or exc}).") from exc
    return ref


def load(data_key: bytes, data_dir: Path, ref: str, aad: bytes) -> bytes:
    path = _path(data_dir, ref)
    try:
        blob = path.read_bytes()
    except FileNotFoundError as exc:
        raise SecurityError(f"Brak zaszyfrowanego pliku {ref} w folderze {path.parent}. Przywróć kopię "
                            "zapasową folderu danych.") from exc
    except OSError as exc:
        raise SecurityError(f"Nie można odczytać pliku {path} ({exc.strerror or exc}).") from exc
    return crypto.decrypt(data_key, blob, aad)


def erase(data_dir: Path, ref: str) -> bool:
    """Overwrite and delete a stored file; False if it was already gone."""
    path = _path(data_dir, ref)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    with open(path, "r+b") as fh:
        for offset in range(0, size, 1 << 20):
            fh.write(secrets.token_bytes(min(1 << 20, size - offset)))
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()
    return True
