"""Shared helpers to read and check the YAML data files in resources/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from plans.errors import DataError
from resources import resource_path


def load_yaml(path: Path, top_keys: tuple[str, ...]) -> dict[str, Any]:
    name = _display(path)
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except FileNotFoundError:
        raise DataError(name, "(plik)", "plik nie istnieje") from None
    except yaml.YAMLError as exc:
        raise DataError(name, "(plik)", f"błąd składni YAML: {exc}") from None
    if not isinstance(data, dict):
        raise DataError(name, "(plik)", "oczekiwano mapy z kluczem 'version'")
    if not isinstance(data.get("version"), int):
        raise DataError(name, "version", "brak liczbowego klucza 'version'")
    for key in top_keys:
        if key not in data:
            raise DataError(name, key, "brak wymaganego klucza")
    return data


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(resource_path()))
    except ValueError:
        return str(path)


class Entry:
    """Typed access to one mapping entry; every problem raises DataError naming file and entry."""

    def __init__(self, file: str, entry: str, data: Any):
        self.file = file
        self.entry = entry
        if not isinstance(data, dict):
            self.fail("oczekiwano mapy")
        self.data = data

    def fail(self, problem: str):
        raise DataError(self.file, self.entry, problem)

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ..., *, allow_none: bool = False) -> Any:
        if key not in self.data:
            if default is ...:
                self.fail(f"brak pola '{key}'")
            return default
        value = self.data[key]
        if value is None and allow_none:
            return None
        if isinstance(value, bool) and kind in (int, float, (int, float)):
            self.fail(f"pole '{key}' ma być liczbą, jest {value!r}")
        if not isinstance(value, kind):
            expected = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            self.fail(f"pole '{key}' ma typ {type(value).__name__}, oczekiwano {expected}")
        return value

    def text(self, key: str, default: Any = ...) -> str:
        value = self.get(key, str, default)
        if isinstance(value, str) and not value.strip():
            self.fail(f"pole '{key}' jest puste")
        return value

    def number(self, key: str, default: Any = ..., *, positive: bool = False) -> float:
        value = self.get(key, (int, float), default)
        if positive and value is not None and value <= 0:
            self.fail(f"pole '{key}' musi być dodatnie, jest {value}")
        return value

    def str_list(self, key: str, default: Any = ..., *, allowed: frozenset[str] | tuple[str, ...] | None = None) -> tuple[str, ...]:
        value = self.get(key, list, default)
        if value is None:
            return ()
        for item in value:
            if not isinstance(item, str):
                self.fail(f"pole '{key}' zawiera {item!r}, oczekiwano tekstu")
            if allowed is not None and item not in allowed:
                self.fail(f"pole '{key}': nieznana wartość '{item}'")
        return tuple(value)

    def choice(self, key: str, allowed: tuple[str, ...] | frozenset[str], default: Any = ...) -> str:
        value = self.get(key, str, default)
        if value not in allowed:
            self.fail(f"pole '{key}' = {value!r}, dozwolone: {', '.join(sorted(allowed))}")
        return value

    def date(self, key: str, *, allow_none: bool = False) -> dt.date | None:
        value = self.get(key, (dt.date, str), allow_none=allow_none)
        if value is None:
            return None
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value)
            except ValueError:
                self.fail(f"pole '{key}' = {value!r} nie jest datą RRRR-MM-DD")
        return value


def entries(file: str, data: dict[str, Any], key: str) -> list[Entry]:
    items = data.get(key)
    if not isinstance(items, list) or not items:
        raise DataError(file, key, "oczekiwano niepustej listy")
    result, seen = [], set()
    for index, item in enumerate(items):
        label = f"{key}[{index}]"
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            label = f"{key}[{index}] '{item['id']}'"
        entry = Entry(file, label, item)
        entry_id = entry.text("id")
        if entry_id in seen:
            entry.fail(f"identyfikator '{entry_id}' powtarza się")
        seen.add(entry_id)
        result.append(entry)
    return result
