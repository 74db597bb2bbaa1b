"""``edulab`` / ``edulab gui``: the application window."""

from __future__ import annotations


def register(sub) -> None:
    from edulab_app.cli.parser import add_command

    p = add_command(sub, "gui", "otwórz okno programu (to samo co edulab bez polecenia)", run_gui_command)
    p.add_argument("--lang", choices=["pl", "en", "uk"], help="język interfejsu (domyślnie polski)")
    p.add_argument("--demo", action="store_true", help="utwórz szkołę demonstracyjną i otwórz ją")
    p.add_argument("--quit-after-start", action="store_true",
                   help="otwórz okno z danymi szkoły i od razu zakończ (test uruchomienia, pomiar czasu startu)")


def run_gui_command(args, ctx) -> int:
    from edulab_app.ui.app import run_app

    return run_app(ctx, lang=getattr(args, "lang", None), demo=getattr(args, "demo", False),
                   quit_after_start=getattr(args, "quit_after_start", False))
