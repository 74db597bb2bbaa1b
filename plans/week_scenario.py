"""„Tydzień dla wszystkich”: the scenario template, its adaptation by a school and the plan action it becomes.

``load_template()`` reads ``resources/documents/week-for-everyone.yaml`` (five days, activities per age group,
roles, materials with default costs, partners, languages, the invitation in several languages).
``adapt(template, school_year, dates, people, costs, languages)`` checks the school's choices against its
calendar — five consecutive school days inside the lessons, none in a break, on a weekend or a public
holiday — and returns a :class:`WeekPlan`; every problem names its field (``dates[2]``, ``people.coordinator``,
``costs.tasting``, ``languages``). ``to_action(week, action_or_template)`` turns the week into the plan's
"week_for_everyone" action with its cost lines and indicators. ``WeekPlan.invitation(lang)`` fills the
invitation for families.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from plans._data import Entry, entries, load_yaml
from plans.calendar import SchoolYear, parse_school_year, public_holidays
from plans.catalogue import COST_CATEGORIES, FUNDING_SOURCES, ActionTemplate
from plans.errors import DataError
from plans.incidents import InputProblems, Problem
from plans.model import Action, CostLine, Indicator, Quantities
from plans.rates import RateTable, load_rates
from resources import resource_path

WEEK_FILE = ("documents", "week-for-everyone.yaml")
DAYS_IN_WEEK = 5
LANGS = ("pl", "uk", "en", "ru")
INVITATION_FIELDS = ("title", "greeting", "body", "invite", "programme", "festival", "contact", "closing",
                     "signature", "default_place", "no_contact")
INVITATION_PLACEHOLDERS = frozenset({"school_name", "start_date", "end_date", "final_day", "final_date", "place",
                                     "coordinator", "contact"})
MAX_NAMES_PER_ROLE = 40
MAX_AMOUNT = 1_000_000
DESCRIPTION_MARK = "\n\nTermin tygodnia:"
BREAK_LABELS = {"christmas": "przerwa świąteczna (Boże Narodzenie)", "winter": "ferie zimowe",
                "easter": "przerwa świąteczna (Wielkanoc)"}
WEEKDAYS_PL = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")


# --- the template ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Activity:
    title: str
    description: str
    minutes: int


@dataclass(frozen=True)
class DayTemplate:
    id: str
    title: str
    titles: Mapping[str, str]  # lang -> title for families
    goal: str
    whole_school: str
    activities: Mapping[str, tuple[Activity, ...]]  # age group id -> activities
    families: str
    families_line: Mapping[str, str]  # lang -> one line for the invitation
    community: str
    languages_note: str


@dataclass(frozen=True)
class RoleTemplate:
    id: str
    title: str
    staff_roles: tuple[str, ...]
    tasks: tuple[str, ...]
    required: bool = False


@dataclass(frozen=True)
class Partner:
    id: str
    title: str
    how: str


@dataclass(frozen=True)
class MaterialTemplate:
    id: str
    title: str
    category: str
    source: str
    quantity: float
    unit: str
    unit_price: float | str  # PLN or a rate id
    per_language: bool = False


@dataclass(frozen=True)
class Invitation:
    lang: str
    texts: Mapping[str, str]

    def __getattr__(self, name: str) -> str:
        if name in INVITATION_FIELDS:
            return self.texts[name]
        raise AttributeError(name)


@dataclass(frozen=True, eq=False)
class WeekTemplate:
    version: int
    id: str
    action_template: str
    title: str
    subtitle: str
    source: str
    intro: str
    goals: tuple[str, ...]
    safeguards: tuple[str, ...]
    age_groups: tuple[tuple[str, str], ...]  # (id, title)
    days: tuple[DayTemplate, ...]
    roles: tuple[RoleTemplate, ...]
    partners: tuple[Partner, ...]
    materials: tuple[MaterialTemplate, ...]
    indicators: tuple[Indicator, ...]
    default_languages: tuple[str, ...]
    language_names: Mapping[str, Mapping[str, str]]  # code -> {lang: name}
    weekdays: Mapping[str, tuple[str, ...]]
    invitations: Mapping[str, Invitation]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.invitations)

    def role(self, role_id: str) -> RoleTemplate:
        return next(r for r in self.roles if r.id == role_id)

    def material(self, line_id: str) -> MaterialTemplate:
        return next(m for m in self.materials if m.id == line_id)

    def language_name(self, code: str, lang: str = "pl") -> str:
        return self.language_names.get(code, {}).get(lang, code)


def _texts(e: Entry, key: str, langs: Sequence[str]) -> dict[str, str]:
    value = e.get(key, dict)
    for lang in langs:
        if not isinstance(value.get(lang), str) or not value[lang].strip():
            e.fail(f"pole '{key}': brak tekstu w języku {lang}")
    return {k: " ".join(str(v).split()) for k, v in value.items()}


def _placeholders(text: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@functools.lru_cache(maxsize=4)
def load_template(path: Path | None = None, rates: RateTable | None = None) -> WeekTemplate:
    """Load and check the scenario template (every day in every language, known rates and categories)."""
    rates = rates or load_rates()
    path = path or resource_path(*WEEK_FILE)
    file = "/".join(WEEK_FILE) if path == resource_path(*WEEK_FILE) else str(path)
    data = load_yaml(path, ("id", "title", "age_groups", "days", "roles", "materials", "partners", "indicators",
                            "languages", "invitation"))
    top = Entry(file, "(plik)", data)
    invitation_raw = top.get("invitation", dict)
    langs = tuple(invitation_raw)
    if "pl" not in langs or not {"uk", "en"} <= set(langs):
        top.fail("zaproszenie musi być co najmniej po polsku, ukraińsku i angielsku")
    invitations = {}
    for lang in langs:
        inv = Entry(file, f"invitation.{lang}", invitation_raw[lang])
        texts = {name: " ".join(inv.text(name).split()) for name in INVITATION_FIELDS}
        for name, text in texts.items():
            unknown = _placeholders(text) - INVITATION_PLACEHOLDERS
            if unknown:
                inv.fail(f"pole '{name}': nieznane pola do wypełnienia {', '.join(sorted(unknown))}")
        invitations[lang] = Invitation(lang, texts)
    groups = []
    for g in entries(file, data, "age_groups"):
        groups.append((str(g.data["id"]), g.text("title")))
    group_ids = [g for g, _ in groups]
    days = []
    for e in entries(file, data, "days"):
        acts_raw = e.get("activities", dict)
        if sorted(map(str, acts_raw)) != sorted(group_ids):
            e.fail(f"zajęcia mają być podane dla grup wiekowych: {', '.join(group_ids)}")
        activities = {}
        for gid, items in acts_raw.items():
            if not isinstance(items, list) or not items:
                e.fail(f"grupa '{gid}': oczekiwano listy zajęć")
            acts = []
            for i, raw in enumerate(items):
                a = Entry(file, f"{e.entry}.activities.{gid}[{i}]", raw)
                acts.append(Activity(a.text("title"), " ".join(a.text("description").split()),
                                     int(a.number("minutes", positive=True))))
            activities[str(gid)] = tuple(acts)
        days.append(DayTemplate(e.data["id"], e.text("title"), _texts(e, "titles", langs), e.text("goal"),
                                " ".join(e.text("whole_school").split()), activities, e.text("families"),
                                _texts(e, "families_line", langs), e.text("community"), e.text("languages_note")))
    if len(days) != DAYS_IN_WEEK:
        top.fail(f"scenariusz ma mieć {DAYS_IN_WEEK} dni, ma {len(days)}")
    roles = []
    for e in entries(file, data, "roles"):
        roles.append(RoleTemplate(e.data["id"], e.text("title"), e.str_list("staff_roles", ()), e.str_list("tasks"),
                                  bool(e.data.get("required", False))))
    if not any(r.required for r in roles):
        top.fail("co najmniej jedna rola ma być wymagana (koordynator)")
    partners = tuple(Partner(e.data["id"], e.text("title"), e.text("how")) for e in entries(file, data, "partners"))
    materials = []
    for e in entries(file, data, "materials"):
        price = e.get("unit_price", (int, float, str))
        if isinstance(price, str):
            if price not in rates.known_keys():
                e.fail(f"pole 'unit_price': nieznana stawka '{price}'")
        elif price < 0:
            e.fail("pole 'unit_price' nie może być ujemne")
        materials.append(MaterialTemplate(e.data["id"], e.text("title"), e.choice("category", COST_CATEGORIES),
                                          e.choice("source", FUNDING_SOURCES), float(e.number("quantity")),
                                          e.text("unit"), price if isinstance(price, str) else float(price),
                                          bool(e.data.get("per_language", False))))
    indicators = []
    for i, raw in enumerate(top.get("indicators", list)):
        ind = Entry(file, f"indicators[{i}]", raw)
        indicators.append(Indicator(ind.text("text"), ind.text("monitoring"), ind.text("target")))
    lang_data = Entry(file, "languages", top.get("languages", dict))
    default = lang_data.str_list("default", allowed=langs)
    names = lang_data.get("names", dict)
    for code in langs:
        if not isinstance(names.get(code), dict) or any(lang not in names[code] for lang in langs):
            lang_data.fail(f"brak nazwy języka '{code}' we wszystkich językach zaproszenia")
    weekdays = lang_data.get("weekdays", dict)
    for lang in langs:
        if not isinstance(weekdays.get(lang), list) or len(weekdays[lang]) != 7:
            lang_data.fail(f"weekdays: język {lang} ma mieć 7 nazw dni tygodnia")
    if data.get("action_template") is None:
        raise DataError(file, "action_template", "brak identyfikatora szablonu działania planu")
    return WeekTemplate(
        version=int(data["version"]), id=top.text("id"), action_template=top.text("action_template"),
        title=top.text("title"), subtitle=top.text("subtitle"), source=" ".join(top.text("source").split()),
        intro=" ".join(top.text("intro").split()), goals=tuple(" ".join(g.split()) for g in top.str_list("goals")),
        safeguards=tuple(" ".join(g.split()) for g in top.str_list("safeguards")), age_groups=tuple(groups),
        days=tuple(days), roles=tuple(roles), partners=partners, materials=tuple(materials),
        indicators=tuple(indicators), default_languages=default,
        language_names={k: dict(v) for k, v in names.items()},
        weekdays={k: tuple(v) for k, v in weekdays.items()}, invitations=invitations,
    )


# --- the school's week ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekCost:
    id: str
    title: str
    category: str
    source: str
    quantity: float
    unit: str
    unit_price: float
    note: str = ""

    @property
    def amount(self) -> float:
        return round(self.quantity * self.unit_price, 2)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "category": self.category, "source": self.source,
                "quantity": self.quantity, "unit": self.unit, "unit_price": self.unit_price, "note": self.note}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> WeekCost:
        return cls(d["id"], d["title"], d["category"], d["source"], float(d["quantity"]), d.get("unit", ""),
                   float(d["unit_price"]), d.get("note", ""))


@dataclass(frozen=True)
class RenderedInvitation:
    lang: str
    title: str
    greeting: str
    paragraphs: tuple[str, ...]
    programme_heading: str
    programme: tuple[tuple[str, str, str], ...]  # (weekday and date, day title, line for families)
    closing: str
    signature: str


@dataclass(frozen=True)
class WeekPlan:
    school_year: str
    dates: tuple[dt.date, ...]
    people: Mapping[str, tuple[str, ...]]
    costs: tuple[WeekCost, ...]
    languages: tuple[str, ...]
    school_name: str = ""
    place: str = ""
    contact: str = ""
    template_version: int = 1
    template: WeekTemplate | None = field(default=None, compare=False, repr=False)

    @property
    def start(self) -> dt.date:
        return self.dates[0]

    @property
    def end(self) -> dt.date:
        return self.dates[-1]

    @property
    def total(self) -> float:
        return round(sum(c.amount for c in self.costs), 2)

    def days(self) -> list[tuple[dt.date, DayTemplate]]:
        return list(zip(self.dates, self._template().days, strict=True))

    def names(self, role_id: str) -> tuple[str, ...]:
        return tuple(self.people.get(role_id, ()))

    def totals_by_category(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for c in self.costs:
            out[c.category] = round(out.get(c.category, 0.0) + c.amount, 2)
        return out

    def _template(self) -> WeekTemplate:
        return self.template or load_template()

    def date_label(self, day: dt.date, lang: str = "pl") -> str:
        names = self._template().weekdays.get(lang) or WEEKDAYS_PL
        return f"{names[day.weekday()]} {day:%d.%m.%Y}"

    def invitation(self, lang: str) -> RenderedInvitation:
        """The invitation for families in ``lang`` with the school's dates, place and contact filled in."""
        tpl = self._template()
        inv = tpl.invitations[lang]
        final_date, final_day = self.dates[-1], tpl.days[-1]
        coordinator = ", ".join(self.names("coordinator")) or "—"
        values = {"school_name": self.school_name or "—", "start_date": f"{self.start:%d.%m.%Y}",
                  "end_date": f"{self.end:%d.%m.%Y}", "final_day": final_day.titles[lang],
                  "final_date": self.date_label(final_date, lang), "place": self.place or inv.default_place,
                  "coordinator": coordinator, "contact": self.contact or inv.no_contact}
        paragraphs = tuple(inv.texts[k].format(**values) for k in ("body", "invite", "festival", "contact"))
        programme = tuple((self.date_label(day, lang), d.titles[lang], d.families_line[lang])
                          for day, d in self.days())
        return RenderedInvitation(lang, inv.title.format(**values), inv.greeting, paragraphs, inv.programme,
                                  programme, inv.closing, inv.signature)

    def to_dict(self) -> dict[str, Any]:
        return {"school_year": self.school_year, "dates": [d.isoformat() for d in self.dates],
                "people": {k: list(v) for k, v in self.people.items()}, "costs": [c.to_dict() for c in self.costs],
                "languages": list(self.languages), "school_name": self.school_name, "place": self.place,
                "contact": self.contact, "template_version": self.template_version}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], template: WeekTemplate | None = None) -> WeekPlan:
        return cls(d["school_year"], tuple(dt.date.fromisoformat(x) for x in d["dates"]),
                   {k: tuple(v) for k, v in d.get("people", {}).items()},
                   tuple(WeekCost.from_dict(c) for c in d.get("costs", ())), tuple(d.get("languages", ("pl",))),
                   d.get("school_name", ""), d.get("place", ""), d.get("contact", ""),
                   int(d.get("template_version", 1)), template)


# --- checking the dates ---------------------------------------------------------------------------------------


def why_not_school_day(day: dt.date, year: SchoolYear) -> str | None:
    """Why ``day`` is not a day of lessons in ``year`` (Polish), or None when it is one."""
    if not year.lessons_start <= day <= year.lessons_end:
        return (f"poza okresem zajęć roku szkolnego {year.id} ({year.lessons_start:%d.%m.%Y} – "
                f"{year.lessons_end:%d.%m.%Y})")
    if day.weekday() >= 5:
        return f"to {WEEKDAYS_PL[day.weekday()]}"
    for b in year.breaks:
        if b.contains(day):
            return f"{BREAK_LABELS.get(b.kind, b.kind)} ({b.start:%d.%m} – {b.end:%d.%m.%Y})"
    if day in public_holidays(day.year):
        return "święto — dzień wolny od zajęć"
    return None


def next_school_day(day: dt.date, year: SchoolYear) -> dt.date | None:
    probe = day
    while probe < year.lessons_end:
        probe += dt.timedelta(days=1)
        if year.is_lesson_day(probe):
            return probe
    return None


def week_from(start: dt.date, year: SchoolYear) -> tuple[dt.date, ...]:
    """Five consecutive school days starting on ``start`` (fewer if the lessons end first)."""
    days = [start]
    while len(days) < DAYS_IN_WEEK:
        following = next_school_day(days[-1], year)
        if following is None:
            break
        days.append(following)
    return tuple(days)


def suggest_dates(year: SchoolYear, month: int = 5) -> tuple[dt.date, ...]:
    """The first Monday–Friday week of lessons in ``month`` (May by default, the template's timing), else the
    first five consecutive school days from that month on, else from the start of lessons."""
    first = parse_school_year(year.id)
    day = dt.date(first if month >= 9 else first + 1, month, 1)
    probe = day
    while probe.month == month:
        if probe.weekday() == 0:
            week = tuple(probe + dt.timedelta(days=i) for i in range(DAYS_IN_WEEK))
            if all(year.is_lesson_day(d) for d in week):
                return week
        probe += dt.timedelta(days=1)
    for start in (day, year.lessons_start):
        probe = start
        while probe <= year.lessons_end:
            if year.is_lesson_day(probe):
                week = week_from(probe, year)
                if len(week) == DAYS_IN_WEEK:
                    return week
            probe += dt.timedelta(days=1)
    raise ValueError(f"w roku szkolnym {year.id} nie ma pięciu kolejnych dni nauki")


def check_dates(dates: Sequence[dt.date], year: SchoolYear) -> list[Problem]:
    problems: list[Problem] = []
    if len(dates) != DAYS_IN_WEEK:
        return [Problem("dates", f"„Dni tygodnia”: wybierz {DAYS_IN_WEEK} kolejnych dni nauki, "
                                 f"wybrano {len(dates)}.")]
    for i, day in enumerate(dates):
        why = why_not_school_day(day, year)
        if why:
            problems.append(Problem(f"dates[{i}]", f"„Dzień {i + 1}” ({day:%d.%m.%Y}): {why} — "
                                                   "wybierz dzień nauki szkolnej."))
    if problems:
        return problems
    for i in range(1, DAYS_IN_WEEK):
        expected = next_school_day(dates[i - 1], year)
        if dates[i] != expected:
            hint = f" Kolejny dzień nauki to {expected:%d.%m.%Y}." if expected else ""
            problems.append(Problem(f"dates[{i}]", f"„Dzień {i + 1}” ({dates[i]:%d.%m.%Y}): dni tygodnia mają "
                                                   f"następować po sobie bez przerwy.{hint}"))
            break
    return problems


# --- adapting -------------------------------------------------------------------------------------------------


def _finite_number(value: Any) -> bool:
    import math

    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def default_costs(template: WeekTemplate, languages: Sequence[str], year: int,
                  rates: RateTable | None = None) -> tuple[WeekCost, ...]:
    """The template's cost lines priced for calendar ``year``; per-language lines times the languages other
    than Polish (a line with no such language has quantity 0)."""
    rates = rates or load_rates()
    others = len([lang for lang in languages if lang != "pl"])
    out = []
    for m in template.materials:
        price = rates.value(m.unit_price, year) if isinstance(m.unit_price, str) else m.unit_price
        quantity = m.quantity * others if m.per_language else m.quantity
        note = f"ilość: {m.quantity:g} na język × {others} jęz." if m.per_language else ""
        out.append(WeekCost(m.id, m.title, m.category, m.source, round(float(quantity), 2), m.unit,
                            round(float(price), 2), note))
    return tuple(out)


def adapt(template: WeekTemplate, year: SchoolYear, dates: Sequence[dt.date],
          people: Mapping[str, Sequence[str]] | None = None, costs: Mapping[str, Mapping[str, Any]] | None = None,
          languages: Sequence[str] | None = None, *, rates: RateTable | None = None, school_name: str = "",
          place: str = "", contact: str = "") -> WeekPlan:
    """The school's week: dates checked in its calendar, people per role, costs per line, invitation languages.

    ``costs`` maps a template line id to changes (``quantity``, ``unit_price``, ``source``, ``note``); a key
    that is not a template line adds the school's own line and needs a ``title`` (``category`` defaults to
    "other"). Raises :class:`~plans.incidents.InputProblems` naming every wrong field."""
    problems = check_dates(list(dates), year)
    chosen = list(dict.fromkeys(["pl", *(languages if languages is not None else template.default_languages)]))
    unknown = [lang for lang in chosen if lang not in template.invitations]
    if unknown:
        available = ", ".join(f"{c} ({template.language_name(c)})" for c in template.languages)
        problems.append(Problem("languages", f"„Języki zaproszenia”: brak tłumaczenia na {', '.join(unknown)} — "
                                             f"dostępne: {available}."))
        chosen = [lang for lang in chosen if lang in template.invitations]
    clean_people: dict[str, tuple[str, ...]] = {}
    role_ids = {r.id for r in template.roles}
    for role_id, names in (people or {}).items():
        if role_id not in role_ids:
            problems.append(Problem(f"people.{role_id}", f"„Osoby”: scenariusz nie ma roli „{role_id}” "
                                                         f"(są: {', '.join(sorted(role_ids))})."))
            continue
        cleaned = tuple(dict.fromkeys(" ".join(n.split()) for n in (names or ()) if n and n.strip()))
        title = template.role(role_id).title
        if len(cleaned) > MAX_NAMES_PER_ROLE:
            problems.append(Problem(f"people.{role_id}", f"„{title}”: najwyżej {MAX_NAMES_PER_ROLE} osób."))
        if any(len(n) > 120 for n in cleaned):
            problems.append(Problem(f"people.{role_id}", f"„{title}”: jedna pozycja ma najwyżej 120 znaków."))
        if cleaned:
            clean_people[role_id] = cleaned
    for role in template.roles:
        if role.required and not clean_people.get(role.id):
            problems.append(Problem(f"people.{role.id}", f"„{role.title}”: podaj co najmniej jedną osobę."))
    year_for_rates = dates[0].year if dates else parse_school_year(year.id) + 1
    lines = {c.id: c for c in default_costs(template, chosen, year_for_rates, rates)}
    for line_id, change in (costs or {}).items():
        name = f"costs.{line_id}"
        change = dict(change or {})
        base = lines.get(line_id)
        if base is None:
            title = " ".join(str(change.get("title", "")).split())
            if not title:
                problems.append(Problem(name, f"„Koszty”: nie ma pozycji „{line_id}”; nowa pozycja potrzebuje "
                                              "nazwy."))
                continue
            base = WeekCost(line_id, title[:200], "other", "school_budget", 1.0, "szt.", 0.0)
        updated = {}
        for key in ("quantity", "unit_price"):
            if key in change:
                value = change[key]
                if not _finite_number(value) or value < 0:
                    label = "ilość" if key == "quantity" else "cena jednostkowa"
                    problems.append(Problem(name, f"„{base.title}”: {label} ma być liczbą nieujemną."))
                else:
                    updated[key] = round(float(value), 2)
        if "category" in change:
            if change["category"] not in COST_CATEGORIES:
                problems.append(Problem(name, f"„{base.title}”: nieznana kategoria „{change['category']}”."))
            else:
                updated["category"] = change["category"]
        if "source" in change:
            if change["source"] not in FUNDING_SOURCES:
                problems.append(Problem(name, f"„{base.title}”: nieznane źródło finansowania "
                                              f"„{change['source']}”."))
            else:
                updated["source"] = change["source"]
        if "note" in change:
            updated["note"] = " ".join(str(change["note"]).split())[:300]
        line = replace(base, **updated)
        if line.amount > MAX_AMOUNT:
            problems.append(Problem(name, f"„{base.title}”: kwota {line.amount:.2f} zł jest nierealnie duża."))
        lines[line_id] = line
    for name, label, value, limit in (("place", "Miejsce święta", place, 200), ("contact", "Kontakt", contact, 200),
                                      ("school_name", "Nazwa szkoły", school_name, 300)):
        if len(value or "") > limit:
            problems.append(Problem(name, f"„{label}”: najwyżej {limit} znaków."))
    if problems:
        raise InputProblems(problems)
    return WeekPlan(year.id, tuple(dates), clean_people, tuple(lines.values()), tuple(chosen),
                    " ".join(school_name.split()), " ".join(place.split()), " ".join(contact.split()),
                    template.version, template)


# --- into the plan --------------------------------------------------------------------------------------------


def action_id_for(template_id: str, school_year: str) -> str:
    return f"{template_id}@{parse_school_year(school_year)}"


def _summary(week: WeekPlan) -> str:
    tpl = week._template()
    days = "; ".join(f"{d:%d.%m} {day.title}" for d, day in week.days())
    coordinator = ", ".join(week.names("coordinator")) or "—"
    languages = ", ".join(tpl.language_name(c) for c in week.languages)
    return (f"{DESCRIPTION_MARK} {week.start:%d.%m.%Y} – {week.end:%d.%m.%Y} ({days}). Koordynator: {coordinator}. "
            f"Zaproszenie dla rodzin: {languages}.")


def to_action(week: WeekPlan, base: Action | ActionTemplate) -> Action:
    """The plan's "Tydzień dla wszystkich" action for the week: months of the week, one cost line per non-zero
    line of the week (school year of the week), the indicators of the action and of the scenario.

    ``base`` is the plan's existing action (its status, people and actual costs are kept) or the action
    template when the plan has no such action for that school year yet."""
    tpl = week._template()
    start, end = (week.start.year, week.start.month), (week.end.year, week.end.month)
    lines = tuple(CostLine(c.category, c.source, week.school_year, c.amount, c.quantity, c.unit_price,
                           f"„Tydzień dla wszystkich”: {c.title}" + (f" ({c.note})" if c.note else ""))
                  for c in week.costs if c.amount > 0)
    if isinstance(base, Action):
        if base.school_year != week.school_year:
            raise ValueError(f"działanie {base.id} dotyczy roku {base.school_year}, a tydzień — {week.school_year}")
        own = base.indicators
        description = base.description.split(DESCRIPTION_MARK)[0]
    else:
        own = tuple(Indicator(i.text, i.monitoring, i.target) for i in base.indicators)
        description = base.description
    known = {i.text for i in own}
    indicators = own + tuple(i for i in tpl.indicators if i.text not in known)
    description = description + _summary(week)
    if isinstance(base, Action):
        return replace(base, start=start, end=end, cost_lines=lines, indicators=indicators, description=description,
                       quantities=replace(base.quantities, units=max(1, base.quantities.units)))
    return Action(id=action_id_for(base.id, week.school_year), kind="activity", template_id=base.id, title=base.title,
                  description=description, school_year=week.school_year, start=start, end=end,
                  lessons=base.lessons, quantities=Quantities(units=1), cost_lines=lines, indicators=indicators,
                  trainings_before=base.trainings_before)
