"""What scoring a diagnosis produces: area scores, strengths and priorities with their evidence.

These types are the contract between the diagnosis (forms/) and the action plan (plans/): the plan
generator reads priorities and their area ids; exporters and the UI show scores and reasons.
All are plain frozen dataclasses with JSON-friendly fields (``to_dict`` / ``from_dict``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

PriorityKind = Literal["critical", "gap", "lowest"]


@dataclass(frozen=True)
class Evidence:
    """One answer that led to a finding: which item, its label and the answer as a person reads it."""

    item_id: str
    label: str
    answer_text: str


@dataclass(frozen=True)
class AreaScore:
    """Scores of one area, 0–100, or None when too little was answered to say anything.

    ``resources``: how well the school is equipped (100 = fully). ``needs``: how pressing the needs are
    (100 = very pressing). ``gap`` = needs − resources (None when either is None).
    """

    area_id: str
    resources: float | None
    needs: float | None
    answered: int
    unknown: int  # answered "don't know / need more information"
    unanswered: int

    @property
    def gap(self) -> float | None:
        if self.resources is None or self.needs is None:
            return None
        return round(self.needs - self.resources, 1)


@dataclass(frozen=True)
class Priority:
    """A priority for the action plan, with the rule that produced it and the answers behind it."""

    id: str  # stable: f"{kind}:{area_id}" or f"critical:{rule_id}"
    area_id: str
    kind: PriorityKind
    title: str  # Polish, shown to the user
    reason: str  # Polish sentence naming the rule, e.g. "Najniższy wynik zasobów (32/100)"
    rank: int  # 1 = most important
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class DiagnosisResult:
    form_id: str
    form_version: int
    areas: tuple[AreaScore, ...]
    strengths: tuple[str, ...] = ()  # area ids, strongest first
    priorities: tuple[Priority, ...] = ()
    notes: tuple[str, ...] = field(default=())  # e.g. areas left out for lack of answers

    def area(self, area_id: str) -> AreaScore | None:
        return next((a for a in self.areas if a.area_id == area_id), None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DiagnosisResult:
        return cls(
            form_id=data["form_id"],
            form_version=int(data["form_version"]),
            areas=tuple(AreaScore(**a) for a in data["areas"]),
            strengths=tuple(data.get("strengths", ())),
            priorities=tuple(
                Priority(**{**p, "evidence": tuple(Evidence(**e) for e in p.get("evidence", ()))})
                for p in data.get("priorities", ())
            ),
            notes=tuple(data.get("notes", ())),
        )
