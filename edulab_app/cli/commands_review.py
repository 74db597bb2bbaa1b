"""``edulab review …``: the EDUlab expert's workspace without the window.

    edulab review import PATH…                       packages or folders; exit 1 when any file failed
    edulab review list [--json] [--county C] [--status S] [--search TEXT]
    edulab review show RSPO [--json]
    edulab review comment RSPO [--action ID] TEXT
    edulab review status RSPO STATUS                 new | in_review | returned | accepted
    edulab review region [--json] [--xlsx FILE] [--pdf FILE] [--county C]
    edulab review export-comments RSPO -o FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from edulab_app.cli.output import print_json, print_table
from edulab_app.cli.parser import add_command

STATUSES = ("new", "in_review", "returned", "accepted")


def register(sub) -> None:
    review = add_command(sub, "review", "przestrzeń eksperta EDUlab: pakiety szkół, przegląd, region", None)
    rsub = review.add_subparsers(dest="review_command", metavar="POLECENIE", required=True, parser_class=type(review))

    p = add_command(rsub, "import", "wczytaj pakiety .edulab (pliki albo całe foldery)", cmd_import)
    p.add_argument("paths", nargs="+", metavar="ŚCIEŻKA", help="plik .edulab albo folder z pakietami")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(rsub, "list", "szkoły z najnowszym pakietem i stanem przeglądu", cmd_list)
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")
    p.add_argument("--county", metavar="POWIAT", help="tylko szkoły z powiatu")
    p.add_argument("--status", choices=STATUSES, help="tylko szkoły w tym stanie przeglądu")
    p.add_argument("--search", metavar="TEKST", default="", help="RSPO, nazwa albo gmina zawiera tekst")

    p = add_command(rsub, "show", "przegląd jednej szkoły: priorytety, działania, uwagi, historia", cmd_show)
    p.add_argument("rspo")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(rsub, "comment", "dodaj uwagę do działania albo do całego planu", cmd_comment)
    p.add_argument("rspo")
    p.add_argument("text", metavar="TEKST")
    p.add_argument("--action", metavar="ID", help="identyfikator działania (bez niego: uwaga do całego planu)")
    p.add_argument("--author", default="", metavar="KTO", help="autor uwagi")

    p = add_command(rsub, "status", "zmień stan przeglądu szkoły", cmd_status)
    p.add_argument("rspo")
    p.add_argument("status", choices=STATUSES, metavar="STAN",
                   help="new (nowy), in_review (w przeglądzie), returned (zwrócony), accepted (zaakceptowany)")
    p.add_argument("--author", default="", metavar="KTO")
    p.add_argument("--note", default="", metavar="TEKST", help="notatka do zmiany stanu")

    p = add_command(rsub, "region", "region: koszty, szkolenia, asystenci, priorytety, zadania SMI", cmd_region)
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")
    p.add_argument("--xlsx", type=Path, metavar="PLIK.xlsx", help="zapisz zestawienie do arkusza")
    p.add_argument("--pdf", type=Path, metavar="PLIK.pdf", help="zapisz zestawienie do PDF")
    p.add_argument("--county", metavar="POWIAT", help="tylko szkoły z powiatu")

    p = add_command(rsub, "export-comments", "zapisz plik uwag dla szkoły (.edulab-review)", cmd_export_comments)
    p.add_argument("rspo")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PLIK.edulab-review")
    p.add_argument("--reviewer", default="", metavar="KTO", help="kto przeglądał plan")


def _zl(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ") + " zł"


def cmd_import(args, ctx) -> int:
    from edulab_app.services import reviews

    def progress(done: int, total: int, path: str) -> None:
        if path and sys.stderr.isatty():
            print(f"\r[{done + 1}/{total}] {Path(path).name[:60]:<60}", end="", file=sys.stderr, flush=True)

    report = reviews.import_packages(ctx.db(), args.paths, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json({"imported": [{"path": i.path, "rspo": i.rspo, "school": i.school_name, "outcome": i.outcome,
                                  "package_id": i.package_id, "answers": i.answers} for i in report.imported],
                    "superseded": [{"rspo": r, "package_id": pid} for r, pid in report.superseded],
                    "duplicates": [{"path": p, "reason": why} for p, why in report.duplicates],
                    "failed": [{"path": p, "reason": why} for p, why in report.failed]})
    else:
        outcome = {"new": "wczytano", "newer": "wczytano — zastępuje poprzedni pakiet szkoły",
                   "older": "wczytano jako starszą wersję (historia)"}
        for i in report.imported:
            extra = f"; odpowiedzi na uwagi: {i.answers}" if i.answers else ""
            print(f"OK      {i.path}: {i.school_name} (RSPO {i.rspo}) — {outcome[i.outcome]}{extra}")
        for path, why in report.duplicates:
            print(f"POMINIĘTO {path}: {why}")
        for path, why in report.failed:
            print(f"BŁĄD    {path}: {why}")
        print(report.summary())
    return 1 if report.failed else 0


def cmd_list(args, ctx) -> int:
    from edulab_app.services import reviews

    rows = reviews.list_schools(ctx.db(), reviews.SchoolFilter(args.county, args.status, args.search))
    if args.json:
        print_json([r.to_dict() for r in rows])
        return 0
    print_table([[r.rspo, r.name[:50], r.county, str(r.pupils_migrant),
                  "; ".join(t for _, t in r.top_priorities[:2])[:60], _zl(r.cost_per_year), str(r.findings_count),
                  reviews.STATUS_LABELS.get(r.status, r.status)] for r in rows],
                ["RSPO", "Szkoła", "Powiat", "Uczn. z dośw. migr.", "Najważniejsze priorytety", "Koszt na rok",
                 "Uwagi kontroli", "Stan przeglądu"])
    return 0


def cmd_show(args, ctx) -> int:
    from edulab_app.services import reviews

    rv = reviews.get_review(ctx.db(), args.rspo)
    if args.json:
        print_json(rv.to_dict())
        return 0
    doc = rv.document
    print(f"{doc.school.name} (RSPO {rv.rspo}) — {doc.school.municipality}, powiat {doc.school.county}")
    print(f"Stan przeglądu: {reviews.STATUS_LABELS.get(rv.status, rv.status)}; pakiet z "
          f"{rv.package.created_at:%d.%m.%Y %H:%M} UTC ({rv.package.file_name}); wersji w historii: {len(rv.history)}")
    if doc.diagnosis:
        print("\nPriorytety:")
        for p in sorted(doc.diagnosis.priorities, key=lambda p: p.rank):
            print(f"  {p.rank}. {p.title}")
    if doc.plan:
        print(f"\nDziałania planu ({doc.period}):")
        print_table([[str(n), a.id, a.school_year, a.title[:60], _zl(a.planned_cost), str(len(rv.comments_for(a.id)))]
                     for n, a in doc.numbered_actions()],
                    ["Nr", "Identyfikator", "Rok", "Działanie", "Koszt", "Uwagi eksperta"])
    if rv.comments:
        print("\nUwagi eksperta:")
        for c in rv.comments:
            where = c.action_title or c.action_id or "cały plan"
            print(f"  [{c.created_at:%d.%m.%Y}] {where}: {c.text}" + ("" if c.on_current else " (do starszej wersji)"))
            if c.school_answer:
                print(f"      odpowiedź szkoły: {c.school_answer}")
    return 0


def cmd_comment(args, ctx) -> int:
    from edulab_app.services import reviews

    c = reviews.add_comment(ctx.db(), args.rspo, args.text, args.action, args.author)
    print(f"Dodano uwagę nr {c.id}" + (f" do działania {c.action_id}." if c.action_id else " do całego planu."))
    return 0


def cmd_status(args, ctx) -> int:
    from edulab_app.services import reviews

    before = reviews.set_status(ctx.db(), args.rspo, args.status, args.author, args.note)
    labels = reviews.STATUS_LABELS
    print(f"Stan przeglądu szkoły {args.rspo}: {labels.get(before, before)} → {labels[args.status]}.")
    return 0


def cmd_region(args, ctx) -> int:
    from edulab_app.services import region as region_service
    from exporters.atomic import write_atomic

    region = region_service.region(ctx.db(), county=args.county)
    if args.xlsx:
        from exporters.region_report import render_region_xlsx

        write_atomic(args.xlsx, render_region_xlsx(region))
    if args.pdf:
        from exporters.region_report import render_region_pdf

        write_atomic(args.pdf, render_region_pdf(region))
    if args.json:
        print_json(region.to_dict())
        return 0
    print(f"Szkoły: {region.schools}; uczniowie z doświadczeniem migracji: {region.pupils_migrant}; "
          f"łączny koszt planów: {_zl(region.total_cost)}")
    years = list(region.years)
    print("\nKoszty według powiatów:")
    print_table([[c.county, str(c.schools)] + [_zl(c.costs_by_year.get(y, 0.0)) for y in years] + [_zl(c.total)]
                 for c in region.counties], ["Powiat", "Szkoły", *years, "Razem"])
    print("\nSzkolenia (razem w regionie):")
    print_table([[title[:50], sy, str(n), str(p), str(g)] for _, title, sy, n, p, g in region.training_totals()],
                ["Szkolenie", "Rok", "Szkoły", "Uczestnicy", "Grupy (wg powiatów)"])
    print(f"\nAsystenci (1 na {region.pupils_per_assistant} uczniów z Ukrainy):")
    print_table([[a.county, str(a.needed), str(a.planned), str(a.shortfall)] for a in region.assistants],
                ["Powiat", "Potrzebni", "Zaplanowani", "Niedobór"])
    print("\nNajczęstsze priorytety:")
    print_table([[p.title[:60], str(p.schools), str(p.top3)] for p in region.priorities[:10]],
                ["Priorytet", "Szkoły", "W pierwszej trójce"])
    print("\nZadania SMI:")
    print_table([[t.title[:60], str(t.schools)] for t in region.tasks], ["Zadanie", "Szkoły"])
    for note in region.notes:
        print(f"* {note}")
    for path in (args.xlsx, args.pdf):
        if path:
            print(f"Zapisano: {path}")
    return 0


def cmd_export_comments(args, ctx) -> int:
    from edulab_app.services import reviews
    from exporters.atomic import write_atomic

    data = reviews.export_comments(ctx.db(), args.rspo, args.reviewer)
    write_atomic(args.output, data)
    print(f"Zapisano plik uwag: {args.output}")
    return 0
