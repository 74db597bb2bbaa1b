"""The demo school's tracking data: fictional pupils, an assistant, a committee and a clinic assessment, and a
demo director whose password is returned once."""

from __future__ import annotations

from edulab_app.security import accounts
from edulab_app.services import assessments, committees, pupils
from edulab_app.services.demo import DEMO_RSPO, create_demo_school


def test_seed_demo_creates_the_director_and_the_data(tdb, monkeypatch):
    from edulab_app.services import demo

    monkeypatch.setattr(demo, "DEMO_SEEDERS", [])
    create_demo_school(tdb)
    username, password = pupils.seed_demo(tdb, DEMO_RSPO)
    assert username == pupils.DEMO_USERNAME and len(password) >= 20
    session = accounts.login(tdb, username, password)
    found = pupils.list_pupils(tdb, session, DEMO_RSPO, with_names=True)
    assert len(found) == 8 and {p.country for p in found} >= {"UA", "BY", "GE", "VN"}
    assert committees.view(tdb, session, DEMO_RSPO).members
    [opinion] = assessments.list_assessments(tdb, session, DEMO_RSPO)
    assert assessments.open_file(tdb, session, opinion.id).startswith(b"%PDF-")
    counts = pupils.aggregate_counts(tdb, DEMO_RSPO)
    assert counts["pupils"] == 8 and counts["assistants"]["total"] == 2
    # accounts exist now: without a session nothing more is seeded, with one it is
    assert pupils.seed_demo(tdb, DEMO_RSPO) is None
    assert pupils.seed_demo(tdb, DEMO_RSPO, session) is None
    assert len(pupils.list_pupils(tdb, session, DEMO_RSPO)) == 16
