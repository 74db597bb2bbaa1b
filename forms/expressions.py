"""A small, safe evaluator for XLSForm-style ``relevant`` and ``constraint`` expressions.

Nothing is ever passed to ``eval``: a tokenizer and a recursive-descent parser build a tiny AST of the
node classes below, and only those nodes are evaluated.

Supported syntax::

    ${item}                      the answer to another item
    .                            the current value (in constraints)
    = != < <= > >=               comparisons
    and  or  not(...)            logic (``not`` is a function, as in XPath)
    12  3.5  'text'  "text"      literals
    ( ... )                      grouping
    selected(${x}, 'value')      is 'value' among the selected choices of ${x}
    count-selected(${x})         how many choices of ${x} are selected
    string-length(.)             length of a text answer
    true()  false()

Semantics follow XLSForm/ODK where it matters:

* an unanswered reference evaluates to the empty string ``''``;
* ``=`` and ``!=`` compare as numbers when both sides are numbers (or numeric text next to a number),
  otherwise as text, so ``${x} = ''`` tests for "not answered";
* ordering comparisons (``<`` …) with an empty operand are false; numbers compare as numbers, two
  non-numeric texts compare as text (ISO dates therefore compare correctly);
* a select_multiple answer (a list) compares as its space-joined values.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


class ExpressionError(ValueError):
    """The expression text cannot be parsed (the message says where and why)."""


# ---------------------------------------------------------------------------------------------- tokens

_TOKEN_RE = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<ref>\$\{(?P<refname>[A-Za-z_][A-Za-z0-9_]*)\})
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<op><=|>=|!=|=|<|>)
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<comma>,)
  | (?P<name>[A-Za-z][A-Za-z0-9\-]*)
  | (?P<dot>\.)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class _Token:
    kind: str
    value: str
    pos: int


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN_RE.match(text, pos)
        if not m:
            raise ExpressionError(f"forbidden character {text[pos]!r} at position {pos + 1} in expression {text!r}")
        kind = m.lastgroup or ""
        if kind == "refname":  # pragma: no cover - named subgroup never ends a match
            kind = "ref"
        if kind == "ref":
            tokens.append(_Token("ref", m.group("refname"), pos))
        elif kind == "string":
            tokens.append(_Token("string", m.group(kind)[1:-1], pos))
        elif kind != "ws":
            tokens.append(_Token(kind, m.group(kind), pos))
        pos = m.end()
    tokens.append(_Token("end", "", len(text)))
    return tokens


# ---------------------------------------------------------------------------------------------- AST


@dataclass(frozen=True)
class Literal:
    value: str | float


@dataclass(frozen=True)
class Ref:
    name: str


@dataclass(frozen=True)
class Current:
    pass


@dataclass(frozen=True)
class Compare:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class BoolOp:
    op: str  # "and" | "or"
    operands: tuple[Node, ...]


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Node, ...]


Node = Literal | Ref | Current | Compare | BoolOp | Call

# function name -> allowed argument count
FUNCTIONS: dict[str, int] = {
    "not": 1,
    "selected": 2,
    "count-selected": 1,
    "string-length": 1,
    "true": 0,
    "false": 0,
}


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.tokens = _tokenize(text)
        self.i = 0

    def _peek(self) -> _Token:
        return self.tokens[self.i]

    def _next(self) -> _Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def _fail(self, tok: _Token, what: str) -> ExpressionError:
        found = "end of expression" if tok.kind == "end" else repr(tok.value)
        return ExpressionError(f"{what}, found {found} (position {tok.pos + 1}) in expression {self.text!r}")

    def parse(self) -> Node:
        if self._peek().kind == "end":
            raise ExpressionError("empty expression")
        node = self._or()
        if self._peek().kind != "end":
            raise self._fail(self._peek(), "expected the end of the expression")
        return node

    def _or(self) -> Node:
        operands = [self._and()]
        while self._peek().kind == "name" and self._peek().value == "or":
            self._next()
            operands.append(self._and())
        return operands[0] if len(operands) == 1 else BoolOp("or", tuple(operands))

    def _and(self) -> Node:
        operands = [self._comparison()]
        while self._peek().kind == "name" and self._peek().value == "and":
            self._next()
            operands.append(self._comparison())
        return operands[0] if len(operands) == 1 else BoolOp("and", tuple(operands))

    def _comparison(self) -> Node:
        left = self._primary()
        if self._peek().kind == "op":
            op = self._next().value
            right = self._primary()
            if self._peek().kind == "op":
                raise self._fail(self._peek(), "comparisons cannot be chained; use 'and'")
            return Compare(op, left, right)
        return left

    def _primary(self) -> Node:
        tok = self._next()
        if tok.kind == "number":
            return Literal(float(tok.value))
        if tok.kind == "string":
            return Literal(tok.value)
        if tok.kind == "ref":
            return Ref(tok.value)
        if tok.kind == "dot":
            return Current()
        if tok.kind == "lparen":
            node = self._or()
            if self._next().kind != "rparen":
                raise self._fail(self.tokens[self.i - 1], "expected ')'")
            return node
        if tok.kind == "name":
            if tok.value not in FUNCTIONS:
                raise ExpressionError(f"unknown function or word {tok.value!r} (position {tok.pos + 1}) "
                                      f"in expression {self.text!r}")
            if self._next().kind != "lparen":
                raise self._fail(self.tokens[self.i - 1], f"expected '(' after {tok.value}")
            args: list[Node] = []
            if self._peek().kind != "rparen":
                args.append(self._or())
                while self._peek().kind == "comma":
                    self._next()
                    args.append(self._or())
            if self._next().kind != "rparen":
                raise self._fail(self.tokens[self.i - 1], "expected ')' or ','")
            if len(args) != FUNCTIONS[tok.value]:
                raise ExpressionError(f"function {tok.value}() takes {FUNCTIONS[tok.value]} argument(s), "
                                      f"got {len(args)} in expression {self.text!r}")
            return Call(tok.value, tuple(args))
        raise self._fail(tok, "expected a value, a ${...} reference, '.' or a function")


# ---------------------------------------------------------------------------------------------- evaluation


def _walk(node: Node):
    yield node
    if isinstance(node, Compare):
        yield from _walk(node.left)
        yield from _walk(node.right)
    elif isinstance(node, BoolOp):
        for o in node.operands:
            yield from _walk(o)
    elif isinstance(node, Call):
        for a in node.args:
            yield from _walk(a)


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            f = float(value.strip())
        except ValueError:
            return None
        return f if math.isfinite(f) else None
    return None


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return " ".join(_as_text(v) for v in value)
    return str(value)


def _selected_values(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [_as_text(v) for v in value]
    text = _as_text(value)
    return text.split() if text else []


def _truthy(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0 and not (isinstance(value, float) and math.isnan(value))
    if isinstance(value, (list, tuple)):
        return len(value) > 0
    return value is not None and _as_text(value) != ""


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, (str, list, tuple)) and len(value) == 0)


def _compare(op: str, left: Any, right: Any) -> bool:
    if op in ("=", "!="):
        ln, rn = _as_number(left), _as_number(right)
        numeric_side = isinstance(left, (int, float)) or isinstance(right, (int, float))
        if numeric_side and ln is not None and rn is not None:
            equal = ln == rn
        else:
            equal = _as_text(left) == _as_text(right)
        return equal if op == "=" else not equal
    if _is_empty(left) or _is_empty(right):
        return False
    ln, rn = _as_number(left), _as_number(right)
    a: Any
    b: Any
    if ln is not None and rn is not None:
        a, b = ln, rn
    elif ln is None and rn is None:
        a, b = _as_text(left), _as_text(right)
    else:
        return False
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


@dataclass(frozen=True)
class Expression:
    """A parsed expression: evaluate it as many times as needed, with different answers."""

    source: str
    root: Node

    @property
    def refs(self) -> frozenset[str]:
        """Ids of all items the expression refers to with ``${...}``."""
        return frozenset(n.name for n in _walk(self.root) if isinstance(n, Ref))

    @property
    def uses_current(self) -> bool:
        return any(isinstance(n, Current) for n in _walk(self.root))

    def evaluate(self, answers: Mapping[str, Any], current: Any = None) -> bool:
        """True/False for ``answers`` (item id -> value) and ``current`` (the value of ``.``)."""
        return _truthy(self._eval(self.root, answers, current))

    def _eval(self, node: Node, answers: Mapping[str, Any], current: Any) -> Any:
        if isinstance(node, Literal):
            return node.value
        if isinstance(node, Ref):
            value = answers.get(node.name)
            return "" if value is None else value
        if isinstance(node, Current):
            return "" if current is None else current
        if isinstance(node, Compare):
            return _compare(node.op, self._eval(node.left, answers, current),
                            self._eval(node.right, answers, current))
        if isinstance(node, BoolOp):
            if node.op == "and":
                return all(_truthy(self._eval(o, answers, current)) for o in node.operands)
            return any(_truthy(self._eval(o, answers, current)) for o in node.operands)
        if isinstance(node, Call):
            args = [self._eval(a, answers, current) for a in node.args]
            return _CALLS[node.name](*args)
        raise ExpressionError(f"unsupported node {node!r}")  # pragma: no cover - parser never builds one


_CALLS: dict[str, Callable[..., Any]] = {
    "not": lambda x: not _truthy(x),
    "selected": lambda x, v: _as_text(v) in _selected_values(x),
    "count-selected": lambda x: len(_selected_values(x)),
    "string-length": lambda x: len(_as_text(x)),
    "true": lambda: True,
    "false": lambda: False,
}


@lru_cache(maxsize=4096)
def parse_expression(text: str) -> Expression:
    """Parse ``text`` once (cached); raises :class:`ExpressionError` naming the position and problem."""
    if not isinstance(text, str):
        raise ExpressionError(f"an expression must be text, not {type(text).__name__}")
    return Expression(text, _Parser(text).parse())
