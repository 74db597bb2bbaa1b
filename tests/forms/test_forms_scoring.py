from __future__ import annotations

import pytest

from forms.demo import demo_answers, demo_previous_answers
from forms.result import DiagnosisResult
from forms.scoring import MAX_PRIORITIES, compare, critical_rules, score

BASE = {"pupils_total": 300, "pupils_migrant_total": 30}

# rule id -> (answers that must fire it, answers that must not)
CRITICAL_CASES = {
    "no_child_protection_standards": (
        [{"child_protection_standards": "no"}, {"child_protection_standards": "in_preparation"}],
        [{"child_protection_standards": "adopted"}, {"child_protection_standards": "dont_know"}, {}]),
    "no_polish_lessons": (
        [BASE | {"pupils_needing_polish": 5, "polish_extra_lessons": "no"}],
        [BASE | {"pupils_needing_polish": 0, "polish_extra_lessons": "no"},
         BASE | {"pupils_needing_polish": 5, "polish_extra_lessons": "yes_some"},
         {"pupils_total": 300, "pupils_migrant_total": 0, "pupils_needing_polish": 5, "polish_extra_lessons": "no"}]),
    "no_incident_procedure": (
        [{"incident_procedure": "no"}, {"incident_procedure": "in_preparation"}],
        [{"incident_procedure": "adopted"}, {"incident_procedure": "dont_know"}]),
    "no_antidiscrimination_regulation": (
        [{"antidiscrimination_regulation": "no"}],
        [{"antidiscrimination_regulation": "adopted"}, {"antidiscrimination_regulation": "dont_know"}]),
    "no_admission_procedure": (
        [BASE | {"welcome_procedure": "no"}, BASE | {"welcome_procedure": "yes_practice"}],
        [BASE | {"welcome_procedure": "yes_written"}, {"pupils_total": 300, "pupils_migrant_total": 0,
                                                       "welcome_procedure": "no"},
         {"welcome_procedure": "no"}]),
    "ukrainian_pupils_without_assistant": (
        [BASE | {"pupils_ukrainian": 21, "assistant_employed": "no"}],
        [BASE | {"pupils_ukrainian": 20, "assistant_employed": "no"},
         BASE | {"pupils_ukrainian": 25, "assistant_employed": "yes"},
         BASE | {"pupils_ukrainian": 25, "assistant_employed": "dont_know"},
         # invalid: more Ukrainian pupils than pupils with migration experience is still counted on its
         # own (type-valid), so use a type-invalid value to show junk never fires a rule
         BASE | {"pupils_ukrainian": "21", "assistant_employed": "no"}]),
}


def test_every_rule_has_cases():
    assert set(CRITICAL_CASES) == {r.id for r in critical_rules()}


@pytest.mark.parametrize("rule_id", sorted(CRITICAL_CASES))
def test_critical_rule_fires_only_when_it_should(form, rule_id):
    positives, negatives = CRITICAL_CASES[rule_id]
    for answers in positives:
        result = score(form, answers)
        found = [p for p in result.priorities if p.id == f"critical:{rule_id}"]
        assert len(found) == 1, answers
        p = found[0]
        assert p.kind == "critical" and p.title and p.reason and p.evidence
        assert all(e.item_id in answers and e.label and e.answer_text for e in p.evidence)
    for answers in negatives:
        assert f"critical:{rule_id}" not in {p.id for p in score(form, answers).priorities}, answers


def test_empty_answers(form):
    result = score(form, {})
    assert result.priorities == () and result.strengths == ()
    for area in result.areas:
        assert area.resources is None and area.needs is None
        assert area.answered == 0 and area.unknown == 0 and area.unanswered > 0
    assert len(result.areas) == 12 and len(result.notes) == 12


def test_weighted_score_and_few_items(form):
    result = score(form, {"welcome_procedure": "yes_written", "welcome_first_days": "no_definitely"})
    welcome = result.area("welcome")
    assert welcome.resources == 60.0  # (3 × 1 + 2 × 0) / 5
    assert welcome.needs is None  # no needs answered
    assert welcome.answered == 2
    one = score(form, {"welcome_procedure": "yes_written"}).area("welcome")
    assert one.resources is None and one.answered == 1


def test_number_ranges_score_needs(form):
    answers = BASE | {"pupils_needing_polish": 30, "arrivals_this_year": 0}
    pupils = score(form, answers).area("pupils")
    # migrants 30 -> 0.75 (w2), needing 30 -> 1.0 (w2), arrivals 0 -> 0 (w1)
    assert pupils.needs == round(100 * (2 * 0.75 + 2 * 1.0 + 0) / 5, 1)


def test_unknown_and_unanswered_are_explicit(form):
    answers = {"welcome_procedure": "dont_know", "welcome_first_days": "dont_know",
               "welcome_buddies": "yes_definitely", "welcome_placement_rules": "no_rather"}
    welcome = score(form, answers).area("welcome")
    assert welcome.unknown == 2 and welcome.answered == 2
    assert welcome.resources == round(100 * (1 + 0.33) / 2, 1)  # "nie wiem" excluded
    total_scoreable = sum(1 for i in form.section("welcome").items if i.score)
    assert welcome.unanswered == total_scoreable - 4


def test_junk_answers_are_ignored_not_fatal(form):
    result = score(form, {"pupils_total": "many", "welcome_procedure": 7, "welcome_first_days": ["x"],
                          "ghost": 1, "family_languages": {"a": 1}})
    assert result.area("welcome").answered == 0
    assert result.area("welcome").unanswered > 0


def _gap_answers() -> dict:
    return {"welcome_procedure": "no", "welcome_first_days": "no_definitely",
            "welcome_need_materials": "yes_definitely", "welcome_need_procedure_help": "yes_definitely"}


def test_gap_priority_with_evidence(form):
    result = score(form, _gap_answers())
    gap = next(p for p in result.priorities if p.id == "gap:welcome")
    assert result.area("welcome").gap == 100.0
    assert gap.kind == "gap" and "100" in gap.reason
    assert {e.item_id for e in gap.evidence} == set(_gap_answers())


def test_mostly_unknown_area_gets_note_and_no_gap_priority(form):
    answers = _gap_answers() | {k: "dont_know" for k in (
        "welcome_entry_interview", "welcome_placement_rules", "welcome_info_translated", "welcome_buddies",
        "welcome_committee_exists")}
    result = score(form, answers)
    assert result.area("welcome").unknown == 5
    assert "gap:welcome" not in {p.id for p in result.priorities}
    assert not any(p.area_id == "welcome" for p in result.priorities)
    assert any("Przyjęcie i powitanie" in n and "nie wiem" in n for n in result.notes)


def test_lowest_resources_priority(form):
    answers = {"parents_channels": ["phone"], "parents_interpreter": "never",
               "parents_need_polish_course": "no_definitely", "parents_need_interpreters": "no_rather"}
    result = score(form, answers)
    parents = result.area("parents")
    assert parents.resources < 50 and parents.gap < 25
    p = next(p for p in result.priorities if p.area_id == "parents")
    assert p.id == "lowest:parents" and p.kind == "lowest" and p.evidence


def test_demo_priorities(form):
    result = score(form, demo_answers())
    ids = [p.id for p in result.priorities]
    assert len(ids) >= 3 and len(ids) <= MAX_PRIORITIES and len(set(ids)) == len(ids)
    assert [p.rank for p in result.priorities] == list(range(1, len(ids) + 1))
    assert "critical:no_admission_procedure" in ids
    assert "critical:ukrainian_pupils_without_assistant" in ids
    kinds = [p.kind for p in result.priorities]
    assert kinds == sorted(kinds, key=["critical", "gap", "lowest"].index)
    for p in result.priorities:
        assert p.evidence and all(e.answer_text for e in p.evidence)
    per_area = {}
    for p in result.priorities:
        if p.kind != "critical":
            assert p.area_id not in per_area
            per_area[p.area_id] = p
    assert result.strengths and all(result.area(a).resources >= 70 for a in result.strengths)


def test_priorities_are_deterministic(form):
    answers = demo_answers()
    reversed_answers = dict(reversed(list(answers.items())))
    assert score(form, answers) == score(form, reversed_answers) == score(form, demo_answers())


def test_result_round_trips_through_dict(form):
    result = score(form, demo_answers())
    assert DiagnosisResult.from_dict(result.to_dict()) == result


def test_compare_shows_progress(form):
    before, after = score(form, demo_previous_answers()), score(form, demo_answers())
    comparison = compare(before, after)
    resolved = {p.id for p in comparison.resolved}
    assert {"critical:no_child_protection_standards", "critical:no_polish_lessons",
            "critical:no_incident_procedure"} <= resolved
    assert not resolved & {p.id for p in after.priorities}
    assert {p.id for p in comparison.kept} | {p.id for p in comparison.new} == {p.id for p in after.priorities}
    polish = comparison.area("polish")
    assert polish.resources_delta > 0 and polish.resources_before < polish.resources_after
    same = compare(after, after)
    assert same.resolved == () and same.new == () and all(d.resources_delta in (0, None) for d in same.areas)


def test_critical_rules_are_dated_data_with_sources():
    from datetime import date

    from forms.definition import load_form

    form = load_form("diagnosis")
    rules = critical_rules()
    assert len(rules) >= 6 and len({r.id for r in rules}) == len(rules)
    for rule in rules:
        assert rule.source and isinstance(rule.verified, bool)
        from forms.expressions import parse_expression

        assert all(form.has_item(ref) for ref in parse_expression(rule.condition).refs), rule.id
    assistant = next(r for r in rules if r.id == "ukrainian_pupils_without_assistant")
    assert assistant.applies_on(date(2026, 1, 1)) and not assistant.applies_on(date(2028, 1, 1))


def test_a_rule_outside_its_validity_makes_no_priority():
    from datetime import date

    answers = {**BASE, "pupils_ukrainian": 25, "assistant_employed": "no"}
    from forms.definition import load_form

    form = load_form("diagnosis")
    inside = {p.id for p in score(form, answers, on=date(2026, 3, 1)).priorities}
    after = {p.id for p in score(form, answers, on=date(2028, 3, 1)).priorities}
    assert "critical:ukrainian_pupils_without_assistant" in inside
    assert "critical:ukrainian_pupils_without_assistant" not in after


def test_broken_rules_file_names_the_rule(tmp_path):
    from forms.definition import FormDefinitionError

    bad = tmp_path / "critical-rules.yaml"
    bad.write_text("version: 1\nrules:\n  - {id: x, area: nowhere, condition: '1 = 1', title: t, reason: r, "
                   "source: s, verified: false}\n", encoding="utf-8")
    with pytest.raises(FormDefinitionError, match="x.*nieznany obszar"):
        critical_rules(bad)
