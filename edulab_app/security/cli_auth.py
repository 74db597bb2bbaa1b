"""User name and password for commands that touch sensitive data — never from the command line itself.

``--user NAME`` names the account; the password comes from ``--password-file FILE`` (its first line; ``-``
reads the first line of standard input) or, when standard input is a terminal, from a hidden prompt.
Otherwise the command stops with exit code 2 and says how to provide them. A password file that other
users of the computer can read is refused (POSIX). ``--password`` is registered only to refuse it with an
explanation: a password typed on the command line ends up in the shell history and the process list.
Error messages never repeat the value given to ``--password`` or ``--password-file``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

from edulab_app.security.errors import CredentialsError

MAX_PASSWORD_FILE_BYTES = 4096


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str = field(repr=False)


class _RefusePassword(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        parser.error("hasła nie podaje się w wierszu poleceń (trafiłoby do historii poleceń i listy procesów). "
                     "Użyj --password-file PLIK (plik czytelny tylko dla Ciebie) albo wpisz hasło, gdy program o "
                     "nie zapyta. Jeśli hasło zostało już wpisane w wierszu poleceń, zmień je.")


def add_auth_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("logowanie (dane chronione)")
    group.add_argument("--user", metavar="NAZWA", help="nazwa użytkownika (bez niej program zapyta w terminalu)")
    group.add_argument("--password-file", metavar="PLIK",
                       help="plik z hasłem w pierwszym wierszu, czytelny tylko dla Ciebie; „-” czyta hasło ze "
                            "standardowego wejścia (bez tej opcji program zapyta o hasło w terminalu)")
    group.add_argument("--password", nargs="?", action=_RefusePassword, help=argparse.SUPPRESS)


def _first_line(raw: bytes, source: str) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CredentialsError(f"{source}: hasło musi być zapisane w kodowaniu UTF-8.") from exc
    line = text.splitlines()[0] if text else ""
    if not line:
        raise CredentialsError(f"{source}: pierwszy wiersz jest pusty — zapisz w nim hasło.")
    return line


def read_password_file(path_text: str, stdin=None) -> str:
    """The first line of the password file (or of standard input for ``-``), refusing unsafe files."""
    if path_text == "-":
        stream = stdin if stdin is not None else sys.stdin
        data = stream.buffer.readline(MAX_PASSWORD_FILE_BYTES) if hasattr(stream, "buffer") \
            else stream.readline(MAX_PASSWORD_FILE_BYTES).encode("utf-8")
        return _first_line(data, "Standardowe wejście")
    path = Path(path_text).expanduser()
    source = "Plik podany w --password-file"
    try:
        info = path.stat()
    except FileNotFoundError:
        raise CredentialsError(f"{source} nie istnieje. Sprawdź ścieżkę.") from None
    except OSError as exc:
        raise CredentialsError(f"{source}: nie można go odczytać ({exc.strerror or exc}).") from None
    if not stat.S_ISREG(info.st_mode):
        raise CredentialsError(f"{source} nie jest zwykłym plikiem (użyj „-”, by czytać ze standardowego wejścia).")
    if os.name == "posix" and info.st_mode & (stat.S_IROTH | stat.S_IWOTH):
        raise CredentialsError(
            f"{source} ({path}) mogą czytać lub zmieniać inni użytkownicy tego komputera. Ogranicz dostęp "
            f"poleceniem: chmod 600 {path} — i rozważ zmianę hasła.")
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_PASSWORD_FILE_BYTES)
    except OSError as exc:
        raise CredentialsError(f"{source}: nie można go odczytać ({exc.strerror or exc}).") from None
    return _first_line(raw, source)


def credentials_from_args(args, *, stdin=None, prompt_password=None, prompt_user=None) -> Credentials:
    """The user name and password for this command, obtained as the module docstring describes."""
    stdin = stdin if stdin is not None else sys.stdin
    interactive = bool(getattr(stdin, "isatty", lambda: False)())
    prompt_password = prompt_password or getpass.getpass
    prompt_user = prompt_user or input
    how = ("Podaj --user NAZWA i --password-file PLIK (plik czytelny tylko dla Ciebie) albo uruchom polecenie "
           "w terminalu, aby wpisać je po pytaniu.")
    password_file = getattr(args, "password_file", None)
    if password_file == "-" and not getattr(args, "user", None):
        raise CredentialsError("Przy --password-file - podaj też --user NAZWA.")

    username = (getattr(args, "user", None) or "").strip()
    if not username:
        if not interactive:
            raise CredentialsError("To polecenie dotyczy danych chronionych i wymaga zalogowania. " + how)
        try:
            username = prompt_user("Użytkownik: ").strip()
        except EOFError:
            username = ""
        if not username:
            raise CredentialsError("Nie podano nazwy użytkownika.")

    if password_file:
        password = read_password_file(password_file, stdin)
    elif interactive:
        try:
            password = prompt_password(f"Hasło użytkownika {username}: ")
        except EOFError:
            password = ""
        if not password:
            raise CredentialsError("Nie podano hasła.")
    else:
        raise CredentialsError("To polecenie dotyczy danych chronionych i wymaga hasła, a nie ma terminala, w "
                               "którym można je wpisać. " + how)
    return Credentials(username, password)


def login_from_args(db, args, **kwargs):
    """Credentials from ``args``, then :func:`edulab_app.security.accounts.login` — a Session."""
    from edulab_app.security import accounts

    creds = credentials_from_args(args, **kwargs)
    return accounts.login(db, creds.username, creds.password)
