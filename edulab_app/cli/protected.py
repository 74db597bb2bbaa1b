"""Commands that touch protected data: log in first, lock the session whatever happens.

The credentials come from ``--user NAME --password-file FILE`` (or a prompt on a terminal), never a password on
the command line (:mod:`edulab_app.security.cli_auth`; a command adds the options with ``add_auth_arguments``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager


def login(ctx, args):
    """A Session for the credentials in ``args`` (see :func:`edulab_app.security.cli_auth.login_from_args`)."""
    from edulab_app.security.cli_auth import login_from_args

    return login_from_args(ctx.db(), args)


@contextmanager
def logged_in(ctx, args) -> Iterator:
    """``with logged_in(ctx, args) as session:`` — the session is locked when the block ends, however it ends."""
    session = login(ctx, args)
    try:
        yield session
    finally:
        session.lock()


def with_session(handler: Callable[..., int]) -> Callable[..., int]:
    """A command handler ``(args, ctx)`` that logs in, runs ``handler(args, ctx, db, session)`` and locks the
    session whatever happens."""

    def run(args, ctx) -> int:
        with logged_in(ctx, args) as session:
            return handler(args, ctx, ctx.db(), session)

    run.__name__ = handler.__name__
    return run
