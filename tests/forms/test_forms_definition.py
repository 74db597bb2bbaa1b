"""Every shipped definition file loads and passes the content checks; malformed files fail loudly."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml

from forms.areas import AREA_IDS
from forms.definition import (
    DEFINITIONS_DIR,
    ITEM_TYPES,
    FormDefinitionError,
    LocalizedText,
    available_versions,
    load_form,
    load_form_file,
)
from forms.expressions import parse_expression
from forms.scoring import critical_rules

DEFINITION_FILES = sorted(DEFINITIONS_DIR.glob("*.yaml"))

MUST_ITEMS = {
    "pupils_total": "integer", "pupils_migrant_total": "integer", "pupils_by_country": "table",
    "pupils_needing_polish": "integer", "pupils_ukrainian": "integer", "family_languages": "select_multiple",
    "arrivals_this_year": "integer", "staff_roster": "table", "welcome_procedure": "select_one",
    "welcome_committee_exists": "select_one", "preparatory_class_exists": "select_one",
    "assistant_employed": "select_one", "antidiscrimination_regulation": "select_one",
    "child_protection_standards": "select_one", "incident_procedure": "select_one",
}


def test_there_is_at_least_one_definition_file():
    assert DEFINITION_FILES, DEFINITIONS_DIR


@pytest.mark.parametrize("path", DEFINITION_FILES, ids=lambda p: p.name)
def test_definition_file_loads_and_is_consistent(path: Path):
    form = load_form_file(path)
    text = path.read_text(encoding="utf-8")
    raw = yaml.safe_load(text)  # the pure-Python loader is stricter than libyaml: both must agree
    assert raw == yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    raw_names = [item["name"] for s in raw["sections"] for item in s["items"]]
    assert len(raw_names) == len(set(raw_names)) == len(form.items)
    assert 80 <= len(form.items) <= 150
    assert [s.id for s in form.sections] == list(AREA_IDS)
    seen: set[str] = set()
    for item in form.items:
        for expr in (item.relevant, item.constraint):
            if expr is not None:
                assert expr.refs <= seen | {item.id}, (item.id, expr.source)
                assert parse_expression(expr.source) == expr
        seen.add(item.id)
        assert item.label.pl.strip(), item.id
        if item.type == "scale":
            assert sum(c.unknown for c in item.choices) == 1, item.id
        if item.type == "table":
            assert item.columns
    for section in form.sections:
        dims = [i.score.dimension for i in section.items if i.score]
        assert dims.count("resources") >= 2, section.id
        assert dims.count("needs") >= 2, section.id
        assert {"en", "uk"} <= set(section.label), section.id


def test_latest_form_has_the_contract_items(form):
    for item_id, type_ in MUST_ITEMS.items():
        assert form.item(item_id).type == type_, item_id
    assert {c.name for c in form.item("pupils_by_country").columns} >= {"country", "first_language", "count"}
    assert {c.name for c in form.item("staff_roster").columns} >= {"role", "languages", "trainings"}
    langs = {c.name for c in form.item("family_languages").choices}
    assert {"uk", "ru", "be", "ka", "vi", "en", "ar", "tr", "hy", "other"} <= langs
    assert {"select_one", "select_multiple", "scale", "integer", "decimal", "text", "date", "table"} == {
        i.type for i in form.items} == set(ITEM_TYPES)
    for number in (i for i in form.items if i.type in ("integer", "decimal")):
        assert number.min is not None and number.max is not None, number.id


def test_scale_choices_are_translated_and_have_dont_know(form):
    scale = form.choices["agreement"]
    assert [c.name for c in scale][-1] == "dont_know"
    assert "nie wiem" in scale[-1].label.pl.lower()
    for choice in scale:
        assert {"pl", "en", "uk"} <= set(choice.label)


def test_critical_rules_refer_to_existing_items(form):
    for rule in critical_rules():
        assert rule.area_id in AREA_IDS
        refs = parse_expression(rule.condition).refs
        assert refs and all(form.has_item(r) for r in refs), rule.id


def test_load_form_latest_versions_and_cache():
    assert available_versions("diagnosis") == [1]
    assert load_form().version == 1
    assert load_form() is load_form("diagnosis", 1)
    with pytest.raises(FormDefinitionError, match="version 9 not found"):
        load_form("diagnosis", 9)
    with pytest.raises(FormDefinitionError, match="no definition file"):
        load_form("nothing_here")


def test_versions_in_another_directory(tmp_path):
    for v in (1, 3, 2):
        (tmp_path / f"quiz-v{v}.yaml").write_text(yaml.safe_dump(_minimal(form_id="quiz", version=v)),
                                                 encoding="utf-8")
    assert available_versions("quiz", tmp_path) == [1, 2, 3]
    assert load_form("quiz", directory=tmp_path).version == 3


def test_localized_text_falls_back_to_polish():
    t = LocalizedText((("pl", "Tak"), ("en", "Yes")))
    assert t.get("en") == "Yes" and t.get("uk") == "Tak" and str(t) == "Tak" and dict(t) == {"pl": "Tak", "en": "Yes"}


# ---------------------------------------------------------------------------------------------- malformed


def _minimal(form_id: str = "diagnosis", version: int = 1) -> dict:
    return {
        "form_id": form_id, "version": version, "title": {"pl": "Test"}, "languages": ["pl", "en"],
        "choices": {"yn": [{"name": "yes", "points": 1, "label": {"pl": "Tak"}},
                           {"name": "no", "points": 0, "label": {"pl": "Nie"}},
                           {"name": "dk", "unknown": True, "label": {"pl": "Nie wiem"}}]},
        "sections": [{"id": "pupils", "label": {"pl": "Uczniowie"}, "items": [
            {"name": "a_number", "type": "integer", "min": 0, "max": 10, "label": {"pl": "Liczba"}},
            {"name": "a_choice", "type": "select_one", "choices": "yn", "label": {"pl": "Wybór"},
             "relevant": "${a_number} > 1", "score": {"dimension": "resources"}},
        ]}],
    }


def _items(d):
    return d["sections"][0]["items"]


MALFORMED = [
    ("unknown type", lambda d: _items(d)[0].update(type="number"), "a_number", "unknown type"),
    ("duplicate id", lambda d: _items(d)[1].update(name="a_number"), "a_number", "duplicate item id"),
    ("unknown choice list", lambda d: _items(d)[1].update(choices="nope"), "a_choice", "unknown choice list 'nope'"),
    ("relevant unknown item", lambda d: _items(d)[1].update(relevant="${ghost} = 1"), "a_choice", "'ghost'"),
    ("relevant later item", lambda d: _items(d)[0].update(relevant="${a_choice} = 'yes'"), "a_number",
     "unknown or later item 'a_choice'"),
    ("relevant syntax", lambda d: _items(d)[1].update(relevant="${a_number} >"), "a_choice", "bad 'relevant'"),
    ("min > max", lambda d: _items(d)[0].update(min=20), "a_number", "min (20) is greater than max (10)"),
    ("section not an area", lambda d: d["sections"][0].update(id="canteen"), "canteen", "not one of the areas"),
    ("missing pl label", lambda d: _items(d)[0].update(label={"en": "Number"}), "a_number", "no Polish"),
    ("score unknown choice", lambda d: _items(d)[1].update(score={"dimension": "needs", "values": {"maybe": 1}}),
     "a_choice", "unknown choice 'maybe'"),
    ("score dimension", lambda d: _items(d)[1].update(score={"dimension": "wishes"}), "a_choice", "dimension"),
    ("bounds on text", lambda d: _items(d)[0].update(type="text"), "a_number", "'min'/'max' apply only"),
    ("unknown key", lambda d: _items(d)[0].update(colour="red"), "a_number", "unknown key(s) ['colour']"),
    ("table without columns", lambda d: _items(d)[0].update(type="table", min=None, max=None), "a_number",
     "columns"),
    ("scale without dont know", lambda d: (d["choices"]["yn"].pop(), _items(d)[1].update(type="scale")),
     "a_choice", "exactly one 'unknown'"),
    ("undeclared language", lambda d: _items(d)[0].update(label={"pl": "x", "de": "y"}), "a_number", "'de'"),
    ("dot in relevant", lambda d: _items(d)[1].update(relevant=". > 1"), "a_choice", "only in 'constraint'"),
]


@pytest.mark.parametrize(("case", "mutate", "item", "problem"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_definition_names_file_item_and_problem(tmp_path, case, mutate, item, problem):
    data = copy.deepcopy(_minimal())
    mutate(data)
    for it in _items(data):  # "min: None" means: remove the key
        for key in [k for k, v in it.items() if v is None]:
            del it[key]
    path = tmp_path / "diagnosis-v1.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(FormDefinitionError) as err:
        load_form_file(path)
    message = str(err.value)
    assert str(path) in message
    assert item in message
    assert problem in message


def test_minimal_definition_is_valid(tmp_path):
    path = tmp_path / "diagnosis-v1.yaml"
    path.write_text(yaml.safe_dump(_minimal()), encoding="utf-8")
    form = load_form_file(path)
    assert [i.id for i in form.items] == ["a_number", "a_choice"]


def test_invalid_yaml_and_name_mismatch(tmp_path):
    bad = tmp_path / "diagnosis-v1.yaml"
    bad.write_text("form_id: [unclosed", encoding="utf-8")
    with pytest.raises(FormDefinitionError, match=re.escape(str(bad)) + ".*not valid YAML"):
        load_form_file(bad)
    other = tmp_path / "diagnosis-v2.yaml"
    other.write_text(yaml.safe_dump(_minimal()), encoding="utf-8")
    with pytest.raises(FormDefinitionError, match="file name says diagnosis v2"):
        load_form_file(other)
