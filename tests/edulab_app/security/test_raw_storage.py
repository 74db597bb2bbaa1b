"""Reading the raw files of the data folder: no pupil name, no PDF bytes, no secrets in the clear.

A sensitive value stored the way the pupil and clinic services will store it — encrypted with the data key
into a BLOB column, a clinic PDF into an encrypted file — and the audit entry about it, then every byte of
the data folder (database, WAL, shared memory, encrypted files) searched for the plaintext.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, LargeBinary, MetaData, String, Table, insert, select

from edulab_app.security import audit, crypto, files, pseudonym

from .conftest import DIRECTOR_PASSWORD

MARKER = "Zażółć Jaźń Testowa"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + b"0" * 3000 + b"\n%%EOF\n"

_meta = MetaData()
pupils = Table("test_pupils", _meta, Column("id", Integer, primary_key=True), Column("uid", String(36)),
               Column("name_enc", LargeBinary), Column("file_ref", String(40)))


def _all_bytes(folder) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_raw_database_and_files_hold_no_pupil_name_and_no_pdf(director_setup, tmp_path):
    db, recovery, director = director_setup
    data_dir = tmp_path / "data"
    _meta.create_all(db.engine)
    uid = "5f0c3a7e-0000-4000-8000-000000000001"
    name_aad = crypto.aad("test_pupils", "name", uid)
    code = pseudonym.pseudonym(pseudonym.school_key(director.data_key, "12345"), uid)
    with db.session() as s:
        ref = files.store(director.data_key, data_dir, PDF, crypto.aad("clinic_file", uid))
        s.execute(insert(pupils).values(uid=uid, name_enc=crypto.encrypt_text(director.data_key, MARKER, name_aad),
                                        file_ref=ref))
        audit.record(s, director, "create", "pupil", code, {"fields": ["name", "clinic_file"]})

    with db.session() as s:  # the way back works
        row = s.execute(select(pupils)).one()
    assert crypto.decrypt_text(director.data_key, row.name_enc, name_aad) == MARKER
    assert files.load(director.data_key, data_dir, row.file_ref, crypto.aad("clinic_file", uid)) == PDF

    raw_live = _all_bytes(data_dir)  # while the WAL still holds the newest pages
    db.dispose()
    raw = raw_live + _all_bytes(data_dir)
    assert (data_dir / "edulab.sqlite3").stat().st_size > 0
    for needle in (MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), "Jaźń".encode(), b"Testowa",
                   b"%PDF", PDF[20:60], DIRECTOR_PASSWORD.encode(), recovery.encode(), director.data_key):
        assert needle not in raw, needle
    assert code.encode() in raw  # the audit keeps the pseudonym, which is what it should keep
