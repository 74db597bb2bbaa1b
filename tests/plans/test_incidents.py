"""The incident procedure: deadlines as settings (not law), school days that skip weekends, holidays and
breaks, hours, overdue steps, closing, and the statistics of a school year."""

from __future__ import annotations

import datetime as dt

import pytest

from plans.calendar import load_calendar
from plans.errors import DataError
from plans.incidents import (
    Deadline,
    Incident,
    InputProblems,
    Step,
    add_school_days,
    close,
    complete_step,
    due_at,
    is_school_day,
    load_procedure,
    open_incident,
    reopen_step,
    school_days_between,
    set_step_responsible,
    statistics,
)
from resources import resource_path

D, T = dt.date, dt.datetime


@pytest.fixture(scope="module")
def cal():
    return load_calendar()


@pytest.fixture(scope="module")
def proc():
    return load_procedure()


def report(proc, cal, when=None, motives=("language",), kind="pupil", ref="1"):
    return open_incident(ref, when or T(2026, 10, 5, 9, 30), kind, motives, "Przezywanie z powodu akcentu na przerwie.", ("U-7K2M9QXA",),
                         "Jan Nowak (pedagog)", proc, cal)


def test_procedure_defaults_are_settings_not_law(proc):
    assert proc.legal_status == "common_practice" and not proc.verified
    assert "nie przepisem prawa" in proc.legal_note
    assert [s.id for s in proc.steps] == ["acknowledge", "notify_parents", "investigate", "decide",
                                          "written_report", "follow_up"]
    assert proc.step("acknowledge").deadline == Deadline(2, "school_days")
    assert proc.step("notify_parents").deadline == Deadline(24, "hours")
    assert 10 <= proc.step("written_report").deadline.value <= 14
    assert {"national_ethnic_origin", "language", "religion", "skin_colour", "disability", "sex",
            "sexual_orientation", "age", "economic_status"} <= set(proc.motives)
    for labels in proc.motives.values():
        assert {"pl", "uk", "en", "ru"} <= set(labels)
    assert proc.deadline_text("acknowledge") == "w ciągu 2 dni nauki szkolnej"
    assert proc.deadline_text("notify_parents", "uk") == "протягом 24 годин"
    assert proc.deadline_text("notify_parents", "ru") == "в течение 24 часов"
    assert proc.deadline_text("acknowledge", "en") == "within 2 school days"


def test_overrides_are_checked_against_ranges(proc):
    changed = proc.with_overrides({"acknowledge": {"value": 3}, "notify_parents": {"value": 2, "unit": "school_days"}})
    assert changed.step("acknowledge").deadline == Deadline(3, "school_days")
    assert changed.step("notify_parents").deadline == Deadline(2, "school_days")
    assert changed.overridden == {"acknowledge", "notify_parents"}
    assert proc.step("acknowledge").deadline.value == 2  # the shipped procedure is untouched
    with pytest.raises(InputProblems) as exc:
        proc.with_overrides({"acknowledge": {"value": 40}, "nope": {"value": 1}, "decide": {"value": 2.5},
                             "investigate": {"value": 3, "unit": "weeks"}})
    assert {p.field for p in exc.value.problems} == {"deadlines.acknowledge", "deadlines.nope", "deadlines.decide",
                                                     "deadlines.investigate"}
    assert "1–5" in next(p.message for p in exc.value.problems if p.field == "deadlines.acknowledge")


def test_broken_procedure_file(tmp_path):
    src = resource_path("documents", "incident-procedure.yaml").read_text(encoding="utf-8")
    path = tmp_path / "p.yaml"
    path.write_text(src.replace("legal_status: common_practice", "legal_status: law"), encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_procedure(path)
    assert "common_practice" in str(exc.value)


def test_school_days_skip_weekends_holidays_and_breaks(cal):
    assert add_school_days(D(2026, 10, 2), 1, cal) == D(2026, 10, 5)  # Friday -> Monday
    assert add_school_days(D(2026, 11, 10), 1, cal) == D(2026, 11, 12)  # 11 Nov is a holiday
    assert add_school_days(D(2026, 12, 22), 1, cal) == D(2027, 1, 4)  # Christmas break, New Year, weekend
    assert add_school_days(D(2027, 1, 29), 1, cal) == D(2027, 2, 15)  # winter holidays 1–14 Feb 2027
    assert add_school_days(D(2027, 6, 24), 2, cal) == D(2027, 9, 1)  # lessons end on Fri 25 June
    assert not is_school_day(D(2027, 3, 26), cal) and is_school_day(D(2027, 3, 31), cal)  # Easter break
    assert school_days_between(D(2026, 10, 2), D(2026, 10, 9), cal) == 5
    beyond = D(2040, 3, 1)  # outside the calendar: weekdays that are not public holidays
    assert is_school_day(beyond, cal) and not is_school_day(D(2040, 3, 3), cal)


def test_deadlines_of_a_new_report(proc, cal):
    i = report(proc, cal, when=T(2026, 12, 21, 14, 0))  # Monday before the Christmas break (from 23 Dec)
    due = {s.id: s.due for s in i.steps}
    assert due["acknowledge"] == T(2027, 1, 4, 23, 59)  # 22 Dec is day 1; break, New Year, weekend; 4 Jan day 2
    assert due["notify_parents"] == T(2026, 12, 22, 14, 0)  # hours run on, break or not
    assert due["written_report"] > due["decide"] > due["investigate"]
    assert due_at(Deadline(3, "calendar_days"), T(2026, 12, 18, 14, 0), cal) == T(2026, 12, 21, 23, 59)
    friday = report(proc, cal, when=T(2026, 10, 9, 15, 0))
    assert friday.step("acknowledge").due == T(2026, 10, 13, 23, 59)  # the weekend does not count
    assert i.status == "open" and i.school_year == "2026/2027"
    assert all(s.responsible == "Jan Nowak (pedagog)" for s in i.steps)


def test_report_is_validated_naming_fields(proc, cal):
    with pytest.raises(InputProblems) as exc:
        open_incident("1", T(2030, 1, 1), "teacher", (), " ", ("Jan Kowalski, uczeń klasy 4b z Ukrainy" * 2,), "",
                      proc, cal, now=T(2026, 10, 1))
    assert {p.field for p in exc.value.problems} == {"reported_at", "reporter_kind", "motives", "description",
                                                     "persons", "responsible"}
    with pytest.raises(InputProblems) as exc:
        report(proc, cal, motives=("hair",))
    assert exc.value.problems[0].field == "motives"


def test_overdue_steps_completion_and_closing(proc, cal):
    i = report(proc, cal)  # Monday 5 Oct 2026, 9:30
    assert [s.id for s in i.overdue_steps(T(2026, 10, 6, 9, 0))] == []
    assert [s.id for s in i.overdue_steps(T(2026, 10, 6, 10, 0))] == ["notify_parents"]
    late = T(2026, 10, 8, 8, 0)
    assert [s.id for s in i.overdue_steps(late)] == ["acknowledge", "notify_parents"]
    i = complete_step(i, "acknowledge", T(2026, 10, 6, 8, 0), "Jan Nowak")
    i = complete_step(i, "notify_parents", T(2026, 10, 6, 12, 0))
    assert i.status == "in_progress" and i.overdue_steps(late) == ()
    assert i.step("notify_parents").done_late and not i.step("acknowledge").done_late
    assert i.next_step.id == "investigate"
    i = reopen_step(i, "notify_parents")
    assert not i.step("notify_parents").is_done
    i = set_step_responsible(i, "decide", "  Anna   Kowalska ")
    assert i.step("decide").responsible == "Anna Kowalska"
    with pytest.raises(InputProblems) as exc:
        complete_step(i, "acknowledge", T(2026, 10, 1), "x")
    assert exc.value.problems[0].field == "done_at"
    with pytest.raises(InputProblems) as exc:
        complete_step(i, "nope", T(2026, 10, 7))
    assert exc.value.problems[0].field == "step"
    with pytest.raises(InputProblems) as exc:
        close(i, "  ", T(2026, 10, 1))
    assert {p.field for p in exc.value.problems} == {"outcome", "closed_at"}
    closed = close(i, "Rozmowa, przeprosiny, warsztaty dla klasy.", T(2026, 10, 19, 12, 0))
    assert closed.status == "closed" and closed.days_to_close == 14.1
    assert closed.overdue_steps(T(2027, 1, 1)) == () and closed.next_step is None
    with pytest.raises(InputProblems):
        complete_step(closed, "investigate", T(2026, 10, 20))
    with pytest.raises(InputProblems):
        close(closed, "jeszcze raz", T(2026, 10, 20))


def test_statistics_per_school_year(proc, cal):
    a = close(report(proc, cal, T(2026, 10, 5, 9, 0), ("language", "national_ethnic_origin"), "pupil", "1"),
              "wyjaśnione", T(2026, 10, 15, 9, 0))
    b = close(report(proc, cal, T(2026, 11, 2, 9, 0), ("religion",), "anonymous", "2"), "wyjaśnione",
              T(2026, 11, 22, 9, 0))
    c = report(proc, cal, T(2027, 3, 1, 9, 0), ("language",), "parent", "3")
    c = complete_step(c, "acknowledge", T(2027, 3, 5, 9, 0))  # late: due 3 March
    old = report(proc, cal, T(2026, 6, 1, 9, 0), ("age",), "staff", "4")  # the previous school year
    st = statistics([a, b, c, old], "2026/2027", now=T(2027, 3, 20), motives=proc.motives)
    assert st.total == 3 and st.closed == 2
    assert st.by_motive["language"] == 2 and st.by_motive["national_ethnic_origin"] == 1
    assert st.by_motive["religion"] == 1 and st.by_motive["age"] == 0 and list(st.by_motive)[0] == "national_ethnic_origin"
    assert st.by_status == {"open": 0, "in_progress": 1, "closed": 2}
    assert st.by_reporter_kind["anonymous"] == 1 and st.anonymous_share == pytest.approx(1 / 3, abs=0.001)
    assert st.open_overdue == 1 and st.steps_done_late == 1
    assert st.median_days_to_close == 15.0 and st.mean_days_to_close == 15.0
    assert st.closed_without_delay == 2 and st.closed_without_delay_share == 1.0
    d = st.to_dict()
    assert d["total"] == 3 and "description" not in str(d) and "U-7K2M9QXA" not in str(d)
    empty = statistics([], "2025/2026")
    assert empty.total == 0 and empty.median_days_to_close is None
    with pytest.raises(ValueError):
        statistics([], "2026")


def test_step_round_trip():
    s = Step("acknowledge", "Przyjęcie", T(2026, 10, 7, 23, 59), Deadline(2, "school_days"), "Jan",
             T(2026, 10, 6, 8, 0), "Anna")
    assert Step.from_dict(s.to_dict()) == s
    assert isinstance(Incident("1", T(2026, 10, 5), "pupil", ("age",), "", (), "x", (s,)).status, str)
