from __future__ import annotations

import pytest

from forms.answers import (
    AnswerError,
    answer_text,
    coerce_input,
    is_relevant,
    migrate_answers,
    missing_required,
    section_progress,
    validate_answer,
    validate_answers,
)
from forms.demo import demo_answers


def test_integer_bounds_message_names_the_field(form):
    assert validate_answer(form, "pupils_total", 420) == []
    for bad in (0, 5001, 12.5, "12", True, None.__class__):
        messages = validate_answer(form, "pupils_total", bad)
        assert messages == ["„Liczba uczniów ogółem”: wartość musi być liczbą całkowitą od 1 do 5\u00a0000."], bad
    assert validate_answer(form, "pupils_total", 12.0)  # a float is not an integer answer


def test_decimal(form):
    assert validate_answer(form, "polish_hours_per_week", 2.5) == []
    assert validate_answer(form, "polish_hours_per_week", 2) == []
    assert validate_answer(form, "polish_hours_per_week", 10.5)
    assert validate_answer(form, "polish_hours_per_week", float("nan"))
    assert validate_answer(form, "polish_hours_per_week", "2,5")


def test_select_one_scale_and_multiple(form):
    assert validate_answer(form, "welcome_procedure", "yes_written") == []
    assert validate_answer(form, "welcome_procedure", "maybe")
    assert validate_answer(form, "welcome_procedure", ["yes_written"])
    assert validate_answer(form, "arrivals_expected", "dont_know") == []
    assert validate_answer(form, "family_languages", ["uk", "ru"]) == []
    assert "nieznana opcja" in validate_answer(form, "family_languages", ["uk", "xx"])[0]
    assert validate_answer(form, "family_languages", "uk")
    assert validate_answer(form, "family_languages", ["uk", "uk"])
    msg = validate_answer(form, "budget_sources", ["none", "municipality"])
    assert msg and "nie można łączyć" in msg[0]
    assert validate_answer(form, "budget_sources", ["none"]) == []


def test_text_and_date(form):
    assert validate_answer(form, "welcome_notes", "Dobrze.") == []
    assert validate_answer(form, "welcome_notes", "x" * 1501)
    assert validate_answer(form, "welcome_notes", 5)
    assert validate_answer(form, "pupils_data_date", "2025-09-01") == []
    assert validate_answer(form, "pupils_data_date", "2025-02-30") == ["„Dane według stanu na dzień”: taka data nie istnieje (2025-02-30)."]
    assert validate_answer(form, "pupils_data_date", "01.09.2025")
    # constraint on the value alone
    assert validate_answer(form, "child_protection_date", "2024-08-01") == []
    assert validate_answer(form, "child_protection_date", "2010-08-01")


def test_table(form):
    good = [{"country": "ua", "first_language": "uk", "count": 10}]
    assert validate_answer(form, "pupils_by_country", good) == []
    assert validate_answer(form, "pupils_by_country", "ua")
    missing = validate_answer(form, "pupils_by_country", [{"country": "ua", "count": 3}])
    assert missing == ["„Uczniowie według kraju pochodzenia i pierwszego języka”, wiersz 1, kolumna "
                       "„Pierwszy język”: to pole jest wymagane."]
    assert validate_answer(form, "pupils_by_country", [{"country": "xx", "first_language": "uk", "count": 1}])
    assert validate_answer(form, "pupils_by_country", [{"country": "ua", "first_language": "uk", "count": 0}])
    assert validate_answer(form, "pupils_by_country", [good[0] | {"name": "Jan Kowalski"}])
    assert validate_answer(form, "pupils_by_country", ["row"])
    assert validate_answer(form, "pupils_by_country", good * 61)  # max_rows 60
    assert validate_answer(form, "staff_roster", [{"role": "teacher", "languages": ["uk"],
                                                    "trainings": ["polish_l2"]}]) == []
    assert validate_answer(form, "staff_roster", [{"role": "teacher", "trainings": ["juggling"]}])


def test_unknown_item_and_empty_values(form):
    assert validate_answer(form, "no_such_item", 1) == ["Nieznane pytanie 'no_such_item'."]
    for empty in (None, "", []):
        assert validate_answer(form, "pupils_total", empty) == []


def test_cross_field_checks_name_both_fields(form):
    answers = {"pupils_total": 100, "pupils_migrant_total": 120}
    assert validate_answer(form, "pupils_migrant_total", 120) == []  # without context: not checked
    messages = validate_answers(form, answers)["pupils_migrant_total"]
    assert "„Liczba uczniów z doświadczeniem migracji”" in messages[0]
    assert "„Liczba uczniów ogółem”" in messages[0]
    needing = {"pupils_total": 100, "pupils_migrant_total": 20, "pupils_needing_polish": 25}
    msg = validate_answers(form, needing)["pupils_needing_polish"][0]
    assert "„Liczba uczniów potrzebujących" in msg and "„Liczba uczniów z doświadczeniem migracji”" in msg
    assert validate_answers(form, {"pupils_total": 100, "pupils_migrant_total": 20,
                                   "pupils_needing_polish": 20}) == {}
    # a constraint without its own message still names the other field
    grades = {"school_type": "primary", "pupils_total": 100, "pupils_migrant_total": 5, "pupils_grades_1_3": 6}
    assert "„Liczba uczniów z doświadczeniem migracji”" in validate_answers(form, grades)["pupils_grades_1_3"][0]


def test_relevance(form):
    assert not is_relevant(form, "pupils_ukrainian", {})
    assert not is_relevant(form, "pupils_ukrainian", {"pupils_migrant_total": 0})
    assert is_relevant(form, "pupils_ukrainian", {"pupils_migrant_total": 3})
    assert is_relevant(form, "pupils_grades_1_3", {"pupils_migrant_total": 3, "school_type": "primary"})
    assert not is_relevant(form, "pupils_grades_1_3", {"pupils_migrant_total": 3, "school_type": "secondary"})
    assert not is_relevant(form, "pupils_secondary", {"pupils_migrant_total": 3, "school_type": "primary"})
    # a hidden item's answer does not make later items relevant (polish_extra_lessons needs migrants > 0)
    hidden = {"pupils_migrant_total": 0, "polish_extra_lessons": "yes_all"}
    assert not is_relevant(form, "polish_hours_per_week", hidden)
    assert is_relevant(form, "polish_hours_per_week", hidden | {"pupils_migrant_total": 4})
    with pytest.raises(KeyError):
        is_relevant(form, "ghost", {})


def test_missing_required_respects_relevance(form):
    ids = {item_id for _, item_id, _ in missing_required(form, {})}
    assert "pupils_total" in ids and "welcome_procedure" in ids
    assert "pupils_ukrainian" not in ids and "polish_extra_lessons" not in ids
    ids = {item_id for _, item_id, _ in missing_required(form, {"pupils_migrant_total": 5})}
    assert {"pupils_ukrainian", "polish_extra_lessons", "pupils_needing_polish"} <= ids
    section, item_id, label = next(m for m in missing_required(form, {}) if m[1] == "pupils_total")
    assert (section, label) == ("pupils", "Liczba uczniów ogółem")
    assert missing_required(form, demo_answers()) == []


def test_section_progress(form):
    empty = section_progress(form, {})
    assert set(empty) == {s.id for s in form.sections}
    answered, total = empty["pupils"]
    assert answered == 0 and total < len(form.section("pupils").items)  # hidden items not counted
    progress = section_progress(form, {"pupils_total": 300, "pupils_migrant_total": 10})
    assert progress["pupils"][0] == 2 and progress["pupils"][1] > total
    full = section_progress(form, demo_answers())
    assert full["assistants"][1] < len(form.section("assistants").items)  # no assistant -> fewer questions


def test_migrate_answers(form, form_v2):
    answers = {"school_type": "complex", "pupils_total": 300, "pupils_migrant_total": 150,
               "arrivals_this_year": 4, "welcome_committee_exists": "yes", "welcome_procedure": "no"}
    kept, dropped = migrate_answers(form, form_v2, answers)
    assert kept == {"pupils_total": 300, "welcome_committee_exists": "yes"}
    # complex: choice gone; 150 > new max; arrivals: type changed; welcome_procedure: item gone
    assert dropped == ["arrivals_this_year", "pupils_migrant_total", "school_type", "welcome_procedure"]
    kept, dropped = migrate_answers(form, form_v2, {"pupils_total": 50, "pupils_migrant_total": 60})
    assert kept == {"pupils_total": 50} and dropped == ["pupils_migrant_total"]  # cross-field check
    kept, dropped = migrate_answers(form, form, demo_answers())
    assert kept == demo_answers() and dropped == []


def test_answer_text(form):
    assert answer_text(form, "pupils_total", 420) == "420 uczniów"
    assert answer_text(form, "budget_extra_amount", 18500.5) == "18\u00a0500,5 zł"
    assert answer_text(form, "budget_extra_amount", 18500.5, "en") == "18,500.5 PLN"
    assert answer_text(form, "welcome_procedure", "no") == "Nie"
    assert answer_text(form, "arrivals_expected", "dont_know", "uk") == "Не знаю / потрібно більше інформації"
    assert answer_text(form, "family_languages", ["uk", "ru"]) == "ukraiński, rosyjski"
    assert answer_text(form, "pupils_data_date", "2025-09-05") == "05.09.2025"
    assert answer_text(form, "pupils_total", None) == "brak odpowiedzi"
    rows = [{"country": "ua", "first_language": "uk", "count": 29}, {"country": "ge", "first_language": "ka", "count": 4}]
    assert answer_text(form, "pupils_by_country", rows) == "Ukraina; ukraiński; 29\nGruzja; gruziński; 4"
    assert answer_text(form, "welcome_procedure", ["junk"]) == "['junk']"


def test_coerce_input(form):
    assert coerce_input(form, "pupils_total", " 1 200 ") == 1200
    assert coerce_input(form, "budget_extra_amount", "12 500,50") == 12500.5
    assert coerce_input(form, "pupils_data_date", "5.9.2025") == "2025-09-05"
    assert coerce_input(form, "pupils_data_date", "2025-09-05") == "2025-09-05"
    assert coerce_input(form, "welcome_procedure", "Nie") == "no"
    assert coerce_input(form, "arrivals_expected", "zdecydowanie tak") == "yes_definitely"
    assert coerce_input(form, "family_languages", "ukraiński; ru") == ["uk", "ru"]
    assert coerce_input(form, "pupils_total", "  ") is None
    for item_id, text in (("pupils_total", "dużo"), ("pupils_total", "12,5"), ("pupils_data_date", "31.02.2025"),
                          ("welcome_procedure", "może"), ("pupils_by_country", "Ukraina")):
        with pytest.raises(AnswerError) as err:
            coerce_input(form, item_id, text)
        assert str(err.value).startswith("„" + form.item(item_id).label.pl + "”")
