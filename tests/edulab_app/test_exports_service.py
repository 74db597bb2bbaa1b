"""Exports from the database: PDF, XLSX, package and questionnaires through the service and `edulab export`."""

from __future__ import annotations

import io
import subprocess

import openpyxl
import pytest

from edulab_app.cli import main
from edulab_app.services import exports, plans
from edulab_app.services.demo import DEMO_RSPO, create_demo_school


@pytest.fixture
def demo(db):
    create_demo_school(db)
    return db


def test_document_gathers_profile_diagnosis_plan_and_findings(demo):
    doc = exports.build_document(demo, DEMO_RSPO)
    assert doc.school.address == "ul. Wrzosowa 12, 80-175 Gdańsk" and doc.school.school_type == "Szkoła podstawowa"
    assert doc.diagnosis is not None and doc.previous is not None
    assert doc.plan is not None and len(doc.plan.actions) == len(plans.load(demo, DEMO_RSPO).actions)
    assert doc.staff and all(s.name for s in doc.staff)


def test_cli_writes_pdf_xlsx_package_and_questionnaires(capsys, demo, data_dir, tmp_path):
    from exporters.package_read import read_package

    for kind, name in (("pdf", "plan.pdf"), ("xlsx", "plan.xlsx"), ("package", "plan.edulab"),
                       ("answers-pdf", "odpowiedzi.pdf")):
        assert main(["export", kind, DEMO_RSPO, "-o", str(tmp_path / name)]) == 0, kind
    assert main(["export", "blank-diagnosis", "-o", str(tmp_path / "pusty.pdf"), "--lang", "uk"]) == 0
    text = subprocess.run(["pdftotext", str(tmp_path / "plan.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Bursztynowego Szlaku" in text and "Plan" in text
    workbook = openpyxl.load_workbook(io.BytesIO((tmp_path / "plan.xlsx").read_bytes()))
    assert len(workbook.sheetnames) >= 5
    contents = read_package((tmp_path / "plan.edulab").read_bytes(), "plan.edulab")
    assert contents.manifest.school_rspo == DEMO_RSPO and contents.document.plan is not None


def test_export_to_a_missing_folder_is_explained(capsys, demo, data_dir, tmp_path):
    code = main(["export", "pdf", DEMO_RSPO, "-o", str(tmp_path / "nie-ma" / "plan.pdf")])
    assert code == 2 and "nie istnieje" in capsys.readouterr().err


def test_school_without_diagnosis_or_plan_has_nothing_to_export(capsys, data_dir, tmp_path):
    assert main(["school", "create", "--rspo", "55", "--name", "Szkoła Podstawowa w Helu"]) == 0
    capsys.readouterr()
    assert main(["export", "pdf", "55", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "nie ma czego eksportować" in capsys.readouterr().err
