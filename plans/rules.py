"""Legal rules with validity dates and sources, and planning settings (resources/rules/rules.yaml)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plans._data import Entry, entries, load_yaml
from plans.errors import DataError
from resources import resource_path

RULES_FILE = ("rules", "rules.yaml")
REGIMES = ("general", "ukrainian_special", "returning_citizens")
CONFIDENCE = ("read", "2nd", "?")
CONFIDENCE_LABELS = {"read": "sprawdzone w tekście źródłowym", "2nd": "tylko ze źródeł wtórnych",
                     "?": "niesprawdzone"}


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    parameters: Mapping[str, Any]
    valid_from: dt.date
    valid_to: dt.date | None
    source: str
    confidence: str
    verified: bool
    applies_to: tuple[str, ...]

    def active_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        return self.valid_from <= end and (self.valid_to is None or self.valid_to >= start)

    def param(self, name: str) -> Any:
        return self.parameters[name]


@dataclass(frozen=True)
class Setting:
    id: str
    value: Any
    description: str
    allowed: tuple[Any, ...] | None = None


@dataclass(frozen=True, eq=False)
class RuleBook:
    rules: Mapping[str, Rule]
    settings: Mapping[str, Setting]

    def get(self, rule_id: str) -> Rule:
        return self.rules[rule_id]

    def setting_values(self, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
        values = {k: s.value for k, s in self.settings.items()}
        for key, value in (overrides or {}).items():
            setting = self.settings.get(key)
            if setting is None:
                raise KeyError(f"nieznane ustawienie '{key}'")
            if setting.allowed is not None and value not in setting.allowed:
                raise ValueError(f"ustawienie '{key}' = {value!r}, dozwolone: {list(setting.allowed)}")
            values[key] = value
        return values

    def ukrainian_regime_on(self, day: dt.date) -> bool:
        return self.rules["ukrainian_special_regime"].active_on(day)

    def active(self, day: dt.date, regime: str) -> list[Rule]:
        return [r for r in self.rules.values() if regime in r.applies_to and r.active_on(day)]

    def first_active(self, rule_ids: tuple[str, ...], day: dt.date, regime: str) -> Rule | None:
        for rule_id in rule_ids:
            rule = self.rules[rule_id]
            if regime in rule.applies_to and rule.active_on(day):
                return rule
        return None


def _rule(e: Entry) -> Rule:
    params = e.get("parameters", dict, {})
    valid_from = e.date("valid_from")
    valid_to = e.date("valid_to", allow_none=True)
    if valid_to is not None and valid_to < valid_from:
        e.fail(f"valid_to ({valid_to}) jest wcześniejsze niż valid_from ({valid_from})")
    confidence = e.choice("confidence", CONFIDENCE)
    verified = e.get("verified", bool)
    if verified and confidence != "read":
        e.fail("verified: true dozwolone tylko dla reguł oznaczonych 'read'")
    applies = e.str_list("applies_to", allowed=REGIMES)
    if not applies:
        e.fail("pole 'applies_to' jest puste")
    for name, value in params.items():
        if isinstance(value, bool) or not isinstance(value, (int, float, dict)):
            e.fail(f"parametr '{name}' ma być liczbą lub mapą liczb")
    return Rule(e.data["id"], e.text("title"), dict(params), valid_from, valid_to, e.text("source"), confidence,
                verified, applies)


@functools.lru_cache(maxsize=8)
def load_rules(path: Path | None = None) -> RuleBook:
    path = path or resource_path(*RULES_FILE)
    file = "/".join(RULES_FILE) if path == resource_path(*RULES_FILE) else str(path)
    data = load_yaml(path, ("rules", "settings"))
    rules = {e.data["id"]: _rule(e) for e in entries(file, data, "rules")}
    settings: dict[str, Setting] = {}
    if not isinstance(data["settings"], dict):
        raise DataError(file, "settings", "oczekiwano mapy ustawień")
    for key, raw in data["settings"].items():
        e = Entry(file, f"settings.{key}", raw)
        value = e.get("value", (int, float, str))
        allowed = e.get("allowed", list, None)
        if allowed is not None and value not in allowed:
            e.fail(f"wartość {value!r} spoza dozwolonych {allowed}")
        settings[key] = Setting(key, value, e.text("description"), tuple(allowed) if allowed else None)
    for needed in ("ukrainian_special_regime", "polish_additional_lessons", "ukrainian_group_size",
                   "polish_compensatory_cap", "compensatory_hours", "friendly_school_programme", "preparatory_class"):
        if needed not in rules:
            raise DataError(file, "rules", f"brak reguły '{needed}', której używa generator planu")
    if "session_minutes" not in settings:
        raise DataError(file, "settings", "brak ustawienia 'session_minutes'")
    return RuleBook(rules, settings)
