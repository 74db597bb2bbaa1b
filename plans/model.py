"""The plan's data model: school context, plan, actions, cost lines — plain frozen dataclasses.

``Plan.to_dict`` / ``Plan.from_dict`` give a JSON-friendly round trip (months as "YYYY-MM", dates ISO).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from plans.calendar import YearMonth, parse_school_year, school_year_id

STATUSES = ("planned", "in_progress", "done", "dropped")
ACTION_KINDS = ("activity", "training")


def ym_to_str(ym: YearMonth) -> str:
    return f"{ym[0]:04d}-{ym[1]:02d}"


def ym_from_str(text: str) -> YearMonth:
    year, month = text.split("-")
    ym = (int(year), int(month))
    if not 1 <= ym[1] <= 12:
        raise ValueError(f"niepoprawny miesiąc {text!r}")
    return ym


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class StaffMember:
    id: str
    name: str
    role: str
    languages: tuple[str, ...] = ()
    weekly_hours_limit: float = 4.0  # extra hours a week this person can give to plan actions
    trainings_done: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> StaffMember:
        return cls(d["id"], d["name"], d["role"], tuple(d.get("languages", ())), float(d.get("weekly_hours_limit", 4)),
                   tuple(d.get("trainings_done", ())))


@dataclass(frozen=True)
class SchoolContext:
    rspo: str
    name: str
    school_type: str  # e.g. "szkoła podstawowa", "liceum"
    pupils_total: int
    pupils_migrant: int
    pupils_needing_polish: int
    pupils_ukrainian: int
    pupils_by_grade_band: Mapping[str, int] = field(default_factory=dict)  # "1-3", "4-6", "7-8", "secondary"
    family_languages: tuple[str, ...] = ()  # languages other than Polish, e.g. ("uk", "ru", "en")
    arrivals_per_year: int = 0
    staff: tuple[StaffMember, ...] = ()
    budget_ceilings: Mapping[tuple[str, str], float] = field(default_factory=dict)  # (school year, source) -> PLN
    rate_overrides: Mapping[str, float] = field(default_factory=dict)
    settings: Mapping[str, Any] = field(default_factory=dict)  # overrides of rules.yaml settings
    region: str = "pomorskie"
    pupils_returning: int = 0  # Polish citizens returning from abroad (among pupils_needing_polish)

    def staff_member(self, staff_id: str) -> StaffMember | None:
        return next((s for s in self.staff if s.id == staff_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rspo": self.rspo, "name": self.name, "school_type": self.school_type, "pupils_total": self.pupils_total,
            "pupils_migrant": self.pupils_migrant, "pupils_needing_polish": self.pupils_needing_polish,
            "pupils_ukrainian": self.pupils_ukrainian, "pupils_by_grade_band": dict(self.pupils_by_grade_band),
            "family_languages": list(self.family_languages), "arrivals_per_year": self.arrivals_per_year,
            "staff": [{"id": s.id, "name": s.name, "role": s.role, "languages": list(s.languages),
                       "weekly_hours_limit": s.weekly_hours_limit, "trainings_done": list(s.trainings_done)}
                      for s in self.staff],
            "budget_ceilings": [{"school_year": y, "source": src, "amount_pln": v}
                                for (y, src), v in sorted(self.budget_ceilings.items())],
            "rate_overrides": dict(self.rate_overrides), "settings": dict(self.settings), "region": self.region,
            "pupils_returning": self.pupils_returning,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> SchoolContext:
        return cls(
            d["rspo"], d["name"], d.get("school_type", ""), int(d["pupils_total"]), int(d["pupils_migrant"]),
            int(d["pupils_needing_polish"]), int(d["pupils_ukrainian"]), dict(d.get("pupils_by_grade_band", {})),
            tuple(d.get("family_languages", ())), int(d.get("arrivals_per_year", 0)),
            tuple(StaffMember.from_dict(s) for s in d.get("staff", ())),
            {(c["school_year"], c["source"]): float(c["amount_pln"]) for c in d.get("budget_ceilings", ())},
            dict(d.get("rate_overrides", {})), dict(d.get("settings", {})), d.get("region", "pomorskie"),
            int(d.get("pupils_returning", 0)),
        )


@dataclass(frozen=True)
class Assignment:
    staff_id: str
    role: str
    hours_per_week: float


@dataclass(frozen=True)
class Quantities:
    pupils: int = 0
    groups: int = 0
    hours_per_week: float = 0  # per group (= per pupil of the group)
    units: int = 0  # posts, languages, events, ... depending on the template's quantity basis
    participants: int = 0  # trainings


@dataclass(frozen=True)
class CostLine:
    category: str
    source: str
    school_year: str
    amount_pln: float
    quantity: float
    unit_price: float
    note: str = ""


@dataclass(frozen=True)
class Indicator:
    text: str
    monitoring: str
    target: str


@dataclass(frozen=True)
class Action:
    id: str  # stable: "<template>@<school year start>[.<regime>]" or "training.<id>@<year>"
    kind: str  # activity | training
    template_id: str  # action template id, or training id for kind == "training"
    title: str
    description: str
    school_year: str
    start: YearMonth
    end: YearMonth
    priority_ids: tuple[str, ...] = ()
    evidence_summary: str = ""
    lessons: bool = False
    regime: str | None = None  # general | ukrainian_special | returning_citizens (lesson actions)
    rule_ids: tuple[str, ...] = ()
    responsible_id: str | None = None
    assignments: tuple[Assignment, ...] = ()
    quantities: Quantities = Quantities()
    cost_lines: tuple[CostLine, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    trainings_before: tuple[str, ...] = ()  # catalogue training ids that must be completed before the start
    status: str = "planned"
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None
    actual_costs: tuple[CostLine, ...] = ()
    evidence_notes: tuple[str, ...] = ()
    accepted_findings: tuple[str, ...] = ()

    @property
    def planned_cost(self) -> float:
        return round(sum(c.amount_pln for c in self.cost_lines), 2)

    @property
    def actual_cost(self) -> float:
        return round(sum(c.amount_pln for c in self.actual_costs), 2)

    def to_dict(self) -> dict[str, Any]:
        def costs(lines):
            return [vars(c).copy() for c in lines]
        return {
            "id": self.id, "kind": self.kind, "template_id": self.template_id, "title": self.title,
            "description": self.description, "school_year": self.school_year, "start": ym_to_str(self.start),
            "end": ym_to_str(self.end), "priority_ids": list(self.priority_ids),
            "evidence_summary": self.evidence_summary, "lessons": self.lessons, "regime": self.regime,
            "rule_ids": list(self.rule_ids), "responsible_id": self.responsible_id,
            "assignments": [vars(a).copy() for a in self.assignments], "quantities": vars(self.quantities).copy(),
            "cost_lines": costs(self.cost_lines), "indicators": [vars(i).copy() for i in self.indicators],
            "trainings_before": list(self.trainings_before), "status": self.status,
            "actual_start": self.actual_start.isoformat() if self.actual_start else None,
            "actual_end": self.actual_end.isoformat() if self.actual_end else None,
            "actual_costs": costs(self.actual_costs), "evidence_notes": list(self.evidence_notes),
            "accepted_findings": list(self.accepted_findings),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Action:
        if d.get("kind") not in ACTION_KINDS:
            raise ValueError(f"działanie {d.get('id')!r}: nieznany rodzaj {d.get('kind')!r}")
        if d.get("status", "planned") not in STATUSES:
            raise ValueError(f"działanie {d.get('id')!r}: nieznany status {d.get('status')!r}")
        return cls(
            id=d["id"], kind=d["kind"], template_id=d["template_id"], title=d["title"],
            description=d.get("description", ""), school_year=d["school_year"], start=ym_from_str(d["start"]),
            end=ym_from_str(d["end"]), priority_ids=tuple(d.get("priority_ids", ())),
            evidence_summary=d.get("evidence_summary", ""), lessons=bool(d.get("lessons", False)),
            regime=d.get("regime"), rule_ids=tuple(d.get("rule_ids", ())), responsible_id=d.get("responsible_id"),
            assignments=tuple(Assignment(**a) for a in d.get("assignments", ())),
            quantities=Quantities(**d.get("quantities", {})),
            cost_lines=tuple(CostLine(**c) for c in d.get("cost_lines", ())),
            indicators=tuple(Indicator(**i) for i in d.get("indicators", ())),
            trainings_before=tuple(d.get("trainings_before", ())), status=d.get("status", "planned"),
            actual_start=_date(d.get("actual_start")), actual_end=_date(d.get("actual_end")),
            actual_costs=tuple(CostLine(**c) for c in d.get("actual_costs", ())),
            evidence_notes=tuple(d.get("evidence_notes", ())), accepted_findings=tuple(d.get("accepted_findings", ())),
        )


@dataclass(frozen=True)
class Plan:
    school_rspo: str
    start_year: str  # "2026/2027"
    years: int  # 1–3
    actions: tuple[Action, ...] = ()
    generated_from: tuple[str, ...] = ()  # priority ids
    region: str = "pomorskie"
    format_version: int = 1

    def __post_init__(self) -> None:
        parse_school_year(self.start_year)
        if not 1 <= self.years <= 3:
            raise ValueError("plan obejmuje od 1 do 3 lat szkolnych")

    @property
    def school_years(self) -> tuple[str, ...]:
        first = parse_school_year(self.start_year)
        return tuple(school_year_id(first + i) for i in range(self.years))

    @property
    def horizon_start(self) -> YearMonth:
        """June before the first school year: preparation (trainings, recruitment) may start then."""
        return (parse_school_year(self.start_year), 6)

    @property
    def horizon_end(self) -> YearMonth:
        return (parse_school_year(self.start_year) + self.years, 8)

    @property
    def horizon_dates(self) -> tuple[dt.date, dt.date]:
        first = parse_school_year(self.start_year)
        return dt.date(first, 9, 1), dt.date(first + self.years, 8, 31)

    def action(self, action_id: str) -> Action:
        for a in self.actions:
            if a.id == action_id:
                return a
        raise KeyError(f"w planie nie ma działania '{action_id}'")

    def replace_action(self, action: Action) -> Plan:
        self.action(action.id)
        return replace(self, actions=tuple(action if a.id == action.id else a for a in self.actions))

    def to_dict(self) -> dict[str, Any]:
        return {"format_version": self.format_version, "school_rspo": self.school_rspo, "start_year": self.start_year,
                "years": self.years, "region": self.region, "generated_from": list(self.generated_from),
                "actions": [a.to_dict() for a in self.actions]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Plan:
        return cls(school_rspo=d["school_rspo"], start_year=d["start_year"], years=int(d["years"]),
                   actions=tuple(Action.from_dict(a) for a in d.get("actions", ())),
                   generated_from=tuple(d.get("generated_from", ())), region=d.get("region", "pomorskie"),
                   format_version=int(d.get("format_version", 1)))
