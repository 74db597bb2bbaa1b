"""The ``edulab`` command: the headless twin of the window.

Exit codes: 0 success; 1 the work found problems (e.g. a plan check with errors); 2 wrong usage or bad
input, with a message on stderr; 70 an unexpected internal error (logged, with the log's path printed).
Global options come before the command: ``--data-dir DIR`` (or EDULAB_DATA_DIR), ``--database-url URL``.
"""

from __future__ import annotations

import sys

from edulab_app.cli.parser import build_parser, command_of

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if getattr(sys, "frozen", False):  # PyInstaller: worker processes (package reading) start through us
        import multiprocessing

        multiprocessing.freeze_support()
    if argv[:1] == ["--internal-pdf-probe"]:  # a frozen build runs the attachment check as itself
        from edulab_app.services.assessment_pdf_probe import main as probe

        return probe()
    window_only = command_of(argv) in (None, "gui") and not {"-h", "--help"} & set(argv)
    parser = build_parser(window_only=window_only)
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:  # no command: the window
        from edulab_app.cli.gui import run_gui_command

        handler = run_gui_command
    return _run(handler, args)


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(["gui", *sys.argv[1:]] if not any(a == "gui" for a in sys.argv[1:]) else sys.argv[1:])


def _run(handler, args) -> int:
    from edulab_app.crash import install_excepthooks, log_path, report_exception, setup_logging
    from edulab_app.errors import UserError, ValidationFailed
    from edulab_app.paths import resolve_data_dir
    from edulab_app.services.context import AppContext
    from exporters.atomic import ExportWriteError

    data_dir = resolve_data_dir(args.data_dir)
    if getattr(args, "needs_log", True):
        setup_logging(data_dir if _writable_or_creatable(data_dir) else None, verbose=args.verbose)
    install_excepthooks()
    ctx = AppContext(data_dir=data_dir, database_url=args.database_url)
    try:
        return int(handler(args, ctx) or 0)
    except ValidationFailed as exc:
        for e in exc.errors:
            print(f"edulab: {e.message}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"edulab: {exc}", file=sys.stderr)
        return exc.exit_code
    except ExportWriteError as exc:
        print(f"edulab: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("edulab: przerwano.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:  # noqa: BLE001 - logged with traceback and reported, never swallowed
        report_exception(*sys.exc_info(), where=getattr(args, "command", ""))
        where = log_path()
        print(
            "edulab: wystąpił nieoczekiwany błąd programu."
            + (f" Szczegóły zapisano w dzienniku: {where}" if where else ""),
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        ctx.close()


def _writable_or_creatable(path) -> bool:
    import os

    probe = path
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    return os.access(probe, os.W_OK)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
