"""User name and password for commands: --user and --password-file, a prompt on a terminal, never argv."""

from __future__ import annotations

import argparse
import io
import os

import pytest

from edulab_app.cli.parser import PolishArgumentParser
from edulab_app.security import accounts
from edulab_app.security.cli_auth import (
    Credentials,
    add_auth_arguments,
    credentials_from_args,
    login_from_args,
)
from edulab_app.security.errors import CredentialsError

from .conftest import DIRECTOR_PASSWORD

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


class FakeStdin(io.StringIO):
    def __init__(self, text="", tty=False):
        super().__init__(text)
        self._tty = tty

    def isatty(self):
        return self._tty


def _parser():
    parser = PolishArgumentParser(prog="edulab pupil export")
    add_auth_arguments(parser)
    return parser


def _secret_file(tmp_path, content="Tajne-Haslo-123\ndrugi wiersz\n", mode=0o600):
    path = tmp_path / "haslo.txt"
    path.write_text(content, encoding="utf-8")
    path.chmod(mode)
    return path


def test_password_file_gives_its_first_line(tmp_path):
    args = _parser().parse_args(["--user", "anna", "--password-file", str(_secret_file(tmp_path))])
    creds = credentials_from_args(args, stdin=FakeStdin())
    assert creds == Credentials("anna", "Tajne-Haslo-123")
    assert "Tajne" not in repr(creds)


@posix_only
@pytest.mark.parametrize("mode", [0o644, 0o604, 0o606])
def test_a_world_readable_password_file_is_refused(tmp_path, mode):
    args = _parser().parse_args(["--user", "anna", "--password-file", str(_secret_file(tmp_path, mode=mode))])
    with pytest.raises(CredentialsError, match="inni użytkownicy.*chmod 600") as err:
        credentials_from_args(args, stdin=FakeStdin())
    assert err.value.exit_code == 2


def test_missing_empty_or_odd_password_files_explain_without_echoing_the_value(tmp_path):
    cases = [("Moje-Tajne-Haslo", "nie istnieje"), (str(tmp_path), "nie jest zwykłym plikiem")]
    for value, expected in cases:
        args = _parser().parse_args(["--user", "anna", "--password-file", value])
        with pytest.raises(CredentialsError, match=expected) as err:
            credentials_from_args(args, stdin=FakeStdin())
        assert "Moje-Tajne-Haslo" not in str(err.value)
    args = _parser().parse_args(["--user", "anna", "--password-file", str(_secret_file(tmp_path, "\nx\n"))])
    with pytest.raises(CredentialsError, match="pierwszy wiersz jest pusty"):
        credentials_from_args(args, stdin=FakeStdin())


def test_password_from_standard_input_with_dash(tmp_path):
    args = _parser().parse_args(["--user", "anna", "--password-file", "-"])
    assert credentials_from_args(args, stdin=FakeStdin("Z-potoku-123\n")).password == "Z-potoku-123"
    with pytest.raises(CredentialsError, match="podaj też --user"):
        credentials_from_args(_parser().parse_args(["--password-file", "-"]), stdin=FakeStdin("x\n"))


def test_prompts_on_a_terminal():
    asked = []
    creds = credentials_from_args(
        _parser().parse_args([]), stdin=FakeStdin(tty=True),
        prompt_user=lambda p: asked.append(p) or "anna ",
        prompt_password=lambda p: asked.append(p) or "Wpisane-Haslo-1")
    assert creds == Credentials("anna", "Wpisane-Haslo-1")
    assert asked == ["Użytkownik: ", "Hasło użytkownika anna: "]


def test_without_a_terminal_and_without_a_file_it_stops_with_exit_code_2():
    for argv in ([], ["--user", "anna"]):
        with pytest.raises(CredentialsError, match="--password-file") as err:
            credentials_from_args(_parser().parse_args(argv), stdin=FakeStdin())
        assert err.value.exit_code == 2


@pytest.mark.parametrize("argv", [["--password", "Tajne-Haslo-123"], ["--password=Tajne-Haslo-123"],
                                  ["--pass", "Tajne-Haslo-123"], ["--password"]])
def test_a_password_on_the_command_line_is_refused(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        _parser().parse_args(["--user", "anna", *argv])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "Tajne-Haslo-123" not in err
    assert "wierszu poleceń" in err or "ambiguous" in err or "niejednoznaczn" in err


def test_help_does_not_offer_a_password_option():
    text = _parser().format_help()
    assert "--password-file" in text and "--password " not in text and "--password\n" not in text


def test_login_from_args(director_setup, tmp_path):
    db, _, _ = director_setup
    path = _secret_file(tmp_path, DIRECTOR_PASSWORD + "\n")
    session = login_from_args(db, _parser().parse_args(["--user", "dyrektor", "--password-file", str(path)]),
                              stdin=FakeStdin())
    assert session.username == "dyrektor"
    assert isinstance(accounts.list_users(db, session), list)


def test_add_auth_arguments_works_on_a_plain_parser():
    parser = argparse.ArgumentParser()
    add_auth_arguments(parser)
    assert parser.parse_args(["--user", "x"]).password_file is None
