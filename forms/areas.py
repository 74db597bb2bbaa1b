"""The twelve areas of the needs-and-resources diagnosis.

Their ids are a contract shared by the questionnaire definitions, the scoring, the training catalogue and
the action templates (plans/ and resources/ refer to them). Titles are Polish first, with translations.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    id: str
    number: int
    title_pl: str
    title_en: str
    title_uk: str

    def title(self, lang: str = "pl") -> str:
        return {"pl": self.title_pl, "en": self.title_en, "uk": self.title_uk}.get(lang, self.title_pl)


AREAS: tuple[Area, ...] = (
    Area("pupils", 1, "Szkoła i uczniowie z doświadczeniem migracji",
         "The school and its pupils with migration experience", "Школа та учні з досвідом міграції"),
    Area("welcome", 2, "Przyjęcie i powitanie", "Admission and welcome", "Прийом і привітання"),
    Area("polish", 3, "Język polski jako drugi", "Polish as a second language", "Польська як друга мова"),
    Area("teaching", 4, "Nauczanie i ocenianie", "Teaching and assessment", "Навчання та оцінювання"),
    Area("staff", 5, "Kompetencje kadry", "Staff competences", "Компетенції персоналу"),
    Area("assistants", 6, "Asystenci", "Assistants", "Асистенти"),
    Area("parents", 7, "Współpraca z rodzicami", "Cooperation with parents", "Співпраця з батьками"),
    Area("support", 8, "Pomoc psychologiczno-pedagogiczna i współpraca z poradnią",
         "Psychological-pedagogical support and the clinic", "Психолого-педагогічна допомога та співпраця з консультацією"),
    Area("safety", 9, "Bezpieczeństwo i przeciwdziałanie dyskryminacji",
         "Safety and anti-discrimination", "Безпека та протидія дискримінації"),
    Area("community", 10, "Społeczność szkolna i kultura", "School community and culture",
         "Шкільна спільнота та культура"),
    Area("environment", 11, "Środowisko lokalne", "The local environment", "Місцеве середовище"),
    Area("budget", 12, "Zasoby i budżet", "Resources and budget", "Ресурси та бюджет"),
)

AREA_IDS: tuple[str, ...] = tuple(a.id for a in AREAS)
AREAS_BY_ID: dict[str, Area] = {a.id: a for a in AREAS}
