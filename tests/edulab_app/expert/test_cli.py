"""``edulab review …`` run in-process: per-file results, exit codes, JSON, exports."""

from __future__ import annotations

import json

import pytest

from edulab_app import cli
from edulab_app.cli import commands_review
from tests.edulab_app.expert.conftest import three_schools, write


@pytest.fixture(autouse=True)
def review_commands(monkeypatch):
    """Register ``review`` on the real parser until the lead adds it to edulab_app/cli/parser.py."""
    original = cli.build_parser

    def build(*args, **kwargs):
        parser = original(*args, **kwargs)
        sub = next(a for a in parser._subparsers._group_actions if hasattr(a, "choices"))
        if "review" not in sub.choices:
            commands_review.register(sub)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def packages(tmp_path):
    return [write(tmp_path / "in", d) for d in three_schools()]


def test_import_prints_each_file_and_exits_1_when_one_failed(capsys, data_dir, packages, tmp_path):
    bad = tmp_path / "in" / "zly.edulab"
    bad.write_bytes(b"PK\x03\x04 uszkodzony")
    code, out, _ = run(capsys, "review", "import", str(tmp_path / "in"))
    assert code == 1
    assert out.count("OK ") == 3 and "BŁĄD" in out and "zly.edulab" in out and "Wczytano pakietów: 3" in out
    code, out, _ = run(capsys, "review", "import", str(packages[0]))
    assert code == 0 and "POMINIĘTO" in out
    code, out, _ = run(capsys, "review", "import", "--json", str(packages[1]))
    assert code == 0 and len(json.loads(out)["duplicates"]) == 1


def test_list_show_comment_status_and_export(capsys, data_dir, packages, tmp_path):
    assert run(capsys, "review", "import", *map(str, packages))[0] == 0
    code, out, _ = run(capsys, "review", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["rspo"] for r in rows] == ["1001", "1002", "1003"]
    assert rows[0]["status"] == "new" and rows[0]["total_cost"] == 104_500
    code, out, _ = run(capsys, "review", "list", "--county", "kartuski")
    assert code == 0 and "1003" in out and "1001" not in out
    code, out, _ = run(capsys, "review", "comment", "1001", "--action", "week_for_everyone@2026", "Za drogo.")
    assert code == 0 and "week_for_everyone@2026" in out
    assert run(capsys, "review", "comment", "1001", "Całość do poprawy.")[0] == 0
    code, out, _ = run(capsys, "review", "status", "1001", "returned")
    assert code == 0 and "zwrócony" in out
    code, out, _ = run(capsys, "review", "list", "--status", "returned", "--json")
    assert [r["rspo"] for r in json.loads(out)] == ["1001"]
    code, out, _ = run(capsys, "review", "show", "1001", "--json")
    shown = json.loads(out)
    assert shown["status"] == "returned" and len(shown["comments"]) == 2
    code, out, _ = run(capsys, "review", "show", "1001")
    assert code == 0 and "Za drogo." in out and "Działania planu" in out
    target = tmp_path / "uwagi.edulab-review"
    code, out, _ = run(capsys, "review", "export-comments", "1001", "-o", str(target))
    assert code == 0 and target.exists()
    from exporters.review_file import read_review

    assert len(read_review(target.read_bytes(), target.name).comments) == 2


def test_region_json_xlsx_and_pdf(capsys, data_dir, packages, tmp_path):
    run(capsys, "review", "import", *map(str, packages))
    xlsx, pdf = tmp_path / "region.xlsx", tmp_path / "region.pdf"
    code, out, _ = run(capsys, "review", "region", "--json", "--xlsx", str(xlsx), "--pdf", str(pdf))
    data = json.loads(out)
    assert code == 0 and data["schools"] == 3 and data["total_cost"] == 281_000
    assert xlsx.read_bytes()[:2] == b"PK" and pdf.read_bytes()[:5] == b"%PDF-"
    code, out, _ = run(capsys, "review", "region")
    assert code == 0 and "Koszty według powiatów" in out and "kartuski" in out


def test_usage_and_unknown_school_errors(capsys, data_dir):
    code, _, err = run(capsys, "review", "show", "4040")
    assert code == 2 and "4040" in err
    with pytest.raises(SystemExit) as info:
        cli.main(["review", "status", "1001", "done"])
    assert info.value.code == 2
    capsys.readouterr()
    code, _, err = run(capsys, "review", "export-comments", "4040", "-o", "x.edulab-review")
    assert code == 2
