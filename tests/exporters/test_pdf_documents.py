"""The PDFs of „Tydzień dla wszystkich” and Regulamin „Bezpieczna szkoła”: read back with poppler — Polish,
Ukrainian and English texts present, DejaVu embedded, page x of y, one invitation language per page."""

from __future__ import annotations

import datetime as dt

import pytest

from exporters.document import SchoolInfo
from exporters.pdf_documents import render_regulation_family_pdf, render_regulation_pdf, render_week_pdf
from plans.calendar import load_calendar
from plans.incidents import load_procedure
from plans.regulation import RegulationData, TrustedPerson, load_regulation_template, render
from plans.week_scenario import adapt, load_template, suggest_dates
from tests.exporters.helpers import SCHOOL_NAME, flat, needs_poppler, pdf_fonts, pdf_pages, pdf_text

AT = dt.datetime(2026, 11, 24, 10, 30)


@pytest.fixture(scope="module")
def week():
    year = load_calendar().year("2026/2027")
    return adapt(load_template(), year, suggest_dates(year),
                 {"coordinator": ["Anna Nowak"], "intercultural_assistant": ["Olena Shevchenko"]},
                 {"tasting": {"unit_price": 950}}, ["pl", "uk", "en", "ru"], school_name=SCHOOL_NAME,
                 place="sala gimnastyczna, 16:00–19:00", contact="koordynator@sp48.example.pl")


@pytest.fixture(scope="module")
def regulation():
    data = RegulationData(SCHOOL_NAME, "ul. Wrzosowa 12, 80-175 Gdańsk", "Anna Kowalska",
                          trusted_persons=(TrustedPerson("Olena Shevchenko", "intercultural_assistant", "pokój 12",
                                                         ("uk", "ru")),),
                          report_email="zglos@sp48.example.pl", report_box_place="przy bibliotece",
                          child_protection_ref="zarządzenie nr 5/2024", child_protection_person="Jan Nowak",
                          family_languages=("pl", "uk", "en", "ru"))
    doc = render(load_regulation_template(), data, load_procedure())
    return doc.adopt(dt.date(2026, 10, 14), "5/2026/2027", "Rada Pedagogiczna")


def _dejavu_only(data, tmp_path):
    fonts = pdf_fonts(data, tmp_path)
    assert fonts and all("DejaVuSans" in f["name"] and f["emb"] == "yes" for f in fonts), fonts


@needs_poppler
def test_week_pdf(week, tmp_path):
    data = render_week_pdf(week, SchoolInfo("9990048", SCHOOL_NAME), AT, "1.0")
    assert data.startswith(b"%PDF")
    text = flat(pdf_text(data, tmp_path))
    pages = pdf_pages(data, tmp_path)
    assert f"Strona 1 z {pages}" in text and f"Strona {pages} z {pages}" in text
    for phrase in ("„Tydzień dla wszystkich”", "Tydzień w skrócie", "Program dzień po dniu", "Dzień języków",
                   "klasy I–III", "klasy VII–VIII i szkoła ponadpodstawowa", "Role i osoby", "Anna Nowak",
                   "samorząd uczniowski", "komitet powitalny", "Materiały i koszty", "biblioteka publiczna",
                   "rada rodziców", "Zasady bezpieczeństwa i szacunku", SCHOOL_NAME):
        assert phrase in text, phrase
    assert f"{week.total:,.2f}".replace(",", " ").replace(".", ",") + " zł" in text
    # invitations: Polish, Ukrainian, English (and Russian), each on its own page
    assert "Zaproszenie na „Tydzień dla wszystkich”" in text and "Drodzy Rodzice i Opiekunowie!" in text
    assert "Запрошення на «Тиждень для всіх»" in text and "Шановні батьки та опікуни!" in text
    assert "Invitation to “A Week for Everyone”" in text and "Dear Parents and Carers," in text
    assert "Приглашение на «Неделю для всех»" in text
    assert "Особливо запрошуємо на Шкільне свято" in text and "We especially invite you to our School Festival" in text
    per_page = pdf_text(data, tmp_path).split("\f")
    for title in ("Zaproszenie na", "Запрошення на", "Invitation to", "Приглашение на"):
        found = [i for i, page in enumerate(per_page) if title in page]
        assert len(found) == 1, title
    assert len({i for i, page in enumerate(per_page) for t in ("Запрошення на", "Invitation to") if t in page}) == 2
    _dejavu_only(data, tmp_path)


@needs_poppler
def test_regulation_pdf_adopted_and_draft(regulation, tmp_path):
    data = render_regulation_pdf(regulation, regulation.current_version, AT, "1.0")
    text = flat(pdf_text(data, tmp_path))
    for phrase in ("Regulamin „Bezpieczna szkoła”", "§ 1. Postanowienia ogólne", "§ 4. Osoby zaufania",
                   "Olena Shevchenko", "w ciągu 2 dni nauki szkolnej", "w ciągu 24 godzin", "anonimowo",
                   "15 lutego 2024", "Historia wersji", "5/2026/2027", "14.10.2026", "podpis dyrektora szkoły",
                   "wersja 1 z 14.10.2026"):
        assert phrase in text, phrase
    assert "PROJEKT" not in text
    _dejavu_only(data, tmp_path)
    edited = regulation.edit("final", regulation.section("final").text + "\n\n4. Zmiana testowa.")
    draft = flat(pdf_text(render_regulation_pdf(edited, None, AT), tmp_path))
    assert "PROJEKT ZMIAN do wersji 1" in draft and "4. Zmiana testowa." in draft
    first = flat(pdf_text(render_regulation_pdf(edited, edited.version(1), AT), tmp_path))
    assert "Zmiana testowa" not in first  # a version prints the text as adopted


@needs_poppler
def test_family_pdf_in_languages(regulation, tmp_path):
    data = render_regulation_family_pdf(regulation, ["pl", "uk", "en"], AT)
    text = flat(pdf_text(data, tmp_path))
    assert "Bezpieczna szkoła — najważniejsze informacje dla rodzin" in text
    assert "Безпечна школа — найважливіше для родин" in text and "протягом 24 годин" in text
    assert "Safe School — key information for families" in text and "within 2 school days" in text
    assert "Безопасная школа" not in text  # only the languages asked for
    assert pdf_pages(data, tmp_path) == 3
    _dejavu_only(data, tmp_path)
    with pytest.raises(KeyError):
        render_regulation_family_pdf(regulation, ["vi"])
