"""``edulab diagnosis …``: the needs-and-resources diagnosis without the window."""

from __future__ import annotations

import json
from pathlib import Path

from edulab_app.cli.output import print_json, print_table
from edulab_app.cli.parser import add_command
from edulab_app.errors import UserError


def register(sub) -> None:
    diag = add_command(sub, "diagnosis", "diagnoza potrzeb i zasobów szkoły", None)
    dsub = diag.add_subparsers(dest="diagnosis_command", metavar="POLECENIE", required=True, parser_class=type(diag))

    p = add_command(dsub, "list", "diagnozy szkoły (lata szkolne, stan)", cmd_list)
    p.add_argument("rspo")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(dsub, "start", "rozpocznij diagnozę za rok szkolny (z odpowiedziami z poprzedniej)", cmd_start)
    p.add_argument("rspo")
    p.add_argument("--year", metavar="RRRR/RRRR", help="rok szkolny (domyślnie bieżący rok szkoły)")
    p.add_argument("--empty", action="store_true", help="nie przenoś odpowiedzi z poprzedniej diagnozy")

    p = add_command(dsub, "answer", "zapisz odpowiedź na jedno pytanie bieżącej diagnozy", cmd_answer)
    p.add_argument("rspo")
    p.add_argument("item", metavar="PYTANIE", help="identyfikator pytania, np. pupils_total")
    p.add_argument("value", metavar="ODPOWIEDŹ",
                   help="tekst jak w oknie (liczba, data 05.09.2026, nazwa wyboru; wiele wyborów po przecinku); "
                        "tabelę podaj jako JSON; pusty tekst usuwa odpowiedź")

    p = add_command(dsub, "missing", "czego jeszcze brakuje w bieżącej diagnozie", cmd_missing)
    p.add_argument("rspo")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(dsub, "finish", "zakończ bieżącą diagnozę (odtąd tylko do odczytu)", cmd_finish)
    p.add_argument("rspo")
    p = add_command(dsub, "reopen", "otwórz zakończoną diagnozę ponownie do edycji", cmd_reopen)
    p.add_argument("rspo")

    p = add_command(dsub, "report", "raport: wyniki obszarów, mocne strony, priorytety, postęp", cmd_report)
    p.add_argument("rspo")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(dsub, "export-answers", "zapisz odpowiedzi diagnozy do pliku JSON", cmd_export)
    p.add_argument("rspo")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PLIK.json")
    p.add_argument("--year", metavar="RRRR/RRRR", help="rok szkolny (domyślnie najnowsza diagnoza)")

    p = add_command(dsub, "import-answers", "wczytaj odpowiedzi z pliku JSON (błędny plik niczego nie zmienia)",
                    cmd_import)
    p.add_argument("rspo")
    p.add_argument("file", type=Path, metavar="PLIK.json")


def _current(ctx, rspo):
    from edulab_app.services import diagnosis

    info = diagnosis.current_diagnosis(ctx.db(), rspo)
    if info is None:
        raise UserError(f"Szkoła {rspo} nie ma jeszcze diagnozy. Rozpocznij ją: edulab diagnosis start {rspo}")
    return info


def cmd_list(args, ctx) -> int:
    from edulab_app.services import diagnosis

    found = diagnosis.list_diagnoses(ctx.db(), args.rspo)
    if args.json:
        print_json([{"school_year": d.school_year, "status": d.status, "form_version": d.form_version,
                     "updated_at": d.updated_at.isoformat()} for d in found])
    else:
        status = {"finished": "zakończona", "in_progress": "w trakcie"}
        print_table([[d.school_year, status.get(d.status, d.status), str(d.form_version),
                      f"{d.updated_at:%Y-%m-%d %H:%M}"] for d in found],
                    ["Rok szkolny", "Stan", "Wersja formularza", "Ostatnia zmiana"])
    return 0


def cmd_start(args, ctx) -> int:
    from edulab_app.services import diagnosis

    info, dropped = diagnosis.start_diagnosis(ctx.db(), args.rspo, args.year, from_previous=not args.empty)
    given = len(diagnosis.answers(ctx.db(), info.id))
    print(f"Rozpoczęto diagnozę za rok {info.school_year} (formularz w wersji {info.form_version}); "
          f"przeniesiono odpowiedzi: {given}.")
    if dropped:
        print(f"Nie przeniesiono (pytania zmienione w nowej wersji): {', '.join(dropped)}")
    return 0


def cmd_answer(args, ctx) -> int:
    from edulab_app.services import diagnosis
    from forms.answers import AnswerError, coerce_input

    info = _current(ctx, args.rspo)
    form = info.form()
    if not form.has_item(args.item):
        raise UserError(f"Formularz nie ma pytania {args.item!r}. Identyfikatory pytań pokazuje eksport odpowiedzi.")
    if form.item(args.item).type == "table":
        try:
            value = json.loads(args.value) if args.value.strip() else None
        except json.JSONDecodeError as exc:
            raise UserError(f"Tabelę podaj jako JSON (lista wierszy): {exc}") from exc
    else:
        try:
            value = coerce_input(form, args.item, args.value)
        except AnswerError as exc:
            raise UserError(str(exc)) from exc
    diagnosis.save_answer(ctx.db(), info.id, args.item, value)
    print("Zapisano.")
    return 0


def cmd_missing(args, ctx) -> int:
    from edulab_app.services import diagnosis

    info = _current(ctx, args.rspo)
    gaps = diagnosis.missing(ctx.db(), info.id)
    if args.json:
        print_json([{"section": s, "item": i, "label": label} for s, i, label in gaps])
    elif gaps:
        form = info.form()
        print_table([[form.section(s).label.pl, i, label] for s, i, label in gaps], ["Obszar", "Pytanie", "Treść"])
    else:
        print("Na wszystkie wymagane pytania udzielono odpowiedzi.")
    return 1 if gaps else 0


def cmd_finish(args, ctx) -> int:
    from edulab_app.services import diagnosis

    info = _current(ctx, args.rspo)
    diagnosis.finish(ctx.db(), info.id)
    print(f"Diagnoza za rok {info.school_year} jest zakończona.")
    return 0


def cmd_reopen(args, ctx) -> int:
    from edulab_app.services import diagnosis

    info = _current(ctx, args.rspo)
    diagnosis.reopen(ctx.db(), info.id)
    print(f"Diagnoza za rok {info.school_year} jest znów otwarta do edycji.")
    return 0


def report_dict(rep) -> dict:
    comparison = rep.comparison()
    data = {
        "school_year": rep.diagnosis.school_year,
        "status": rep.diagnosis.status,
        "form": {"id": rep.diagnosis.form_id, "version": rep.diagnosis.form_version},
        "result": rep.result.to_dict(),
        "missing": [{"section": s, "item": i, "label": label} for s, i, label in rep.missing],
    }
    if comparison:
        data["previous"] = {
            "school_year": rep.previous.school_year,
            "areas": [{"area_id": a.area_id, "resources_delta": a.resources_delta, "needs_delta": a.needs_delta}
                      for a in comparison.areas],
            "resolved": [p.id for p in comparison.resolved],
            "new": [p.id for p in comparison.new],
        }
    return data


def _fmt(x) -> str:
    return "—" if x is None else f"{x:.0f}"


def cmd_report(args, ctx) -> int:
    from edulab_app.services import diagnosis
    from forms.areas import AREAS_BY_ID

    rep = diagnosis.report(ctx.db(), args.rspo)
    if args.json:
        print_json(report_dict(rep))
        return 0
    comparison = rep.comparison()
    print(f"Diagnoza za rok szkolny {rep.diagnosis.school_year} "
          f"({'zakończona' if rep.diagnosis.finished else 'w trakcie'})")
    if rep.missing:
        print(f"Brakuje odpowiedzi na {len(rep.missing)} wymaganych pytań (edulab diagnosis missing {args.rspo}).")
    print()
    rows = []
    for a in rep.result.areas:
        delta = comparison.area(a.area_id).resources_delta if comparison else None
        rows.append([AREAS_BY_ID[a.area_id].title_pl, _fmt(a.resources), _fmt(a.needs), _fmt(a.gap),
                     "" if delta is None else f"{delta:+.0f}", str(a.unknown)])
    headers = ["Obszar", "Zasoby", "Potrzeby", "Luka", "Zmiana zasobów", "„Nie wiem”"]
    print_table(rows, headers)
    if rep.result.strengths:
        print("\nMocne strony: " + ", ".join(AREAS_BY_ID[a].title_pl for a in rep.result.strengths))
    print("\nPriorytety:")
    for p in rep.result.priorities:
        print(f"{p.rank}. {p.title}\n   Dlaczego: {p.reason}")
        for e in p.evidence:
            print(f"   – {e.label}: {e.answer_text}")
    if comparison:
        print(f"\nW porównaniu z rokiem {rep.previous.school_year}: rozwiązane priorytety {len(comparison.resolved)}, "
              f"nowe {len(comparison.new)}.")
    return 0


def cmd_export(args, ctx) -> int:
    from edulab_app.services import diagnosis
    from exporters.atomic import write_atomic

    data = diagnosis.export_answers(ctx.db(), args.rspo, args.year)
    write_atomic(args.output, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    print(f"Zapisano {len(data['answers'])} odpowiedzi do {args.output}")
    return 0


def cmd_import(args, ctx) -> int:
    from edulab_app.services import diagnosis

    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise UserError(f"Nie można odczytać pliku {args.file}: {exc.strerror or exc}.") from exc
    if len(raw) > 5_000_000:
        raise UserError(f"{args.file}: plik jest za duży jak na odpowiedzi diagnozy (ponad 5 MB). Niczego nie zmieniono.")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(f"{args.file}: to nie jest poprawny plik JSON ({exc}). Niczego nie zmieniono.") from exc
    info, count, dropped = diagnosis.import_answers(ctx.db(), args.rspo, data, source=str(args.file))
    print(f"Wczytano {count} odpowiedzi do diagnozy za rok {info.school_year}.")
    if dropped:
        print(f"Pominięto (inna wersja formularza): {', '.join(dropped)}")
    return 0
