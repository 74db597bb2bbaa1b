"""Regulamin „Bezpieczna szkoła”: rendered with the school's data and the deadlines from the settings, gaps
named, sections edited and reset, versions adopted with snapshots, a readable diff, the family versions."""

from __future__ import annotations

import datetime as dt

import pytest

from plans.errors import DataError
from plans.incidents import InputProblems, load_procedure
from plans.regulation import (
    FAMILY_PLACEHOLDERS,
    PLACEHOLDERS,
    RegulationData,
    TrustedPerson,
    diff,
    from_stored,
    load_regulation_template,
    render,
)
from resources import resource_path

D = dt.date
SCHOOL = "Szkoła Podstawowa nr 48 w Gdańsku"


@pytest.fixture(scope="module")
def tpl():
    return load_regulation_template()


def data(**kw) -> RegulationData:
    values = dict(school_name=SCHOOL, school_address="ul. Wrzosowa 12, 80-175 Gdańsk", director="Anna Kowalska",
                  trusted_persons=(TrustedPerson("Olena Shevchenko", "intercultural_assistant", "pokój 12, wt. 8–9",
                                                 ("uk", "ru")),
                                   TrustedPerson("Jan Nowak", "school_pedagogue", "gabinet pedagoga")),
                  report_email="zglos@sp48.example.pl", report_box_place="przy bibliotece, parter",
                  child_protection_ref="zarządzenie nr 5/2024", child_protection_person="Jan Nowak",
                  family_languages=("pl", "uk", "en"))
    values.update(kw)
    return RegulationData(**values)


def test_template_sections_and_placeholders(tpl):
    ids = [s.id for s in tpl.sections]
    assert ids[:2] == ["general", "definitions"] and {"trusted_persons", "reporting", "response", "no_retaliation",
                                                       "child_protection", "monitoring"} <= set(ids)
    used = {p for s in tpl.sections for p in PLACEHOLDERS if "{" + p + "}" in s.text}
    assert {"school_name", "trusted_persons", "deadlines", "motives", "report_box_place"} <= used
    assert {"pl", "uk", "en"} <= set(tpl.family)
    for f in tpl.family.values():
        assert any("{deadlines_family}" in t for _, t in f.sections)
        assert set(FAMILY_PLACEHOLDERS) >= {"trusted_persons_short"}
    text = " ".join(s.text for s in tpl.sections)
    for word in ("anonimowo", "Odwet", "15 lutego 2024", "standardy ochrony małoletnich", "molestowanie"):
        assert word in text


def test_unknown_placeholder_is_refused(tmp_path):
    src = resource_path("documents", "safe-school-regulation.yaml").read_text(encoding="utf-8")
    path = tmp_path / "reg.yaml"
    path.write_text(src.replace("{school_name}, {school_address}.", "{school_name}, {school_adress}."), encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_regulation_template(path)
    assert "school_adress" in str(exc.value) and "final" in str(exc.value)


def test_renders_with_school_data_and_deadlines_from_settings(tpl):
    doc = render(tpl, data(), load_procedure())
    assert doc.gaps == ()
    text = doc.as_text()
    assert SCHOOL in text and "Olena Shevchenko — asystent międzykulturowy; pokój 12, wt. 8–9 (українська, русский)" in text
    assert "- przyjęcie zgłoszenia, potwierdzenie i rozpoczęcie wyjaśniania — w ciągu 2 dni nauki szkolnej;" in text
    assert "w ciągu 24 godzin" in text and "zglos@sp48.example.pl" in text
    assert "pochodzenie narodowe lub etniczne" in doc.section("definitions").text
    assert "nie wynikają\nz przepisów" not in text and "nie wynikają z przepisów prawa" in text
    faster = load_procedure().with_overrides({"acknowledge": {"value": 1}, "notify_parents": {"value": 12}})
    again = render(tpl, data(), faster)
    assert "w ciągu 1 dnia nauki szkolnej" in again.as_text() and "w ciągu 12 godzin" in again.as_text()
    assert "протягом 1 навчального дня" in again.family["uk"].sections[4][1]


def test_missing_values_are_gaps_and_optional_lines_disappear(tpl):
    doc = render(tpl, data(trusted_persons=(), report_email="", report_form="", report_box_place="",
                           child_protection_ref=""), load_procedure())
    assert set(doc.gaps) == {"osoby zaufania", "miejsce skrzynki zgłoszeń",
                             "standardy ochrony małoletnich (akt przyjęcia)"}
    reporting = doc.section("reporting").text
    assert "pocztą elektroniczną" not in reporting and "przez formularz" not in reporting
    assert "[do uzupełnienia: miejsce skrzynki zgłoszeń]" in reporting  # anonymous reporting is never dropped
    assert "[do uzupełnienia: osoby zaufania]" in doc.section("trusted_persons").text
    with pytest.raises(InputProblems) as exc:
        doc.adopt(D(2026, 10, 1), "1/2026", "Rada Pedagogiczna")
    assert {p.field for p in exc.value.problems} == {"gaps"}


def test_data_is_validated_naming_fields(tpl):
    with pytest.raises(InputProblems) as exc:
        render(tpl, data(school_name=" ", family_languages=("uk", "xx"), review_months=0, report_email="nie",
                         trusted_persons=(TrustedPerson("", "wizard"),)), load_procedure())
    assert {p.field for p in exc.value.problems} == {"school_name", "family_languages", "review_months",
                                                     "report_email", "trusted_persons[0]"}


def test_edit_reset_adopt_and_diff(tpl):
    proc = load_procedure()
    doc = render(tpl, data(), proc)
    assert doc.status == "draft"
    v1 = doc.adopt(D(2026, 10, 14), "5/2026/2027", "Rada Pedagogiczna")
    assert v1.status == "adopted" and v1.current_version.number == 1
    assert v1.current_version.changes == "pierwsza wersja" and v1.current_version.sections == doc.sections
    with pytest.raises(InputProblems) as exc:
        v1.adopt(D(2026, 11, 1), "6/2026/2027", "Rada Pedagogiczna")
    assert "nie zmienił się" in str(exc.value)
    edited = v1.edit("monitoring", doc.section("monitoring").text + "\n\n4. Dodatkowy akapit szkoły.")
    assert edited.status == "changed" and edited.section("monitoring").edited
    assert "+4. Dodatkowy akapit szkoły." in diff(v1.current_version.sections, edited.sections)
    assert edited.edit("monitoring", doc.section("monitoring").text + "\n").overrides == {}
    with pytest.raises(InputProblems) as exc:
        edited.edit("monitoring", "   ")
    assert exc.value.problems[0].field == "sections.monitoring"
    with pytest.raises(InputProblems) as exc:
        edited.adopt(D(2026, 9, 1), "", "")
    assert {p.field for p in exc.value.problems} == {"adopted_on", "resolution_no", "adopted_by"}
    v2 = edited.adopt(D(2026, 12, 2), "9/2026/2027", "Rada Pedagogiczna", "monitoring: nowy akapit")
    assert [v.number for v in v2.versions] == [1, 2] and v2.status == "adopted"
    assert v2.version(1).sections == doc.sections  # the first version's text stays as adopted
    assert v2.reset("monitoring").status == "changed"
    # stored and loaded again: the edited section and the versions survive a re-render with new settings
    again = from_stored(tpl, v2.to_dict(), proc.with_overrides({"investigate": {"value": 4}}))
    assert again.section("monitoring").edited and [v.number for v in again.versions] == [1, 2]
    assert "w ciągu 4 dni nauki szkolnej" in again.section("response").text
    assert again.status == "changed"  # new deadlines change the text: a new version is due


def test_family_versions(tpl):
    doc = render(tpl, data(family_languages=("pl", "uk", "en", "ru")), load_procedure())
    assert set(doc.family) == {"pl", "uk", "en", "ru"}
    uk = doc.family["uk"]
    assert uk.title == "Безпечна школа — найважливіше для родин" and SCHOOL in uk.intro
    who = dict(uk.sections)["З ким можна поговорити"]
    assert "Olena Shevchenko — міжкультурний асистент" in who
    how = dict(uk.sections)["Як повідомити про випадок"]
    assert "анонімно — скринька для повідомлень (przy bibliotece, parter)" in how and "через форму" not in how
    deadlines = doc.family["en"].sections[4][1]
    assert "- within 2 school days: we confirm" in deadlines and "- within 24 hours:" in deadlines
    assert "- в течение 24 часов:" in doc.family["ru"].sections[4][1]
    assert "- w ciągu 24 godzin: powiadomimy rodziców" in doc.family["pl"].sections[4][1]
