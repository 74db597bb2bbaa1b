"""Staff roles used by the catalogue, templates and staff assignment (ids English, labels Polish)."""

from __future__ import annotations

ROLES: dict[str, str] = {
    "director": "dyrektor",
    "deputy_director": "wicedyrektor",
    "coordinator": "koordynator ds. uczniów z doświadczeniem migracji",
    "teacher": "nauczyciel",
    "polish_teacher": "nauczyciel języka polskiego",
    "form_tutor": "wychowawca",
    "school_pedagogue": "pedagog szkolny",
    "psychologist": "psycholog",
    "special_educator": "pedagog specjalny",
    "speech_therapist": "logopeda",
    "librarian": "bibliotekarz",
    "intercultural_assistant": "asystent międzykulturowy",
    "teaching_assistant": "pomoc nauczyciela",
    "office": "pracownik sekretariatu",
}

ROLE_IDS: frozenset[str] = frozenset(ROLES)


def role_label(role: str) -> str:
    return ROLES.get(role, role)
