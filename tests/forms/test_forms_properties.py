"""Property tests: no answer dict, however wrong, crashes validation, relevance or scoring."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms.answers import (
    answer_text,
    migrate_answers,
    missing_required,
    section_progress,
    validate_answer,
    validate_answers,
)
from forms.definition import load_form
from forms.result import DiagnosisResult
from forms.scoring import score

FORM = load_form("diagnosis", 1)
IDS = [i.id for i in FORM.items]
CHOICES = sorted({c.name for cs in FORM.choices.values() for c in cs})

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30), st.sampled_from(CHOICES),
    st.dates().map(lambda d: d.isoformat()), st.binary(max_size=5),
)
junk = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.one_of(st.text(max_size=8), st.sampled_from(["country", "count", "role"])), inner,
                    max_size=4)), max_leaves=10)
plausible = st.one_of(st.sampled_from(CHOICES), st.lists(st.sampled_from(CHOICES), max_size=3, unique=True),
                      st.integers(min_value=0, max_value=500))
answer_dicts = st.dictionaries(st.one_of(st.sampled_from(IDS), st.text(max_size=10)),
                               st.one_of(junk, plausible), max_size=25)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(item_id=st.one_of(st.sampled_from(IDS), st.text(max_size=10)), value=junk)
def test_validate_answer_never_raises(item_id, value):
    messages = validate_answer(FORM, item_id, value)
    assert isinstance(messages, list) and all(isinstance(m, str) and m for m in messages)
    if messages and item_id in IDS:
        assert FORM.item(item_id).label.pl in messages[0]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=answer_dicts)
def test_whole_answer_sets_never_crash(answers):
    assert isinstance(validate_answers(FORM, answers), dict)
    result = score(FORM, answers)
    assert isinstance(result, DiagnosisResult)
    for area in result.areas:
        for value in (area.resources, area.needs):
            assert value is None or (0 <= value <= 100 and math.isfinite(value))
    for p in result.priorities:
        assert p.evidence
    missing_required(FORM, answers)
    progress = section_progress(FORM, answers)
    assert all(0 <= done <= total for done, total in progress.values())
    kept, dropped = migrate_answers(FORM, FORM, answers)
    assert set(kept).isdisjoint(dropped)
    for key, value in answers.items():
        assert isinstance(answer_text(FORM, key, value), str)
