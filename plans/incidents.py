"""The incident register of "Bezpieczna szkoła": the response procedure (steps, deadlines as settings), one
report with its steps, status, overdue steps, closing, and the statistics per school year.

The default steps and deadlines live in ``resources/documents/incident-procedure.yaml``; they are common
practice elsewhere, not Polish law (DOMAIN.md section 6), so a school may override them
(:meth:`Procedure.with_overrides`). A deadline in **school days** counts the lesson days of the school
calendar from the day after the report (weekends, public holidays, Christmas/winter/Easter breaks and the
summer holidays are skipped) and falls due at the end of that day; a deadline in **hours** runs from the
moment of the report. Deadlines are fixed when a report is opened: changing the settings later does not
move the deadlines of reports already in the register.

Pure Python: the description, the persons (pseudonyms) and the outcome are plain text here; the application
stores them encrypted.
"""

from __future__ import annotations

import datetime as dt
import functools
import statistics as stats
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from plans._data import Entry, entries, load_yaml
from plans.calendar import SchoolCalendar, parse_school_year, public_holidays, school_year_of
from plans.errors import DataError
from resources import resource_path

PROCEDURE_FILE = ("documents", "incident-procedure.yaml")
UNITS = ("school_days", "hours", "calendar_days")
LANGS = ("pl", "uk", "en", "ru")
REPORTER_KINDS = ("anonymous", "pupil", "parent", "staff", "other")
STATUSES = ("open", "in_progress", "closed")
UNIT_LABELS_PL = {"school_days": ("dzień nauki szkolnej", "dni nauki szkolnej"), "hours": ("godzina", "godziny", "godzin"),
                  "calendar_days": ("dzień", "dni")}
END_OF_DAY = dt.time(23, 59)
MAX_TEXT = 20_000
MAX_PERSONS = 30


# --- validation problems shared by the document modules ------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One problem with an input, naming the field (e.g. ``dates[2]``, ``people.coordinator``)."""

    field: str
    message: str


class InputProblems(ValueError):
    """The input cannot be accepted; ``problems`` name each field and say what is wrong, in Polish."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(p.message for p in self.problems))


# --- the procedure -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Deadline:
    value: int
    unit: str  # school_days | hours | calendar_days

    def label_pl(self) -> str:
        """'2 dni nauki szkolnej', '24 godziny', '1 dzień'."""
        return f"{self.value} {_plural_pl(self.value, UNIT_LABELS_PL[self.unit])}"

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit}


def _plural_pl(n: int, forms: tuple[str, ...]) -> str:
    if len(forms) == 2:
        return forms[0] if n == 1 else forms[1]
    one, few, many = forms
    if n == 1:
        return one
    return few if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else many


def _within_form(lang: str, n: int) -> int:
    """0 = the singular form after "within n", 1 = the plural one."""
    if lang in ("uk", "ru"):
        return 0 if n % 10 == 1 and n % 100 != 11 else 1
    return 0 if n == 1 else 1


@dataclass(frozen=True)
class StepRule:
    id: str
    title: str
    description: str
    deadline: Deadline
    ranges: Mapping[str, tuple[int, int]]
    family: Mapping[str, str]
    assumption: bool = False


@dataclass(frozen=True, eq=False)
class Procedure:
    title: str
    legal_status: str
    legal_note: str
    source: str
    verified: bool
    steps: tuple[StepRule, ...]
    motives: Mapping[str, Mapping[str, str]]  # id -> {lang: label}, in file order
    reporter_kinds: Mapping[str, str]  # id -> Polish label
    statuses: Mapping[str, str]
    units: Mapping[str, Mapping[str, tuple[str, str]]]
    within: Mapping[str, str]
    overridden: frozenset[str] = frozenset()  # step ids whose deadline differs from the shipped default

    def step(self, step_id: str) -> StepRule:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(f"procedura nie ma kroku „{step_id}”")

    def motive_label(self, motive: str, lang: str = "pl") -> str:
        labels = self.motives.get(motive)
        return labels.get(lang, labels["pl"]) if labels else motive

    def deadline_text(self, step: StepRule | str, lang: str = "pl") -> str:
        """'w ciągu 2 dni nauki szkolnej', 'протягом 24 годин', 'within 2 school days'."""
        rule = self.step(step) if isinstance(step, str) else step
        n = rule.deadline.value
        unit = self.units[rule.deadline.unit][lang][_within_form(lang, n)]
        return self.within[lang].format(n=n, unit=unit)

    def deadlines(self) -> dict[str, dict[str, Any]]:
        return {s.id: s.deadline.to_dict() for s in self.steps}

    def with_overrides(self, overrides: Mapping[str, Any] | None) -> Procedure:
        """The procedure with the deadlines a school or install set: ``{step id: {"value": n, "unit": u}}``.

        Raises :class:`InputProblems` naming ``deadlines.<step id>`` for an unknown step, unit or a value
        outside the step's range."""
        if not overrides:
            return self
        problems: list[Problem] = []
        steps = {s.id: s for s in self.steps}
        changed = set(self.overridden)
        for step_id, raw in overrides.items():
            name = f"deadlines.{step_id}"
            rule = steps.get(step_id)
            if rule is None:
                problems.append(Problem(name, f"„Terminy”: procedura nie ma kroku „{step_id}” "
                                              f"(są: {', '.join(steps)})."))
                continue
            if isinstance(raw, Deadline):
                raw = raw.to_dict()
            value, unit = (raw or {}).get("value"), (raw or {}).get("unit", rule.deadline.unit)
            if unit not in UNITS:
                problems.append(Problem(name, f"„{rule.title}”: nieznana jednostka terminu „{unit}” "
                                              f"(dozwolone: {', '.join(UNITS)})."))
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value:
                problems.append(Problem(name, f"„{rule.title}”: termin ma być liczbą całkowitą."))
                continue
            lo, hi = rule.ranges.get(unit, (1, 365))
            if not lo <= value <= hi:
                problems.append(Problem(name, f"„{rule.title}”: termin {int(value)} "
                                              f"{_plural_pl(int(value), UNIT_LABELS_PL[unit])} jest poza "
                                              f"dopuszczalnym zakresem {lo}–{hi}."))
                continue
            deadline = Deadline(int(value), unit)
            if deadline != rule.deadline:
                steps[step_id] = replace(rule, deadline=deadline)
                changed.add(step_id)
        if problems:
            raise InputProblems(problems)
        return replace(self, steps=tuple(steps[s.id] for s in self.steps), overridden=frozenset(changed))


def _lang_map(e: Entry, key: str, required: tuple[str, ...] = LANGS) -> dict[str, str]:
    value = e.get(key, dict)
    missing = [lang for lang in required if not isinstance(value.get(lang), str) or not value[lang].strip()]
    if missing:
        e.fail(f"pole '{key}': brak tekstu w językach {', '.join(missing)}")
    return {k: str(v) for k, v in value.items()}


@functools.lru_cache(maxsize=4)
def load_procedure(path: Path | None = None) -> Procedure:
    path = path or resource_path(*PROCEDURE_FILE)
    file = "/".join(PROCEDURE_FILE) if path == resource_path(*PROCEDURE_FILE) else str(path)
    data = load_yaml(path, ("title", "legal_status", "steps", "motives", "reporter_kinds", "statuses", "units",
                            "within"))
    top = Entry(file, "(plik)", data)
    if data["legal_status"] != "common_practice":
        top.fail("legal_status: procedura nie jest przepisem prawa — oczekiwano 'common_practice'")
    units: dict[str, dict[str, tuple[str, str]]] = {}
    for unit in UNITS:
        forms = data["units"].get(unit) if isinstance(data["units"], dict) else None
        if not isinstance(forms, dict):
            raise DataError(file, "units", f"brak jednostki '{unit}'")
        units[unit] = {}
        for lang in LANGS:
            pair = forms.get(lang)
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) and x for x in pair)):
                raise DataError(file, f"units.{unit}", f"język {lang}: oczekiwano dwóch form [jeden, wiele]")
            units[unit][lang] = (pair[0], pair[1])
    within = _lang_map(top, "within")
    for lang, text in within.items():
        if "{n}" not in text or "{unit}" not in text:
            raise DataError(file, "within", f"język {lang}: tekst ma zawierać {{n}} i {{unit}}")
    steps = []
    for e in entries(file, data, "steps"):
        d = Entry(file, f"{e.entry}.deadline", e.get("deadline", dict))
        unit = d.choice("unit", UNITS)
        value = d.number("value", positive=True)
        if int(value) != value:
            d.fail("pole 'value' ma być liczbą całkowitą")
        ranges = {}
        for u, pair in (e.get("range", dict, {}) or {}).items():
            if u not in UNITS or not (isinstance(pair, list) and len(pair) == 2 and 0 < pair[0] <= pair[1]):
                e.fail(f"pole 'range': niepoprawny zakres dla '{u}'")
            ranges[u] = (int(pair[0]), int(pair[1]))
        if unit in ranges and not ranges[unit][0] <= value <= ranges[unit][1]:
            e.fail(f"termin domyślny {value} leży poza zakresem {ranges[unit]}")
        steps.append(StepRule(e.data["id"], e.text("title"), " ".join(e.text("description").split()),
                              Deadline(int(value), unit), ranges, _lang_map(e, "family"),
                              bool(e.data.get("assumption", False))))
    motives: dict[str, dict[str, str]] = {}
    for e in entries(file, data, "motives"):
        motives[e.data["id"]] = {lang: e.text(lang) for lang in LANGS}
    kinds = {e.data["id"]: e.text("pl") for e in entries(file, data, "reporter_kinds")}
    if tuple(kinds) != REPORTER_KINDS:
        raise DataError(file, "reporter_kinds", f"oczekiwano: {', '.join(REPORTER_KINDS)}")
    statuses = {e.data["id"]: e.text("pl") for e in entries(file, data, "statuses")}
    if tuple(statuses) != STATUSES:
        raise DataError(file, "statuses", f"oczekiwano: {', '.join(STATUSES)}")
    return Procedure(top.text("title"), data["legal_status"], " ".join(top.text("legal_note").split()),
                     top.text("source"), bool(data.get("verified", False)), tuple(steps), motives, kinds, statuses,
                     units, within)


# --- school days ---------------------------------------------------------------------------------------------


def is_school_day(day: dt.date, calendar: SchoolCalendar | None) -> bool:
    """A day of lessons in the calendar; outside the calendar's years: a weekday that is not a public holiday."""
    if calendar is not None:
        year = calendar.years.get(school_year_of(day))
        if year is not None:
            return year.is_lesson_day(day)
    return day.weekday() < 5 and day not in public_holidays(day.year)


def add_school_days(start: dt.date, n: int, calendar: SchoolCalendar | None) -> dt.date:
    """The n-th school day after ``start`` (``start`` itself is not counted)."""
    if n < 1:
        raise ValueError("liczba dni nauki ma być dodatnia")
    day, counted = start, 0
    for _ in range(3 * 366):  # bounded: a calendar without school days cannot loop for ever
        day += dt.timedelta(days=1)
        if is_school_day(day, calendar):
            counted += 1
            if counted == n:
                return day
    raise ValueError(f"w kalendarzu nie ma {n} dni nauki po {start:%d.%m.%Y}")


def school_days_between(start: dt.date, end: dt.date, calendar: SchoolCalendar | None) -> int:
    """School days after ``start`` up to and including ``end`` (0 when end is not after start)."""
    days, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        days += is_school_day(day, calendar)
    return days


def due_at(deadline: Deadline, reported_at: dt.datetime, calendar: SchoolCalendar | None) -> dt.datetime:
    if deadline.unit == "hours":
        return reported_at + dt.timedelta(hours=deadline.value)
    if deadline.unit == "calendar_days":
        return dt.datetime.combine(reported_at.date() + dt.timedelta(days=deadline.value), END_OF_DAY)
    return dt.datetime.combine(add_school_days(reported_at.date(), deadline.value, calendar), END_OF_DAY)


# --- one report ----------------------------------------------------------------------------------------------


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="minutes") if moment else None


def _from_iso(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    due: dt.datetime
    deadline: Deadline
    responsible: str = ""
    done_at: dt.datetime | None = None
    done_by: str = ""

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    def overdue(self, now: dt.datetime) -> bool:
        return not self.is_done and now > self.due

    @property
    def done_late(self) -> bool:
        return self.done_at is not None and self.done_at > self.due

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "due": _iso(self.due), "deadline": self.deadline.to_dict(),
                "responsible": self.responsible, "done_at": _iso(self.done_at), "done_by": self.done_by}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Step:
        return cls(d["id"], d["title"], _from_iso(d["due"]), Deadline(int(d["deadline"]["value"]),
                                                                      d["deadline"]["unit"]),
                   d.get("responsible", ""), _from_iso(d.get("done_at")), d.get("done_by", ""))


@dataclass(frozen=True)
class Incident:
    ref: str  # the register's reference, e.g. "2026/2027-3"
    reported_at: dt.datetime
    reporter_kind: str
    motives: tuple[str, ...]
    description: str
    persons: tuple[str, ...]  # pseudonyms, never names
    responsible: str
    steps: tuple[Step, ...]
    outcome: str = ""
    closed_at: dt.datetime | None = None

    @property
    def school_year(self) -> str:
        return school_year_of(self.reported_at.date())

    @property
    def status(self) -> str:
        if self.closed_at is not None:
            return "closed"
        return "in_progress" if any(s.is_done for s in self.steps) else "open"

    def step(self, step_id: str) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)

    def overdue_steps(self, now: dt.datetime) -> tuple[Step, ...]:
        if self.closed_at is not None:
            return ()
        return tuple(s for s in self.steps if s.overdue(now))

    def is_overdue(self, now: dt.datetime) -> bool:
        return bool(self.overdue_steps(now))

    @property
    def next_step(self) -> Step | None:
        if self.closed_at is not None:
            return None
        return next((s for s in self.steps if not s.is_done), None)

    @property
    def days_to_close(self) -> float | None:
        if self.closed_at is None:
            return None
        return round((self.closed_at - self.reported_at).total_seconds() / 86400, 1)


def _clean_text(text: str) -> str:
    return "\n".join(line.rstrip() for line in (text or "").replace("\r\n", "\n").strip().split("\n"))


def clean_persons(persons: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(p.split()) for p in persons if p and p.strip()))


def validate_report(procedure: Procedure, reported_at: dt.datetime | None, reporter_kind: str,
                    motives: Sequence[str], description: str, persons: Sequence[str], responsible: str,
                    now: dt.datetime | None = None) -> list[Problem]:
    problems = []
    if reported_at is None:
        problems.append(Problem("reported_at", "„Data zgłoszenia”: pole jest wymagane."))
    elif now is not None and reported_at > now + dt.timedelta(minutes=5):
        problems.append(Problem("reported_at", "„Data zgłoszenia”: data nie może być z przyszłości."))
    if reporter_kind not in REPORTER_KINDS:
        problems.append(Problem("reporter_kind", f"„Kto zgłasza”: nieznany rodzaj „{reporter_kind}” "
                                                 f"(dozwolone: {', '.join(REPORTER_KINDS)})."))
    if not motives:
        problems.append(Problem("motives", "„Motyw”: wybierz co najmniej jeden motyw (albo „inny motyw”)."))
    unknown = [m for m in motives if m not in procedure.motives]
    if unknown:
        problems.append(Problem("motives", f"„Motyw”: nieznany motyw {', '.join(unknown)} "
                                           f"(dozwolone: {', '.join(procedure.motives)})."))
    text = _clean_text(description)
    if not text:
        problems.append(Problem("description", "„Opis zdarzenia”: pole jest wymagane."))
    elif len(text) > MAX_TEXT:
        problems.append(Problem("description", f"„Opis zdarzenia”: najwyżej {MAX_TEXT} znaków."))
    cleaned = clean_persons(persons)
    if len(cleaned) > MAX_PERSONS:
        problems.append(Problem("persons", f"„Osoby, których dotyczy”: najwyżej {MAX_PERSONS} pseudonimów."))
    if any(len(p) > 40 for p in cleaned):
        problems.append(Problem("persons", "„Osoby, których dotyczy”: pseudonim ma najwyżej 40 znaków "
                                           "(np. U-7K2M9QXA albo „Uczeń A”) — nie wpisuj imion i nazwisk."))
    if not " ".join((responsible or "").split()):
        problems.append(Problem("responsible", "„Osoba odpowiedzialna”: pole jest wymagane."))
    elif len(responsible) > 200:
        problems.append(Problem("responsible", "„Osoba odpowiedzialna”: najwyżej 200 znaków."))
    return problems


def open_incident(ref: str, reported_at: dt.datetime, reporter_kind: str, motives: Sequence[str],
                  description: str, persons: Sequence[str], responsible: str, procedure: Procedure,
                  calendar: SchoolCalendar | None, *, now: dt.datetime | None = None) -> Incident:
    """A new report with the procedure's steps and their deadlines (computed now, from the settings in force)."""
    problems = validate_report(procedure, reported_at, reporter_kind, motives, description, persons, responsible,
                               now)
    if problems:
        raise InputProblems(problems)
    responsible = " ".join(responsible.split())
    steps = tuple(Step(r.id, r.title, due_at(r.deadline, reported_at, calendar), r.deadline, responsible)
                  for r in procedure.steps)
    return Incident(ref, reported_at.replace(second=0, microsecond=0), reporter_kind,
                    tuple(dict.fromkeys(motives)), _clean_text(description), clean_persons(persons), responsible,
                    steps)


def _with_step(incident: Incident, step_id: str, **changes) -> Incident:
    if incident.closed_at is not None:
        raise InputProblems([Problem("status", "Zgłoszenie jest zamknięte — jego kroków nie można zmieniać.")])
    try:
        incident.step(step_id)
    except KeyError:
        raise InputProblems([Problem("step", f"„Krok”: zgłoszenie nie ma kroku „{step_id}” "
                                             f"(są: {', '.join(s.id for s in incident.steps)}).")]) from None
    return replace(incident, steps=tuple(replace(s, **changes) if s.id == step_id else s for s in incident.steps))


def complete_step(incident: Incident, step_id: str, done_at: dt.datetime, by: str = "") -> Incident:
    if done_at < incident.reported_at:
        raise InputProblems([Problem("done_at", "„Data wykonania”: krok nie może być wykonany przed "
                                                f"zgłoszeniem ({incident.reported_at:%d.%m.%Y %H:%M}).")])
    return _with_step(incident, step_id, done_at=done_at.replace(second=0, microsecond=0), done_by=by)


def reopen_step(incident: Incident, step_id: str) -> Incident:
    return _with_step(incident, step_id, done_at=None, done_by="")


def set_step_responsible(incident: Incident, step_id: str, responsible: str) -> Incident:
    name = " ".join((responsible or "").split())
    if not name or len(name) > 200:
        raise InputProblems([Problem("responsible", "„Osoba odpowiedzialna”: podaj od 1 do 200 znaków.")])
    return _with_step(incident, step_id, responsible=name)


def close(incident: Incident, outcome: str, closed_at: dt.datetime) -> Incident:
    """Close the report with its outcome; steps left undone stay recorded as not done."""
    problems = []
    if incident.closed_at is not None:
        problems.append(Problem("status", "Zgłoszenie jest już zamknięte."))
    text = _clean_text(outcome)
    if not text:
        problems.append(Problem("outcome", "„Wynik”: opisz, jak zakończyła się sprawa."))
    elif len(text) > MAX_TEXT:
        problems.append(Problem("outcome", f"„Wynik”: najwyżej {MAX_TEXT} znaków."))
    if closed_at < incident.reported_at:
        problems.append(Problem("closed_at", "„Data zamknięcia”: nie może być wcześniejsza niż zgłoszenie."))
    if problems:
        raise InputProblems(problems)
    return replace(incident, outcome=text, closed_at=closed_at.replace(second=0, microsecond=0))


# --- statistics ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncidentStats:
    """Counts only (no description, no persons): for the plan's monitoring and the exchange package."""

    school_year: str
    total: int
    by_motive: Mapping[str, int]
    by_status: Mapping[str, int]
    by_reporter_kind: Mapping[str, int]
    closed: int
    open_overdue: int
    steps_done_late: int
    median_days_to_close: float | None
    mean_days_to_close: float | None
    anonymous_share: float | None = field(default=None)
    closed_without_delay: int = 0  # closed reports whose every step done was done by its deadline

    @property
    def closed_without_delay_share(self) -> float | None:
        """For the indicator "Zgłoszenia wyjaśnione w ustalonym terminie" of the plan's action."""
        return round(self.closed_without_delay / self.closed, 3) if self.closed else None

    def to_dict(self) -> dict[str, Any]:
        return {"school_year": self.school_year, "total": self.total, "by_motive": dict(self.by_motive),
                "by_status": dict(self.by_status), "by_reporter_kind": dict(self.by_reporter_kind),
                "closed": self.closed, "open_overdue": self.open_overdue, "steps_done_late": self.steps_done_late,
                "median_days_to_close": self.median_days_to_close, "mean_days_to_close": self.mean_days_to_close,
                "anonymous_share": self.anonymous_share, "closed_without_delay": self.closed_without_delay}


def statistics(incidents: Iterable[Incident], school_year: str, now: dt.datetime | None = None,
               motives: Iterable[str] = ()) -> IncidentStats:
    """Counts of the reports made in ``school_year`` (1 Sept – 31 Aug): by motive (a report with two motives
    counts for both), by status and by who reported; overdue open reports at ``now``; days to close."""
    parse_school_year(school_year)
    now = now or dt.datetime.now()
    found = [i for i in incidents if i.school_year == school_year]
    by_motive = dict.fromkeys(motives, 0)
    for i in found:
        for m in i.motives:
            by_motive[m] = by_motive.get(m, 0) + 1
    by_status = dict.fromkeys(STATUSES, 0)
    by_kind = dict.fromkeys(REPORTER_KINDS, 0)
    for i in found:
        by_status[i.status] += 1
        by_kind[i.reporter_kind] = by_kind.get(i.reporter_kind, 0) + 1
    days = [i.days_to_close for i in found if i.days_to_close is not None]
    return IncidentStats(
        school_year=school_year, total=len(found), by_motive=by_motive, by_status=by_status, by_reporter_kind=by_kind,
        closed=len(days), open_overdue=sum(i.is_overdue(now) for i in found),
        steps_done_late=sum(s.done_late for i in found for s in i.steps),
        median_days_to_close=round(stats.median(days), 1) if days else None,
        mean_days_to_close=round(stats.fmean(days), 1) if days else None,
        anonymous_share=round(by_kind["anonymous"] / len(found), 3) if found else None,
        closed_without_delay=sum(1 for i in found if i.closed_at is not None and not any(s.done_late for s in i.steps)),
    )
