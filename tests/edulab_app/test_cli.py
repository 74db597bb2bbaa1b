"""The edulab command, run in-process (fast) and, where the process boundary matters, as a subprocess."""

import json
import os
import subprocess
import sys

import pytest

from edulab_app import __version__
from edulab_app.cli import main
from edulab_app.services.demo import DEMO_RSPO


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["school", "--help"])
    assert "użycie:" in capsys.readouterr().out


def test_demo_then_list_and_show_as_json(capsys, data_dir):
    code, out, _ = run(capsys, "demo")
    assert code == 0 and out.strip() == DEMO_RSPO
    code, out, _ = run(capsys, "school", "list", "--json")
    assert code == 0 and [s["rspo"] for s in json.loads(out)] == [DEMO_RSPO]
    code, out, _ = run(capsys, "school", "show", DEMO_RSPO, "--json")
    assert json.loads(out)["county"] == "Gdańsk"


def test_create_update_and_bad_input(capsys, data_dir):
    code, _, err = run(capsys, "school", "create", "--rspo", "0999", "--name", "Szkoła", "--postal-code", "8")
    assert code == 2 and "Numer RSPO" in err and "Kod pocztowy" in err
    code, out, _ = run(capsys, "school", "create", "--rspo", "123456", "--name", "Szkoła Podstawowa nr 3 w Lęborku",
                       "--county", "lęborski", "--pupils-total", "300", "--pupils-migrant", "12", "--json")
    assert code == 0 and json.loads(out)["pupils_migrant"] == 12
    code, _, err = run(capsys, "school", "update", "123456", "--pupils-migrant", "301")
    assert code == 2 and "Liczba uczniów z doświadczeniem migracji" in err
    code, out, _ = run(capsys, "school", "update", "123456", "--pupils-migrant", "40", "--json")
    assert code == 0 and json.loads(out)["pupils_migrant"] == 40
    code, _, err = run(capsys, "school", "show", "777")
    assert code == 2 and "777" in err


def test_wrong_usage_exits_2(capsys, data_dir):
    with pytest.raises(SystemExit) as info:
        main(["school", "frobnicate"])
    assert info.value.code == 2 and "błąd" in capsys.readouterr().err


def test_backup_and_restore(capsys, data_dir, tmp_path):
    run(capsys, "demo")
    target = tmp_path / "kopia.sqlite3"
    code, out, _ = run(capsys, "backup", "-o", str(target))
    assert code == 0 and target.exists()
    run(capsys, "school", "create", "--rspo", "55", "--name", "Szkoła do usunięcia")
    code, out, _ = run(capsys, "restore", str(target))
    assert code == 0 and "Przywrócono" in out
    code, out, _ = run(capsys, "school", "list", "--json")
    assert [s["rspo"] for s in json.loads(out)] == [DEMO_RSPO]


def test_unwritable_data_dir_is_explained(capsys, tmp_path):
    if os.geteuid() == 0:
        blocker = tmp_path / "plik"
        blocker.write_text("x")
        target = blocker / "dane"  # a folder under a regular file can never be created, even by root
    else:
        target = tmp_path / "ro"
        target.mkdir(mode=0o500)
    code, _, err = run(capsys, "--data-dir", str(target), "school", "list")
    assert code == 2 and "Nie można zapisywać w folderze danych" in err and str(target) in err


def test_damaged_database_is_kept_and_explained(capsys, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "edulab.sqlite3").write_bytes(b"PK\x03\x04 a zip file renamed" * 40)
    code, _, err = run(capsys, "school", "list")
    assert code == 2 and "uszkodzony" in err and "edulab restore" in err
    assert (data_dir / "edulab.sqlite3").read_bytes().startswith(b"PK\x03\x04")


@pytest.mark.expect_log_warnings
def test_unexpected_error_is_logged_with_traceback_and_exit_70(capsys, data_dir, monkeypatch):
    from edulab_app.cli import commands_core

    def boom(args, ctx):
        raise RuntimeError("symulowana awaria")

    monkeypatch.setattr(commands_core, "cmd_demo", boom)
    code, _, err = run(capsys, "demo")
    assert code == 70 and "dzienniku" in err
    log_text = (data_dir / "logs" / "edulab.log").read_text(encoding="utf-8")
    assert "RuntimeError: symulowana awaria" in log_text and "Traceback" in log_text


def test_native_crash_is_written_by_faulthandler(tmp_path):
    code = ("import faulthandler, pathlib, sys; from edulab_app.crash import setup_logging; "
            "setup_logging(pathlib.Path(sys.argv[1])); faulthandler._sigsegv()")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True)
    assert out.returncode != 0
    report = (tmp_path / "logs" / "native-crash.log").read_text()
    assert "Segmentation fault" in report and "Current thread" in report


def test_console_entry_point_runs_as_a_process(tmp_path):
    env = {**os.environ, "EDULAB_DATA_DIR": str(tmp_path / "d")}
    out = subprocess.run([sys.executable, "-m", "edulab_app", "demo"], env=env, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == DEMO_RSPO
