"""Questionnaire definitions: YAML files in ``forms/definitions`` parsed into frozen dataclasses.

A definition file is named ``<form_id>-v<version>.yaml`` and uses the XLSForm vocabulary (``type``,
``name``, ``label``, ``hint``, ``required``, ``relevant``, ``constraint``, ``constraint_message``,
``choices``) plus ``unit``, ``min``, ``max``, ``max_length``, ``columns``/``max_rows`` for tables and
``score`` for the needs-and-resources scoring. Top-level keys: ``form_id``, ``version``, ``title``,
``languages``, ``choices`` (named lists) and ``sections`` (one per area of :mod:`forms.areas`).

Scoring of an item (optional)::

    score:
      dimension: resources | needs
      weight: 2                       # > 0, default 1
      values: {yes: 1, no: 0}         # select_one / scale / select_multiple; points 0..1;
                                      # default: the ``points`` of each choice in its list
      ranges: [[0, 0], [1, 0.5], [10, 1]]   # integer / decimal: points of the highest lower bound <= value

A choice marked ``unknown: true`` is the "nie wiem / potrzebuję więcej informacji" answer: it is never
scored. A choice marked ``exclusive: true`` cannot be selected together with others.

Validation is strict: every problem raises :class:`FormDefinitionError` naming the file, the item and
the problem. ``relevant`` may refer only to items that come before (so visibility is computed in one
pass and can never loop).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from forms.areas import AREA_IDS
from forms.expressions import Expression, ExpressionError, parse_expression

try:  # the C loader is several times faster; fall back to the pure-Python one
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

DEFINITIONS_DIR = Path(__file__).resolve().parent / "definitions"
DEFAULT_LANGUAGE = "pl"

ITEM_TYPES = ("select_one", "select_multiple", "scale", "integer", "decimal", "text", "date", "table")
COLUMN_TYPES = ("select_one", "select_multiple", "integer", "decimal", "text")
CHOICE_TYPES = ("select_one", "select_multiple", "scale")
NUMERIC_TYPES = ("integer", "decimal")
DIMENSIONS = ("resources", "needs")
DEFAULT_MAX_LENGTH = 2000
DEFAULT_MAX_ROWS = 200

_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_FILE_RE = re.compile(r"^(?P<form_id>[a-z][a-z0-9_]*)-v(?P<version>[1-9][0-9]*)\.ya?ml$")


class FormDefinitionError(ValueError):
    """A definition file is malformed. The message names the file, the item and the problem."""

    def __init__(self, file: str | Path, item: str | None, problem: str):
        self.file = str(file)
        self.item = item
        self.problem = problem
        where = f"item '{item}'" if item else "form"
        super().__init__(f"{self.file}: {where}: {problem}")


# ---------------------------------------------------------------------------------------------- types


@dataclass(frozen=True)
class LocalizedText(Mapping[str, str]):
    """Text in several languages; ``get(lang)`` falls back to Polish."""

    texts: tuple[tuple[str, str], ...]

    def __getitem__(self, lang: str) -> str:
        for key, value in self.texts:
            if key == lang:
                return value
        raise KeyError(lang)

    def __iter__(self) -> Iterator[str]:
        return (k for k, _ in self.texts)

    def __len__(self) -> int:
        return len(self.texts)

    def get(self, lang: str = DEFAULT_LANGUAGE, default: str | None = None) -> str:  # type: ignore[override]
        for key, value in self.texts:
            if key == lang:
                return value
        for key, value in self.texts:
            if key == DEFAULT_LANGUAGE:
                return value
        return default if default is not None else ""

    @property
    def pl(self) -> str:
        return self.get(DEFAULT_LANGUAGE)

    def __str__(self) -> str:
        return self.pl

    __hash__ = object.__hash__  # Mapping sets __hash__ = None; identity hash is enough here

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LocalizedText):
            return self.texts == other.texts
        return Mapping.__eq__(self, other)


@dataclass(frozen=True)
class Choice:
    name: str
    label: LocalizedText
    points: float | None = None  # default points when an item using this list is scored
    unknown: bool = False  # "nie wiem / potrzebuję więcej informacji"
    exclusive: bool = False  # cannot be combined with other choices in select_multiple


@dataclass(frozen=True)
class Scoring:
    dimension: str  # "resources" | "needs"
    weight: float = 1.0
    values: tuple[tuple[str, float], ...] = ()  # choice name -> points 0..1
    ranges: tuple[tuple[float, float], ...] = ()  # (lower bound, points), ascending

    def points_for_choice(self, name: str) -> float | None:
        for key, value in self.values:
            if key == name:
                return value
        return None

    def points_for_number(self, value: float) -> float | None:
        points = None
        for bound, pts in self.ranges:
            if value >= bound:
                points = pts
        return points


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    label: LocalizedText
    required: bool = False
    choices: tuple[Choice, ...] = ()
    choice_list: str | None = None
    min: float | None = None
    max: float | None = None
    unit: LocalizedText | None = None
    max_length: int = DEFAULT_MAX_LENGTH

    def choice(self, name: str) -> Choice | None:
        return next((c for c in self.choices if c.name == name), None)


@dataclass(frozen=True)
class Item:
    id: str
    section_id: str
    type: str
    label: LocalizedText
    hint: LocalizedText | None = None
    required: bool = False
    relevant: Expression | None = None
    constraint: Expression | None = None
    constraint_message: LocalizedText | None = None
    choice_list: str | None = None
    choices: tuple[Choice, ...] = ()
    unit: LocalizedText | None = None
    min: float | None = None
    max: float | None = None
    max_length: int = DEFAULT_MAX_LENGTH
    columns: tuple[Column, ...] = ()
    max_rows: int = DEFAULT_MAX_ROWS
    score: Scoring | None = None

    @property
    def name(self) -> str:  # XLSForm calls the id "name"
        return self.id

    def choice(self, name: str) -> Choice | None:
        return next((c for c in self.choices if c.name == name), None)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


@dataclass(frozen=True)
class Section:
    id: str
    number: int
    label: LocalizedText
    hint: LocalizedText | None
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Form:
    form_id: str
    version: int
    title: LocalizedText
    languages: tuple[str, ...]
    choices: Mapping[str, tuple[Choice, ...]]
    sections: tuple[Section, ...]
    source: str = ""
    _items: Mapping[str, Item] = field(default_factory=dict, repr=False, compare=False)

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(self._items.values())

    def item(self, item_id: str) -> Item:
        """The item with ``item_id``; KeyError if there is none."""
        return self._items[item_id]

    def has_item(self, item_id: str) -> bool:
        return item_id in self._items

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    __hash__ = object.__hash__


# ---------------------------------------------------------------------------------------------- parsing


class _Ctx:
    def __init__(self, file: str):
        self.file = file

    def error(self, item: str | None, problem: str) -> FormDefinitionError:
        return FormDefinitionError(self.file, item, problem)


def _text(ctx: _Ctx, where: str, value: Any, what: str, languages: tuple[str, ...],
          required: bool = True) -> LocalizedText | None:
    if value is None:
        if required:
            raise ctx.error(where, f"missing {what}")
        return None
    if isinstance(value, str):
        value = {DEFAULT_LANGUAGE: value}
    if not isinstance(value, dict):
        raise ctx.error(where, f"{what} must be a text or a mapping language -> text, not {type(value).__name__}")
    for lang, text in value.items():
        if lang not in languages:
            raise ctx.error(where, f"{what} uses language '{lang}' not declared in 'languages' {list(languages)}")
        if not isinstance(text, str) or not text.strip():
            raise ctx.error(where, f"{what} in '{lang}' must be a non-empty text")
    if not isinstance(value.get(DEFAULT_LANGUAGE), str):
        raise ctx.error(where, f"{what} has no Polish ('pl') text")
    return LocalizedText(tuple((str(k), v.strip()) for k, v in value.items()))


def _number(ctx: _Ctx, where: str, value: Any, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ctx.error(where, f"'{what}' must be a number, not {value!r}")
    return value


def _check_keys(ctx: _Ctx, where: str, data: dict, allowed: set[str]) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ctx.error(where, f"unknown key(s) {unknown}; allowed: {sorted(allowed)}")


def _parse_choices(ctx: _Ctx, raw: Any, languages: tuple[str, ...]) -> dict[str, tuple[Choice, ...]]:
    if not isinstance(raw, dict) or not raw:
        raise ctx.error(None, "'choices' must be a non-empty mapping list name -> list of choices")
    lists: dict[str, tuple[Choice, ...]] = {}
    for list_name, entries in raw.items():
        where = f"choices.{list_name}"
        if not isinstance(list_name, str) or not _ID_RE.match(list_name):
            raise ctx.error(where, "choice list name must be lower_snake_case")
        if not isinstance(entries, list) or not entries:
            raise ctx.error(where, "a choice list must be a non-empty list")
        seen: set[str] = set()
        parsed = []
        for entry in entries:
            if not isinstance(entry, dict) or "name" not in entry:
                raise ctx.error(where, f"every choice needs a 'name' and a 'label', got {entry!r}")
            _check_keys(ctx, where, entry, {"name", "label", "points", "unknown", "exclusive"})
            name = entry["name"]
            if not isinstance(name, str) or not re.match(r"^[A-Za-z0-9_]+$", name):
                raise ctx.error(where, f"choice name {name!r} must be letters, digits or '_'")
            if name in seen:
                raise ctx.error(where, f"duplicate choice '{name}'")
            seen.add(name)
            points = _number(ctx, f"{where}.{name}", entry.get("points"), "points")
            if points is not None and not 0 <= points <= 1:
                raise ctx.error(f"{where}.{name}", f"points must be between 0 and 1, not {points}")
            parsed.append(Choice(
                name=name,
                label=_text(ctx, f"{where}.{name}", entry.get("label"), "label", languages),  # type: ignore[arg-type]
                points=points,
                unknown=bool(entry.get("unknown", False)),
                exclusive=bool(entry.get("exclusive", False)),
            ))
        lists[list_name] = tuple(parsed)
    return lists


def _resolve_choices(ctx: _Ctx, where: str, data: dict, lists: dict[str, tuple[Choice, ...]]
                     ) -> tuple[str, tuple[Choice, ...]]:
    name = data.get("choices")
    if not isinstance(name, str):
        raise ctx.error(where, f"type '{data.get('type')}' needs 'choices' naming a choice list")
    if name not in lists:
        raise ctx.error(where, f"unknown choice list '{name}'")
    return name, lists[name]


def _parse_bounds(ctx: _Ctx, where: str, data: dict, type_: str) -> tuple[float | None, float | None]:
    lo = _number(ctx, where, data.get("min"), "min")
    hi = _number(ctx, where, data.get("max"), "max")
    if (lo is not None or hi is not None) and type_ not in NUMERIC_TYPES:
        raise ctx.error(where, f"'min'/'max' apply only to integer and decimal, not to '{type_}'")
    if type_ == "integer" and any(b is not None and not float(b).is_integer() for b in (lo, hi)):
        raise ctx.error(where, "bounds of an integer must be whole numbers")
    if lo is not None and hi is not None and lo > hi:
        raise ctx.error(where, f"min ({lo}) is greater than max ({hi})")
    return lo, hi


def _parse_column(ctx: _Ctx, where: str, raw: Any, lists, languages) -> Column:
    if not isinstance(raw, dict):
        raise ctx.error(where, f"a column must be a mapping, got {raw!r}")
    _check_keys(ctx, where, raw, {"name", "type", "label", "required", "choices", "min", "max", "unit",
                                  "max_length"})
    name = raw.get("name")
    if not isinstance(name, str) or not _ID_RE.match(name):
        raise ctx.error(where, f"column name {name!r} must be lower_snake_case")
    cwhere = f"{where}.{name}"
    type_ = raw.get("type")
    if type_ not in COLUMN_TYPES:
        raise ctx.error(cwhere, f"unknown column type {type_!r}; allowed: {list(COLUMN_TYPES)}")
    choice_list, choices = (None, ())
    if type_ in CHOICE_TYPES:
        choice_list, choices = _resolve_choices(ctx, cwhere, raw, lists)
    elif "choices" in raw:
        raise ctx.error(cwhere, f"'choices' does not apply to type '{type_}'")
    lo, hi = _parse_bounds(ctx, cwhere, raw, type_)
    return Column(
        name=name, type=type_, label=_text(ctx, cwhere, raw.get("label"), "label", languages),  # type: ignore[arg-type]
        required=bool(raw.get("required", False)), choices=choices, choice_list=choice_list, min=lo, max=hi,
        unit=_text(ctx, cwhere, raw.get("unit"), "unit", languages, required=False),
        max_length=int(raw.get("max_length", DEFAULT_MAX_LENGTH)),
    )


def _parse_score(ctx: _Ctx, where: str, raw: Any, type_: str, choices: tuple[Choice, ...]) -> Scoring:
    if not isinstance(raw, dict):
        raise ctx.error(where, "'score' must be a mapping with 'dimension'")
    _check_keys(ctx, where, raw, {"dimension", "weight", "values", "ranges"})
    dimension = raw.get("dimension")
    if dimension not in DIMENSIONS:
        raise ctx.error(where, f"score dimension must be one of {list(DIMENSIONS)}, not {dimension!r}")
    weight = _number(ctx, where, raw.get("weight", 1), "weight")
    if weight is None or weight <= 0:
        raise ctx.error(where, f"score weight must be greater than 0, not {weight!r}")
    values: tuple[tuple[str, float], ...] = ()
    ranges: tuple[tuple[float, float], ...] = ()
    if type_ in CHOICE_TYPES:
        if "ranges" in raw:
            raise ctx.error(where, f"'ranges' scores numbers; use 'values' for '{type_}'")
        raw_values = raw.get("values")
        names = {c.name for c in choices}
        if raw_values is None:
            raw_values = {c.name: c.points for c in choices if c.points is not None}
        if not isinstance(raw_values, dict):
            raise ctx.error(where, "score 'values' must be a mapping choice -> points")
        for key, pts in raw_values.items():
            if key not in names:
                raise ctx.error(where, f"score values reference unknown choice '{key}'")
            if next(c for c in choices if c.name == key).unknown:
                raise ctx.error(where, f"choice '{key}' means 'don't know' and cannot carry points")
            p = _number(ctx, where, pts, f"points of {key}")
            if p is None or not 0 <= p <= 1:
                raise ctx.error(where, f"points of '{key}' must be between 0 and 1, not {pts!r}")
        if type_ != "select_multiple":
            unscored = [c.name for c in choices if not c.unknown and c.name not in raw_values]
            if unscored:
                raise ctx.error(where, f"choices without points: {unscored}")
        values = tuple((str(k), float(v)) for k, v in raw_values.items())
    elif type_ in NUMERIC_TYPES:
        if "values" in raw:
            raise ctx.error(where, f"'values' scores choices; use 'ranges' for '{type_}'")
        raw_ranges = raw.get("ranges")
        if not isinstance(raw_ranges, list) or not raw_ranges:
            raise ctx.error(where, "a scored number needs 'ranges': [[lower bound, points], ...]")
        previous = -math.inf
        parsed = []
        for entry in raw_ranges:
            if not (isinstance(entry, list) and len(entry) == 2):
                raise ctx.error(where, f"a range must be [lower bound, points], not {entry!r}")
            bound = _number(ctx, where, entry[0], "range bound")
            pts = _number(ctx, where, entry[1], "range points")
            assert bound is not None and pts is not None
            if bound <= previous:
                raise ctx.error(where, "range bounds must be strictly ascending")
            if not 0 <= pts <= 1:
                raise ctx.error(where, f"range points must be between 0 and 1, not {pts}")
            previous = bound
            parsed.append((float(bound), float(pts)))
        ranges = tuple(parsed)
    else:
        raise ctx.error(where, f"items of type '{type_}' cannot be scored")
    return Scoring(dimension=dimension, weight=float(weight), values=values, ranges=ranges)


_ITEM_KEYS = {"type", "name", "label", "hint", "required", "relevant", "constraint", "constraint_message",
              "choices", "unit", "min", "max", "max_length", "columns", "max_rows", "score"}


def _parse_item(ctx: _Ctx, raw: Any, section_id: str, lists, languages, known: dict[str, Item]) -> Item:
    if not isinstance(raw, dict):
        raise ctx.error(f"{section_id}[?]", f"an item must be a mapping, got {raw!r}")
    item_id = raw.get("name")
    if not isinstance(item_id, str) or not _ID_RE.match(item_id):
        raise ctx.error(f"{section_id}[{item_id!r}]", "item 'name' must be lower_snake_case text")
    where = item_id
    _check_keys(ctx, where, raw, _ITEM_KEYS)
    if item_id in known:
        raise ctx.error(where, f"duplicate item id (already in section '{known[item_id].section_id}')")
    type_ = raw.get("type")
    if type_ not in ITEM_TYPES:
        raise ctx.error(where, f"unknown type {type_!r}; allowed: {list(ITEM_TYPES)}")

    choice_list, choices = (None, ())
    if type_ in CHOICE_TYPES:
        choice_list, choices = _resolve_choices(ctx, where, raw, lists)
        if type_ == "scale" and sum(1 for c in choices if c.unknown) != 1:
            raise ctx.error(where, f"a scale needs exactly one 'unknown' choice (nie wiem) in '{choice_list}'")
    elif "choices" in raw:
        raise ctx.error(where, f"'choices' does not apply to type '{type_}'")

    lo, hi = _parse_bounds(ctx, where, raw, type_)
    columns: tuple[Column, ...] = ()
    if type_ == "table":
        raw_cols = raw.get("columns")
        if not isinstance(raw_cols, list) or not raw_cols:
            raise ctx.error(where, "a table needs a non-empty list of 'columns'")
        columns = tuple(_parse_column(ctx, where, c, lists, languages) for c in raw_cols)
        names = [c.name for c in columns]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise ctx.error(where, f"duplicate column(s) {dup}")
    elif "columns" in raw:
        raise ctx.error(where, f"'columns' applies only to tables, not to '{type_}'")

    def expression(key: str) -> Expression | None:
        text = raw.get(key)
        if text is None:
            return None
        try:
            expr = parse_expression(text)
        except ExpressionError as exc:
            raise ctx.error(where, f"bad '{key}' expression: {exc}") from None
        for ref in sorted(expr.refs):
            if ref == item_id and key == "relevant":
                raise ctx.error(where, "'relevant' refers to the item itself")
            if ref not in known and ref != item_id:
                raise ctx.error(where, f"'{key}' refers to unknown or later item '{ref}' "
                                       "(only items defined before may be referenced)")
        if key == "relevant" and expr.uses_current:
            raise ctx.error(where, "'.' (the current value) can be used only in 'constraint'")
        return expr

    relevant = expression("relevant")
    constraint = expression("constraint")
    if constraint is not None and type_ == "table":
        raise ctx.error(where, "tables cannot have a 'constraint'; constrain their columns instead")
    score = _parse_score(ctx, where, raw["score"], type_, choices) if "score" in raw else None
    max_length = raw.get("max_length", DEFAULT_MAX_LENGTH)
    max_rows = raw.get("max_rows", DEFAULT_MAX_ROWS)
    for key, val in (("max_length", max_length), ("max_rows", max_rows)):
        if isinstance(val, bool) or not isinstance(val, int) or val < 1:
            raise ctx.error(where, f"'{key}' must be a positive whole number, not {val!r}")
    required = raw.get("required", False)
    if not isinstance(required, bool):
        raise ctx.error(where, f"'required' must be true or false, not {required!r}")
    return Item(
        id=item_id, section_id=section_id, type=type_,
        label=_text(ctx, where, raw.get("label"), "label", languages),  # type: ignore[arg-type]
        hint=_text(ctx, where, raw.get("hint"), "hint", languages, required=False),
        required=required, relevant=relevant, constraint=constraint,
        constraint_message=_text(ctx, where, raw.get("constraint_message"), "constraint_message", languages,
                                 required=False),
        choice_list=choice_list, choices=choices,
        unit=_text(ctx, where, raw.get("unit"), "unit", languages, required=False),
        min=lo, max=hi, max_length=max_length, columns=columns, max_rows=max_rows, score=score,
    )


def parse_form(data: Any, file: str | Path = "<string>") -> Form:
    """Build a :class:`Form` from already-loaded YAML data (``file`` is used in error messages)."""
    ctx = _Ctx(str(file))
    if not isinstance(data, dict):
        raise ctx.error(None, "the file must contain a mapping with form_id, version, title, choices, sections")
    _check_keys(ctx, None, data, {"form_id", "version", "title", "languages", "choices", "sections"})
    form_id = data.get("form_id")
    if not isinstance(form_id, str) or not _ID_RE.match(form_id):
        raise ctx.error(None, f"'form_id' must be lower_snake_case text, not {form_id!r}")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ctx.error(None, f"'version' must be a positive whole number, not {version!r}")
    m = _FILE_RE.match(Path(str(file)).name)
    if m and (m["form_id"] != form_id or int(m["version"]) != version):
        raise ctx.error(None, f"file name says {m['form_id']} v{m['version']} but the content says "
                              f"{form_id} v{version}")
    languages = data.get("languages", [DEFAULT_LANGUAGE])
    if not isinstance(languages, list) or DEFAULT_LANGUAGE not in languages:
        raise ctx.error(None, "'languages' must be a list that includes 'pl'")
    languages = tuple(str(x) for x in languages)
    title = _text(ctx, None, data.get("title"), "title", languages)
    lists = _parse_choices(ctx, data.get("choices"), languages)

    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise ctx.error(None, "'sections' must be a non-empty list")
    known: dict[str, Item] = {}
    sections = []
    seen_sections: list[str] = []
    for raw_section in raw_sections:
        if not isinstance(raw_section, dict):
            raise ctx.error(None, f"a section must be a mapping, got {raw_section!r}")
        sid = raw_section.get("id")
        if sid not in AREA_IDS:
            raise ctx.error(f"section {sid!r}", f"section id is not one of the areas {list(AREA_IDS)}")
        if sid in seen_sections:
            raise ctx.error(f"section {sid!r}", "duplicate section")
        seen_sections.append(sid)
        _check_keys(ctx, f"section {sid!r}", raw_section, {"id", "label", "hint", "items"})
        raw_items = raw_section.get("items")
        if not isinstance(raw_items, list) or not raw_items:
            raise ctx.error(f"section {sid!r}", "a section needs a non-empty list of 'items'")
        items = []
        for raw_item in raw_items:
            item = _parse_item(ctx, raw_item, sid, lists, languages, known)
            known[item.id] = item
            items.append(item)
        sections.append(Section(
            id=sid, number=AREA_IDS.index(sid) + 1,
            label=_text(ctx, f"section {sid!r}", raw_section.get("label"), "label", languages),  # type: ignore[arg-type]
            hint=_text(ctx, f"section {sid!r}", raw_section.get("hint"), "hint", languages, required=False),
            items=tuple(items),
        ))
    order = [s.id for s in sections]
    if order != sorted(order, key=AREA_IDS.index):
        raise ctx.error(None, f"sections must follow the order of the areas {list(AREA_IDS)}")
    return Form(form_id=form_id, version=version, title=title, languages=languages,  # type: ignore[arg-type]
                choices=lists, sections=tuple(sections), source=str(file), _items=dict(known))


@lru_cache(maxsize=32)
def _load_cached(path: str, mtime_ns: int) -> Form:
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise FormDefinitionError(path, None, f"not valid YAML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FormDefinitionError(path, None, f"cannot be read: {exc}") from None
    return parse_form(data, path)


def load_form_file(path: str | Path) -> Form:
    """Load and validate one definition file (cached while the file is unchanged)."""
    p = Path(path)
    try:
        mtime = p.stat().st_mtime_ns
    except OSError as exc:
        raise FormDefinitionError(p, None, f"cannot be read: {exc}") from None
    return _load_cached(str(p), mtime)


def available_versions(form_id: str = "diagnosis", directory: str | Path | None = None) -> list[int]:
    """Versions of ``form_id`` present in the definitions directory, ascending."""
    folder = Path(directory) if directory is not None else DEFINITIONS_DIR
    versions = []
    for p in folder.glob(f"{form_id}-v*.y*ml"):
        m = _FILE_RE.match(p.name)
        if m and m["form_id"] == form_id:
            versions.append(int(m["version"]))
    return sorted(set(versions))


def load_form(form_id: str = "diagnosis", version: int | None = None,
              directory: str | Path | None = None) -> Form:
    """The definition of ``form_id`` in ``version`` (the latest when None)."""
    folder = Path(directory) if directory is not None else DEFINITIONS_DIR
    versions = available_versions(form_id, folder)
    if not versions:
        raise FormDefinitionError(folder / f"{form_id}-v*.yaml", None, "no definition file found")
    if version is None:
        version = versions[-1]
    if version not in versions:
        raise FormDefinitionError(folder / f"{form_id}-v{version}.yaml", None,
                                  f"version {version} not found; available: {versions}")
    path = folder / f"{form_id}-v{version}.yaml"
    if not path.exists():
        path = folder / f"{form_id}-v{version}.yml"
    return load_form_file(path)
