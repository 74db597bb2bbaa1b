"""The diagnosis in the window: the questionnaire page and the report page."""

from edulab_app.ui.diagnosis.page import DiagnosisPage
from edulab_app.ui.diagnosis.report import DiagnosisReportPage

__all__ = ["DiagnosisPage", "DiagnosisReportPage"]
