"""The documents a school adopts and lives by: „Tydzień dla wszystkich”, Regulamin „Bezpieczna szkoła” and the
register of incident reports. Each page follows the area-page pattern: static ``title()``, ``(ctx, rspo,
parent)``."""

from edulab_app.ui.documents.incidents_page import IncidentsPage
from edulab_app.ui.documents.regulation_page import RegulationPage
from edulab_app.ui.documents.week_page import WeekPage

__all__ = ["IncidentsPage", "RegulationPage", "WeekPage"]
