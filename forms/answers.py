"""Answers to a form: validation, visibility, progress, version migration and display.

Answers are a plain ``dict[str, Any]``: item id -> JSON-compatible value

=================  ==============================================
select_one, scale  ``str`` (the choice name)
select_multiple    ``list[str]``
integer            ``int``
decimal            ``int`` or ``float``
text               ``str``
date               ``str`` in ISO form ``YYYY-MM-DD``
table              ``list[dict[str, value]]`` (one dict per row)
=================  ==============================================

``None``, ``''`` and ``[]`` mean "not answered". Validation never raises on junk input: it returns Polish
messages naming the field. An item that is not relevant (its ``relevant`` expression is false) is
treated as not answered, also when other expressions refer to it (as in XLSForm/ODK).
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Mapping
from typing import Any

from forms.definition import NUMERIC_TYPES, Column, Form, Item, LocalizedText

EMPTY_TEXT = {"pl": "brak odpowiedzi", "en": "no answer", "uk": "немає відповіді"}


class AnswerError(ValueError):
    """Text typed by a person cannot be turned into an answer (the message is Polish)."""


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, (str, list, tuple, dict)) and len(value) == 0)


def _quoted(label: LocalizedText | str, lang: str = "pl") -> str:
    text = label.get(lang) if isinstance(label, LocalizedText) else str(label)
    return f"„{text}”"


def _fmt_number(x: float | None, lang: str = "pl") -> str:
    if x is None:
        return ""
    if float(x).is_integer():
        text = f"{int(x):,}".replace(",", "\u00a0" if lang == "pl" else ",")
        return text
    text = f"{x:,.2f}".rstrip("0").rstrip(".")
    if lang == "pl":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def _bounds_phrase(lo: float | None, hi: float | None) -> str:
    if lo is not None and hi is not None:
        return f" od {_fmt_number(lo)} do {_fmt_number(hi)}"
    if lo is not None:
        return f" nie mniejszą niż {_fmt_number(lo)}"
    if hi is not None:
        return f" nie większą niż {_fmt_number(hi)}"
    return ""


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _check_value(field: Item | Column, value: Any, name: str) -> list[str]:
    """Type and bounds checks shared by items and table columns. ``value`` is not empty."""
    t = field.type
    if t in ("select_one", "scale"):
        if not isinstance(value, str) or field.choice(value) is None:
            return [f"{name}: wybierz jedną z dostępnych odpowiedzi."]
        return []
    if t == "select_multiple":
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            return [f"{name}: odpowiedź musi być listą wybranych opcji."]
        unknown = [v for v in value if field.choice(v) is None]
        if unknown:
            return [f"{name}: nieznana opcja: {', '.join(repr(v) for v in unknown)}."]
        if len(set(value)) != len(value):
            return [f"{name}: ta sama opcja została wybrana więcej niż raz."]
        exclusive = [v for v in value if field.choice(v).exclusive]  # type: ignore[union-attr]
        if exclusive and len(value) > 1:
            label = field.choice(exclusive[0]).label.pl  # type: ignore[union-attr]
            return [f"{name}: opcji „{label}” nie można łączyć z innymi."]
        return []
    if t in NUMERIC_TYPES:
        ok = _is_number(value) and (t == "decimal" or isinstance(value, int))
        if t == "integer" and isinstance(value, float) and math.isfinite(value) and value.is_integer():
            ok = False  # a float 12.0 is not stored as an integer answer
        in_bounds = ok and (field.min is None or value >= field.min) and (field.max is None or value <= field.max)
        if not in_bounds:
            kind = "liczbą całkowitą" if t == "integer" else "liczbą"
            return [f"{name}: wartość musi być {kind}{_bounds_phrase(field.min, field.max)}."]
        return []
    if t == "text":
        if not isinstance(value, str):
            return [f"{name}: odpowiedź musi być tekstem."]
        if len(value) > field.max_length:
            return [f"{name}: tekst może mieć najwyżej {field.max_length} znaków (ma {len(value)})."]
        return []
    if t == "date":
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return [f"{name}: podaj datę w formacie RRRR-MM-DD."]
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            return [f"{name}: taka data nie istnieje ({value})."]
        return []
    return [f"{name}: nieobsługiwany typ pytania {t!r}."]  # pragma: no cover - parser forbids it


def _check_table(item: Item, value: Any, name: str) -> list[str]:
    if not isinstance(value, (list, tuple)):
        return [f"{name}: tabela musi być listą wierszy."]
    if len(value) > item.max_rows:
        return [f"{name}: tabela może mieć najwyżej {item.max_rows} wierszy."]
    messages = []
    for i, row in enumerate(value, start=1):
        if not isinstance(row, dict):
            messages.append(f"{name}, wiersz {i}: wiersz musi mieć kolumny.")
            continue
        extra = sorted(str(k) for k in row if item.column(str(k)) is None)
        if extra:
            messages.append(f"{name}, wiersz {i}: nieznane kolumny: {', '.join(extra)}.")
        for col in item.columns:
            cell = row.get(col.name)
            cname = f"{name}, wiersz {i}, kolumna „{col.label.pl}”"
            if is_empty(cell):
                if col.required:
                    messages.append(f"{cname}: to pole jest wymagane.")
                continue
            messages += _check_value(col, cell, cname)
    return messages


def validate_answer(form: Form, item_id: str, value: Any, answers: Mapping[str, Any] | None = None
                    ) -> list[str]:
    """Polish messages about ``value`` as an answer to ``item_id`` (empty list = valid).

    An empty value is valid here (whether it is required is :func:`missing_required`'s business).
    With ``answers`` the item's ``constraint`` may use other answers (cross-field checks such as
    "pupils with migration experience <= all pupils", whose message names both fields); without them
    only constraints on the value alone are checked.
    """
    if not isinstance(item_id, str) or not form.has_item(item_id):
        return [f"Nieznane pytanie {item_id!r}."]
    item = form.item(item_id)
    if is_empty(value):
        return []
    name = _quoted(item.label)
    if item.type == "table":
        return _check_table(item, value, name)
    messages = _check_value(item, value, name)
    if messages or item.constraint is None:
        return messages
    if answers is None and item.constraint.refs:
        return []  # a cross-field constraint needs the other answers
    context = effective_answers(form, answers) if answers is not None else {}
    try:
        ok = item.constraint.evaluate(context, current=value)
    except Exception:  # noqa: BLE001 - a junk answer must never crash validation
        ok = False
    if not ok:
        if item.constraint_message:
            msg = item.constraint_message.pl
        else:
            others = [_quoted(form.item(r).label) for r in sorted(item.constraint.refs) if form.has_item(r)]
            msg = "wartość nie spełnia warunku" + (f" względem pola {', '.join(others)}." if others else ".")
        return [f"{name}: {msg}"]
    return []


def validate_answers(form: Form, answers: Mapping[str, Any]) -> dict[str, list[str]]:
    """All messages for a whole answer set (item id -> messages), cross-field checks included.

    Answers to items that are not relevant are skipped (they are ignored everywhere else too);
    answers to unknown item ids are reported under their own id.
    """
    result: dict[str, list[str]] = {}
    if not isinstance(answers, Mapping):
        return {"": ["Odpowiedzi muszą być słownikiem: identyfikator pytania → odpowiedź."]}
    relevance = relevance_map(form, answers)
    for key, value in answers.items():
        if isinstance(key, str) and form.has_item(key) and not relevance[key]:
            continue
        messages = validate_answer(form, key, value, answers)
        if messages:
            result[str(key)] = messages
    return result


# ---------------------------------------------------------------------------------------------- relevance


def relevance_map(form: Form, answers: Mapping[str, Any]) -> dict[str, bool]:
    """item id -> is it asked, given ``answers``. Items are visited in form order; the answer of an item
    that is not relevant counts as empty for the items after it (``relevant`` may only look back)."""
    visible: dict[str, Any] = {}
    result: dict[str, bool] = {}
    if not isinstance(answers, Mapping):
        answers = {}
    for item in form.items:
        if item.relevant is None:
            relevant = True
        else:
            try:
                relevant = item.relevant.evaluate(visible)
            except Exception:  # noqa: BLE001 - junk answers hide the item rather than crash
                relevant = False
        result[item.id] = relevant
        if relevant and item.id in answers:
            visible[item.id] = answers[item.id]
    return result


def effective_answers(form: Form, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers that count: known, relevant and not empty (validity is not checked here)."""
    if not isinstance(answers, Mapping):
        return {}
    relevance = relevance_map(form, answers)
    return {k: v for k, v in answers.items()
            if isinstance(k, str) and relevance.get(k, False) and not is_empty(v)}


def is_relevant(form: Form, item_id: str, answers: Mapping[str, Any]) -> bool:
    """Is ``item_id`` asked, given ``answers``? KeyError for an unknown item."""
    form.item(item_id)
    return relevance_map(form, answers)[item_id]


def missing_required(form: Form, answers: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(section id, item id, Polish label) of every relevant required item without an answer."""
    relevance = relevance_map(form, answers)
    answers = answers if isinstance(answers, Mapping) else {}
    return [(item.section_id, item.id, item.label.pl) for item in form.items
            if item.required and relevance[item.id] and is_empty(answers.get(item.id))]


def section_progress(form: Form, answers: Mapping[str, Any]) -> dict[str, tuple[int, int]]:
    """section id -> (answered, relevant items). Answered = relevant and not empty."""
    relevance = relevance_map(form, answers)
    answers = answers if isinstance(answers, Mapping) else {}
    progress = {}
    for section in form.sections:
        relevant = [i for i in section.items if relevance[i.id]]
        answered = sum(1 for i in relevant if not is_empty(answers.get(i.id)))
        progress[section.id] = (answered, len(relevant))
    return progress


# ---------------------------------------------------------------------------------------------- versions


def migrate_answers(old_form: Form, new_form: Form, answers: Mapping[str, Any]
                    ) -> tuple[dict[str, Any], list[str]]:
    """Carry answers over to a newer version of a form.

    An answer is kept when the new form has an item with the same id and the same type and the value
    is still valid there (choices, bounds, columns). Everything else is dropped; the dropped ids come
    back sorted so the user can be told what to answer again.
    """
    kept: dict[str, Any] = {}
    dropped: list[str] = []
    for key, value in answers.items():
        if is_empty(value):
            continue
        same = (isinstance(key, str) and new_form.has_item(key) and old_form.has_item(key)
                and old_form.item(key).type == new_form.item(key).type)
        if same and not validate_answer(new_form, key, value):
            kept[key] = value
        else:
            dropped.append(str(key))
    # a second pass with the kept answers as context catches cross-field constraints that now fail
    for key in list(kept):
        if validate_answer(new_form, key, kept[key], kept):
            dropped.append(key)
            del kept[key]
    return kept, sorted(dropped)


# ---------------------------------------------------------------------------------------------- text


def _choice_text(field: Item | Column, name: Any, lang: str) -> str:
    choice = field.choice(name) if isinstance(name, str) else None
    return choice.label.get(lang) if choice else str(name)


def _value_text(field: Item | Column, value: Any, lang: str) -> str:
    if is_empty(value):
        return EMPTY_TEXT.get(lang, EMPTY_TEXT["pl"])
    t = field.type
    if t in ("select_one", "scale"):
        return _choice_text(field, value, lang)
    if t == "select_multiple" and isinstance(value, (list, tuple)):
        return ", ".join(_choice_text(field, v, lang) for v in value)
    if t in NUMERIC_TYPES and _is_number(value):
        text = _fmt_number(value, lang)
        return f"{text} {field.unit.get(lang)}" if field.unit else text
    if t == "date" and isinstance(value, str):
        try:
            d = _dt.date.fromisoformat(value)
        except ValueError:
            return value
        return d.strftime("%d.%m.%Y") if lang in ("pl", "uk") else d.isoformat()
    return str(value)


def answer_text(form: Form, item_id: str, value: Any, lang: str = "pl") -> str:
    """The answer as a person reads it: choice labels, numbers with units, dates as 05.09.2025.

    A table becomes one line per row: ``Ukraina; ukraiński; 41``.
    """
    if not form.has_item(item_id):
        return str(value)
    item = form.item(item_id)
    if item.type == "table":
        if is_empty(value):
            return EMPTY_TEXT.get(lang, EMPTY_TEXT["pl"])
        if not isinstance(value, (list, tuple)):
            return str(value)
        lines = []
        for row in value:
            if not isinstance(row, dict):
                lines.append(str(row))
                continue
            cells = [_value_text(c, row.get(c.name), lang) for c in item.columns if not is_empty(row.get(c.name))]
            lines.append("; ".join(cells))
        return "\n".join(lines)
    return _value_text(item, value, lang)


def coerce_input(form: Form, item_id: str, text: str) -> Any:
    """Turn text typed by a person into an answer value of the right type.

    Accepts Polish habits: ``3,5`` for decimals, spaces as thousands separators, ``05.09.2025`` for
    dates; choices by name or by label (any language, case-insensitive). Empty text -> ``None``.
    Raises :class:`AnswerError` with a Polish message naming the field. Tables are not typed as text.
    """
    item = form.item(item_id)
    name = _quoted(item.label)
    if not isinstance(text, str):
        raise AnswerError(f"{name}: oczekiwano tekstu.")
    raw = text.strip()
    if not raw:
        return None
    t = item.type
    if t in NUMERIC_TYPES:
        cleaned = re.sub(r"[\s\u00a0]", "", raw).replace(",", ".")
        try:
            number = float(cleaned)
        except ValueError:
            raise AnswerError(f"{name}: „{raw}” nie jest liczbą.") from None
        if not math.isfinite(number):
            raise AnswerError(f"{name}: „{raw}” nie jest liczbą.")
        if t == "integer":
            if not number.is_integer():
                raise AnswerError(f"{name}: wpisz liczbę całkowitą.")
            return int(number)
        return int(number) if number.is_integer() and "." not in cleaned else number
    if t == "date":
        m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", raw)
        iso = f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}" if m else raw
        try:
            return _dt.date.fromisoformat(iso).isoformat()
        except ValueError:
            raise AnswerError(f"{name}: „{raw}” nie jest poprawną datą (np. 05.09.2025).") from None
    if t in ("select_one", "scale", "select_multiple"):
        def find(token: str) -> str:
            token = token.strip()
            for choice in item.choices:
                if token == choice.name or any(token.casefold() == lbl.casefold() for lbl in choice.label.values()):
                    return choice.name
            raise AnswerError(f"{name}: nie ma odpowiedzi „{token}”.")
        if t == "select_multiple":
            return [find(tok) for tok in re.split(r"[;\n]", raw) if tok.strip()]
        return find(raw)
    if t == "text":
        return raw
    raise AnswerError(f"{name}: tego pytania nie wypełnia się jednym polem tekstowym.")
