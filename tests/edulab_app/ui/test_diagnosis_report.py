"""The report in the window: chart data for the 12 areas, the table alternative, strengths, priorities with
reasons and evidence, the comparison with last year, and the warning when answers are missing."""

from __future__ import annotations

from edulab_app.school_profile import SchoolProfile
from edulab_app.services import diagnosis, schools
from edulab_app.services.demo import DEMO_RSPO, create_demo_school
from edulab_app.ui.diagnosis import DiagnosisReportPage
from forms.areas import AREA_IDS, AREAS_BY_ID


def open_report(qtbot, ctx, rspo) -> DiagnosisReportPage:
    page = DiagnosisReportPage(ctx, rspo)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_demo_report_shows_areas_priorities_and_progress(qtbot, ctx, db):
    create_demo_school(db)
    rep = diagnosis.report(db, DEMO_RSPO)
    page = open_report(qtbot, ctx, DEMO_RSPO)

    rows = page.chart.rows
    assert [r.area_id for r in rows] == list(AREA_IDS)
    for row in rows:
        score = rep.result.area(row.area_id)
        assert (row.resources, row.needs) == (score.resources, score.needs)
        assert row.previous_resources == rep.previous_result.area(row.area_id).resources
    assert page.chart.previous_year == rep.previous.school_year
    assert "1. " + AREAS_BY_ID["pupils"].title_pl in page.chart.accessibleDescription()
    image = page.chart.grab().toImage()  # painted without errors, and not blank
    assert image.width() > 500 and len({image.pixel(x, 150) for x in range(0, image.width(), 7)}) > 2

    assert page.table.rowCount() == 12 and page.table.columnCount() == 8
    pupils = rep.result.area("pupils")
    assert page.table.item(0, 1).text() == f"{pupils.resources:.0f}"

    priorities = sorted(rep.result.priorities, key=lambda p: p.rank)
    assert len(page.priority_labels) == len(priorities) >= 3
    for label, priority in zip(page.priority_labels, priorities, strict=True):
        text = label.text()
        assert priority.title.replace("„", "") in text.replace("„", "").replace("&quot;", "")
        assert priority.reason.split(",")[0] in text
        assert priority.evidence[0].answer_text in text
    for area_id in rep.result.strengths:
        assert AREAS_BY_ID[area_id].title_pl in page.strengths_label.text()

    comparison = rep.comparison()
    assert page.comparison_label.isVisible()
    text = page.comparison_label.text()
    assert "Rozwiązane priorytety" in text and rep.previous.school_year in text
    assert all(p.title in text for p in comparison.resolved)
    assert not page.missing_label.isVisible()  # the demo diagnosis is complete


def test_incomplete_diagnosis_warns_and_a_school_without_one_is_told_where_to_start(qtbot, ctx, db):
    schools.create_school(db, SchoolProfile(rspo="4321", name="Szkoła Podstawowa nr 1 w Pucku", county="pucki",
                                            school_year="2026/2027", pupils_total=300, pupils_migrant=30))
    page = open_report(qtbot, ctx, "4321")
    assert page.empty_label.isVisible() and "Diagnoza" in page.empty_label.text() and not page.scroll.isVisible()

    info, _ = diagnosis.start_diagnosis(db, "4321")
    diagnosis.save_answer(db, info.id, "pupils_total", 300)
    page.hide()
    page.show()  # coming back to the page reads the report again
    assert page.scroll.isVisible() and page.missing_label.isVisible()
    assert "brakuje" in page.missing_label.text()
    assert len(page.chart.rows) == 12 and page.chart.previous_year is None
    assert page.table.columnCount() == 5 and not page.comparison_label.isVisible()
    assert page.notes_label.isVisible() and "za mało odpowiedzi" in page.notes_label.text()


def test_an_earlier_year_can_be_chosen(qtbot, ctx, db):
    create_demo_school(db)
    found = diagnosis.list_diagnoses(db, DEMO_RSPO)
    page = open_report(qtbot, ctx, DEMO_RSPO)
    assert page.year_combo.count() == 2
    page.year_combo.setCurrentIndex(1)
    page.year_combo.activated.emit(1)
    assert page.report.diagnosis.school_year == found[1].school_year
    assert page.report.previous is None and not page.comparison_label.isVisible()
