"""Atomic writing of export files: complete or not there, and a message a person understands."""

from __future__ import annotations

import errno

import pytest

from exporters import atomic
from exporters.atomic import ExportWriteError, write_atomic


def leftovers(folder) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "plan.pdf"
    assert write_atomic(target, b"first") == target
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert leftovers(tmp_path) == []


def test_missing_folder(tmp_path):
    with pytest.raises(ExportWriteError, match="nie istnieje"):
        write_atomic(tmp_path / "brak" / "plan.pdf", b"x")


def test_target_is_a_folder(tmp_path):
    (tmp_path / "plan.pdf").mkdir()
    with pytest.raises(ExportWriteError, match="to folder"):
        write_atomic(tmp_path / "plan.pdf", b"x")


def test_file_held_open_by_another_program(tmp_path, monkeypatch):
    """On Windows, Excel or a PDF viewer holding the file makes os.replace fail with PermissionError."""
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"old")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(ExportWriteError) as info:
        write_atomic(target, b"new")
    message = str(info.value)
    assert "plan.xlsx" in message and "otwarty w innym programie" in message and "Zamknij" in message
    assert target.read_bytes() == b"old"  # the old file is untouched
    assert leftovers(tmp_path) == []  # and no temporary file is left behind


def test_disk_full(tmp_path, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(ExportWriteError, match="Brak miejsca na dysku"):
        write_atomic(tmp_path / "plan.pdf", b"x")
    assert leftovers(tmp_path) == [] and not (tmp_path / "plan.pdf").exists()


def test_folder_without_write_access(tmp_path, monkeypatch):
    # Simulated (the tests may run as root, whom permissions do not stop): creating the temp file is refused.
    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refused)
    with pytest.raises(ExportWriteError, match="Brak uprawnień"):
        write_atomic(tmp_path / "plan.pdf", b"x")
    assert not (tmp_path / "plan.pdf").exists()
