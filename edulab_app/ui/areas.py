"""The areas of the product shown in the navigator. Only areas that work are listed here.

Each entry has a key, its translated title and the page class as "module:Class". The class is imported
only when the area is first shown, so start-up pays for the school profile page alone.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: Callable[[], str]  # the translated title (a literal translate() call, so lupdate sees it)
    page_path: str  # "module:Class": page(ctx, rspo, parent)
    group: str = "school"  # the navigator's heading it stands under (GROUPS)

    def page_class(self):
        module, name = self.page_path.split(":")
        return getattr(importlib.import_module(module), name)


def groups() -> dict[str, str]:
    """Headings of the navigator, in order."""
    return {
        "school": QCoreApplication.translate("Areas", "Szkoła"),
        "plan": QCoreApplication.translate("Areas", "Diagnoza i plan"),
        "support": QCoreApplication.translate("Areas", "Wsparcie (dane chronione)"),
        "documents": QCoreApplication.translate("Areas", "Bezpieczna i włączająca szkoła"),
    }


def _areas() -> tuple[AreaSpec, ...]:
    return (
        AreaSpec("school", lambda: QCoreApplication.translate("Areas", "Profil szkoły"), "edulab_app.ui.school_page:SchoolPage"),
        AreaSpec("diagnosis", lambda: QCoreApplication.translate("Areas", "Diagnoza"), "edulab_app.ui.diagnosis.page:DiagnosisPage", "plan"),
        AreaSpec("diagnosis_report", lambda: QCoreApplication.translate("Areas", "Wyniki diagnozy"),
                 "edulab_app.ui.diagnosis.report:DiagnosisReportPage", "plan"),
        AreaSpec("plan", lambda: QCoreApplication.translate("Areas", "Plan działania"), "edulab_app.ui.plan:PlanPage",
                 "plan"),
        AreaSpec("committee", lambda: QCoreApplication.translate("Areas", "Komitet powitalny"),
                 "edulab_app.ui.tracking.committee_page:CommitteePage", "support"),
        AreaSpec("assistants", lambda: QCoreApplication.translate("Areas", "Asystenci"),
                 "edulab_app.ui.tracking.assistants_page:AssistantsPage", "support"),
        AreaSpec("pupils", lambda: QCoreApplication.translate("Areas", "Uczniowie"),
                 "edulab_app.ui.tracking.pupils_page:PupilsPage", "support"),
        AreaSpec("assessments", lambda: QCoreApplication.translate("Areas", "Opinie i orzeczenia"),
                 "edulab_app.ui.tracking.assessments_page:AssessmentsPage", "support"),
        AreaSpec("week", lambda: QCoreApplication.translate("Areas", "Tydzień dla wszystkich"),
                 "edulab_app.ui.documents.week_page:WeekPage", "documents"),
        AreaSpec("safe_school", lambda: QCoreApplication.translate("Areas", "Bezpieczna szkoła"),
                 "edulab_app.ui.documents.regulation_page:RegulationPage", "documents"),
        AreaSpec("incidents", lambda: QCoreApplication.translate("Areas", "Zgłoszenia incydentów"),
                 "edulab_app.ui.documents.incidents_page:IncidentsPage", "documents"),
    )


def areas() -> tuple[AreaSpec, ...]:
    return _areas()


def area_title(key: str) -> str:
    return next(spec.title() for spec in _areas() if spec.key == key)
