"""The region view of the EDUlab expert: figures over the latest (not superseded) package of every school.

Fast by construction: what the region needs of a package is boiled down once, at import, into its ``facts``
(``package_facts``: costs by year × category × source, training participants, assistants planned, pupils,
priorities, the standard's tasks the plan takes up), stored beside the package. ``compute_region`` then only
adds small lists up — well under 0.5 s for 500 schools (benchmarks/bench_expert.py).

Assumptions, stated in the figures' notes too:

- **Ukrainian pupils** come from the school's latest diagnosis answer ``pupils_ukrainian``, which packages
  carry in their optional school data. Where a package has none (an older package), all pupils with
  migration experience are counted as Ukrainian: an upper bound (in Pomeranian schools most of them are). The programme rule (one assistant per 20 Ukrainian pupils, "Przyjazna szkoła") is read
  from the rules data, not written here.
- **Assistants planned**: per school, the most intercultural assistants (``intercultural_assistant`` actions,
  their ``units``) its plan hires in any one school year; dropped actions do not count.
- **Training groups** are counted per county: ceil(participants of all the county's schools / the training's
  maximum group size), since trainings can be organised for the schools of a county together.
- **Costs** are planned costs without dropped actions (``plans.costs.cost_summary``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from exporters.document import PlanDocument
from exporters.region_report import (
    AssistantNeed,
    CostRow,
    PlaceSummary,
    PriorityCount,
    Region,
    TaskCoverage,
    TrainingDemand,
)

ASSISTANT_TEMPLATE = "intercultural_assistant"
FACTS_VERSION = 1
UNKNOWN_PLACE = "(nie podano)"


@dataclass(frozen=True)
class SmiTask:
    id: str
    title: str
    templates: frozenset[str]
    any_training: bool = False


# The school tasks of the Standard Minimum w Integracji (SMI OMGGS 2020, step 1 task 2 and step 3; DOMAIN.md
# section 1) and the action templates (resources/templates/actions.yaml) that take each one up. A test checks
# that every template is mapped here or listed in NOT_A_TASK.
SMI_TASKS: tuple[SmiTask, ...] = (
    SmiTask("admission", "Procedura przyjęcia i wsparcia nowego ucznia",
            frozenset({"individual_support_plans", "family_information_pack", "office_multilingual_reception",
                       "translate_school_documents", "buddies_programme"})),
    SmiTask("polish", "Dodatkowe lekcje języka polskiego lub oddział przygotowawczy",
            frozenset({"additional_polish_lessons", "preparatory_class"})),
    SmiTask("assistant", "Asystent międzykulturowy lub pomoc osoby znającej język ucznia",
            frozenset({"intercultural_assistant", "language_helper"})),
    SmiTask("welcome_committee", "Komitet powitalny z udziałem rodziców",
            frozenset({"welcome_committee_setup", "welcome_committee_running"})),
    SmiTask("parents_polish", "Kurs języka polskiego dla rodziców", frozenset({"parents_polish_course"})),
    SmiTask("parents_communication", "Komunikacja z rodzicami w ich językach",
            frozenset({"interpreters_for_meetings"})),
    SmiTask("week_for_everyone", "„Tydzień dla wszystkich”", frozenset({"week_for_everyone"})),
    SmiTask("safe_school", "„Bezpieczna szkoła”: regulamin i procedura zgłaszania incydentów",
            frozenset({"safe_school_regulation", "child_protection_review"})),
    SmiTask("ppp", "Współpraca z poradnią psychologiczno-pedagogiczną",
            frozenset({"ppp_cooperation_agreement", "emotional_support_groups"})),
    SmiTask("teaching", "Dostosowanie nauczania i oceniania",
            frozenset({"compensatory_classes", "adapted_assessment_rules", "multilingual_materials"})),
    SmiTask("coordination", "Koordynacja i współpraca lokalna",
            frozenset({"migration_coordinator", "county_migration_team", "library_ngo_partnerships"})),
    SmiTask("trainings", "Szkolenia kadry z katalogu wystandaryzowanych szkoleń", frozenset(), any_training=True),
)
NOT_A_TASK = frozenset({"funding_application"})  # means to an end (money), not a task of the standard


def _tasks_of(plan) -> list[str]:
    live = [a for a in plan.actions if a.status != "dropped"]
    templates = {a.template_id for a in live if a.kind == "activity"}
    has_training = any(a.kind == "training" for a in live)
    return [t.id for t in SMI_TASKS if (templates & t.templates) or (t.any_training and has_training)]


def _ukrainian_pupils(doc: PlanDocument) -> int | None:
    """Ukrainian pupils by the school's latest diagnosis (school data of the package), or None."""
    diagnoses = (doc.school_data or {}).get("diagnoses") or []
    for d in sorted(diagnoses, key=lambda d: d.get("school_year", ""), reverse=True):
        value = (d.get("answers") or {}).get("pupils_ukrainian")
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def package_facts(doc: PlanDocument) -> dict[str, Any]:
    """What the region view needs of one package, as small JSON (computed once, at import)."""
    from plans.costs import cost_summary

    school = doc.school
    facts: dict[str, Any] = {
        "v": FACTS_VERSION, "pupils_migrant": school.pupils_migrant or 0,
        "pupils_ukrainian": _ukrainian_pupils(doc),
        "costs": [], "trainings": [], "assistants": {}, "tasks": [], "priorities": [],
    }
    if doc.diagnosis is not None:
        facts["priorities"] = [[p.id, p.title, p.area_id, p.kind, p.rank]
                               for p in sorted(doc.diagnosis.priorities, key=lambda p: (p.rank, p.id))]
    plan = doc.plan
    if plan is None:
        return facts
    facts["costs"] = [[sy, cat, src, amount] for (sy, cat, src), amount in cost_summary(plan).items() if amount]
    trainings: dict[tuple[str, str], list] = {}
    assistants: dict[str, int] = defaultdict(int)
    for a in plan.actions:
        if a.status == "dropped":
            continue
        if a.kind == "training":
            row = trainings.setdefault((a.template_id, a.school_year), [a.template_id, a.school_year, 0,
                                                                        a.title.removeprefix("Szkolenie: ")])
            row[2] += a.quantities.participants
        elif a.template_id == ASSISTANT_TEMPLATE:
            assistants[a.school_year] += a.quantities.units
    facts["trainings"] = list(trainings.values())
    facts["assistants"] = dict(assistants)
    facts["tasks"] = _tasks_of(plan)
    return facts


@dataclass(frozen=True)
class SchoolFacts:
    """One school's row for the region: where it is and its package's facts."""

    rspo: str
    county: str
    municipality: str
    facts: Mapping[str, Any]


def compute_region(schools: Iterable[SchoolFacts], *, generated_at: dt.datetime | None = None,
                   app_version: str = "", catalogue=None, pupils_per_assistant: int | None = None) -> Region:
    """Add the schools' facts up into the region's figures (pure: no database)."""
    from plans.catalogue import load_catalogue

    catalogue = catalogue or load_catalogue()
    per = pupils_per_assistant or _pupils_per_assistant()
    schools = list(schools)
    county_of = {s.rspo: s.county or UNKNOWN_PLACE for s in schools}

    costs: dict[tuple[str, str, str, str, str], float] = defaultdict(float)
    places: dict[tuple[str, str], dict[str, Any]] = {}
    training_acc: dict[tuple[str, str, str], list] = {}  # (training, year, county) -> [schools, participants, title]
    assist: dict[str, list[int]] = {}
    prio: dict[str, list] = {}
    task_acc: dict[str, dict[str, int]] = {t.id: defaultdict(int) for t in SMI_TASKS}
    estimated_total = 0
    years: set[str] = set()
    pupils_total = 0
    for s in schools:
        f = s.facts
        county = county_of[s.rspo]
        muni = s.municipality or UNKNOWN_PLACE
        migrant = int(f.get("pupils_migrant") or 0)
        pupils_total += migrant
        for key in ((county, ""), (county, muni)):
            place = places.get(key)
            if place is None:
                place = places[key] = {"schools": 0, "pupils": 0, "years": defaultdict(float)}
            place["schools"] += 1
            place["pupils"] += migrant
        for sy, cat, src, amount in f.get("costs", ()):
            costs[(county, muni, sy, cat, src)] += amount
            years.add(sy)
            places[(county, "")]["years"][sy] += amount
            places[(county, muni)]["years"][sy] += amount
        for tid, sy, participants, title in f.get("trainings", ()):
            row = training_acc.setdefault((tid, sy, county), [0, 0, title])
            row[0] += 1
            row[1] += participants
        ukr = f.get("pupils_ukrainian")
        estimated = ukr is None
        if estimated:
            ukr = migrant
            estimated_total += 1
        needed = math.ceil(ukr / per) if ukr else 0
        planned = max(f.get("assistants", {}).values(), default=0)
        a = assist.setdefault(county, [0, 0, 0, 0, 0, 0, 0])
        a[0] += 1
        a[1] += ukr
        a[2] += 1 if estimated else 0
        a[3] += needed
        a[4] += planned
        a[5] += 1 if planned < needed else 0
        a[6] += max(0, needed - planned)
        for pid, title, area_id, kind, rank in f.get("priorities", ()):
            entry = prio.setdefault(pid, [title, area_id, kind, 0, 0])
            entry[3] += 1
            entry[4] += 1 if rank <= 3 else 0
        for tid in f.get("tasks", ()):
            if tid in task_acc:
                task_acc[tid][county] += 1

    year_list = tuple(sorted(years))

    def summary(key: tuple[str, str], data: dict[str, Any]) -> PlaceSummary:
        by_year = {y: round(data["years"].get(y, 0.0), 2) for y in year_list}
        return PlaceSummary(key[0], key[1], data["schools"], data["pupils"], by_year, round(sum(by_year.values()), 2))

    counties = tuple(sorted((summary(k, v) for k, v in places.items() if not k[1]), key=lambda p: p.county))
    municipalities = tuple(sorted((summary(k, v) for k, v in places.items() if k[1]),
                                  key=lambda p: (p.county, p.municipality)))
    cost_rows = tuple(CostRow(c, m, sy, cat, src, round(v, 2))
                      for (c, m, sy, cat, src), v in sorted(costs.items()) if round(v, 2))
    trainings = []
    for (tid, sy, county), (n, participants, title) in training_acc.items():
        t = catalogue.trainings.get(tid)
        size = t.max_group_size if t is not None else 20
        trainings.append(TrainingDemand(tid, t.title_pl if t is not None else title, sy, county, n, participants,
                                        size, math.ceil(participants / size) if participants else 0))
    trainings.sort(key=lambda t: (t.school_year, t.title.casefold(), t.county.casefold()))
    assistants = tuple(AssistantNeed(c, *v) for c, v in sorted(assist.items()))
    priorities = tuple(sorted((PriorityCount(pid, v[0], v[1], v[2], v[3], v[4]) for pid, v in prio.items()),
                              key=lambda p: (-p.schools, -p.top3, p.title)))
    tasks = tuple(TaskCoverage(t.id, t.title, sum(task_acc[t.id].values()), dict(sorted(task_acc[t.id].items())))
                  for t in SMI_TASKS)
    notes = []
    if estimated_total:
        notes.append(f"Liczba uczniów z Ukrainy: pakiety {estimated_total} z {len(schools)} szkół jej nie podają — "
                     "przyjęto wszystkich uczniów z doświadczeniem migracji (oszacowanie z góry).")
    notes.append(f"Asystenci potrzebni: jeden na {per} uczniów z Ukrainy w szkole (program „Przyjazna szkoła”); "
                 "zaplanowani: najwięcej asystentów w jednym roku szkolnym planu.")
    notes.append("Grupy szkoleniowe liczone w powiecie: uczestnicy ze wszystkich szkół powiatu ÷ największa "
                 "liczebność grupy szkolenia, w górę.")
    notes.append("Koszty: planowane, bez działań zaniechanych.")
    return Region(generated_at=generated_at or dt.datetime.now().astimezone().replace(microsecond=0),
                  app_version=app_version, schools=len(schools), pupils_migrant=pupils_total, years=year_list,
                  counties=counties, municipalities=municipalities, costs=cost_rows, trainings=tuple(trainings),
                  assistants=assistants, priorities=priorities, tasks=tasks, pupils_per_assistant=per,
                  notes=tuple(notes))


def _pupils_per_assistant() -> int:
    from plans.rules import load_rules

    try:
        return int(load_rules().get("friendly_school_programme").param("pupils_per_assistant"))
    except (KeyError, ValueError, TypeError):  # pragma: no cover - the rules data is checked by its own tests
        return 20


def region(db, *, county: str | None = None) -> Region:
    """The region's figures over the latest package of every school (optionally of one county)."""
    from sqlalchemy import select

    from edulab_app import __version__
    from edulab_app.storage.review_models import ReceivedPackage

    query = select(ReceivedPackage.rspo, ReceivedPackage.county, ReceivedPackage.municipality,
                   ReceivedPackage.facts).where(ReceivedPackage.superseded.is_(False))
    if county:
        query = query.where(ReceivedPackage.county == county)
    with db.session() as s:
        rows = [SchoolFacts(r, c, m, f or {}) for r, c, m, f in s.execute(query)]
    return compute_region(rows, app_version=__version__)
