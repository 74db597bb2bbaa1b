"""Generate N realistic, varied school plan packages (``.edulab``) for tests and benchmarks.

    python tools/generate_packages.py N OUT_DIR [--seed S]

Schools spread over the 20 counties of Pomorskie (weighted roughly by population, real municipality names),
of three types and very different sizes, with migrant shares higher in the cities; each gets a staff list,
a diagnosis result (area scores, critical and area priorities ranked the way ``forms.scoring`` ranks them),
a multi-year plan from ``plans.generator``, some tracking (done, running, dropped actions), the rule-check
findings with a few accepted, and is written with ``exporters.write_package``. Deterministic: the same N and
seed give the same files, byte for byte. Pupils appear as counts only; staff names are invented.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from exporters.document import PlanDocument, SchoolInfo, findings_with_accepted  # noqa: E402
from exporters.package_write import write_package  # noqa: E402
from forms.areas import AREAS, AREAS_BY_ID  # noqa: E402
from forms.result import AreaScore, DiagnosisResult, Evidence, Priority  # noqa: E402
from forms.scoring import GAP_THRESHOLD, LOW_RESOURCES_THRESHOLD, critical_rules  # noqa: E402
from plans.generator import generate_plan  # noqa: E402
from plans.model import SchoolContext, StaffMember  # noqa: E402
from plans.tracking import accept_finding, record_actual_cost, set_status  # noqa: E402

APP_VERSION = "0.1.0"
TZ_SUMMER = dt.timezone(dt.timedelta(hours=2))
TZ_WINTER = dt.timezone(dt.timedelta(hours=1))

# county -> (weight ~ population, is a city county, municipalities)
COUNTIES: dict[str, tuple[float, bool, tuple[str, ...]]] = {
    "Gdańsk": (10.0, True, ("Gdańsk",)),
    "Gdynia": (5.5, True, ("Gdynia",)),
    "Słupsk": (2.0, True, ("Słupsk",)),
    "Sopot": (0.8, True, ("Sopot",)),
    "gdański": (3.2, False, ("Pruszcz Gdański", "Kolbudy", "Pszczółki", "Trąbki Wielkie", "Cedry Wielkie",
                             "Suchy Dąb", "Przywidz")),
    "kartuski": (3.2, False, ("Kartuzy", "Żukowo", "Przodkowo", "Somonino", "Sierakowice", "Stężyca", "Chmielno",
                              "Sulęczyno")),
    "wejherowski": (4.3, False, ("Wejherowo", "Reda", "Rumia", "Luzino", "Gniewino", "Szemud", "Łęczyce", "Linia",
                                 "Choczewo")),
    "pucki": (1.9, False, ("Puck", "Władysławowo", "Jastarnia", "Hel", "Kosakowo", "Krokowa")),
    "starogardzki": (2.8, False, ("Starogard Gdański", "Skórcz", "Czarna Woda", "Skarszewy", "Bobowo", "Kaliska",
                                  "Lubichowo", "Zblewo")),
    "tczewski": (2.5, False, ("Tczew", "Pelplin", "Gniew", "Morzeszczyn", "Subkowy")),
    "malborski": (1.4, False, ("Malbork", "Nowy Staw", "Lichnowy", "Miłoradz", "Stare Pole")),
    "kwidzyński": (1.5, False, ("Kwidzyn", "Prabuty", "Gardeja", "Ryjewo", "Sadlinki")),
    "słupski": (2.0, False, ("Ustka", "Kępice", "Kobylnica", "Damnica", "Dębnica Kaszubska", "Główczyce",
                             "Potęgowo", "Smołdzino")),
    "lęborski": (1.4, False, ("Lębork", "Łeba", "Cewice", "Nowa Wieś Lęborska", "Wicko")),
    "bytowski": (1.5, False, ("Bytów", "Miastko", "Czarna Dąbrówka", "Kołczygłowy", "Lipnica", "Parchowo",
                              "Tuchomie")),
    "chojnicki": (2.0, False, ("Chojnice", "Brusy", "Czersk", "Konarzyny")),
    "człuchowski": (1.0, False, ("Człuchów", "Czarne", "Debrzno", "Przechlewo", "Koczała", "Rzeczenica")),
    "kościerski": (1.5, False, ("Kościerzyna", "Dziemiany", "Karsin", "Liniewo", "Lipusz", "Nowa Karczma",
                                "Stara Kiszewa")),
    "nowodworski": (0.7, False, ("Nowy Dwór Gdański", "Krynica Morska", "Ostaszewo", "Stegna", "Sztutowo")),
    "sztumski": (0.8, False, ("Sztum", "Dzierzgoń", "Mikołajki Pomorskie", "Stary Dzierzgoń", "Stary Targ")),
}
CITY_BODIES = {"Gdańsk": "Gmina Miasta Gdańska", "Gdynia": "Gmina Miasta Gdyni", "Słupsk": "Miasto Słupsk",
               "Sopot": "Gmina Miasta Sopotu"}
PATRONS = ("Jana Pawła II", "Marii Skłodowskiej-Curie", "Adama Mickiewicza", "Kornela Makuszyńskiego",
           "Józefa Wybickiego", "Janusza Korczaka", "Polskich Olimpijczyków", "Kaszubskich Gryfitów",
           "Obrońców Wybrzeża", "Bohaterów Westerplatte", "Henryka Sienkiewicza", "Marii Konopnickiej",
           "Aleksandra Majkowskiego", "Unii Europejskiej", "Lecha Bądkowskiego", "Floriana Ceynowy")
FIRST = ("Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Joanna", "Magdalena",
         "Monika", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin", "Jan", "Andrzej", "Olena", "Iryna",
         "Natalia", "Oksana", "Aleksandra", "Zofia", "Beata", "Grzegorz", "Dorota", "Łukasz", "Justyna", "Wojciech")
LAST = ("Kowalska", "Nowak", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowska", "Zielińska",
        "Szymańska", "Dąbrowska", "Kozłowska", "Jankowska", "Mazur", "Kwiatkowska", "Krawczyk", "Piotrowska",
        "Grabowska", "Pawłowska", "Michalska", "Król", "Formela", "Kreft", "Kiedrowska", "Labuda", "Szews",
        "Bonk", "Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Węsierska", "Drewa")
LANGUAGES = (("ru", 0.55), ("be", 0.25), ("en", 0.2), ("ka", 0.08), ("vi", 0.05), ("de", 0.1), ("tr", 0.05))
SCHOOL_TYPES = (("szkoła podstawowa", 0.74), ("liceum ogólnokształcące", 0.15), ("technikum", 0.11))
# critical rules and how often a school has them (the rest are rarer)
CRITICAL_ODDS = {"no_polish_lessons": 0.22, "ukrainian_pupils_without_assistant": 0.3, "no_admission_procedure": 0.35,
                 "no_incident_procedure": 0.3, "no_antidiscrimination_regulation": 0.25,
                 "no_child_protection_standards": 0.08, "no_information_in_family_languages": 0.25,
                 "no_clinic_cooperation": 0.15, "no_coordinator": 0.3, "trauma_signs": 0.15}


def _pick_weighted(rng: random.Random, pairs) -> str:
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, weight in pairs:
        x -= weight
        if x <= 0:
            return value
    return pairs[-1][0]


def _staff(rng: random.Random, pupils_total: int, school_type: str, languages: tuple[str, ...]) -> tuple[StaffMember, ...]:
    teachers = max(8, pupils_total // 12)
    roles = (["director", "deputy_director"] + (["deputy_director"] if pupils_total > 600 else [])
             + ["coordinator"] * (1 if rng.random() < 0.7 else 0)
             + ["polish_teacher"] * max(1, teachers // 9) + ["form_tutor"] * max(2, teachers // 5)
             + ["teacher"] * teachers + ["school_pedagogue"] * max(1, pupils_total // 400)
             + ["psychologist"] * (1 if pupils_total > 250 or rng.random() < 0.5 else 0)
             + ["special_educator"] * (1 if rng.random() < 0.6 else 0)
             + ["speech_therapist"] * (1 if school_type == "szkoła podstawowa" and rng.random() < 0.7 else 0)
             + ["librarian"] + ["office"] * max(1, pupils_total // 450))
    out = []
    for i, role in enumerate(roles):
        spoken = tuple(lang for lang in ("uk", "ru", "en", "de") if rng.random() < {"uk": 0.06, "ru": 0.08,
                                                                                     "en": 0.35, "de": 0.08}[lang]
                       and (lang in languages or lang in ("en", "de")))
        out.append(StaffMember(f"s{i + 1:03d}", f"{rng.choice(FIRST)} {rng.choice(LAST)}", role, spoken,
                               float(rng.choice((2, 3, 4, 4, 6, 8))), ()))
    return tuple(out)


def _result(rng: random.Random, ctx: SchoolContext, city: bool) -> DiagnosisResult:
    strain = min(1.0, ctx.pupils_migrant / max(1, ctx.pupils_total) * 5)  # 20 % migrant pupils -> full strain
    base = rng.gauss(58 if city else 50, 12)
    areas = []
    for area in AREAS:
        resources = max(5.0, min(98.0, rng.gauss(base, 14)))
        needs = max(5.0, min(98.0, rng.gauss(40 + 40 * strain, 15)))
        answered = rng.randint(5, 12)
        areas.append(AreaScore(area.id, round(resources, 1), round(needs, 1), answered, rng.randint(0, 2), 0))
    priorities: list[Priority] = []
    rules = {r.id: r for r in critical_rules()}
    for rid, odds in CRITICAL_ODDS.items():
        rule = rules.get(rid)
        if rule is None:
            continue
        if rid == "no_polish_lessons" and not ctx.pupils_needing_polish:
            continue
        if rid == "ukrainian_pupils_without_assistant" and ctx.pupils_ukrainian < 10:
            continue
        if rng.random() < odds:
            priorities.append(Priority(f"critical:{rid}", rule.area_id, "critical", rule.title, rule.reason, 0,
                                       (Evidence(f"q_{rid}", "Odpowiedź w diagnozie", "Nie"),)))
    gaps = sorted((a for a in areas if a.gap is not None and a.gap >= GAP_THRESHOLD),
                  key=lambda a: (-a.gap, AREAS_BY_ID[a.area_id].number))
    for a in gaps:
        title = AREAS_BY_ID[a.area_id].title_pl
        priorities.append(Priority(f"gap:{a.area_id}", a.area_id, "gap", f"Wzmocnić obszar: {title}",
                                   f"Potrzeby ({a.needs:.0f}/100) wyraźnie przewyższają zasoby ({a.resources:.0f}/100): "
                                   f"różnica {a.gap:.0f} pkt, próg {GAP_THRESHOLD:.0f} pkt.", 0))
    gap_areas = {a.area_id for a in gaps}
    lowest = sorted((a for a in areas if a.area_id not in gap_areas and a.resources < LOW_RESOURCES_THRESHOLD),
                    key=lambda a: (a.resources, AREAS_BY_ID[a.area_id].number))[:3]
    for a in lowest:
        title = AREAS_BY_ID[a.area_id].title_pl
        priorities.append(Priority(f"lowest:{a.area_id}", a.area_id, "lowest", f"Rozwinąć zasoby: {title}",
                                   f"Niski wynik zasobów ({a.resources:.0f}/100, próg {LOW_RESOURCES_THRESHOLD:.0f}).", 0))
    if not priorities:  # every school has something to work on
        a = min(areas, key=lambda a: a.resources)
        priorities.append(Priority(f"lowest:{a.area_id}", a.area_id, "lowest",
                                   f"Rozwinąć zasoby: {AREAS_BY_ID[a.area_id].title_pl}",
                                   f"Najniższy wynik zasobów ({a.resources:.0f}/100).", 0))
    ranked = tuple(replace(p, rank=i) for i, p in enumerate(priorities[:8], start=1))
    strengths = tuple(a.area_id for a in sorted((a for a in areas if a.resources >= 70), key=lambda a: -a.resources))
    return DiagnosisResult("school_diagnosis", 1, tuple(areas), strengths, ranked)


def _previous(rng: random.Random, result: DiagnosisResult) -> DiagnosisResult:
    areas = tuple(replace(a, resources=round(max(0.0, a.resources - rng.uniform(0, 15)), 1)) for a in result.areas)
    return replace(result, areas=areas)


def _track(rng: random.Random, plan, generated: dt.date):
    """Some schools have started: a few early actions done or running, now and then one dropped."""
    if rng.random() < 0.35:
        return plan
    early = sorted((a for a in plan.actions if (a.start[0], a.start[1]) <= (generated.year, generated.month)),
                   key=lambda a: (a.start, a.id))
    for a in early[: rng.randint(0, 4)]:
        status = "done" if a.end < (generated.year, generated.month) else "in_progress"
        plan = set_status(plan, a.id, status, dt.date(a.start[0], a.start[1], rng.randint(2, 20)))
        if status == "done" and a.cost_lines and rng.random() < 0.7:
            c = a.cost_lines[0]
            plan = record_actual_cost(plan, a.id, c.category, c.source, round(c.amount_pln * rng.uniform(0.8, 1.1), 2),
                                      dt.date(a.end[0], a.end[1], 25), "faktura")
    later = [a for a in plan.actions if a.status == "planned" and a.kind == "activity"]
    if later and rng.random() < 0.15:
        plan = set_status(plan, rng.choice(later).id, "dropped", generated)
    return plan


def school_document(rng: random.Random, rspo: str, index: int) -> PlanDocument:
    county = _pick_weighted(rng, [(c, w) for c, (w, _, _) in COUNTIES.items()])
    _, city, municipalities = COUNTIES[county]
    municipality = rng.choice(municipalities)
    school_type = _pick_weighted(rng, SCHOOL_TYPES)
    big_town = city or municipality in ("Rumia", "Reda", "Wejherowo", "Tczew", "Starogard Gdański", "Malbork",
                                        "Kwidzyn", "Chojnice", "Lębork", "Pruszcz Gdański", "Kartuzy", "Bytów")
    if school_type == "szkoła podstawowa":
        pupils_total = int(rng.triangular(90, 950 if big_town else 520, 420 if big_town else 210))
        name = f"Szkoła Podstawowa nr {rng.randint(1, 95 if city else 6)} im. {rng.choice(PATRONS)}, {municipality}"
    elif school_type == "liceum ogólnokształcące":
        pupils_total = int(rng.triangular(220, 1000, 520))
        name = f"{rng.choice(('I', 'II', 'III', 'IV', 'V'))} Liceum Ogólnokształcące im. {rng.choice(PATRONS)}, {municipality}"
    else:
        pupils_total = int(rng.triangular(300, 1200, 650))
        name = f"Zespół Szkół {rng.choice(('Technicznych', 'Ekonomicznych', 'Budowlanych', 'Morskich', 'Zawodowych'))}, {municipality}"
    share = rng.uniform(0.03, 0.2) if city else (rng.uniform(0.02, 0.12) if big_town else rng.uniform(0.005, 0.07))
    migrant = max(1, round(pupils_total * share))
    ukrainian = min(migrant, round(migrant * rng.uniform(0.5, 0.95)))
    needing = max(0, min(migrant, round(migrant * rng.uniform(0.25, 0.8))))
    returning = min(needing, rng.choice((0, 0, 0, 1, 2, 3)))
    languages = ("uk",) + tuple(lang for lang, odds in LANGUAGES if rng.random() < odds) if ukrainian else \
        tuple(lang for lang, odds in LANGUAGES if rng.random() < odds) or ("ru",)
    if school_type == "szkoła podstawowa":
        a, b = rng.random(), rng.random()
        lo, hi = min(a, b), max(a, b)
        bands = {"1-3": round(migrant * lo), "4-6": round(migrant * (hi - lo))}
        bands["7-8"] = migrant - bands["1-3"] - bands["4-6"]
    else:
        bands = {"secondary": migrant}
    ctx = SchoolContext(
        rspo=rspo, name=name, school_type=school_type, pupils_total=pupils_total, pupils_migrant=migrant,
        pupils_needing_polish=needing, pupils_ukrainian=ukrainian, pupils_by_grade_band=bands,
        family_languages=languages, arrivals_per_year=max(0, round(migrant * rng.uniform(0.05, 0.35))),
        staff=_staff(rng, pupils_total, school_type, languages), pupils_returning=returning)
    result = _result(rng, ctx, city)
    start_year = "2026/2027" if rng.random() < 0.8 else "2025/2026"
    years = _pick_weighted(rng, [(3, 0.6), (2, 0.3), (1, 0.1)])
    plan = generate_plan(result, ctx, start_year, years)
    month = rng.choice((9, 10, 10, 11)) if start_year == "2026/2027" else rng.choice((9, 10))
    first = int(start_year[:4])
    generated_at = dt.datetime(first, month, rng.randint(1, 28), rng.randint(7, 17), rng.randint(0, 59),
                               tzinfo=TZ_SUMMER if month < 11 else TZ_WINTER)
    plan = _track(rng, plan, generated_at.date())
    findings, _ = findings_with_accepted(plan, ctx, result, generated_at.date())
    for f in [f for f in findings if f.action_id and f.severity == "info"][: rng.randint(0, 3)]:
        plan = accept_finding(plan, f.action_id, f.id)
    findings, accepted = findings_with_accepted(plan, ctx, result, generated_at.date())
    if city:
        governing = CITY_BODIES[county]
    else:
        governing = f"Gmina {municipality}" if school_type == "szkoła podstawowa" else f"Powiat {county.capitalize()}"
    school = SchoolInfo.from_context(
        ctx, address=f"ul. {rng.choice(('Szkolna', 'Ogrodowa', 'Kościuszki', 'Długa', 'Polna', 'Gdańska'))} "
                     f"{rng.randint(1, 60)}, {municipality}",
        municipality=municipality, county=county, voivodeship="pomorskie", governing_body=governing,
        school_year=start_year)
    return PlanDocument(school=school, generated_at=generated_at, app_version=APP_VERSION,
                        version_label=f"wersja {rng.randint(1, 3)}", diagnosis=result,
                        previous=_previous(rng, result) if rng.random() < 0.4 else None, plan=plan,
                        findings=findings, accepted_finding_ids=accepted, staff=ctx.staff)


def generate_documents(n: int, seed: int = 1) -> Iterator[PlanDocument]:
    """``n`` school documents, deterministic for ``seed`` (each school from its own random stream)."""
    master = random.Random(seed)
    rspos = master.sample(range(10_000, 999_999), n)
    for i, rspo in enumerate(rspos):
        yield school_document(random.Random(f"{seed}:{i}"), str(rspo), i)


def write_packages(n: int, out_dir: Path | str, seed: int = 1) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, doc in enumerate(generate_documents(n, seed)):
        path = out / f"{i + 1:04d}_{doc.school.rspo}.edulab"
        path.write_bytes(write_package(doc))
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate N realistic school plan packages (.edulab).")
    parser.add_argument("n", type=int, metavar="N")
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    paths = write_packages(args.n, args.out_dir, args.seed)
    print(f"{len(paths)} packages written to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
