"""Demo answers: a fictional Pomeranian primary school, for the demo mode, screenshots and tests.

"Szkoła Podstawowa nr 7" (fictional): about 420 pupils, 58 with migration experience (Ukraine, Belarus,
Georgia, Vietnam, Russia, Kazakhstan). It does a fair amount informally but has gaps that produce
sensible priorities: no written admission procedure, few trained teachers, no assistant despite
41 Ukrainian pupils, no anti-discrimination regulation yet. ``demo_previous_answers`` is the same
school a year earlier, in a worse state, so progress over time can be shown.
"""

from __future__ import annotations

import copy
from typing import Any

_CURRENT: dict[str, Any] = {
    # 1 pupils
    "pupils_data_date": "2025-10-01",
    "school_type": "primary",
    "pupils_total": 420,
    "pupils_migrant_total": 58,
    "pupils_ukrainian": 41,
    "pupils_by_country": [
        {"country": "ua", "first_language": "uk", "count": 29},
        {"country": "ua", "first_language": "ru", "count": 12},
        {"country": "by", "first_language": "be", "count": 2},
        {"country": "by", "first_language": "ru", "count": 4},
        {"country": "ge", "first_language": "ka", "count": 4},
        {"country": "vn", "first_language": "vi", "count": 3},
        {"country": "ru", "first_language": "ru", "count": 2},
        {"country": "kz", "first_language": "kk", "count": 1},
        {"country": "kz", "first_language": "ru", "count": 1},
    ],
    "family_languages": ["uk", "ru", "be", "ka", "vi", "kk"],
    "pupils_grades_1_3": 19,
    "pupils_grades_4_6": 23,
    "pupils_grades_7_8": 16,
    "pupils_time_lt_1y": 9,
    "pupils_time_1_2y": 14,
    "pupils_time_gt_2y": 35,
    "pupils_polish_none": 6,
    "pupils_polish_basic": 17,
    "pupils_polish_fluent": 35,
    "pupils_needing_polish": 23,
    "arrivals_this_year": 9,
    "arrivals_expected": "yes_rather",
    "pupils_data_kept": "yes_rather",
    "pupils_needs_known": "no_rather",
    # 2 welcome
    "welcome_procedure": "yes_practice",
    "welcome_entry_interview": "yes",
    "welcome_first_days": "yes_rather",
    "welcome_placement_rules": "no_rather",
    "welcome_info_translated": "some",
    "welcome_info_languages": ["uk"],
    "welcome_committee_exists": "in_preparation",
    "welcome_buddies": "yes_rather",
    "welcome_need_materials": "yes_definitely",
    "welcome_need_procedure_help": "yes_definitely",
    "welcome_notes": "Dobrze sprawdza się oprowadzanie nowych uczniów przez starszych kolegów z Ukrainy. "
                     "Brakuje jednej osoby, która koordynuje przyjęcie od pierwszego kontaktu z rodziną.",
    # 3 polish
    "polish_extra_lessons": "yes_some",
    "polish_hours_per_week": 2,
    "polish_groups_count": 4,
    "preparatory_class_exists": "no",
    "polish_teachers_qualified": 1,
    "polish_materials": "no_rather",
    "polish_in_subjects": "no_rather",
    "polish_need_more_hours": "yes_definitely",
    "polish_need_teacher": "yes_definitely",
    "polish_waiting_pupils": 7,
    # 4 teaching
    "teaching_adapted_requirements": "yes_rather",
    "teaching_compensatory_classes": "yes_some",
    "teaching_compensatory_subjects": ["maths", "polish"],
    "teaching_assessment_rules": "in_preparation",
    "teaching_multilingual_materials": "no_rather",
    "teaching_home_language": "yes_rather",
    "teaching_need_methods": "yes_definitely",
    "teaching_need_materials": "yes_rather",
    "teaching_pupils_at_risk": 6,
    # 5 staff
    "staff_teachers_total": 38,
    "staff_trained_count": 3,
    "staff_trainings_done": ["child_protection", "trauma"],
    "staff_languages": ["ru", "en", "uk"],
    "staff_coordinator": "yes",
    "staff_confidence": "no_rather",
    "staff_roster": [
        {"role": "director", "people": 2, "languages": ["en", "ru"], "trainings": ["child_protection"],
         "training_needs": ["law"]},
        {"role": "teacher", "people": 24, "languages": ["en"], "trainings": ["child_protection"],
         "training_needs": ["multilingual_class", "assessment"]},
        {"role": "early_years", "people": 6, "languages": [], "trainings": ["child_protection"],
         "training_needs": ["polish_l2", "intercultural"]},
        {"role": "polish_teacher", "people": 4, "languages": ["ru"], "trainings": ["polish_l2"],
         "training_needs": ["polish_l2"]},
        {"role": "pedagogue", "people": 3, "languages": ["uk", "ru"], "trainings": ["trauma", "child_protection"],
         "training_needs": ["intercultural"]},
        {"role": "librarian", "people": 1, "languages": [], "trainings": [], "training_needs": ["intercultural"]},
    ],
    "staff_training_needs": ["polish_l2", "multilingual_class", "assessment", "antidiscrimination"],
    "staff_need_consultation": "yes_rather",
    "staff_overloaded": "yes_definitely",
    # 6 assistants
    "assistant_employed": "no",
    "assistant_ad_hoc_help": "no_rather",
    "assistant_funding_known": "no_rather",
    "assistant_need": "yes_definitely",
    "assistant_need_languages": ["uk", "ru"],
    "assistant_need_hours": 30,
    # 7 parents
    "parents_channels": ["e_journal", "messenger", "translator_app", "phone"],
    "parents_interpreter": "rarely",
    "parents_documents_translated": "no_rather",
    "parents_meetings_attendance": "some",
    "parents_involvement": "no_rather",
    "parents_polish_course": "nearby",
    "parents_polish_course_participants": 6,
    "parents_need_polish_course": "yes_definitely",
    "parents_need_interpreters": "yes_definitely",
    "parents_need_information": "yes_rather",
    # 8 support
    "support_specialists": ["pedagogue", "psychologist", "speech_therapist", "special_pedagogue"],
    "support_specialist_language": "yes",
    "support_needs_recognised": "yes_rather",
    "support_ppp_cooperation": "sometimes",
    "support_ppp_cultural": "dont_know",
    "support_trauma": "yes_rather",
    "support_opinions": 5,
    "support_need_psychological": "yes_rather",
    "support_need_diagnosis_language": "yes_rather",
    "support_waiting": 3,
    # 9 safety
    "antidiscrimination_regulation": "no",
    "incident_procedure": "adopted",
    "incident_channels": ["oral", "written", "anonymous"],
    "incident_ack_days": 2,
    "child_protection_standards": "adopted",
    "child_protection_date": "2024-08-12",
    "child_protection_translated": "no",
    "incidents_count": 2,
    "incidents_motives": ["national_origin", "language"],
    "safety_pupils_feel_safe": "yes_rather",
    "safety_staff_react": "yes_rather",
    "safety_need_training": "yes_definitely",
    "safety_conflicts": "no_rather",
    # 10 community
    "community_events": ["mother_language_day", "culture_days", "cooking"],
    "community_week_for_all": "planned",
    "community_languages_visible": "yes_rather",
    "community_pupils_mixed": "yes_rather",
    "community_participation": "no_rather",
    "community_need_integration": "yes_rather",
    "community_need_scenario": "yes_definitely",
    "community_isolation": "no_rather",
    # 11 environment
    "env_partners": ["public_library", "ngo", "municipality"],
    "env_ngo_names": "Stowarzyszenie na rzecz integracji cudzoziemców (fikcyjne)",
    "env_library": "one_of_them",
    "env_municipality_support": "yes_rather",
    "env_county_team": "dont_know",
    "env_other_schools": "no_rather",
    "env_need_partner": "yes_rather",
    "env_need_leisure": "yes_rather",
    # 12 budget
    "budget_sources": ["school_budget", "municipality"],
    "budget_extra_amount": 18500,
    "budget_rooms": "yes",
    "budget_equipment": ["dictionaries", "tablets"],
    "budget_planned": "no_rather",
    "budget_need_funding": "yes_definitely",
    "budget_need_rooms": "no_rather",
    "budget_need_amount": 96000,
    "budget_comment": "Szacunek obejmuje asystenta na pół etatu i dodatkowe godziny języka polskiego.",
}

_PREVIOUS_CHANGES: dict[str, Any] = {
    "pupils_data_date": "2024-10-01",
    "pupils_total": 414,
    "pupils_migrant_total": 51,
    "pupils_ukrainian": 38,
    "pupils_by_country": [
        {"country": "ua", "first_language": "uk", "count": 27},
        {"country": "ua", "first_language": "ru", "count": 11},
        {"country": "by", "first_language": "ru", "count": 5},
        {"country": "ge", "first_language": "ka", "count": 4},
        {"country": "vn", "first_language": "vi", "count": 2},
        {"country": "ru", "first_language": "ru", "count": 2},
    ],
    "family_languages": ["uk", "ru", "ka", "vi"],
    "pupils_grades_1_3": 17,
    "pupils_grades_4_6": 20,
    "pupils_grades_7_8": 14,
    "pupils_time_lt_1y": 12,
    "pupils_time_1_2y": 25,
    "pupils_time_gt_2y": 14,
    "pupils_polish_none": 9,
    "pupils_polish_basic": 18,
    "pupils_polish_fluent": 24,
    "pupils_needing_polish": 27,
    "arrivals_this_year": 12,
    "pupils_needs_known": "no_definitely",
    "welcome_procedure": "no",
    "welcome_first_days": "no_rather",
    "welcome_committee_exists": "no",
    "welcome_info_translated": "none",
    "polish_extra_lessons": "no",
    "polish_teachers_qualified": 0,
    "polish_waiting_pupils": 27,
    "teaching_assessment_rules": "no",
    "teaching_compensatory_classes": "no",
    "teaching_pupils_at_risk": 11,
    "staff_trained_count": 0,
    "staff_trainings_done": ["child_protection"],
    "staff_coordinator": "no",
    "staff_confidence": "no_definitely",
    "child_protection_standards": "in_preparation",
    "incident_procedure": "no",
    "incidents_count": 4,
    "safety_pupils_feel_safe": "no_rather",
    "community_events": ["none"],
    "community_week_for_all": "no",
    "parents_interpreter": "never",
    "parents_polish_course": "no",
    "budget_sources": ["school_budget"],
    "budget_extra_amount": 4000,
    "assistant_funding_known": "no_definitely",
}


def demo_answers() -> dict[str, Any]:
    """A complete, valid answer set of the fictional school (a fresh copy on every call)."""
    return copy.deepcopy(_CURRENT)


def demo_previous_answers() -> dict[str, Any]:
    """The same school one year earlier, in a worse state (a fresh copy on every call)."""
    answers = copy.deepcopy(_CURRENT)
    answers.update(copy.deepcopy(_PREVIOUS_CHANGES))
    # items that were not asked a year earlier because of the answers above
    for key in ("welcome_info_languages", "polish_hours_per_week", "polish_groups_count",
                "teaching_compensatory_subjects", "incident_channels", "incident_ack_days",
                "child_protection_date", "child_protection_translated", "parents_polish_course_participants"):
        answers.pop(key, None)
    return answers
