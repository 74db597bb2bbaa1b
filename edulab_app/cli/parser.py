"""The argument parser: global options, then one sub-command per area (each module registers its own)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from edulab_app import __version__


class PolishArgumentParser(argparse.ArgumentParser):
    """argparse speaking Polish where it speaks to the user (usage line and errors), exit code 2 on misuse."""

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "użycie:", 1)

    def format_help(self) -> str:
        text = super().format_help().replace("usage:", "użycie:", 1)
        return text.replace("options:", "opcje:").replace("positional arguments:", "argumenty:")

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: błąd: {message}\n")


GLOBAL_OPTIONS_WITH_VALUE = ("--data-dir", "--database-url")


def command_of(argv: list[str]) -> str | None:
    """The sub-command named in ``argv`` (None: the window), looking past the global options."""
    tokens = iter(argv)
    for token in tokens:
        if token in GLOBAL_OPTIONS_WITH_VALUE:
            next(tokens, None)
        elif not token.startswith("-"):
            return token
    return None


def build_parser(window_only: bool = False) -> argparse.ArgumentParser:
    """The whole parser, or (``window_only``) just the global options and ``gui`` — opening the window does
    not pay for importing every command's module."""
    from edulab_app.cli import gui

    parser = _base_parser()
    sub = parser.add_subparsers(dest="command", metavar="POLECENIE", parser_class=PolishArgumentParser)
    gui.register(sub)
    if window_only:
        return parser
    from edulab_app.cli import (
        commands_core,
        commands_diagnosis,
        commands_documents,
        commands_export,
        commands_import,
        commands_plan,
        commands_review,
        commands_tracking,
    )

    commands_core.register(sub)
    commands_diagnosis.register(sub)
    commands_plan.register(sub)
    commands_export.register(sub)
    commands_import.register(sub)
    commands_tracking.register(sub)
    commands_review.register(sub)
    commands_documents.register(sub)
    return parser


def _base_parser() -> argparse.ArgumentParser:
    parser = PolishArgumentParser(
        prog="edulab",
        description="EDUlab — Szkoła włączająca krok po kroku. Bez polecenia otwiera okno programu.",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="pokaż tę pomoc i zakończ")
    parser.add_argument("--version", action="version", version=f"edulab {__version__}", help="pokaż wersję programu")
    parser.add_argument("--data-dir", metavar="FOLDER", help="folder danych (domyślnie folder użytkownika; także EDULAB_DATA_DIR)")
    parser.add_argument("--database-url", metavar="URL", help="wspólna baza PostgreSQL, np. postgresql+psycopg://użytkownik@serwer/edulab")
    parser.add_argument("--verbose", action="store_true", help="więcej szczegółów w dzienniku")
    return parser


def add_command(sub, name: str, help_text: str, handler) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_text, description=help_text, add_help=False)
    p.add_argument("-h", "--help", action="help", help="pokaż pomoc polecenia")
    p.set_defaults(handler=handler, command=name)
    return p


def add_group(sub, name: str, help_text: str):
    """A command with sub-commands of its own (``edulab pupils list``); returns the sub-parsers to add them to."""
    group = add_command(sub, name, help_text, None)
    return group.add_subparsers(dest=f"{name.replace('-', '_')}_command", metavar="POLECENIE", required=True,
                                parser_class=type(group))


def date_arg(text: str) -> dt.date:
    """A date as 2026-09-01 or 01.09.2026 (argparse type)."""
    text = (text or "").strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"niepoprawna data {text[:20]!r} — podaj RRRR-MM-DD albo DD.MM.RRRR")


def comma_list(text: str | None) -> tuple[str, ...]:
    """"uk, ru,," -> ("uk", "ru")."""
    return tuple(x.strip() for x in (text or "").split(",") if x.strip())
