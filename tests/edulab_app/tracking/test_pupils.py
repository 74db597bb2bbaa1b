"""Pupils: the minimal record, permissions per role, the audit trail, support forms, export and erasure."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from edulab_app.errors import NotFound, ValidationFailed
from edulab_app.security import audit
from edulab_app.security.errors import PermissionDenied, SessionLocked
from edulab_app.services import assessments, assistants, pupils
from edulab_app.storage.security_models import AuditEntry
from edulab_app.storage.tracking_models import ClinicAssessment, Pupil, SupportFormRow
from plans.support import SupportForm

from .conftest import RSPO, TODAY, tiny_pdf

D = dt.date
NAME = "Mykoła Kowalenko"


def add(db, session, name=NAME, **kw):
    data = dict(class_label="4b", arrived_in_poland=D(2024, 3, 1), at_school_since=D(2024, 3, 11), country="UA",
                languages=("uk", "ru"), polish_level="A2", regime="ukrainian_special", notes="Lubi piłkę nożną.")
    data.update(kw)
    return pupils.add_pupil(db, session, RSPO, pupils.PupilInput(name, **data), today=TODAY)


def entries(db):
    with db.session() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()


def test_add_list_get_and_update(tdb, director):
    info = add(tdb, director)
    assert info.code.startswith("U-") and len(info.code) == 10 and info.name == NAME
    listed = pupils.list_pupils(tdb, director, RSPO)
    assert [p.code for p in listed] == [info.code] and listed[0].name is None
    assert pupils.list_pupils(tdb, director, RSPO, with_names=True)[0].name == NAME
    assert pupils.get_pupil(tdb, director, info.code).notes == "Lubi piłkę nożną."
    assert pupils.get_pupil(tdb, director, info.id).code == info.code
    changed = pupils.update_pupil(tdb, director, info.code,
                                  replace(info.to_input(), polish_level="B1", class_label="5b"), today=TODAY)
    assert changed.polish_level == "B1" and changed.class_label == "5b" and changed.code == info.code
    last = entries(tdb)[-1]
    assert last.action == "update" and last.record_ref == info.code and "polish_level" in last.details


def test_the_code_is_a_keyed_pseudonym_stable_for_the_uid(tdb, director):
    from edulab_app.security import pseudonym

    info = add(tdb, director)
    assert info.code == pseudonym.pseudonym(pseudonym.school_key(director.data_key, RSPO), info.id)


def test_validation_names_the_fields(tdb, director):
    with pytest.raises(ValidationFailed) as err:
        add(tdb, director, name=" ", country="Ukraina", polish_level="Z9", regime="x",
            at_school_since=D(2024, 1, 1))
    fields = {e.field for e in err.value.errors}
    assert fields == {"name", "country", "polish_level", "regime", "at_school_since"}


def test_permissions_per_role(tdb, sessions):
    info = add(tdb, sessions["director"])
    teacher, specialist, coordinator = sessions["teacher"], sessions["clinic_specialist"], sessions["coordinator"]
    assert pupils.list_pupils(tdb, teacher, RSPO)  # teachers see the pupils they teach
    assert pupils.get_pupil(tdb, specialist, info.code).name == NAME
    with pytest.raises(PermissionDenied):
        add(tdb, teacher, name="Inna Osoba")
    add(tdb, coordinator, name="Inna Osoba")
    pupils.add_support(tdb, teacher, info.code, SupportForm("additional_polish", 4, D(2025, 9, 1), D(2026, 6, 26)))
    for who in (teacher, coordinator):
        with pytest.raises(PermissionDenied):
            pupils.export_pupil(tdb, who, info.code)
        with pytest.raises(PermissionDenied):
            pupils.erase_pupil(tdb, who, info.code)
    denied = [e for e in entries(tdb) if e.action == "permission_denied"]
    assert {(e.username, e.record_type, e.record_ref) for e in denied} >= {("nauczyciel", "pupil", ""),
                                                                          ("koordynator", "pupil", info.code)}
    with pytest.raises(PermissionDenied, match="wymaga zalogowania"):
        pupils.list_pupils(tdb, None, RSPO)


def test_the_expert_sees_no_pupils(tdb, director):
    from edulab_app.security import accounts

    accounts.add_user(tdb, director, "ekspert", "Ekspert EDUlab", "edulab_expert", "Ekspert-EDUlab-2026")
    expert = accounts.login(tdb, "ekspert", "Ekspert-EDUlab-2026")
    with pytest.raises(PermissionDenied):
        pupils.list_pupils(tdb, expert, RSPO)
    assert pupils.aggregate_counts(tdb, RSPO, TODAY)["pupils"] == 0  # counts need no session at all


def test_a_locked_session_reads_nothing(tdb, director):
    add(tdb, director)
    director.lock()
    with pytest.raises(SessionLocked):
        pupils.list_pupils(tdb, director, RSPO)


def test_every_read_is_audited_with_pseudonyms_never_names(tdb, sessions):
    director, teacher = sessions["director"], sessions["teacher"]
    info = add(tdb, director)
    pupils.get_pupil(tdb, teacher, info.code)
    pupils.list_pupils(tdb, teacher, RSPO, with_names=True)
    pupils.pupil_summary(tdb, teacher, info.code, TODAY)
    log = entries(tdb)
    reads = [(e.username, e.record_type, e.record_ref) for e in log if e.action == "read"]
    assert ("nauczyciel", "pupil", info.code) in reads and ("nauczyciel", "pupil", "") in reads
    assert ("nauczyciel", "support_form", info.code) in reads
    for e in log:
        assert "Kowalenko" not in e.record_ref + e.details and "Mykoła" not in e.details
    assert audit.verify_chain(tdb) == []


def test_support_forms_and_the_school_check(tdb, director):
    helper = assistants.add_assistant(tdb, director, RSPO, assistants.AssistantInput(
        "Olena Demczenko", "helper_art165_8", D(2024, 9, 1), None, 20, ("uk", "pl")))
    info = add(tdb, director, regime="general", country="BY")
    pupils.add_support(tdb, director, info.code, SupportForm("additional_polish", 1, D(2025, 9, 1), D(2026, 6, 26)))
    pupils.add_support(tdb, director, info.code, SupportForm("assistant", 3, D(2024, 9, 1), D(2026, 6, 26),
                                                             assistant_id=helper.id))
    with pytest.raises(ValidationFailed) as err:
        pupils.add_support(tdb, director, info.code, SupportForm("compensatory", 1, D(2025, 9, 1)))
    assert err.value.errors[0].field == "subject"
    with pytest.raises(ValidationFailed) as err:
        pupils.add_support(tdb, director, info.code, SupportForm("assistant", 1, D(2025, 9, 1), assistant_id=999))
    assert err.value.errors[0].field == "assistant_id"
    check = pupils.check_school(tdb, director, RSPO, TODAY)
    found = {f.code for f in check.findings}
    assert {"support.polish_min_hours", "support.language_helper_max_months"} <= found and check.has_errors
    assert all(info.code in f.message for f in check.findings if f.code.startswith("support."))
    assert check.workload[0].pupils == 1 and check.workload[0].hours_with_pupils == 3
    summary = pupils.pupil_summary(tdb, director, info.code, TODAY)
    assert summary.hours_total == 4
    forms = pupils.list_support(tdb, director, info.code)
    pupils.delete_support(tdb, director, forms[0].id)
    assert len(pupils.list_support(tdb, director, info.code)) == 1


def test_export_holds_everything_about_one_pupil(tdb, tdir, director):
    info = add(tdb, director)
    other = add(tdb, director, name="Sofija Bondarenko")
    pupils.add_support(tdb, director, info.code, SupportForm("additional_polish", 6, D(2024, 9, 2), D(2025, 6, 27)))
    pdf = tiny_pdf()
    a = assessments.attach(tdb, director, info.code, "orzeczenie", "PPP nr 2 w Gdyni", D(2025, 10, 1),
                           D(2025, 10, 6), [{"text": "Zajęcia logopedyczne", "support_kind": "ppp_help"}], pdf,
                           today=TODAY)
    data = pupils.export_pupil(tdb, director, info.code, include_files=True, today=TODAY)
    assert data["pupil"]["name"] == NAME and data["pupil"]["notes"] == "Lubi piłkę nożną."
    assert data["pupil"]["code"] == info.code and data["school"]["rspo"] == RSPO
    assert [f["kind"] for f in data["support_forms"]] == ["additional_polish"]
    [item] = data["clinic_assessments"]
    assert item["id"] == a.id and item["ipet_due"] == "2025-11-05"
    assert item["recommendations"][0]["support_kind"] == "ppp_help"
    assert base64.b64decode(item["file_base64"]) == pdf
    assert any(e["action"] == "utworzenie" for e in data["access_log"])
    assert "Bondarenko" not in str(data) and other.code not in str(data)
    without = pupils.export_pupil(tdb, director, info.code, today=TODAY)
    assert "file_base64" not in without["clinic_assessments"][0]
    assert entries(tdb)[-1].action == "access_request" and entries(tdb)[-1].record_ref == info.code


def test_erase_removes_rows_and_files_and_keeps_the_fact(tdb, tdir, director):
    info = add(tdb, director)
    keep = add(tdb, director, name="Sofija Bondarenko")
    pupils.add_support(tdb, director, info.code, SupportForm("additional_polish", 6, D(2024, 9, 2), D(2025, 6, 27)))
    assessments.attach(tdb, director, info.code, "opinia", "PPP nr 2 w Gdyni", D(2025, 10, 1), D(2025, 10, 6), [],
                       tiny_pdf(), today=TODAY)
    secure = tdir / "secure"
    assert len(list(secure.glob("*.enc"))) == 1
    done = pupils.erase_pupil(tdb, director, info.code)
    assert done == {"code": info.code, "support_forms": 1, "assessments": 1, "files": 1}
    assert list(secure.glob("*.enc")) == []
    with tdb.session() as s:
        assert s.scalar(select(func.count()).select_from(Pupil)) == 1
        assert s.scalar(select(func.count()).select_from(SupportFormRow)) == 0
        assert s.scalar(select(func.count()).select_from(ClinicAssessment)) == 0
    with pytest.raises(NotFound):
        pupils.get_pupil(tdb, director, info.code)
    assert pupils.get_pupil(tdb, director, keep.code).name == "Sofija Bondarenko"
    erase = [e for e in entries(tdb) if e.action == "erase"]
    assert [(e.record_type, e.record_ref) for e in erase] == [("pupil", info.code)]
    assert audit.verify_chain(tdb) == []
    raw = b"".join(p.read_bytes() for p in tdir.rglob("*") if p.is_file())
    assert b"Kowalenko" not in raw


def test_aggregate_counts_carry_no_personal_data(tdb, director):
    a = add(tdb, director)
    b = add(tdb, director, name="Giorgi Kapanadze", country="GE", languages=("ka",), polish_level="B1",
            regime="general", class_label="7c", at_school_since=D(2025, 9, 1), arrived_in_poland=D(2025, 8, 20))
    pupils.add_support(tdb, director, a.code, SupportForm("additional_polish", 6, D(2025, 9, 1), D(2026, 6, 26)))
    pupils.add_support(tdb, director, b.code, SupportForm("compensatory", 1, D(2025, 9, 1), D(2026, 6, 26),
                                                          subject="Matematyka"))
    counts = pupils.aggregate_counts(tdb, RSPO, TODAY)
    assert counts["pupils"] == 2
    assert counts["by_country"] == {"GE": 1, "UA": 1} and counts["by_regime"] == {"general": 1, "ukrainian_special": 1}
    assert counts["by_polish_level"] == {"A2": 1, "B1": 1}
    assert counts["by_support_form"] == {"additional_polish": 1, "compensatory": 1}
    assert counts["compensatory_by_subject"] == {"matematyka": 1}
    plan = counts["plan_context"]
    assert plan["pupils_needing_polish"] == 1 and plan["pupils_ukrainian"] == 1 and plan["arrivals_per_year"] == 1
    assert plan["pupils_by_grade_band"] == {"4-6": 1, "7-8": 1} and plan["family_languages"] == ["ka", "ru", "uk"]
    text = str(counts)
    for secret in ("Kowalenko", "Kapanadze", a.code, b.code, a.id, b.id, "2024-03-01"):
        assert secret not in text
