"""Reference rates (PLN) with year and source, and the overtime-hour formula (DOMAIN.md section 5)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from plans._data import entries, load_yaml
from plans.errors import DataError
from resources import resource_path

RATES_FILE = ("rates", "rates.yaml")
CONFIDENCE = ("read", "2nd", "?")
DERIVED = ("teacher_overtime_hour",)


@dataclass(frozen=True)
class Rate:
    id: str
    title: str
    unit: str
    values: tuple[tuple[int, float], ...]  # (calendar year, value), sorted by year
    source: str
    confidence: str
    verified: bool
    range: tuple[float, float] | None = None

    def value(self, year: int | None = None) -> float:
        """Value for a calendar year: the latest known year not after it (or the earliest one)."""
        if year is None:
            return self.values[-1][1]
        chosen = self.values[0][1]
        for y, v in self.values:
            if y <= year:
                chosen = v
        return chosen

    def is_extrapolated(self, year: int) -> bool:
        return year > self.values[-1][0] and len(self.values) > 1 or year < self.values[0][0]


def overtime_hour_rate(base_salary: float, weekly_load: float = 18, weeks_factor: float = 4.16) -> float:
    """One extra teaching hour = base salary / round(weekly load x 4.16) (Karta Nauczyciela art. 35)."""
    divisor = round(weekly_load * weeks_factor)
    if divisor <= 0:
        raise ValueError("tygodniowy wymiar godzin musi być dodatni")
    return round(base_salary / divisor, 2)


@dataclass(frozen=True, eq=False)
class RateTable:
    rates: Mapping[str, Rate]
    overtime_base: str
    overrides: Mapping[str, float] = None  # type: ignore[assignment]

    def with_overrides(self, overrides: Mapping[str, float] | None) -> RateTable:
        unknown = set(overrides or {}) - set(self.rates) - set(DERIVED)
        if unknown:
            raise KeyError(f"nieznane stawki: {', '.join(sorted(unknown))}")
        return RateTable(self.rates, self.overtime_base, dict(overrides or {}))

    def known_keys(self) -> frozenset[str]:
        return frozenset(self.rates) | frozenset(DERIVED)

    def value(self, key: str, year: int | None = None) -> float:
        if self.overrides and key in self.overrides:
            return float(self.overrides[key])
        if key == "teacher_overtime_hour":
            return overtime_hour_rate(self.value(self.overtime_base, year), self.value("weekly_teaching_load", year),
                                      self.value("monthly_weeks_factor", year))
        return float(self.rates[key].value(year))

    def env(self, year: int) -> dict[str, float]:
        """All rates for a calendar year, as a name -> value mapping for template expressions."""
        return {key: self.value(key, year) for key in self.known_keys()}


@functools.lru_cache(maxsize=8)
def load_rates(path: Path | None = None) -> RateTable:
    path = path or resource_path(*RATES_FILE)
    data = load_yaml(path, ("rates",))
    file = "/".join(RATES_FILE) if path == resource_path(*RATES_FILE) else str(path)
    rates: dict[str, Rate] = {}
    for e in entries(file, data, "rates"):
        if "values" in e.data:
            raw = e.get("values", dict)
            if not raw:
                e.fail("pole 'values' jest puste")
            values = []
            for year, value in raw.items():
                if not isinstance(year, int) or isinstance(value, bool) or not isinstance(value, (int, float)):
                    e.fail(f"pole 'values': para {year!r}: {value!r} nie jest parą rok: liczba")
                values.append((year, float(value)))
            values.sort()
        else:
            values = [(int(e.number("year")), float(e.number("value", positive=True)))]
        rng = e.get("range", list, None)
        if rng is not None:
            if len(rng) != 2 or not all(isinstance(x, (int, float)) for x in rng) or rng[0] > rng[1]:
                e.fail("pole 'range' ma być parą [od, do]")
            if not all(rng[0] <= v <= rng[1] for _, v in values):
                e.fail(f"wartość domyślna leży poza przedziałem {rng}")
        confidence = e.choice("confidence", CONFIDENCE)
        verified = e.get("verified", bool)
        if verified and confidence != "read":
            e.fail("verified: true dozwolone tylko dla faktów oznaczonych 'read'")
        rates[e.data["id"]] = Rate(e.data["id"], e.text("title"), e.text("unit"), tuple(values), e.text("source"),
                                   confidence, verified, tuple(rng) if rng else None)
    base = data.get("overtime_base")
    if base not in rates:
        raise DataError(file, "overtime_base", f"nieznana stawka bazowa {base!r}")
    for needed in ("weekly_teaching_load", "monthly_weeks_factor", "minimum_wage"):
        if needed not in rates:
                raise DataError(file, "rates", f"brak wymaganej stawki '{needed}'")
    return RateTable(rates, base, {})
