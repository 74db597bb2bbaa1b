"""``edulab documents …`` and ``edulab incidents …``: „Tydzień dla wszystkich”, Regulamin „Bezpieczna szkoła”
and the incident register without the window.

The documents need no login (they hold no pupil data). The incident register does: ``--user NAME
--password-file FILE`` (or a prompt on a terminal), never a password on the command line. A description or an
outcome is read from a file (``--description-file``, ``--outcome-file``; ``-`` = standard input) or typed at a
prompt — never given as an option, which would leave it in the shell history. ``incidents stats`` needs no
login: it prints counts only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from edulab_app.cli.output import print_json, print_table
from edulab_app.cli.parser import add_command, add_group, comma_list, date_arg
from edulab_app.cli.protected import logged_in, with_session
from edulab_app.errors import UserError
from edulab_app.security.cli_auth import add_auth_arguments

MAX_TEXT_FILE = 200_000


# --- argument types ------------------------------------------------------------------------------------------


def _datetime(text: str) -> dt.datetime:
    text = " ".join((text or "").replace("T", " ").split())
    for fmt in ("%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"niepoprawna data {text[:20]!r} — podaj RRRR-MM-DD GG:MM albo DD.MM.RRRR GG:MM")


def _pl(day) -> str:
    return day.strftime("%d.%m.%Y %H:%M") if isinstance(day, dt.datetime) else (day.strftime("%d.%m.%Y") if day else "—")


def _read_text(path_text: str | None, what: str, option: str) -> str:
    """Text from a file, standard input ("-") or a prompt on a terminal (ends with an empty line)."""
    if path_text == "-":
        return sys.stdin.read(MAX_TEXT_FILE)
    if path_text:
        path = Path(path_text).expanduser()
        try:
            with open(path, encoding="utf-8-sig") as fh:
                return fh.read(MAX_TEXT_FILE)
        except FileNotFoundError:
            raise UserError(f"Plik {path} nie istnieje.") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"Nie można odczytać pliku {path}: {exc}") from None
    if not sys.stdin.isatty():
        raise UserError(f"Podaj {what} w pliku: {option} PLIK (albo {option} - dla standardowego wejścia).")
    print(f"Wpisz {what} (zakończ pustym wierszem):")
    lines = []
    while True:
        try:
            line = input()
        except EOFError:
            break
        if not line:
            break
        lines.append(line)
    return "\n".join(lines)


def register(sub) -> None:
    _register_documents(sub)
    _register_incidents(sub)


# --- documents -----------------------------------------------------------------------------------------------


def _register_documents(sub) -> None:
    docs = add_group(sub, "documents", "„Tydzień dla wszystkich” i regulamin „Bezpieczna szkoła”")
    week = add_command(docs, "week", "scenariusz „Tydzień dla wszystkich” dostosowany przez szkołę", None)
    wsub = week.add_subparsers(dest="week_command", metavar="POLECENIE", required=True, parser_class=type(week))
    p = add_command(wsub, "show", "tydzień szkoły (albo propozycja, jeśli go jeszcze nie ma)", cmd_week_show)
    p.add_argument("rspo")
    p.add_argument("--year", metavar="RRRR/RRRR", help="rok szkolny (domyślnie bieżący rok szkoły)")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(wsub, "adapt", "dostosuj tydzień: terminy, osoby, koszty, języki (zapisuje projekt)",
                    cmd_week_adapt)
    p.add_argument("rspo")
    p.add_argument("--year", metavar="RRRR/RRRR", help="rok szkolny (domyślnie bieżący rok szkoły)")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--start", type=date_arg, metavar="DATA", help="pierwszy dzień: tydzień to 5 kolejnych dni nauki")
    when.add_argument("--dates", metavar="D1,…,D5", help="pięć dat po przecinku (kolejne dni nauki)")
    p.add_argument("--coordinator", action="append", metavar="OSOBA", help="koordynator tygodnia (można powtórzyć)")
    p.add_argument("--person", action="append", metavar="ROLA=OSOBA",
                   help="osoba w roli scenariusza, np. intercultural_assistant=\"Olena Shevchenko\" (można powtórzyć)")
    p.add_argument("--cost", action="append", metavar="POZYCJA=ILOŚĆxCENA[@ŹRÓDŁO]",
                   help="zmiana pozycji kosztów, np. tasting=1x900 albo festival=1x1500@grant (można powtórzyć)")
    p.add_argument("--languages", metavar="KODY", help="języki zaproszenia po przecinku, np. pl,uk,en,ru")
    p.add_argument("--place", metavar="TEKST", help="miejsce i godzina święta szkoły")
    p.add_argument("--contact", metavar="TEKST", help="kontakt dla rodzin (e-mail, telefon)")
    p.add_argument("--to-plan", action="store_true", help="od razu zapisz tydzień w planie działania")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(wsub, "to-plan", "zapisz tydzień w planie działania (utwórz lub zaktualizuj działanie)",
                    cmd_week_to_plan)
    p.add_argument("rspo")
    p.add_argument("--year", metavar="RRRR/RRRR")

    p = add_command(wsub, "pdf", "tydzień do druku (PDF) z zaproszeniami dla rodzin w ich językach", cmd_week_pdf)
    p.add_argument("rspo")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PLIK.pdf")
    p.add_argument("--year", metavar="RRRR/RRRR")

    r = add_command(docs, "regulation", "regulamin „Bezpieczna szkoła”: projekt, zmiany, wersje, wydruk", None)
    rsub = r.add_subparsers(dest="regulation_command", metavar="POLECENIE", required=True, parser_class=type(r))
    p = add_command(rsub, "generate", "utwórz projekt z danymi szkoły (albo odśwież go nowymi danymi i terminami)",
                    cmd_regulation_generate)
    p.add_argument("rspo")
    p.add_argument("--trusted", action="append", metavar="OSOBA|FUNKCJA|KONTAKT|JĘZYKI",
                   help="osoba zaufania, np. \"Jan Nowak|school_pedagogue|pokój 12, wt. 8–9|uk,ru\" (zastępuje listę)")
    p.add_argument("--director", metavar="IMIĘ NAZWISKO")
    p.add_argument("--address", metavar="ADRES", help="adres szkoły (domyślnie z profilu szkoły)")
    p.add_argument("--email", metavar="ADRES", help="adres e-mail do zgłoszeń")
    p.add_argument("--box", metavar="MIEJSCE", help="gdzie jest skrzynka anonimowych zgłoszeń")
    p.add_argument("--form", metavar="ADRES", help="formularz zgłoszeń (np. adres strony)")
    p.add_argument("--child-protection-ref", metavar="TEKST", help="akt przyjęcia standardów ochrony małoletnich")
    p.add_argument("--child-protection-person", metavar="TEKST", help="osoba odpowiedzialna za standardy")
    p.add_argument("--languages", metavar="KODY", help="języki wersji dla rodzin, np. pl,uk,en")
    p.add_argument("--review-months", type=int, metavar="N", help="przegląd co N miesięcy")
    p.add_argument("--adopted-by", metavar="ORGAN", help="kto przyjmuje regulamin")

    p = add_command(rsub, "show", "tekst regulaminu, stan i wersje", cmd_regulation_show)
    p.add_argument("rspo")
    p.add_argument("--diff", action="store_true", help="zmiany od ostatniej przyjętej wersji")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(rsub, "edit", "zmień tekst jednej części (z pliku) albo przywróć tekst wzoru", cmd_regulation_edit)
    p.add_argument("rspo")
    p.add_argument("section", metavar="CZĘŚĆ", help="identyfikator części, np. reporting (pokazuje je: show --json)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--file", metavar="PLIK", help="nowy tekst części (UTF-8; „-” = standardowe wejście)")
    what.add_argument("--reset", action="store_true", help="przywróć tekst wzoru")

    p = add_command(rsub, "adopt", "przyjmij bieżący tekst jako nową wersję", cmd_regulation_adopt)
    p.add_argument("rspo")
    p.add_argument("--date", type=date_arg, required=True, metavar="DATA", help="data przyjęcia")
    p.add_argument("--resolution", required=True, metavar="NR", help="numer uchwały lub zarządzenia")
    p.add_argument("--by", metavar="ORGAN", help="kto przyjął (domyślnie z danych regulaminu)")
    p.add_argument("--changes", default="", metavar="TEKST", help="co się zmieniło")

    p = add_command(rsub, "pdf", "regulamin do druku (PDF)", cmd_regulation_pdf)
    p.add_argument("rspo")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PLIK.pdf")
    p.add_argument("--version", type=int, metavar="N", help="przyjęta wersja N (domyślnie bieżąca)")
    p.add_argument("--draft", action="store_true", help="bieżący tekst jako projekt")

    p = add_command(rsub, "family-pdf", "skrócona wersja dla rodzin w ich językach (PDF)", cmd_regulation_family_pdf)
    p.add_argument("rspo")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PLIK.pdf")
    p.add_argument("--languages", metavar="KODY", help="języki po przecinku (domyślnie wszystkie z regulaminu)")


def _week_dict(week, template) -> dict:
    d = week.to_dict()
    d["total_pln"] = week.total
    d["days"] = [{"date": day.isoformat(), "id": t.id, "title": t.title} for day, t in week.days()]
    return d


def _print_week(week, template, saved_at: str | None) -> None:
    from exporters.labels import category_label, pln, source_label

    print(f"„Tydzień dla wszystkich” {week.school_year}: {week.date_label(week.start)} – {week.date_label(week.end)}")
    print("Stan: " + (f"zapisany w planie działania ({saved_at[:16].replace('T', ' ')})" if saved_at else
                      "projekt (nie zapisany w planie)"))
    print_table([[week.date_label(day), t.title] for day, t in week.days()], ["Dzień", "Temat"])
    print()
    print_table([[r.title, ", ".join(week.names(r.id)) or "—"] for r in template.roles], ["Rola", "Osoby"])
    print()
    print_table([[c.id, c.title[:60], category_label(c.category), source_label(c.source), f"{c.quantity:g}",
                  pln(c.unit_price), pln(c.amount)] for c in week.costs],
                ["Pozycja", "Nazwa", "Kategoria", "Źródło", "Ilość", "Cena", "Kwota"])
    print(f"Razem: {pln(week.total)}")
    print("Zaproszenie: " + ", ".join(template.language_name(c) for c in week.languages))


def cmd_week_show(args, ctx) -> int:
    from edulab_app.services import documents

    db = ctx.db()
    week = documents.proposed_week(db, args.rspo, args.year)
    saved = documents.week_saved_in_plan(db, args.rspo, week.school_year)
    if args.json:
        print_json(_week_dict(week, documents.week_template()) | {"saved_in_plan_at": saved,
                                                                  "stored": documents.get_week(db, args.rspo,
                                                                                               week.school_year)
                                                                  is not None})
    else:
        _print_week(week, documents.week_template(), saved)
    return 0


def _cost_changes(items: list[str] | None) -> dict:
    import re

    out = {}
    for item in items or ():
        m = re.match(r"^([a-z0-9_]+)=([0-9]+(?:[.,][0-9]+)?)[x*]([0-9]+(?:[.,][0-9]+)?)(?:@([a-z_]+))?$", item.strip())
        if not m:
            raise UserError(f"--cost {item!r}: podaj POZYCJA=ILOŚĆxCENA[@ŹRÓDŁO], np. tasting=1x900@school_budget.")
        change = {"quantity": float(m.group(2).replace(",", ".")), "unit_price": float(m.group(3).replace(",", "."))}
        if m.group(4):
            change["source"] = m.group(4)
        out[m.group(1)] = change
    return out


def cmd_week_adapt(args, ctx) -> int:
    from edulab_app.services import documents
    from plans.week_scenario import week_from

    db = ctx.db()
    current = documents.proposed_week(db, args.rspo, args.year)
    if args.dates:
        try:
            dates = [date_arg(x) for x in comma_list(args.dates)]
        except argparse.ArgumentTypeError as exc:
            raise UserError(f"--dates: {exc}") from None
    elif args.start:
        year = documents._school_year(db, args.rspo, current.school_year)
        dates = list(week_from(args.start, year))
    else:
        dates = list(current.dates)
    people = {k: list(v) for k, v in current.people.items()}
    given: dict[str, list[str]] = {}
    for item in args.person or ():
        role, _, name = item.partition("=")
        if not role.strip() or not name.strip():
            raise UserError(f"--person {item!r}: podaj ROLA=OSOBA.")
        given.setdefault(role.strip(), []).append(name.strip())
    people.update(given)  # roles named now replace what was stored for them
    if args.coordinator:
        people["coordinator"] = list(args.coordinator)
    week = documents.adapt_week(db, args.rspo, current.school_year, dates, people, _cost_changes(args.cost),
                                comma_list(args.languages) or None, place=args.place, contact=args.contact)
    saved = None
    if args.to_plan:
        action = documents.save_week_to_plan(db, args.rspo, week.school_year)
        saved = documents.week_saved_in_plan(db, args.rspo, week.school_year)
        if not args.json:
            print(f"Zapisano w planie działania: {action.title} ({action.id}), koszt {action.planned_cost:.2f} zł.")
    if args.json:
        print_json(_week_dict(week, documents.week_template()) | {"saved_in_plan_at": saved})
    elif not args.to_plan:
        print(f"Zapisano projekt tygodnia {_pl(week.start)} – {_pl(week.end)}, koszt {week.total:.2f} zł. "
              f"Zapisz go w planie: edulab documents week to-plan {args.rspo}")
    return 0


def cmd_week_to_plan(args, ctx) -> int:
    from edulab_app.services import documents

    action = documents.save_week_to_plan(ctx.db(), args.rspo, args.year)
    print(f"Zapisano w planie działania: {action.title} ({action.id}), {action.start[1]:02d}.{action.start[0]}, "
          f"koszt {action.planned_cost:.2f} zł.")
    return 0


def cmd_week_pdf(args, ctx) -> int:
    from edulab_app.services import documents

    target = documents.week_pdf(ctx.db(), args.rspo, args.output, args.year)
    print(f"Zapisano: {target}")
    return 0


def _trusted(items: list[str]) -> tuple:
    from plans.regulation import TrustedPerson

    out = []
    for item in items:
        parts = [x.strip() for x in item.split("|")]
        if not parts[0]:
            raise UserError(f"--trusted {item!r}: podaj co najmniej imię i nazwisko.")
        parts += [""] * (4 - len(parts))
        out.append(TrustedPerson(parts[0], parts[1] or "other", parts[2], comma_list(parts[3].replace(" ", ","))))
    return tuple(out)


def cmd_regulation_generate(args, ctx) -> int:
    from dataclasses import replace

    from edulab_app.services import documents

    db = ctx.db()
    current = documents.get_regulation(db, args.rspo)
    data = current.data if current else documents.default_regulation_data(db, args.rspo)
    changes = {"trusted_persons": _trusted(args.trusted) if args.trusted else None, "director": args.director,
               "school_address": args.address,
               "report_email": args.email, "report_box_place": args.box, "report_form": args.form,
               "child_protection_ref": args.child_protection_ref,
               "child_protection_person": args.child_protection_person,
               "family_languages": comma_list(args.languages) or None, "review_months": args.review_months,
               "adopted_by": args.adopted_by}
    data = replace(data, **{k: v for k, v in changes.items() if v is not None})
    doc = documents.generate_regulation(db, args.rspo, data)
    print(f"{'Odświeżono' if current else 'Utworzono'} regulamin „Bezpieczna szkoła” ({doc.status_label}).")
    if doc.gaps:
        print("Do uzupełnienia przed przyjęciem: " + ", ".join(doc.gaps))
    return 0


def cmd_regulation_show(args, ctx) -> int:
    from edulab_app.services import documents

    db = ctx.db()
    doc = documents.require_regulation(db, args.rspo)
    if args.json:
        print_json({"title": doc.title, "status": doc.status, "gaps": list(doc.gaps), "data": doc.data.to_dict(),
                    "sections": [s.to_dict() for s in doc.sections],
                    "versions": [{k: v for k, v in ver.to_dict().items() if k != "sections"} for ver in doc.versions],
                    "family_languages": list(doc.family)})
        return 0
    if args.diff:
        text = documents.regulation_diff(db, args.rspo)
        print(text or "Brak zmian od ostatniej przyjętej wersji (albo regulamin nie był jeszcze przyjęty).")
        return 0
    print(doc.as_text())
    print(f"Stan: {doc.status_label}")
    for v in doc.versions:
        print(f"- {v.label}, przyjął: {v.adopted_by}" + (f"; zmiany: {v.changes}" if v.changes else ""))
    if doc.gaps:
        print("Do uzupełnienia: " + ", ".join(doc.gaps))
    return 0


def cmd_regulation_edit(args, ctx) -> int:
    from edulab_app.services import documents

    db = ctx.db()
    if args.reset:
        documents.reset_section(db, args.rspo, args.section)
        print(f"Przywrócono tekst wzoru części „{args.section}”.")
        return 0
    doc = documents.edit_section(db, args.rspo, args.section, _read_text(args.file, "tekst części", "--file"))
    print(f"Zapisano część „{doc.section(args.section).title}” ({doc.status_label}).")
    return 0


def cmd_regulation_adopt(args, ctx) -> int:
    from edulab_app.services import documents

    doc = documents.adopt_regulation(ctx.db(), args.rspo, args.date, args.resolution, args.by or "", args.changes)
    print(f"Przyjęto: {doc.current_version.label}.")
    return 0


def cmd_regulation_pdf(args, ctx) -> int:
    from edulab_app.services import documents

    target = documents.regulation_pdf(ctx.db(), args.rspo, args.output, args.version, draft=args.draft)
    print(f"Zapisano: {target}")
    return 0


def cmd_regulation_family_pdf(args, ctx) -> int:
    from edulab_app.services import documents

    target = documents.family_pdf(ctx.db(), args.rspo, args.output, comma_list(args.languages) or None)
    print(f"Zapisano: {target}")
    return 0


# --- incidents -----------------------------------------------------------------------------------------------


def _register_incidents(sub) -> None:
    g = add_group(sub, "incidents", "rejestr zgłoszeń incydentów „Bezpieczna szkoła” (dane chronione)")
    p = add_command(g, "add", "wpisz zgłoszenie (opis z pliku lub wpisany w terminalu)", with_session(cmd_incidents_add))
    p.add_argument("rspo")
    p.add_argument("--date", type=_datetime, metavar="DATA [GG:MM]", help="kiedy zgłoszono (domyślnie teraz)")
    p.add_argument("--reporter", required=True, choices=("anonymous", "pupil", "parent", "staff", "other"),
                   help="kto zgłasza: anonimowo, uczeń, rodzic, pracownik, inna osoba")
    p.add_argument("--motive", action="append", required=True, metavar="MOTYW",
                   help="motyw, np. national_ethnic_origin, language, religion (można powtórzyć lub po przecinku)")
    p.add_argument("--description-file", metavar="PLIK", help="opis zdarzenia (UTF-8; „-” = standardowe wejście)")
    p.add_argument("--person", action="append", default=[], metavar="PSEUDONIM",
                   help="osoba, której dotyczy — pseudonim (np. U-7K2M9QXA), nigdy imię i nazwisko")
    p.add_argument("--responsible", required=True, metavar="OSOBA", help="osoba odpowiedzialna za wyjaśnienie")
    add_auth_arguments(p)
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(g, "list", "zgłoszenia szkoły: stan, zaległe kroki", with_session(cmd_incidents_list))
    p.add_argument("rspo")
    p.add_argument("--year", metavar="RRRR/RRRR", help="tylko zgłoszenia z roku szkolnego")
    add_auth_arguments(p)
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(g, "show", "jedno zgłoszenie z opisem, krokami i wynikiem", with_session(cmd_incidents_show))
    p.add_argument("rspo")
    p.add_argument("number", type=int, metavar="NR")
    add_auth_arguments(p)
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(g, "step", "oznacz krok procedury jako wykonany (albo cofnij), zmień osobę odpowiedzialną",
                    with_session(cmd_incidents_step))
    p.add_argument("rspo")
    p.add_argument("number", type=int, metavar="NR")
    p.add_argument("step", metavar="KROK", help="np. acknowledge, notify_parents, investigate, decide, "
                                                "written_report, follow_up")
    p.add_argument("--done-at", type=_datetime, metavar="DATA [GG:MM]", help="kiedy wykonano (domyślnie teraz)")
    p.add_argument("--undo", action="store_true", help="cofnij oznaczenie jako wykonany")
    p.add_argument("--responsible", metavar="OSOBA", help="nowa osoba odpowiedzialna za krok")
    add_auth_arguments(p)

    p = add_command(g, "close", "zamknij zgłoszenie z wynikiem (z pliku lub wpisanym w terminalu)",
                    with_session(cmd_incidents_close))
    p.add_argument("rspo")
    p.add_argument("number", type=int, metavar="NR")
    p.add_argument("--outcome-file", metavar="PLIK", help="wynik (UTF-8; „-” = standardowe wejście)")
    p.add_argument("--date", type=_datetime, metavar="DATA [GG:MM]", help="data zamknięcia (domyślnie teraz)")
    add_auth_arguments(p)

    p = add_command(g, "stats", "statystyki roku szkolnego: liczby według motywów, stanu, czas zamknięcia "
                                "(bez danych osobowych, bez logowania)", cmd_incidents_stats)
    p.add_argument("rspo")
    p.add_argument("--year", metavar="RRRR/RRRR", help="rok szkolny (domyślnie bieżący rok szkoły)")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(g, "deadlines", "terminy kroków procedury w szkole (ustawienia); zmiana wymaga logowania",
                    cmd_incidents_deadlines)
    p.add_argument("rspo")
    p.add_argument("--set", action="append", metavar="KROK=LICZBA[:JEDNOSTKA]",
                   help="np. acknowledge=3 albo notify_parents=48:hours (jednostki: school_days, hours, "
                        "calendar_days); dyrektor")
    p.add_argument("--reset", action="store_true", help="wróć do terminów domyślnych (dyrektor)")
    add_auth_arguments(p)
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")


def cmd_incidents_add(args, ctx, db, session) -> int:
    from edulab_app.services import incidents

    motives = tuple(m for item in args.motive for m in comma_list(item))
    description = _read_text(args.description_file, "opis zdarzenia", "--description-file")
    info = incidents.add_incident(db, session, args.rspo, incidents.IncidentInput(
        args.date or dt.datetime.now().replace(second=0, microsecond=0), args.reporter, motives, description,
        tuple(args.person), args.responsible))
    if args.json:
        print_json(info.to_dict())
    else:
        first = info.incident.steps[0]
        print(f"Wpisano zgłoszenie nr {info.number} ({info.ref}). Pierwszy krok: {first.title} — do {_pl(first.due)}.")
    return 0


def _motives(proc, motives) -> str:
    return ", ".join(proc.motive_label(m) for m in motives)


def cmd_incidents_list(args, ctx, db, session) -> int:
    from edulab_app.services import incidents

    now = dt.datetime.now()
    found = incidents.list_incidents(db, session, args.rspo, args.year, now=now)
    if args.json:
        print_json([f.to_dict() for f in found])
        return 0
    if not found:
        print(f"Rejestr szkoły {args.rspo} nie zawiera zgłoszeń" + (f" z roku {args.year}." if args.year else "."))
        return 0
    proc = incidents.procedure(db, args.rspo)
    rows = []
    for f in found:
        i, nxt = f.incident, f.incident.next_step
        rows.append([str(f.number), _pl(i.reported_at), _motives(proc, i.motives)[:40],
                     proc.reporter_kinds[i.reporter_kind], proc.statuses[i.status],
                     ", ".join(s.id for s in f.overdue) or "—",
                     f"{nxt.id} do {_pl(nxt.due)}" if nxt else "—"])
    print_table(rows, ["Nr", "Zgłoszono", "Motyw", "Kto zgłosił", "Stan", "Zaległe kroki", "Następny krok"])
    return 0


def cmd_incidents_show(args, ctx, db, session) -> int:
    from edulab_app.services import incidents

    now = dt.datetime.now()
    f = incidents.get_incident(db, session, args.rspo, args.number, now=now)
    if args.json:
        print_json(f.to_dict())
        return 0
    proc, i = incidents.procedure(db, args.rspo), f.incident
    print(f"Zgłoszenie nr {f.number} ({f.ref}) z {_pl(i.reported_at)} — {proc.statuses[i.status]}")
    print(f"Kto zgłosił: {proc.reporter_kinds[i.reporter_kind]}; motyw: {_motives(proc, i.motives)}")
    print(f"Osoby, których dotyczy: {', '.join(i.persons) or '—'}; odpowiada: {i.responsible}")
    print(f"\n{i.description}\n")
    print_table([[s.id, s.title[:50], _pl(s.due), _pl(s.done_at) if s.done_at else
                  ("ZALEGŁY" if s in f.overdue else "—"), s.responsible] for s in i.steps],
                ["Krok", "Nazwa", "Termin", "Wykonano", "Odpowiada"])
    if i.closed_at:
        print(f"\nZamknięto {_pl(i.closed_at)}: {i.outcome}")
    return 0


def cmd_incidents_step(args, ctx, db, session) -> int:
    from edulab_app.services import incidents

    done = False if args.undo else (True if args.done_at or not args.responsible else None)
    f = incidents.update_step(db, session, args.rspo, args.number, args.step, done=done, done_at=args.done_at,
                              responsible=args.responsible)
    step = f.incident.step(args.step)
    state = f"wykonany {_pl(step.done_at)}" if step.done_at else "do wykonania"
    print(f"Zgłoszenie nr {f.number}: krok „{step.title}” — {state}; odpowiada {step.responsible}.")
    return 0


def cmd_incidents_close(args, ctx, db, session) -> int:
    from edulab_app.services import incidents

    outcome = _read_text(args.outcome_file, "wynik sprawy", "--outcome-file")
    f = incidents.close_incident(db, session, args.rspo, args.number, outcome, args.date)
    undone = [s.id for s in f.incident.steps if not s.is_done]
    print(f"Zamknięto zgłoszenie nr {f.number} ({_pl(f.incident.closed_at)}; {f.incident.days_to_close} dni od "
          "zgłoszenia)." + (f" Kroki niewykonane: {', '.join(undone)}." if undone else ""))
    return 0


def cmd_incidents_stats(args, ctx) -> int:
    from edulab_app.services import incidents

    db = ctx.db()
    st = incidents.statistics(db, args.rspo, args.year)
    if args.json:
        print_json(st.to_dict())
        return 0
    proc = incidents.procedure(db, args.rspo)
    print(f"Zgłoszenia w roku szkolnym {st.school_year}: {st.total} (zamknięte: {st.closed}, otwarte z zaległym "
          f"krokiem: {st.open_overdue}).")
    if st.total:
        print_table([[proc.motive_label(m), str(n)] for m, n in st.by_motive.items() if n],
                    ["Motyw", "Zgłoszenia"])
        print_table([[proc.statuses[k], str(n)] for k, n in st.by_status.items()], ["Stan", "Zgłoszenia"])
        print_table([[proc.reporter_kinds[k], str(n)] for k, n in st.by_reporter_kind.items() if n],
                    ["Kto zgłosił", "Zgłoszenia"])
    if st.median_days_to_close is not None:
        print(f"Czas do zamknięcia: mediana {st.median_days_to_close} dni, średnio {st.mean_days_to_close} dni.")
    return 0


def cmd_incidents_deadlines(args, ctx) -> int:
    from edulab_app.services import incidents
    from plans.incidents import UNITS

    db = ctx.db()
    if args.set or args.reset:
        overrides = {} if args.reset else dict(incidents.deadline_settings(db, args.rspo))
        for item in args.set or ():
            step, _, value = item.partition("=")
            number, _, unit = value.partition(":")
            if not number.strip().isdigit() or (unit and unit not in UNITS):
                raise UserError(f"--set {item!r}: podaj KROK=LICZBA[:JEDNOSTKA], np. notify_parents=48:hours.")
            entry = {"value": int(number)}
            if unit:
                entry["unit"] = unit
            overrides[step.strip()] = entry
        with logged_in(ctx, args) as session:
            incidents.set_deadlines(db, session, args.rspo, overrides)
    proc = incidents.procedure(db, args.rspo)
    if args.json:
        print_json({"deadlines": proc.deadlines(), "overridden": sorted(proc.overridden),
                    "legal_note": proc.legal_note})
        return 0
    print_table([[s.id, s.title[:60], s.deadline.label_pl() + (" *" if s.id in proc.overridden else "")]
                 for s in proc.steps], ["Krok", "Nazwa", "Termin"])
    print(f"\n{proc.legal_note}" + ("\n* ustawienie szkoły lub instalacji" if proc.overridden else ""))
    return 0
