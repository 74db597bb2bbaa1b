"""The incident register: roles (director and coordinator keep it, a teacher reports and reads only their own
reports, others may not touch it), every read and change audited by reference and never by content,
encryption at rest, deadlines from the settings, overdue steps, closing, statistics without a session."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from edulab_app.errors import NotFound, ValidationFailed
from edulab_app.security import audit
from edulab_app.security.errors import PermissionDenied, SessionLocked
from edulab_app.services import incidents
from edulab_app.storage.document_models import IncidentRow
from edulab_app.storage.security_models import AuditEntry

from .conftest import NOW, PASSWORDS, RSPO

T = dt.datetime
DESCRIPTION = "Uczniowie wyśmiewali akcent kolegi i nazywali go Poufny-Przydomek-XYZ."
OUTCOME = "Rozmowy wyjaśniające, przeprosiny, warsztaty Wynik-Poufny-ABC dla klasy."
PERSONS = ("U-7K2M9QXA", "Uczeń-Pseudonim-QRS")


def report(db, session, when=None, motives=("language", "national_ethnic_origin"), kind="pupil"):
    return incidents.add_incident(db, session, RSPO, incidents.IncidentInput(
        when or T(2026, 10, 5, 9, 30), kind, motives, DESCRIPTION, PERSONS, "Jan Nowak (pedagog)"), now=NOW)


def entries(db):
    with db.session() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()


def test_report_list_read_and_audit(ddb, sessions):
    director = sessions["director"]
    info = report(ddb, director)
    assert info.number == 1 and info.ref == f"{RSPO}/1" and info.decrypted and info.incident.description == DESCRIPTION
    assert [s.id for s in info.incident.steps][:2] == ["acknowledge", "notify_parents"]
    assert info.incident.step("acknowledge").due == T(2026, 10, 7, 23, 59)
    created = entries(ddb)[-1]
    assert (created.action, created.record_type, created.record_ref) == ("create", "incident", f"{RSPO}/1")
    listed = incidents.list_incidents(ddb, director, RSPO, now=NOW)
    assert [f.number for f in listed] == [1] and not listed[0].decrypted and listed[0].incident.description == ""
    assert {s.id for s in listed[0].overdue} == {s.id for s in listed[0].incident.steps}  # all late at NOW
    read = entries(ddb)[-1]
    assert read.action == "read" and '"numbers":[1]' in read.details
    full = incidents.get_incident(ddb, sessions["coordinator"], RSPO, 1, now=NOW)
    assert full.incident.persons == PERSONS and full.to_dict()["description"] == DESCRIPTION
    last = entries(ddb)[-1]
    assert (last.username, last.action, last.record_ref) == ("koordynator", "read", f"{RSPO}/1")
    for e in entries(ddb):
        assert "Poufny" not in e.details and "QRS" not in e.details and "akcent" not in e.details
    with pytest.raises(NotFound):
        incidents.get_incident(ddb, director, RSPO, 99)
    assert incidents.list_incidents(ddb, director, RSPO, "2025/2026") == []


def test_roles(ddb, sessions):
    teacher, teacher2, specialist = sessions["teacher"], sessions["teacher2"], sessions["clinic_specialist"]
    mine = report(ddb, teacher)
    report(ddb, sessions["director"])
    assert [f.number for f in incidents.list_incidents(ddb, teacher, RSPO)] == [mine.number]
    assert incidents.get_incident(ddb, teacher, RSPO, mine.number).incident.description == DESCRIPTION
    assert incidents.list_incidents(ddb, teacher2, RSPO) == []
    with pytest.raises(PermissionDenied):
        incidents.get_incident(ddb, teacher2, RSPO, mine.number)
    denied = entries(ddb)[-1]
    assert (denied.action, denied.username, denied.record_ref) == ("permission_denied", "nauczyciel2", f"{RSPO}/1")
    with pytest.raises(PermissionDenied):
        incidents.update_step(ddb, teacher, RSPO, mine.number, "acknowledge")
    with pytest.raises(PermissionDenied):
        incidents.close_incident(ddb, teacher, RSPO, mine.number, "koniec")
    for call in (lambda: report(ddb, specialist), lambda: incidents.list_incidents(ddb, specialist, RSPO),
                 lambda: incidents.get_incident(ddb, specialist, RSPO, 1)):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(PermissionDenied):
        incidents.list_incidents(ddb, None, RSPO)
    sessions["director"].lock()
    with pytest.raises(SessionLocked):
        incidents.list_incidents(ddb, sessions["director"], RSPO)
    assert not incidents.may_manage(teacher) and incidents.may_report(teacher) and incidents.may_manage(
        sessions["coordinator"])


def test_validation_names_fields(ddb, sessions):
    with pytest.raises(ValidationFailed) as exc:
        incidents.add_incident(ddb, sessions["director"], RSPO, incidents.IncidentInput(
            T(2027, 5, 1), "robot", (), " ", (), ""), now=NOW)
    assert {e.field for e in exc.value.errors} == {"reported_at", "reporter_kind", "motives", "description",
                                                    "responsible"}


def test_steps_overdue_and_closing(ddb, sessions):
    coordinator = sessions["coordinator"]
    report(ddb, coordinator, when=T(2026, 11, 20, 10, 0))  # Friday
    early = T(2026, 11, 20, 12, 0)
    assert incidents.list_incidents(ddb, coordinator, RSPO, now=early)[0].overdue == ()
    at = T(2026, 11, 21, 11, 0)
    assert [s.id for s in incidents.list_incidents(ddb, coordinator, RSPO, now=at)[0].overdue] == ["notify_parents"]
    info = incidents.update_step(ddb, coordinator, RSPO, 1, "notify_parents", done_at=T(2026, 11, 20, 15, 0),
                                 now=at)
    assert info.overdue == () and info.status == "in_progress"
    assert info.incident.step("notify_parents").done_by == "Konto koordynator"
    changed = entries(ddb)[-1]
    assert changed.action == "update" and '"step":"notify_parents"' in changed.details
    info = incidents.update_step(ddb, coordinator, RSPO, 1, "investigate", done=None, responsible="Anna Kowalska",
                                 now=at)
    assert info.incident.step("investigate").responsible == "Anna Kowalska" and not info.incident.step(
        "investigate").is_done
    info = incidents.update_step(ddb, coordinator, RSPO, 1, "notify_parents", done=False, now=at)
    assert not info.incident.step("notify_parents").is_done
    with pytest.raises(ValidationFailed) as exc:
        incidents.update_step(ddb, coordinator, RSPO, 1, "wizard", now=at)
    assert exc.value.errors[0].field == "step"
    with pytest.raises(ValidationFailed) as exc:
        incidents.close_incident(ddb, coordinator, RSPO, 1, " ", now=at)
    assert exc.value.errors[0].field == "outcome"
    closed = incidents.close_incident(ddb, coordinator, RSPO, 1, OUTCOME, T(2026, 12, 4, 10, 0), now=at)
    assert closed.status == "closed" and closed.incident.outcome == OUTCOME and closed.incident.days_to_close == 14.0
    assert incidents.get_incident(ddb, sessions["director"], RSPO, 1).incident.outcome == OUTCOME
    with pytest.raises(ValidationFailed):
        incidents.update_step(ddb, coordinator, RSPO, 1, "decide", now=at)


def test_statistics_without_a_session(ddb, sessions):
    director = sessions["director"]
    report(ddb, director, T(2026, 10, 5, 9, 0), ("language",), "anonymous")
    report(ddb, director, T(2026, 11, 2, 9, 0), ("religion", "language"), "parent")
    report(ddb, director, T(2026, 5, 2, 9, 0), ("age",), "staff")  # 2025/2026
    incidents.close_incident(ddb, director, RSPO, 1, OUTCOME, T(2026, 10, 15, 9, 0), now=NOW)
    st = incidents.statistics(ddb, RSPO, now=NOW)
    assert st.school_year == "2026/2027" and st.total == 2 and st.closed == 1 and st.open_overdue == 1
    assert st.by_motive["language"] == 2 and st.by_motive["religion"] == 1 and st.by_motive["age"] == 0
    assert st.median_days_to_close == 10.0
    assert incidents.statistics(ddb, RSPO, "2025/2026").total == 1
    counts = incidents.package_counts(ddb, RSPO, "2026/2027")
    assert counts["total"] == 2 and "anonymous_share" not in counts
    assert "Poufny" not in str(counts) and "U-7K2M9QXA" not in str(counts)
    assert incidents.school_years(ddb, RSPO) == ["2026/2027", "2025/2026"]
    with pytest.raises(ValidationFailed):
        incidents.statistics(ddb, RSPO, "2026")


def test_deadlines_come_from_settings(ddb, sessions):
    director = sessions["director"]
    with pytest.raises(PermissionDenied):
        incidents.set_deadlines(ddb, sessions["coordinator"], RSPO, {"acknowledge": {"value": 3}})
    with pytest.raises(ValidationFailed) as exc:
        incidents.set_deadlines(ddb, director, RSPO, {"acknowledge": {"value": 30}})
    assert exc.value.errors[0].field == "deadlines.acknowledge"
    incidents.set_deadlines(ddb, director, None, {"acknowledge": {"value": 4}, "notify_parents": {"value": 48}})
    incidents.set_deadlines(ddb, director, RSPO, {"acknowledge": {"value": 1}})
    proc = incidents.procedure(ddb, RSPO)
    assert proc.step("acknowledge").deadline.value == 1  # the school's setting wins over the install's
    assert proc.step("notify_parents").deadline.value == 48
    assert incidents.procedure(ddb, "999").step("acknowledge").deadline.value == 4
    assert entries(ddb)[-1].action == "settings_change"
    info = report(ddb, director, T(2026, 10, 5, 9, 30))
    assert info.incident.step("acknowledge").due == T(2026, 10, 6, 23, 59)
    assert info.incident.step("notify_parents").due == T(2026, 10, 7, 9, 30)


@pytest.mark.expect_log_warnings
def test_a_damaged_setting_is_skipped_with_a_warning(ddb, school, caplog):
    from edulab_app.services import settings

    settings.set_setting(ddb, incidents.INSTALL_SETTING, {"notify_parents": {"value": 12}})
    settings.set_setting(ddb, incidents.setting_key(RSPO), {"acknowledge": {"value": 999}})
    proc = incidents.procedure(ddb, RSPO)
    assert proc.step("acknowledge").deadline.value == 2 and proc.step("notify_parents").deadline.value == 12
    assert "incidents.deadlines.123456" in caplog.text


def test_content_is_encrypted_at_rest(ddb, ddir, sessions):
    director = sessions["director"]
    report(ddb, director)
    incidents.close_incident(ddb, director, RSPO, 1, OUTCOME, now=NOW)
    with ddb.session() as s:
        row = s.scalar(select(IncidentRow))
        assert DESCRIPTION.encode() not in row.description_enc and row.outcome_enc
    raw = b"".join(p.read_bytes() for p in sorted(ddir.rglob("*")) if p.is_file())
    ddb.dispose()
    raw += b"".join(p.read_bytes() for p in sorted(ddir.rglob("*")) if p.is_file())
    for secret in ("Poufny-Przydomek-XYZ", "Wynik-Poufny-ABC", "Uczeń-Pseudonim-QRS", "akcent kolegi",
                   PASSWORDS["dyrektor"]):
        assert secret.encode("utf-8") not in raw, secret
    assert f"{RSPO}/1".encode() in raw  # the audit log refers to the report by its reference


def test_audit_chain_stays_valid(ddb, sessions):
    report(ddb, sessions["teacher"])
    with pytest.raises(PermissionDenied):
        incidents.get_incident(ddb, sessions["teacher2"], RSPO, 1)
    incidents.update_step(ddb, sessions["director"], RSPO, 1, "acknowledge", now=NOW)
    assert audit.verify_chain(ddb) == []
