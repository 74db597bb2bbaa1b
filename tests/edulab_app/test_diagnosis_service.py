"""The diagnosis use cases on a real SQLite file: autosave, validation, versions, finish, report, import."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from edulab_app.errors import UserError, ValidationFailed
from edulab_app.school_profile import SchoolProfile
from edulab_app.services import diagnosis, schools
from edulab_app.services.demo import DEMO_RSPO, create_demo_school
from forms.demo import demo_answers


@pytest.fixture
def school(db):
    schools.create_school(db, SchoolProfile(rspo="4321", name="Szkoła Podstawowa nr 1 w Pucku", county="pucki",
                                            school_year="2026/2027", pupils_total=300, pupils_migrant=30))
    return "4321"


def test_answers_are_saved_one_by_one_and_cleared(db, school):
    info, dropped = diagnosis.start_diagnosis(db, school)
    assert dropped == [] and info.school_year == "2026/2027" and info.form_version >= 1
    diagnosis.save_answer(db, info.id, "pupils_total", 300)
    diagnosis.save_answer(db, info.id, "family_languages", ["uk", "ka"])
    assert diagnosis.answers(db, info.id) == {"pupils_total": 300, "family_languages": ["uk", "ka"]}
    diagnosis.save_answer(db, info.id, "family_languages", [])
    assert diagnosis.answers(db, info.id) == {"pupils_total": 300}
    assert diagnosis.get_diagnosis(db, info.id).last_item == "family_languages"


def test_invalid_answer_names_the_field_and_writes_nothing(db, school):
    info, _ = diagnosis.start_diagnosis(db, school)
    diagnosis.save_answer(db, info.id, "pupils_total", 300)
    with pytest.raises(ValidationFailed) as exc:
        diagnosis.save_answer(db, info.id, "pupils_total", "trzysta")
    assert exc.value.errors[0].field == "pupils_total" and "Liczba uczniów ogółem" in exc.value.errors[0].message
    assert diagnosis.answers(db, info.id)["pupils_total"] == 300


def test_cross_field_constraint_uses_saved_answers(db, school):
    info, _ = diagnosis.start_diagnosis(db, school)
    diagnosis.save_answer(db, info.id, "pupils_total", 100)
    with pytest.raises(ValidationFailed):
        diagnosis.save_answer(db, info.id, "pupils_migrant_total", 150)
    diagnosis.save_answer(db, info.id, "pupils_migrant_total", 40)
    assert diagnosis.answers(db, info.id)["pupils_migrant_total"] == 40


def test_finish_is_refused_naming_missing_items_then_read_only(db, school):
    info, _ = diagnosis.start_diagnosis(db, school)
    with pytest.raises(ValidationFailed) as exc:
        diagnosis.finish(db, info.id)
    assert any(e.field == "pupils_total" for e in exc.value.errors)
    diagnosis.import_answers(db, school, diagnosis.export_answers(db, school) | {"answers": demo_answers()})
    diagnosis.finish(db, info.id)
    with pytest.raises(UserError, match="tylko przeglądać"):
        diagnosis.save_answer(db, info.id, "pupils_total", 301)
    diagnosis.reopen(db, info.id)
    diagnosis.save_answer(db, info.id, "pupils_total", 420)


def test_next_year_starts_from_previous_answers(db, school):
    info, _ = diagnosis.start_diagnosis(db, school, "2025/2026")
    diagnosis.save_answer(db, info.id, "pupils_total", 280)
    nxt, dropped = diagnosis.start_diagnosis(db, school, "2026/2027")
    assert nxt.based_on_id == info.id and dropped == []
    assert diagnosis.answers(db, nxt.id) == {"pupils_total": 280}
    with pytest.raises(UserError, match="ma już diagnozę"):
        diagnosis.start_diagnosis(db, school, "2026/2027")


def test_demo_school_has_a_finished_diagnosis_with_progress(db):
    create_demo_school(db)
    rep = diagnosis.report(db, DEMO_RSPO)
    assert rep.diagnosis.finished and rep.missing == []
    assert len(rep.result.areas) == 12 and len(rep.result.priorities) >= 3
    assert all(p.evidence for p in rep.result.priorities)
    comparison = rep.comparison()
    assert comparison is not None and comparison.resolved


def test_bad_import_changes_nothing(db, school):
    info, _ = diagnosis.start_diagnosis(db, school)
    diagnosis.save_answer(db, info.id, "pupils_total", 300)
    good = diagnosis.export_answers(db, school)
    for bad, fragment in [
        ({"format": "something-else"}, "nie jest plik"),
        (good | {"format_version": 99}, "wersja formatu"),
        (good | {"answers": {"pupils_total": -5}}, "Liczba uczniów ogółem"),
        (good | {"answers": {"no_such_item": 1}}, "nieznane pytania"),
        (good | {"form_version": 42}, "nieznana wersja formularza"),
        (good | {"school_year": "2026"}, "school_year"),
    ]:
        with pytest.raises(UserError, match=fragment):
            diagnosis.import_answers(db, school, bad)
        assert diagnosis.answers(db, info.id) == {"pupils_total": 300}


def test_cli_report_export_and_import(capsys, data_dir, tmp_path):
    from edulab_app.cli import main

    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["diagnosis", "report", DEMO_RSPO, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["result"]["areas"]) == 12 and report["previous"]["resolved"]
    target = tmp_path / "odpowiedzi.json"
    assert main(["diagnosis", "export-answers", DEMO_RSPO, "-o", str(target)]) == 0
    assert main(["diagnosis", "reopen", DEMO_RSPO]) == 0
    assert main(["diagnosis", "import-answers", DEMO_RSPO, str(target)]) == 0
    broken = tmp_path / "zepsuty.json"
    broken.write_text("{not json", encoding="utf-8")
    capsys.readouterr()
    assert main(["diagnosis", "import-answers", DEMO_RSPO, str(broken)]) == 2
    assert "nie jest poprawny plik JSON" in capsys.readouterr().err
    assert main(["diagnosis", "answer", DEMO_RSPO, "pupils_total", "4 20"]) == 0
    assert main(["diagnosis", "answer", DEMO_RSPO, "pupils_total", "dużo"]) == 2
    assert main(["diagnosis", "missing", DEMO_RSPO]) == 0


CHILD = r"""
import sys
from pathlib import Path
from edulab_app.services.context import AppContext
from edulab_app.services import diagnosis
ctx = AppContext(Path(sys.argv[1]))
db = ctx.db()
info = diagnosis.current_diagnosis(db, "4321")
for n in range(1, 100000):
    diagnosis.save_answer(db, info.id, "pupils_total", n)
    print(n, flush=True)  # the window would now show "saved"
"""


def test_an_answer_shown_as_saved_survives_sigkill(ctx, school):
    diagnosis.start_diagnosis(ctx.db(), school)
    ctx.close()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(ctx.data_dir)], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONUNBUFFERED": "1"})
    last = 0
    for line in child.stdout:
        last = int(line)
        if last >= 40:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    info = diagnosis.current_diagnosis(ctx.db(), school)
    assert diagnosis.answers(ctx.db(), info.id)["pupils_total"] >= last
