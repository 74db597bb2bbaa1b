"""School calendar: school years, lesson periods, holidays and month arithmetic.

Months are handled as ``(year, month)`` tuples ("YearMonth"). A school year "2026/2027" runs from
1 Sept 2026 to 31 Aug 2027; lessons end on the last Friday of June; July and August are summer holidays.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from plans._data import entries, load_yaml
from plans.errors import DataError
from resources import resource_path

YearMonth = tuple[int, int]
SUMMER_MONTHS = (7, 8)
BREAK_KINDS = ("christmas", "winter", "easter")


def parse_school_year(school_year: str) -> int:
    """'2026/2027' -> 2026; raises ValueError on anything else."""
    try:
        first, second = (int(p) for p in school_year.split("/"))
    except (ValueError, AttributeError):
        raise ValueError(f"rok szkolny {school_year!r} ma mieć postać RRRR/RRRR") from None
    if second != first + 1:
        raise ValueError(f"rok szkolny {school_year!r}: drugi rok ma być o jeden większy")
    return first


def school_year_id(start_year: int) -> str:
    return f"{start_year}/{start_year + 1}"


def school_year_of(day: dt.date | YearMonth) -> str:
    year, month = (day.year, day.month) if isinstance(day, dt.date) else day
    return school_year_id(year if month >= 9 else year - 1)


def add_months(ym: YearMonth, n: int) -> YearMonth:
    index = ym[0] * 12 + (ym[1] - 1) + n
    return (index // 12, index % 12 + 1)


def month_index(ym: YearMonth) -> int:
    return ym[0] * 12 + ym[1] - 1


def months_between(start: YearMonth, end: YearMonth) -> int:
    """Number of months from start to end, both included (0 if end is before start)."""
    return max(0, month_index(end) - month_index(start) + 1)


def iter_months(start: YearMonth, end: YearMonth):
    for i in range(months_between(start, end)):
        yield add_months(start, i)


def is_summer_month(ym: YearMonth) -> bool:
    return ym[1] in SUMMER_MONTHS


def lesson_months(school_year: str) -> list[YearMonth]:
    """September to June of a school year: the months in which lessons run."""
    start = parse_school_year(school_year)
    return [add_months((start, 9), i) for i in range(10)]


def last_friday_of_june(year: int) -> dt.date:
    day = dt.date(year, 6, 30)
    return day - dt.timedelta(days=(day.weekday() - 4) % 7)


def term_of(day: dt.date) -> str:
    """'2026/2027 I' (September–January) or '2026/2027 II' (February–August)."""
    return f"{school_year_of(day)} {'I' if day.month >= 9 or day.month == 1 else 'II'}"


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    return dt.date(year, month, (h + ell - 7 * m + 114) % 31 + 1)


def public_holidays(year: int) -> set[dt.date]:
    """Polish public holidays falling on school days (fixed ones and Corpus Christi)."""
    fixed = {(1, 1), (1, 6), (5, 1), (5, 3), (8, 15), (11, 1), (11, 11), (12, 24), (12, 25), (12, 26)}
    days = {dt.date(year, m, d) for m, d in fixed}
    easter = easter_sunday(year)
    days |= {easter + dt.timedelta(days=1), easter + dt.timedelta(days=60)}
    return days


@dataclass(frozen=True)
class Break:
    kind: str
    start: dt.date
    end: dt.date
    verified: bool
    source: str
    assumption: bool = False

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class SchoolYear:
    id: str
    lessons_start: dt.date
    lessons_end: dt.date
    breaks: tuple[Break, ...]

    @property
    def start(self) -> dt.date:
        return dt.date(parse_school_year(self.id), 9, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(parse_school_year(self.id) + 1, 8, 31)

    def is_break(self, day: dt.date) -> bool:
        return any(b.contains(day) for b in self.breaks)

    def is_lesson_day(self, day: dt.date) -> bool:
        if not self.lessons_start <= day <= self.lessons_end or day.weekday() >= 5:
            return False
        return not self.is_break(day) and day not in public_holidays(day.year)

    @functools.cached_property
    def lesson_days(self) -> int:
        days, day = 0, self.lessons_start
        while day <= self.lessons_end:
            days += self.is_lesson_day(day)
            day += dt.timedelta(days=1)
        return days

    @property
    def lesson_weeks(self) -> float:
        """Lesson days / 5, rounded to one decimal: the number of weeks weekly hours are paid for."""
        return round(self.lesson_days / 5, 1)

    @functools.cached_property
    def lesson_days_by_month(self) -> dict[YearMonth, int]:
        """Lesson days in each month of the school year (counted once)."""
        counts: dict[YearMonth, int] = {}
        day = self.lessons_start
        while day <= self.lessons_end:
            if self.is_lesson_day(day):
                counts[(day.year, day.month)] = counts.get((day.year, day.month), 0) + 1
            day += dt.timedelta(days=1)
        return counts

    def lesson_weeks_between(self, start: YearMonth, end: YearMonth) -> float:
        """Lesson weeks (lesson days / 5, one decimal) in the months ``start``..``end`` of this school year."""
        lo, hi = month_index(start), month_index(end)
        days = sum(n for ym, n in self.lesson_days_by_month.items() if lo <= month_index(ym) <= hi)
        return round(days / 5, 1)

    def winter_break(self) -> Break | None:
        return next((b for b in self.breaks if b.kind == "winter"), None)


@dataclass(frozen=True, eq=False)
class SchoolCalendar:
    region: str
    title: str
    source: str
    years: Mapping[str, SchoolYear]

    def year(self, school_year: str) -> SchoolYear:
        try:
            return self.years[school_year]
        except KeyError:
            known = ", ".join(self.years)
            raise KeyError(f"kalendarz '{self.region}' nie zawiera roku szkolnego {school_year} (są: {known})") from None

    def lesson_weeks(self, school_year: str) -> float:
        return self.year(school_year).lesson_weeks


@functools.lru_cache(maxsize=8)
def load_calendar(region: str = "pomorskie", path: Path | None = None) -> SchoolCalendar:
    path = path or resource_path("calendars", f"{region}.yaml")
    file = f"calendars/{region}.yaml" if path == resource_path("calendars", f"{region}.yaml") else str(path)
    data = load_yaml(path, ("region", "school_years"))
    years: dict[str, SchoolYear] = {}
    previous_end = None
    for e in entries(file, data, "school_years"):
        try:
            start_year = parse_school_year(e.data["id"])
        except ValueError as exc:
            e.fail(str(exc))
        ls, le = e.date("lessons_start"), e.date("lessons_end")
        if ls < dt.date(start_year, 9, 1) or ls > dt.date(start_year, 9, 7):
            e.fail(f"lessons_start {ls} nie wypada w pierwszym tygodniu września {start_year}")
        if le != last_friday_of_june(start_year + 1):
            e.fail(f"lessons_end {le} nie jest ostatnim piątkiem czerwca ({last_friday_of_june(start_year + 1)})")
        if previous_end is not None and start_year != previous_end:
            e.fail("lata szkolne mają następować po sobie bez przerw")
        previous_end = start_year + 1
        breaks = []
        raw_breaks = e.get("breaks", list)
        for i, raw in enumerate(raw_breaks):
            b = type(e)(file, f"{e.entry}.breaks[{i}]", raw)
            kind = b.choice("kind", BREAK_KINDS)
            start, end = b.date("start"), b.date("end")
            if end < start:
                b.fail(f"koniec przerwy {end} przed jej początkiem {start}")
            if not ls < start <= end < le:
                b.fail("przerwa ma leżeć w okresie zajęć dydaktycznych")
            breaks.append(Break(kind, start, end, b.get("verified", bool), str(b.data.get("source", "")),
                                bool(b.data.get("assumption", False))))
        kinds = sorted(b.kind for b in breaks)
        if kinds != sorted(BREAK_KINDS):
            e.fail(f"oczekiwano przerw: {', '.join(BREAK_KINDS)}; są: {', '.join(kinds)}")
        years[e.data["id"]] = SchoolYear(e.data["id"], ls, le, tuple(sorted(breaks, key=lambda b: b.start)))
    if data["region"] != region:
        raise DataError(file, "region", f"plik opisuje region {data['region']!r}, oczekiwano {region!r}")
    return SchoolCalendar(region, str(data.get("title", region)), str(data.get("source", "")), years)
