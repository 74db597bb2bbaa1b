"""The exchange package between installs: export → import into another data directory → export again gives
the same content; an import lands whole or not at all, whatever the file."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from edulab_app.cli import main
from edulab_app.errors import UserError
from edulab_app.services import exchange, exports, plans
from edulab_app.services.context import AppContext
from edulab_app.services.demo import DEMO_RSPO, create_demo_school
from edulab_app.storage.all_models import metadata

NOW = dt.datetime(2026, 11, 24, 10, 30)


def _members(data: bytes) -> dict[str, object]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: json.loads(z.read(n)) for n in z.namelist()}


def _counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar() for t in metadata.sorted_tables}


@pytest.fixture
def package(db, tmp_path) -> bytes:
    create_demo_school(db)
    path = exports.export_package(db, DEMO_RSPO, tmp_path / "szkola.edulab", now=NOW)
    return path.read_bytes()


@pytest.fixture
def other(tmp_path):
    ctx = AppContext(tmp_path / "inna-instalacja")
    yield ctx
    ctx.close()


def test_round_trip_gives_the_same_package(package, other, tmp_path):
    done = exchange.import_package(other.db(), package, "szkola.edulab")
    assert done.created and done.diagnoses == 2 and done.actions > 20
    again = exports.export_package(other.db(), DEMO_RSPO, tmp_path / "znowu.edulab", now=NOW).read_bytes()
    assert _members(again) == _members(package)
    assert again == package  # byte for byte: the writer is deterministic


def test_importing_over_an_existing_school_needs_replace(package, other):
    db = other.db()
    exchange.import_package(db, package, "a.edulab")
    first = next(a for a in plans.load(db, DEMO_RSPO).actions if a.status == "planned")
    plans.set_status(db, DEMO_RSPO, first.id, "in_progress", dt.date(2026, 10, 1))
    before = _counts(db)
    with pytest.raises(UserError, match="--replace"):
        exchange.import_package(db, package, "a.edulab")
    assert _counts(db) == before
    exchange.import_package(db, package, "a.edulab", replace=True)
    assert plans.get_action(db, DEMO_RSPO, first.id).status == "planned"  # the package's plan replaced the local one


def test_a_package_for_review_only_is_refused_with_advice(db, other):
    from dataclasses import replace

    from exporters.package_write import write_package

    create_demo_school(db)
    doc = replace(exports.build_document(db, DEMO_RSPO, now=NOW), school_data=None)
    with pytest.raises(UserError, match="review import"):
        exchange.import_package(other.db(), write_package(doc), "stary.edulab")
    assert _counts(other.db())["schools"] == 0


def test_plan_naming_unknown_staff_is_refused_and_nothing_lands(db, other):
    from dataclasses import replace

    from exporters.package_write import write_package

    create_demo_school(db)
    doc = exports.build_document(db, DEMO_RSPO, now=NOW)
    data = dict(doc.school_data)
    data["staff"] = data["staff"][:1]
    with pytest.raises(UserError, match="spoza kadry"):
        exchange.import_package(other.db(), write_package(replace(doc, school_data=data)), "x.edulab")
    assert all(n == 0 for t, n in _counts(other.db()).items() if t != "alembic_version")


def test_cli_import_reports_each_file(capsys, package, tmp_path, monkeypatch):
    monkeypatch.setenv("EDULAB_DATA_DIR", str(tmp_path / "cli"))
    good = tmp_path / "dobry.edulab"
    good.write_bytes(package)
    bad = tmp_path / "zly.edulab"
    bad.write_bytes(package[:-40])
    code = main(["import", str(good), str(bad)])
    out, err = capsys.readouterr()
    assert code == 1 and "Dodano szkołę 9990048" in out and "zly.edulab" in err


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_packages_never_land_half(package, other, data):
    db = other.db()
    raw = bytearray(package)
    for _ in range(data.draw(st.integers(1, 6))):
        pos = data.draw(st.integers(0, len(raw) - 1))
        raw[pos] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    before = _counts(db)
    try:
        exchange.import_package(db, bytes(raw), "zmieniony.edulab", replace=True)
    except UserError:
        assert _counts(db) == before
