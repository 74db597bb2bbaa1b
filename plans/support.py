"""Support of one pupil with migration experience, the school's assistants and its welcome committee, checked
against the rules data (resources/rules/rules.yaml) valid on the dates concerned. Pure: plain dataclasses in,
findings and summaries out — no database, no screen, no names.

A pupil is named only by the pseudonym code (``U-XXXXXXXX``), an assistant by a label the caller chooses
(e.g. "asystent nr 3"), so findings can be shown, printed and logged without personal data.

Periods are inclusive dates; an open-ended support form (``end=None``) is taken to run until ``today``
for durations, and is warned about when a rule it depends on has an end date.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from plans.rules import CONFIDENCE_LABELS, Rule, RuleBook, load_rules

SEVERITIES = ("error", "warning", "info")
SEVERITY_LABELS = {"error": "błąd", "warning": "uwaga", "info": "informacja"}

# --- vocabularies (values stored in the database; labels shown to people) ----------------------------------

SUPPORT_KINDS = ("additional_polish", "compensatory", "preparatory_class", "assistant", "ppp_help")
SUPPORT_KIND_LABELS = {
    "additional_polish": "dodatkowe zajęcia z języka polskiego",
    "compensatory": "zajęcia wyrównawcze",
    "preparatory_class": "oddział przygotowawczy",
    "assistant": "pomoc asystenta",
    "ppp_help": "pomoc psychologiczno-pedagogiczna",
}
PPP_KINDS = ("corrective", "speech", "emotional", "consultation", "other")
PPP_KIND_LABELS = {"corrective": "zajęcia korekcyjno-kompensacyjne", "speech": "zajęcia logopedyczne",
                   "emotional": "zajęcia rozwijające kompetencje emocjonalno-społeczne",
                   "consultation": "porady i konsultacje", "other": "inna forma"}
REGIMES = ("general", "ukrainian_special", "returning_citizens")  # the same names as plans.rules.REGIMES
REGIME_LABELS = {"general": "zasady ogólne (cudzoziemcy)",
                 "ukrainian_special": "szczególne zasady dla obywateli Ukrainy (2022)",
                 "returning_citizens": "obywatel polski powracający z zagranicy"}
POLISH_LEVELS = ("A0", "A1", "A2", "B1", "B2", "C1")
NEEDS_POLISH_BELOW = "B1"  # a pupil below this level needs additional Polish lessons
LEGAL_BASES = ("helper_art165_8", "intercultural_art165_8a")
LEGAL_BASIS_LABELS = {"helper_art165_8": "pomoc nauczyciela władająca językiem ucznia (art. 165 ust. 8)",
                      "intercultural_art165_8a": "asystent międzykulturowy (art. 165 ust. 8a)"}
FUNDING_SOURCES = ("school_budget", "governing_body", "friendly_school", "grant", "other")
FUNDING_LABELS = {"school_budget": "budżet szkoły", "governing_body": "organ prowadzący",
                  "friendly_school": "program „Przyjazna szkoła”", "grant": "grant", "other": "inne"}
ASSESSMENT_KINDS = ("opinia", "orzeczenie")
COMMITTEE_ROLES = ("teacher", "polish_parent", "migrant_parent", "pupil_ambassador", "assistant", "other")
COMMITTEE_ROLE_LABELS = {"teacher": "nauczyciel", "polish_parent": "rodzic (polska rodzina)",
                         "migrant_parent": "rodzic z doświadczeniem migracji", "pupil_ambassador": "uczeń-ambasador",
                         "assistant": "asystent", "other": "inna osoba"}

#: The welcome checklist of a family: step -> (label, days after arrival when it is due).
WELCOME_STEPS: dict[str, tuple[str, int]] = {
    "first_meeting": ("pierwsze spotkanie z rodziną", 7),
    "school_tour": ("oprowadzenie po szkole", 7),
    "buddy": ("przydzielenie ucznia-opiekuna (buddy)", 7),
    "info_pack": ("pakiet informacyjny w języku rodziny", 14),
    "follow_up": ("spotkanie kontrolne po miesiącu", 30),
}

POLISH_RULES = ("polish_additional_lessons", "polish_additional_lessons_returning",
                "ukrainian_polish_hours_2022", "ukrainian_polish_hours_2024")
SPECIAL_REGIME_RULE = "ukrainian_special_regime"
UKRAINE = "UA"


# --- inputs ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SupportForm:
    kind: str
    hours_per_week: float
    start: dt.date
    end: dt.date | None = None
    subject: str | None = None  # compensatory classes: the subject
    assistant_id: int | None = None  # kind "assistant"
    ppp_kind: str | None = None  # kind "ppp_help"
    id: int | None = None

    def last_day(self, today: dt.date) -> dt.date:
        return self.end if self.end is not None else max(today, self.start)

    def active_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def label(self) -> str:
        label = SUPPORT_KIND_LABELS.get(self.kind, self.kind)
        if self.kind == "compensatory" and self.subject:
            return f"{label} ({self.subject})"
        if self.kind == "ppp_help" and self.ppp_kind:
            return f"{label}: {PPP_KIND_LABELS.get(self.ppp_kind, self.ppp_kind)}"
        return label


@dataclass(frozen=True)
class PupilSupport:
    """What the checks need to know about one pupil: no name, only the pseudonym code."""

    code: str
    regime: str
    forms: tuple[SupportForm, ...] = ()
    class_label: str = ""
    country: str = ""
    polish_level: str = ""


@dataclass(frozen=True)
class AssistantInfo:
    id: int
    label: str  # how findings name the assistant (no personal name: "asystent nr 3")
    legal_basis: str
    contract_from: dt.date
    contract_to: dt.date | None = None
    weekly_hours: float = 0.0
    languages: tuple[str, ...] = ()

    def active_on(self, day: dt.date) -> bool:
        return self.contract_from <= day and (self.contract_to is None or day <= self.contract_to)


@dataclass(frozen=True)
class SupportFinding:
    severity: str  # error | warning | info
    code: str
    message: str  # Polish; names the pupil by pseudonym code, the rule id and its source
    rule_id: str | None = None
    source: str | None = None
    subject: str | None = None  # pupil code or assistant label
    form_id: int | None = None

    @property
    def id(self) -> str:
        return ":".join(str(x) for x in (self.code, self.subject or "school", self.form_id or "", self.rule_id or "")
                        if x != "")


# --- small helpers -----------------------------------------------------------------------------------------


def pl_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, _stdlib_calendar.monthrange(year, month)[1]))


def limit_end(start: dt.date, months: int) -> dt.date:
    """The last day of a period of ``months`` months starting on ``start`` (e.g. 1.09.2024 + 12 → 31.08.2025)."""
    return add_months(start, months) - dt.timedelta(days=1)


def months_used(start: dt.date, last: dt.date) -> int:
    """Started months from ``start`` to ``last`` inclusive (a month and a day count as two)."""
    if last < start:
        return 0
    n = (last.year - start.year) * 12 + last.month - start.month
    if add_months(start, n) <= last:
        n += 1
    return max(n, 1)


def _rule_ref(rule: Rule) -> str:
    ref = f"reguła {rule.id}; źródło: {rule.source}"
    if not rule.verified:
        ref += f" ({CONFIDENCE_LABELS[rule.confidence]})"
    return f"[{ref}]"


def _finding(severity: str, code: str, text: str, rule: Rule | None, subject: str | None,
             form: SupportForm | None = None) -> SupportFinding:
    message = f"{text} {_rule_ref(rule)}" if rule is not None else text
    return SupportFinding(severity, code, message, rule.id if rule else None, rule.source if rule else None,
                          subject, form.id if form else None)


def _hours(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def grade_band(class_label: str) -> str | None:
    """'4b' → '4-6', 'OP 7' → '7-8', 'II a' → '1-3'; None when no grade can be read."""
    text = class_label.strip().upper()
    match = re.search(r"\d+", text)
    grade: int | None = int(match.group()) if match else None
    if grade is None:
        roman = re.match(r"^(VIII|VII|VI|IV|V|III|II|I)\b", re.sub(r"^(OP|ODDZ\.?)\s*", "", text))
        if roman:
            grade = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII").index(roman.group(1)) + 1
    if grade is None or not 1 <= grade <= 8:
        return None
    return "1-3" if grade <= 3 else "4-6" if grade <= 6 else "7-8"


def needs_polish(polish_level: str) -> bool:
    return polish_level in POLISH_LEVELS and POLISH_LEVELS.index(polish_level) < POLISH_LEVELS.index(NEEDS_POLISH_BELOW)


def is_ukrainian(pupil: PupilSupport) -> bool:
    return pupil.regime == "ukrainian_special" or pupil.country.upper() == UKRAINE


# --- the regime a pupil is under on a day -------------------------------------------------------------------


def effective_regime(regime: str, day: dt.date, rules: RuleBook) -> str:
    """The special Ukrainian regime turns into the general rules for foreigners once it is no longer valid."""
    if regime == "ukrainian_special" and not rules.rules[SPECIAL_REGIME_RULE].active_on(day):
        return "general"
    return regime


def _regime_segments(regime: str, start: dt.date, end: dt.date, rules: RuleBook) -> list[tuple[str, dt.date, dt.date]]:
    """[start, end] split where the pupil's effective regime changes (the special regime's start and end)."""
    if regime != "ukrainian_special":
        return [(regime, start, end)]
    special = rules.rules[SPECIAL_REGIME_RULE]
    cuts = sorted({d for d in (special.valid_from, (special.valid_to + dt.timedelta(days=1)) if special.valid_to
                               else None) if d is not None and start < d <= end})
    bounds = [start, *cuts, end + dt.timedelta(days=1)]
    return [(effective_regime(regime, a, rules), a, b - dt.timedelta(days=1)) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def _rule_for(rules: RuleBook, rule_ids: Iterable[str], regime: str, day: dt.date) -> Rule | None:
    for rid in rule_ids:
        rule = rules.rules.get(rid)
        if rule is not None and regime in rule.applies_to and rule.active_on(day):
            return rule
    return None


# --- one pupil ----------------------------------------------------------------------------------------------


def check_pupil(pupil: PupilSupport, today: dt.date, *, assistants: Mapping[int, AssistantInfo] | None = None,
                rules: RuleBook | None = None) -> list[SupportFinding]:
    """Findings about one pupil's support forms (errors first)."""
    rules = rules or load_rules()
    assistants = assistants or {}
    out: list[SupportFinding] = []
    code = pupil.code
    by_kind: dict[str, list[SupportForm]] = defaultdict(list)
    for form in pupil.forms:
        by_kind[form.kind].append(form)
        if form.end is not None and form.end < form.start:
            out.append(_finding("error", "support.end_before_start",
                                f"Uczeń {code}: „{form.label}” kończy się ({pl_date(form.end)}) przed początkiem "
                                f"({pl_date(form.start)}).", None, code, form))
        if form.hours_per_week < 0:
            out.append(_finding("error", "support.negative_hours",
                                f"Uczeń {code}: „{form.label}” ma ujemną liczbę godzin.", None, code, form))
    valid = [f for f in pupil.forms if f.end is None or f.end >= f.start]
    special = rules.rules.get(SPECIAL_REGIME_RULE)
    if pupil.regime == "ukrainian_special" and special is not None and not special.active_on(today):
        out.append(_finding("info", "support.special_regime_ended" if today > special.valid_from
                            else "support.special_regime_not_started",
                            f"Uczeń {code}: szczególne zasady dla obywateli Ukrainy obowiązują od "
                            f"{pl_date(special.valid_from)}"
                            + (f" do {pl_date(special.valid_to)}" if special.valid_to else "")
                            + " — dziś ucznia obejmują zasady ogólne dla cudzoziemców.", special, code))

    out += _polish_checks(pupil, [f for f in valid if f.kind == "additional_polish"], today, rules)
    out += _compensatory_checks(pupil, [f for f in valid if f.kind == "compensatory"], today, rules)
    out += _combined_cap(pupil, [f for f in valid if f.kind in ("additional_polish", "compensatory")], today, rules)
    out += _preparatory_checks(pupil, [f for f in valid if f.kind == "preparatory_class"], today, rules)
    out += _assistant_checks(pupil, [f for f in valid if f.kind == "assistant"], today, assistants, rules)
    out += _rule_expiry(pupil, valid, today, assistants, rules)
    return _sorted(out)


def _sorted(findings: list[SupportFinding]) -> list[SupportFinding]:
    order = {s: i for i, s in enumerate(SEVERITIES)}
    seen: set[str] = set()
    unique = []
    for f in findings:
        if f.id not in seen:
            seen.add(f.id)
            unique.append(f)
    return sorted(unique, key=lambda f: (order[f.severity], f.subject or "", f.code, f.form_id or 0, f.rule_id or ""))


def _span(forms: list[SupportForm], today: dt.date) -> tuple[dt.date, dt.date]:
    return min(f.start for f in forms), max(f.last_day(today) for f in forms)


def _polish_checks(pupil: PupilSupport, forms: list[SupportForm], today: dt.date, rules: RuleBook):
    out: list[SupportFinding] = []
    if not forms:
        return out
    code = pupil.code
    # minimum hours a week, per rule valid in each part of the form's period
    for form in forms:
        for regime, seg_start, seg_end in _regime_segments(pupil.regime, form.start, form.last_day(today), rules):
            for rid in POLISH_RULES:
                rule = rules.rules.get(rid)
                if rule is None or regime not in rule.applies_to or not rule.overlaps(seg_start, seg_end):
                    continue
                minimum = rule.parameters.get("min_hours_per_week")
                if minimum is not None and form.hours_per_week < minimum:
                    since = max(seg_start, rule.valid_from)
                    out.append(_finding(
                        "error", "support.polish_min_hours",
                        f"Uczeń {code}: dodatkowe zajęcia z polskiego od {pl_date(since)} mają "
                        f"{_hours(form.hours_per_week)} godz. tygodniowo, a wymagane jest co najmniej "
                        f"{_hours(minimum)}.", rule, code, form))
    # the longest period per pupil, counted from the first start
    first, last = _span(forms, today)
    final_regime = effective_regime(pupil.regime, last, rules)
    rule = _rule_for(rules, ("polish_additional_lessons_returning", "polish_additional_lessons"), final_regime, last)
    if rule is not None and "max_months" in rule.parameters:
        months = rule.param("max_months")
        end_allowed = limit_end(first, months)
        if last > end_allowed:
            later = max(forms, key=lambda f: f.last_day(today))
            after_special = pupil.regime == "ukrainian_special" and final_regime != pupil.regime
            text = (f"Uczeń {code}: dodatkowe zajęcia z polskiego od {pl_date(first)} do {pl_date(last)} to "
                    f"{months_used(first, last)} mies., a uczeń może z nich korzystać najwyżej {months} mies. "
                    f"(do {pl_date(end_allowed)}).")
            if after_special:
                text += (" Po zakończeniu szczególnych zasad dla obywateli Ukrainy obowiązują zasady ogólne — "
                         "sprawdź, czy limit liczy się od pierwszych zajęć.")
            out.append(_finding("warning" if after_special else "error", "support.polish_max_months", text, rule,
                                code, later))
    return out


def _compensatory_checks(pupil: PupilSupport, forms: list[SupportForm], today: dt.date, rules: RuleBook):
    out: list[SupportFinding] = []
    if not forms:
        return out
    code = pupil.code
    by_subject: dict[str, list[SupportForm]] = defaultdict(list)
    for form in forms:
        by_subject[(form.subject or "").strip().lower()].append(form)
    for subject_forms in by_subject.values():
        for form in subject_forms:
            rule = _rule_for(rules, ("compensatory_hours",), effective_regime(pupil.regime, form.start, rules),
                             form.start)
            if rule is None:
                continue
            limit = rule.param("hours_per_week_per_subject")
            concurrent = sum(f.hours_per_week for f in subject_forms if f.active_on(form.start))
            if concurrent > limit:
                subject = form.subject or "bez przedmiotu"
                out.append(_finding(
                    "error", "support.compensatory_hours",
                    f"Uczeń {code}: zajęcia wyrównawcze z przedmiotu „{subject}” od {pl_date(form.start)} to "
                    f"{_hours(concurrent)} godz. tygodniowo, a dopuszczalna jest {_hours(limit)} godz. na przedmiot.",
                    rule, code, form))
    first, last = _span(forms, today)
    rule = _rule_for(rules, ("compensatory_max_months",), effective_regime(pupil.regime, last, rules), last)
    if rule is not None:
        months = rule.param("max_months")
        if last > limit_end(first, months):
            out.append(_finding(
                "error", "support.compensatory_max_months",
                f"Uczeń {code}: zajęcia wyrównawcze od {pl_date(first)} do {pl_date(last)} to "
                f"{months_used(first, last)} mies., a uczeń może z nich korzystać najwyżej {months} mies. "
                f"(do {pl_date(limit_end(first, months))}).", rule, code,
                max(forms, key=lambda f: f.last_day(today))))
    return out


def _combined_cap(pupil: PupilSupport, forms: list[SupportForm], today: dt.date, rules: RuleBook):
    if not forms:
        return []
    code = pupil.code
    worst: tuple[float, dt.date, Rule] | None = None
    first_over: dt.date | None = None
    for day in sorted({f.start for f in forms}):
        regime = effective_regime(pupil.regime, day, rules)
        rule = _rule_for(rules, ("polish_compensatory_cap",), regime, day)
        if rule is None:
            continue  # not for the Ukrainian special regime while it is valid
        total = sum(f.hours_per_week for f in forms if f.active_on(day))
        if total > rule.param("max_hours_per_week"):
            first_over = first_over or day
            if worst is None or total > worst[0]:
                worst = (total, day, rule)
    if worst is None:
        return []
    total, day, rule = worst
    return [_finding("error", "support.polish_compensatory_cap",
                     f"Uczeń {code}: od {pl_date(first_over)} dodatkowy polski i zajęcia wyrównawcze dają łącznie do "
                     f"{_hours(total)} godz. tygodniowo, więcej niż dopuszczalne "
                     f"{_hours(rule.param('max_hours_per_week'))}.", rule, code)]


def _preparatory_checks(pupil: PupilSupport, forms: list[SupportForm], today: dt.date, rules: RuleBook):
    out: list[SupportFinding] = []
    code = pupil.code
    band = grade_band(pupil.class_label)
    for form in forms:
        regime = effective_regime(pupil.regime, form.start, rules)
        rule = _rule_for(rules, ("preparatory_class_2022", "preparatory_class"), regime, form.start)
        if rule is None:
            continue
        by_band = rule.parameters.get("min_hours_per_week_by_band") or {}
        if band in by_band and form.hours_per_week < by_band[band]:
            out.append(_finding(
                "error", "support.preparatory_hours",
                f"Uczeń {code}: oddział przygotowawczy (klasy {band}) ma {_hours(form.hours_per_week)} godz. "
                f"tygodniowo, a wymagane jest co najmniej {_hours(by_band[band])}.", rule, code, form))
        extension = rule.parameters.get("max_extension_school_years", 1)
        start_year = form.start.year if form.start.month >= 9 else form.start.year - 1
        allowed_end = dt.date(start_year + 1 + int(extension), 8, 31)
        if form.last_day(today) > allowed_end:
            out.append(_finding(
                "warning", "support.preparatory_too_long",
                f"Uczeń {code}: nauka w oddziale przygotowawczym trwa do {pl_date(form.last_day(today))}; uczeń "
                f"uczęszcza do niego do końca roku szkolnego, a rada pedagogiczna może ten czas przedłużyć najwyżej "
                f"o {extension} rok szkolny (do {pl_date(allowed_end)}).", rule, code, form))
    return out


def _assistant_checks(pupil: PupilSupport, forms: list[SupportForm], today: dt.date,
                      assistants: Mapping[int, AssistantInfo], rules: RuleBook):
    out: list[SupportFinding] = []
    code = pupil.code
    helper_forms = []
    for form in forms:
        who = assistants.get(form.assistant_id) if form.assistant_id is not None else None
        if who is None:
            out.append(_finding("warning", "support.assistant_unknown",
                                f"Uczeń {code}: „{form.label}” od {pl_date(form.start)} nie wskazuje asystenta "
                                "zatrudnionego w szkole.", None, code, form))
            continue
        if who.legal_basis == "helper_art165_8":
            helper_forms.append(form)
        elif who.legal_basis == "intercultural_art165_8a":
            post = rules.rules.get("intercultural_assistant_post")
            if post is not None and form.start < post.valid_from:
                out.append(_finding(
                    "error", "support.intercultural_too_early",
                    f"Uczeń {code}: pomoc asystenta międzykulturowego ({who.label}) od {pl_date(form.start)}, a "
                    f"takie stanowisko istnieje w prawie dopiero od {pl_date(post.valid_from)}.", post, code, form))
        if not (form.start >= who.contract_from and (who.contract_to is None
                                                      or form.last_day(today) <= who.contract_to)):
            out.append(_finding("warning", "support.assistant_outside_contract",
                                f"Uczeń {code}: pomoc ({who.label}) od {pl_date(form.start)} wykracza poza okres "
                                "umowy asystenta.", None, code, form))
    if helper_forms:
        first, last = _span(helper_forms, today)
        rule = _rule_for(rules, ("language_helper",), effective_regime(pupil.regime, last, rules), last)
        if rule is not None and last > limit_end(first, rule.param("max_months")):
            months = rule.param("max_months")
            out.append(_finding(
                "error", "support.language_helper_max_months",
                f"Uczeń {code}: pomoc osoby władającej jego językiem od {pl_date(first)} do {pl_date(last)} to "
                f"{months_used(first, last)} mies., a przysługuje najwyżej {months} mies. "
                f"(do {pl_date(limit_end(first, months))}).", rule, code,
                max(helper_forms, key=lambda f: f.last_day(today))))
    return out


def _governing_rules(pupil: PupilSupport, form: SupportForm, assistants: Mapping[int, AssistantInfo]) -> tuple[str, ...]:
    ids: tuple[str, ...] = ()
    if form.kind == "additional_polish":
        ids = POLISH_RULES
    elif form.kind == "compensatory":
        ids = ("compensatory_hours", "compensatory_max_months", "polish_compensatory_cap")
    elif form.kind == "preparatory_class":
        ids = ("preparatory_class_2022", "preparatory_class")
    elif form.kind == "assistant":
        who = assistants.get(form.assistant_id) if form.assistant_id is not None else None
        if who is not None:
            ids = ("language_helper",) if who.legal_basis == "helper_art165_8" else ("intercultural_assistant_post",)
    elif form.kind == "ppp_help":
        ids = {"corrective": ("ppp_corrective_group",), "speech": ("ppp_speech_group",)}.get(form.ppp_kind or "", ())
    if pupil.regime == "ukrainian_special":
        ids = (SPECIAL_REGIME_RULE, *ids)
    return ids


def _rule_expiry(pupil: PupilSupport, forms: list[SupportForm], today: dt.date,
                 assistants: Mapping[int, AssistantInfo], rules: RuleBook):
    """A support form that runs past the end of a rule it relies on (or has no end while the rule does)."""
    out = []
    code = pupil.code
    for form in forms:
        governing = [r for r in (rules.rules.get(rid) for rid in _governing_rules(pupil, form, assistants))
                     if r is not None and pupil.regime in r.applies_to]
        expiring = [r for r in governing
                    if r.valid_to is not None and r.active_on(form.start) and (form.end is None or form.end > r.valid_to)
                    and not any(n.valid_from == r.valid_to + dt.timedelta(days=1) for n in governing)]  # succeeded
        if not expiring:
            continue
        rule = min(expiring, key=lambda r: (r.valid_to, r.id != SPECIAL_REGIME_RULE, r.id))
        until = "nie ma daty końca" if form.end is None else f"trwa do {pl_date(form.end)}"
        out.append(_finding(
            "warning", "support.rule_expires",
            f"Uczeń {code}: „{form.label}” {until}, a reguła „{rule.title}” obowiązuje tylko do "
            f"{pl_date(rule.valid_to)} — sprawdź przepisy, które ją zastąpią.", rule, code, form))
    return out


# --- the school's assistants ------------------------------------------------------------------------------


def check_assistants(assistants: Iterable[AssistantInfo], pupils: Iterable[PupilSupport], today: dt.date, *,
                     rules: RuleBook | None = None) -> list[SupportFinding]:
    """Assistants' legal basis against its dates, the "Przyjazna szkoła" ratio and each assistant's workload."""
    rules = rules or load_rules()
    assistants = list(assistants)
    pupils = list(pupils)
    out: list[SupportFinding] = []
    post = rules.rules.get("intercultural_assistant_post")
    for a in assistants:
        if a.contract_to is not None and a.contract_to < a.contract_from:
            out.append(_finding("error", "assistant.contract_dates",
                                f"{a.label}: umowa kończy się ({pl_date(a.contract_to)}) przed początkiem "
                                f"({pl_date(a.contract_from)}).", None, a.label))
        if a.legal_basis == "intercultural_art165_8a" and post is not None and a.contract_from < post.valid_from:
            out.append(_finding("error", "assistant.intercultural_too_early",
                                f"{a.label}: umowa asystenta międzykulturowego od {pl_date(a.contract_from)}, a to "
                                f"stanowisko istnieje w prawie dopiero od {pl_date(post.valid_from)}.", post, a.label))
        if a.legal_basis not in LEGAL_BASES:
            out.append(_finding("error", "assistant.legal_basis", f"{a.label}: nieznana podstawa prawna "
                                f"„{a.legal_basis}”.", None, a.label))
    programme = rules.rules.get("friendly_school_programme")
    if programme is not None and programme.active_on(today):
        ukrainian = sum(1 for p in pupils if is_ukrainian(p))
        needed = math.ceil(ukrainian / programme.param("pupils_per_assistant"))
        employed = sum(1 for a in assistants if a.active_on(today))
        if employed < needed:
            out.append(_finding(
                "warning", "assistant.friendly_school_ratio",
                f"Szkoła ma {ukrainian} uczniów z Ukrainy, więc w programie „Przyjazna szkoła” potrzebuje "
                f"{needed} asystentów (jeden na {programme.param('pupils_per_assistant')} uczniów), a zatrudnia "
                f"{employed}.", programme, None))
    for load in assistant_workload(assistants, pupils, today):
        if load.weekly_hours and load.hours_with_pupils > load.weekly_hours:
            out.append(_finding(
                "warning", "assistant.workload",
                f"{load.label}: wsparcie uczniów to {_hours(load.hours_with_pupils)} godz. tygodniowo, więcej niż "
                f"{_hours(load.weekly_hours)} godz. w umowie.", None, load.label))
    return _sorted(out)


@dataclass(frozen=True)
class Workload:
    assistant_id: int
    label: str
    weekly_hours: float
    pupils: int  # pupils supported on the day
    hours_with_pupils: float
    pupil_codes: tuple[str, ...] = ()


def assistant_workload(assistants: Iterable[AssistantInfo], pupils: Iterable[PupilSupport],
                       today: dt.date) -> list[Workload]:
    pupils = list(pupils)
    out = []
    for a in assistants:
        codes, hours = [], 0.0
        for p in pupils:
            forms = [f for f in p.forms if f.kind == "assistant" and f.assistant_id == a.id and f.active_on(today)]
            if forms:
                codes.append(p.code)
                hours += sum(f.hours_per_week for f in forms)
        out.append(Workload(a.id, a.label, a.weekly_hours, len(codes), hours, tuple(sorted(codes))))
    return out


# --- a pupil's support at a glance -------------------------------------------------------------------------


@dataclass(frozen=True)
class LimitUse:
    rule_id: str
    label: str
    first_start: dt.date
    months_used: int
    max_months: int
    ends_on: dt.date  # the last day allowed

    @property
    def months_left(self) -> int:
        return max(0, self.max_months - self.months_used)


@dataclass(frozen=True)
class SupportSummary:
    code: str
    active_forms: tuple[SupportForm, ...]
    hours_by_kind: Mapping[str, float]  # active on the day
    hours_total: float
    limits: tuple[LimitUse, ...] = ()
    findings: tuple[SupportFinding, ...] = field(default=())


def support_summary(pupil: PupilSupport, today: dt.date, *, assistants: Mapping[int, AssistantInfo] | None = None,
                    rules: RuleBook | None = None) -> SupportSummary:
    rules = rules or load_rules()
    assistants = assistants or {}
    active = tuple(f for f in pupil.forms if f.active_on(today))
    hours: dict[str, float] = {}
    for f in active:
        hours[f.kind] = hours.get(f.kind, 0.0) + f.hours_per_week
    limits = []
    groups = (
        ("additional_polish", ("polish_additional_lessons_returning", "polish_additional_lessons"),
         lambda f: f.kind == "additional_polish"),
        ("compensatory", ("compensatory_max_months",), lambda f: f.kind == "compensatory"),
        ("assistant", ("language_helper",),
         lambda f: f.kind == "assistant" and getattr(assistants.get(f.assistant_id), "legal_basis", "")
         == "helper_art165_8"),
    )
    for kind, rule_ids, pick in groups:
        forms = [f for f in pupil.forms if pick(f) and (f.end is None or f.end >= f.start)]
        if not forms:
            continue
        first, last = _span(forms, today)
        day = min(max(today, first), last)
        rule = _rule_for(rules, rule_ids, effective_regime(pupil.regime, day, rules), day)
        if rule is None or "max_months" not in rule.parameters:
            continue
        months = rule.param("max_months")
        label = SUPPORT_KIND_LABELS[kind] if kind != "assistant" else "pomoc osoby władającej językiem ucznia"
        limits.append(LimitUse(rule.id, label, first, months_used(first, min(today, last)), months,
                               limit_end(first, months)))
    return SupportSummary(pupil.code, active, hours, sum(hours.values()), tuple(limits),
                          tuple(check_pupil(pupil, today, assistants=assistants, rules=rules)))


# --- the welcome checklist and clinic deadlines ------------------------------------------------------------


@dataclass(frozen=True)
class WelcomeStep:
    step: str
    due_on: dt.date
    done_on: dt.date | None = None

    @property
    def label(self) -> str:
        return WELCOME_STEPS.get(self.step, (self.step, 0))[0]

    def overdue(self, today: dt.date) -> bool:
        return self.done_on is None and self.due_on < today


def default_steps(arrival: dt.date) -> list[WelcomeStep]:
    """The checklist of a family arriving on ``arrival`` with the default due dates."""
    return [WelcomeStep(step, arrival + dt.timedelta(days=days)) for step, (_label, days) in WELCOME_STEPS.items()]


def overdue_steps(steps: Iterable[WelcomeStep], today: dt.date) -> list[WelcomeStep]:
    return sorted((s for s in steps if s.overdue(today)), key=lambda s: (s.due_on, step_order(s.step)))


def step_order(step: str) -> int:
    return list(WELCOME_STEPS).index(step) if step in WELCOME_STEPS else len(WELCOME_STEPS)


def ipet_due(kind: str, delivered: dt.date | None, rules: RuleBook | None = None) -> dt.date | None:
    """The IPET deadline: 30 days (rule ``ipet_deadline``) from delivery of an orzeczenie; None for an opinia."""
    if kind != "orzeczenie" or delivered is None:
        return None
    rules = rules or load_rules()
    rule = rules.rules["ipet_deadline"]
    return delivered + dt.timedelta(days=int(rule.param("max_days")))
