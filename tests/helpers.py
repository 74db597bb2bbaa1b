"""Helpers shared by the tests of several areas (tracking, documents, security): a fresh database with every
table, a school's accounts with their roles, password files, and running the command line in-process."""

from __future__ import annotations

import io
from pathlib import Path

DIRECTOR = "dyrektor"  # the first account of every test school: the director


class NoTty(io.StringIO):
    """Standard input that is not a terminal: a command must not prompt."""

    def isatty(self):
        return False


def fresh_db(data_dir: Path):
    """A SQLite database in ``data_dir`` with every table created from the models (not through the app's schema
    setup); the caller disposes of it."""
    from edulab_app.storage import all_models  # noqa: F401 - the tables
    from edulab_app.storage.base import Base
    from edulab_app.storage.db import Database

    data_dir.mkdir(parents=True, exist_ok=True)
    db = Database.open_sqlite(data_dir)
    Base.metadata.create_all(db.engine)
    return db


def role_sessions(db, passwords: dict[str, str], roles: dict[str, str]) -> dict:
    """The director ``dyrektor`` (first start), then an account per ``roles`` (username -> role), each logged in
    with its password from ``passwords``: {"director": Session, role: Session, …}; a second account of the same
    role is keyed role + "2" (e.g. "teacher2")."""
    from edulab_app.security import accounts

    accounts.create_first_director(db, DIRECTOR, "Anna Dyrektorska", passwords[DIRECTOR])
    director = accounts.login(db, DIRECTOR, passwords[DIRECTOR])
    out = {"director": director}
    for username, role in roles.items():
        accounts.add_user(db, director, username, f"Konto {username}", role, passwords[username])
        out[role + "2" if role in out else role] = accounts.login(db, username, passwords[username])
    return out


def cli_school(tmp_path: Path, profile, passwords: dict[str, str]) -> tuple[Path, dict[str, str]]:
    """A data folder (schema set up as the program does) with the school ``profile``, the director ``dyrektor``
    and the teacher ``nauczyciel``, and their password files (mode 600): (data folder, {user: password file})."""
    from edulab_app.security import accounts
    from edulab_app.services.context import AppContext
    from edulab_app.services.schools import create_school
    from edulab_app.storage import all_models  # noqa: F401 - the tables

    data = tmp_path / "data"
    ctx = AppContext(data_dir=data)
    db = ctx.db()
    create_school(db, profile)
    accounts.create_first_director(db, DIRECTOR, "Anna Dyrektorska", passwords[DIRECTOR])
    director = accounts.login(db, DIRECTOR, passwords[DIRECTOR])
    accounts.add_user(db, director, "nauczyciel", "Jan Nauczyciel", "teacher", passwords["nauczyciel"])
    ctx.close()
    files = {}
    for user in (DIRECTOR, "nauczyciel"):
        path = tmp_path / f"{user}.txt"
        path.write_text(passwords[user] + "\n", encoding="utf-8")
        path.chmod(0o600)
        files[user] = str(path)
    return data, files


def run_cli(capsys, data: Path, *argv: str, user: str | None = None, files: dict[str, str] | None = None):
    """``edulab --data-dir DATA ARGV…`` in-process, logged in as ``user`` through its password file:
    (exit code, standard output, standard error)."""
    from edulab_app import cli

    args = ["--data-dir", str(data), *argv]
    if user:
        args += ["--user", user, "--password-file", files[user]]
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err
