"""The plan PDF read back with poppler: letters, page numbers, chapters, embedded fonts."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from exporters.document import PlanDocument, SchoolInfo
from exporters.labels import pln
from exporters.pdf_plan import render_pdf
from plans.costs import plan_total
from tests.exporters.helpers import POLISH, UKRAINIAN, flat, needs_poppler, pdf_fonts, pdf_pages, pdf_text

pytestmark = needs_poppler

CHAPTERS = ("Spis treści", "1. Profil szkoły", "2. Wyniki diagnozy potrzeb i zasobów", "3. Plan działań",
            "4. Harmonogram (wykres Gantta)", "5. Odpowiedzialność i zaangażowanie kadry", "6. Koszty",
            "7. Uwagi z kontroli planu", "8. Stan realizacji")


@pytest.fixture(scope="module")
def pdf(doc) -> bytes:
    return render_pdf(doc)


def test_is_a_pdf_with_polish_and_ukrainian_text(pdf, tmp_path):
    assert pdf.startswith(b"%PDF-")
    text = flat(pdf_text(pdf, tmp_path))
    assert POLISH in text
    assert flat(UKRAINIAN) in text
    for letters in ("ąćęłńóśźż", "ĄĆĘŁŃÓŚŹŻ"):  # every Polish letter the document uses comes back
        used = [ch for ch in letters if ch in text]
        assert used, letters


def test_pages_are_numbered_x_of_y(pdf, tmp_path):
    pages = pdf_pages(pdf, tmp_path)
    text = pdf_text(pdf, tmp_path)
    assert pages >= 8
    for page in range(1, pages + 1):
        assert f"Strona {page} z {pages}" in text
    assert f"Strona {pages + 1} z" not in text


def test_cover_contents_and_every_chapter(pdf, doc, tmp_path):
    text = flat(pdf_text(pdf, tmp_path))
    cover = text.split("Spis treści")[0]
    for expected in ("Plan działań szkoły", doc.school.rspo, "2026/2027 – 2028/2029", "15.10.2026",
                     doc.version_label, "podpis i pieczęć dyrektora szkoły"):
        assert expected in cover
    for chapter in CHAPTERS:
        assert text.count(chapter) >= (1 if chapter == "Spis treści" else 2), chapter  # contents + body
    # the contents gives page numbers
    assert re.search(r"1\. Profil szkoły[ .]*\d+", text)


def test_plan_content_diagnosis_costs_findings(pdf, doc, tmp_path):
    text = flat(pdf_text(pdf, tmp_path))
    assert flat(pln(plan_total(doc.plan))) in text
    for action in doc.plan.actions:
        assert flat(action.title)[:40] in text
    for priority in doc.diagnosis.priorities:
        assert flat(priority.reason) in text
    accepted = doc.accepted_findings
    assert accepted
    assert flat(accepted[0].message)[:60] in text
    assert "Uwagi zaakceptowane przez szkołę" in text
    for label in ("zaplanowane", "w realizacji", "zrealizowane"):
        assert label in text
    assert "Anna Kowalska" in text  # responsibilities: names and roles
    assert "dyrektor" in text


def test_dejavu_is_embedded_and_nothing_else_is_used(pdf, tmp_path):
    fonts = pdf_fonts(pdf, tmp_path)
    names = {f["name"].split("+")[-1] for f in fonts}
    assert names == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(f["emb"] == "yes" for f in fonts)


def test_without_plan_and_diagnosis(tmp_path):
    doc = PlanDocument(school=SchoolInfo(rspo="1", name=f"Szkoła {POLISH}"), generated_at=__import__(
        "datetime").datetime(2026, 1, 2, 3, 4), app_version="0.1.0")
    text = flat(pdf_text(render_pdf(doc), tmp_path))
    assert "Szkoła nie ma jeszcze planu działań." in text
    assert "Diagnoza nie została jeszcze zakończona." in text
    assert "Strona 1 z" in text


def test_typed_text_is_not_markup(doc, tmp_path):
    action = replace(doc.plan.actions[0], title="<b>Pogrubienie?</b> & </para> <font size=80>x</font>\x01\x07 koniec",
                     description="<img src='/etc/passwd'/>")
    plan = doc.plan.replace_action(action)
    text = flat(pdf_text(render_pdf(replace(doc, plan=plan)), tmp_path))
    assert "<b>Pogrubienie?</b> & </para> <font size=80>x</font> koniec" in text


def test_large_school(big_doc, tmp_path):
    data = render_pdf(big_doc)
    text = flat(pdf_text(data, tmp_path))
    pages = pdf_pages(data, tmp_path)
    assert f"Strona {pages} z {pages}" in text
    assert len(big_doc.plan.actions) > 60
    assert f"{len(big_doc.plan.actions)}. " in text  # the last action number appears (plan and Gantt)


def test_rendering_twice_gives_the_same_text(doc, pdf, tmp_path):
    assert pdf_text(render_pdf(doc), tmp_path) == pdf_text(pdf, tmp_path)
