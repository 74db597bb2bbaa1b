"""The argument parser: global options, then one sub-command per area (each module registers its own)."""

from __future__ import annotations

import argparse
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


def build_parser() -> argparse.ArgumentParser:
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
    sub = parser.add_subparsers(dest="command", metavar="POLECENIE", parser_class=PolishArgumentParser)
    commands_core.register(sub)
    commands_diagnosis.register(sub)
    commands_plan.register(sub)
    commands_export.register(sub)
    commands_import.register(sub)
    commands_tracking.register(sub)
    commands_review.register(sub)
    commands_documents.register(sub)
    return parser


def add_command(sub, name: str, help_text: str, handler) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_text, description=help_text, add_help=False)
    p.add_argument("-h", "--help", action="help", help="pokaż pomoc polecenia")
    p.set_defaults(handler=handler, command=name)
    return p
