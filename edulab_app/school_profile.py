"""The school profile: a plain record and its validation, shared by the window and the command line."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from datetime import date
from functools import lru_cache

from edulab_app.errors import FieldError

SCHOOL_TYPES: dict[str, str] = {
    "primary": "Szkoła podstawowa",
    "general_secondary": "Liceum ogólnokształcące",
    "technical": "Technikum",
    "vocational": "Branżowa szkoła I stopnia",
    "special": "Szkoła specjalna",
    "preschool": "Przedszkole",
    "other": "Inna placówka",
}

FIELD_LABELS: dict[str, str] = {
    "rspo": "Numer RSPO",
    "name": "Nazwa szkoły",
    "school_type": "Typ szkoły",
    "street": "Ulica i numer",
    "postal_code": "Kod pocztowy",
    "city": "Miejscowość",
    "municipality": "Gmina",
    "county": "Powiat",
    "voivodeship": "Województwo",
    "governing_body": "Organ prowadzący",
    "email": "E-mail",
    "phone": "Telefon",
    "school_year": "Bieżący rok szkolny",
    "pupils_total": "Liczba uczniów ogółem",
    "pupils_migrant": "Liczba uczniów z doświadczeniem migracji",
}

_RSPO = re.compile(r"^[1-9][0-9]{0,6}$")
_POSTAL = re.compile(r"^[0-9]{2}-[0-9]{3}$")
_YEAR = re.compile(r"^(\d{4})/(\d{4})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[+0-9 ()-]{6,20}$")
MAX_PUPILS = 10_000


@lru_cache(maxsize=1)
def regions() -> dict:
    import yaml

    from resources import resource_path

    with open(resource_path("geo", "regions.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def pomorskie_counties() -> list[str]:
    data = regions()["pomorskie"]
    return list(data["land_counties"]) + list(data["city_counties"])


def voivodeships() -> list[str]:
    return list(regions()["voivodeships"])


def current_school_year(today: date | None = None) -> str:
    today = today or date.today()
    start = today.year if today.month >= 9 else today.year - 1
    return f"{start}/{start + 1}"


@dataclass
class SchoolProfile:
    rspo: str
    name: str
    school_type: str = "primary"
    street: str = ""
    postal_code: str = ""
    city: str = ""
    municipality: str = ""
    county: str = ""
    voivodeship: str = "pomorskie"
    governing_body: str = ""
    email: str = ""
    phone: str = ""
    school_year: str = ""
    pupils_total: int = 0
    pupils_migrant: int = 0
    is_demo: bool = False

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def normalized(self) -> SchoolProfile:
        data = {k: (v.strip() if isinstance(v, str) else v) for k, v in asdict(self).items()}
        if not data["school_year"]:
            data["school_year"] = current_school_year()
        return SchoolProfile(**data)


def _label(field: str) -> str:
    return f"„{FIELD_LABELS[field]}”"


def validate_profile(p: SchoolProfile) -> list[FieldError]:
    """All problems of a profile, each naming its field in Polish. Empty list = valid."""
    errors: list[FieldError] = []

    def err(field: str, text: str) -> None:
        errors.append(FieldError(field, f"{_label(field)}: {text}"))

    if not _RSPO.match(p.rspo or ""):
        err("rspo", "podaj numer szkoły z rejestru RSPO — od 1 do 7 cyfr, bez zera na początku.")
    if not p.name or len(p.name) < 3:
        err("name", "podaj pełną nazwę szkoły (co najmniej 3 znaki).")
    elif len(p.name) > 300:
        err("name", "nazwa może mieć najwyżej 300 znaków.")
    if p.school_type not in SCHOOL_TYPES:
        err("school_type", f"wybierz typ z listy ({', '.join(SCHOOL_TYPES.values())}).")
    if p.postal_code and not _POSTAL.match(p.postal_code):
        err("postal_code", "kod pocztowy ma postać 00-000.")
    if p.voivodeship not in voivodeships():
        err("voivodeship", "wybierz województwo z listy.")
    elif p.voivodeship == "pomorskie" and p.county and p.county not in pomorskie_counties():
        err("county", "w województwie pomorskim wybierz jeden z 16 powiatów ziemskich lub 4 miast na prawach powiatu.")
    if p.email and not _EMAIL.match(p.email):
        err("email", "adres e-mail wygląda na niepoprawny (np. sekretariat@sp1.gdansk.pl).")
    if p.phone and not _PHONE.match(p.phone):
        err("phone", "numer telefonu może zawierać cyfry, spacje, nawiasy, myślniki i znak +.")
    match = _YEAR.match(p.school_year or "")
    if not match or int(match.group(2)) != int(match.group(1)) + 1 or not 2000 <= int(match.group(1)) <= 2100:
        err("school_year", "rok szkolny zapisz jako dwa kolejne lata, np. 2026/2027.")
    for field in ("pupils_total", "pupils_migrant"):
        value = getattr(p, field)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_PUPILS:
            err(field, f"podaj liczbę całkowitą od 0 do {MAX_PUPILS}.")
    if (
        isinstance(p.pupils_total, int)
        and isinstance(p.pupils_migrant, int)
        and p.pupils_migrant > p.pupils_total
        and not any(e.field in ("pupils_total", "pupils_migrant") for e in errors)
    ):
        err("pupils_migrant", f"nie może przekraczać pola {_label('pupils_total')} ({p.pupils_total}).")
    return errors
