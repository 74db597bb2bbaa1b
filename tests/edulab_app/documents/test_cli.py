"""``edulab documents …`` and ``edulab incidents …``: the week and the regulation without the window, the register
with a login from a password file, descriptions from files (never options), and statistics as JSON without a
login."""

from __future__ import annotations

import argparse
import json

import pytest

from edulab_app import cli
from tests.helpers import NoTty, cli_school
from tests.helpers import run_cli as run

from .conftest import PASSWORDS, RSPO


@pytest.fixture(autouse=True)
def registered(monkeypatch):
    """The lead registers the commands in edulab_app.cli.parser; until then the tests add them."""
    from edulab_app.cli import commands_documents, parser

    original = parser.build_parser

    def build(*args, **kwargs):
        p = original(*args, **kwargs)
        sub = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))
        if "documents" not in sub.choices:
            commands_documents.register(sub)
        return p

    monkeypatch.setattr(parser, "build_parser", build)
    monkeypatch.setattr(cli, "build_parser", build)
    monkeypatch.setattr("sys.stdin", NoTty())


@pytest.fixture
def setup(tmp_path):
    from edulab_app.school_profile import SchoolProfile

    return cli_school(tmp_path, SchoolProfile(rspo=RSPO, name="Szkoła Podstawowa nr 7 w Słupsku",
                                              school_year="2026/2027", email="sekretariat@sp7.example.pl"),
                      PASSWORDS)


def test_week_commands(capsys, setup, tmp_path):
    data, _ = setup
    code, out, err = run(capsys, data, "documents", "week", "show", RSPO, "--json")
    assert code == 0, err
    proposal = json.loads(out)
    assert proposal["stored"] is False and len(proposal["dates"]) == 5 and proposal["total_pln"] > 0
    code, _, err = run(capsys, data, "documents", "week", "adapt", RSPO, "--start", "2027-05-08",
                       "--coordinator", "Anna Nowak")
    assert code == 2 and "„Dzień 1” (08.05.2027): to sobota" in err
    code, _, err = run(capsys, data, "documents", "week", "adapt", RSPO, "--start", "2027-05-10")
    assert code == 2 and "koordynator tygodnia" in err
    code, out, err = run(capsys, data, "documents", "week", "adapt", RSPO, "--start", "10.05.2027",
                         "--coordinator", "Anna Nowak", "--person", "intercultural_assistant=Olena Shevchenko",
                         "--cost", "tasting=2x450@grant", "--languages", "pl,uk,en,ru", "--place", "sala 1",
                         "--json")
    assert code == 0, err
    week = json.loads(out)
    assert week["dates"][0] == "2027-05-10" and week["people"]["intercultural_assistant"] == ["Olena Shevchenko"]
    tasting = next(c for c in week["costs"] if c["id"] == "tasting")
    assert (tasting["quantity"], tasting["unit_price"], tasting["source"]) == (2, 450, "grant")
    code, _, err = run(capsys, data, "documents", "week", "adapt", RSPO, "--cost", "tasting=dużo")
    assert code == 2 and "ILOŚĆxCENA" in err
    code, out, _ = run(capsys, data, "documents", "week", "show", RSPO)
    assert code == 0 and "projekt (nie zapisany w planie)" in out and "Anna Nowak" in out and "Dzień języków" in out
    code, _, err = run(capsys, data, "documents", "week", "to-plan", RSPO)
    assert code == 2 and "nie ma jeszcze planu" in err
    target = tmp_path / "tydzien.pdf"
    code, out, err = run(capsys, data, "documents", "week", "pdf", RSPO, "-o", str(target))
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")


def test_week_to_plan_on_the_demo(capsys, tmp_path):
    from edulab_app.services import plans
    from edulab_app.services.context import AppContext
    from edulab_app.services.demo import DEMO_RSPO, create_demo_school
    from edulab_app.storage import document_models, security_models  # noqa: F401 - the tables

    data = tmp_path / "demo"
    ctx = AppContext(data_dir=data)
    create_demo_school(ctx.db())
    plans.seed_demo(ctx.db(), DEMO_RSPO)
    ctx.close()
    code, out, err = run(capsys, data, "documents", "week", "adapt", DEMO_RSPO, "--coordinator", "Anna Nowak",
                         "--to-plan")
    assert code == 0, err
    assert "Zapisano w planie działania: „Tydzień dla wszystkich”" in out
    code, out, _ = run(capsys, data, "documents", "week", "show", DEMO_RSPO)
    assert "zapisany w planie działania" in out


def test_regulation_commands(capsys, setup, tmp_path):
    data, _ = setup
    code, _, err = run(capsys, data, "documents", "regulation", "show", RSPO)
    assert code == 2 and "regulation generate" in err
    code, out, err = run(capsys, data, "documents", "regulation", "generate", RSPO)
    assert code == 0 and "Do uzupełnienia przed przyjęciem: osoby zaufania" in out
    code, _, err = run(capsys, data, "documents", "regulation", "adopt", RSPO, "--date", "2026-10-14",
                       "--resolution", "5/2026/2027")
    assert code == 2 and "Uzupełnij przed przyjęciem" in err
    code, out, err = run(capsys, data, "documents", "regulation", "generate", RSPO,
                         "--trusted", "Jan Nowak|school_pedagogue|pokój 12|uk,ru",
                         "--trusted", "Olena Shevchenko|intercultural_assistant", "--box", "przy bibliotece",
                         "--child-protection-ref", "zarządzenie nr 5/2024", "--child-protection-person", "Jan Nowak",
                         "--languages", "pl,uk,en,ru")
    assert code == 0 and "Odświeżono" in out and "Do uzupełnienia" not in out, err
    section = tmp_path / "final.txt"
    section.write_text("1. Regulamin przyjmuje Rada Pedagogiczna.\n\n2. Wchodzi w życie z dniem przyjęcia.\n",
                       encoding="utf-8")
    code, out, err = run(capsys, data, "documents", "regulation", "edit", RSPO, "final", "--file", str(section))
    assert code == 0 and "Postanowienia końcowe" in out, err
    code, out, err = run(capsys, data, "documents", "regulation", "adopt", RSPO, "--date", "14.10.2026",
                         "--resolution", "5/2026/2027", "--by", "Rada Pedagogiczna")
    assert code == 0 and "wersja 1 z 14.10.2026" in out, err
    code, out, _ = run(capsys, data, "documents", "regulation", "edit", RSPO, "final", "--reset")
    assert code == 0
    code, out, _ = run(capsys, data, "documents", "regulation", "show", RSPO, "--diff")
    assert code == 0 and "-1. Regulamin przyjmuje Rada Pedagogiczna." in out
    code, out, _ = run(capsys, data, "documents", "regulation", "show", RSPO, "--json")
    shown = json.loads(out)
    assert shown["status"] == "changed" and shown["versions"][0]["resolution_no"] == "5/2026/2027"
    assert shown["family_languages"] == ["pl", "uk", "en", "ru"] and "sections" not in shown["versions"][0]
    assert any("Jan Nowak — pedagog szkolny; pokój 12 (українська, русский)" in s["text"] for s in shown["sections"])
    code, out, _ = run(capsys, data, "documents", "regulation", "show", RSPO)
    assert "§ 6. Jak szkoła reaguje i w jakich terminach" in out and "zmieniony po przyjęciu" in out
    for argv in (("pdf", RSPO, "-o", str(tmp_path / "r.pdf")), ("pdf", RSPO, "-o", str(tmp_path / "r1.pdf"),
                                                                "--version", "1"),
                 ("family-pdf", RSPO, "-o", str(tmp_path / "f.pdf"), "--languages", "pl,uk,en")):
        code, out, err = run(capsys, data, "documents", "regulation", *argv)
        assert code == 0 and "Zapisano" in out, err
    code, _, err = run(capsys, data, "documents", "regulation", "pdf", RSPO, "-o", str(tmp_path / "x.pdf"),
                       "--version", "4")
    assert code == 2 and "nie ma wersji 4" in err


def test_incident_commands(capsys, setup, tmp_path):
    data, files = setup
    description = tmp_path / "opis.txt"
    description.write_text("Przezywanie na przerwie z powodu akcentu (Poufne-Słowo-Q).", encoding="utf-8")
    code, _, err = run(capsys, data, "incidents", "add", RSPO, "--reporter", "pupil", "--motive", "language",
                       "--responsible", "Jan Nowak", "--description-file", str(description))
    assert code == 2 and "wymaga" in err  # no login, no terminal
    code, _, err = run(capsys, data, "incidents", "add", RSPO, "--reporter", "pupil", "--motive", "language",
                       "--responsible", "Jan Nowak", "--description", "tekst w historii poleceń", user="dyrektor",
                       files=files)
    assert code == 2  # there is no --description option: the text would end up in the shell history
    code, out, err = run(capsys, data, "incidents", "add", RSPO, "--date", "2026-10-05 09:30", "--reporter", "pupil",
                         "--motive", "language,national_ethnic_origin", "--person", "U-7K2M9QXA", "--responsible",
                         "Jan Nowak", "--description-file", str(description), "--json", user="nauczyciel",
                         files=files)
    assert code == 0, err
    added = json.loads(out)
    assert added["number"] == 1 and added["description"].startswith("Przezywanie")
    code, out, err = run(capsys, data, "incidents", "list", RSPO, "--json", user="dyrektor", files=files)
    listed = json.loads(out)
    assert code == 0 and listed[0]["ref"] == f"{RSPO}/1" and "description" not in listed[0]
    code, out, _ = run(capsys, data, "incidents", "list", RSPO, user="dyrektor", files=files)
    assert "przyjęte" in out and "język" in out
    code, _, err = run(capsys, data, "incidents", "step", RSPO, "1", "acknowledge", user="nauczyciel", files=files)
    assert code == 2 and "nie pozwala" in err
    code, out, err = run(capsys, data, "incidents", "step", RSPO, "1", "acknowledge", "--done-at",
                         "06.10.2026 08:00", user="dyrektor", files=files)
    assert code == 0 and "wykonany 06.10.2026 08:00" in out, err
    outcome = tmp_path / "wynik.txt"
    outcome.write_text("Przeprosiny i warsztaty dla klasy.", encoding="utf-8")
    code, out, err = run(capsys, data, "incidents", "close", RSPO, "1", "--outcome-file", str(outcome), "--date",
                         "2026-10-19 12:00", user="dyrektor", files=files)
    assert code == 0 and "Zamknięto zgłoszenie nr 1" in out and "Kroki niewykonane" in out, err
    code, out, _ = run(capsys, data, "incidents", "show", RSPO, "1", user="dyrektor", files=files)
    assert "Poufne-Słowo-Q" in out and "Przeprosiny" in out and "zamknięte" in out
    code, out, err = run(capsys, data, "incidents", "stats", RSPO, "--json")
    assert code == 0, err
    stats = json.loads(out)
    assert stats["school_year"] == "2026/2027" and stats["total"] == 1 and stats["closed"] == 1
    assert stats["by_motive"]["language"] == 1 and stats["median_days_to_close"] == 14.1
    assert "Poufne" not in out and "U-7K2M9QXA" not in out
    code, out, _ = run(capsys, data, "incidents", "stats", RSPO)
    assert "Zgłoszenia w roku szkolnym 2026/2027: 1" in out and "mediana 14.1 dni" in out
    code, out, _ = run(capsys, data, "incidents", "stats", RSPO, "--year", "2025/2026", "--json")
    assert json.loads(out)["total"] == 0


def test_deadline_commands(capsys, setup):
    data, files = setup
    code, out, _ = run(capsys, data, "incidents", "deadlines", RSPO)
    assert code == 0 and "2 dni nauki szkolnej" in out and "24 godziny" in out and "nie przepisem prawa" in out
    code, _, err = run(capsys, data, "incidents", "deadlines", RSPO, "--set", "acknowledge=3")
    assert code == 2  # changing needs a login
    code, _, err = run(capsys, data, "incidents", "deadlines", RSPO, "--set", "acknowledge=3", user="nauczyciel",
                       files=files)
    assert code == 2 and "nie pozwala" in err
    code, out, err = run(capsys, data, "incidents", "deadlines", RSPO, "--set", "acknowledge=3",
                         "--set", "notify_parents=2:school_days", "--json", user="dyrektor", files=files)
    assert code == 0, err
    shown = json.loads(out)
    assert shown["deadlines"]["acknowledge"] == {"value": 3, "unit": "school_days"}
    assert shown["deadlines"]["notify_parents"] == {"value": 2, "unit": "school_days"}
    assert shown["overridden"] == ["acknowledge", "notify_parents"]
    code, _, err = run(capsys, data, "incidents", "deadlines", RSPO, "--set", "acknowledge=99", user="dyrektor",
                       files=files)
    assert code == 2 and "1–5" in err
    code, out, _ = run(capsys, data, "incidents", "deadlines", RSPO, "--reset", "--json", user="dyrektor",
                       files=files)
    assert json.loads(out)["overridden"] == []
