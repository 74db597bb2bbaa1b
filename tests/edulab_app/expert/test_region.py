"""Region figures checked against sums computed by hand on three small packages (tests/.../conftest.py)."""

from __future__ import annotations

import time

from edulab_app.services import region as region_service
from edulab_app.services import reviews
from edulab_app.services.region import NOT_A_TASK, SMI_TASKS, SchoolFacts, compute_region, package_facts
from plans.catalogue import load_catalogue
from tests.edulab_app.expert.conftest import three_schools, write


def _region(edb, tmp_path, **kw):
    reviews.import_packages(edb, [write(tmp_path, d) for d in three_schools()])
    return region_service.region(edb, **kw)


def test_costs_by_county_municipality_year_category_and_source(edb, tmp_path):
    r = _region(edb, tmp_path)
    assert r.schools == 3 and r.pupils_migrant == 45 + 10 + 25
    assert r.years == ("2026/2027", "2027/2028")
    counties = {c.county: c for c in r.counties}
    assert counties["Gdańsk"].costs_by_year == {"2026/2027": 100_000 + 3_000 + 1_500 + 2_500, "2027/2028": 20_000}
    assert counties["Gdańsk"].schools == 2 and counties["Gdańsk"].pupils_migrant == 55
    assert counties["kartuski"].costs_by_year == {"2026/2027": 54_000, "2027/2028": 100_000}
    assert r.total_cost == 107_000 + 20_000 + 54_000 + 100_000  # the dropped 999 zł left out
    assert [(m.county, m.municipality, m.total) for m in r.municipalities] == [
        ("Gdańsk", "Gdańsk", 127_000), ("kartuski", "Żukowo", 154_000)]
    by_cat = r.cost_pivot("category")
    assert by_cat[("staff", "2026/2027")] == 150_000 and by_cat[("trainings", "2026/2027")] == 9_500
    assert by_cat[("events", "2026/2027")] == 1_500 and ("translation", "2026/2027") not in by_cat
    by_src = r.cost_pivot("source")
    assert by_src[("government_programme", "2027/2028")] == 100_000
    assert by_src[("governing_body", "2027/2028")] == 20_000
    assert sum(c.amount for c in r.costs) == r.total_cost


def test_training_demand_and_groups_per_county(edb, tmp_path):
    r = _region(edb, tmp_path)
    size = load_catalogue().trainings["polish_as_second_language"].max_group_size
    rows = {(t.county, t.school_year): t for t in r.trainings}
    gd = rows[("Gdańsk", "2026/2027")]
    assert (gd.schools, gd.participants, gd.max_group_size, gd.groups) == (2, 22, size, -(-22 // size))
    kar = rows[("kartuski", "2026/2027")]
    assert (kar.schools, kar.participants, kar.groups) == (1, 30, -(-30 // size))
    ((tid, _title, year, schools, participants, groups),) = r.training_totals()
    assert (tid, year, schools, participants, groups) == ("polish_as_second_language", "2026/2027", 3, 52,
                                                         gd.groups + kar.groups)


def test_assistants_needed_against_planned(edb, tmp_path):
    r = _region(edb, tmp_path)
    a = {x.county: x for x in r.assistants}
    assert r.pupils_per_assistant == 20
    # A: 45 pupils -> 3 needed, 2 planned; B: 10 -> 1 needed, 0 planned; C: 25 -> 2 needed, max(1, 2) planned
    assert (a["Gdańsk"].needed, a["Gdańsk"].planned, a["Gdańsk"].schools_short, a["Gdańsk"].shortfall) == (4, 2, 2, 2)
    assert (a["kartuski"].needed, a["kartuski"].planned, a["kartuski"].shortfall) == (2, 2, 0)
    assert a["Gdańsk"].estimated_schools == 2  # the package has no count of Ukrainian pupils
    assert any("oszacowanie" in n for n in r.notes)


def test_priorities_and_task_coverage(edb, tmp_path):
    r = _region(edb, tmp_path)
    top = r.priorities[0]
    assert (top.priority_id, top.schools, top.top3) == ("gap:welcome", 2, 2)
    prios = {p.priority_id: p for p in r.priorities}
    assert prios["lowest:safety"].top3 == 0 and prios["critical:no_polish_lessons"].schools == 1
    tasks = {t.task_id: t for t in r.tasks}
    assert tasks["assistant"].schools == 2 and tasks["assistant"].by_county == {"Gdańsk": 1, "kartuski": 1}
    assert tasks["trainings"].schools == 3
    assert tasks["week_for_everyone"].schools == 1
    assert tasks["polish"].schools == 1  # school B
    assert tasks["admission"].schools == 0  # B's translation action was dropped


def test_region_of_one_county_and_json(edb, tmp_path):
    r = _region(edb, tmp_path, county="kartuski")
    assert r.schools == 1 and [c.county for c in r.counties] == ["kartuski"]
    data = r.to_dict()
    assert data["total_cost"] == 154_000 and data["generated_at"]


def test_superseded_packages_do_not_count(edb, tmp_path):
    import datetime as dt

    from tests.edulab_app.expert.conftest import document

    a = three_schools()[0]
    reviews.import_packages(edb, [write(tmp_path, a)])
    newer = document("1001", "Gdańsk", "Gdańsk", 45, [], when=a.generated_at + dt.timedelta(days=1))
    reviews.import_packages(edb, [write(tmp_path, newer)])
    r = region_service.region(edb)
    assert r.schools == 1 and r.total_cost == 0


def test_every_action_template_is_mapped_to_a_task_of_the_standard():
    mapped = set().union(*(t.templates for t in SMI_TASKS))
    templates = set(load_catalogue().templates)
    assert templates - mapped - NOT_A_TASK == set(), "map new templates in edulab_app/services/region.py"
    assert mapped <= templates and not (mapped & NOT_A_TASK)


def test_computation_is_fast_for_500_schools():
    """Not a timed assertion of the goal (that is the benchmark's): a sanity bound, 10x the goal."""
    facts = [package_facts(d) for d in three_schools()]
    schools = [SchoolFacts(str(i), f"powiat {i % 20}", f"gmina {i % 90}", facts[i % 3]) for i in range(500)]
    compute_region(schools[:3])  # loads the catalogue and rules once
    start = time.perf_counter()
    r = compute_region(schools)
    assert time.perf_counter() - start < 5
    assert r.schools == 500


def test_ukrainian_pupils_come_from_the_packages_school_data():
    from dataclasses import replace

    from edulab_app.services.region import package_facts
    from exporters.demo import demo_document

    doc = demo_document()
    assert package_facts(replace(doc, school_data=None))["pupils_ukrainian"] is None
    data = {"diagnoses": [{"school_year": "2025/2026", "answers": {"pupils_ukrainian": 30}},
                          {"school_year": "2026/2027", "answers": {"pupils_ukrainian": 41}}]}
    assert package_facts(replace(doc, school_data=data))["pupils_ukrainian"] == 41
