"""„Tydzień dla wszystkich”: the template loads and is complete; adapting checks dates in the school calendar,
people, costs and languages, naming the field; the plan action's costs add up."""

from __future__ import annotations

import datetime as dt

import pytest

from plans.calendar import load_calendar
from plans.catalogue import COST_CATEGORIES, FUNDING_SOURCES, load_catalogue
from plans.errors import DataError
from plans.incidents import InputProblems
from plans.model import Action
from plans.rates import load_rates
from plans.week_scenario import (
    DAYS_IN_WEEK,
    WeekPlan,
    adapt,
    check_dates,
    default_costs,
    load_template,
    suggest_dates,
    to_action,
    week_from,
)
from resources import resource_path

D = dt.date
YEAR = "2026/2027"


@pytest.fixture(scope="module")
def tpl():
    return load_template()


@pytest.fixture(scope="module")
def year():
    return load_calendar().year(YEAR)


def week(tpl, year, **kw):
    args = {"people": {"coordinator": ["Anna Nowak"], "intercultural_assistant": ["Olena Shevchenko"]},
            "languages": ["pl", "uk", "en"], "school_name": "SP 48 w Gdańsku"}
    args.update(kw)
    dates = args.pop("dates", suggest_dates(year))
    return adapt(tpl, year, dates, **args)


def fields(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.field for p in exc.value.problems}


def test_template_is_complete(tpl):
    assert len(tpl.days) == DAYS_IN_WEEK
    assert [d.title for d in tpl.days] == ["Dzień języków", "Dzień smaków i tradycji",
                                           "Dzień gier i zabaw z całego świata", "Dzień opowieści rodzinnych",
                                           "Święto szkoły"]
    groups = [g for g, _ in tpl.age_groups]
    assert groups == ["1-3", "4-6", "7-8"]
    for d in tpl.days:
        assert set(d.activities) == set(groups)
        assert all(a.title and a.description and a.minutes > 0 for acts in d.activities.values() for a in acts)
        assert set(d.titles) >= {"pl", "uk", "en"} and set(d.families_line) >= {"pl", "uk", "en"}
        assert d.families and d.community
    assert {r.id for r in tpl.roles} == {"coordinator", "form_tutors", "intercultural_assistant", "student_council",
                                        "welcome_committee", "parents"}
    assert tpl.role("coordinator").required
    assert {p.id for p in tpl.partners} >= {"library", "ngo", "parents_council"}
    assert {"pl", "uk", "en"} <= set(tpl.languages)
    assert tpl.action_template in load_catalogue().templates
    rates = load_rates()
    for m in tpl.materials:
        assert m.category in COST_CATEGORIES and m.source in FUNDING_SOURCES
        assert not isinstance(m.unit_price, str) or m.unit_price in rates.known_keys()
    assert {m.category for m in tpl.materials} >= {"events", "materials", "translation"}
    assert tpl.indicators and tpl.safeguards


def test_broken_template_names_file_and_entry(tmp_path):
    src = resource_path("documents", "week-for-everyone.yaml").read_text(encoding="utf-8")
    path = tmp_path / "week.yaml"
    path.write_text(src.replace("unit_price: event_school", "unit_price: no_such_rate", 1), encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_template(path)
    assert "no_such_rate" in str(exc.value) and "festival" in str(exc.value)


def test_suggested_week_is_five_school_days_in_may(year):
    dates = suggest_dates(year)
    assert len(dates) == 5 and all(d.month == 5 and year.is_lesson_day(d) for d in dates)
    assert dates[0].weekday() == 0 and dates[-1] - dates[0] == dt.timedelta(days=4)
    assert check_dates(dates, year) == []


def test_adapt_rejects_holidays_and_weekends_naming_the_field(tpl, year):
    christmas = [D(2026, 12, 21) + dt.timedelta(days=i) for i in range(5)]  # Mon 21 – Fri 25 Dec
    with pytest.raises(InputProblems) as exc:
        week(tpl, year, dates=christmas)
    problems = {p.field: p.message for p in exc.value.problems}
    assert set(problems) == {"dates[2]", "dates[3]", "dates[4]"}
    assert "przerwa świąteczna" in problems["dates[2]"] and "„Dzień 3” (23.12.2026)" in problems["dates[2]"]
    weekend = [D(2027, 5, 6) + dt.timedelta(days=i) for i in range(5)]  # Thu – Mon
    with pytest.raises(InputProblems) as exc:
        week(tpl, year, dates=weekend)
    messages = {p.field: p.message for p in exc.value.problems}
    assert set(messages) == {"dates[2]", "dates[3]"} and "sobota" in messages["dates[2]"]
    winter = [D(2027, 2, 1) + dt.timedelta(days=i) for i in range(5)]
    with pytest.raises(InputProblems) as exc:
        week(tpl, year, dates=winter)
    assert "ferie zimowe" in exc.value.problems[0].message
    corpus_christi = [D(2027, 5, 24) + dt.timedelta(days=i) for i in range(4)] + [D(2027, 5, 31)]
    with pytest.raises(InputProblems) as exc:
        week(tpl, year, dates=corpus_christi)  # 27 May 2027 is Corpus Christi
    assert fields(exc) == {"dates[3]"} and "święto" in exc.value.problems[0].message
    summer = [D(2027, 7, 5) + dt.timedelta(days=i) for i in range(5)]
    with pytest.raises(InputProblems) as exc:
        week(tpl, year, dates=summer)
    assert "poza okresem zajęć" in exc.value.problems[0].message


def test_dates_must_follow_each_other_and_be_five(tpl, year):
    gap = [D(2027, 5, 10), D(2027, 5, 11), D(2027, 5, 13), D(2027, 5, 14), D(2027, 5, 17)]
    with pytest.raises(InputProblems) as exc:
        week(tpl, year, dates=gap)
    assert fields(exc) == {"dates[2]"} and "12.05.2027" in exc.value.problems[0].message
    with pytest.raises(InputProblems) as exc:
        week(tpl, year, dates=gap[:3])
    assert fields(exc) == {"dates"}
    # across a weekend is fine: Thursday to Wednesday
    ok = week_from(D(2027, 5, 13), year)
    assert [d.weekday() for d in ok] == [3, 4, 0, 1, 2]
    assert week(tpl, year, dates=ok).end == D(2027, 5, 19)


def test_adapt_checks_people_costs_and_languages(tpl, year):
    with pytest.raises(InputProblems) as exc:
        week(tpl, year, people={"coordinator": [" "], "wizard": ["X"]},
             costs={"tasting": {"quantity": -1}, "nothing": {}, "festival": {"source": "lottery"}},
             languages=["uk", "xx"])
    assert fields(exc) == {"people.coordinator", "people.wizard", "costs.tasting", "costs.nothing",
                           "costs.festival", "languages"}
    message = next(p.message for p in exc.value.problems if p.field == "languages")
    assert "xx" in message and "ukraiński" in message


def test_costs_default_per_language_and_overrides(tpl, year):
    w = week(tpl, year, languages=["uk", "en", "ru"])
    assert w.languages == ("pl", "uk", "en", "ru")
    by_id = {c.id: c for c in w.costs}
    rates = load_rates()
    assert by_id["translation"].quantity == 2 * 3 and by_id["translation"].unit_price == rates.value("translation_page", 2027)
    assert by_id["festival"].unit_price == rates.value("event_school", 2027)
    only_pl = week(tpl, year, languages=["pl"])
    assert {c.id: c.amount for c in only_pl.costs}["interpreting"] == 0
    changed = week(tpl, year, costs={"tasting": {"quantity": 2, "unit_price": 450.5, "source": "grant"},
                                     "bus": {"title": "przejazd do biblioteki", "category": "other", "unit_price": 300}})
    lines = {c.id: c for c in changed.costs}
    assert lines["tasting"].amount == 901.0 and lines["tasting"].source == "grant"
    assert lines["bus"].title == "przejazd do biblioteki" and lines["bus"].amount == 300
    assert changed.total == pytest.approx(sum(c.amount for c in changed.costs))
    assert default_costs(tpl, ["pl", "uk"], 2027) == tuple(c for c in week(tpl, year, languages=["uk"]).costs)


def test_to_action_from_template_and_existing_action(tpl, year):
    w = week(tpl, year, costs={"guests": {"quantity": 0}})
    template = load_catalogue().templates["week_for_everyone"]
    action = to_action(w, template)
    assert action.id == "week_for_everyone@2026" and action.kind == "activity" and action.school_year == YEAR
    assert action.start == action.end == (2027, 5)
    assert action.planned_cost == pytest.approx(w.total)
    assert all(c.school_year == YEAR and c.amount_pln > 0 for c in action.cost_lines)
    assert {c.category for c in action.cost_lines} == {"materials", "events", "translation"}
    assert not any("honorarium" in c.note for c in action.cost_lines)  # zero lines are left out
    texts = [i.text for i in action.indicators]
    assert len(texts) == len(set(texts)) and any("Rodziny" in t for t in texts)
    assert "Termin tygodnia: 10.05.2027 – 14.05.2027" in action.description
    assert "Koordynator: Anna Nowak" in action.description
    # an existing action keeps its status and actual costs; the description does not grow on every save
    existing = Action.from_dict(action.to_dict() | {"status": "in_progress", "responsible_id": "s3"})
    later = week(tpl, year, dates=week_from(D(2027, 5, 31), year))
    updated = to_action(later, to_action(w, existing))
    assert updated.status == "in_progress" and updated.responsible_id == "s3"
    assert updated.start == (2027, 5) and updated.end == (2027, 6)
    assert updated.description.count("Termin tygodnia:") == 1 and "31.05.2027" in updated.description
    with pytest.raises(ValueError):
        to_action(week(tpl, load_calendar().year("2027/2028"), dates=suggest_dates(load_calendar().year("2027/2028"))),
                  existing)


def test_invitation_in_every_language(tpl, year):
    w = week(tpl, year, languages=["uk", "en", "ru"], place="sala gimnastyczna, 16:00", contact="tel. 58 555 01 48")
    pl, uk, en = w.invitation("pl"), w.invitation("uk"), w.invitation("en")
    assert "Od 10.05.2027 do 14.05.2027 nasza szkoła — SP 48 w Gdańsku" in pl.paragraphs[0]
    assert "Święto szkoły — piątek 14.05.2027, sala gimnastyczna, 16:00" in pl.paragraphs[2]
    assert "Anna Nowak, tel. 58 555 01 48" in pl.paragraphs[3]
    assert uk.title == "Запрошення на «Тиждень для всіх»" and "Шкільне свято" in uk.paragraphs[2]
    assert uk.programme[0][0] == "понеділок 10.05.2027" and uk.programme[0][1] == "День мов"
    assert en.programme[-1][1] == "School Festival" and "Friday 14.05.2027" in en.paragraphs[2]
    default = week(tpl, year).invitation("en")
    assert "at the school" in default.paragraphs[2] and "school office" in default.paragraphs[3]


def test_round_trip(tpl, year):
    w = week(tpl, year, costs={"bus": {"title": "autobus", "unit_price": 200}}, place="hala", contact="x@y.pl")
    again = WeekPlan.from_dict(w.to_dict(), tpl)
    assert again == w and again.total == w.total
