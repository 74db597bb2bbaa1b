"""Importing packages into the expert workspace: good, bad, duplicate, newer and older packages; cancel."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import select

from edulab_app.errors import NotFound
from edulab_app.services import reviews
from edulab_app.storage.review_models import ReceivedPackage
from tests.edulab_app.expert.conftest import TZ, action, document, three_schools, write


def _packages(db):
    with db.session() as s:
        return s.execute(select(ReceivedPackage.rspo, ReceivedPackage.created_at, ReceivedPackage.superseded)
                         .order_by(ReceivedPackage.id)).all()


def test_good_bad_duplicate_and_newer_packages(edb, tmp_path):
    a, b, _ = three_schools()
    folder = tmp_path / "in"
    first = write(folder, a)
    write(folder, b)
    (folder / "zly.edulab").write_bytes(b"to nie jest pakiet")
    (folder / "uciety.edulab").write_bytes(first.read_bytes()[:300])
    report = reviews.import_packages(edb, [folder])
    assert len(report.imported) == 2 and report.ok is False
    assert sorted(p.split("/")[-1] for p, _ in report.failed) == ["uciety.edulab", "zly.edulab"]
    assert all("Pakiet „" in why for _, why in report.failed)  # the reader's Polish reason, naming the file
    assert {i.outcome for i in report.imported} == {"new"}

    # the same file again (under another name) is a reported no-op
    copy = tmp_path / "kopia.edulab"
    shutil.copy(first, copy)
    again = reviews.import_packages(edb, [copy])
    assert not again.imported and len(again.duplicates) == 1 and again.ok
    assert "wczytano już wcześniej" in again.duplicates[0][1]

    # a newer package of school A supersedes the older one; history and its comment are kept
    old = reviews.get_review(edb, "1001")
    comment = reviews.add_comment(edb, "1001", "Proszę policzyć asystentów jeszcze raz.",
                                  "intercultural_assistant@2026", "Ekspertka")
    newer = document("1001", "Gdańsk", "Gdańsk", 60, list(a.plan.actions[:2]), when=a.generated_at + dt.timedelta(days=20))
    report = reviews.import_packages(edb, [write(tmp_path / "n", newer)])
    assert [i.outcome for i in report.imported] == ["newer"]
    assert report.superseded == [("1001", old.package.id)]
    rv = reviews.get_review(edb, "1001")
    assert rv.package.id != old.package.id and rv.document.school.pupils_migrant == 60
    assert [p.superseded for p in rv.history] == [False, True]
    assert rv.status == "new"  # a new version to look at
    kept = next(c for c in rv.comments if c.id == comment.id)
    assert kept.package_id == old.package.id and not kept.on_current
    rows = {r.rspo: r for r in reviews.list_schools(edb)}
    assert set(rows) == {"1001", "1002"} and rows["1001"].packages == 2 and rows["1001"].pupils_migrant == 60


def test_an_older_package_arriving_late_is_kept_as_history(edb, tmp_path):
    a = three_schools()[0]
    newer = document("1001", "Gdańsk", "Gdańsk", 50, list(a.plan.actions), when=a.generated_at + dt.timedelta(days=5))
    reviews.import_packages(edb, [write(tmp_path, newer)])
    report = reviews.import_packages(edb, [write(tmp_path, a)])
    assert [i.outcome for i in report.imported] == ["older"]
    assert reviews.get_review(edb, "1001").document.school.pupils_migrant == 50
    assert [s for _, _, s in _packages(edb)] == [False, True]


def test_manifest_time_zones_are_compared_in_utc(edb, tmp_path):
    a = three_schools()[0]
    later_wall_clock = document("1001", "Gdańsk", "Gdańsk", 11, list(a.plan.actions),
                                when=dt.datetime(2026, 10, 1, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=5))))
    reviews.import_packages(edb, [write(tmp_path, a), write(tmp_path, later_wall_clock, "b.edulab")])
    # 12:30+05:00 is 07:30 UTC, earlier than 12:00+02:00 (10:00 UTC): the first stays current
    assert reviews.get_review(edb, "1001").document.school.pupils_migrant == 45


def test_cancel_keeps_what_was_imported(edb, generated):
    seen = []

    def progress(done, total, path):
        seen.append((done, total))

    report = reviews.import_packages(edb, generated[:10], progress=progress, cancel=lambda: len(seen) >= 4)
    assert report.cancelled and report.total == 10
    assert len(report.imported) == 4 and len(_packages(edb)) == 4
    assert seen[:4] == [(0, 10), (1, 10), (2, 10), (3, 10)]
    rest = reviews.import_packages(edb, generated[:10])
    assert len(rest.imported) == 6 and len(rest.duplicates) == 4


def test_missing_paths_and_oversized_files_are_reported(edb, tmp_path, monkeypatch):
    report = reviews.import_packages(edb, [tmp_path / "nie_ma"])
    assert report.failed and "Nie ma takiego pliku" in report.failed[0][1]
    monkeypatch.setattr(reviews, "MAX_PACKAGE_BYTES", 10)
    big = write(tmp_path, three_schools()[0])
    report = reviews.import_packages(edb, [big])
    assert report.failed and "najwyżej" in report.failed[0][1]


def test_review_of_unknown_school(edb):
    with pytest.raises(NotFound):
        reviews.get_review(edb, "999")


def test_folders_are_searched_recursively_for_packages_only(edb, tmp_path):
    docs = three_schools()
    write(tmp_path / "a", docs[0])
    write(tmp_path / "a" / "b", docs[1])
    (tmp_path / "a" / "notatki.txt").write_text("nie pakiet")
    report = reviews.import_packages(edb, [tmp_path / "a"])
    assert report.total == 2 and len(report.imported) == 2 and report.ok


def test_each_package_is_its_own_transaction(edb, tmp_path, monkeypatch):
    """A failure while storing one package leaves the others stored."""
    docs = three_schools()
    paths = [write(tmp_path, d) for d in docs]
    real = reviews._store
    calls = []

    def flaky(db, prepared, report):
        calls.append(prepared.path)
        if len(calls) == 2:
            from exporters.package_errors import PackageError

            raise PackageError("Pakiet „x”: awaria w trakcie zapisu.", file="x")
        return real(db, prepared, report)

    monkeypatch.setattr(reviews, "_store", flaky)
    report = reviews.import_packages(edb, paths)
    assert len(report.imported) == 2 and len(report.failed) == 1
    assert [r for r, _, _ in _packages(edb)] == ["1001", "1003"]


def test_generated_packages_import_with_their_figures(edb, generated):
    report = reviews.import_packages(edb, generated)
    assert len(report.imported) == 20 and report.ok
    rows = reviews.list_schools(edb)
    assert len(rows) == 20
    assert all(r.total_cost > 0 and r.top_priorities for r in rows)
    assert len({r.county for r in rows}) >= 5
    one = rows[0]
    rv = reviews.get_review(edb, one.rspo)
    assert rv.document.plan is not None and rv.document.school.name == one.name
    assert one.findings_count == len(rv.document.open_findings)
    filtered = reviews.list_schools(edb, reviews.SchoolFilter(county=one.county))
    assert filtered and all(r.county == one.county for r in filtered)
    assert [r.rspo for r in reviews.list_schools(edb, reviews.SchoolFilter(search=one.rspo))] == [one.rspo]


def test_unknown_status_filter_is_refused(edb):
    from edulab_app.errors import UserError

    with pytest.raises(UserError):
        reviews.list_schools(edb, reviews.SchoolFilter(status="done"))


def test_dropped_actions_do_not_count(edb, tmp_path):
    doc = document("2001", "Sopot", "Sopot", 5, [
        action("a@2026", "week_for_everyone", "2026/2027", ("events", "school_budget", 100.0)),
        action("b@2026", "week_for_everyone", "2026/2027", ("events", "school_budget", 900.0), status="dropped")])
    reviews.import_packages(edb, [write(tmp_path, doc)])
    (row,) = reviews.list_schools(edb)
    assert row.total_cost == 100.0 and row.costs_by_year == {"2026/2027": 100.0, "2027/2028": 0.0}
    assert row.cost_per_year == 50.0


def test_created_at_is_stored_in_utc(edb, tmp_path):
    doc = three_schools()[0]
    reviews.import_packages(edb, [write(tmp_path, doc)])
    (row,) = reviews.list_schools(edb)
    assert row.created_at == doc.generated_at.astimezone(dt.timezone.utc).replace(tzinfo=None)
    assert doc.generated_at.tzinfo == TZ


def test_worker_processes_give_the_same_result(edb, generated, tmp_path):
    """The pool of reader processes (used for many files) stores the same packages in the same order."""
    bad = tmp_path / "zly.edulab"
    bad.write_bytes(b"nie pakiet")
    copy = tmp_path / "kopia.edulab"
    shutil.copy(generated[0], copy)
    files = [*generated[:6], bad, copy]
    report = reviews.import_packages(edb, files, workers=2)
    assert [i.path for i in report.imported] == [str(p) for p in generated[:6]]
    assert [p for p, _ in report.failed] == [str(bad)] and [p for p, _ in report.duplicates] == [str(copy)]
