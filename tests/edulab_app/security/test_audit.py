"""The audit log: hash chain, append-only triggers, tamper detection, director-only viewing."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from edulab_app.security import audit
from edulab_app.security.errors import SecurityError
from edulab_app.security.session import Actor
from edulab_app.storage.security_models import (
    SQLITE_AUDIT_TRIGGERS,
    AuditEntry,
    audit_trigger_statements,
)

ANNA = Actor("anna", "coordinator")


def _fill(db, n=4):
    with db.session() as s:
        for i in range(n):
            audit.record(s, ANNA, "read", "pupil", f"U-{i:08}", {"fields": ["name", "class"]})


def test_entries_form_a_chain_that_verifies(secdb):
    _fill(secdb)
    assert audit.verify_chain(secdb) == []
    with secdb.session() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert [r.id for r in rows] == [1, 2, 3, 4]
    assert rows[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:], strict=False))
    assert audit.head(secdb) == (4, rows[-1].hash)


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET username = 'x'", "DELETE FROM audit_log",
                                       "DELETE FROM audit_log WHERE id = 2"])
def test_update_and_delete_raise_on_sqlite(secdb, statement):
    _fill(secdb)
    with pytest.raises(DBAPIError, match="append-only"), secdb.engine.begin() as conn:
        conn.execute(text(statement))
    with secdb.session() as s:
        assert s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc())) == 4
    assert audit.verify_chain(secdb) == []


def _without_triggers(db, *statements):
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        for statement in statements:
            conn.execute(text(statement))
        for ddl in SQLITE_AUDIT_TRIGGERS:
            conn.execute(text(ddl))


def test_an_edited_entry_is_reported(secdb):
    _fill(secdb)
    _without_triggers(secdb, "UPDATE audit_log SET record_ref = 'U-99999999' WHERE id = 2")
    problems = audit.verify_chain(secdb)
    assert len(problems) == 1 and problems[0].startswith("Wpis nr 2 z ") and "został zmieniony" in problems[0]


def test_an_edited_entry_with_a_recomputed_hash_breaks_the_next_link(secdb):
    _fill(secdb)
    with secdb.session() as s:
        row = s.get(AuditEntry, 2)
        forged = audit.entry_hash(row.id, row.at, "mallory", row.role, row.action, row.record_type,
                                  row.record_ref, row.details, row.prev_hash)
    _without_triggers(secdb, f"UPDATE audit_log SET username = 'mallory', hash = '{forged}' WHERE id = 2")
    assert audit.verify_chain(secdb) == [
        "Wpis nr 3 nie łączy się z poprzednim (łańcuch przerwany: wpis poprzedni zmieniony, usunięty lub wstawiony)."]


def test_a_deleted_entry_is_reported(secdb):
    _fill(secdb)
    _without_triggers(secdb, "DELETE FROM audit_log WHERE id = 2")
    problems = audit.verify_chain(secdb)
    assert problems[0] == "Brak wpisów nr 2–2 (usunięte z dziennika)."
    assert "Wpis nr 3 nie łączy się" in problems[1]


def test_the_chain_cannot_fork(secdb):
    _fill(secdb, 2)
    with secdb.session() as s:
        first = s.get(AuditEntry, 1)
    with pytest.raises(IntegrityError), secdb.engine.begin() as conn:
        conn.execute(text("INSERT INTO audit_log (id, at, username, role, action, record_type, record_ref, details, "
                          "prev_hash, hash) VALUES (3, '2026-01-01 00:00:00.000000', 'x', '', 'read', 'pupil', '', "
                          "'{}', :prev, :h)"), {"prev": first.prev_hash, "h": "f" * 64})


@pytest.mark.parametrize("ref", ["Jan Kowalski", "Łucja", "a" * 65])
def test_record_refuses_a_name_as_reference(secdb, ref):
    with pytest.raises(SecurityError, match="nie przechowuje imion"), secdb.session() as s:
        audit.record(s, ANNA, "read", "pupil", ref)


def test_record_refuses_unknown_actions_and_long_details(secdb):
    with secdb.session() as s:
        with pytest.raises(SecurityError, match="Nieznana czynność"):
            audit.record(s, ANNA, "peek", "pupil", "U-1")
        with pytest.raises(SecurityError, match="za długie"):
            audit.record(s, ANNA, "read", "pupil", "U-1", {"note": "x" * 3000})
        with pytest.raises(SecurityError, match="nie da się zapisać"):
            audit.record(s, ANNA, "read", "pupil", "U-1", {"at": object()})


def test_an_entry_rolls_back_with_the_change_it_describes(secdb):
    with pytest.raises(RuntimeError), secdb.session() as s:
        audit.record(s, ANNA, "update", "pupil", "U-1")
        raise RuntimeError("the change failed")
    assert audit.head(secdb) == (0, audit.GENESIS)


def test_director_lists_entries_with_filters_and_the_viewing_is_logged(director_setup):
    db, _, director = director_setup
    _fill(db, 3)
    found = audit.list_entries(db, director, audit.AuditFilter(record_type="pupil"))
    assert [e.record_ref for e in found] == ["U-00000002", "U-00000001", "U-00000000"]
    assert found[0].action_label == "odczyt" and found[0].details == {"fields": ["name", "class"]}
    one = audit.list_entries(db, director, audit.AuditFilter(record_ref="U-00000001"))
    assert len(one) == 1 and one[0].username == "anna"
    last = audit.list_entries(db, director, audit.AuditFilter(limit=1))[0]
    assert (last.action, last.record_type, last.details) == ("read", "audit_log", {"entries": 1})
    assert audit.verify_chain(db) == []


def test_trigger_statements_exist_for_both_dialects():
    assert len(audit_trigger_statements("sqlite")) == 2
    assert any("TRUNCATE" in s for s in audit_trigger_statements("postgresql"))
    assert audit_trigger_statements("mysql") == ()


@pytest.mark.postgres
def test_audit_log_is_append_only_on_postgresql(pg_db):
    from edulab_app.storage.base import Base
    from edulab_app.storage.security_models import SECURITY_TABLES

    Base.metadata.create_all(pg_db.engine, tables=list(SECURITY_TABLES))
    _fill(pg_db, 3)
    assert audit.verify_chain(pg_db) == []
    for statement in ("UPDATE audit_log SET username = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), pg_db.engine.begin() as conn:
            conn.execute(text(statement))
    assert audit.head(pg_db)[0] == 3
