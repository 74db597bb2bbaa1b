"""Priorities -> multi-year action plan. Deterministic: the same input gives the same plan, field by field.

How it works, in order:
1. every priority (by rank) picks up to ``max_templates_per_priority`` action templates that answer it —
   templates naming the priority id explicitly first, then those serving its area — and up to
   ``max_trainings_per_priority`` catalogue trainings of its area;
2. each template becomes one action (``repeat: once``) or one per school year (``yearly``); additional
   Polish lessons split by legal regime (general / Ukrainian special regime / returning citizens) when
   the rules in force on 1 September of the year say so;
3. quantities follow the pupils and the rules data (group sizes, hours a week, 1 assistant per 20
   Ukrainian pupils); cost lines are computed from the rates (overrides applied);
4. trainings required by the actions (with their prerequisites) are scheduled before the first action
   that needs them — never in July — and sized by participants / max group size;
5. a responsible person and staff are chosen by role, preferring people who speak the families'
   languages, balancing load and respecting weekly limits where possible.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from forms.result import DiagnosisResult, Priority
from plans.calendar import (
    SchoolCalendar,
    YearMonth,
    add_months,
    load_calendar,
    month_index,
    months_between,
    parse_school_year,
    school_year_id,
)
from plans.catalogue import TIMINGS, ActionTemplate, Catalogue, Training, load_catalogue
from plans.model import Action, Assignment, CostLine, Indicator, Plan, Quantities, SchoolContext, StaffMember
from plans.rates import RateTable, load_rates
from plans.rules import RuleBook, load_rules

TRAINING_RESPONSIBLE = ("coordinator", "deputy_director", "director")
TRAINING_FUNDING = "governing_body"  # teachers' professional development budget of the governing body
SCHOOL_YEAR_FIRST_MONTH = 9


@dataclass(frozen=True)
class _Sizing:
    regime: str | None
    quantities: Quantities
    rule_ids: tuple[str, ...] = ()


class _Loads:
    """Weekly hours per staff member per month, for balancing while assigning."""

    def __init__(self, staff: tuple[StaffMember, ...]):
        self.hours: dict[str, dict[int, float]] = {s.id: defaultdict(float) for s in staff}
        self.responsible: dict[str, int] = defaultdict(int)

    def peak(self, staff_id: str, months: range) -> float:
        h = self.hours[staff_id]
        return max((h[m] for m in months), default=0.0)

    def add(self, staff_id: str, months: range, hours: float) -> None:
        h = self.hours[staff_id]
        for m in months:
            h[m] += hours


def generate_plan(result: DiagnosisResult, ctx: SchoolContext, start_year: str, years: int, *,
                  catalogue: Catalogue | None = None, rules: RuleBook | None = None,
                  rates: RateTable | None = None, calendar: SchoolCalendar | None = None,
                  not_before: YearMonth | None = None) -> Plan:
    """Build a plan for ``years`` (1–3) school years from ``start_year`` ("2026/2027").

    ``not_before`` (year, month): nothing is scheduled earlier — a plan made in the middle of a school year
    starts its trainings in that month and the activities they prepare a month later; activities of the
    current year run (and cost) only for the months left.
    """
    gen = _Generator(result, ctx, start_year, years, catalogue or load_catalogue(), rules or load_rules(),
                     (rates or load_rates()).with_overrides(ctx.rate_overrides), calendar or load_calendar(ctx.region),
                     not_before)
    return gen.run()


class _Generator:
    def __init__(self, result, ctx, start_year, years, catalogue, rules, rates, calendar, not_before=None):
        self.result: DiagnosisResult = result
        self.ctx: SchoolContext = ctx
        self.first = parse_school_year(start_year)
        self.plan = Plan(ctx.rspo, start_year, years, region=ctx.region)  # validates start_year and years
        self.catalogue: Catalogue = catalogue
        self.rules: RuleBook = rules
        self.rates: RateTable = rates
        self.calendar: SchoolCalendar = calendar
        self.settings = rules.setting_values(ctx.settings)
        for sy in self.plan.school_years:
            calendar.year(sy)  # fails early, naming the missing year
        self.loads = _Loads(ctx.staff)
        self.by_role: dict[str, list[StaffMember]] = defaultdict(list)
        for member in ctx.staff:
            self.by_role[member.role].append(member)
        self.family_langs = frozenset(ctx.family_languages)
        self._env_cache: dict[str, dict[str, Any]] = {}
        if not_before is not None and month_index(not_before) <= month_index(self.plan.horizon_start):
            not_before = None  # the plan lies wholly in the future
        self.not_before: YearMonth | None = not_before

    # -- 1. priorities -> templates and trainings ---------------------------------------------------
    def run(self) -> Plan:
        priorities = sorted(self.result.priorities, key=lambda p: (p.rank, p.id))
        chosen: dict[str, list[Priority]] = {}
        area_trainings: dict[str, list[Priority]] = {}
        max_tpl = int(self.settings["max_templates_per_priority"])
        max_tr = int(self.settings["max_trainings_per_priority"])
        for p in priorities:
            for tpl in self._candidates(p)[:max_tpl]:
                chosen.setdefault(tpl.id, []).append(p)
            trainings = sorted((t for t in self.catalogue.trainings.values() if p.area_id in t.areas),
                               key=lambda t: (t.areas.index(p.area_id), t.id))
            for t in trainings[:max_tr]:
                area_trainings.setdefault(t.id, []).append(p)

        actions: list[Action] = []
        for tid in sorted(chosen, key=lambda t: (self.catalogue.templates[t].order, t)):
            actions.extend(self._activity_actions(self.catalogue.templates[tid], chosen[tid]))
        actions.extend(self._training_actions(actions, area_trainings))
        actions = self._assign_staff(actions)
        actions.sort(key=lambda a: (month_index(a.start), 0 if a.kind == "training" else 1, a.id))
        return Plan(self.ctx.rspo, self.plan.start_year, self.plan.years, tuple(actions),
                    tuple(p.id for p in priorities), self.ctx.region)

    def _candidates(self, p: Priority) -> list[ActionTemplate]:
        found = [t for t in self.catalogue.templates.values()
                 if (p.id in t.answers or p.area_id in t.areas) and self._eligible(t)]
        return sorted(found, key=lambda t: (0 if p.id in t.answers else 1,
                                            t.areas.index(p.area_id) if p.area_id in t.areas else 99, t.order, t.id))

    def _eligible(self, tpl: ActionTemplate) -> bool:
        c = self.ctx
        have = {"min_migrant": c.pupils_migrant, "min_needing_polish": c.pupils_needing_polish,
                "min_ukrainian": c.pupils_ukrainian, "min_arrivals": c.arrivals_per_year,
                "min_languages": len(c.family_languages)}
        for key, need in tpl.when.items():
            threshold = self.settings[need] if isinstance(need, str) else need
            if have[key] < threshold:
                return False
        return True

    # -- 2./3. activities: schedule, quantities, costs ---------------------------------------------
    def _activity_actions(self, tpl: ActionTemplate, priorities: list[Priority]) -> list[Action]:
        years = self.plan.school_years if tpl.repeat == "yearly" else self.plan.school_years[:1]
        out = []
        for sy in years:
            start, end = self._schedule(tpl, sy)
            sizings = self._sizings(tpl, sy)
            for sizing in sizings:
                suffix = f".{sizing.regime}" if len(sizings) > 1 else ""
                action_id = f"{tpl.id}@{parse_school_year(sy)}{suffix}"
                title = tpl.title + (_REGIME_TITLES.get(sizing.regime, "") if len(sizings) > 1 else "")
                costs = self._costs(tpl, sy, sizing.quantities, start, end)
                out.append(Action(
                    id=action_id, kind="activity", template_id=tpl.id, title=title, description=tpl.description,
                    school_year=sy, start=start, end=end, priority_ids=tuple(p.id for p in priorities),
                    evidence_summary=_evidence_summary(priorities), lessons=tpl.lessons, regime=sizing.regime,
                    rule_ids=sizing.rule_ids or self._rules_for(tpl.rules, sy, None), quantities=sizing.quantities,
                    cost_lines=costs,
                    indicators=tuple(Indicator(i.text, i.monitoring, i.target) for i in tpl.indicators),
                    trainings_before=tpl.trainings_before,
                ))
        return out

    def _schedule(self, tpl: ActionTemplate, sy: str) -> tuple[YearMonth, YearMonth]:
        first = parse_school_year(sy)
        month = TIMINGS[tpl.timing][0]
        start = (first, 8) if tpl.timing == "before_school_year" else (first if month >= 9 else first + 1, month)
        end = add_months(start, tpl.duration_months - 1)
        if self.not_before is not None:
            floor = add_months(self.not_before, self._preparation_months(tpl.trainings_before))
            if tpl.lessons and floor[1] in (7, 8):  # no lessons in the summer holidays
                floor = (floor[0], 9)
            if month_index(start) < month_index(floor):
                # a running activity keeps its end and runs the remaining months; a one-off keeps its length
                end = end if month_index(end) >= month_index(floor) else add_months(floor, tpl.duration_months - 1)
                start = floor
        return start, end

    def _preparation_months(self, trainings: tuple[str, ...]) -> int:
        """Months needed before something that requires ``trainings``: one per level of their prerequisites."""
        if not trainings:
            return 0
        return 1 + max(self._preparation_months(self.catalogue.trainings[t].prerequisites)
                       for t in trainings if t in self.catalogue.trainings)

    def _rules_for(self, rule_ids: tuple[str, ...], sy: str, regime: str | None) -> tuple[str, ...]:
        y = self.calendar.year(sy)
        keep = []
        for rid in rule_ids:
            rule = self.rules.get(rid)
            if rule.overlaps(y.start, y.end) and (regime is None or regime in rule.applies_to):
                keep.append(rid)
        return tuple(keep)

    def _sizings(self, tpl: ActionTemplate, sy: str) -> list[_Sizing]:
        c, s, rules = self.ctx, self.settings, self.rules
        basis = tpl.quantity
        if basis == "polish_groups":
            return self._polish_sizings(tpl, sy)
        if basis == "compensatory_groups":
            pupils = c.pupils_needing_polish
            size = int(s["compensatory_group_size"])
            hours = rules.get("compensatory_hours").param("hours_per_week_per_subject") * s["compensatory_subjects_per_pupil"]
            q = Quantities(pupils=pupils, groups=math.ceil(pupils / size) if pupils else 0, hours_per_week=hours)
        elif basis == "preparatory_classes":
            rule = rules.get("preparatory_class")
            pupils = c.arrivals_per_year
            by_band = rule.param("min_hours_per_week_by_band")
            bands = [b for b in sorted(c.pupils_by_grade_band, key=lambda b: (-c.pupils_by_grade_band[b], b)) if b in by_band]
            hours = by_band[bands[0]] if bands else by_band["4-6"]
            q = Quantities(pupils=pupils, groups=math.ceil(pupils / rule.param("max_group_size")), hours_per_week=hours)
            return [_Sizing("general", q, self._rules_for(tpl.rules, sy, "general"))] if pupils else []
        elif basis == "assistants":
            per = rules.get("friendly_school_programme").param("pupils_per_assistant")
            units = math.ceil(c.pupils_ukrainian / per) if c.pupils_ukrainian else 1
            q = Quantities(pupils=c.pupils_migrant, units=units)
        elif basis == "family_languages":
            q = Quantities(units=len(c.family_languages))
        elif basis == "parent_course_groups":
            participants = math.ceil(c.pupils_migrant * float(s["parents_course_share"]))
            q = Quantities(participants=participants,
                           groups=math.ceil(participants / int(s["parents_course_group_size"])))
        elif basis == "new_pupils":
            q = Quantities(pupils=c.arrivals_per_year, units=c.arrivals_per_year)
        elif basis == "migrant_pupils":
            q = Quantities(pupils=c.pupils_migrant, units=c.pupils_migrant)
        else:  # school
            q = Quantities(units=1)
        if q.units == 0 and q.groups == 0:
            return []
        return [_Sizing(None, q)]

    def _polish_sizings(self, tpl: ActionTemplate, sy: str) -> list[_Sizing]:
        c, rules = self.ctx, self.rules
        sept1 = self.calendar.year(sy).start
        planned_size = int(self.settings["polish_group_size"])
        returning = min(c.pupils_returning, c.pupils_needing_polish)
        others = c.pupils_needing_polish - returning
        ukr = min(others, round(c.pupils_needing_polish * c.pupils_ukrainian / c.pupils_migrant)) if c.pupils_migrant else 0
        out: list[_Sizing] = []

        def add(regime: str, pupils: int, hours_rules: tuple[str, ...], size_rules: tuple[str, ...]) -> None:
            if pupils <= 0:
                return
            hours_rule = rules.first_active(hours_rules, sept1, regime)
            hours = hours_rule.param("min_hours_per_week") if hours_rule else 2
            size = planned_size
            size_rule = rules.first_active(size_rules, sept1, regime)
            if size_rule is not None:
                size = min(size, int(size_rule.param("max_group_size")))
            ids = tuple(dict.fromkeys(self._rules_for(tpl.rules, sy, regime)
                                      + ((hours_rule.id,) if hours_rule else ())))
            out.append(_Sizing(regime, Quantities(pupils=pupils, groups=math.ceil(pupils / size), hours_per_week=hours),
                               ids))

        if rules.ukrainian_regime_on(sept1):
            add("ukrainian_special", ukr, ("ukrainian_polish_hours_2024", "ukrainian_polish_hours_2022"),
                ("ukrainian_group_size",))
            add("general", others - ukr, ("polish_additional_lessons",), ())
        else:
            add("general", others, ("polish_additional_lessons",), ())
        add("returning_citizens", returning, ("polish_additional_lessons_returning",), ())
        return out

    def _env(self, sy: str) -> dict[str, Any]:
        env = self._env_cache.get(sy)
        if env is None:
            env = self.rates.env(parse_school_year(sy) + 1)  # the calendar year holding most of the school year
            env.update({k: v for k, v in self.settings.items() if isinstance(v, (int, float))})
            env["weeks"] = self.calendar.lesson_weeks(sy)
            env["session_factor"] = self.settings["session_minutes"] / 45
            self._env_cache[sy] = env
        return env

    def _costs(self, tpl: ActionTemplate, sy: str, q: Quantities, start: YearMonth, end: YearMonth
               ) -> tuple[CostLine, ...]:
        env = dict(self._env(sy))
        env.update(pupils=q.pupils, groups=q.groups, hours_per_week=q.hours_per_week, units=q.units,
                   participants=q.participants, languages=len(self.ctx.family_languages),
                   months=months_between(start, end),
                   weeks=self.calendar.year(sy).lesson_weeks_between(start, end))  # the action's own lesson weeks
        programme = self.rules.get("friendly_school_programme")
        lines = []
        for ct in tpl.costs:
            quantity = round(float(ct.quantity(env)), 2)
            unit_price = round(float(ct.unit_price(env)), 2)
            amount = round(quantity * unit_price, 2)
            if amount <= 0:
                continue
            source, note = ct.source, ct.note
            if source == "government_programme" and not programme.active_on(self.calendar.year(sy).start):
                source = "governing_body"
                note = f"{note}; program „Przyjazna szkoła” kończy się {programme.valid_to:%d.%m.%Y} — przyjęto finansowanie organu prowadzącego"
            lines.append(CostLine(ct.category, source, sy, amount, quantity, unit_price, note))
        return tuple(lines)

    # -- 4. trainings -------------------------------------------------------------------------------
    def _training_actions(self, activities: list[Action], area_trainings: dict[str, list[Priority]]) -> list[Action]:
        needed_by: dict[str, list[Action]] = defaultdict(list)
        for a in activities:
            for tid in a.trainings_before:
                needed_by[tid].append(a)
        wanted = sorted(set(needed_by) | set(area_trainings))
        order = self.catalogue.training_closure(wanted)  # prerequisites first
        latest: dict[str, YearMonth] = {}
        horizon_start = self.plan.horizon_start
        if self.not_before is not None:
            horizon_start = self.not_before
        default_start = max((self.first, 10), horizon_start, key=month_index)
        by_id = {p.id: p for p in self.result.priorities}
        prio_of: dict[str, dict[str, Priority]] = {}
        for tid in reversed(order):  # dependants before their prerequisites
            dependants = [t for t in order if tid in self.catalogue.trainings[t].prerequisites and t in latest]
            limits = [_month_before(a.start) for a in needed_by.get(tid, ())]
            limits += [_month_before(latest[t]) for t in dependants]
            prios = {p.id: p for p in area_trainings.get(tid, ())}
            for a in needed_by.get(tid, ()):
                prios.update((pid, by_id[pid]) for pid in a.priority_ids if pid in by_id)
            for t in dependants:
                prios.update(prio_of[t])
            prio_of[tid] = prios
            month = min(limits, key=month_index) if limits else default_start
            if month_index(month) < month_index(horizon_start):
                month = horizon_start
            if self.not_before is not None:  # mid-year: prerequisites in the months before, from not_before
                floor = add_months(self.not_before, self._preparation_months(self.catalogue.trainings[tid].prerequisites))
                month = max(month, floor, key=month_index)
            latest[tid] = month
        assistants = next((a.quantities.units for a in activities if a.template_id == "intercultural_assistant"), 0)
        out = []
        for tid in order:
            t = self.catalogue.trainings[tid]
            participants = self._participants(t, assistants)
            if participants == 0:
                continue
            start = latest[tid]
            sy = max(school_year_id(start[0] if start[1] >= 9 else start[0] - 1), self.plan.start_year)
            priorities = sorted(prio_of[tid].values(), key=lambda p: (p.rank, p.id))
            groups = math.ceil(participants / t.max_group_size)
            out.append(Action(
                id=f"training.{tid}@{self.first}", kind="training", template_id=tid, title=f"Szkolenie: {t.title_pl}",
                description=t.description, school_year=sy, start=start, end=start,
                priority_ids=tuple(p.id for p in priorities), evidence_summary=_evidence_summary(priorities),
                quantities=Quantities(groups=groups, participants=participants, hours_per_week=0, units=groups),
                cost_lines=(self._training_cost(t, sy, groups, participants),),
                indicators=(Indicator("Osoby, które ukończyły szkolenie", "lista obecności i zaświadczenia",
                                      f"{participants} os."),),
                trainings_before=t.prerequisites,
            ))
        return out

    def _participants(self, t: Training, assistants: int) -> int:
        n = sum(1 for s in self.ctx.staff if s.role in t.target_roles and t.id not in s.trainings_done)
        n += t.extra_participants
        if t.extra_participants_from == "assistants":
            n += assistants
        return n

    def _training_cost(self, t: Training, sy: str, groups: int, participants: int) -> CostLine:
        year = parse_school_year(sy) + 1
        rate = self.rates.value(t.price.rate, year)
        if t.price.model == "per_hour":
            quantity, unit, note = groups * t.hours, rate, f"{groups} gr. × {t.hours:g} godz."
        elif t.price.model == "per_group":
            quantity, unit, note = groups, round(rate * t.hours, 2), f"{groups} gr. × {t.hours:g} godz. × {rate:g} zł"
        else:
            quantity, unit, note = participants, rate, f"{participants} uczestników"
        return CostLine("trainings", TRAINING_FUNDING, sy, round(quantity * unit, 2), quantity, unit, note)

    # -- 5. staff ------------------------------------------------------------------------------------
    def _assign_staff(self, actions: list[Action]) -> list[Action]:
        staff = self.ctx.staff
        out = []
        for a in sorted(actions, key=lambda a: (month_index(a.start), a.id)):
            months = range(month_index(a.start), month_index(a.end) + 1)
            if a.kind == "training":
                roles, slots, langs = TRAINING_RESPONSIBLE, (), False
            else:
                tpl = self.catalogue.templates[a.template_id]
                roles, slots, langs = tpl.responsible_roles, tpl.involved, tpl.languages_wanted
            responsible = self._pick(staff, roles, langs, months, 0, responsibility=True)
            if responsible is not None:
                self.loads.responsible[responsible.id] += 1
            assignments: dict[tuple[str, str], float] = {}
            if slots:
                env = dict(self._env(a.school_year))
                q = a.quantities
                env.update(pupils=q.pupils, groups=q.groups, hours_per_week=q.hours_per_week, units=q.units,
                           participants=q.participants, languages=len(self.family_langs))
                for slot in slots:
                    count = math.ceil(float(slot.count(env)))
                    hours = round(float(slot.hours_per_week(env)), 2)
                    for _ in range(count):
                        person = self._pick(staff, slot.roles, langs, months, hours)
                        if person is None:
                            break
                        self.loads.add(person.id, months, hours)
                        key = (person.id, person.role)
                        assignments[key] = round(assignments.get(key, 0) + hours, 2)
            out.append(_replace(a, responsible_id=responsible.id if responsible else None,
                                assignments=tuple(Assignment(sid, role, h) for (sid, role), h in assignments.items())))
        return out

    def _pick(self, staff, roles, langs: bool, months: range, hours: float, responsibility: bool = False):
        best, best_key = None, None
        for role_rank, role in enumerate(roles):
            for s in self.by_role.get(role, ()):
                speaks = bool(langs and self.family_langs.intersection(s.languages))
                if responsibility:
                    key = (role_rank, 0 if speaks else 1, self.loads.responsible[s.id], s.id)
                else:
                    peak = self.loads.peak(s.id, months)
                    key = (0 if peak + hours <= s.weekly_hours_limit else 1, role_rank, 0 if speaks else 1, peak, s.id)
                if best_key is None or key < best_key:
                    best, best_key = s, key
        return best


_REGIME_TITLES = {"ukrainian_special": " — uczniowie z Ukrainy (zasady szczególne)",
                  "general": " — zasady ogólne", "returning_citizens": " — obywatele polscy powracający z zagranicy"}


def _month_before(ym: YearMonth) -> YearMonth:
    """The month before, skipping July (no trainings in the middle of the summer holidays)."""
    prev = add_months(ym, -1)
    return add_months(prev, -1) if prev[1] == 7 else prev


def _evidence_summary(priorities: list[Priority]) -> str:
    parts = []
    for p in priorities:
        ev = "; ".join(f"{e.label}: {e.answer_text}" for e in p.evidence[:2])
        parts.append(f"{p.title} — {p.reason}" + (f" ({ev})" if ev else ""))
    return " | ".join(parts)


def _replace(action: Action, **changes) -> Action:
    return replace(action, **changes)
