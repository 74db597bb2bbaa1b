"""Demo inputs: a typical Gdańsk primary school and a large school (tests, benchmarks, UI previews)."""

from __future__ import annotations

from forms.areas import AREA_IDS
from forms.result import AreaScore, DiagnosisResult, Evidence, Priority
from plans.model import SchoolContext, StaffMember


def demo_result() -> DiagnosisResult:
    areas = tuple(AreaScore(a, 50.0, 60.0, 8, 1, 0) for a in AREA_IDS)
    return DiagnosisResult(
        form_id="school_diagnosis", form_version=1, areas=areas, strengths=("community",),
        priorities=(
            Priority("critical:no_polish_lessons", "polish", "critical", "Brak dodatkowych zajęć z polskiego",
                     "Reguła krytyczna: uczniowie potrzebujący polskiego nie mają zajęć dodatkowych", 1,
                     (Evidence("q_polish_extra", "Czy szkoła prowadzi dodatkowe zajęcia z polskiego?", "Nie"),)),
            Priority("gap:welcome", "welcome", "gap", "Przyjęcie i powitanie", "Największa luka potrzeb (35 pkt)", 2,
                     (Evidence("q_welcome_plan", "Czy szkoła ma plan przyjęcia nowego ucznia?", "Raczej nie"),)),
            Priority("lowest:safety", "safety", "lowest", "Bezpieczeństwo i przeciwdziałanie dyskryminacji",
                     "Najniższy wynik zasobów (32/100)", 3),
            Priority("gap:parents", "parents", "gap", "Współpraca z rodzicami", "Luka potrzeb 28 pkt", 4),
        ),
    )


def demo_context() -> SchoolContext:
    staff = (
        StaffMember("s01", "Anna Kowalska", "director", ("en",), 2),
        StaffMember("s02", "Piotr Nowak", "deputy_director", (), 2),
        StaffMember("s03", "Olena Shevchenko", "coordinator", ("uk", "ru"), 4),
        StaffMember("s04", "Maria Wiśniewska", "polish_teacher", (), 6),
        StaffMember("s05", "Tomasz Lewandowski", "polish_teacher", ("en",), 6),
        StaffMember("s06", "Iryna Bondarenko", "polish_teacher", ("uk",), 8),
        StaffMember("s07", "Katarzyna Zielińska", "school_pedagogue", ("en",), 4),
        StaffMember("s08", "Agnieszka Wójcik", "psychologist", (), 4),
        StaffMember("s09", "Jan Kamiński", "teacher", (), 4),
        StaffMember("s10", "Ewa Dąbrowska", "teacher", ("ru",), 4),
        StaffMember("s11", "Marek Szymański", "form_tutor", (), 3),
        StaffMember("s12", "Joanna Woźniak", "form_tutor", ("uk",), 3),
        StaffMember("s13", "Barbara Kozłowska", "librarian", (), 3),
        StaffMember("s14", "Halina Jankowska", "office", (), 2),
    )
    return SchoolContext(
        rspo="123456", name="Szkoła Podstawowa nr 99 w Gdańsku", school_type="szkoła podstawowa",
        pupils_total=620, pupils_migrant=48, pupils_needing_polish=30, pupils_ukrainian=36,
        pupils_by_grade_band={"1-3": 14, "4-6": 20, "7-8": 14}, family_languages=("uk", "ru", "en"),
        arrivals_per_year=6, staff=staff,
    )


def large_result() -> DiagnosisResult:
    base = demo_result()
    extra = tuple(Priority(f"gap:{a}", a, "gap", f"Obszar {a}", "Luka potrzeb", 10 + i)
                  for i, a in enumerate(AREA_IDS) if a not in {p.area_id for p in base.priorities})
    return DiagnosisResult(base.form_id, base.form_version, base.areas, base.strengths, base.priorities + extra)


def large_context() -> SchoolContext:
    roles = ["teacher"] * 71 + ["polish_teacher"] * 12 + ["form_tutor"] * 20 + ["school_pedagogue"] * 3 + [
        "psychologist"] * 2 + ["special_educator"] * 3 + ["librarian"] * 2 + ["office"] * 3 + [
        "coordinator", "deputy_director", "deputy_director", "director"]
    langs = [(), ("uk",), ("ru",), ("en",), ("uk", "ru"), ()]
    staff = tuple(StaffMember(f"p{i:03d}", f"Osoba {i}", role, langs[i % len(langs)], 6)
                  for i, role in enumerate(roles))
    return SchoolContext(
        rspo="654321", name="Zespół Szkół nr 1", school_type="szkoła podstawowa", pupils_total=1500,
        pupils_migrant=200, pupils_needing_polish=130, pupils_ukrainian=150,
        pupils_by_grade_band={"1-3": 60, "4-6": 80, "7-8": 60}, family_languages=("uk", "ru", "be", "en", "vi", "ka"),
        arrivals_per_year=25, staff=staff, pupils_returning=5,
    )
