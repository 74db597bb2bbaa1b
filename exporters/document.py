"""What the exports are made from: one plain object the application builds from its database.

``PlanDocument`` gathers the school's profile, its diagnosis results (current and previous), the plan, the
rule-check findings with the ids the school accepted, and the staff (names and roles only). The PDF, the
XLSX and the exchange package are all rendered from it, so they always agree with each other. It holds no
pupil-level data: pupils appear only as counts (DOMAIN.md section 7).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from forms.result import DiagnosisResult
from plans.checks import Finding, check_plan
from plans.model import Action, Plan, SchoolContext, StaffMember


@dataclass(frozen=True)
class SchoolInfo:
    """The school as the cover and the profile show it (``school_type`` is the label a person reads)."""

    rspo: str
    name: str
    school_type: str = ""
    address: str = ""
    municipality: str = ""
    county: str = ""
    voivodeship: str = ""
    governing_body: str = ""
    school_year: str = ""
    pupils_total: int | None = None
    pupils_migrant: int | None = None

    @classmethod
    def from_context(cls, ctx: SchoolContext, **extra) -> SchoolInfo:
        """The fields a ``SchoolContext`` knows; address and the like (or overrides) as keyword arguments."""
        fields = {"rspo": ctx.rspo, "name": ctx.name, "school_type": ctx.school_type,
                  "pupils_total": ctx.pupils_total, "pupils_migrant": ctx.pupils_migrant}
        return cls(**{**fields, **extra})


@dataclass(frozen=True)
class ReviewAnswer:
    """The school's answer to one comment of an EDUlab expert (``comment_id`` as in the review file)."""

    comment_id: str
    answer: str
    answered_at: dt.datetime | None = None


@dataclass(frozen=True)
class PlanDocument:
    school: SchoolInfo
    generated_at: dt.datetime
    app_version: str
    version_label: str = ""  # e.g. "wersja 2 — do zatwierdzenia"
    diagnosis: DiagnosisResult | None = None
    previous: DiagnosisResult | None = None  # an earlier diagnosis of the same school, for comparison
    plan: Plan | None = None
    findings: tuple[Finding, ...] = ()  # all current findings, the accepted ones included
    accepted_finding_ids: frozenset[str] = frozenset()
    staff: tuple[StaffMember, ...] = ()  # only id, name and role are used
    review_answers: tuple[ReviewAnswer, ...] = ()  # answers to an expert's review (optional package member)
    # what another install needs to recreate the school, plus aggregate counts (optional package member,
    # plain JSON built by the application; see the schema's "school-data")
    school_data: dict | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "findings", tuple(self.findings))
        object.__setattr__(self, "review_answers", tuple(self.review_answers))
        object.__setattr__(self, "accepted_finding_ids", frozenset(self.accepted_finding_ids))
        object.__setattr__(self, "staff", tuple(StaffMember(s.id, s.name, s.role) for s in self.staff))

    @property
    def accepted_findings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.id in self.accepted_finding_ids)

    @property
    def open_findings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.id not in self.accepted_finding_ids)

    @property
    def period(self) -> str:
        if self.plan is None:
            return self.school.school_year
        years = self.plan.school_years
        return years[0] if len(years) == 1 else f"{years[0]} – {years[-1]}"

    def staff_member(self, staff_id: str | None) -> StaffMember | None:
        return next((s for s in self.staff if s.id == staff_id), None)

    def numbered_actions(self) -> list[tuple[int, Action]]:
        """The plan's actions in print order (school year, start, title) with their number, 1-based."""
        if self.plan is None:
            return []
        ordered = sorted(self.plan.actions, key=lambda a: (a.school_year, a.start, a.end, a.title, a.id))
        return list(enumerate(ordered, start=1))


def findings_with_accepted(plan: Plan, ctx: SchoolContext, result: DiagnosisResult | None, today: dt.date,
                           **kwargs) -> tuple[tuple[Finding, ...], frozenset[str]]:
    """All findings of ``plan`` (those the school accepted too) and the ids of the accepted ones.

    ``plans.checks.check_plan`` leaves accepted findings out; a document shows them, so the plan is checked
    once more without the acceptances and the accepted ids are matched per action."""
    bare = replace(plan, actions=tuple(replace(a, accepted_findings=()) for a in plan.actions))
    findings = tuple(check_plan(bare, ctx, result, today, **kwargs))
    accepted = {(a.id, fid) for a in plan.actions for fid in a.accepted_findings}
    return findings, frozenset(f.id for f in findings if (f.action_id, f.id) in accepted)


def staff_names_and_roles(staff: Iterable[StaffMember]) -> tuple[StaffMember, ...]:
    return tuple(StaffMember(s.id, s.name, s.role) for s in staff)


__all__ = ["PlanDocument", "ReviewAnswer", "SchoolInfo", "findings_with_accepted", "staff_names_and_roles"]
