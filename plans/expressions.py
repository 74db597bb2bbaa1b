"""Tiny safe arithmetic expressions used by templates (quantities, hours, cost formulas).

Only numbers, names, + - * / //, parentheses and the functions ceil/floor/min/max/round are allowed.
Expressions are validated and compiled once, when the data is loaded.
"""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass, field
from typing import Any

_FUNCS = {"ceil": math.ceil, "floor": math.floor, "min": min, "max": max, "round": round}
_ALLOWED = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Name, ast.Load, ast.Call,
            ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.USub, ast.UAdd)


@dataclass(frozen=True)
class Expr:
    source: str
    names: frozenset[str]
    _code: Any = field(repr=False, compare=False)

    def __call__(self, env: dict[str, float]) -> float:
        return eval(self._code, {"__builtins__": {}, **_FUNCS}, env)  # noqa: S307 - validated AST


def compile_expr(source: str | int | float) -> Expr:
    """Compile an expression; raise ValueError naming the offending part."""
    text = str(source)
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise ValueError(f"wyrażenie {text!r} jest niepoprawne: {exc.msg}") from None
    names = set()
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED):
            raise ValueError(f"wyrażenie {text!r} zawiera niedozwolony element {type(node).__name__}")
        if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Name) and node.func.id in _FUNCS):
            raise ValueError(f"wyrażenie {text!r} wywołuje nieznaną funkcję")
        if isinstance(node, ast.Constant) and not isinstance(node.value, (int, float)):
            raise ValueError(f"wyrażenie {text!r} zawiera stałą, która nie jest liczbą")
        if isinstance(node, ast.Name) and node.id not in _FUNCS:
            names.add(node.id)
    return Expr(text, frozenset(names), compile(tree, "<expr>", "eval"))
