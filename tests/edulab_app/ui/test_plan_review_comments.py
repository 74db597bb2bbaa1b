"""The EDUlab expert's comments in the plan window: the count per action in the list (unanswered highlighted) and
its filter, the comments with an answer box in the action editor (saved at once), the review status and the
comments on the whole plan in the overview."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from edulab_app.services import plans
from edulab_app.services.demo import DEMO_RSPO, create_demo_school
from edulab_app.ui.plan import PlanPage
from edulab_app.ui.plan.actions_model import COLUMNS
from exporters.review_file import ReviewComment, ReviewFile, write_review

T0 = dt.datetime(2026, 11, 2, 10, 30, tzinfo=dt.timezone.utc)


def sr():
    from edulab_app.services import school_reviews

    return school_reviews


def review_bytes(comments, status: str = "returned", created: dt.datetime = T0) -> bytes:
    return write_review(ReviewFile(
        school_rspo=DEMO_RSPO, school_name="SP 48", package_sha256="a" * 64, package_created_at=T0, status=status,
        reviewer="Anna Ekspertka", created_at=created, app_version="0.1.0", comments=tuple(comments)))


@pytest.fixture
def school_db(db):
    from edulab_app.storage.base import Base
    from edulab_app.storage.school_review_models import ReceivedReview, ReceivedReviewComment

    Base.metadata.create_all(db.engine, tables=[ReceivedReview.__table__, ReceivedReviewComment.__table__])
    create_demo_school(db)
    return db


@pytest.fixture
def ids(school_db) -> list[str]:
    return [a.id for a in plans.load(school_db, DEMO_RSPO).actions]


@pytest.fixture
def reviewed(school_db, ids):
    comments = [ReviewComment("c1", ids[0], "", "Za mało godzin.", "Anna", T0),
                ReviewComment("c2", ids[0], "", "Kto prowadzi zajęcia?", "Anna", T0 + dt.timedelta(minutes=1)),
                ReviewComment("c3", ids[3], "", "Koszt za wysoki.", "Piotr", T0),
                ReviewComment("c4", None, "", "Plan spójny.", "Anna", T0),
                ReviewComment("c5", "stare@2025", "Stare działanie", "Czy nadal potrzebne?", "Anna", T0)]
    sr().apply_review_file(school_db, review_bytes(comments), "sp48.edulab-review")
    return school_db


def open_page(qtbot, ctx) -> PlanPage:
    page = PlanPage(ctx, DEMO_RSPO)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot, ctx, reviewed):
    return open_page(qtbot, ctx)


def expert_cell(page, action_id, role=Qt.ItemDataRole.DisplayRole):
    model = page.actions_tab.model
    return model.index(model.row_of(action_id), COLUMNS.index("expert")).data(role)


def test_the_list_shows_the_count_per_action_and_highlights_unanswered(page, ids):
    tab = page.actions_tab
    assert tab.model.headerData(COLUMNS.index("expert"), Qt.Orientation.Horizontal) == "Uwagi eksperta"
    assert not tab.view.isColumnHidden(COLUMNS.index("expert"))
    assert expert_cell(page, ids[0]) == "2 (2 bez odp.)" and expert_cell(page, ids[3]) == "1 (1 bez odp.)"
    assert expert_cell(page, ids[1]) == ""
    assert expert_cell(page, ids[0], Qt.ItemDataRole.ForegroundRole).color().name() == "#ad1457"
    assert expert_cell(page, ids[0], Qt.ItemDataRole.FontRole).bold()
    assert "bez odpowiedzi szkoły: 2" in expert_cell(page, ids[0], Qt.ItemDataRole.ToolTipRole)
    assert expert_cell(page, ids[1], Qt.ItemDataRole.ForegroundRole) is None


def test_filter_only_actions_with_expert_comments(page, ids):
    tab = page.actions_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.expert_filter.isVisible() and tab.expert_filter.text().replace("&", "") == "tylko z uwagami eksperta"
    assert tab.expert_filter.accessibleName()
    tab.expert_filter.setChecked(True)
    assert tab.visible_action_ids() == [ids[0], ids[3]]
    assert tab.count_label.text() == f"Pokazano 2 z {len(ids)} działań."
    tab.clear_filters()
    assert not tab.expert_filter.isChecked() and len(tab.visible_action_ids()) == len(ids)
    tab.set_filters(expert=True, text="zupełnie nic takiego")
    assert tab.visible_action_ids() == []
    tab.clear_filters()
    tab.proxy.sort(COLUMNS.index("expert"), Qt.SortOrder.DescendingOrder)
    assert tab.visible_action_ids()[:2] == [ids[0], ids[3]]


def test_the_editor_shows_the_comments_and_the_answer_is_saved_at_once(qtbot, page, reviewed, ids):
    tab = page.actions_tab
    page.tabs.setCurrentWidget(tab)
    tab.select_action(ids[1])
    box = tab.editor.expert_box
    assert not box.isVisible()
    tab.select_action(ids[0])
    assert box.isVisible() and box.title() == "Uwagi eksperta EDUlab (2) — bez odpowiedzi: 2"
    cards = box.comments.cards
    assert [c.comment.comment_id for c in cards] == ["c1", "c2"]
    assert cards[0].text_label.text() == "Za mało godzin." and "Anna" in cards[0].header.text()
    assert "02.11.2026" in cards[0].header.text() and cards[0].state_label.text().count("Bez odpowiedzi")
    for widget in (box, cards[0], cards[0].answer_edit, cards[0].save_button, cards[0].text_label):
        assert widget.accessibleName(), widget
    cards[1].answer_edit.setPlainText("Jeszcze piszę…")  # typed but not saved: kept while another is saved
    cards[0].answer_edit.setPlainText("Dodamy godzinę w II semestrze.")
    qtbot.mouseClick(cards[0].save_button, Qt.MouseButton.LeftButton)
    stored = {c.comment_id: c for c in sr().list_comments(reviewed, DEMO_RSPO, ids[0])}
    assert stored["c1"].answer == "Dodamy godzinę w II semestrze." and stored["c2"].answer is None
    assert box.comments.cards[0] is cards[0], "the cards stay (the focus and what is typed are not lost)"
    assert "Odpowiedź zapisana" in cards[0].state_label.text()
    assert cards[1].answer_edit.toPlainText() == "Jeszcze piszę…"
    assert box.title() == "Uwagi eksperta EDUlab (2) — bez odpowiedzi: 1"
    assert expert_cell(page, ids[0]) == "2 (1 bez odp.)"
    assert "Zapisano odpowiedź na uwagę eksperta" in page.state_label.text()
    # Ctrl+Enter in the box saves too
    cards[1].answer_edit.setFocus()
    cards[1].answer_edit.setPlainText("Pani Nowak.")
    qtbot.keyClick(cards[1].answer_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sr().list_comments(reviewed, DEMO_RSPO, ids[0])[1].answer == "Pani Nowak."
    assert expert_cell(page, ids[0]) == "2 ✓" and box.title() == "Uwagi eksperta EDUlab (2)"
    assert expert_cell(page, ids[0], Qt.ItemDataRole.ForegroundRole) is None
    assert [a.comment_id for a in sr().answers_for_package(reviewed, DEMO_RSPO)] == ["c1", "c2"]


def test_an_empty_answer_is_not_saved_and_the_field_is_named(qtbot, page, reviewed, ids):
    tab = page.actions_tab
    page.tabs.setCurrentWidget(tab)
    tab.select_action(ids[3])
    card = tab.editor.expert_box.comments.cards[0]
    card.answer_edit.setPlainText("   ")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert card.error_label.isVisible() and "„Odpowiedź na uwagę eksperta”" in card.error_label.text()
    assert card.answer_edit.property("invalid") and card.answer_edit.hasFocus()
    assert sr().list_comments(reviewed, DEMO_RSPO, ids[3])[0].answer is None
    card.answer_edit.setPlainText("Koszt z cennika gminy.")
    assert card.save()
    assert not card.error_label.isVisible() and not card.answer_edit.property("invalid")


def test_the_overview_shows_the_status_and_the_plan_wide_comments(qtbot, page, reviewed, ids):
    panel = page.overview.review_panel
    assert panel.isVisible() and panel.accessibleName()
    assert "zwrócony szkole do poprawy" in panel.status_label.text() and "Anna Ekspertka" in panel.status_label.text()
    assert panel.actions_label.text() == "Uwagi do działań: 3 (działań: 2), bez odpowiedzi: 3."
    cards = panel.comments.cards
    assert [c.comment.comment_id for c in cards] == ["c4", "c5"]  # the whole plan, and an action no longer there
    assert "Stare działanie" in cards[1].header.text() and "nie ma już w planie" in cards[1].header.text()
    assert "Uwagi do całego planu: 2" in panel.plan_title.text()
    cards[0].answer_edit.setPlainText("Dziękujemy.")
    qtbot.mouseClick(cards[0].save_button, Qt.MouseButton.LeftButton)
    assert sr().list_comments(reviewed, DEMO_RSPO, "")[0].answer == "Dziękujemy."
    assert "bez odpowiedzi: 1" in panel.plan_title.text()
    qtbot.mouseClick(panel.actions_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.actions_tab
    assert page.actions_tab.expert_filter.isChecked() and page.actions_tab.visible_action_ids() == [ids[0], ids[3]]


def test_without_a_review_nothing_of_it_is_shown(qtbot, ctx, school_db, ids):
    page = open_page(qtbot, ctx)
    assert not page.overview.review_panel.isVisible()
    tab = page.actions_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.view.isColumnHidden(COLUMNS.index("expert")) and not tab.expert_filter.isVisible()
    tab.select_action(ids[0])
    assert not tab.editor.expert_box.isVisible()
    # a review file imported while the window is open shows after load_expert()
    sr().apply_review_file(school_db, review_bytes([ReviewComment("n1", ids[2], "", "Nowa uwaga.", "Anna", T0)],
                                                   status="accepted"), "nowy.edulab-review")
    page.doc.load_expert()
    assert not tab.view.isColumnHidden(COLUMNS.index("expert")) and tab.expert_filter.isVisible()
    assert expert_cell(page, ids[2]) == "1 (1 bez odp.)"
    assert "zaakceptowany przez eksperta" in page.overview.review_panel.status_label.text()
    tab.select_action(ids[2])
    assert tab.editor.expert_box.isVisible() and len(tab.editor.expert_box.comments.cards) == 1


def test_screenshot(page, ids, tmp_path):
    """Look at it: the list with the count column and the editor with the comments (tmp_path/plan_comments.png)."""
    page.tabs.setCurrentWidget(page.actions_tab)
    page.actions_tab.select_action(ids[0])
    image = page.grab()
    assert not image.isNull() and image.save(str(tmp_path / "plan_comments.png"))
    assert isinstance(page.actions_tab.editor.expert_box.comments.cards[0], QWidget)
