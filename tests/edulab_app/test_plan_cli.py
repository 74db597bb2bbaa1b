"""``edulab plan …``: generate, show (text and JSON), check with exit codes, status, costs, staff, budget."""

from __future__ import annotations

import json

import pytest

from edulab_app import cli
from edulab_app.services.demo import DEMO_RSPO


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(capsys, data_dir):
    assert run(capsys, "demo")[0] == 0


def test_generate_show_and_json(capsys, demo):
    code, out, err = run(capsys, "plan", "show", DEMO_RSPO)
    assert code == 0, "the demo school comes with a plan"
    code, out, _ = run(capsys, "plan", "generate", DEMO_RSPO, "--force")
    assert code == 0 and "Utworzono plan działania" in out and "Kontrola planu" in out
    code, _, err = run(capsys, "plan", "generate", DEMO_RSPO)
    assert code == 2 and "--force" in err
    code, out, _ = run(capsys, "plan", "show", DEMO_RSPO)
    assert code == 0 and "Rok szkolny" in out and "Razem w planie:" in out and "additional_polish_lessons@" in out
    code, out, _ = run(capsys, "plan", "show", DEMO_RSPO, "--json")
    data = json.loads(out)
    assert code == 0 and data["rspo"] == DEMO_RSPO and len(data["school_years"]) == data["years"]
    assert data["plan"]["actions"] and data["totals"]["total"] == pytest.approx(sum(data["totals"]["by_year"].values()))
    assert {s["role"] for s in data["staff"]} >= {"director", "polish_teacher"}
    assert data["tracking"]["status_counts"]


def test_generate_with_start_and_years(capsys, demo):
    code, out, _ = run(capsys, "plan", "generate", DEMO_RSPO, "--start", "2027/2028", "--years", "1", "--force")
    assert code == 0 and "2027/2028" in out
    data = json.loads(run(capsys, "plan", "show", DEMO_RSPO, "--json")[1])
    assert (data["start_year"], data["years"]) == ("2027/2028", 1)
    code, _, err = run(capsys, "plan", "generate", DEMO_RSPO, "--start", "2027", "--force")
    assert code == 2 and "RRRR/RRRR" in err
    code, _, err = run(capsys, "plan", "generate", DEMO_RSPO, "--years", "7", "--force")
    assert code == 2 and "od 1 do 3" in err


def test_check_exit_codes(capsys, demo, ctx):
    from dataclasses import replace

    from edulab_app.services import plans

    run(capsys, "plan", "generate", DEMO_RSPO, "--force")
    code, out, _ = run(capsys, "plan", "check", DEMO_RSPO, "--json")
    found = json.loads(out)
    assert code == (1 if any(f["severity"] == "error" for f in found) else 0)
    assert code == 0 and all({"id", "severity", "message", "action_id", "field"} <= set(f) for f in found)
    db = ctx.db()
    a = next(x for x in plans.load(db, DEMO_RSPO).actions if x.template_id == "additional_polish_lessons")
    plans.update_action(db, DEMO_RSPO, replace(a, quantities=replace(a.quantities, hours_per_week=1)))
    ctx.close()
    code, out, _ = run(capsys, "plan", "check", DEMO_RSPO)
    assert code == 1 and "BŁĄD:" in out and f"działanie {a.id}, pole quantities.hours_per_week" in out
    code, out, _ = run(capsys, "plan", "check", DEMO_RSPO, "--json")
    assert code == 1 and any(f["code"] == "legal.min_hours" and f["action_id"] == a.id for f in json.loads(out))


def test_set_status_cost_accept_and_bad_input(capsys, demo):
    run(capsys, "plan", "generate", DEMO_RSPO, "--force")
    data = json.loads(run(capsys, "plan", "show", DEMO_RSPO, "--json")[1])
    action = next(a for a in data["plan"]["actions"] if a["status"] == "planned" and a["kind"] == "activity")
    aid = action["id"]
    code, _, err = run(capsys, "plan", "set-status", DEMO_RSPO, aid, "finished")
    assert code == 2 and "Nieznany status" in err and "in_progress" in err
    code, _, err = run(capsys, "plan", "set-status", DEMO_RSPO, "no-such-action", "done")
    assert code == 2 and "no-such-action" in err
    code, _, err = run(capsys, "plan", "set-status", DEMO_RSPO, aid, "done", "--date", "31.02.2027")
    assert code == 2 and "31.02.2027" in err
    code, out, _ = run(capsys, "plan", "set-status", DEMO_RSPO, aid, "w_realizacji", "--date", "2026-09-01",
                       "--note", "start")
    assert code == 0 and "w realizacji" in out
    code, _, err = run(capsys, "plan", "set-status", DEMO_RSPO, aid, "in_progress")
    assert code == 2 and "nie można zmienić statusu" in err
    code, out, _ = run(capsys, "plan", "cost", DEMO_RSPO, aid, "1 200,50", "--category", "materials",
                       "--source", "grant", "--date", "15.10.2026", "--note", "FV 7/2026")
    assert code == 0 and "1\u00a0200,50 zł" in out
    code, _, err = run(capsys, "plan", "cost", DEMO_RSPO, aid, "dużo", "--category", "materials", "--source", "grant")
    assert code == 2 and "Kwota" in err
    code, _, err = run(capsys, "plan", "cost", DEMO_RSPO, aid, "10", "--category", "food", "--source", "grant")
    assert code == 2 and "kategoria" in err
    shown = json.loads(run(capsys, "plan", "show", DEMO_RSPO, "--json")[1])
    saved = next(a for a in shown["plan"]["actions"] if a["id"] == aid)
    assert saved["status"] == "in_progress" and saved["actual_start"] == "2026-09-01"
    assert saved["actual_costs"][0]["amount_pln"] == 1200.5 and saved["evidence_notes"] == ["2026-09-01: start"]
    code, _, err = run(capsys, "plan", "accept", DEMO_RSPO, "no:such")
    assert code == 2 and "plan check" in err


def test_budget_rate_and_staff_commands(capsys, demo):
    run(capsys, "plan", "generate", DEMO_RSPO, "--force")
    year = json.loads(run(capsys, "plan", "show", DEMO_RSPO, "--json")[1])["start_year"]
    code, _, _ = run(capsys, "plan", "budget", DEMO_RSPO, year, "governing_body", "1000")
    assert code == 0
    code, out, _ = run(capsys, "plan", "check", DEMO_RSPO)
    assert "przekraczają limit 1\u00a0000,00 zł" in out
    code, _, _ = run(capsys, "plan", "budget", DEMO_RSPO, year, "governing_body", "brak")
    assert code == 0 and "przekraczają limit" not in run(capsys, "plan", "check", DEMO_RSPO)[1]
    code, _, err = run(capsys, "plan", "budget", DEMO_RSPO, "2040/2041", "governing_body", "5")
    assert code == 2 and "poza okresem planu" in err
    code, out, _ = run(capsys, "plan", "rate", DEMO_RSPO)
    assert code == 0 and "minimum_wage" in out
    assert run(capsys, "plan", "rate", DEMO_RSPO, "interpreter_hour", "150")[0] == 0
    code, _, err = run(capsys, "plan", "rate", DEMO_RSPO, "no_such_rate", "1")
    assert code == 2 and "no_such_rate" in err
    code, out, _ = run(capsys, "plan", "staff", "add", DEMO_RSPO, "--name", "Olena Kowal", "--role",
                       "intercultural_assistant", "--languages", "uk,ru", "--hours", "20")
    assert code == 0 and "Olena Kowal" in out
    people = json.loads(run(capsys, "plan", "staff", "list", DEMO_RSPO, "--json")[1])
    olena = next(p for p in people if p["name"] == "Olena Kowal")
    assert olena["languages"] == ["uk", "ru"] and olena["weekly_hours_limit"] == 20
    code, _, err = run(capsys, "plan", "staff", "add", DEMO_RSPO, "--name", "X", "--role", "astronaut")
    assert code == 2 and "Rola" in err
    assert run(capsys, "plan", "staff", "deactivate", DEMO_RSPO, olena["id"])[0] == 0
    people = json.loads(run(capsys, "plan", "staff", "list", DEMO_RSPO, "--json")[1])
    assert olena["id"] not in {p["id"] for p in people}


def test_show_without_plan_and_unknown_school(capsys, data_dir):
    from edulab_app.school_profile import SchoolProfile
    from edulab_app.services.context import AppContext
    from edulab_app.services.schools import create_school

    ctx = AppContext(data_dir=data_dir)
    create_school(ctx.db(), SchoolProfile(rspo="77", name="Szkoła Podstawowa w Ustce", county="słupski"))
    ctx.close()
    code, _, err = run(capsys, "plan", "show", "77")
    assert code == 2 and "edulab plan generate 77" in err
    code, _, err = run(capsys, "plan", "generate", "77")
    assert code == 2 and "diagnozy" in err
    code, _, err = run(capsys, "plan", "check", "123")
    assert code == 2 and "123" in err
