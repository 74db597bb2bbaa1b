"""``edulab`` / ``edulab gui``: the application window."""

from __future__ import annotations


def run_gui_command(args, ctx) -> int:
    from edulab_app.ui.app import run_app

    return run_app(ctx, lang=getattr(args, "lang", None), demo=getattr(args, "demo", False),
                   quit_after_start=getattr(args, "quit_after_start", False))
