import pytest

from edulab_app.errors import DatabaseError
from edulab_app.services import maintenance, schools
from edulab_app.services.demo import DEMO_RSPO, create_demo_school
from edulab_app.storage import backup as backup_mod
from edulab_app.storage.backup import list_backups


def test_backup_then_restore_brings_data_back(ctx):
    create_demo_school(ctx.db())
    path = maintenance.backup(ctx)
    with ctx.db().engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM schools")
    assert schools.list_schools(ctx.db()) == []
    kept = maintenance.restore(ctx, path)
    assert kept is not None and kept.exists()
    assert [s.rspo for s in schools.list_schools(ctx.db())] == [DEMO_RSPO]


def test_backups_rotate(ctx, monkeypatch):
    ctx.db()
    monkeypatch.setattr(backup_mod, "KEEP_BACKUPS", 3)
    for _ in range(5):
        maintenance.backup(ctx)
    kept = list_backups(ctx.backup_dir)
    assert len(kept) == 3
    assert kept == sorted(kept, key=lambda b: (b.created, b.path.name), reverse=True)


def test_restoring_a_non_backup_changes_nothing(ctx, tmp_path):
    create_demo_school(ctx.db())
    junk = tmp_path / "zdjecie.sqlite3"
    junk.write_bytes(b"\x89PNG not a database" * 100)
    with pytest.raises(DatabaseError, match="nie nadaje się"):
        maintenance.restore(ctx, junk)
    assert [s.rspo for s in schools.list_schools(ctx.db())] == [DEMO_RSPO]


def test_restore_over_a_damaged_database_keeps_the_damaged_file(ctx):
    create_demo_school(ctx.db())
    good = maintenance.backup(ctx)
    ctx.close()
    db_file = ctx.data_dir / "edulab.sqlite3"
    for suffix in ("-wal", "-shm"):
        (ctx.data_dir / f"edulab.sqlite3{suffix}").unlink(missing_ok=True)
    db_file.write_bytes(b"garbage" * 1000)
    kept = maintenance.restore(ctx, good)
    assert kept.read_bytes() == b"garbage" * 1000
    assert [s.rspo for s in schools.list_schools(ctx.db())] == [DEMO_RSPO]
