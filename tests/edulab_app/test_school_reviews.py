"""The school's side of an EDUlab review: apply the expert's review file (all or nothing, the same file twice a
no-op, a newer file never erasing answers), answer comments, answers in the next package; ``edulab plan
comments`` and ``edulab plan answer``; and the whole round trip expert → school → expert."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from edulab_app import cli
from edulab_app.errors import NotFound, UserError, ValidationFailed
from edulab_app.services import plans
from edulab_app.services.demo import DEMO_RSPO, create_demo_school
from exporters.review_file import ReviewComment, ReviewFile, write_review

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 11, 2, 10, 30, tzinfo=UTC)
NAME = "9990048.edulab-review"


def create_tables(db) -> None:
    """The tables of this feature (until the lead's migration lists them in every new database)."""
    from edulab_app.storage.base import Base
    from edulab_app.storage.school_review_models import ReceivedReview, ReceivedReviewComment

    Base.metadata.create_all(db.engine, tables=[ReceivedReview.__table__, ReceivedReviewComment.__table__])


def review_bytes(comments, rspo: str = DEMO_RSPO, status: str = "returned", created: dt.datetime = T0,
                 reviewer: str = "Anna Ekspertka") -> bytes:
    return write_review(ReviewFile(
        school_rspo=rspo, school_name="Szkoła Podstawowa nr 48", package_sha256="a" * 64,
        package_created_at=dt.datetime(2026, 10, 15, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        status=status, reviewer=reviewer, created_at=created, app_version="0.1.0", comments=tuple(comments)))


def sr():
    from edulab_app.services import school_reviews

    return school_reviews


def count_rows(db) -> int:
    from edulab_app.storage.school_review_models import ReceivedReview, ReceivedReviewComment

    with db.session() as s:
        return (s.scalar(select(func.count()).select_from(ReceivedReview))
                + s.scalar(select(func.count()).select_from(ReceivedReviewComment)))


@pytest.fixture
def sdb(db):
    create_tables(db)
    create_demo_school(db)
    return db


@pytest.fixture
def action_ids(sdb) -> list[str]:
    return [a.id for a in plans.load(sdb, DEMO_RSPO).actions]


@pytest.fixture
def comments(action_ids) -> list[ReviewComment]:
    a, b = action_ids[0], action_ids[3]
    return [ReviewComment("c1", a, "Tytuł u eksperta", "Za mało godzin — sprawdź regułę 4 h.", "Anna", T0),
            ReviewComment("c2", a, "Tytuł u eksperta", "Kto prowadzi zajęcia?", "Anna", T0 + dt.timedelta(minutes=1)),
            ReviewComment("c3", b, "Inne", "Koszt wydaje się za wysoki.", "Piotr", T0),
            ReviewComment("c4", None, "", "Plan spójny.\nDrugi wiersz.", "Anna", T0)]


def test_apply_lists_comments_by_action_and_counts(sdb, comments, action_ids):
    s = sr()
    result = s.apply_review_file(sdb, review_bytes(comments), NAME)
    assert (result.rspo, result.added, result.updated, result.unchanged, result.status, result.duplicate) == \
        (DEMO_RSPO, 4, 0, 0, "returned", False)
    assert "nowych 4" in result.summary()
    first = s.list_comments(sdb, DEMO_RSPO, action_ids[0])
    assert [c.comment_id for c in first] == ["c1", "c2"]
    assert first[0].text == "Za mało godzin — sprawdź regułę 4 h." and first[0].author == "Anna"
    assert first[0].action_title == "Tytuł u eksperta" and first[0].review_status == "returned"
    assert first[0].created_at == T0.replace(tzinfo=None) and first[0].answer is None
    assert [c.comment_id for c in s.list_comments(sdb, DEMO_RSPO, "")] == ["c4"]
    assert [c.comment_id for c in s.list_comments(sdb, DEMO_RSPO)] == ["c1", "c3", "c4", "c2"]  # oldest first
    assert s.comment_counts(sdb, DEMO_RSPO) == {action_ids[0]: (2, 2), action_ids[3]: (1, 1), "": (1, 1)}
    state = s.review_state(sdb, DEMO_RSPO)
    assert (state.status, state.reviewer, state.files, state.comments, state.unanswered) == \
        ("returned", "Anna Ekspertka", 1, 4, 4)
    assert state.file_name == NAME


def test_same_file_again_is_a_no_op(sdb, comments):
    s = sr()
    data = review_bytes(comments)
    s.apply_review_file(sdb, data, NAME)
    s.answer(sdb, DEMO_RSPO, "c1", "Dodamy godzinę.")
    rows = count_rows(sdb)
    before = s.list_comments(sdb, DEMO_RSPO)
    again = s.apply_review_file(sdb, data, "kopia.edulab-review")
    assert again.duplicate and (again.added, again.updated, again.unchanged) == (0, 0, 4)
    assert "wczytano już wcześniej" in again.summary()
    assert count_rows(sdb) == rows and s.list_comments(sdb, DEMO_RSPO) == before


def test_newer_file_updates_text_and_status_but_keeps_the_answer(sdb, comments, action_ids):
    s = sr()
    s.apply_review_file(sdb, review_bytes(comments), NAME)
    s.answer(sdb, DEMO_RSPO, "c1", "Dodamy godzinę.")
    newer = [dataclasses.replace(comments[0], text="Za mało godzin (poprawione)."), *comments[1:],
             ReviewComment("c5", action_ids[1], "x", "Nowa uwaga.", "Anna", T0 + dt.timedelta(days=1))]
    result = s.apply_review_file(sdb, review_bytes(newer, status="accepted", created=T0 + dt.timedelta(days=1)),
                                 "nowszy.edulab-review")
    # every comment's status changed (returned -> accepted), c1's text too; c5 is new
    assert (result.added, result.updated, result.unchanged, result.status) == (1, 4, 0, "accepted")
    c1 = s.list_comments(sdb, DEMO_RSPO, action_ids[0])[0]
    assert c1.text == "Za mało godzin (poprawione)." and c1.review_status == "accepted"
    assert c1.answer == "Dodamy godzinę." and c1.answered_at is not None
    assert s.review_state(sdb, DEMO_RSPO).status == "accepted"
    # an older file applied late changes nothing it has in common with the newer one
    late = s.apply_review_file(sdb, review_bytes(comments, status="in_review", created=T0 - dt.timedelta(days=1)),
                               "starszy.edulab-review")
    assert (late.added, late.updated, late.unchanged) == (0, 0, 4)
    assert s.list_comments(sdb, DEMO_RSPO, action_ids[0])[0].text == "Za mało godzin (poprawione)."
    assert s.review_state(sdb, DEMO_RSPO).status == "accepted" and s.review_state(sdb, DEMO_RSPO).files == 3


def test_answer_the_expert_already_has_is_taken_when_the_school_has_none(sdb, comments):
    s = sr()
    answered = [dataclasses.replace(comments[3], answer="Dziękujemy.", answered_at=T0), *comments[:3]]
    s.apply_review_file(sdb, review_bytes(answered), NAME)
    plan_wide = s.list_comments(sdb, DEMO_RSPO, "")[0]
    assert plan_wide.answer == "Dziękujemy." and plan_wide.answered_at == T0.replace(tzinfo=None)


def test_unknown_school_is_refused_and_nothing_is_written(sdb, comments):
    s = sr()
    with pytest.raises(UserError) as info:
        s.apply_review_file(sdb, review_bytes(comments, rspo="123456"), "obca.edulab-review")
    message = str(info.value)
    assert "123456" in message and "obca.edulab-review" in message and "nie ma takiej szkoły" in message
    assert count_rows(sdb) == 0


@pytest.mark.parametrize("damage", ["truncated", "not_zip", "empty", "flipped"])
def test_corrupted_file_is_refused_with_a_polish_message(sdb, comments, damage):
    s = sr()
    data = review_bytes(comments)
    bad = {"truncated": data[: len(data) // 2], "not_zip": b"To nie jest plik uwag.", "empty": b"",
           "flipped": data[:40] + bytes([data[40] ^ 0xFF]) + data[41:]}[damage]
    with pytest.raises(UserError) as info:
        s.apply_review_file(sdb, bad, "zepsuty.edulab-review")
    assert "Plik uwag „zepsuty.edulab-review”" in str(info.value)
    assert count_rows(sdb) == 0


def test_a_plan_package_is_not_a_review_file(sdb):
    from edulab_app.services.exports import build_document
    from exporters.package_write import write_package

    with pytest.raises(UserError, match="To pakiet planu szkoły"):
        sr().apply_review_file(sdb, write_package(build_document(sdb, DEMO_RSPO)), "plan.edulab")


def test_all_or_nothing(sdb, comments):
    """A failure while storing the third comment leaves nothing behind: not the file, not the first two."""
    from sqlalchemy import event

    from edulab_app.storage.school_review_models import ReceivedReviewComment

    s = sr()

    def fail(_mapper, _connection, target):
        if target.comment_id == "c3":
            raise RuntimeError("dysk odłączony")

    event.listen(ReceivedReviewComment, "before_insert", fail)
    try:
        with pytest.raises(RuntimeError):
            s.apply_review_file(sdb, review_bytes(comments), NAME)
    finally:
        event.remove(ReceivedReviewComment, "before_insert", fail)
    assert count_rows(sdb) == 0
    assert s.apply_review_file(sdb, review_bytes(comments), NAME).added == 4


def test_answer_validation_and_answers_for_package(sdb, comments):
    s = sr()
    s.apply_review_file(sdb, review_bytes(comments), NAME)
    assert s.answers_for_package(sdb, DEMO_RSPO) == ()
    for text, words in (("  ", "pole jest wymagane"), ("x" * 4001, "najwyżej 4000 znaków")):
        with pytest.raises(ValidationFailed) as info:
            s.answer(sdb, DEMO_RSPO, "c1", text)
        assert info.value.errors[0].field == "answer"
        assert "„Odpowiedź na uwagę eksperta”" in str(info.value) and words in str(info.value)
    with pytest.raises(NotFound, match="nie ma uwagi eksperta o identyfikatorze „c9”"):
        s.answer(sdb, DEMO_RSPO, "c9", "tekst")
    with pytest.raises(NotFound, match="RSPO 42"):
        s.answer(sdb, "42", "c1", "tekst")
    saved = s.answer(sdb, DEMO_RSPO, "c3", "  Koszt wynika ze stawek gminy.  ")
    assert saved.answer == "Koszt wynika ze stawek gminy." and saved.answered_at is not None
    s.answer(sdb, DEMO_RSPO, "c1", "x" * 4000)
    first = s.answer(sdb, DEMO_RSPO, "c4", "Dziękujemy.")
    assert s.answer(sdb, DEMO_RSPO, "c4", "Dziękujemy.").answered_at == first.answered_at  # same text: no change
    answers = s.answers_for_package(sdb, DEMO_RSPO)
    assert [a.comment_id for a in answers] == ["c1", "c3", "c4"]
    assert answers[1].answer == "Koszt wynika ze stawek gminy." and answers[1].answered_at.tzinfo is not None
    assert s.answers_for_package(sdb, DEMO_RSPO) == answers  # deterministic
    assert s.comment_counts(sdb, DEMO_RSPO)[""] == (1, 0)
    assert s.review_state(sdb, DEMO_RSPO).unanswered == 1
    changed = s.answer(sdb, DEMO_RSPO, "c4", "Dziękujemy, poprawimy.")
    assert changed.answered_at >= first.answered_at and changed.answer == "Dziękujemy, poprawimy."


def test_answers_travel_in_the_package(sdb, comments):
    from edulab_app.services.exports import build_document
    from exporters.package_read import read_package
    from exporters.package_write import write_package

    s = sr()
    s.apply_review_file(sdb, review_bytes(comments), NAME)
    s.answer(sdb, DEMO_RSPO, "c2", "Pani Nowak.")
    doc = dataclasses.replace(build_document(sdb, DEMO_RSPO), review_answers=s.answers_for_package(sdb, DEMO_RSPO))
    back = read_package(write_package(doc), "p.edulab").document.review_answers
    assert [(a.comment_id, a.answer) for a in back] == [("c2", "Pani Nowak.")]


def test_deleting_the_school_deletes_its_comments(sdb, comments):
    from sqlalchemy import delete

    from edulab_app.storage.models import School

    sr().apply_review_file(sdb, review_bytes(comments), NAME)
    with sdb.session() as session:
        session.execute(delete(School).where(School.rspo == DEMO_RSPO))
    assert count_rows(sdb) == 0


def test_no_review_yet(sdb):
    s = sr()
    assert s.review_state(sdb, DEMO_RSPO) is None
    assert s.list_comments(sdb, DEMO_RSPO) == [] and s.comment_counts(sdb, DEMO_RSPO) == {}
    assert s.answers_for_package(sdb, DEMO_RSPO) == ()
    with pytest.raises(NotFound):
        s.list_comments(sdb, "42")


def test_apply_review_path(sdb, comments, tmp_path):
    s = sr()
    path = tmp_path / NAME
    path.write_bytes(review_bytes(comments))
    assert s.apply_review_path(sdb, path).added == 4
    with pytest.raises(UserError, match="Nie można odczytać pliku uwag"):
        s.apply_review_path(sdb, tmp_path / "brak.edulab-review")


# -------------------------------------------------------------------------------------------------- CLI


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_comments_and_answer(capsys, ctx, sdb, comments, action_ids):
    code, out, _ = run(capsys, "plan", "comments", DEMO_RSPO)
    assert code == 0 and "nie ma jeszcze uwag eksperta" in out
    sr().apply_review_file(sdb, review_bytes(comments), NAME)
    ctx.close()
    code, out, _ = run(capsys, "plan", "comments", DEMO_RSPO)
    assert code == 0 and "Przegląd planu: zwrócony szkole do poprawy; ekspert: Anna Ekspertka" in out
    assert "Uwagi: 4, bez odpowiedzi: 4." in out and "Do całego planu" in out and "Drugi wiersz." in out
    assert out.index("Do całego planu") < out.index(f"Działanie {action_ids[0]}") < out.index(
        f"Działanie {action_ids[3]}")
    assert f"edulab plan answer {DEMO_RSPO} c1" in out
    code, out, _ = run(capsys, "plan", "answer", DEMO_RSPO, "c1", "Dodamy godzinę w II semestrze.")
    assert code == 0 and "Zapisano odpowiedź na uwagę c1" in out
    code, out, _ = run(capsys, "plan", "comments", DEMO_RSPO, "--json")
    data = json.loads(out)
    assert code == 0 and data["review"]["status"] == "returned" and data["review"]["unanswered"] == 3
    by_id = {c["comment_id"]: c for c in data["comments"]}
    assert by_id["c1"]["answer"] == "Dodamy godzinę w II semestrze." and by_id["c1"]["in_plan"]
    assert by_id["c4"]["action_id"] is None and by_id["c2"]["answer"] is None
    code, _, err = run(capsys, "plan", "answer", DEMO_RSPO, "c1", " ")
    assert code == 2 and "„Odpowiedź na uwagę eksperta”: pole jest wymagane" in err
    code, _, err = run(capsys, "plan", "answer", DEMO_RSPO, "nie-ma", "x")
    assert code == 2 and "nie-ma" in err
    code, _, err = run(capsys, "plan", "comments", "42")
    assert code == 2 and "RSPO 42" in err


def test_cli_comments_on_actions_no_longer_in_the_plan(capsys, ctx, sdb):
    gone = ReviewComment("g1", "usuniete@2026", "Działanie, którego już nie ma", "Uwaga.", "Anna", T0)
    sr().apply_review_file(sdb, review_bytes([gone]), NAME)
    ctx.close()
    code, out, _ = run(capsys, "plan", "comments", DEMO_RSPO)
    assert code == 0 and "Działanie usuniete@2026: Działanie, którego już nie ma — tego działania nie ma już w planie" \
        in out
    data = json.loads(run(capsys, "plan", "comments", DEMO_RSPO, "--json")[1])
    assert data["comments"][0]["in_plan"] is False


def test_edulab_import_takes_a_review_file(capsys, ctx, sdb, comments, tmp_path):
    path = tmp_path / NAME
    path.write_bytes(review_bytes(comments))
    ctx.close()
    code, out, err = run(capsys, "import", str(path))
    assert code == 0, err
    assert "nowych 4" in out
    code, out, _ = run(capsys, "plan", "comments", DEMO_RSPO)
    assert "Uwagi: 4, bez odpowiedzi: 4." in out
    broken = tmp_path / "zepsuty.edulab-review"
    broken.write_bytes(review_bytes(comments)[:300])
    code, _, err = run(capsys, "import", str(broken))
    assert code == 2 and "zepsuty.edulab-review" in err


# -------------------------------------------------------------------------------------------------- round trip


def test_expert_to_school_and_back(sdb, tmp_path):
    """The expert imports the school's package, comments and exports the review file; the school applies it,
    answers, and its next package brings the answer back to the expert's comment."""
    from edulab_app.services import reviews
    from edulab_app.services.context import AppContext
    from edulab_app.services.exports import build_document
    from exporters.package_write import write_package

    s = sr()
    now = dt.datetime.now().replace(microsecond=0)
    first = tmp_path / "sp48_1.edulab"
    first.write_bytes(write_package(build_document(sdb, DEMO_RSPO, now=now - dt.timedelta(hours=1))))
    expert = AppContext(tmp_path / "expert")
    try:
        edb = expert.db()
        report = reviews.import_packages(edb, [first], workers=0)
        assert report.ok and len(report.imported) == 1
        action = plans.load(sdb, DEMO_RSPO).actions[2]
        on_action = reviews.add_comment(edb, DEMO_RSPO, "Brakuje wskaźnika.", action.id, author="Anna")
        reviews.add_comment(edb, DEMO_RSPO, "Dobry plan.", None, author="Anna")
        reviews.set_status(edb, DEMO_RSPO, "returned")
        data = reviews.export_comments(edb, DEMO_RSPO, reviewer="Anna Ekspertka")

        result = s.apply_review_file(sdb, data, f"{DEMO_RSPO}.edulab-review")
        assert (result.added, result.status) == (2, "returned")
        mine = s.list_comments(sdb, DEMO_RSPO, action.id)
        assert [(c.comment_id, c.text, c.action_title) for c in mine] == [(on_action.uid, "Brakuje wskaźnika.",
                                                                           action.title)]
        s.answer(sdb, DEMO_RSPO, on_action.uid, "Dodaliśmy wskaźnik frekwencji.")

        doc = dataclasses.replace(build_document(sdb, DEMO_RSPO, now=now),
                                  review_answers=s.answers_for_package(sdb, DEMO_RSPO))
        second = tmp_path / "sp48_2.edulab"
        second.write_bytes(write_package(doc))
        report = reviews.import_packages(edb, [second], workers=0)
        assert report.ok and report.imported[0].outcome == "newer" and report.imported[0].answers == 1
        back = {c.uid: c for c in reviews.get_review(edb, DEMO_RSPO).comments}
        assert back[on_action.uid].school_answer == "Dodaliśmy wskaźnik frekwencji."
        assert back[on_action.uid].answered_at is not None
        assert all(c.school_answer is None for uid, c in back.items() if uid != on_action.uid)

        # the expert's next file carries the answer back; the school's own answer stays as it is
        again = s.apply_review_file(sdb, reviews.export_comments(edb, DEMO_RSPO, reviewer="Anna Ekspertka",
                                                                 now=dt.datetime.now(UTC) + dt.timedelta(minutes=5)),
                                    "drugi.edulab-review")
        assert again.added == 0 and not again.duplicate
        assert s.list_comments(sdb, DEMO_RSPO, action.id)[0].answer == "Dodaliśmy wskaźnik frekwencji."
    finally:
        expert.close()
