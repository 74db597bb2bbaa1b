"""Rule checks on a plan: legal, budget, staffing, coverage and schedule findings, in Polish.

Every finding names the place to fix it: an action id and a field name (``None`` for plan-wide ones).
A finding whose id is listed in the action's ``accepted_findings`` is left out (the school accepted it).
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass

from forms.result import DiagnosisResult
from plans.calendar import YearMonth, is_summer_month, iter_months, month_index, months_between
from plans.catalogue import FUNDING_SOURCE_LABELS, Catalogue, load_catalogue
from plans.costs import totals_by_year_and_source
from plans.model import Action, Plan, SchoolContext
from plans.roles import role_label
from plans.rules import CONFIDENCE_LABELS, RuleBook, load_rules
from plans.staffing import over_limits

SEVERITIES = ("error", "warning", "info")
POLISH_TEMPLATE = "additional_polish_lessons"


@dataclass(frozen=True)
class Finding:
    severity: str  # error | warning | info
    code: str
    message: str  # Polish
    action_id: str | None = None
    field: str | None = None
    rule_id: str | None = None

    @property
    def id(self) -> str:
        return ":".join(x for x in (self.code, self.action_id or "plan", self.field or "", self.rule_id or "") if x)


def _first_day(ym: YearMonth) -> dt.date:
    return dt.date(ym[0], ym[1], 1)


def _last_day(ym: YearMonth) -> dt.date:
    return dt.date(ym[0], ym[1], _stdlib_calendar.monthrange(*ym)[1])


def _pln(amount: float) -> str:
    """Polish money, e.g. "12 345,67 zł" (no-break space between thousands)."""
    return f"{amount:,.2f}".replace(",", "\u00a0").replace(".", ",") + " zł"


def _pl_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def check_plan(plan: Plan, ctx: SchoolContext, result: DiagnosisResult | None, today: dt.date, *,
               rules: RuleBook | None = None, catalogue: Catalogue | None = None) -> list[Finding]:
    rules = rules or load_rules()
    catalogue = catalogue or load_catalogue()
    live = [a for a in plan.actions if a.status != "dropped"]
    findings: list[Finding] = []
    add = findings.append

    # -- schedule and holidays ------------------------------------------------------------------------
    for a in live:
        if month_index(a.end) < month_index(a.start):
            add(Finding("error", "schedule.end_before_start",
                        f"„{a.title}”: koniec ({a.end[1]:02d}.{a.end[0]}) jest przed początkiem.", a.id, "end"))
            continue
        if month_index(a.start) < month_index(plan.horizon_start) or month_index(a.end) > month_index(plan.horizon_end):
            add(Finding("warning", "schedule.outside_horizon",
                        f"„{a.title}” wykracza poza okres planu ({', '.join(plan.school_years)}).", a.id, "start"))
        if a.lessons:
            summer = [ym for ym in iter_months(a.start, a.end) if is_summer_month(ym)]
            if summer:
                add(Finding("error", "coverage.lesson_in_holidays",
                            f"„{a.title}” to zajęcia z uczniami, a zaplanowano je na wakacje "
                            f"({', '.join(f'{m:02d}.{y}' for y, m in summer)}). Zakończ je w czerwcu.",
                            a.id, "end" if month_index(summer[-1]) == month_index(a.end) else "start"))

    # -- legal ---------------------------------------------------------------------------------------
    used: dict[str, str] = {}
    for a in live:
        start_day, end_day = _first_day(a.start), _last_day(a.end)
        for rid in a.rule_ids:
            rule = rules.rules.get(rid)
            if rule is None:
                add(Finding("error", "legal.unknown_rule", f"„{a.title}” odwołuje się do nieznanej reguły „{rid}”.",
                            a.id, "rule_ids", rid))
                continue
            used.setdefault(rid, a.id)
            if a.regime is not None and a.regime not in rule.applies_to:
                continue
            if not rule.overlaps(start_day, end_day):
                add(Finding("warning", "legal.rule_not_in_force",
                            f"„{a.title}” opiera się na regule „{rule.title}”, która nie obowiązuje w tym okresie "
                            f"(obowiązuje od {_pl_date(rule.valid_from)}"
                            + (f" do {_pl_date(rule.valid_to)}" if rule.valid_to else "") + ").",
                            a.id, "rule_ids", rid))
                continue
            q = a.quantities
            p = rule.parameters
            if "max_group_size" in p and q.groups > 0 and math.ceil(q.pupils / q.groups) > p["max_group_size"]:
                add(Finding("error", "legal.group_size",
                            f"„{a.title}”: {q.pupils} uczniów w {q.groups} grupach to ponad {p['max_group_size']} "
                            f"osób w grupie (reguła: {rule.title}). Zwiększ liczbę grup do "
                            f"{math.ceil(q.pupils / p['max_group_size'])}.", a.id, "quantities.groups", rid))
            if "min_hours_per_week" in p and q.groups > 0 and q.hours_per_week < p["min_hours_per_week"]:
                add(Finding("error", "legal.min_hours",
                            f"„{a.title}”: {q.hours_per_week:g} godz. tygodniowo to mniej niż wymagane "
                            f"{p['min_hours_per_week']} (reguła: {rule.title}).", a.id, "quantities.hours_per_week", rid))
            if "max_months" in p and months_between(a.start, a.end) > p["max_months"]:
                add(Finding("error", "legal.max_months",
                            f"„{a.title}” trwa {months_between(a.start, a.end)} mies., a uczeń może korzystać z tej "
                            f"formy najwyżej {p['max_months']} mies. (reguła: {rule.title}).", a.id, "end", rid))
    findings.extend(_combined_hours(live, rules))
    findings.extend(_months_per_pupil(live, rules))
    h_start, h_end = plan.horizon_dates
    for rid, action_id in sorted(used.items()):
        rule = rules.rules[rid]
        if rule.valid_to is not None and h_start <= rule.valid_to < h_end:
            add(Finding("warning", "legal.rule_expires",
                        f"Reguła „{rule.title}” obowiązuje do {_pl_date(rule.valid_to)}, a plan trwa dłużej — "
                        f"sprawdź przepisy, które ją zastąpią, i popraw działania po tej dacie.",
                        action_id, "rule_ids", rid))
        if not rule.verified:
            add(Finding("info", "legal.rule_unverified",
                        f"Reguła „{rule.title}” pochodzi ze źródła: {rule.source} — "
                        f"{CONFIDENCE_LABELS[rule.confidence]}; sprawdź ją przed zatwierdzeniem planu.",
                        action_id, "rule_ids", rid))

    # -- budget --------------------------------------------------------------------------------------
    if ctx.budget_ceilings:
        totals = totals_by_year_and_source(plan)
        for (sy, source), ceiling in sorted(ctx.budget_ceilings.items()):
            total = totals.get((sy, source), 0.0)
            if total > ceiling + 0.005:
                biggest = max((a for a in live for c in a.cost_lines if c.school_year == sy and c.source == source),
                              key=lambda a: (sum(c.amount_pln for c in a.cost_lines
                                                 if c.school_year == sy and c.source == source), a.id), default=None)
                add(Finding("warning", "budget.ceiling_exceeded",
                            f"W roku {sy} koszty finansowane ze źródła „{FUNDING_SOURCE_LABELS.get(source, source)}” "
                            f"wynoszą {_pln(total)} i przekraczają limit {_pln(ceiling)} o {_pln(total - ceiling)}.",
                            biggest.id if biggest else None, "cost_lines"))

    # -- staffing ------------------------------------------------------------------------------------
    staff_ids = {s.id for s in ctx.staff}
    for a in live:
        if a.responsible_id is None:
            add(Finding("warning", "staff.no_responsible", f"„{a.title}” nie ma osoby odpowiedzialnej.",
                        a.id, "responsible_id"))
        elif a.responsible_id not in staff_ids:
            add(Finding("error", "staff.unknown", f"„{a.title}”: osoby odpowiedzialnej „{a.responsible_id}” nie ma "
                        "w kadrze szkoły.", a.id, "responsible_id"))
        for asg in a.assignments:
            if asg.staff_id not in staff_ids:
                add(Finding("error", "staff.unknown", f"„{a.title}”: osoby „{asg.staff_id}” nie ma w kadrze szkoły.",
                            a.id, "assignments"))
    seen_staff = set()
    for over in over_limits(plan, ctx):
        if over.staff_id in seen_staff:
            continue
        seen_staff.add(over.staff_id)
        member = ctx.staff_member(over.staff_id)
        add(Finding("warning", "staff.over_limit",
                    f"{member.name} ({role_label(member.role)}) ma w planie {over.hours_per_week:g} godz. tygodniowo "
                    f"od {over.month[1]:02d}.{over.month[0]}, przy limicie {over.limit:g} godz.",
                    over.action_ids[0] if over.action_ids else None, "assignments"))

    # -- trainings before activities -----------------------------------------------------------------
    trainings = defaultdict(list)
    for a in live:
        if a.kind == "training":
            trainings[a.template_id].append(a)
    for a in live:
        for tid in a.trainings_before:
            scheduled = trainings.get(tid)
            training = catalogue.trainings.get(tid)
            name = training.title_pl if training else tid
            if scheduled:
                if all(month_index(t.end) >= month_index(a.start) for t in scheduled):
                    add(Finding("warning", "schedule.training_after",
                                f"Szkolenie „{name}” zaplanowano dopiero na {scheduled[0].end[1]:02d}."
                                f"{scheduled[0].end[0]}, a „{a.title}” zaczyna się {a.start[1]:02d}.{a.start[0]}.",
                                a.id, "start"))
            elif training is not None and any(s.role in training.target_roles and tid not in s.trainings_done
                                              for s in ctx.staff):
                add(Finding("warning", "schedule.training_missing",
                            f"Przed działaniem „{a.title}” potrzebne jest szkolenie „{name}”, którego nie ma w planie.",
                            a.id, "trainings_before"))

    # -- coverage of priorities ------------------------------------------------------------------------
    if result is not None:
        covered = {pid for a in live for pid in a.priority_ids}
        for p in sorted(result.priorities, key=lambda p: (p.rank, p.id)):
            if p.id not in covered:
                add(Finding("warning", "coverage.priority_uncovered",
                            f"Priorytet „{p.title}” ({p.reason}) nie ma w planie żadnego działania.", None,
                            "priority_ids"))

    # -- tracking against today ------------------------------------------------------------------------
    now = (today.year, today.month)
    for a in live:
        if a.status == "planned" and month_index(a.start) < month_index(now):
            add(Finding("info", "tracking.not_started",
                        f"„{a.title}” miało się zacząć {a.start[1]:02d}.{a.start[0]} i wciąż jest tylko zaplanowane.",
                        a.id, "status"))
        if a.status in ("planned", "in_progress") and month_index(a.end) < month_index(now):
            add(Finding("warning", "tracking.overdue",
                        f"„{a.title}” miało się zakończyć {a.end[1]:02d}.{a.end[0]} i nie jest zakończone.",
                        a.id, "status"))

    accepted = {(a.id, fid) for a in plan.actions for fid in a.accepted_findings}
    findings = [f for f in findings if (f.action_id, f.id) not in accepted]
    order = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: (order[f.severity], f.code, f.action_id or "", f.rule_id or ""))


def _combined_hours(actions: list[Action], rules: RuleBook) -> list[Finding]:
    """Polish + compensatory hours a week per pupil within the cap (not for the Ukrainian special regime)."""
    cap = rules.get("polish_compensatory_cap")
    comp: dict[str, float] = defaultdict(float)
    for a in actions:
        if "compensatory_hours" in a.rule_ids:
            comp[a.school_year] = max(comp[a.school_year], a.quantities.hours_per_week)
    out = []
    for a in actions:
        if a.template_id != POLISH_TEMPLATE or a.regime not in cap.applies_to:
            continue
        if not cap.overlaps(_first_day(a.start), _last_day(a.end)):
            continue
        total = a.quantities.hours_per_week + comp.get(a.school_year, 0.0)
        if total > cap.param("max_hours_per_week"):
            out.append(Finding("error", "legal.hours_combined",
                               f"„{a.title}”: język polski i zajęcia wyrównawcze dają uczniowi {total:g} godz. "
                               f"tygodniowo, więcej niż dopuszczalne {cap.param('max_hours_per_week')} "
                               f"(reguła: {cap.title}).", a.id, "quantities.hours_per_week", cap.id))
    return out


def _months_per_pupil(actions: list[Action], rules: RuleBook) -> list[Finding]:
    """The same form of support planned over more months than one pupil may use: remind about rotation."""
    months: dict[tuple[str, str | None, str], list[Action]] = defaultdict(list)
    for a in actions:
        for rid in a.rule_ids:
            rule = rules.rules.get(rid)
            if rule and "max_months" in rule.parameters and (a.regime is None or a.regime in rule.applies_to):
                months[(a.template_id, a.regime, rid)].append(a)
    out = []
    for (_tpl, _regime, rid), group in sorted(months.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2])):
        rule = rules.get(rid)
        total = sum(months_between(a.start, a.end) for a in group)
        if len(group) > 1 and total > rule.param("max_months"):
            out.append(Finding("info", "legal.max_months_per_pupil",
                               f"„{group[0].title}” zaplanowano łącznie na {total} mies.; jeden uczeń może z tej formy "
                               f"korzystać najwyżej {rule.param('max_months')} mies. — prowadź listę uczestników "
                               "i ich okresy wsparcia.", group[-1].id, "quantities.pupils", rid))
    return out
