"""The one exception of the exchange package, and Polish wording of JSON-schema violations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

_TYPES = {"string": "tekst", "integer": "liczba całkowita", "number": "liczba", "boolean": "prawda/fałsz",
          "array": "lista", "object": "obiekt", "null": "brak wartości (null)"}


class PackageError(Exception):
    """A package cannot be read (or written). ``str(error)`` is a Polish message a person can act on; it names
    the file and, where there is one, the member and the field."""

    def __init__(self, message: str, *, file: str = "", member: str | None = None, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.member = member
        self.field = field

    def __str__(self) -> str:
        return self.message


def field_path(parts: Iterable[Any]) -> str:
    """deque(['actions', 3, 'title']) -> 'actions[3].title'; the whole member -> '(cały plik)'."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(cały plik)"


def short_repr(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(error: ValidationError) -> tuple[str, str]:
    """(field path, Polish description) of one schema violation."""
    path = list(error.absolute_path)
    kind, expected, instance = error.validator, error.validator_value, error.instance
    if kind == "required":
        missing = [k for k in expected if isinstance(instance, dict) and k not in instance]
        return field_path(path + missing[:1]), "brak wymaganego pola"
    if kind == "additionalProperties" and isinstance(instance, dict):
        known = error.schema.get("properties", {})
        extra = sorted(str(k) for k in instance if k not in known)
        return field_path(path + extra[:1]), "nieznane pole — format 1 pakietu go nie przewiduje"
    if kind == "type":
        types = expected if isinstance(expected, list) else [expected]
        return field_path(path), f"ma mieć typ: {' lub '.join(_TYPES.get(t, t) for t in types)} (jest {short_repr(instance)})"
    if kind == "enum":
        return field_path(path), (f"niedozwolona wartość {short_repr(instance)}; dozwolone: "
                                  f"{', '.join(map(str, expected))[:200]}")
    if kind == "const":
        return field_path(path), f"ma mieć wartość {expected!r} (jest {short_repr(instance)})"
    if kind == "pattern":
        return field_path(path), f"niepoprawna postać {short_repr(instance)}"
    if kind in ("minimum", "exclusiveMinimum"):
        return field_path(path), f"wartość {short_repr(instance)} jest za mała (najmniej {expected})"
    if kind in ("maximum", "exclusiveMaximum"):
        return field_path(path), f"wartość {short_repr(instance)} jest za duża (najwyżej {expected})"
    if kind == "maxLength":
        return field_path(path), f"tekst jest za długi (najwyżej {expected} znaków)"
    if kind == "minLength":
        return field_path(path), "tekst jest pusty albo za krótki"
    if kind in ("maxItems", "maxProperties"):
        return field_path(path), f"za dużo elementów (najwyżej {expected})"
    if kind in ("minItems", "minProperties"):
        return field_path(path), f"za mało elementów (najmniej {expected})"
    if kind == "propertyNames":
        return field_path(path), "niepoprawna nazwa klucza"
    if kind == "oneOf":
        return field_path(path), f"niepoprawna wartość {short_repr(instance)}"
    return field_path(path), f"niepoprawna wartość {short_repr(instance)}"


def schema_problem(validator: Draft202012Validator, data: Any) -> tuple[str, str] | None:
    """The most relevant violation of ``data`` as (field, Polish text), or None when it is valid."""
    error = best_match(validator.iter_errors(data))
    if error is None:
        return None
    parent = error if error.validator in ("oneOf", "anyOf") else error.parent
    if parent is not None and parent.validator in ("oneOf", "anyOf") and parent.context and all(
            e.validator == "type" and not e.relative_path for e in parent.context):
        # "null or an object": name every type the alternatives accept, not just the first
        types: list[str] = []
        for e in parent.context:
            for t in e.validator_value if isinstance(e.validator_value, list) else [e.validator_value]:
                if t not in types:
                    types.append(t)
        return field_path(parent.absolute_path), (f"ma mieć typ: {' lub '.join(_TYPES.get(t, t) for t in types)} "
                                                  f"(jest {short_repr(error.instance)})")
    return describe(error)
