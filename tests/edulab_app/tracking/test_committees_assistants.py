"""The welcome committee (members, meetings, families and their checklist) and the assistants."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from edulab_app.errors import ValidationFailed
from edulab_app.security.errors import PermissionDenied
from edulab_app.services import assistants, committees, pupils
from edulab_app.storage.security_models import AuditEntry
from plans.support import SupportForm

from .conftest import RSPO, TODAY

D = dt.date


def test_committee_per_school_year(tdb, sessions):
    director, teacher = sessions["director"], sessions["teacher"]
    m = committees.add_member(tdb, director, RSPO, "migrant_parent", "Iryna Tkaczenko", ("uk", "RU"))
    assert m.languages == ("uk", "ru") and m.role_label == "rodzic z doświadczeniem migracji"
    committees.add_member(tdb, director, RSPO, "pupil_ambassador", "Maja Lewandowska", school_year="2024/2025")
    with pytest.raises(PermissionDenied):
        committees.add_member(tdb, teacher, RSPO, "teacher", "Ktoś Inny")
    committees.add_meeting(tdb, teacher, RSPO, D(2025, 9, 10), "Plan powitań", "Pakiety po ukraińsku.")
    view = committees.view(tdb, teacher, RSPO)
    assert view.school_year == "2025/2026"
    assert [x.name for x in view.members] == ["Iryna Tkaczenko"]
    assert [(x.topic, x.notes) for x in view.meetings] == [("Plan powitań", "Pakiety po ukraińsku.")]
    assert [x.name for x in committees.view(tdb, director, RSPO, "2024/2025").members] == ["Maja Lewandowska"]
    assert committees.view(tdb, director, RSPO, "2023/2024").members == ()
    with pytest.raises(ValidationFailed):
        committees.add_member(tdb, director, RSPO, "king", "")


def test_welcomed_family_checklist_and_overdue_steps(tdb, sessions):
    teacher = sessions["teacher"]
    family = committees.welcome_family(tdb, teacher, RSPO, "uk", D(2025, 9, 1))
    assert family.code.startswith("R-") and len(family.steps) == 5
    assert {s.step: s.due_on for s in family.steps}["follow_up"] == D(2025, 10, 1)
    committees.done_step(tdb, teacher, family.code, "first_meeting", D(2025, 9, 3))
    committees.done_step(tdb, teacher, str(family.id), "school_tour", D(2025, 9, 3))
    committees.done_step(tdb, teacher, family.code, "buddy", due_on=D(2025, 9, 30))  # moved, not done
    view = committees.view(tdb, teacher, RSPO)
    overdue = view.overdue(D(2025, 9, 20))
    assert [(code, s.step) for code, s in overdue] == [(family.code, "info_pack")]
    assert [s.step for _c, s in view.overdue(TODAY)] == ["info_pack", "buddy", "follow_up"]
    as_json = view.to_dict(TODAY)
    assert as_json["families"][0]["steps"][0]["done_on"] == "2025-09-03" and len(as_json["overdue"]) == 3
    assert pupils.aggregate_counts(tdb, RSPO, TODAY)["welcome_committee"]["steps_overdue"] == 3
    with pytest.raises(ValidationFailed):
        committees.done_step(tdb, teacher, family.code, "party")
    with tdb.session() as s:
        refs = [e.record_ref for e in s.scalars(select(AuditEntry).where(AuditEntry.record_type == "welcomed_family"))]
    assert refs and set(refs) == {family.code}


def test_assistants_add_list_update_and_checks(tdb, sessions):
    director, teacher = sessions["director"], sessions["teacher"]
    a = assistants.add_assistant(tdb, director, RSPO, assistants.AssistantInput(
        "Nino Beridze", "intercultural_art165_8a", D(2024, 3, 1), D(2026, 6, 30), 10, ("ka", "ru"), "governing_body"))
    with pytest.raises(PermissionDenied):
        assistants.add_assistant(tdb, teacher, RSPO, assistants.AssistantInput("X Y", "helper_art165_8", D(2025, 9, 1)))
    with pytest.raises(ValidationFailed) as err:
        assistants.add_assistant(tdb, director, RSPO, assistants.AssistantInput(
            "X Y", "boss", D(2025, 9, 1), D(2025, 1, 1), 99, (), "lottery"))
    assert {e.field for e in err.value.errors} == {"legal_basis", "contract_to", "weekly_hours", "funding"}
    [listed] = assistants.list_assistants(tdb, teacher, RSPO)
    assert listed.name == "Nino Beridze" and listed.ref == f"A{a.id}"
    check = pupils.check_school(tdb, director, RSPO, TODAY)
    assert [f.code for f in check.findings] == ["assistant.intercultural_too_early"]
    assistants.update_assistant(tdb, director, RSPO, a.id, assistants.AssistantInput(
        "Nino Beridze", "intercultural_art165_8a", D(2024, 9, 1), D(2026, 6, 30), 10, ("ka",), "governing_body"))
    assert pupils.check_school(tdb, director, RSPO, TODAY).findings == ()


def test_friendly_school_ratio_from_the_database(tdb, director):
    for i in range(21):
        pupils.add_pupil(tdb, director, RSPO, pupils.PupilInput(f"Uczeń Testowy {i}", "3a", country="UA",
                                                                regime="ukrainian_special"), today=TODAY)
    a = assistants.add_assistant(tdb, director, RSPO, assistants.AssistantInput(
        "Olena Demczenko", "helper_art165_8", D(2025, 9, 1), None, 20, ("uk",)))
    check = pupils.check_school(tdb, director, RSPO, TODAY)
    assert [f.code for f in check.findings if f.code.startswith("assistant.")] == ["assistant.friendly_school_ratio"]
    counts = pupils.aggregate_counts(tdb, RSPO, TODAY)
    assert counts["assistants"]["friendly_school_short"] is True
    # deleting an assistant keeps the pupil's support form, without the link
    code = pupils.list_pupils(tdb, director, RSPO)[0].code
    pupils.add_support(tdb, director, code, SupportForm("assistant", 2, D(2025, 9, 1), assistant_id=a.id))
    assistants.delete_assistant(tdb, director, RSPO, a.id)
    [form] = pupils.list_support(tdb, director, code)
    assert form.assistant_id is None
