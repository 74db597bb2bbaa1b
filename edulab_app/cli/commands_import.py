"""``edulab import PLIK…``: a school's .edulab package (recreates the school in this install) or an EDUlab
expert's review file (comments beside the plan's actions). Each file lands whole or not at all."""

from __future__ import annotations

import sys
from pathlib import Path

from edulab_app.cli.parser import add_command
from edulab_app.errors import UserError


def register(sub) -> None:
    p = add_command(sub, "import", "wczytaj pakiet .edulab szkoły albo plik uwag eksperta EDUlab", cmd_import)
    p.add_argument("paths", nargs="+", type=Path, metavar="PLIK")
    p.add_argument("--replace", action="store_true",
                   help="zastąp diagnozę, kadrę i plan szkoły, która już jest w programie")


def import_file(db, path: Path, replace: bool = False) -> str:
    """Import one file; returns a Polish sentence saying what happened (UserError when refused)."""
    from edulab_app.services import exchange
    from exporters.package_format import PACKAGE_FORMAT
    from exporters.review_file import REVIEW_FORMAT
    from exporters.sniff import exchange_format

    data = exchange.read_file(path)
    kind = exchange_format(data)
    if kind == REVIEW_FORMAT:
        from edulab_app.services.school_reviews import apply_review_file

        return apply_review_file(db, data, path.name).summary()
    if kind == PACKAGE_FORMAT or kind is None:  # None: the package reader says precisely what is wrong
        done = exchange.import_package(db, data, path.name, replace=replace)
        what = "Dodano szkołę" if done.created else "Zastąpiono dane szkoły"
        return (f"{what} {done.rspo} ({done.name}): diagnozy {done.diagnoses}, działania planu {done.actions}, "
                f"osoby w kadrze {done.staff}.")
    raise UserError(f"{path}: to plik EDUlab innego rodzaju ({kind}) — tu wczytuje się pakiety szkół (.edulab) "
                    "i pliki uwag ekspertów. Pakiety do przeglądu wczytuje ekspert: edulab review import.")


def cmd_import(args, ctx) -> int:
    db = ctx.db()
    failed = 0
    for path in args.paths:
        try:
            print(f"{path}: {import_file(db, path, args.replace)}")
        except UserError as exc:
            failed += 1
            print(f"edulab: {path}: {exc}", file=sys.stderr)
    if failed and failed == len(args.paths):
        return 2
    return 1 if failed else 0
