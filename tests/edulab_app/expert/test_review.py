"""Reviewing one school: comments, status, the review file for the school and the answers coming back."""

from __future__ import annotations

import datetime as dt

import pytest

from edulab_app.errors import NotFound, UserError
from edulab_app.services import reviews
from exporters.document import ReviewAnswer
from exporters.review_file import read_review
from tests.edulab_app.expert.conftest import document, three_schools, write


@pytest.fixture
def imported(edb, tmp_path):
    a = three_schools()[0]
    reviews.import_packages(edb, [write(tmp_path, a)])
    return a


def test_comments_on_actions_and_on_the_whole_plan(edb, imported):
    c1 = reviews.add_comment(edb, "1001", "  Za mało godzin.  ", "week_for_everyone@2026", "Anna")
    c2 = reviews.add_comment(edb, "1001", "Plan spójny z diagnozą.")
    rv = reviews.get_review(edb, "1001")
    assert [c.text for c in rv.comments_for("week_for_everyone@2026")] == ["Za mało godzin."]
    assert [c.id for c in rv.comments_for(None)] == [c2.id]
    assert c1.action_title == "Działanie week_for_everyone" and c1.author == "Anna"
    assert rv.status == "in_review"  # the first comment starts the review
    assert [e.status_to for e in rv.events if e.kind == "status"] == ["in_review"]
    with pytest.raises(NotFound):
        reviews.add_comment(edb, "1001", "x", "nie-ma-takiego")
    with pytest.raises(UserError):
        reviews.add_comment(edb, "1001", "   ")
    reviews.delete_comment(edb, c1.id)
    assert [c.id for c in reviews.get_review(edb, "1001").comments] == [c2.id]


def test_status_changes_are_recorded(edb, imported):
    assert reviews.set_status(edb, "1001", "returned", "Anna", "do poprawy") == "new"
    assert reviews.set_status(edb, "1001", "accepted") == "returned"
    rv = reviews.get_review(edb, "1001")
    assert rv.status == "accepted"
    assert [(e.status_from, e.status_to) for e in rv.events if e.kind == "status"] == [
        ("new", "returned"), ("returned", "accepted")]
    assert reviews.list_schools(edb, reviews.SchoolFilter(status="accepted"))[0].rspo == "1001"
    with pytest.raises(UserError):
        reviews.set_status(edb, "1001", "done")


def test_review_file_round_trip_and_answers_coming_back(edb, imported, tmp_path):
    c1 = reviews.add_comment(edb, "1001", "Uzasadnij liczbę asystentów.", "intercultural_assistant@2026", "Anna")
    c2 = reviews.add_comment(edb, "1001", "Dodaj działania dla rodziców.")
    reviews.set_status(edb, "1001", "returned")
    data = reviews.export_comments(edb, "1001", reviewer="Anna Ekspertka")
    review = read_review(data, "uwagi.edulab-review")
    current = reviews.get_review(edb, "1001")
    assert review.school_rspo == "1001" and review.status == "returned" and review.reviewer == "Anna Ekspertka"
    assert review.package_sha256 == current.package.sha256
    assert [(c.id, c.action_id, c.text) for c in review.comments] == [
        (c1.uid, "intercultural_assistant@2026", "Uzasadnij liczbę asystentów."), (c2.uid, None, "Dodaj działania dla rodziców.")]
    assert review.comments_for("intercultural_assistant@2026")[0].action_title == "Działanie intercultural_assistant"

    # the school answers in its next package (the optional member review-answers.json)
    answered = dt.datetime(2026, 10, 20, 9, 0, tzinfo=dt.timezone.utc)
    nxt = document("1001", "Gdańsk", "Gdańsk", 45, list(imported.plan.actions),
                   when=imported.generated_at + dt.timedelta(days=20),
                   answers=(ReviewAnswer(c1.uid, "Mamy 45 uczniów z Ukrainy — stąd dwóch.", answered),
                            ReviewAnswer("nieznana0uwaga", "to nie nasza uwaga")))
    report = reviews.import_packages(edb, [write(tmp_path / "next", nxt)])
    assert report.imported[0].answers == 1
    rv = reviews.get_review(edb, "1001")
    got = {c.uid: c for c in rv.comments}
    assert got[c1.uid].school_answer == "Mamy 45 uczniów z Ukrainy — stąd dwóch."
    assert got[c1.uid].answered_at == answered.replace(tzinfo=None)
    assert got[c2.uid].school_answer is None
    assert any(e.kind == "answers" for e in rv.events)
    row = reviews.list_schools(edb)[0]
    assert row.comments == 2 and row.answered == 1
    # and the next review file carries the thread with the answer
    again = read_review(reviews.export_comments(edb, "1001"), "u2.edulab-review")
    assert again.package_sha256 == rv.package.sha256
    assert {c.id: c.answer for c in again.comments}[c1.uid].startswith("Mamy 45")


def test_export_for_unknown_school(edb):
    with pytest.raises(NotFound):
        reviews.export_comments(edb, "4040")


def test_to_dict_is_json_ready(edb, imported):
    import json

    reviews.add_comment(edb, "1001", "Uwaga")
    data = reviews.get_review(edb, "1001").to_dict()
    json.dumps(data)
    assert data["rspo"] == "1001" and data["comments"][0]["text"] == "Uwaga" and len(data["actions"]) == 3
