from __future__ import annotations

from forms.answers import effective_answers, missing_required, section_progress, validate_answers
from forms.demo import demo_answers, demo_previous_answers


def test_demo_answers_are_valid_and_complete(form):
    for answers in (demo_answers(), demo_previous_answers()):
        assert validate_answers(form, answers) == {}
        assert missing_required(form, answers) == []
        # no answer to a question that is not asked
        assert set(effective_answers(form, answers)) == set(answers)


def test_demo_school_matches_its_story(form):
    a = demo_answers()
    assert 400 <= a["pupils_total"] <= 440 and a["pupils_migrant_total"] == 58
    assert sum(r["count"] for r in a["pupils_by_country"]) == a["pupils_migrant_total"]
    assert {r["country"] for r in a["pupils_by_country"]} == {"ua", "by", "ge", "vn", "ru", "kz"}
    assert a["pupils_ukrainian"] == sum(r["count"] for r in a["pupils_by_country"] if r["country"] == "ua")
    done = section_progress(form, a)
    assert all(answered >= total - 2 for answered, total in done.values())


def test_demo_returns_fresh_copies():
    a = demo_answers()
    a["pupils_by_country"].clear()
    assert demo_answers()["pupils_by_country"]
