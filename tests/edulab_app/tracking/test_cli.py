"""The tracking commands: login with --user and --password-file (never the password itself), --json output,
export and erasure, and counts that need no login."""

from __future__ import annotations

import json
import os
import stat

import pytest

from edulab_app.cli import main
from tests.helpers import cli_school
from tests.helpers import run_cli as run

from .conftest import PASSWORDS, RSPO, tiny_pdf


@pytest.fixture
def setup(tmp_path):
    """A data folder with a school, a director and a teacher, and their password files (mode 600)."""
    from edulab_app.school_profile import SchoolProfile

    return cli_school(tmp_path, SchoolProfile(rspo=RSPO, name="Szkoła Podstawowa nr 7 w Słupsku",
                                              school_year="2025/2026"), PASSWORDS)


def test_pupils_with_password_file_and_json(capsys, setup, tmp_path):
    data, files = setup
    code, out, err = run(capsys, data, "pupils", "add", RSPO, "--name", "Mykoła Kowalenko", "--class", "4b",
                         "--country", "UA", "--languages", "uk,ru", "--level", "A2", "--regime", "ukrainian_special",
                         "--arrived", "01.03.2024", "--json", user="dyrektor", files=files)
    assert code == 0, err
    pupil = json.loads(out)
    assert pupil["code"].startswith("U-") and pupil["name"] == "Mykoła Kowalenko"
    code, out, _ = run(capsys, data, "pupils", "list", RSPO, "--json", user="nauczyciel", files=files)
    assert code == 0 and json.loads(out) == [{k: v for k, v in pupil.items() if k not in ("name", "notes")}]
    code, out, _ = run(capsys, data, "pupils", "list", RSPO, user="nauczyciel", files=files)
    assert pupil["code"] in out and "Kowalenko" not in out
    code, out, _ = run(capsys, data, "support", "add", pupil["code"], "--kind", "additional_polish", "--hours", "1",
                       "--from", "2025-09-01", "--to", "2026-06-26", user="nauczyciel", files=files)
    assert code == 0 and "Dodano formę wsparcia" in out
    code, out, _ = run(capsys, data, "support", "check", RSPO, "--date", "2025-10-01", "--json",
                       user="dyrektor", files=files)
    assert code == 1 and any(f["code"] == "support.polish_min_hours" for f in json.loads(out)["findings"])
    code, out, _ = run(capsys, data, "pupils", "show", pupil["code"], "--date", "2025-10-01", user="dyrektor",
                       files=files)
    assert code == 0 and "Mykoła Kowalenko" in out and "BŁĄD" not in out and "[error]" in out


def test_without_password_file_on_a_non_tty_exits_2(capsys, setup):
    data, files = setup
    code, out, err = run(capsys, data, "pupils", "list", RSPO, "--json", "--user", "dyrektor")
    assert code == 2 and "--password-file" in err and out == ""
    code, _, err = run(capsys, data, "pupils", "list", RSPO)
    assert code == 2 and "wymaga" in err
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(data), "pupils", "list", RSPO, "--user", "dyrektor", "--password", "Sekret-123"])
    assert info.value.code == 2 and "Sekret-123" not in capsys.readouterr().err
    code, _, err = run(capsys, data, "pupils", "list", RSPO, "--user", "dyrektor", "--password-file", files["nauczyciel"])
    assert code == 2 and "Nieprawidłowa nazwa użytkownika lub hasło" in err


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_readable_password_file_is_refused(capsys, setup):
    data, files = setup
    os.chmod(files["dyrektor"], 0o644)
    code, _, err = run(capsys, data, "pupils", "list", RSPO, user="dyrektor", files=files)
    assert code == 2 and "chmod 600" in err


def test_export_erase_assessments_counts_users_and_audit(capsys, setup, tmp_path):
    data, files = setup
    _, out, _ = run(capsys, data, "pupils", "add", RSPO, "--name", "Giorgi Kapanadze", "--country", "GE", "--json",
                    user="dyrektor", files=files)
    code_ = json.loads(out)["code"]
    pdf_path = tmp_path / "opinia.pdf"
    pdf_path.write_bytes(tiny_pdf())
    code, out, err = run(capsys, data, "assessments", "attach", code_, "--kind", "orzeczenie", "--clinic", "PPP nr 1",
                         "--issued", "2025-10-01", "--delivered", "2025-10-02", "--recommendation",
                         "ppp_help:Zajęcia logopedyczne", "--recommendation", "Wydłużony czas pracy", "--pdf",
                         str(pdf_path), "--json", user="dyrektor", files=files)
    assert code == 0, err
    attached = json.loads(out)
    assert attached["ipet_due"] == "2025-11-01" and attached["recommendations"][0]["support_kind"] == "ppp_help"
    bad = tmp_path / "zdjecie.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    code, _, err = run(capsys, data, "assessments", "attach", code_, "--kind", "opinia", "--clinic", "PPP",
                       "--issued", "2025-10-01", "--pdf", str(bad), user="dyrektor", files=files)
    assert code == 2 and "To nie jest plik PDF" in err
    out_pdf = tmp_path / "kopia.pdf"
    code, _, err = run(capsys, data, "assessments", "open", str(attached["id"]), "-o", str(out_pdf),
                       user="nauczyciel", files=files)
    assert code == 2 and "Nauczyciel" in err and not out_pdf.exists()
    code, _, _ = run(capsys, data, "assessments", "open", str(attached["id"]), "-o", str(out_pdf),
                     user="dyrektor", files=files)
    assert code == 0 and out_pdf.read_bytes() == pdf_path.read_bytes()

    code, out, _ = run(capsys, data, "counts", RSPO, "--json")
    counts = json.loads(out)
    assert code == 0 and counts["pupils"] == 1 and counts["by_country"] == {"GE": 1}
    assert "Kapanadze" not in out and code_ not in out

    target = tmp_path / "dane.json"
    code, _, err = run(capsys, data, "pupils", "export", code_, "-o", str(target), "--with-files",
                       user="dyrektor", files=files)
    assert code == 0, err
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["pupil"]["name"] == "Giorgi Kapanadze" and exported["clinic_assessments"][0]["file_base64"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    code, _, err = run(capsys, data, "pupils", "erase", code_, user="dyrektor", files=files)
    assert code == 2 and "--yes" in err
    code, out, _ = run(capsys, data, "pupils", "erase", code_, "--yes", user="dyrektor", files=files)
    assert code == 0 and "pliki 1" in out
    assert not list((data / "secure").glob("*.enc"))

    new_pw = tmp_path / "nowe.txt"
    new_pw.write_text("Koordynatorka-2026!\n", encoding="utf-8")
    new_pw.chmod(0o600)
    code, out, err = run(capsys, data, "users", "add", "koordynator", "--display-name", "Ewa Koordynator", "--role",
                         "coordinator", "--new-password-file", str(new_pw), user="dyrektor", files=files)
    assert code == 0, err
    code, out, _ = run(capsys, data, "users", "list", "--json", user="dyrektor", files=files)
    assert {u["username"] for u in json.loads(out)} == {"dyrektor", "nauczyciel", "koordynator"}
    code, out, _ = run(capsys, data, "audit", "list", "--ref", code_, "--json", "--limit", "100",
                       user="dyrektor", files=files)
    actions = [e["action"] for e in json.loads(out)]
    assert "erase" in actions and "access_request" in actions and "create" in actions
    assert "Kapanadze" not in out
    code, out, _ = run(capsys, data, "audit", "verify")
    assert code == 0 and "nienaruszony" in out
    code, _, err = run(capsys, data, "audit", "list", user="nauczyciel", files=files)
    assert code == 2


def test_assistants_and_committee_commands(capsys, setup):
    data, files = setup
    code, out, err = run(capsys, data, "assistants", "add", RSPO, "--name", "Olena Demczenko", "--basis", "helper",
                         "--from", "2025-09-01", "--hours", "20", "--languages", "uk,ru", "--json",
                         user="dyrektor", files=files)
    assert code == 0, err
    assert json.loads(out)["legal_basis"] == "helper_art165_8"
    code, out, _ = run(capsys, data, "assistants", "list", RSPO, "--json", user="nauczyciel", files=files)
    assert json.loads(out)["assistants"][0]["name"] == "Olena Demczenko"
    code, _, _ = run(capsys, data, "committee", "add-member", RSPO, "--role", "migrant_parent", "--name",
                     "Iryna Tkaczenko", "--languages", "uk", user="dyrektor", files=files)
    assert code == 0
    run(capsys, data, "committee", "add-meeting", RSPO, "--date", "2025-09-10", "--topic", "Plan powitań",
        user="nauczyciel", files=files)
    code, out, _ = run(capsys, data, "committee", "welcome-family", RSPO, "--language", "uk", "--arrival",
                       "2025-09-01", "--json", user="nauczyciel", files=files)
    family = json.loads(out)["code"]
    code, _, _ = run(capsys, data, "committee", "done-step", family, "first_meeting", "--date", "2025-09-02",
                     user="nauczyciel", files=files)
    assert code == 0
    code, out, _ = run(capsys, data, "committee", "show", RSPO, "--date", "2025-09-20", "--json",
                       user="nauczyciel", files=files)
    view = json.loads(out)
    assert view["members"][0]["name"] == "Iryna Tkaczenko" and view["meetings"][0]["topic"] == "Plan powitań"
    assert [o["step"] for o in view["overdue"]] == ["school_tour", "buddy", "info_pack"]
    code, out, _ = run(capsys, data, "committee", "show", RSPO, "--date", "2025-09-20", user="nauczyciel",
                       files=files)
    assert "Zaległe kroki" in out and family in out
