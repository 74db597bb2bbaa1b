"""Shared fixtures: demo documents, built once per session."""

from __future__ import annotations

from dataclasses import replace

import pytest

from exporters.demo import demo_document
from exporters.document import PlanDocument
from tests.exporters.helpers import SCHOOL_NAME


@pytest.fixture(scope="session")
def doc() -> PlanDocument:
    """The demo school's 3-year plan with tracking, under a name with Polish and Ukrainian letters."""
    return demo_document(school_name=SCHOOL_NAME)


@pytest.fixture(scope="session")
def big_doc() -> PlanDocument:
    return demo_document(large=True)


@pytest.fixture(scope="session")
def small_doc(doc) -> PlanDocument:
    """A few actions only: quick to read, for property-based tests."""
    plan = replace(doc.plan, actions=doc.plan.actions[:4])
    ids = {a.id for a in plan.actions}
    findings = tuple(f for f in doc.findings if f.action_id in ids)[:5]
    return replace(doc, plan=plan, findings=findings,
                   accepted_finding_ids=frozenset(f.id for f in findings) & doc.accepted_finding_ids)

