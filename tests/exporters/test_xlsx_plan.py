"""The plan workbook read back with openpyxl and recalculated with LibreOffice."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from collections import defaultdict
from dataclasses import replace

import openpyxl
import pytest

from exporters.labels import category_label, source_label
from exporters.safe_cells import MONTH_FORMAT, PLN_FORMAT, RISKY_PREFIXES
from exporters.xlsx_plan import SHEETS, render_xlsx
from plans.costs import cost_summary, plan_total, totals_by_year
from plans.model import CostLine, StaffMember
from tests.exporters.helpers import POLISH, needs_libreoffice


@pytest.fixture(scope="module")
def xlsx(doc) -> bytes:
    return render_xlsx(doc)


@pytest.fixture(scope="module")
def wb(xlsx):
    return openpyxl.load_workbook(io.BytesIO(xlsx))


def header(ws) -> list:
    return [c.value for c in ws[1]]


def column(ws, title: str) -> int:
    return header(ws).index(title) + 1


def test_sheets(wb):
    assert wb.sheetnames == list(SHEETS)


def test_frozen_headers_filters_and_widths(wb):
    for name in ("Działania", "Harmonogram", "Kadra", "Koszty", "Diagnoza", "Priorytety", "Uwagi"):
        ws = wb[name]
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith("2"), name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        widths = [ws.column_dimensions[c].width for c in ("A", "B")]
        assert all(w and 4 <= w <= 80 for w in widths), (name, widths)
    assert wb["Działania"].freeze_panes == "F2"  # number .. title stay in view


def test_numbers_are_numbers_and_dates_are_dates(wb, doc):
    ws = wb["Działania"]
    cost, start, done = column(ws, "Koszt planowany"), column(ws, "Początek"), column(ws, "Zakończono")
    rows = list(ws.iter_rows(min_row=2, max_row=1 + len(doc.plan.actions)))
    assert all(isinstance(r[cost - 1].value, (int, float)) for r in rows)
    assert {r[cost - 1].number_format for r in rows} == {PLN_FORMAT}
    assert all(isinstance(r[start - 1].value, dt.datetime) for r in rows)
    assert {r[start - 1].number_format for r in rows} == {MONTH_FORMAT}
    assert any(isinstance(r[done - 1].value, dt.datetime) for r in rows)  # tracking: actual end dates
    summary = {r[0].value: r[1] for r in wb["Podsumowanie"].iter_rows(min_row=3, max_row=17)}
    assert isinstance(summary["Wygenerowano"].value, dt.datetime)
    assert isinstance(summary["Liczba uczniów"].value, int)
    assert POLISH in summary["Szkoła"].value


def test_schedule_has_months_as_columns(wb, doc):
    ws = wb["Harmonogram"]
    months = [c.value for c in ws[1][4:]]
    assert all(isinstance(m, dt.datetime) and m.day == 1 for m in months)
    assert months[0] == dt.datetime(2026, 6, 1) and months[-1] == dt.datetime(2029, 8, 1)
    first = doc.numbered_actions()[0][1]
    row = [c.value for c in ws[2]]
    active = [m for m, v in zip(months, row[4:], strict=True) if v == 1]
    assert (active[0].year, active[0].month) == first.start and (active[-1].year, active[-1].month) == first.end


def test_totals_are_formulas(wb):
    ws = wb["Koszty wg lat"]
    formulas = [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas and all(c.value.startswith(("=SUMIFS(", "=SUM(")) for c in formulas)
    assert any(c.data_type == "f" and c.value.startswith("=SUMIFS(") for c in wb["Podsumowanie"]["B"])


def test_typed_text_never_becomes_a_formula(doc):
    risky = ['=HYPERLINK("http://example.com/x","kliknij")', "+48 123 456 789", "-2+3", "@SUM(A1:A2)",
             "\tzakładka", "\rpowrót", "=1+1\x01"]
    actions = list(doc.plan.actions)
    actions[0] = replace(actions[0], title=risky[0], description=risky[1],
                         cost_lines=(CostLine("other", "grant", actions[0].school_year, 10.0, 1, 10.0, risky[2]),))
    plan = replace(doc.plan, actions=tuple(actions))
    staff = (StaffMember(actions[0].responsible_id, risky[3], "director"),) + tuple(
        s for s in doc.staff if s.id != actions[0].responsible_id)
    school = replace(doc.school, address=risky[4], governing_body=risky[5], municipality=risky[6])
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(replace(doc, plan=plan, staff=staff, school=school))))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if c.data_type != "f" and isinstance(c.value, str) and c.value.startswith((*RISKY_PREFIXES, "\n"))]
    values = {c.value for c in cells}
    for text in risky[:5]:
        assert text in values, text
    assert "\npowrót" in values  # a carriage return becomes a line feed (XML would do it anyway)
    assert "=1+1" in values  # the control character is dropped, the text stays text
    assert len(cells) >= 7 and all(c.data_type == "s" and c.quotePrefix for c in cells)
    formulas = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert not any("HYPERLINK" in f or "SUM(A1" in f for f in formulas)


def test_without_plan_or_diagnosis(doc):
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(replace(doc, plan=None, diagnosis=None, previous=None,
                                                               findings=()))))
    assert wb.sheetnames == list(SHEETS)
    assert wb["Diagnoza"]["A1"].value == "Diagnoza nie została jeszcze zakończona."


def _recalculate(xlsx: bytes, tmp_path) -> openpyxl.Workbook:
    src = tmp_path / "plan.xlsx"
    src.write_bytes(xlsx)
    out = tmp_path / "out"
    out.mkdir()
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=180)
    return openpyxl.load_workbook(out / "plan.xlsx", data_only=True)


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_recalculates_the_applications_totals(xlsx, doc, tmp_path):
    wb = _recalculate(xlsx, tmp_path)
    summary = cost_summary(doc.plan)
    by_cat, by_src = defaultdict(float), defaultdict(float)
    for (sy, cat, src), v in summary.items():
        by_cat[(sy, category_label(cat))] += v
        by_src[(sy, source_label(src))] += v

    ws = wb["Koszty wg lat"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    blocks = [i for i, r in enumerate(rows) if r[0] in ("Kategoria", "Źródło finansowania")]
    assert len(blocks) == 2
    for start, expected in zip(blocks, (by_cat, by_src), strict=True):
        years = rows[start][1:-1]
        assert years == list(doc.plan.school_years)
        i = start + 1
        while rows[i][0] != "Razem":
            label = rows[i][0]
            for j, sy in enumerate(years, start=1):
                assert rows[i][j] == pytest.approx(expected.get((sy, label), 0.0), abs=0.005), (label, sy)
            i += 1
        totals = totals_by_year(doc.plan)
        for j, sy in enumerate(years, start=1):
            assert rows[i][j] == pytest.approx(totals[sy], abs=0.005)
        assert rows[i][-1] == pytest.approx(plan_total(doc.plan), abs=0.005)

    ws = wb["Podsumowanie"]
    table = {r[0].value: r for r in ws.iter_rows() if r[0].value in (*doc.plan.school_years, "Razem")}
    actual = totals_by_year(doc.plan, actual=True)
    for sy in doc.plan.school_years:
        assert table[sy][1].value == pytest.approx(totals_by_year(doc.plan)[sy], abs=0.005)
        assert table[sy][2].value == pytest.approx(actual[sy], abs=0.005)
    assert table["Razem"][1].value == pytest.approx(plan_total(doc.plan), abs=0.005)
    assert table["Razem"][3].value == sum(1 for a in doc.plan.actions if a.status != "dropped")

    ws = wb["Działania"]
    total_row = next(r for r in ws.iter_rows() if r[4].value == "Razem (bez działań zaniechanych)")
    assert total_row[12].value == pytest.approx(plan_total(doc.plan), abs=0.005)


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_does_not_evaluate_typed_text(doc, tmp_path):
    title = '=HYPERLINK("http://example.com/x";"kliknij")'
    plan = doc.plan.replace_action(replace(doc.plan.actions[0], title=title, description="=1+1"))
    wb = _recalculate(render_xlsx(replace(doc, plan=plan)), tmp_path)
    ws = wb["Działania"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == doc.plan.actions[0].id)
    assert row[4].value == title
    assert row[5].value == "=1+1"
