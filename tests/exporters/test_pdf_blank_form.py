"""Printable questionnaires: blank (pl, uk) and the answer sheet, read back with poppler."""

from __future__ import annotations

import pytest

from exporters.pdf_blank_form import render_answer_sheet_pdf, render_blank_diagnosis_pdf
from forms.definition import load_form
from forms.demo import demo_answers
from tests.exporters.helpers import flat, needs_poppler, pdf_fonts, pdf_pages, pdf_text

pytestmark = needs_poppler


@pytest.fixture(scope="module")
def form():
    return load_form()


def test_blank_form_has_every_section_and_question(form, tmp_path):
    data = render_blank_diagnosis_pdf(form)
    text = flat(pdf_text(data, tmp_path))
    assert flat(form.title.pl) in text
    for section in form.sections:
        assert f"{section.number}. {flat(section.label.pl)}" in text, section.id
        for i, item in enumerate(section.items, start=1):
            assert f"{section.number}.{i} {flat(item.label.pl)}" in text, item.id
    assert "☐" in text
    pages = pdf_pages(data, tmp_path)
    assert f"Strona {pages} z {pages}" in text
    assert {f["name"].split("+")[-1] for f in pdf_fonts(data, tmp_path)} <= {"DejaVuSans", "DejaVuSans-Bold"}


def test_blank_form_in_ukrainian(form, tmp_path):
    text = flat(pdf_text(render_blank_diagnosis_pdf(form, "uk"), tmp_path))
    for section in form.sections:
        assert flat(section.label.get("uk")) in text
    assert "Сторінка 1 з" in text
    assert "можна позначити кілька" in text


def test_unknown_language_falls_back_to_polish(form, tmp_path):
    text = flat(pdf_text(render_blank_diagnosis_pdf(form, "xx"), tmp_path))
    assert "Strona 1 z" in text


def test_answer_sheet_shows_answers_as_a_person_reads_them(form, tmp_path):
    text = flat(pdf_text(render_answer_sheet_pdf(form, demo_answers()), tmp_path))
    assert "Odpowiedzi szkoły" in text
    assert "01.10.2025" in text  # a date as dd.mm.yyyy
    assert "420 uczniów" in text  # a number with its unit
    assert "Ukraina" in text  # a table row
    assert "Dobrze sprawdza się oprowadzanie nowych uczniów" in text  # free text
