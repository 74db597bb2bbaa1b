"""Training catalogue and action templates (resources/catalogue, resources/templates), strictly validated."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from forms.areas import AREA_IDS
from plans._data import Entry, entries, load_yaml
from plans.errors import DataError
from plans.expressions import Expr, compile_expr
from plans.rates import RateTable, load_rates
from plans.roles import ROLE_IDS
from plans.rules import RuleBook, load_rules
from resources import resource_path

TRAININGS_FILE = ("catalogue", "trainings.yaml")
TEMPLATES_FILE = ("templates", "actions.yaml")

TRAINING_FORMATS = ("stacjonarne", "online", "warsztat", "rada_szkoleniowa")
PRICE_MODELS = ("per_group", "per_hour", "per_participant")
COST_CATEGORIES = ("staff", "trainings", "materials", "translation", "events", "equipment", "other")
FUNDING_SOURCES = ("school_budget", "governing_body", "metropolitan_area", "grant", "government_programme")
TIMINGS = {  # timing -> (calendar month of the start, default duration in months)
    "before_school_year": (8, 1), "september": (9, 1), "october": (10, 1), "term1": (9, 5),
    "term2": (2, 5), "spring": (5, 1), "whole_year": (9, 10),
}
QUANTITY_BASES = ("school", "polish_groups", "compensatory_groups", "preparatory_classes", "assistants",
                  "family_languages", "parent_course_groups", "new_pupils", "migrant_pupils")
QUANTITY_NAMES = frozenset({"pupils", "groups", "hours_per_week", "units", "participants", "languages", "weeks",
                            "months", "session_factor"})
CONDITIONS = ("min_migrant", "min_needing_polish", "min_ukrainian", "min_arrivals", "min_languages")
COST_CATEGORY_LABELS = {"staff": "kadra", "trainings": "szkolenia", "materials": "materiały",
                        "translation": "tłumaczenia", "events": "wydarzenia", "equipment": "wyposażenie",
                        "other": "inne"}
FUNDING_SOURCE_LABELS = {"school_budget": "budżet szkoły", "governing_body": "organ prowadzący",
                         "metropolitan_area": "Obszar Metropolitalny GGS", "grant": "grant",
                         "government_programme": "program rządowy"}


@dataclass(frozen=True)
class Price:
    model: str
    rate: str
    default_pln: float


@dataclass(frozen=True)
class Training:
    id: str
    title_pl: str
    title_en: str
    description: str
    target_roles: tuple[str, ...]
    hours: float
    max_group_size: int
    format: str
    price: Price
    areas: tuple[str, ...]
    prerequisites: tuple[str, ...]
    extra_participants: int = 0
    extra_participants_from: str | None = None  # "assistants": newly hired assistants also take part

    def title(self, lang: str = "pl") -> str:
        return self.title_en if lang == "en" else self.title_pl

    def unit_price(self, rates: RateTable, year: int | None = None) -> float:
        rate = rates.value(self.price.rate, year)
        return round(rate * self.hours, 2) if self.price.model == "per_group" else rate


@dataclass(frozen=True)
class StaffSlot:
    roles: tuple[str, ...]
    count: Expr
    hours_per_week: Expr


@dataclass(frozen=True)
class CostTemplate:
    category: str
    source: str
    quantity: Expr
    unit_price: Expr
    note: str


@dataclass(frozen=True)
class IndicatorTemplate:
    text: str
    monitoring: str
    target: str


@dataclass(frozen=True)
class ActionTemplate:
    id: str
    title: str
    description: str
    areas: tuple[str, ...]
    answers: tuple[str, ...]  # explicit priority ids, e.g. "critical:no_polish_lessons"
    order: int
    timing: str
    duration_months: int
    repeat: str  # once | yearly
    lessons: bool
    when: Mapping[str, int | str]
    quantity: str
    responsible_roles: tuple[str, ...]
    involved: tuple[StaffSlot, ...]
    languages_wanted: bool
    rules: tuple[str, ...]
    costs: tuple[CostTemplate, ...]
    indicators: tuple[IndicatorTemplate, ...]
    trainings_before: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Catalogue:
    trainings: Mapping[str, Training]
    templates: Mapping[str, ActionTemplate]

    def training_closure(self, training_ids) -> list[str]:
        """The trainings with all their prerequisites, prerequisites first (stable order)."""
        ordered: list[str] = []

        def visit(tid: str) -> None:
            if tid in ordered:
                return
            for pre in self.trainings[tid].prerequisites:
                visit(pre)
            ordered.append(tid)

        for tid in training_ids:
            visit(tid)
        return ordered


def _display(path: Path, parts: tuple[str, str]) -> str:
    return "/".join(parts) if path == resource_path(*parts) else str(path)


def _training(e: Entry) -> Training:
    title = e.get("title", dict)
    for lang in ("pl", "en"):
        if not isinstance(title.get(lang), str) or not title[lang].strip():
            e.fail(f"brak tytułu w języku '{lang}'")
    roles = e.str_list("target_roles", allowed=ROLE_IDS)
    if not roles:
        e.fail("pole 'target_roles' jest puste")
    price_raw = e.get("price", dict)
    pe = Entry(e.file, f"{e.entry}.price", price_raw)
    price = Price(pe.choice("model", PRICE_MODELS), pe.text("rate"), float(pe.number("default_pln", positive=True)))
    areas = e.str_list("areas", allowed=AREA_IDS)
    if not areas:
        e.fail("pole 'areas' jest puste")
    size = e.get("max_group_size", int)
    if size <= 0:
        e.fail("pole 'max_group_size' musi być dodatnie")
    extra_from = e.data.get("extra_participants_from")
    if extra_from not in (None, "assistants"):
        e.fail("pole 'extra_participants_from' może mieć tylko wartość 'assistants'")
    return Training(e.data["id"], title["pl"], title["en"], e.text("description"), roles,
                    float(e.number("hours", positive=True)), size, e.choice("format", TRAINING_FORMATS), price, areas,
                    e.str_list("prerequisites", ()), int(e.number("extra_participants", 0)), extra_from)


def _expr(e: Entry, value, what: str, allowed_names: frozenset[str]) -> Expr:
    try:
        expr = compile_expr(value)
    except ValueError as exc:
        e.fail(f"{what}: {exc}")
    unknown = expr.names - allowed_names
    if unknown:
        e.fail(f"{what}: nieznane nazwy {', '.join(sorted(unknown))} (ani wielkość, ani stawka, ani ustawienie)")
    return expr


def _template(e: Entry, names: frozenset[str], rules: RuleBook, settings: frozenset[str]) -> ActionTemplate:
    timing = e.choice("timing", tuple(TIMINGS))
    duration = int(e.number("duration_months", TIMINGS[timing][1], positive=True))
    start_month = TIMINGS[timing][0]
    if start_month >= 8 and duration > 12 - (start_month - 9) % 12 or duration > 12:
        e.fail(f"czas trwania {duration} mies. wykracza poza rok szkolny")
    lessons = e.get("lessons", bool)
    if lessons and timing == "before_school_year":
        e.fail("zajęcia lekcyjne nie mogą odbywać się przed rokiem szkolnym (wakacje)")
    if lessons and (start_month - 9) % 12 + duration > 10:
        e.fail("zajęcia lekcyjne nie mogą trwać w lipcu i sierpniu")
    when = e.get("when", dict, {})
    for key, value in when.items():
        if key not in CONDITIONS:
            e.fail(f"pole 'when': nieznany warunek '{key}'")
        if isinstance(value, str) and value not in settings:
            e.fail(f"pole 'when.{key}': nieznane ustawienie '{value}'")
    staff = Entry(e.file, f"{e.entry}.staff", e.get("staff", dict))
    responsible = staff.str_list("responsible", allowed=ROLE_IDS)
    if not responsible:
        staff.fail("pole 'responsible' jest puste")
    slots = []
    for i, raw in enumerate(staff.get("involved", list, [])):
        s = Entry(e.file, f"{e.entry}.staff.involved[{i}]", raw)
        roles = s.str_list("roles", allowed=ROLE_IDS)
        slots.append(StaffSlot(roles, _expr(s, s.data.get("count", 1), "count", names),
                               _expr(s, s.data.get("hours_per_week", 0), "hours_per_week", names)))
    rule_ids = e.str_list("rules", ())
    for rid in rule_ids:
        if rid not in rules.rules:
            e.fail(f"pole 'rules': nieznana reguła '{rid}'")
    costs = []
    for i, raw in enumerate(e.get("costs", list, [])):
        c = Entry(e.file, f"{e.entry}.costs[{i}]", raw)
        costs.append(CostTemplate(c.choice("category", COST_CATEGORIES), c.choice("source", FUNDING_SOURCES),
                                  _expr(c, c.data.get("quantity", 1), "quantity", names),
                                  _expr(c, c.data.get("unit_price"), "unit_price", names), str(c.data.get("note", ""))))
    indicators = []
    for i, raw in enumerate(e.get("indicators", list)):
        ind = Entry(e.file, f"{e.entry}.indicators[{i}]", raw)
        indicators.append(IndicatorTemplate(ind.text("text"), ind.text("monitoring"), str(ind.get("target", (str, int)))))
    if not indicators:
        e.fail("działanie musi mieć co najmniej jeden wskaźnik sukcesu")
    areas = e.str_list("areas", allowed=AREA_IDS)
    if not areas:
        e.fail("pole 'areas' jest puste")
    answers = e.str_list("answers", ())
    for pid in answers:
        if pid.split(":", 1)[0] not in ("critical", "gap", "lowest") or ":" not in pid:
            e.fail(f"pole 'answers': '{pid}' nie jest identyfikatorem priorytetu (critical:/gap:/lowest:)")
    return ActionTemplate(
        e.data["id"], e.text("title"), e.text("description"), areas, answers, int(e.number("order")), timing, duration,
        e.choice("repeat", ("once", "yearly")), lessons, dict(when), e.choice("quantity", QUANTITY_BASES), responsible,
        tuple(slots), bool(staff.get("languages_wanted", bool, False)), rule_ids, tuple(costs), tuple(indicators),
        e.str_list("trainings_before", ()),
    )


@functools.lru_cache(maxsize=8)
def load_catalogue(trainings_path: Path | None = None, templates_path: Path | None = None,
                   rates: RateTable | None = None, rules: RuleBook | None = None) -> Catalogue:
    """Load and cross-check the trainings and the action templates against areas, rates and rules."""
    rates = rates or load_rates()
    rules = rules or load_rules()
    tpath = trainings_path or resource_path(*TRAININGS_FILE)
    tfile = _display(tpath, TRAININGS_FILE)
    tdata = load_yaml(tpath, ("trainings",))
    trainings: dict[str, Training] = {}
    for e in entries(tfile, tdata, "trainings"):
        t = _training(e)
        if t.price.rate not in rates.known_keys():
            e.fail(f"cena: nieznana stawka '{t.price.rate}'")
        expected = t.unit_price(rates)
        if abs(expected - t.price.default_pln) > 0.01:
            e.fail(f"cena domyślna {t.price.default_pln} nie zgadza się ze stawką '{t.price.rate}' ({expected})")
        trainings[t.id] = t
    for t in trainings.values():
        for pre in t.prerequisites:
            if pre not in trainings:
                raise DataError(tfile, f"trainings '{t.id}'", f"nieznane szkolenie wymagane wcześniej '{pre}'")
    catalogue = Catalogue(trainings, {})
    for t in trainings.values():  # no cycles
        try:
            _check_acyclic(catalogue, t.id, ())
        except ValueError as exc:
            raise DataError(tfile, f"trainings '{t.id}'", str(exc)) from None

    apath = templates_path or resource_path(*TEMPLATES_FILE)
    afile = _display(apath, TEMPLATES_FILE)
    adata = load_yaml(apath, ("templates",))
    settings = frozenset(rules.settings)
    names = QUANTITY_NAMES | rates.known_keys() | settings
    templates: dict[str, ActionTemplate] = {}
    for e in entries(afile, adata, "templates"):
        tpl = _template(e, names, rules, settings)
        for tid in tpl.trainings_before:
            if tid not in trainings:
                e.fail(f"pole 'trainings_before': nieznane szkolenie '{tid}'")
        templates[tpl.id] = tpl
    return Catalogue(trainings, templates)


def _check_acyclic(catalogue: Catalogue, tid: str, path: tuple[str, ...]) -> None:
    if tid in path:
        raise ValueError(f"cykl w wymaganiach wstępnych: {' -> '.join(path + (tid,))}")
    for pre in catalogue.trainings[tid].prerequisites:
        _check_acyclic(catalogue, pre, path + (tid,))
