"""Fixtures of the expert workspace: a fresh expert database, small hand-made packages, generated packages."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

import edulab_app.storage.review_models  # noqa: F401 - registers the tables on Base.metadata
from edulab_app.storage.base import Base
from edulab_app.storage.db import Database
from exporters.document import PlanDocument, ReviewAnswer, SchoolInfo
from exporters.package_write import write_package
from forms.areas import AREA_IDS
from forms.result import AreaScore, DiagnosisResult, Priority
from plans.model import Action, CostLine, Plan, Quantities

ROOT = Path(__file__).resolve().parents[3]
TZ = dt.timezone(dt.timedelta(hours=2))
WHEN = dt.datetime(2026, 10, 1, 12, 0, tzinfo=TZ)


@pytest.fixture
def edb(tmp_path):
    db = Database.open_sqlite(tmp_path)
    Base.metadata.create_all(db.engine)
    yield db
    db.dispose()


def action(aid: str, template: str, year: str, *costs: tuple[str, str, float], kind: str = "activity",
           units: int = 0, participants: int = 0, status: str = "planned") -> Action:
    first = int(year[:4])
    return Action(id=aid, kind=kind, template_id=template, title=f"Działanie {template}", description="opis",
                  school_year=year, start=(first, 10), end=(first, 10) if kind == "training" else (first + 1, 5),
                  quantities=Quantities(units=units, participants=participants, groups=1 if participants else 0),
                  cost_lines=tuple(CostLine(cat, src, year, amount, 1, amount) for cat, src, amount in costs),
                  status=status)


def document(rspo: str, county: str, municipality: str, migrant: int, actions: list[Action],
             priorities: list[tuple[str, int]] = (), when: dt.datetime = WHEN, name: str | None = None,
             answers: tuple[ReviewAnswer, ...] = ()) -> PlanDocument:
    areas = tuple(AreaScore(a, 50.0, 60.0, 5, 0, 0) for a in AREA_IDS)
    prios = tuple(Priority(pid, pid.split(":")[1] if pid.split(":")[1] in AREA_IDS else "polish", pid.split(":")[0],
                           f"Priorytet {pid}", "powód", rank) for pid, rank in priorities)
    result = DiagnosisResult("school_diagnosis", 1, areas, (), prios)
    plan = Plan(rspo, "2026/2027", 2, tuple(actions))
    school = SchoolInfo(rspo=rspo, name=name or f"Szkoła {rspo}", school_type="szkoła podstawowa",
                        municipality=municipality, county=county, voivodeship="pomorskie", school_year="2026/2027",
                        pupils_total=400, pupils_migrant=migrant)
    return PlanDocument(school=school, generated_at=when, app_version="0.1.0", version_label="wersja 1",
                        diagnosis=result, plan=plan, review_answers=answers)


def three_schools() -> list[PlanDocument]:
    """Three small plans whose region figures are computed by hand in test_region.py."""
    a = document("1001", "Gdańsk", "Gdańsk", 45, [
        action("intercultural_assistant@2026", "intercultural_assistant", "2026/2027",
               ("staff", "government_programme", 100_000.0), units=2),
        action("training.polish_as_second_language@2026", "polish_as_second_language", "2026/2027",
               ("trainings", "governing_body", 3_000.0), kind="training", participants=12),
        action("week_for_everyone@2026", "week_for_everyone", "2026/2027", ("events", "school_budget", 1_500.0)),
    ], [("critical:no_polish_lessons", 1), ("gap:welcome", 2)])
    b = document("1002", "Gdańsk", "Gdańsk", 10, [
        action("training.polish_as_second_language@2026", "polish_as_second_language", "2026/2027",
               ("trainings", "governing_body", 2_500.0), kind="training", participants=10),
        action("additional_polish_lessons@2027", "additional_polish_lessons", "2027/2028",
               ("staff", "governing_body", 20_000.0)),
        action("translate_school_documents@2026", "translate_school_documents", "2026/2027",
               ("translation", "governing_body", 999.0), status="dropped"),
    ], [("gap:welcome", 1)])
    c = document("1003", "kartuski", "Żukowo", 25, [
        action("intercultural_assistant@2026", "intercultural_assistant", "2026/2027",
               ("staff", "government_programme", 50_000.0), units=1),
        action("intercultural_assistant@2027", "intercultural_assistant", "2027/2028",
               ("staff", "government_programme", 100_000.0), units=2),
        action("training.polish_as_second_language@2026", "polish_as_second_language", "2026/2027",
               ("trainings", "governing_body", 4_000.0), kind="training", participants=30),
    ], [("lowest:safety", 4)])
    return [a, b, c]


def write(folder: Path, doc: PlanDocument, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"{doc.school.rspo}_{doc.generated_at:%Y%m%d%H%M}.edulab")
    path.write_bytes(write_package(doc))
    return path


@pytest.fixture(scope="session")
def generated(tmp_path_factory) -> list[Path]:
    """20 generated school packages (tools/generate_packages.py), made once per session."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import generate_packages
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return generate_packages.write_packages(20, tmp_path_factory.mktemp("generated"), seed=11)
