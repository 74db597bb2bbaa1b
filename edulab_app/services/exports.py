"""Exports of a school's diagnosis and plan: one PlanDocument built from the database, rendered as PDF,
XLSX or an .edulab exchange package, and written atomically."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from edulab_app import __version__
from edulab_app.errors import NotFound
from edulab_app.school_profile import SCHOOL_TYPES, SchoolProfile
from edulab_app.services import diagnosis, plans, schools, staff
from edulab_app.storage.db import Database


def postal_address(p: SchoolProfile) -> str:
    """``ul. Wrzosowa 12, 80-175 Gdańsk`` (empty parts left out)."""
    town = " ".join(x for x in (p.postal_code, p.city) if x)
    return ", ".join(x for x in (p.street, town) if x)


def school_info(p: SchoolProfile):
    from exporters.document import SchoolInfo

    return SchoolInfo(rspo=p.rspo, name=p.name, school_type=SCHOOL_TYPES.get(p.school_type, p.school_type),
                      address=postal_address(p), municipality=p.municipality, county=p.county,
                      voivodeship=p.voivodeship, governing_body=p.governing_body, school_year=p.school_year,
                      pupils_total=p.pupils_total, pupils_migrant=p.pupils_migrant)


def build_document(db: Database, rspo: str, *, now: dt.datetime | None = None, version_label: str = ""):
    """Everything the PDF, the XLSX and the package show about the school, as of ``now``."""
    from exporters.document import PlanDocument, findings_with_accepted

    now = now or dt.datetime.now().replace(microsecond=0)
    profile = schools.get_school(db, rspo)
    plan_info = plans.info(db, rspo)
    year = plan_info.diagnosis_year if plan_info else None
    try:
        report = diagnosis.report(db, rspo, year or None)
    except NotFound:
        report = None
    plan, findings, accepted = None, (), frozenset()
    if plan_info is not None:
        plan = plans.load(db, rspo)
        ctx = plans.school_context(db, rspo, year or None)
        findings, accepted = findings_with_accepted(plan, ctx, report.result if report else None, now.date())
        findings = tuple(plans.name_people(db, rspo, list(findings)))
    if report is None and plan is None:
        raise NotFound(f"Szkoła {rspo} nie ma jeszcze ani diagnozy, ani planu — nie ma czego eksportować.")
    from edulab_app.services import school_reviews
    from edulab_app.services.exchange import school_data

    return PlanDocument(
        school=school_info(profile), generated_at=now, app_version=__version__, version_label=version_label,
        diagnosis=report.result if report else None, previous=report.previous_result if report else None,
        plan=plan, findings=findings, accepted_finding_ids=accepted, staff=staff.members(db, rspo),
        school_data=school_data(db, rspo), review_answers=school_reviews.answers_for_package(db, rspo),
    )


def export_pdf(db: Database, rspo: str, target: Path) -> Path:
    from exporters.atomic import write_atomic
    from exporters.pdf_plan import render_pdf

    return write_atomic(target, render_pdf(build_document(db, rspo)))


def export_xlsx(db: Database, rspo: str, target: Path) -> Path:
    from exporters.atomic import write_atomic
    from exporters.xlsx_plan import render_xlsx

    return write_atomic(target, render_xlsx(build_document(db, rspo)))


def export_package(db: Database, rspo: str, target: Path, *, now: dt.datetime | None = None) -> Path:
    from exporters.atomic import write_atomic
    from exporters.package_write import write_package

    return write_atomic(target, write_package(build_document(db, rspo, now=now)))


def export_blank_diagnosis(target: Path, lang: str = "pl") -> Path:
    from exporters.atomic import write_atomic
    from exporters.pdf_blank_form import render_blank_diagnosis_pdf
    from forms.definition import load_form

    return write_atomic(target, render_blank_diagnosis_pdf(load_form("diagnosis"), lang))


def export_answer_sheet(db: Database, rspo: str, target: Path, lang: str = "pl") -> Path:
    from exporters.atomic import write_atomic
    from exporters.pdf_blank_form import render_answer_sheet_pdf

    info = diagnosis.current_diagnosis(db, rspo)
    if info is None:
        raise NotFound(f"Szkoła {rspo} nie ma jeszcze diagnozy.")
    return write_atomic(target, render_answer_sheet_pdf(info.form(), diagnosis.answers(db, info.id), lang))
