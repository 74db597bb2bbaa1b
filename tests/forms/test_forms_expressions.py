from __future__ import annotations

import pytest

from forms.expressions import ExpressionError, parse_expression


def ev(text, answers=None, current=None):
    return parse_expression(text).evaluate(answers or {}, current)


@pytest.mark.parametrize(("text", "answers", "current", "expected"), [
    ("${a} > 3", {"a": 4}, None, True),
    ("${a} > 3", {"a": 3}, None, False),
    ("${a} >= 3 and ${a} <= 5", {"a": 5}, None, True),
    ("${a} < 3 or ${b} = 'x'", {"a": 7, "b": "x"}, None, True),
    ("${a} = 2", {"a": 2}, None, True),
    ("${a} = 2", {"a": "2"}, None, True),
    ("${a} != 'yes'", {"a": "no"}, None, True),
    ("${a} = 'yes'", {}, None, False),
    ("${a} != 'yes'", {}, None, True),          # XLSForm: empty is not 'yes'
    ("${a} = ''", {}, None, True),
    ("${a} > 0", {}, None, False),              # comparisons with empty are false
    ("${a} < 0", {}, None, False),
    ("${a} <= 10", {"a": None}, None, False),
    ("not(${a} = 'yes')", {"a": "yes"}, None, False),
    ("not(${a} > 0)", {}, None, True),
    ("selected(${m}, 'uk')", {"m": ["ru", "uk"]}, None, True),
    ("selected(${m}, 'be')", {"m": ["ru", "uk"]}, None, False),
    ("selected(${m}, 'uk')", {"m": "ru uk"}, None, True),
    ("selected(${m}, 'uk')", {}, None, False),
    ("count-selected(${m}) >= 2", {"m": ["a", "b"]}, None, True),
    ("count-selected(${m}) = 0", {}, None, True),
    ("string-length(.) <= 3", {}, "abc", True),
    ("string-length(.) <= 3", {}, "abcd", False),
    (". <= ${t}", {"t": 10}, 10, True),
    (". <= ${t}", {"t": 10}, 11, False),
    (". >= '2015-01-01'", {}, "2024-02-15", True),
    (". >= '2015-01-01'", {}, "2014-12-31", False),
    ("(${a} = 1 or ${a} = 2) and ${b} = 3", {"a": 2, "b": 3}, None, True),
    ("${a} > 1.5", {"a": 1.6}, None, True),
    ("${a} > 'abc'", {"a": 5}, None, False),    # number vs text: not comparable
    ("true()", {}, None, True),
    ("false() or ${a}", {"a": ""}, None, False),
])
def test_evaluation(text, answers, current, expected):
    assert ev(text, answers, current) is expected


def test_refs_and_current():
    expr = parse_expression("${a} > 0 and selected(${b}, 'x') and . != ''")
    assert expr.refs == {"a", "b"}
    assert expr.uses_current
    assert not parse_expression("${a} = 1").uses_current


def test_parse_is_cached():
    assert parse_expression("${a} = 1") is parse_expression("${a} = 1")


@pytest.mark.parametrize("text", [
    "__import__('os').system('echo hi')",
    "${a}.__class__",
    "${a}.__class__.__bases__",
    "open('/etc/passwd')",
    "eval('1')",
    "lambda: 1",
    "${a} + 1",
    "[1, 2]",
    "${a} = ",
    "${a",
    "${1a} = 1",
    "selected(${a})",
    "count-selected(${a}, 'x')",
    "not ${a}",
    "1 < 2 < 3",
    "(${a} = 1",
    "${a} = 1)",
    "",
    "   ",
    "'unterminated",
    "a.b",
    "${a}; import os",
])
def test_rejected(text):
    with pytest.raises(ExpressionError):
        parse_expression(text)


def test_non_text_rejected():
    with pytest.raises(ExpressionError):
        parse_expression(123)  # type: ignore[arg-type]


def test_junk_answers_do_not_crash():
    expr = parse_expression("${a} > 1 and selected(${b}, 'x') and count-selected(${c}) = 1")
    for junk in (object(), {"k": 1}, float("nan"), float("inf"), b"bytes", [1, None], True):
        assert expr.evaluate({"a": junk, "b": junk, "c": junk}) in (True, False)
