"""Clinic assessments: the PDF is checked first (signature, size, a parse in a separate process with a time
limit), stored encrypted, opened only by authorised roles and audited; the IPET deadline is tracked."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from edulab_app.errors import ValidationFailed
from edulab_app.security.errors import PermissionDenied
from edulab_app.services import assessment_pdf_probe as probe
from edulab_app.services import assessments, pupils
from edulab_app.storage.security_models import AuditEntry
from edulab_app.storage.tracking_models import ClinicAssessment

from .conftest import RSPO, TODAY, tiny_pdf

D = dt.date
DELIVERED = D(2025, 10, 6)
RECS = [{"text": "Zajęcia logopedyczne 1 godz. tygodniowo", "support_kind": "ppp_help"},
        {"text": "Wydłużony czas pracy", "support_kind": None}]


@pytest.fixture
def pupil(tdb, director):
    return pupils.add_pupil(tdb, director, RSPO, pupils.PupilInput("Daria Melnyk", "5a", country="UA",
                                                                   regime="ukrainian_special"), today=TODAY)


def attach(db, session, code, pdf, kind="orzeczenie", delivered=DELIVERED):
    return assessments.attach(db, session, code, kind, "Poradnia Psychologiczno-Pedagogiczna nr 3 w Gdańsku",
                              D(2025, 10, 1), delivered, RECS, pdf, today=TODAY)


def count_rows(db):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(ClinicAssessment))


def test_attach_list_and_open_by_role(tdb, tdir, sessions, pupil):
    specialist = sessions["clinic_specialist"]
    pdf = tiny_pdf()
    a = attach(tdb, specialist, pupil.code, pdf)
    assert a.kind == "orzeczenie" and a.file_pages == 1 and a.file_size == len(pdf)
    assert a.ipet_due == D(2025, 11, 5)
    assert [r.support_kind for r in a.recommendations] == ["ppp_help", None]
    for role in ("director", "coordinator", "clinic_specialist"):
        assert assessments.open_file(tdb, sessions[role], a.id) == pdf
        assert [x.id for x in assessments.list_assessments(tdb, sessions[role], RSPO)] == [a.id]
    teacher = sessions["teacher"]
    with pytest.raises(PermissionDenied, match="Nauczyciel"):
        assessments.open_file(tdb, teacher, a.id)
    with pytest.raises(PermissionDenied):
        assessments.list_assessments(tdb, teacher, RSPO)
    with pytest.raises(PermissionDenied):
        attach(tdb, teacher, pupil.code, pdf)
    with tdb.session() as s:
        log = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    opened = [(e.username, e.record_ref) for e in log if e.action == "read" and e.record_type == "clinic_file"]
    assert opened == [("dyrektor", f"{pupil.code}/O{a.id}"), ("koordynator", f"{pupil.code}/O{a.id}"),
                      ("poradnia", f"{pupil.code}/O{a.id}")]
    denied = [(e.username, e.record_type) for e in log if e.action == "permission_denied"]
    assert ("nauczyciel", "clinic_file") in denied
    created = [e for e in log if e.action == "create" and e.record_type == "clinic_assessment"]
    assert created[0].username == "poradnia" and "Melnyk" not in created[0].details
    assert "Poradnia" not in created[0].details


def test_ipet_deadline_and_overdue_list(tdb, director, pupil):
    a = attach(tdb, director, pupil.code, tiny_pdf())
    opinion = attach(tdb, director, pupil.code, None, kind="opinia", delivered=None)
    assert opinion.ipet_due is None and not opinion.has_file
    assert assessments.ipet_overdue(tdb, director, RSPO, D(2025, 11, 5)) == []
    assert [x.id for x in assessments.ipet_overdue(tdb, director, RSPO, D(2025, 11, 6))] == [a.id]
    assert pupils.aggregate_counts(tdb, RSPO, D(2025, 11, 6))["clinic_assessments"] == {
        "opinia": 1, "orzeczenie": 1, "ipet_overdue": 1}
    assessments.mark_ipet_done(tdb, director, a.id, D(2025, 11, 6))
    assert assessments.ipet_overdue(tdb, director, RSPO, D(2025, 12, 1)) == []
    with pytest.raises(ValidationFailed) as err:
        attach(tdb, director, pupil.code, None, delivered=None)
    assert err.value.errors[0].field == "delivered"


def test_a_non_pdf_is_refused_before_anything(tdb, tdir, director, pupil, monkeypatch):
    calls = []
    monkeypatch.setattr(assessments.subprocess, "run", lambda *a, **k: calls.append(a))
    with pytest.raises(assessments.AttachmentRefused, match="To nie jest plik PDF"):
        attach(tdb, director, pupil.code, b"PK\x03\x04 a zip file pretending")
    with pytest.raises(assessments.AttachmentRefused, match="pusty"):
        attach(tdb, director, pupil.code, b"")
    assert calls == [] and count_rows(tdb) == 0 and not list(tdir.glob("secure/*"))


def test_an_oversize_file_is_refused_before_the_probe(tdb, tdir, director, pupil, monkeypatch):
    calls = []
    monkeypatch.setattr(assessments.subprocess, "run", lambda *a, **k: calls.append(a))
    big = b"%PDF-1.4\n" + b"0" * assessments.MAX_PDF_BYTES
    with pytest.raises(assessments.AttachmentRefused, match="najwyżej 15 MB"):
        attach(tdb, director, pupil.code, big)
    assert calls == [] and count_rows(tdb) == 0


def test_a_pdf_that_makes_the_probe_hang_is_refused_on_time(tdb, tdir, director, pupil, monkeypatch):
    monkeypatch.setattr(assessments, "probe_command",
                        lambda: [sys.executable, "-c", "import time; time.sleep(60)"])
    monkeypatch.setattr(assessments, "PROBE_TIMEOUT_S", 0.5)
    with pytest.raises(assessments.AttachmentRefused, match="trwało ponad 0.5 s"):
        attach(tdb, director, pupil.code, tiny_pdf())
    assert count_rows(tdb) == 0 and not list(tdir.glob("secure/*.enc"))


def test_a_damaged_pdf_is_refused_by_the_probe(tdb, director, pupil):
    pdf = tiny_pdf()
    with pytest.raises(assessments.AttachmentRefused, match="%%EOF"):
        attach(tdb, director, pupil.code, pdf[: len(pdf) // 2])
    with pytest.raises(assessments.AttachmentRefused, match="żadnej strony"):
        attach(tdb, director, pupil.code, b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nstartxref\n0\n%%EOF\n")
    assert count_rows(tdb) == 0


def test_the_probe_runs_in_another_process(monkeypatch):
    seen = {}
    real_run = assessments.subprocess.run

    def spy(cmd, **kwargs):
        seen["cmd"], seen["input"] = cmd, kwargs.get("input")
        seen["timeout"] = kwargs.get("timeout")
        return real_run(cmd, **kwargs)

    monkeypatch.setattr(assessments.subprocess, "run", spy)
    pdf = tiny_pdf()
    verdict = assessments.check_pdf(pdf)
    assert verdict["ok"] and verdict["pages"] == 1
    assert seen["cmd"][0] == sys.executable and seen["cmd"][-1].endswith("assessment_pdf_probe.py")
    assert seen["input"] == pdf and seen["timeout"] == assessments.PROBE_TIMEOUT_S


def test_the_probe_finds_pages_in_compressed_object_streams():
    import zlib

    inner = zlib.compress(b"3 0 obj << /Type /Page /Parent 2 0 R >> endobj")
    head = (b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n5 0 obj << /Type /ObjStm /N 1 "
            b"/Filter /FlateDecode /Length " + str(len(inner)).encode() + b" >>\nstream\n")
    pdf = head + inner + b"\nendstream\nendobj\nstartxref\n0\n%%EOF\n"
    assert probe.inspect(pdf) == {"ok": True, "pages": 1, "version": "1.7", "objects": 2}


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=4096), st.sampled_from([b"", b"%PDF-1.4\n", b"%PDF-"]),
       st.sampled_from([b"", b"\nstartxref\n0\n%%EOF\n", b"/Type /Page"]))
def test_the_probe_never_crashes_on_malformed_input(body, head, tail):
    verdict = probe.inspect(head + body + tail)
    assert isinstance(verdict, dict) and isinstance(verdict["ok"], bool)
    if not verdict["ok"]:
        assert verdict["reason"]


def test_recommendations_are_validated(tdb, director, pupil):
    with pytest.raises(ValidationFailed) as err:
        assessments.attach(tdb, director, pupil.code, "opinia", "PPP", D(2025, 10, 1), None,
                           [{"text": "", "support_kind": "magic"}], None, today=TODAY)
    assert {e.field for e in err.value.errors} == {"recommendations"}
    assert len(err.value.errors) == 2


def test_delete_erases_the_file(tdb, tdir, director, pupil):
    a = attach(tdb, director, pupil.code, tiny_pdf())
    assert len(list(tdir.glob("secure/*.enc"))) == 1
    assessments.delete_assessment(tdb, director, a.id)
    assert list(tdir.glob("secure/*.enc")) == [] and count_rows(tdb) == 0


def test_a_frozen_build_runs_the_probe_through_its_own_executable(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert assessments.probe_command() == [sys.executable, "--internal-pdf-probe"]


def test_a_failed_transaction_leaves_no_encrypted_file(tdb, tdir, director, pupil, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(assessments.audit, "record", broken)
    with pytest.raises(RuntimeError):
        attach(tdb, director, pupil.code, tiny_pdf())
    assert count_rows(tdb) == 0 and not list(tdir.glob("secure/*.enc"))
