"""Loader errors name the file, the entry and the problem."""

from __future__ import annotations

import pytest

from plans.calendar import load_calendar
from plans.catalogue import load_catalogue
from plans.errors import DataError
from plans.rates import load_rates
from plans.rules import load_rules
from resources import resource_path


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_training_with_unknown_area(tmp_path):
    src = resource_path("catalogue", "trainings.yaml").read_text(encoding="utf-8")
    bad = src.replace("areas: [staff, community, parents]", "areas: [staff, marsjanie]", 1)
    path = _write(tmp_path, "trainings.yaml", bad)
    with pytest.raises(DataError) as exc:
        load_catalogue(trainings_path=path)
    assert exc.value.file.endswith("trainings.yaml")
    assert "intercultural_communication" in exc.value.entry
    assert "marsjanie" in exc.value.problem


def test_template_with_unknown_rate(tmp_path):
    src = resource_path("templates", "actions.yaml").read_text(encoding="utf-8")
    bad = src.replace("unit_price: meeting_small, note: \"spotkanie założycielskie\"",
                      "unit_price: bogus_rate, note: \"x\"", 1)
    assert bad != src
    with pytest.raises(DataError) as exc:
        load_catalogue(templates_path=_write(tmp_path, "actions.yaml", bad))
    assert "welcome_committee_setup" in exc.value.entry and "bogus_rate" in exc.value.problem


def test_duplicate_id_and_missing_field(tmp_path):
    path = _write(tmp_path, "rates.yaml", "version: 1\nrates:\n  - id: a\n    title: x\n")
    with pytest.raises(DataError, match=r"rates\[0\] 'a': brak pola"):
        load_rates(path)
    text = ("version: 1\nrates:\n" + "  - {id: a, title: t, unit: u, value: 1, year: 2025, source: s, "
            "confidence: read, verified: true}\n" * 2)
    with pytest.raises(DataError, match="powtarza"):
        load_rates(_write(tmp_path, "rates2.yaml", text))


def test_rule_dates_out_of_order(tmp_path):
    src = resource_path("rules", "rules.yaml").read_text(encoding="utf-8")
    bad = src.replace("valid_from: 2024-09-01\n    valid_to: 2026-08-31", "valid_from: 2027-09-01\n    valid_to: 2026-08-31", 1)
    with pytest.raises(DataError) as exc:
        load_rules(_write(tmp_path, "rules.yaml", bad))
    assert "ukrainian_polish_hours_2024" in exc.value.entry and "valid_to" in exc.value.problem


def test_verified_requires_read(tmp_path):
    src = resource_path("rules", "rules.yaml").read_text(encoding="utf-8")
    bad = src.replace("confidence: 2nd\n    verified: false", "confidence: 2nd\n    verified: true", 1)
    with pytest.raises(DataError, match="polish_additional_lessons.*verified"):
        load_rules(_write(tmp_path, "rules.yaml", bad))


def test_calendar_wrong_lessons_end(tmp_path):
    src = resource_path("calendars", "pomorskie.yaml").read_text(encoding="utf-8")
    bad = src.replace("lessons_end: 2026-06-26", "lessons_end: 2026-06-19")
    with pytest.raises(DataError) as exc:
        load_calendar("pomorskie", _write(tmp_path, "pomorskie.yaml", bad))
    assert "2025/2026" in exc.value.entry and "piątkiem" in exc.value.problem


def test_yaml_syntax_error(tmp_path):
    with pytest.raises(DataError, match="YAML"):
        load_rates(_write(tmp_path, "r.yaml", "version: 1\nrates: [\n"))
