"""Polish wording and number formats shared by the PDF and XLSX exports."""

from __future__ import annotations

import datetime as dt

from forms.areas import AREAS_BY_ID
from plans.calendar import YearMonth
from plans.catalogue import COST_CATEGORY_LABELS, FUNDING_SOURCE_LABELS
from plans.roles import role_label
from plans.tracking import STATUS_LABELS

MONTHS_SHORT = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
MONTH_NAMES = ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
               "październik", "listopad", "grudzień")
KIND_LABELS = {"activity": "działanie", "training": "szkolenie"}
PRIORITY_KIND_LABELS = {"critical": "krytyczny", "gap": "luka potrzeb", "lowest": "najniższe zasoby"}
SEVERITY_LABELS = {"error": "błąd", "warning": "ostrzeżenie", "info": "informacja"}

__all__ = ["COST_CATEGORY_LABELS", "FUNDING_SOURCE_LABELS", "role_label", "STATUS_LABELS", "area_title",
           "category_label", "source_label", "status_label", "pln", "number", "pl_date", "pl_datetime",
           "month_label", "month_range", "percent"]


def area_title(area_id: str, lang: str = "pl") -> str:
    area = AREAS_BY_ID.get(area_id)
    return area.title(lang) if area else area_id


def area_number(area_id: str) -> int:
    area = AREAS_BY_ID.get(area_id)
    return area.number if area else 0


def category_label(category: str) -> str:
    return COST_CATEGORY_LABELS.get(category, category)


def source_label(source: str) -> str:
    return FUNDING_SOURCE_LABELS.get(source, source)


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def number(value: float | None, decimals: int = 0) -> str:
    """12345.5 -> '12 345,5' style Polish grouping (non-breaking space), '—' for None."""
    if value is None:
        return "—"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u00a0").replace(".", ",")


def pln(value: float | None) -> str:
    return "—" if value is None else f"{number(value, 2)}\u00a0zł"


def percent(part: float, whole: float) -> str:
    return "—" if not whole else f"{number(100 * part / whole, 1)}%"


def pl_date(day: dt.date | None) -> str:
    return "—" if day is None else day.strftime("%d.%m.%Y")


def pl_datetime(moment: dt.datetime) -> str:
    return moment.strftime("%d.%m.%Y, %H:%M")


def month_label(ym: YearMonth) -> str:
    return f"{ym[1]:02d}.{ym[0]}"


def month_range(start: YearMonth, end: YearMonth) -> str:
    return month_label(start) if start == end else f"{month_label(start)} – {month_label(end)}"
