"""The expert workspace as a person uses it: import 20 generated packages through the background worker,
filter and search the table, review one school with comments, look at the region and export it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from edulab_app.services import reviews
from edulab_app.ui.expert import ExpertWorkspace


@pytest.fixture
def workspace(qtbot, ctx):
    ctx.db()
    w = ExpertWorkspace(ctx)
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown()


def _import(qtbot, w, paths):
    task = w.schools.start_import([str(p) for p in paths])
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    return w.schools.last_report


def test_import_through_the_worker_then_filter_and_search(qtbot, workspace, generated, tmp_path):
    bad = tmp_path / "zly.edulab"
    bad.write_bytes(b"nie pakiet")
    report = _import(qtbot, workspace, [*generated, bad])
    tab = workspace.schools
    assert len(report.imported) == 20 and len(report.failed) == 1
    assert tab.model.rowCount() == 20 and tab.proxy.rowCount() == 20
    dialog = tab.results_dialog  # the failed file is listed with its reason
    assert dialog is not None and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "zly.edulab" and "nie jest archiwum ZIP" in dialog.table.item(0, 1).text()
    dialog.close()
    assert tab.import_files_button.isEnabled()

    county = tab.model.rows[0].county
    tab.county_filter.setCurrentIndex(tab.county_filter.findData(county))
    shown = tab.visible_rspos()
    assert 0 < len(shown) < 20 and all(r.county == county for r in tab.model.rows if r.rspo in shown)
    tab.set_filters()
    target = tab.model.rows[5]
    qtbot.keyClicks(tab.search, target.rspo)
    assert tab.visible_rspos() == [target.rspo]
    assert "1 z 20" in tab.count_label.text()
    tab.search.clear()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("accepted"))
    assert tab.visible_rspos() == []
    tab.set_filters()
    tab.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # cost per year, numerically
    costs = [tab.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).cost_per_year for r in range(20)]
    assert costs == sorted(costs, reverse=True)
    assert not workspace.grab().isNull()


def test_cancel_keeps_the_packages_already_imported(qtbot, workspace, generated):
    tab = workspace.schools
    task = tab.start_import([str(p) for p in generated])
    task.cancel()  # asked before the first file: the import stops at once
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert tab.last_report.cancelled
    assert tab.model.rowCount() == len(tab.last_report.imported) < 20


def test_review_tab_shows_the_plan_and_comments(qtbot, workspace, generated, tmp_path):
    _import(qtbot, workspace, generated[:3])
    rspo = workspace.schools.model.rows[0].rspo
    workspace.schools.view.selectRow(0)
    workspace.schools.open_button.click()
    review = workspace.review
    assert workspace.tabs.currentWidget() is review and review.rspo is not None
    rspo = review.rspo
    doc = review.review.document
    assert review.actions_table.rowCount() == len(doc.plan.actions)
    assert review.priorities_table.rowCount() == len(doc.diagnosis.priorities)
    assert review.gantt.actions and review.cost_chart.bar_rects()
    action_id = review.actions_table.item(1, 0).data(Qt.ItemDataRole.UserRole)
    review.actions_table.selectRow(1)
    assert review.target_action == action_id
    review.comment_edit.setPlainText("Proszę uzasadnić termin.")
    review.add_button.click()
    review.select_action(None)
    review.comment_edit.setPlainText("Uwaga do całego planu.")
    review.add_button.click()
    assert review.comments_list.count() == 1 and "Uwaga do całego planu." in review.comments_list.item(0).text()
    review.select_action(action_id)
    assert "Proszę uzasadnić termin." in review.comments_list.item(0).text()
    assert review.actions_table.item(1, 6).text() == "1"
    assert review.status_label.text().count("w przeglądzie") == 1
    review.status_buttons["returned"].click()
    assert reviews.get_review(workspace.ctx.db(), rspo).status == "returned"
    assert not review.status_buttons["returned"].isEnabled()
    row = next(r for r in workspace.schools.model.rows if r.rspo == rspo)
    assert row.status == "returned" and row.comments == 2  # the table followed
    target = tmp_path / "uwagi.edulab-review"
    assert review.export_to(str(target))
    from exporters.review_file import read_review

    assert len(read_review(target.read_bytes(), target.name).comments) == 2
    for i in range(review.tabs.count()):
        review.tabs.setCurrentIndex(i)
        assert not workspace.grab().isNull()


def test_region_tab_renders_and_exports(qtbot, workspace, generated, tmp_path):
    _import(qtbot, workspace, generated)
    workspace.show_region()
    region = workspace.region
    assert region.region is not None and region.region.schools == 20
    assert region.county_table.rowCount() == len(region.region.counties)
    assert region.training_table.rowCount() == len(region.region.trainings)
    assert region.assistants_chart.bar_rects() and region.priorities_chart.bar_rects()
    assert region.tasks_table.rowCount() == len(region.region.tasks)
    for i in range(region.tabs.count()):
        region.tabs.setCurrentIndex(i)
        assert not workspace.grab().isNull()
    county = region.region.counties[0].county
    region.county_filter.setCurrentIndex(region.county_filter.findData(county))
    region.refresh()
    assert [c.county for c in region.region.counties] == [county]
    target = tmp_path / "region.pdf"
    task = region.export_to(str(target), "pdf")
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert target.read_bytes()[:5] == b"%PDF-" and region.last_export == str(target)
