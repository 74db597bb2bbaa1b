"""Which kind of exchange file is this? A cheap, safe look at a ZIP's manifest before the real, defensive
reader of that kind takes over (``edulab import`` accepts plan packages and expert review files)."""

from __future__ import annotations

import io
import json
import zipfile

MAX_MANIFEST = 1024 * 1024


def exchange_format(data: bytes) -> str | None:
    """The manifest's ``format`` ("edulab-plan-package", "edulab-review"…), or None when it cannot be told."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("manifest.json")
            if info.file_size > MAX_MANIFEST or info.compress_size == 0:
                return None
            manifest = json.loads(zf.read(info).decode("utf-8"))
    except Exception:  # noqa: BLE001 - anything odd means "not one of ours"; the real reader explains
        return None
    value = manifest.get("format") if isinstance(manifest, dict) else None
    return value if isinstance(value, str) else None
