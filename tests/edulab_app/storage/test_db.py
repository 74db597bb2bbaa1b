import sqlite3

import pytest

from edulab_app.errors import DatabaseDamaged, NetworkShareRefused
from edulab_app.storage import db as dbmod
from edulab_app.storage.db import Database


def test_every_connection_gets_the_pragmas(tmp_path):
    db = Database.open_sqlite(tmp_path)
    with db.engine.connect() as conn:
        values = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in
                  ("foreign_keys", "journal_mode", "busy_timeout", "synchronous")}
    assert values == {"foreign_keys": 1, "journal_mode": "wal", "busy_timeout": 5000, "synchronous": 2}


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "edulab.sqlite3"
    path.write_bytes(b"this is a spreadsheet, not a database" * 50)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged) as info:
        Database.open_sqlite(tmp_path)
    assert "nie jest bazą SQLite" in str(info.value) and str(path) in str(info.value)
    assert path.read_bytes() == before


def test_a_damaged_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "edulab.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    con.commit()
    con.close()
    raw = bytearray(path.read_bytes())
    raw[4096 + 10: 4096 + 400] = b"\xff" * 390  # smash the second page
    path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged):
        Database.open_sqlite(tmp_path)
    assert path.read_bytes() == bytes(raw)


def test_network_mounts_are_detected_by_the_longest_mount_point(tmp_path):
    mounts = ["/dev/sda1 / ext4 rw 0 0", f"//nas/szkola {tmp_path} cifs rw 0 0", "nfs:/x /mnt/nf nfs4 rw 0 0"]
    assert dbmod.mount_fs_type(tmp_path / "data", mounts) == "cifs"
    assert dbmod.mount_fs_type(tmp_path.parent / "other", mounts) == "ext4"
    assert dbmod.mount_fs_type(dbmod.Path("/mnt/nfsx"), mounts) == "ext4"  # a prefix is not a parent


def test_sqlite_on_a_network_share_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(dbmod, "is_network_path", lambda path: True)
    with pytest.raises(NetworkShareRefused, match="dysku sieciowym"):
        Database.open_sqlite(tmp_path)
    assert not (tmp_path / "edulab.sqlite3").exists()


def test_local_folder_is_not_a_network_path(tmp_path):
    assert not dbmod.is_network_path(tmp_path)
