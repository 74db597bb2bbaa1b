"""Building (hostile) packages for the reader tests."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from typing import Any

from exporters.package_format import MANIFEST, MEMBERS


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def manifest_for(members: dict[str, bytes], base: dict[str, Any]) -> dict[str, Any]:
    return {**base, "members": [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                                for n, d in members.items() if n != MANIFEST]}


def build(members: dict[str, bytes], *, manifest: dict[str, Any] | None = None, fix_manifest: bool = True,
          compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A ZIP of ``members``; the manifest is recomputed from them (checksums right) unless told otherwise."""
    files = dict(members)
    if fix_manifest:
        base = manifest if manifest is not None else json.loads(files[MANIFEST])
        files[MANIFEST] = json.dumps(manifest_for(files, base)).encode()
    elif manifest is not None:
        files[MANIFEST] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compress) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def with_json(members: dict[str, bytes], member: str, change) -> dict[str, bytes]:
    """A copy of ``members`` with ``change(data)`` applied (in place) to the parsed JSON of ``member``."""
    data = json.loads(members[member])
    change(data)
    return {**members, member: json.dumps(data, ensure_ascii=False).encode()}


__all__ = ["MANIFEST", "MEMBERS", "build", "unzip", "with_json", "manifest_for"]
