"""Every shipped plan data file loads, validates and its references resolve."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from forms.areas import AREA_IDS
from plans.calendar import last_friday_of_june, load_calendar
from plans.catalogue import QUANTITY_NAMES, load_catalogue
from plans.rates import load_rates
from plans.roles import ROLE_IDS
from plans.rules import load_rules
from resources import resource_path

FILES = [("catalogue", "trainings.yaml"), ("templates", "actions.yaml"), ("rules", "rules.yaml"),
         ("rates", "rates.yaml"), ("calendars", "pomorskie.yaml")]


@pytest.mark.parametrize("parts", FILES, ids="/".join)
def test_file_is_versioned_yaml(parts):
    data = yaml.safe_load(resource_path(*parts).read_text(encoding="utf-8"))
    assert isinstance(data["version"], int)


def test_trainings():
    cat = load_catalogue()
    assert len(cat.trainings) >= 15
    rates = load_rates()
    for t in cat.trainings.values():
        assert t.title_pl and t.title_en and t.description
        assert set(t.areas) <= set(AREA_IDS)
        assert set(t.target_roles) <= ROLE_IDS
        assert set(t.prerequisites) <= set(cat.trainings)
        assert t.price.rate in rates.known_keys()
        assert t.unit_price(rates) == pytest.approx(t.price.default_pln)


def test_templates_reference_existing_things():
    cat, rules, rates = load_catalogue(), load_rules(), load_rates()
    assert len(cat.templates) >= 20
    names = QUANTITY_NAMES | rates.known_keys() | set(rules.settings)
    for tpl in cat.templates.values():
        assert set(tpl.areas) <= set(AREA_IDS), tpl.id
        assert set(tpl.trainings_before) <= set(cat.trainings), tpl.id
        assert set(tpl.rules) <= set(rules.rules), tpl.id
        assert tpl.indicators, tpl.id
        for c in tpl.costs:
            assert c.quantity.names | c.unit_price.names <= names, tpl.id
    covered = {a for t in cat.templates.values() for a in t.areas}
    assert covered == set(AREA_IDS), "every diagnosis area has at least one action template"
    for needed in ("additional_polish_lessons", "preparatory_class", "intercultural_assistant",
                   "welcome_committee_setup", "buddies_programme", "family_information_pack",
                   "translate_school_documents", "parents_polish_course", "ppp_cooperation_agreement",
                   "county_migration_team", "week_for_everyone", "safe_school_regulation", "child_protection_review",
                   "library_ngo_partnerships", "compensatory_classes", "adapted_assessment_rules",
                   "multilingual_materials"):
        assert needed in cat.templates


def test_rules():
    book = load_rules()
    assert len(book.rules) >= 15
    for r in book.rules.values():
        assert r.valid_to is None or r.valid_from <= r.valid_to
        assert r.source
        assert not r.verified or r.confidence == "read"
    assert book.get("ukrainian_polish_hours_2024").valid_to == dt.date(2026, 8, 31)
    assert book.settings["session_minutes"].allowed == (45, 60)
    assert book.setting_values({"session_minutes": 60})["session_minutes"] == 60
    with pytest.raises(ValueError):
        book.setting_values({"session_minutes": 50})


def test_rates():
    table = load_rates()
    assert table.value("minimum_wage", 2025) == 4666
    assert table.value("minimum_wage", 2026) == 4806
    assert table.value("minimum_wage", 2028) == 4806  # last known year
    assert table.value("teacher_base_chartered") == 6211
    assert not table.rates["translation_page"].verified
    assert table.rates["trainer_hour_council"].range == (150, 300)
    assert table.with_overrides({"translation_page": 70}).value("translation_page") == 70
    with pytest.raises(KeyError):
        table.with_overrides({"nope": 1})


def test_calendar():
    cal = load_calendar("pomorskie")
    assert list(cal.years) == ["2025/2026", "2026/2027", "2027/2028", "2028/2029"]
    for y in cal.years.values():
        assert y.lessons_end == last_friday_of_june(y.start.year + 1)
        assert y.lessons_end.weekday() == 4
        assert {b.kind for b in y.breaks} == {"christmas", "winter", "easter"}
        winter = y.winter_break()
        assert (winter.end - winter.start).days == 13
        assert 170 <= y.lesson_days <= 195
    assert cal.year("2025/2026").winter_break().start == dt.date(2026, 1, 19)
    assert cal.year("2025/2026").winter_break().verified
    assert not cal.year("2028/2029").winter_break().verified


def test_templates_answer_the_critical_rules_of_the_diagnosis():
    from forms.scoring import critical_rules

    answered = {pid for t in load_catalogue().templates.values() for pid in t.answers}
    for rule in critical_rules():
        assert f"critical:{rule.id}" in answered, rule.id
