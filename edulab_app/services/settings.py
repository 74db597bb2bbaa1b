"""Install-wide settings stored in the database (last opened school and the like)."""

from __future__ import annotations

from typing import Any

from edulab_app.storage.db import Database
from edulab_app.storage.models import Setting


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    with db.session() as s:
        row = s.get(Setting, key)
        return default if row is None else row.value


def set_setting(db: Database, key: str, value: Any) -> None:
    with db.session() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value, note=""))
        else:
            row.value = value
