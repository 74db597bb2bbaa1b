"""Clinic assessments (opinia / orzeczenie) of a pupil: health data (GDPR art. 9).

- :func:`attach` checks the PDF before anything else — the ``%PDF-`` signature and a size limit — then runs a
  sanity parse in a **separate process** with a time limit (:mod:`.assessment_pdf_probe`, the PDF passed on
  standard input, never written in the clear), and only then stores it encrypted
  (:mod:`edulab_app.security.files`) and the record with its recommendations (encrypted JSON).
- Recommendations are structured items, each linked to a support form kind (or none).
- :func:`open_file` returns the PDF's bytes only to the director, the coordinator and clinic specialists
  (``READ_CLINIC``) and writes the reading to the audit log.
- With an orzeczenie the IPET deadline is tracked: 30 days from delivery (rule ``ipet_deadline``).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from edulab_app.errors import FieldError, NotFound, UserError, ValidationFailed
from edulab_app.security import audit, crypto
from edulab_app.security import files as secure_files
from edulab_app.security.roles import Permission
from edulab_app.security.session import Session
from edulab_app.services.pupils import data_dir_of, pupil_row
from edulab_app.services.schools import school_id
from edulab_app.storage.db import Database
from edulab_app.storage.tracking_models import ClinicAssessment, Pupil, seal, unseal
from plans.support import ASSESSMENT_KINDS, SUPPORT_KIND_LABELS, SUPPORT_KINDS, ipet_due

MAX_PDF_BYTES = 15 * 1024 * 1024
PROBE_TIMEOUT_S = 10.0
PROBE_SCRIPT = Path(__file__).with_name("assessment_pdf_probe.py")
MAX_RECOMMENDATIONS = 50
KIND_LABELS = {"opinia": "opinia", "orzeczenie": "orzeczenie"}
FIELD_LABELS = {"kind": "Rodzaj dokumentu", "clinic": "Poradnia", "issued": "Data wydania",
                "delivered": "Data doręczenia", "recommendations": "Zalecenia", "file": "Plik PDF"}


class AttachmentRefused(UserError):
    """The file is not accepted (not a PDF, too big, damaged, or too slow to check); nothing was stored."""


@dataclass(frozen=True)
class Recommendation:
    text: str
    support_kind: str | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "support_kind": self.support_kind,
                "support_label": SUPPORT_KIND_LABELS.get(self.support_kind or "", None)}


@dataclass(frozen=True)
class AssessmentInfo:
    id: int
    pupil_code: str
    kind: str
    clinic: str
    issued: dt.date
    delivered: dt.date | None
    recommendations: tuple[Recommendation, ...]
    has_file: bool
    file_size: int
    file_pages: int
    ipet_due: dt.date | None
    ipet_done_on: dt.date | None
    created_by: str = ""
    created_at: dt.datetime | None = field(default=None)

    def ipet_overdue(self, today: dt.date) -> bool:
        return self.ipet_due is not None and self.ipet_done_on is None and self.ipet_due < today

    def to_dict(self) -> dict:
        return {"id": self.id, "pupil_code": self.pupil_code, "kind": self.kind, "clinic": self.clinic,
                "issued": self.issued.isoformat(), "delivered": self.delivered.isoformat() if self.delivered else None,
                "recommendations": [r.to_dict() for r in self.recommendations], "has_file": self.has_file,
                "file_size": self.file_size, "file_pages": self.file_pages,
                "ipet_due": self.ipet_due.isoformat() if self.ipet_due else None,
                "ipet_done_on": self.ipet_done_on.isoformat() if self.ipet_done_on else None,
                "created_by": self.created_by,
                "created_at": self.created_at.isoformat(timespec="seconds") if self.created_at else None}


def file_aad(row: ClinicAssessment) -> bytes:
    return crypto.aad("clinic_assessments", "file", row.uid)


def ref_of(code: str, assessment_id: int) -> str:
    return f"{code}/O{assessment_id}"


def info(row: ClinicAssessment, code: str, key: bytes) -> AssessmentInfo:
    raw = unseal(key, "clinic_assessments", "recommendations", row.uid, row.recommendations_enc) or "[]"
    items = tuple(Recommendation(i.get("text", ""), i.get("support_kind")) for i in json.loads(raw))
    return AssessmentInfo(row.id, code, row.kind, row.clinic_name, row.issued_on, row.delivered_on, items,
                          bool(row.file_ref), row.file_size, row.file_pages, row.ipet_due, row.ipet_done_on,
                          row.created_by, row.created_at)


# --- the file check ----------------------------------------------------------------------------------------


FROZEN_PROBE_FLAG = "--internal-pdf-probe"


def probe_command() -> list[str]:
    """The command of the checking process: an isolated interpreter running the stdlib-only probe script; in a
    frozen build (PyInstaller) the application's own executable with :data:`FROZEN_PROBE_FLAG`, which the entry
    point hands to :func:`edulab_app.services.assessment_pdf_probe.main`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_PROBE_FLAG]
    return [sys.executable, "-I", "-S", str(PROBE_SCRIPT)]


def check_pdf(content: bytes) -> dict:
    """Signature and size first, then the sanity parse in a separate process; :class:`AttachmentRefused`."""
    if not isinstance(content, (bytes, bytearray)) or not content:
        raise AttachmentRefused("Plik jest pusty — wybierz plik PDF z opinią lub orzeczeniem.")
    if len(content) > MAX_PDF_BYTES:
        raise AttachmentRefused(f"Plik ma {len(content) / (1024 * 1024):.1f} MB, a dołączyć można najwyżej "
                                f"{MAX_PDF_BYTES // (1024 * 1024)} MB. Zeskanuj dokument w niższej rozdzielczości "
                                "albo w odcieniach szarości.".replace(".", ",", 1))
    if not bytes(content[:5]) == b"%PDF-":
        raise AttachmentRefused("To nie jest plik PDF (brak sygnatury %PDF- na początku pliku). Dołącz dokument "
                                "zapisany lub zeskanowany do formatu PDF.")
    try:
        done = subprocess.run(probe_command(), input=bytes(content), capture_output=True, timeout=PROBE_TIMEOUT_S,
                              check=False)
    except subprocess.TimeoutExpired:
        raise AttachmentRefused(f"Sprawdzanie pliku PDF trwało ponad {PROBE_TIMEOUT_S:g} s i zostało przerwane — "
                                "plik może być uszkodzony albo celowo spreparowany. Nie dołączono go; poproś "
                                "poradnię o nowy plik.") from None
    except OSError as exc:
        raise AttachmentRefused(f"Nie można uruchomić sprawdzania pliku PDF ({exc.strerror or exc}). Nie dołączono "
                                "go.") from exc
    try:
        verdict = json.loads(done.stdout.decode("utf-8").strip().splitlines()[-1])
    except (ValueError, IndexError, UnicodeDecodeError):
        verdict = {"ok": False, "reason": "sprawdzanie zakończyło się błędem"}
    if done.returncode != 0 or not isinstance(verdict, dict) or not verdict.get("ok"):
        reason = verdict.get("reason") if isinstance(verdict, dict) else None
        raise AttachmentRefused(f"Plik PDF jest uszkodzony albo nieprawidłowy ({reason or 'błąd sprawdzania'}). "
                                "Nie dołączono go; poproś poradnię o nowy plik.")
    return verdict


# --- validation --------------------------------------------------------------------------------------------


def _bad(name: str, problem: str) -> FieldError:
    return FieldError(name, f"„{FIELD_LABELS[name]}”: {problem}")


def _recommendations(items) -> tuple[list[Recommendation], list[FieldError]]:
    out, errors = [], []
    for i, item in enumerate(items or (), start=1):
        if isinstance(item, Recommendation):
            text, kind = item.text, item.support_kind
        elif isinstance(item, dict):
            text, kind = item.get("text", ""), item.get("support_kind")
        else:
            text, kind = str(item), None
        text = " ".join(str(text or "").split())
        kind = kind or None
        if not text or len(text) > 500:
            errors.append(_bad("recommendations", f"zalecenie {i} ma mieć od 1 do 500 znaków."))
        if kind is not None and kind not in SUPPORT_KINDS:
            errors.append(_bad("recommendations", f"zalecenie {i}: nieznana forma wsparcia {str(kind)[:30]!r}."))
        out.append(Recommendation(text, kind))
    if len(out) > MAX_RECOMMENDATIONS:
        errors.append(_bad("recommendations", f"najwyżej {MAX_RECOMMENDATIONS} zaleceń."))
    return out, errors


def _validate(kind, clinic, issued, delivered, recommendations, today):
    errors: list[FieldError] = []
    if kind not in ASSESSMENT_KINDS:
        errors.append(_bad("kind", "wybierz opinię albo orzeczenie."))
    clinic = " ".join((clinic or "").split())
    if not clinic or len(clinic) > 200:
        errors.append(_bad("clinic", "podaj nazwę poradni (do 200 znaków)."))
    if not isinstance(issued, dt.date):
        errors.append(_bad("issued", "podaj datę wydania."))
    elif issued > today:
        errors.append(_bad("issued", "data wydania jest w przyszłości."))
    if delivered is not None and isinstance(issued, dt.date) and delivered < issued:
        errors.append(_bad("delivered", "dokument doręczono przed jego wydaniem?"))
    if kind == "orzeczenie" and delivered is None:
        errors.append(_bad("delivered", "przy orzeczeniu podaj datę doręczenia — od niej liczy się 30 dni na IPET."))
    items, problems = _recommendations(recommendations)
    errors += problems
    if errors:
        raise ValidationFailed(errors)
    return clinic, items


# --- use cases ---------------------------------------------------------------------------------------------


def attach(db: Database, session: Session, pupil_ref: str, kind: str, clinic: str, issued: dt.date,
           delivered: dt.date | None, recommendations, pdf_bytes: bytes | None, *, data_dir: Path | None = None,
           today: dt.date | None = None) -> AssessmentInfo:
    """Attach an assessment (``CHANGE_CLINIC``); the PDF is checked before anything is stored."""
    audit.require(session, Permission.CHANGE_CLINIC, db, "clinic_assessment")
    verdict = check_pdf(pdf_bytes) if pdf_bytes is not None else None
    clinic, items = _validate(kind, clinic, issued, delivered, recommendations, today or dt.date.today())
    key = session.data_key
    folder = data_dir_of(db, data_dir)
    stored: list[str] = []
    try:
        with db.session() as s:
            pupil = pupil_row(s, pupil_ref)
            code = pupil.code
            row = ClinicAssessment(pupil_id=pupil.id, kind=kind, clinic_name=clinic, issued_on=issued,
                                   delivered_on=delivered, recommendations_enc=b"",
                                   ipet_due=ipet_due(kind, delivered), created_by=session.username)
            s.add(row)
            s.flush()
            row.recommendations_enc = seal(key, "clinic_assessments", "recommendations", row.uid,
                                           json.dumps([{"text": r.text, "support_kind": r.support_kind}
                                                       for r in items], ensure_ascii=False))
            if pdf_bytes is not None:
                stored.append(secure_files.store(key, folder, bytes(pdf_bytes), file_aad(row)))
                row.file_ref, row.file_size, row.file_pages = stored[0], len(pdf_bytes), int(verdict.get("pages", 0))
            audit.record(s, session, "create", "clinic_assessment", ref_of(code, row.id),
                         {"kind": kind, "file": bool(stored), "recommendations": len(items)})
            result = info(row, code, key)
    except BaseException:
        for ref in stored:  # the record did not land: no orphaned encrypted file either
            secure_files.erase(folder, ref)
        raise
    return result


def _rows(s, rspo: str | None, pupil_ref: str | None):
    query = select(ClinicAssessment, Pupil.code).join(Pupil)
    if pupil_ref:
        query = query.where(ClinicAssessment.pupil_id == pupil_row(s, pupil_ref, rspo).id)
    elif rspo:
        query = query.where(Pupil.school_id == school_id(s, rspo))
    return s.execute(query.order_by(ClinicAssessment.issued_on.desc(), ClinicAssessment.id.desc())).all()


def list_assessments(db: Database, session: Session, rspo: str | None = None, pupil_ref: str | None = None
                     ) -> list[AssessmentInfo]:
    """Assessments of a school or one pupil, with recommendations (``READ_CLINIC``; audited)."""
    audit.require(session, Permission.READ_CLINIC, db, "clinic_assessment")
    key = session.data_key
    with db.session() as s:
        found = [info(row, code, key) for row, code in _rows(s, rspo, pupil_ref)]
        audit.record(s, session, "read", "clinic_assessment", found[0].pupil_code if pupil_ref and found else "",
                     {"school": rspo or "", "count": len(found)})
    return found


def _one(s, assessment_id: int) -> tuple[ClinicAssessment, str]:
    row = s.get(ClinicAssessment, assessment_id)
    if row is None:
        raise NotFound(f"Nie ma opinii ani orzeczenia nr {assessment_id}.")
    return row, s.get(Pupil, row.pupil_id).code


def open_file(db: Database, session: Session, assessment_id: int, *, data_dir: Path | None = None) -> bytes:
    """The decrypted PDF (``READ_CLINIC``: director, coordinator, clinic specialist); the reading is audited."""
    audit.require(session, Permission.READ_CLINIC, db, "clinic_file", f"O{assessment_id}")
    key = session.data_key
    folder = data_dir_of(db, data_dir)
    with db.session() as s:
        row, code = _one(s, assessment_id)
        if not row.file_ref:
            raise NotFound(f"Do dokumentu nr {assessment_id} nie dołączono pliku PDF.")
        content = secure_files.load(key, folder, row.file_ref, file_aad(row))
        audit.record(s, session, "read", "clinic_file", ref_of(code, row.id), {"bytes": len(content)})
    return content


def mark_ipet_done(db: Database, session: Session, assessment_id: int, on: dt.date | None = None) -> AssessmentInfo:
    audit.require(session, Permission.CHANGE_CLINIC, db, "clinic_assessment", f"O{assessment_id}")
    with db.session() as s:
        row, code = _one(s, assessment_id)
        if row.kind != "orzeczenie":
            raise UserError("IPET opracowuje się tylko na podstawie orzeczenia.")
        row.ipet_done_on = on or dt.date.today()
        audit.record(s, session, "update", "clinic_assessment", ref_of(code, row.id), {"ipet_done": True})
        return info(row, code, session.data_key)


def delete_assessment(db: Database, session: Session, assessment_id: int, *, data_dir: Path | None = None) -> None:
    audit.require(session, Permission.CHANGE_CLINIC, db, "clinic_assessment", f"O{assessment_id}")
    folder = data_dir_of(db, data_dir)
    with db.session() as s:
        row, code = _one(s, assessment_id)
        file_ref = row.file_ref
        s.delete(row)
        audit.record(s, session, "delete", "clinic_assessment", ref_of(code, assessment_id))
    if file_ref:
        secure_files.erase(folder, file_ref)


def ipet_overdue(db: Database, session: Session, rspo: str, today: dt.date | None = None) -> list[AssessmentInfo]:
    """Orzeczenia whose IPET is past its deadline and not yet marked as done."""
    today = today or dt.date.today()
    return [a for a in list_assessments(db, session, rspo) if a.ipet_overdue(today)]


def ipet_overdue_count(s, school_pk: int, today: dt.date) -> int:
    """For aggregate counts (no session): how many IPET deadlines have passed, inside an open session."""
    return s.scalar(select(func.count()).select_from(ClinicAssessment).join(Pupil).where(
        Pupil.school_id == school_pk, ClinicAssessment.ipet_due.is_not(None), ClinicAssessment.ipet_done_on.is_(None),
        ClinicAssessment.ipet_due < today)) or 0


# --- a small demo PDF --------------------------------------------------------------------------------------


def demo_pdf() -> bytes:
    """A one-page fictional opinia, made in memory with reportlab (accented text via the app's font if present)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    try:
        from exporters.fonts import register_fonts

        names = register_fonts()
        font = names[0] if isinstance(names, (list, tuple)) and names else font
    except Exception:  # noqa: BLE001 - the demo works with the built-in font, without Polish letters
        font = "Helvetica"
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=0)
    pdf.setTitle("Opinia (dokument demonstracyjny)")
    pdf.setFont(font, 14)
    pdf.drawString(60, 780, "Poradnia Psychologiczno-Pedagogiczna (dokument fikcyjny)")
    pdf.setFont(font, 11)
    lines = ["OPINIA — dokument demonstracyjny, nie dotyczy żadnej osoby.", "",
             "Zalecenia:", "1. Zajęcia logopedyczne 1 godz. tygodniowo.",
             "2. Wsparcie asystenta władającego językiem ucznia na lekcjach.",
             "3. Wydłużony czas pracy na sprawdzianach."]
    for i, line in enumerate(lines):
        pdf.drawString(60, 740 - 18 * i, line if font != "Helvetica" else line.encode("ascii", "replace").decode())
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
