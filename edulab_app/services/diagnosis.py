"""The needs-and-resources diagnosis as use cases: start (from last year's answers), save one answer at a
time (one transaction per answer), finish, reopen, score and report, export and import answers.

A diagnosis always opens with the form version it was filled in; a new diagnosis uses the newest version
and takes over the previous answers whose ids (and meaning) match.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from edulab_app.errors import FieldError, NotFound, UserError, ValidationFailed
from edulab_app.services.schools import school_id
from edulab_app.storage.db import Database
from edulab_app.storage.diagnosis_models import Diagnosis, DiagnosisAnswer
from edulab_app.storage.models import School
from forms.answers import is_empty, migrate_answers, missing_required, validate_answer, validate_answers
from forms.definition import Form, load_form
from forms.result import DiagnosisResult

EXPORT_FORMAT = "edulab-diagnosis-answers"
EXPORT_VERSION = 1


@dataclass(frozen=True)
class DiagnosisInfo:
    id: int
    rspo: str
    school_year: str
    form_id: str
    form_version: int
    status: str
    based_on_id: int | None
    last_section: str
    last_item: str
    updated_at: datetime

    @property
    def finished(self) -> bool:
        return self.status == "finished"

    def form(self) -> Form:
        return load_form(self.form_id, self.form_version)


def _info(row: Diagnosis, rspo: str) -> DiagnosisInfo:
    return DiagnosisInfo(row.id, rspo, row.school_year, row.form_id, row.form_version, row.status,
                         row.based_on_id, row.last_section, row.last_item, row.updated_at)


def list_diagnoses(db: Database, rspo: str) -> list[DiagnosisInfo]:
    """The school's diagnoses, newest school year first."""
    with db.session() as s:
        sid = school_id(s, rspo)
        rows = s.scalars(select(Diagnosis).where(Diagnosis.school_id == sid).order_by(Diagnosis.school_year.desc()))
        return [_info(r, rspo) for r in rows]


def current_diagnosis(db: Database, rspo: str) -> DiagnosisInfo | None:
    found = list_diagnoses(db, rspo)
    return found[0] if found else None


def get_diagnosis(db: Database, diagnosis_id: int) -> DiagnosisInfo:
    with db.session() as s:
        row = s.get(Diagnosis, diagnosis_id)
        if row is None:
            raise NotFound(f"Nie ma diagnozy nr {diagnosis_id}.")
        return _info(row, s.scalar(select(School.rspo).where(School.id == row.school_id)))


def _load_answers(session, diagnosis_id: int, item_ids: set[str] | None = None) -> dict[str, Any]:
    query = select(DiagnosisAnswer.item_id, DiagnosisAnswer.value).where(DiagnosisAnswer.diagnosis_id == diagnosis_id)
    if item_ids is not None:
        query = query.where(DiagnosisAnswer.item_id.in_(item_ids))
    return dict(session.execute(query).tuples().all())


def answers(db: Database, diagnosis_id: int) -> dict[str, Any]:
    with db.session() as s:
        return _load_answers(s, diagnosis_id)


def start_diagnosis(db: Database, rspo: str, school_year: str | None = None,
                    from_previous: bool = True) -> tuple[DiagnosisInfo, list[str]]:
    """A new diagnosis for ``school_year`` (default: the school's current year) on the newest form version.

    With ``from_previous`` the answers of the latest earlier diagnosis are taken over where the item ids
    match and the values are still valid; returns the ids that could not be taken over.
    """
    form = load_form("diagnosis")
    with db.session() as s:
        school = s.scalar(select(School).where(School.rspo == rspo))
        if school is None:
            raise NotFound(f"Nie ma szkoły o numerze RSPO {rspo}.")
        year = school_year or school.school_year
        if s.scalar(select(Diagnosis.id).where(Diagnosis.school_id == school.id, Diagnosis.school_year == year)):
            raise UserError(f"Szkoła {rspo} ma już diagnozę za rok szkolny {year}. Otwórz ją albo wybierz inny rok.")
        previous = s.scalar(select(Diagnosis).where(Diagnosis.school_id == school.id, Diagnosis.school_year < year)
                            .order_by(Diagnosis.school_year.desc()).limit(1))
        carried, dropped = {}, []
        if from_previous and previous is not None:
            old_form = load_form(previous.form_id, previous.form_version)
            carried, dropped = migrate_answers(old_form, form, _load_answers(s, previous.id))
        row = Diagnosis(school_id=school.id, school_year=year, form_id=form.form_id, form_version=form.version,
                        status="in_progress", based_on_id=previous.id if (from_previous and previous) else None)
        s.add(row)
        s.flush()
        s.add_all(DiagnosisAnswer(diagnosis_id=row.id, item_id=k, value=v) for k, v in carried.items())
        s.flush()
        return _info(row, rspo), dropped


def _open_for_writing(session, diagnosis_id: int) -> Diagnosis:
    row = session.get(Diagnosis, diagnosis_id)
    if row is None:
        raise NotFound(f"Nie ma diagnozy nr {diagnosis_id}.")
    if row.status == "finished":
        raise UserError(f"Diagnoza za rok {row.school_year} jest zakończona i można ją tylko przeglądać. "
                        "Aby coś zmienić, otwórz ją ponownie do edycji.")
    return row


def save_answer(db: Database, diagnosis_id: int, item_id: str, value: Any) -> None:
    """Validate and save one answer in its own transaction (an empty value clears the answer).

    Raises ValidationFailed naming the field when the value is not acceptable; nothing is written then.
    """
    with db.session() as s:
        row = _open_for_writing(s, diagnosis_id)
        form = load_form(row.form_id, row.form_version)
        if not form.has_item(item_id):
            raise ValidationFailed([FieldError(item_id, f"Formularz nie ma pytania {item_id!r}.")])
        item = form.item(item_id)
        context = None
        if item.constraint is not None and item.constraint.refs:
            context = _load_answers(s, diagnosis_id, set(item.constraint.refs) | {item_id})
            context[item_id] = value
        messages = validate_answer(form, item_id, value, context)
        if messages:
            raise ValidationFailed([FieldError(item_id, m) for m in messages])
        existing = s.scalar(select(DiagnosisAnswer).where(DiagnosisAnswer.diagnosis_id == diagnosis_id,
                                                          DiagnosisAnswer.item_id == item_id))
        if is_empty(value):
            if existing is not None:
                s.delete(existing)
        elif existing is None:
            s.add(DiagnosisAnswer(diagnosis_id=diagnosis_id, item_id=item_id, value=value))
        else:
            existing.value = value
        row.last_section, row.last_item = item.section_id, item_id


def set_position(db: Database, diagnosis_id: int, section_id: str, item_id: str = "") -> None:
    """Remember where the person is, so that the diagnosis reopens there."""
    with db.session() as s:
        row = s.get(Diagnosis, diagnosis_id)
        if row is not None and (row.last_section, row.last_item) != (section_id, item_id):
            row.last_section, row.last_item = section_id, item_id


def missing(db: Database, diagnosis_id: int) -> list[tuple[str, str, str]]:
    info = get_diagnosis(db, diagnosis_id)
    return missing_required(info.form(), answers(db, diagnosis_id))


def finish(db: Database, diagnosis_id: int) -> None:
    """Close the diagnosis (read-only from now on); refused, naming each item, while answers are missing
    or invalid."""
    info = get_diagnosis(db, diagnosis_id)
    form = info.form()
    with db.session() as s:
        row = _open_for_writing(s, diagnosis_id)
        given = _load_answers(s, diagnosis_id)
        problems = [FieldError(item_id, f"{form.section(section).label.pl}: „{label}” — brak odpowiedzi.")
                    for section, item_id, label in missing_required(form, given)]
        for item_id, messages in validate_answers(form, given).items():
            problems += [FieldError(item_id, m) for m in messages]
        if problems:
            raise ValidationFailed(problems)
        row.status, row.finished_at = "finished", datetime.now()


def reopen(db: Database, diagnosis_id: int) -> None:
    with db.session() as s:
        row = s.get(Diagnosis, diagnosis_id)
        if row is None:
            raise NotFound(f"Nie ma diagnozy nr {diagnosis_id}.")
        row.status, row.finished_at = "in_progress", None


def result(db: Database, diagnosis_id: int) -> DiagnosisResult:
    from forms.scoring import score

    info = get_diagnosis(db, diagnosis_id)
    return score(info.form(), answers(db, diagnosis_id))


@dataclass(frozen=True)
class Report:
    diagnosis: DiagnosisInfo
    result: DiagnosisResult
    missing: list[tuple[str, str, str]]
    previous: DiagnosisInfo | None
    previous_result: DiagnosisResult | None

    def comparison(self):
        from forms.scoring import compare

        return compare(self.previous_result, self.result) if self.previous_result else None


def report(db: Database, rspo: str, school_year: str | None = None) -> Report:
    found = list_diagnoses(db, rspo)
    if school_year:
        found = [d for d in found if d.school_year <= school_year]
    if not found:
        raise NotFound(f"Szkoła {rspo} nie ma jeszcze diagnozy. Rozpocznij ją w oknie programu (Diagnoza).")
    current = found[0]
    previous = next((d for d in found[1:]), None)
    given = answers(db, current.id)
    from forms.scoring import score

    return Report(current, score(current.form(), given), missing_required(current.form(), given), previous,
                  result(db, previous.id) if previous else None)


def export_answers(db: Database, rspo: str, school_year: str | None = None) -> dict[str, Any]:
    found = [d for d in list_diagnoses(db, rspo) if school_year in (None, d.school_year)]
    if not found:
        raise NotFound(f"Szkoła {rspo} nie ma diagnozy" + (f" za rok {school_year}." if school_year else "."))
    info = found[0]
    return {"format": EXPORT_FORMAT, "format_version": EXPORT_VERSION, "rspo": rspo,
            "school_year": info.school_year, "form_id": info.form_id, "form_version": info.form_version,
            "status": info.status, "answers": answers(db, info.id)}


def import_answers(db: Database, rspo: str, data: Any, source: str = "plik") -> tuple[DiagnosisInfo, int, list[str]]:
    """Replace the answers of the school's diagnosis for the file's school year with the file's answers.

    Everything is checked first; a bad file changes nothing. Returns (diagnosis, answers saved, ids dropped
    because the form version changed).
    """
    def bad(problem: str) -> UserError:
        return UserError(f"{source}: {problem} Niczego nie zmieniono.")

    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise bad(f"to nie jest plik odpowiedzi diagnozy (brak \"format\": \"{EXPORT_FORMAT}\").")
    if data.get("format_version") != EXPORT_VERSION:
        raise bad(f"nieobsługiwana wersja formatu {data.get('format_version')!r} (obsługiwana: {EXPORT_VERSION}).")
    year, given = data.get("school_year"), data.get("answers")
    if not isinstance(year, str) or len(year) != 9 or year[4] != "/":
        raise bad("pole \"school_year\" musi mieć postać 2026/2027.")
    if not isinstance(given, dict):
        raise bad("pole \"answers\" musi być obiektem: identyfikator pytania → odpowiedź.")
    try:
        file_form = load_form(str(data.get("form_id")), int(data.get("form_version")))
    except (FileNotFoundError, KeyError, ValueError, TypeError) as exc:
        raise bad(f"nieznana wersja formularza {data.get('form_id')!r} v{data.get('form_version')!r} ({exc}).") from exc
    unknown = sorted(k for k in given if not (isinstance(k, str) and file_form.has_item(k)))
    if unknown:
        raise bad(f"nieznane pytania: {', '.join(map(str, unknown[:10]))}.")
    problems = validate_answers(file_form, given)
    if problems:
        first = [m for ms in problems.values() for m in ms][:5]
        raise bad("błędne odpowiedzi — " + " ".join(first))

    with db.session() as s:
        sid = school_id(s, rspo)
        row = s.scalar(select(Diagnosis).where(Diagnosis.school_id == sid, Diagnosis.school_year == year))
        if row is not None and row.status == "finished":
            raise bad(f"diagnoza za rok {year} jest zakończona — otwórz ją ponownie do edycji przed importem.")
        if row is None:
            target_form = load_form("diagnosis")
            row = Diagnosis(school_id=sid, school_year=year, form_id=target_form.form_id,
                            form_version=target_form.version, status="in_progress")
            s.add(row)
            s.flush()
        target = load_form(row.form_id, row.form_version)
        kept, dropped = (dict(given), []) if target == file_form else migrate_answers(file_form, target, given)
        kept = {k: v for k, v in kept.items() if not is_empty(v)}
        s.execute(delete(DiagnosisAnswer).where(DiagnosisAnswer.diagnosis_id == row.id))
        s.add_all(DiagnosisAnswer(diagnosis_id=row.id, item_id=k, value=v) for k, v in kept.items())
        s.flush()
        return _info(row, rspo), len(kept), dropped


def seed_demo(db: Database, rspo: str) -> None:
    """The demo school: last year's finished diagnosis and this year's, finished, showing progress."""
    from edulab_app.services.schools import get_school
    from forms.demo import demo_answers, demo_previous_answers

    year = get_school(db, rspo).school_year
    start = int(year[:4])
    previous_year = f"{start - 1}/{start}"
    for school_year, given in ((previous_year, demo_previous_answers()), (year, demo_answers())):
        info, _ = start_diagnosis(db, rspo, school_year, from_previous=False)
        import_answers(db, rspo, {"format": EXPORT_FORMAT, "format_version": EXPORT_VERSION, "school_year": school_year,
                                  "form_id": info.form_id, "form_version": info.form_version, "answers": given},
                       source="dane demonstracyjne")
        finish(db, info.id)
