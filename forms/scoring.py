"""Scoring a diagnosis: area scores, strengths and priorities, each priority with its evidence.

Area scores
-----------
Every item with a ``score`` key belongs to one dimension of its area: *resources* (what the school has,
100 = fully equipped) or *needs* (how pressing the needs are, 100 = very pressing). An answer gives
points 0..1 (see :mod:`forms.definition`); a dimension's score is ``100 × Σ(weight × points) / Σ weight``
over the scored answers, rounded to 0.1.

Only answers that count are scored: the item is relevant, the answer is not empty and passes
:func:`forms.answers.validate_answer` (junk is ignored, never fatal). For each area
``answered`` / ``unknown`` / ``unanswered`` count its relevant scoreable items:

* ``unknown`` — answered "nie wiem / potrzebuję więcej informacji": excluded from the score;
* ``unanswered`` — no valid answer: excluded from the score;
* a dimension with fewer than :data:`MIN_SCORED_ITEMS` scored items gets ``None``.

**Mostly "don't know".** When more than :data:`UNKNOWN_MAJORITY` of an area's answered scoreable items
are "nie wiem", the area gets a note asking for more information, and it is *not* used for gap /
lowest-resource priorities or strengths: its score rests on a minority of answers. We deliberately do
not create a "need more information" priority — finding facts is a step of the diagnosis, not an
action of the plan. Critical rules still apply, because they rest on explicit answers.

Priorities (documented rules, in this order of rank)
----------------------------------------------------
(a) **critical** — the rules of ``definitions/rules/critical-rules.yaml`` (:func:`critical_rules`) valid on the given day, an XLSForm expression each over the answers
    that count, in the table's order (its order is severity). Id ``critical:<rule_id>``. Rules whose
    items a form version lacks are skipped.
(b) **gap** — areas with ``needs − resources >=`` :data:`GAP_THRESHOLD`, largest gap first (ties: area
    number). Id ``gap:<area_id>``.
(c) **lowest** — areas with ``resources <`` :data:`LOW_RESOURCES_THRESHOLD` that have no gap priority,
    lowest first (ties: area number), at most :data:`MAX_LOWEST`. Id ``lowest:<area_id>``.

An area gets at most one of gap/lowest (besides critical rules). The list is cut at
:data:`MAX_PRIORITIES`; ranks run 1..n. Same answers → same priorities (no randomness, no dict-order
dependence). Every priority carries evidence: the answers behind it (item id, Polish label, answer text).

Strengths: areas with ``resources >=`` :data:`STRENGTH_THRESHOLD`, strongest first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from forms.answers import answer_text, effective_answers, relevance_map, validate_answer
from forms.areas import AREAS, AREAS_BY_ID
from forms.definition import CHOICE_TYPES, NUMERIC_TYPES, Form, FormDefinitionError, Item
from forms.expressions import parse_expression
from forms.result import AreaScore, DiagnosisResult, Evidence, Priority

MIN_SCORED_ITEMS = 2
UNKNOWN_MAJORITY = 0.5
GAP_THRESHOLD = 25.0
LOW_RESOURCES_THRESHOLD = 50.0
MAX_LOWEST = 3
STRENGTH_THRESHOLD = 70.0
MAX_PRIORITIES = 8
MAX_EVIDENCE = 4


@dataclass(frozen=True)
class CriticalRule:
    """A gap serious enough to become a priority whatever the area scores say (data: critical-rules.yaml)."""

    id: str
    area_id: str
    condition: str  # XLSForm-style expression over the answers that count
    title: str  # Polish
    reason: str  # Polish
    source: str  # where the underlying obligation or benchmark comes from
    verified: bool  # False: known from secondary sources only (DOMAIN.md marks [2nd] / [?])
    valid_from: date | None = None
    valid_to: date | None = None

    def applies_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


CRITICAL_RULES_FILE = Path(__file__).resolve().parent / "definitions" / "rules" / "critical-rules.yaml"
_RULE_KEYS = {"id", "area", "condition", "title", "reason", "source", "verified", "valid_from", "valid_to"}


@cache
def critical_rules(path: Path = CRITICAL_RULES_FILE) -> tuple[CriticalRule, ...]:
    """The critical rules, in order of severity; FormDefinitionError names the file, rule and problem."""
    import yaml

    name = path.name
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise FormDefinitionError(name, None, "plik musi mieć listę „rules”")
    rules, seen = [], set()
    for raw in data["rules"]:
        rid = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(rid, str) or rid in seen:
            raise FormDefinitionError(name, str(rid), "brak identyfikatora albo identyfikator powtórzony")
        seen.add(rid)
        unknown = set(raw) - _RULE_KEYS
        missing = {"id", "area", "condition", "title", "reason", "source", "verified"} - set(raw)
        if unknown or missing:
            raise FormDefinitionError(name, rid, f"nieznane klucze {sorted(unknown)} / brakujące {sorted(missing)}")
        if raw["area"] not in AREAS_BY_ID:
            raise FormDefinitionError(name, rid, f"nieznany obszar {raw['area']!r}")
        try:
            parse_expression(raw["condition"])
        except Exception as exc:  # noqa: BLE001 - any parse problem is reported with its place
            raise FormDefinitionError(name, rid, f"błędny warunek: {exc}") from exc
        for key in ("valid_from", "valid_to"):
            if raw.get(key) is not None and not isinstance(raw[key], date):
                raise FormDefinitionError(name, rid, f"{key} musi być datą RRRR-MM-DD")
        if raw.get("valid_from") and raw.get("valid_to") and raw["valid_from"] > raw["valid_to"]:
            raise FormDefinitionError(name, rid, "valid_from jest późniejsze niż valid_to")
        rules.append(CriticalRule(rid, raw["area"], raw["condition"], raw["title"], raw["reason"], raw["source"],
                                  bool(raw["verified"]), raw.get("valid_from"), raw.get("valid_to")))
    return tuple(rules)


# ---------------------------------------------------------------------------------------------- points


def _item_points(item: Item, value: Any) -> float | None | str:
    """Points 0..1, ``"unknown"`` for a "nie wiem" answer, or None when the value cannot be scored."""
    score = item.score
    assert score is not None
    if item.type in CHOICE_TYPES:
        selected = value if isinstance(value, list) else [value]
        if any(item.choice(v) is not None and item.choice(v).unknown for v in selected):  # type: ignore[union-attr]
            return "unknown"
        if item.type == "select_multiple":
            return min(1.0, sum(score.points_for_choice(v) or 0.0 for v in selected))
        return score.points_for_choice(value)
    if item.type in NUMERIC_TYPES:
        pts = score.points_for_number(float(value))
        return 0.0 if pts is None else pts
    return None


def _counting_answers(form: Form, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Relevant, non-empty and valid answers (each checked on its own; junk is dropped)."""
    result = {}
    for key, value in effective_answers(form, answers).items():
        if form.has_item(key) and not validate_answer(form, key, value):
            result[key] = value
    return result


def _evidence(form: Form, item_id: str, value: Any) -> Evidence:
    item = form.item(item_id)
    return Evidence(item_id=item_id, label=item.label.pl, answer_text=answer_text(form, item_id, value))


@dataclass
class _AreaWork:
    resources: list[tuple[Item, float]]
    needs: list[tuple[Item, float]]
    answered: int = 0
    unknown: int = 0
    unanswered: int = 0


def _dimension_score(scored: list[tuple[Item, float]]) -> float | None:
    if len(scored) < MIN_SCORED_ITEMS:
        return None
    total_weight = sum(i.score.weight for i, _ in scored)  # type: ignore[union-attr]
    return round(100.0 * sum(i.score.weight * p for i, p in scored) / total_weight, 1)  # type: ignore[union-attr]


# ---------------------------------------------------------------------------------------------- score


def score(form: Form, answers: Mapping[str, Any], on: date | None = None) -> DiagnosisResult:
    """Score ``answers`` to ``form``: area scores, strengths, priorities with evidence, notes.

    ``on`` (default today) decides which critical rules apply (each has its validity dates).
    """
    on = on or date.today()
    if not isinstance(answers, Mapping):
        answers = {}
    counting = _counting_answers(form, answers)
    relevance = relevance_map(form, answers)
    work = {a.id: _AreaWork([], []) for a in AREAS}
    for item in form.items:
        if item.score is None or not relevance[item.id]:
            continue
        w = work[item.section_id]
        if item.id not in counting:
            w.unanswered += 1
            continue
        pts = _item_points(item, counting[item.id])
        if pts == "unknown":
            w.unknown += 1
        elif pts is None:
            w.unanswered += 1
        else:
            w.answered += 1
            (w.resources if item.score.dimension == "resources" else w.needs).append((item, float(pts)))

    areas: list[AreaScore] = []
    notes: list[str] = []
    unreliable: set[str] = set()
    for area in AREAS:
        w = work[area.id]
        a = AreaScore(area.id, _dimension_score(w.resources), _dimension_score(w.needs),
                      w.answered, w.unknown, w.unanswered)
        areas.append(a)
        if w.unknown and w.unknown > UNKNOWN_MAJORITY * (w.answered + w.unknown):
            unreliable.add(area.id)
            notes.append(f"Obszar „{area.title_pl}”: większość odpowiedzi to „nie wiem” ({w.unknown} z "
                         f"{w.answered + w.unknown}). Warto zebrać brakujące informacje; obszar nie jest "
                         "brany pod uwagę przy wyborze priorytetów i mocnych stron.")
        elif a.resources is None or a.needs is None:
            missing = [name for name, val in (("zasobów", a.resources), ("potrzeb", a.needs)) if val is None]
            notes.append(f"Obszar „{area.title_pl}”: za mało odpowiedzi, aby obliczyć wynik "
                         f"{' i '.join(missing)} (potrzeba co najmniej {MIN_SCORED_ITEMS}).")

    priorities: list[Priority] = []
    for rule in critical_rules():
        if not rule.applies_on(on):
            continue
        expr = parse_expression(rule.condition)
        if not all(form.has_item(r) for r in expr.refs) or not expr.evaluate(counting):
            continue
        evidence = tuple(_evidence(form, i.id, counting[i.id]) for i in form.items
                         if i.id in expr.refs and i.id in counting)
        priorities.append(Priority(f"critical:{rule.id}", rule.area_id, "critical", rule.title,
                                   rule.reason, 0, evidence))

    def area_evidence(area_id: str, with_needs: bool) -> tuple[Evidence, ...]:
        w = work[area_id]
        chosen = sorted(w.resources, key=lambda ip: ip[1])[: MAX_EVIDENCE // 2 if with_needs else 3]
        if with_needs:
            chosen += sorted(w.needs, key=lambda ip: -ip[1])[: MAX_EVIDENCE // 2]
        order = {it.id: n for n, it in enumerate(form.items)}
        chosen.sort(key=lambda ip: order[ip[0].id])
        return tuple(_evidence(form, it.id, counting[it.id]) for it, _ in chosen)

    candidates = [a for a in areas if a.area_id not in unreliable]
    gaps = sorted((a for a in candidates if a.gap is not None and a.gap >= GAP_THRESHOLD),
                  key=lambda a: (-a.gap, AREAS_BY_ID[a.area_id].number))  # type: ignore[operator]
    for a in gaps:
        title = AREAS_BY_ID[a.area_id].title_pl
        priorities.append(Priority(
            f"gap:{a.area_id}", a.area_id, "gap", f"Wzmocnić obszar: {title}",
            f"Potrzeby ({a.needs:.0f}/100) wyraźnie przewyższają zasoby ({a.resources:.0f}/100): "
            f"różnica {a.gap:.0f} pkt, próg {GAP_THRESHOLD:.0f} pkt.",
            0, area_evidence(a.area_id, True)))
    gap_areas = {a.area_id for a in gaps}
    lowest = sorted((a for a in candidates if a.area_id not in gap_areas and a.resources is not None
                     and a.resources < LOW_RESOURCES_THRESHOLD),
                    key=lambda a: (a.resources, AREAS_BY_ID[a.area_id].number))[:MAX_LOWEST]
    for a in lowest:
        title = AREAS_BY_ID[a.area_id].title_pl
        priorities.append(Priority(
            f"lowest:{a.area_id}", a.area_id, "lowest", f"Rozwinąć zasoby: {title}",
            f"Niski wynik zasobów ({a.resources:.0f}/100, próg {LOW_RESOURCES_THRESHOLD:.0f}).",
            0, area_evidence(a.area_id, False)))

    priorities = [Priority(p.id, p.area_id, p.kind, p.title, p.reason, rank, p.evidence)
                  for rank, p in enumerate(priorities[:MAX_PRIORITIES], start=1)]
    strengths = tuple(a.area_id for a in sorted(
        (a for a in candidates if a.resources is not None and a.resources >= STRENGTH_THRESHOLD),
        key=lambda a: (-a.resources, AREAS_BY_ID[a.area_id].number)))  # type: ignore[operator]
    return DiagnosisResult(form.form_id, form.version, tuple(areas), strengths, tuple(priorities),
                           tuple(notes))


# ---------------------------------------------------------------------------------------------- compare


@dataclass(frozen=True)
class AreaDelta:
    area_id: str
    resources_before: float | None
    resources_after: float | None
    needs_before: float | None
    needs_after: float | None

    @property
    def resources_delta(self) -> float | None:
        if self.resources_before is None or self.resources_after is None:
            return None
        return round(self.resources_after - self.resources_before, 1)

    @property
    def needs_delta(self) -> float | None:
        if self.needs_before is None or self.needs_after is None:
            return None
        return round(self.needs_after - self.needs_before, 1)


@dataclass(frozen=True)
class Comparison:
    """Progress between two diagnoses (e.g. a year apart)."""

    areas: tuple[AreaDelta, ...]
    resolved: tuple[Priority, ...]  # priorities of the previous diagnosis that are gone
    new: tuple[Priority, ...]  # priorities that were not there before
    kept: tuple[Priority, ...]  # still there (as in the current diagnosis)

    def area(self, area_id: str) -> AreaDelta | None:
        return next((a for a in self.areas if a.area_id == area_id), None)


def compare(previous: DiagnosisResult, current: DiagnosisResult) -> Comparison:
    """Per-area deltas and which priorities were resolved, are new, or remain (matched by priority id)."""
    deltas = []
    for area in AREAS:
        before, after = previous.area(area.id), current.area(area.id)
        deltas.append(AreaDelta(area.id, before.resources if before else None, after.resources if after else None,
                                before.needs if before else None, after.needs if after else None))
    prev_ids = {p.id for p in previous.priorities}
    cur_ids = {p.id for p in current.priorities}
    return Comparison(
        areas=tuple(deltas),
        resolved=tuple(p for p in previous.priorities if p.id not in cur_ids),
        new=tuple(p for p in current.priorities if p.id not in prev_ids),
        kept=tuple(p for p in current.priorities if p.id in prev_ids),
    )
