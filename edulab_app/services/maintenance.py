"""Backups and restore as use cases (the GUI menu and ``edulab backup|restore`` call these)."""

from __future__ import annotations

from pathlib import Path

from edulab_app.services.context import AppContext
from edulab_app.storage.backup import BackupInfo, create_backup, list_backups, restore_backup


def backup(ctx: AppContext, output: Path | None = None) -> Path:
    return create_backup(ctx.db(), ctx.backup_dir, reason="manual", target=output)


def backups(ctx: AppContext) -> list[BackupInfo]:
    return list_backups(ctx.backup_dir)


def restore(ctx: AppContext, source: Path, *, lock_held: bool = False) -> Path | None:
    """Restore ``source`` as the database of ``ctx``; refuses while another instance uses the data dir."""
    from edulab_app.instance_lock import InstanceLock
    from edulab_app.paths import ensure_writable

    ensure_writable(ctx.data_dir)
    ctx.close()
    if lock_held:
        return restore_backup(ctx.data_dir, source, ctx.backup_dir)
    with InstanceLock(ctx.data_dir):
        return restore_backup(ctx.data_dir, source, ctx.backup_dir)
