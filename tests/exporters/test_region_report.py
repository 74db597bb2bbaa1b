"""The region's XLSX and PDF: sheets and values, Polish text, embedded fonts, formula-safe cells."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from edulab_app.services.region import SchoolFacts, compute_region, package_facts
from exporters.region_report import render_region_pdf, render_region_xlsx
from tests.edulab_app.expert.conftest import three_schools
from tests.exporters.helpers import flat, needs_poppler, pdf_fonts, pdf_pages, pdf_text

SHEETS = ["Podsumowanie", "Powiaty", "Gminy", "Koszty", "Koszty wg kategorii", "Koszty wg źródeł", "Szkolenia",
          "Asystenci", "Priorytety", "Zadania SMI"]


@pytest.fixture(scope="module")
def region():
    docs = three_schools()
    schools = [SchoolFacts(d.school.rspo, d.school.county, d.school.municipality, package_facts(d)) for d in docs]
    # a municipality typed like a formula must stay text
    schools[2] = replace(schools[2], municipality="=HYPERLINK(\"http://x\")")
    return compute_region(schools, app_version="0.1.0")


def test_xlsx_sheets_and_values(region):
    wb = load_workbook(io.BytesIO(render_region_xlsx(region)))
    assert wb.sheetnames == SHEETS
    counties = wb["Powiaty"]
    rows = list(counties.iter_rows(min_row=2, values_only=True))
    assert rows[0][:2] == ("Gdańsk", 2) and rows[0][-1] == 127_000
    assert rows[-1][0] == "Razem" and str(rows[-1][-1]).startswith("=SUM(")
    costs = list(wb["Koszty"].iter_rows(min_row=2, values_only=True))
    assert sum(r[5] for r in costs if isinstance(r[5], (int, float))) == region.total_cost
    trainings = list(wb["Szkolenia"].iter_rows(min_row=2, values_only=True))
    assert (trainings[0][2], trainings[0][3], trainings[0][4]) == ("Gdańsk", 2, 22)
    cell = next(c for row in wb["Gminy"].iter_rows(min_row=2) for c in row if str(c.value).startswith("=HYPER"))
    assert cell.data_type == "s" and cell.quotePrefix  # text, never a formula
    assert wb["Asystenci"].cell(1, 5).value == "Potrzebni (1 na 20)"


@needs_poppler
def test_pdf_text_pages_and_fonts(region, tmp_path):
    data = render_region_pdf(region)
    text = flat(pdf_text(data, tmp_path))
    for chapter in ("1. Koszty planów", "2. Zapotrzebowanie na szkolenia", "3. Asystenci międzykulturowi",
                    "4. Najczęstsze priorytety", "5. Zadania szkół według Standardu Minimum w Integracji"):
        assert chapter in text
    assert "281 000 zł" in text and "Żukowo" not in text  # replaced by the formula-like name above
    assert "Nauczanie języka polskiego jako drugiego" in text
    assert pdf_pages(data, tmp_path) >= 3
    fonts = pdf_fonts(data, tmp_path)
    assert fonts and all(f["emb"] == "yes" for f in fonts) and all("DejaVu" in f["name"] for f in fonts)


def test_empty_region_renders(tmp_path):
    empty = compute_region([], app_version="0.1.0")
    assert render_region_pdf(empty)[:5] == b"%PDF-"
    assert load_workbook(io.BytesIO(render_region_xlsx(empty))).sheetnames == SHEETS
