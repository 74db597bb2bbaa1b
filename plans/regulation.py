"""Regulamin „Bezpieczna szkoła”: rendered from a template with the school's data, edited section by section,
adopted in numbered versions, with a short version for families in their languages.

``render(template, data, procedure)`` fills ``resources/documents/safe-school-regulation.yaml`` with the
school's data (:class:`RegulationData`) and the deadlines in force (:class:`plans.incidents.Procedure`, i.e.
the school's settings). A missing value shows as ``[do uzupełnienia: …]`` and is listed in ``gaps``; a list
line ("- …") whose value is missing is left out. Editing a section overrides its generated text; the
override survives a later re-render (new deadlines, new trusted persons), and :meth:`RegulationDocument.reset`
brings the generated text back. :meth:`RegulationDocument.adopt` records a :class:`Version` with a snapshot of
the text; :meth:`RegulationDocument.as_text` and :func:`diff` give a plain, line-per-paragraph text for
comparing versions.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from plans._data import Entry, entries, load_yaml
from plans.incidents import LANGS, InputProblems, Problem, Procedure
from resources import resource_path

REGULATION_FILE = ("documents", "safe-school-regulation.yaml")
PLACEHOLDERS = {
    "school_name": "nazwa szkoły", "school_address": "adres szkoły", "director": "dyrektor szkoły",
    "governing_body": "organ prowadzący", "trusted_persons": "osoby zaufania",
    "report_email": "adres e-mail do zgłoszeń", "report_box_place": "miejsce skrzynki zgłoszeń",
    "report_form": "formularz zgłoszeń", "deadlines": "terminy procedury", "procedure_note": "uwaga o procedurze",
    "motives": "motywy", "child_protection_ref": "standardy ochrony małoletnich (akt przyjęcia)",
    "child_protection_person": "osoba odpowiedzialna za standardy ochrony małoletnich",
    "family_languages": "języki wersji dla rodzin", "review_months": "okres przeglądu",
    "adopted_by": "organ przyjmujący regulamin",
}
FAMILY_PLACEHOLDERS = {**PLACEHOLDERS, "trusted_persons_short": "osoby zaufania",
                       "deadlines_family": "terminy procedury"}
LANGUAGE_NAMES_PL = {"pl": "polski", "uk": "ukraiński", "en": "angielski", "ru": "rosyjski"}
#: Names of languages as their speakers write them (shown next to a trusted person in every version).
AUTONYMS = {"pl": "polski", "uk": "українська", "ru": "русский", "be": "беларуская", "en": "English",
            "de": "Deutsch", "fr": "français", "es": "español", "it": "italiano", "ro": "română", "tr": "Türkçe",
            "vi": "Tiếng Việt", "ka": "ქართული", "hy": "Հայերեն", "az": "azərbaycanca", "kk": "қазақ тілі",
            "lt": "lietuvių", "cs": "čeština", "sk": "slovenčina", "no": "norsk", "nl": "Nederlands",
            "tl": "Tagalog", "csb": "kaszëbsczi"}
#: Values a list line may not go without: the line stays and shows the gap (anonymous reporting must be offered).
REQUIRED = frozenset({"report_box_place", "trusted_persons", "trusted_persons_short"})
_TOKEN = re.compile(r"\{([a-z_]+)\}")
MAX_SECTION_CHARS = 20_000
STATUS_LABELS = {"draft": "projekt", "adopted": "przyjęty", "changed": "zmieniony po przyjęciu (projekt zmian)"}


# --- the template ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SectionTemplate:
    id: str
    title: str
    text: str


@dataclass(frozen=True)
class FamilyTemplate:
    lang: str
    title: str
    intro: str
    sections: tuple[tuple[str, str], ...]  # (heading, text)
    outro: str


@dataclass(frozen=True, eq=False)
class RegulationTemplate:
    version: int
    title: str
    subtitle: str
    sections: tuple[SectionTemplate, ...]
    family: Mapping[str, FamilyTemplate]
    trusted_roles: Mapping[str, Mapping[str, str]]
    defaults: Mapping[str, Any]
    procedure_note: str

    def role_label(self, role: str, lang: str = "pl") -> str:
        labels = self.trusted_roles.get(role)
        return labels.get(lang, labels["pl"]) if labels else role


def _check_tokens(e: Entry, text: str, allowed: Mapping[str, str], what: str) -> None:
    unknown = sorted(set(_TOKEN.findall(text)) - set(allowed))
    if unknown:
        e.fail(f"{what}: nieznane pola do wypełnienia {', '.join(unknown)}")


@functools.lru_cache(maxsize=4)
def load_regulation_template(path: Path | None = None) -> RegulationTemplate:
    path = path or resource_path(*REGULATION_FILE)
    file = "/".join(REGULATION_FILE) if path == resource_path(*REGULATION_FILE) else str(path)
    data = load_yaml(path, ("title", "sections", "family", "trusted_roles", "procedure_note"))
    top = Entry(file, "(plik)", data)
    sections = []
    for e in entries(file, data, "sections"):
        text = e.text("text").strip()
        _check_tokens(e, text, PLACEHOLDERS, "pole 'text'")
        sections.append(SectionTemplate(e.data["id"], e.text("title"), text))
    roles = {}
    for role, labels in top.get("trusted_roles", dict).items():
        if not isinstance(labels, dict) or any(not labels.get(lang) for lang in LANGS):
            top.fail(f"trusted_roles.{role}: brak nazwy w językach {', '.join(LANGS)}")
        roles[role] = dict(labels)
    if "other" not in roles:
        top.fail("trusted_roles: brak roli 'other'")
    family = {}
    for lang, raw in top.get("family", dict).items():
        f = Entry(file, f"family.{lang}", raw)
        parts = []
        for i, item in enumerate(f.get("sections", list)):
            s = Entry(file, f"family.{lang}.sections[{i}]", item)
            _check_tokens(s, s.text("text"), FAMILY_PLACEHOLDERS, "pole 'text'")
            parts.append((s.text("heading"), s.text("text").strip()))
        for key in ("title", "intro", "outro"):
            _check_tokens(f, f.text(key), FAMILY_PLACEHOLDERS, f"pole '{key}'")
        family[lang] = FamilyTemplate(lang, f.text("title"), f.text("intro"), tuple(parts), f.text("outro"))
    if not {"pl", "uk", "en"} <= set(family):
        top.fail("wersja dla rodzin musi być co najmniej po polsku, ukraińsku i angielsku")
    counts = {len(f.sections) for f in family.values()}
    if len(counts) != 1:
        top.fail("wersje dla rodzin mają mieć tyle samo części we wszystkich językach")
    return RegulationTemplate(int(data["version"]), top.text("title"), top.text("subtitle", ""), tuple(sections),
                              family, roles, dict(data.get("defaults") or {}),
                              " ".join(top.text("procedure_note").split()))


# --- the school's data ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrustedPerson:
    name: str
    role: str = "other"  # a key of the template's trusted_roles
    contact: str = ""  # room, hours, e-mail or phone
    languages: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "contact": self.contact, "languages": list(self.languages)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TrustedPerson:
        return cls(d["name"], d.get("role", "other"), d.get("contact", ""), tuple(d.get("languages", ())))


@dataclass(frozen=True)
class RegulationData:
    school_name: str
    school_address: str = ""
    director: str = ""
    governing_body: str = ""
    trusted_persons: tuple[TrustedPerson, ...] = ()
    report_email: str = ""
    report_box_place: str = ""
    report_form: str = ""
    child_protection_ref: str = ""
    child_protection_person: str = ""
    family_languages: tuple[str, ...] = ("pl", "uk", "en")
    review_months: int = 12
    adopted_by: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d["trusted_persons"] = [p.to_dict() for p in self.trusted_persons]
        d["family_languages"] = list(self.family_languages)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> RegulationData:
        values = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        values["trusted_persons"] = tuple(TrustedPerson.from_dict(p) for p in d.get("trusted_persons", ()))
        values["family_languages"] = tuple(d.get("family_languages", ("pl", "uk", "en")))
        return cls(**values)


def validate_data(template: RegulationTemplate, data: RegulationData) -> list[Problem]:
    problems = []
    if not data.school_name.strip():
        problems.append(Problem("school_name", "„Nazwa szkoły”: pole jest wymagane."))
    for i, p in enumerate(data.trusted_persons):
        name = f"trusted_persons[{i}]"
        if not p.name.strip() or len(p.name) > 200:
            problems.append(Problem(name, f"„Osoby zaufania”, wiersz {i + 1}: podaj imię i nazwisko (do 200 znaków)."))
        if p.role not in template.trusted_roles:
            problems.append(Problem(name, f"„Osoby zaufania”, wiersz {i + 1}: nieznana funkcja „{p.role}” "
                                          f"(dostępne: {', '.join(template.trusted_roles)})."))
        if len(p.contact) > 300:
            problems.append(Problem(name, f"„Osoby zaufania”, wiersz {i + 1}: kontakt ma najwyżej 300 znaków."))
    missing = [lang for lang in data.family_languages if lang not in template.family]
    if missing:
        problems.append(Problem("family_languages", f"„Języki wersji dla rodzin”: brak tłumaczenia na "
                                                    f"{', '.join(missing)} (dostępne: {', '.join(template.family)})."))
    if "pl" not in data.family_languages:
        problems.append(Problem("family_languages", "„Języki wersji dla rodzin”: wersja polska jest wymagana."))
    if not 1 <= data.review_months <= 36:
        problems.append(Problem("review_months", "„Przegląd regulaminu”: co 1–36 miesięcy."))
    if data.report_email and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", data.report_email):
        problems.append(Problem("report_email", "„E-mail do zgłoszeń”: niepoprawny adres."))
    for key in ("school_address", "director", "governing_body", "report_box_place", "report_form",
                "child_protection_ref", "child_protection_person", "adopted_by"):
        if len(getattr(data, key)) > 500:
            problems.append(Problem(key, f"„{PLACEHOLDERS.get(key, key)}”: najwyżej 500 znaków."))
    return problems


# --- the document ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    text: str
    edited: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "text": self.text, "edited": self.edited}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Section:
        return cls(d["id"], d["title"], d["text"], bool(d.get("edited", False)))


@dataclass(frozen=True)
class Version:
    number: int
    adopted_on: dt.date
    resolution_no: str
    adopted_by: str
    changes: str = ""
    sections: tuple[Section, ...] = ()  # the text as adopted

    @property
    def label(self) -> str:
        return f"wersja {self.number} z {self.adopted_on:%d.%m.%Y} (uchwała nr {self.resolution_no})"

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "adopted_on": self.adopted_on.isoformat(), "resolution_no": self.resolution_no,
                "adopted_by": self.adopted_by, "changes": self.changes,
                "sections": [s.to_dict() for s in self.sections]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Version:
        return cls(int(d["number"]), dt.date.fromisoformat(d["adopted_on"]), d["resolution_no"], d["adopted_by"],
                   d.get("changes", ""), tuple(Section.from_dict(s) for s in d.get("sections", ())))


@dataclass(frozen=True)
class FamilyVersion:
    lang: str
    title: str
    intro: str
    sections: tuple[tuple[str, str], ...]
    outro: str


@dataclass(frozen=True)
class RegulationDocument:
    title: str
    subtitle: str
    data: RegulationData
    generated: tuple[Section, ...]
    overrides: Mapping[str, str] = field(default_factory=dict)
    versions: tuple[Version, ...] = ()
    family: Mapping[str, FamilyVersion] = field(default_factory=dict)
    gaps: tuple[str, ...] = ()
    deadlines: tuple[tuple[str, str], ...] = ()  # (step title, "w ciągu …") as rendered

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(Section(s.id, s.title, self.overrides[s.id], True) if s.id in self.overrides else s
                     for s in self.generated)

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    @property
    def current_version(self) -> Version | None:
        return self.versions[-1] if self.versions else None

    @property
    def status(self) -> str:
        """draft (never adopted), adopted (the text is the last adopted one) or changed (edited since)."""
        last = self.current_version
        if last is None:
            return "draft"
        return "adopted" if _texts(last.sections) == _texts(self.sections) else "changed"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def version(self, number: int) -> Version:
        for v in self.versions:
            if v.number == number:
                return v
        raise KeyError(number)

    def edit(self, section_id: str, text: str) -> RegulationDocument:
        """The document with ``section_id`` overridden by ``text`` (the generated text again: no override)."""
        base = next((s for s in self.generated if s.id == section_id), None)
        if base is None:
            raise InputProblems([Problem("section", f"„Część regulaminu”: nie ma części „{section_id}”.")])
        clean = normalize_text(text)
        if not clean:
            raise InputProblems([Problem(f"sections.{section_id}", f"„{base.title}”: tekst nie może być pusty "
                                                                    "(aby wrócić do wzoru, przywróć tekst wzoru).")])
        if len(clean) > MAX_SECTION_CHARS:
            raise InputProblems([Problem(f"sections.{section_id}", f"„{base.title}”: najwyżej "
                                                                    f"{MAX_SECTION_CHARS} znaków.")])
        overrides = dict(self.overrides)
        if clean == base.text:
            overrides.pop(section_id, None)
        else:
            overrides[section_id] = clean
        return replace(self, overrides=overrides)

    def reset(self, section_id: str) -> RegulationDocument:
        overrides = dict(self.overrides)
        overrides.pop(section_id, None)
        return replace(self, overrides=overrides)

    def adopt(self, adopted_on: dt.date, resolution_no: str, adopted_by: str, changes: str = "") -> RegulationDocument:
        """Record the current text as a new numbered version adopted on ``adopted_on`` by ``adopted_by``."""
        problems = []
        resolution_no = " ".join((resolution_no or "").split())
        adopted_by = " ".join((adopted_by or "").split())
        if not resolution_no:
            problems.append(Problem("resolution_no", "„Numer uchwały (zarządzenia)”: pole jest wymagane."))
        elif len(resolution_no) > 60:
            problems.append(Problem("resolution_no", "„Numer uchwały (zarządzenia)”: najwyżej 60 znaków."))
        if not adopted_by:
            problems.append(Problem("adopted_by", "„Kto przyjął”: pole jest wymagane."))
        last = self.current_version
        if last is not None and adopted_on < last.adopted_on:
            problems.append(Problem("adopted_on", f"„Data przyjęcia”: wcześniejsza niż przyjęcie wersji "
                                                  f"{last.number} ({last.adopted_on:%d.%m.%Y})."))
        if last is not None and self.status == "adopted":
            problems.append(Problem("sections", "Tekst nie zmienił się od przyjęcia wersji "
                                                f"{last.number} — nie ma czego przyjmować."))
        if self.gaps:
            problems.append(Problem("gaps", "Uzupełnij przed przyjęciem: " + ", ".join(self.gaps) + "."))
        if problems:
            raise InputProblems(problems)
        version = Version(len(self.versions) + 1, adopted_on, resolution_no, adopted_by,
                          normalize_text(changes) or ("pierwsza wersja" if last is None else ""), self.sections)
        return replace(self, versions=self.versions + (version,))

    def as_text(self, sections: Sequence[Section] | None = None) -> str:
        return sections_text(self.title, sections if sections is not None else self.sections)

    def to_dict(self) -> dict[str, Any]:
        """What the application stores: the data, the overrides and the versions (the generated text is
        rendered again from the template on load, so a corrected template reaches unedited sections)."""
        return {"data": self.data.to_dict(), "overrides": dict(self.overrides),
                "versions": [v.to_dict() for v in self.versions]}


def normalize_text(text: str) -> str:
    """Trailing spaces removed, line ends unified, at most one blank line between paragraphs."""
    lines = [line.rstrip() for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()


def _texts(sections: Sequence[Section]) -> list[tuple[str, str, str]]:
    return [(s.id, s.title, s.text) for s in sections]


def sections_text(title: str, sections: Sequence[Section]) -> str:
    parts = [title, ""]
    for n, s in enumerate(sections, start=1):
        parts += [f"§ {n}. {s.title}", "", s.text, ""]
    return "\n".join(parts)


def diff(old: Sequence[Section], new: Sequence[Section], old_label: str = "przyjęta", new_label: str = "bieżąca",
         title: str = "") -> str:
    """A unified diff (one paragraph per line) between two texts of the regulation."""
    a = sections_text(title, old).splitlines()
    b = sections_text(title, new).splitlines()
    return "\n".join(difflib.unified_diff(a, b, old_label, new_label, lineterm=""))


# --- rendering ------------------------------------------------------------------------------------------------


def _languages_of(person: TrustedPerson) -> str:
    return ", ".join(AUTONYMS.get(code, code) for code in person.languages)


def trusted_list(template: RegulationTemplate, persons: Sequence[TrustedPerson], lang: str = "pl") -> str:
    lines = []
    for p in persons:
        text = f"- {p.name} — {template.role_label(p.role, lang)}"
        if p.contact:
            text += f"; {p.contact}"
        if p.languages:
            text += f" ({_languages_of(p)})"
        lines.append(text)
    return "\n".join(lines)


def _fill(text: str, values: Mapping[str, str], labels: Mapping[str, str], gaps: list[str]) -> str:
    out = []
    for line in text.split("\n"):
        names = _TOKEN.findall(line)
        if line.startswith("- ") and any(not values.get(n) and n not in REQUIRED for n in names):
            continue  # an optional way (e-mail, form…) the school does not have
        for n in names:
            if not values.get(n) and labels[n] not in gaps:
                gaps.append(labels[n])
        out.append(_TOKEN.sub(lambda m: values.get(m.group(1)) or f"[do uzupełnienia: {labels[m.group(1)]}]", line))
    return "\n".join(out)


def render(template: RegulationTemplate, data: RegulationData, procedure: Procedure, *,
           overrides: Mapping[str, str] | None = None, versions: Sequence[Version] = ()) -> RegulationDocument:
    """The regulation for the school's ``data`` with the deadlines of ``procedure`` (the settings in force)."""
    problems = validate_data(template, data)
    if problems:
        raise InputProblems(problems)
    adopted_by = data.adopted_by or str(template.defaults.get("adopted_by", ""))
    deadlines = tuple((s.title, procedure.deadline_text(s, "pl")) for s in procedure.steps)
    values = {
        "school_name": data.school_name, "school_address": data.school_address or "sekretariat szkoły",
        "director": data.director,
        "governing_body": data.governing_body, "trusted_persons": trusted_list(template, data.trusted_persons),
        "report_email": data.report_email, "report_box_place": data.report_box_place,
        "report_form": data.report_form,
        "deadlines": "\n".join(f"- {title[0].lower() + title[1:]} — {text};" for title, text in deadlines)
                     .rstrip(";") + ".",
        "procedure_note": template.procedure_note if procedure.legal_status == "common_practice" else "",
        "motives": ", ".join(procedure.motive_label(m) for m in procedure.motives if m != "other"),
        "child_protection_ref": data.child_protection_ref, "child_protection_person": data.child_protection_person,
        "family_languages": ", ".join(LANGUAGE_NAMES_PL.get(code, code) for code in data.family_languages),
        "review_months": str(data.review_months), "adopted_by": adopted_by,
    }
    gaps: list[str] = []
    generated = tuple(Section(s.id, s.title, normalize_text(_fill(s.text, values, PLACEHOLDERS, gaps)))
                      for s in template.sections)
    family = {}
    for lang in data.family_languages:
        f = template.family[lang]
        fvalues = dict(values)
        fvalues["trusted_persons_short"] = trusted_list(template, data.trusted_persons, lang)
        fvalues["deadlines_family"] = "\n".join(f"- {procedure.deadline_text(s, lang)}: {s.family[lang]}"
                                                for s in procedure.steps)
        fgaps: list[str] = []
        fill = functools.partial(_fill, values=fvalues, labels=FAMILY_PLACEHOLDERS, gaps=fgaps)
        family[lang] = FamilyVersion(lang, fill(f.title), fill(f.intro),
                                     tuple((h, normalize_text(fill(t))) for h, t in f.sections), fill(f.outro))
        gaps += [g for g in fgaps if g not in gaps]
    known = {s.id for s in generated}
    clean_overrides = {k: v for k, v in (overrides or {}).items() if k in known}
    return RegulationDocument(template.title, template.subtitle, data, generated, clean_overrides, tuple(versions),
                              family, tuple(gaps), deadlines)


def from_stored(template: RegulationTemplate, stored: Mapping[str, Any], procedure: Procedure) -> RegulationDocument:
    """A document from :meth:`RegulationDocument.to_dict` output, rendered again with today's settings."""
    return render(template, RegulationData.from_dict(stored["data"]), procedure,
                  overrides=stored.get("overrides") or {},
                  versions=tuple(Version.from_dict(v) for v in stored.get("versions", ())))
