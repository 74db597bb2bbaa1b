"""``edulab export …``: the plan and the diagnosis as PDF, XLSX, an .edulab package or a blank questionnaire."""

from __future__ import annotations

from pathlib import Path

from edulab_app.cli.parser import add_command

KINDS = {
    "pdf": "plan działania z diagnozą jako PDF do podpisu",
    "xlsx": "plan działania jako arkusz XLSX",
    "package": "pakiet wymiany .edulab dla Pomorskiego EDUlab (bez danych osobowych uczniów)",
    "answers-pdf": "diagnoza z odpowiedziami szkoły jako PDF",
}


def register(sub) -> None:
    exp = add_command(sub, "export", "eksport planu i diagnozy do pliku", None)
    esub = exp.add_subparsers(dest="export_kind", metavar="RODZAJ", required=True, parser_class=type(exp))
    for kind, help_text in KINDS.items():
        p = add_command(esub, kind, help_text, cmd_export)
        p.add_argument("rspo", help="numer RSPO szkoły")
        p.add_argument("-o", "--output", type=Path, required=True, metavar="PLIK")
    p = add_command(esub, "blank-diagnosis", "pusty formularz diagnozy do wydruku (PDF)", cmd_blank)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PLIK.pdf")
    p.add_argument("--lang", choices=["pl", "uk", "en"], default="pl", help="język formularza")


def cmd_export(args, ctx) -> int:
    from edulab_app.services import exports

    db = ctx.db()
    writer = {"pdf": exports.export_pdf, "xlsx": exports.export_xlsx, "package": exports.export_package,
              "answers-pdf": exports.export_answer_sheet}[args.export_kind]
    path = writer(db, args.rspo, args.output)
    print(f"Zapisano: {path}")
    return 0


def cmd_blank(args, ctx) -> int:
    from edulab_app.services import exports

    print(f"Zapisano: {exports.export_blank_diagnosis(args.output, args.lang)}")
    return 0
