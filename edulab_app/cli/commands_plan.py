"""``edulab plan …``: the multi-year action plan and its implementation without the window."""

from __future__ import annotations

import datetime as dt
import re

from edulab_app.cli.output import print_json, print_table
from edulab_app.cli.parser import add_command
from edulab_app.errors import FieldError, UserError, ValidationFailed

STATUS_NAMES = {"planned": "planned", "zaplanowane": "planned", "in_progress": "in_progress",
                "w_realizacji": "in_progress", "w-realizacji": "in_progress", "done": "done",
                "zrealizowane": "done", "dropped": "dropped", "zaniechane": "dropped"}
SEVERITY_LABELS = {"error": "BŁĄD", "warning": "UWAGA", "info": "INFO"}


def register(sub) -> None:
    plan = add_command(sub, "plan", "wieloletni plan działania szkoły i jego realizacja", None)
    psub = plan.add_subparsers(dest="plan_command", metavar="POLECENIE", required=True, parser_class=type(plan))

    p = add_command(psub, "generate", "utwórz plan z priorytetów diagnozy, profilu szkoły i kadry", cmd_generate)
    p.add_argument("rspo")
    p.add_argument("--start", metavar="RRRR/RRRR", help="pierwszy rok szkolny planu (domyślnie bieżący rok szkoły)")
    p.add_argument("--years", type=int, default=3, metavar="N", help="liczba lat szkolnych, 1–3 (domyślnie 3)")
    p.add_argument("--force", action="store_true", help="zastąp istniejący plan (razem z zapisaną realizacją)")

    p = add_command(psub, "show", "działania według lat: miesiące, osoba odpowiedzialna, koszt; sumy", cmd_show)
    p.add_argument("rspo")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(psub, "check", "sprawdź plan (przepisy, budżet, kadra); kod wyjścia 1, gdy są błędy", cmd_check)
    p.add_argument("rspo")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")
    p.add_argument("--date", metavar="DATA", help="sprawdź stan realizacji na ten dzień (domyślnie dziś)")

    p = add_command(psub, "set-status", "zmień status działania (realizacja)", cmd_set_status)
    p.add_argument("rspo")
    p.add_argument("action_id", metavar="DZIAŁANIE", help="identyfikator działania (pokazuje: edulab plan show)")
    p.add_argument("status", metavar="STATUS",
                   help="planned (zaplanowane), in_progress (w_realizacji), done (zrealizowane), dropped (zaniechane)")
    p.add_argument("--date", metavar="DATA", help="dzień zmiany, np. 2026-11-24 lub 24.11.2026 (domyślnie dziś)")
    p.add_argument("--note", metavar="TEKST", help="notatka o realizacji (dowód, np. numer protokołu)")

    p = add_command(psub, "cost", "zapisz koszt poniesiony na działanie", cmd_cost)
    p.add_argument("rspo")
    p.add_argument("action_id", metavar="DZIAŁANIE")
    p.add_argument("amount", metavar="KWOTA", help="kwota w zł, np. 1250,50")
    p.add_argument("--category", required=True, metavar="KATEGORIA", help=_choices_help("category"))
    p.add_argument("--source", required=True, metavar="ŹRÓDŁO", help=_choices_help("source"))
    p.add_argument("--date", metavar="DATA", help="dzień wydatku (domyślnie dziś)")
    p.add_argument("--note", default="", metavar="TEKST", help="np. numer faktury")

    p = add_command(psub, "accept", "przyjmij uwagę z kontroli planu (nie będzie już pokazywana)", cmd_accept)
    p.add_argument("rspo")
    p.add_argument("finding_id", metavar="UWAGA", help="identyfikator uwagi (pokazuje: edulab plan check --json)")

    p = add_command(psub, "budget", "limit budżetu na rok szkolny i źródło finansowania", cmd_budget)
    p.add_argument("rspo")
    p.add_argument("school_year", metavar="RRRR/RRRR")
    p.add_argument("source", metavar="ŹRÓDŁO", help=_choices_help("source"))
    p.add_argument("amount", metavar="KWOTA", help="limit w zł; „brak” usuwa limit")

    p = add_command(psub, "rate", "stawka szkoły zamiast stawki referencyjnej (działa przy tworzeniu planu)", cmd_rate)
    p.add_argument("rspo")
    p.add_argument("rate", metavar="STAWKA", nargs="?", help="identyfikator stawki; bez niego: lista stawek")
    p.add_argument("value", metavar="WARTOŚĆ", nargs="?", help="wartość w zł; „domyślna” przywraca referencyjną")

    p = add_command(psub, "comments", "uwagi eksperta EDUlab do planu (z pliku uwag) i odpowiedzi szkoły",
                    cmd_comments)
    p.add_argument("rspo")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(psub, "answer", "zapisz odpowiedź szkoły na uwagę eksperta (trafi do następnego pakietu)",
                    cmd_answer)
    p.add_argument("rspo")
    p.add_argument("comment_id", metavar="UWAGA", help="identyfikator uwagi (pokazuje: edulab plan comments)")
    p.add_argument("text", metavar="TEKST", help="treść odpowiedzi (najwyżej 4000 znaków)")

    staff = add_command(psub, "staff", "kadra szkoły w planie", None)
    ssub = staff.add_subparsers(dest="staff_command", metavar="POLECENIE", required=True, parser_class=type(plan))
    p = add_command(ssub, "list", "osoby (z rolą, językami i limitem godzin)", cmd_staff_list)
    p.add_argument("rspo")
    p.add_argument("--all", action="store_true", help="także osoby nieaktywne")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")
    p = add_command(ssub, "add", "dodaj osobę", cmd_staff_add)
    p.add_argument("rspo")
    p.add_argument("--name", required=True, metavar="TEKST")
    p.add_argument("--role", required=True, metavar="ROLA", help=_choices_help("role"))
    p.add_argument("--languages", default="", metavar="KODY", help="języki po przecinku, np. uk,ru")
    p.add_argument("--hours", type=float, default=4.0, metavar="N", help="limit godzin tygodniowo w planie")
    p = add_command(ssub, "deactivate", "oznacz osobę jako nieaktywną (np. odeszła ze szkoły)", cmd_staff_deactivate)
    p.add_argument("rspo")
    p.add_argument("staff_id", metavar="OSOBA", help="identyfikator, np. s12")


def _choices_help(kind: str) -> str:
    from plans.catalogue import COST_CATEGORY_LABELS, FUNDING_SOURCE_LABELS
    from plans.roles import ROLES

    labels = {"category": COST_CATEGORY_LABELS, "source": FUNDING_SOURCE_LABELS, "role": ROLES}[kind]
    return "jedno z: " + ", ".join(f"{k} ({v})" for k, v in labels.items())


def parse_date(text: str | None, field: str = "date") -> dt.date:
    if not text:
        return dt.date.today()
    text = text.strip()
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    try:
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationFailed([FieldError(field, f"„Data”: {text!r} nie jest datą (np. 2026-11-24 lub 24.11.2026).")]) \
            from None


def parse_amount(text: str, field: str = "amount") -> float:
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace("zł", "").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValidationFailed([FieldError(field, f"„Kwota”: {text!r} nie jest kwotą (np. 1250,50).")]) from None
    if value != value or value < 0:
        raise ValidationFailed([FieldError(field, f"„Kwota”: {text!r} — podaj kwotę nieujemną.")])
    return value


def _names(ctx, rspo: str) -> dict[str, str]:
    from edulab_app.services import staff

    return {p.id: p.name for p in staff.list_staff(ctx.db(), rspo, include_inactive=True)}


def _months(a) -> str:
    if a.start == a.end:
        return f"{a.start[1]:02d}.{a.start[0]}"
    return f"{a.start[1]:02d}.{a.start[0]}–{a.end[1]:02d}.{a.end[0]}"


def cmd_generate(args, ctx) -> int:
    from edulab_app.services import plans
    from plans.costs import plan_total

    plan = plans.generate(ctx.db(), args.rspo, args.start, args.years, force=args.force)
    findings = plans.check(ctx.db(), args.rspo, plan=plan)
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    print(f"Utworzono plan działania na lata {', '.join(plan.school_years)}: {len(plan.actions)} działań, "
          f"koszt {plans.pln(plan_total(plan))}.")
    print(f"Kontrola planu: błędy {errors}, uwagi {warnings} (szczegóły: edulab plan check {args.rspo}).")
    return 0


def plan_dict(ctx, rspo: str) -> dict:
    from edulab_app.services import plans, staff
    from plans.costs import cost_summary, plan_total, totals_by_year
    from plans.tracking import tracking_summary

    db = ctx.db()
    plan = plans.load(db, rspo)
    info = plans.info(db, rspo)
    return {
        "rspo": rspo, "start_year": plan.start_year, "years": plan.years, "school_years": list(plan.school_years),
        "revision": info.revision, "diagnosis_year": info.diagnosis_year, "settings": info.settings.to_dict(),
        "staff": [{"id": p.id, "name": p.name, "role": p.role, "languages": list(p.languages),
                   "weekly_hours_limit": p.weekly_hours_limit, "active": p.active}
                  for p in staff.list_staff(db, rspo, include_inactive=True)],
        "totals": {"by_year": totals_by_year(plan), "total": plan_total(plan),
                   "by_year_category_source": [{"school_year": y, "category": c, "source": s, "amount_pln": v}
                                               for (y, c, s), v in cost_summary(plan).items()]},
        "tracking": tracking_summary(plan),
        "plan": plan.to_dict(),
    }


def cmd_show(args, ctx) -> int:
    from edulab_app.services import plans
    from plans.costs import plan_total, totals_by_year
    from plans.tracking import STATUS_LABELS

    if args.json:
        print_json(plan_dict(ctx, args.rspo))
        return 0
    db = ctx.db()
    plan = plans.load(db, args.rspo)
    info = plans.info(db, args.rspo)
    names = _names(ctx, args.rspo)
    print(f"Plan działania szkoły {args.rspo}: lata {', '.join(plan.school_years)}"
          + (f" (na podstawie diagnozy {info.diagnosis_year})" if info.diagnosis_year else "") + ".")
    totals = totals_by_year(plan)
    for sy in plan.school_years:
        rows = [[a.id, a.title, _months(a), names.get(a.responsible_id or "", "—"), STATUS_LABELS[a.status],
                 plans.pln(a.planned_cost)] for a in plan.actions if a.school_year == sy]
        print(f"\nRok szkolny {sy}")
        print_table(rows, ["Identyfikator", "Działanie", "Miesiące", "Odpowiada", "Status", "Koszt"])
        print(f"Razem {sy}: {plans.pln(totals.get(sy, 0.0))}")
    print(f"\nRazem w planie: {plans.pln(plan_total(plan))}")
    return 0


def finding_dict(f) -> dict:
    return {"id": f.id, "severity": f.severity, "code": f.code, "message": f.message, "action_id": f.action_id,
            "field": f.field, "rule_id": f.rule_id}


def cmd_check(args, ctx) -> int:
    from edulab_app.services import plans

    findings = plans.check(ctx.db(), args.rspo, parse_date(args.date) if args.date else None)
    if args.json:
        print_json([finding_dict(f) for f in findings])
    elif not findings:
        print("Kontrola planu nie znalazła problemów.")
    else:
        for f in findings:
            where = f" [działanie {f.action_id}, pole {f.field}]" if f.action_id else ""
            print(f"{SEVERITY_LABELS[f.severity]}: {f.message}{where}")
        counts = {s: sum(f.severity == s for f in findings) for s in SEVERITY_LABELS}
        print(f"\nBłędy: {counts['error']}, uwagi: {counts['warning']}, informacje: {counts['info']}.")
    return 1 if plans.has_errors(findings) else 0


def cmd_set_status(args, ctx) -> int:
    from edulab_app.services import plans
    from plans.tracking import STATUS_LABELS

    status = STATUS_NAMES.get(args.status.strip().lower())
    if status is None:
        raise UserError(f"Nieznany status „{args.status}”. Dozwolone: planned (zaplanowane), in_progress "
                        "(w_realizacji), done (zrealizowane), dropped (zaniechane).")
    action = plans.set_status(ctx.db(), args.rspo, args.action_id, status, parse_date(args.date), args.note)
    print(f"„{action.title}”: status {STATUS_LABELS[action.status]}.")
    return 0


def cmd_cost(args, ctx) -> int:
    from edulab_app.services import plans

    action = plans.record_actual_cost(ctx.db(), args.rspo, args.action_id, parse_amount(args.amount),
                                      args.category, args.source, parse_date(args.date), args.note)
    print(f"„{action.title}”: zapisano koszt; poniesiono razem {plans.pln(action.actual_cost)} "
          f"z planowanych {plans.pln(action.planned_cost)}.")
    return 0


def cmd_accept(args, ctx) -> int:
    from edulab_app.services import plans

    found = [f for f in plans.check(ctx.db(), args.rspo) if f.id == args.finding_id]
    if not found:
        raise UserError(f"Nie ma uwagi „{args.finding_id}”. Identyfikatory uwag pokazuje: "
                        f"edulab plan check {args.rspo} --json")
    f = found[0]
    if f.action_id is None:
        raise UserError("Tej uwagi nie można przyjąć, bo dotyczy całego planu — popraw plan.")
    if f.severity == "error":
        raise UserError("Błędu nie można przyjąć — trzeba go poprawić.")
    plans.accept_finding(ctx.db(), args.rspo, f.action_id, f.id)
    print("Przyjęto uwagę; kontrola planu nie będzie jej już pokazywać.")
    return 0


def cmd_budget(args, ctx) -> int:
    from edulab_app.services import plans

    db = ctx.db()
    current = plans.get_settings(db, args.rspo)
    keep = tuple(c for c in current.budget_ceilings if (c.school_year, c.source) != (args.school_year, args.source))
    if args.amount.strip().lower() != "brak":
        keep += (plans.BudgetCeiling(args.school_year, args.source, parse_amount(args.amount)),)
    plans.set_settings(db, args.rspo, plans.PlanSettings(keep, current.rate_overrides))
    print("Zapisano limity budżetu.")
    return 0


def cmd_rate(args, ctx) -> int:
    from edulab_app.services import plans
    from plans.rates import load_rates

    db = ctx.db()
    current = plans.get_settings(db, args.rspo)
    rates = load_rates()
    if not args.rate:
        year = dt.date.today().year
        rows = [[k, rates.rates[k].title if k in rates.rates else "godzina ponadwymiarowa nauczyciela (wyliczana)",
                 f"{rates.value(k, year):g}", f"{current.rate_overrides[k]:g}" if k in (current.rate_overrides or {})
                 else ""] for k in sorted(rates.known_keys())]
        print_table(rows, ["Stawka", "Opis", f"Referencyjna ({year})", "Szkoły"])
        return 0
    overrides = dict(current.rate_overrides or {})
    if args.value is None:
        raise UserError("Podaj wartość stawki albo „domyślna”.")
    if args.value.strip().lower() in ("domyślna", "domyslna", "default"):
        overrides.pop(args.rate, None)
    else:
        overrides[args.rate] = parse_amount(args.value, "rate_overrides")
    plans.set_settings(db, args.rspo, plans.PlanSettings(current.budget_ceilings, overrides))
    print("Zapisano stawki szkoły; zmienią koszty przy następnym tworzeniu planu.")
    return 0


def _local_time(moment) -> str:
    if moment is None:
        return "—"
    return moment.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%d.%m.%Y %H:%M")


def cmd_comments(args, ctx) -> int:
    from edulab_app.services import plans, school_reviews

    db = ctx.db()
    comments = school_reviews.list_comments(db, args.rspo)
    state = school_reviews.review_state(db, args.rspo)
    titles = {a.id: a.title for a in plans.load(db, args.rspo).actions} if plans.info(db, args.rspo) else {}
    if args.json:
        print_json({"rspo": args.rspo, "review": state.to_dict() if state else None,
                    "comments": [{**c.to_dict(), "in_plan": c.action_id is None or c.action_id in titles}
                                 for c in comments]})
        return 0
    if state is None:
        print(f"Szkoła {args.rspo} nie ma jeszcze uwag eksperta EDUlab. Plik uwag (.edulab-review) od eksperta "
              "wczytuje: edulab import PLIK")
        return 0
    print(f"Przegląd planu: {school_reviews.STATUS_LABELS[state.status]}"
          + (f"; ekspert: {state.reviewer}" if state.reviewer else "")
          + f"; plik uwag z {_local_time(state.created_at)}, wczytany {_local_time(state.received_at)}.")
    print(f"Uwagi: {state.comments}, bez odpowiedzi: {state.unanswered}.")
    order = {aid: i for i, aid in enumerate(titles)}
    groups: dict[str | None, list] = {}
    for c in comments:
        groups.setdefault(c.action_id, []).append(c)
    for action_id in sorted(groups, key=lambda a: (a is not None, order.get(a, len(order)), a or "")):
        if action_id is None:
            print("\nDo całego planu")
        else:
            first = groups[action_id][0]
            title = titles.get(action_id) or first.action_title or action_id
            gone = "" if action_id in titles else " — tego działania nie ma już w planie"
            print(f"\nDziałanie {action_id}: {title}{gone}")
        for c in groups[action_id]:
            print(f"  [{c.comment_id}] {_local_time(c.created_at)}" + (f", {c.author}" if c.author else "")
                  + ":")
            for line in c.text.splitlines() or [""]:
                print(f"    {line}")
            if c.answer:
                print(f"    Odpowiedź szkoły ({_local_time(c.answered_at)}): " + c.answer.replace("\n", "\n    "))
            else:
                print(f"    Bez odpowiedzi — odpowiedz: edulab plan answer {args.rspo} {c.comment_id} \"TEKST\"")
    return 0


def cmd_answer(args, ctx) -> int:
    from edulab_app.services import school_reviews

    comment = school_reviews.answer(ctx.db(), args.rspo, args.comment_id, args.text)
    print(f"Zapisano odpowiedź na uwagę {comment.comment_id}; trafi do następnego pakietu .edulab szkoły "
          f"(edulab export package {args.rspo} -o PLIK.edulab).")
    return 0


def cmd_staff_list(args, ctx) -> int:
    from edulab_app.services import staff

    people = staff.list_staff(ctx.db(), args.rspo, include_inactive=args.all)
    if args.json:
        print_json([{"id": p.id, "name": p.name, "role": p.role, "languages": list(p.languages),
                     "weekly_hours_limit": p.weekly_hours_limit, "trainings_done": list(p.trainings_done),
                     "active": p.active} for p in people])
    else:
        print_table([[p.id, p.name, p.role_label, ", ".join(p.languages), f"{p.weekly_hours_limit:g}",
                      "tak" if p.active else "nie"] for p in people],
                    ["Id", "Osoba", "Rola", "Języki", "Limit godz./tydz.", "Aktywna"])
    return 0


def cmd_staff_add(args, ctx) -> int:
    from edulab_app.services import staff

    langs = [x.strip() for x in args.languages.split(",") if x.strip()]
    person = staff.add_person(ctx.db(), args.rspo, staff.PersonInput(args.name, args.role, langs, args.hours))
    print(f"Dodano: {person.name} ({person.role_label}), identyfikator {person.id}.")
    return 0


def cmd_staff_deactivate(args, ctx) -> int:
    from edulab_app.services import staff

    person = staff.deactivate(ctx.db(), args.rspo, args.staff_id)
    print(f"Osoba „{person.name}” jest teraz nieaktywna; działania z jej udziałem wskaże kontrola planu.")
    return 0
