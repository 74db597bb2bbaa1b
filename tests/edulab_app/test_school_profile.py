import pytest

from edulab_app.school_profile import SchoolProfile, current_school_year, pomorskie_counties, validate_profile
from edulab_app.services.demo import demo_profile


def valid(**over) -> SchoolProfile:
    base = dict(rspo="123456", name="Szkoła Podstawowa nr 5 w Sopocie", county="Sopot", school_year="2026/2027",
                pupils_total=300, pupils_migrant=25)
    return SchoolProfile(**{**base, **over})


def fields(p):
    return [e.field for e in validate_profile(p)]


def test_valid_profile_and_demo_have_no_errors():
    assert validate_profile(valid()) == []
    assert validate_profile(demo_profile()) == []


def test_pomorskie_has_16_land_and_4_city_counties():
    counties = pomorskie_counties()
    assert len(counties) == 20 and len(set(counties)) == 20
    assert {"Gdańsk", "Gdynia", "Słupsk", "Sopot", "kartuski", "wejherowski"} <= set(counties)


@pytest.mark.parametrize("rspo", ["", "0123", "12345678", "12a4", " 1234"])
def test_rspo_must_be_1_to_7_digits(rspo):
    assert fields(valid(rspo=rspo)) == ["rspo"]


@pytest.mark.parametrize(("field", "value"), [
    ("postal_code", "80175"), ("email", "sekretariat"), ("phone", "call me"), ("school_year", "2026/2028"),
    ("school_year", "2026"), ("school_type", "university"), ("voivodeship", "bawaria"), ("county", "krakowski"),
    ("pupils_total", -1), ("pupils_total", 20000), ("name", "SP"),
])
def test_each_bad_field_is_named(field, value):
    errors = validate_profile(valid(**{field: value}))
    assert [e.field for e in errors] == [field]
    assert errors[0].message.startswith("„")


def test_more_migrant_pupils_than_pupils_is_refused_naming_both():
    errors = validate_profile(valid(pupils_total=10, pupils_migrant=11))
    assert [e.field for e in errors] == ["pupils_migrant"]
    assert "Liczba uczniów ogółem" in errors[0].message


def test_other_voivodeship_allows_any_county():
    assert validate_profile(valid(voivodeship="mazowieckie", county="warszawski zachodni")) == []


def test_current_school_year_turns_in_september():
    from datetime import date

    assert current_school_year(date(2026, 8, 31)) == "2025/2026"
    assert current_school_year(date(2026, 9, 1)) == "2026/2027"
