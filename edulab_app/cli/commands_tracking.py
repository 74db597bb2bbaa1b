"""``edulab pupils|assistants|committee|support|assessments|counts|users|audit …``: tracking at school.

Every command that touches sensitive data logs in first: ``--user NAME --password-file FILE`` (or a prompt on
a terminal) — never a password on the command line (:mod:`edulab_app.security.cli_auth`). Without a terminal
and without ``--password-file`` such a command stops with exit code 2. ``counts`` needs no login: it prints
aggregate counts only.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from edulab_app.cli.output import print_json, print_table
from edulab_app.cli.parser import add_command, add_group, comma_list, date_arg
from edulab_app.cli.protected import with_session
from edulab_app.errors import UserError
from edulab_app.security.cli_auth import add_auth_arguments

SUPPORT_KIND_CHOICES = ("additional_polish", "compensatory", "preparatory_class", "assistant", "ppp_help")


def _pl(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


def _sensitive(p, *, json_flag: bool = False) -> None:
    add_auth_arguments(p)
    if json_flag:
        p.add_argument("--json", action="store_true", help="wynik w formacie JSON")


def register(sub) -> None:
    _register_pupils(sub)
    _register_assistants(sub)
    _register_committee(sub)
    _register_support(sub)
    _register_assessments(sub)
    p = add_command(sub, "counts", "liczby zbiorcze uczniów, wsparcia, asystentów i komitetu (bez danych osobowych)",
                    cmd_counts)
    p.add_argument("rspo")
    p.add_argument("--date", type=date_arg, metavar="DATA", help="stan na dzień (domyślnie dziś)")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")
    _register_users(sub)
    _register_audit(sub)


# --- pupils ------------------------------------------------------------------------------------------------


def _register_pupils(sub) -> None:
    g = add_group(sub, "pupils", "uczniowie z doświadczeniem migracji (dane chronione)")
    p = add_command(g, "list", "uczniowie szkoły: kod, klasa, kraj, poziom polskiego", with_session(cmd_pupils_list))
    p.add_argument("rspo")
    p.add_argument("--names", action="store_true", help="pokaż też imiona i nazwiska (odnotowane w dzienniku)")
    _sensitive(p, json_flag=True)

    p = add_command(g, "add", "dodaj ucznia", with_session(cmd_pupils_add))
    p.add_argument("rspo")
    p.add_argument("--name", metavar="IMIĘ NAZWISKO",
                   help="imię i nazwisko (uwaga: trafi do historii poleceń; bez tej opcji program zapyta w terminalu)")
    p.add_argument("--class", dest="class_label", default="", metavar="KLASA", help="np. 4b, OP 1-3")
    p.add_argument("--arrived", type=date_arg, metavar="DATA", help="przyjazd do Polski")
    p.add_argument("--since", type=date_arg, metavar="DATA", help="w szkole od")
    p.add_argument("--country", default="", metavar="KOD", help="kraj pochodzenia, kod dwuliterowy (UA, BY, GE…)")
    p.add_argument("--languages", metavar="KODY", help="języki ucznia po przecinku, np. uk,ru")
    p.add_argument("--level", default="A0", choices=("A0", "A1", "A2", "B1", "B2", "C1"), help="poziom polskiego")
    p.add_argument("--regime", default="general", choices=("general", "ukrainian_special", "returning_citizens"),
                   help="podstawa kształcenia: zasady ogólne, szczególne dla obywateli Ukrainy, obywatel powracający")
    _sensitive(p, json_flag=True)

    p = add_command(g, "show", "dane ucznia, formy wsparcia, podsumowanie i uwagi", with_session(cmd_pupils_show))
    p.add_argument("pupil", metavar="UCZEŃ", help="kod U-XXXXXXXX albo identyfikator")
    p.add_argument("--date", type=date_arg, metavar="DATA", help="stan na dzień (domyślnie dziś)")
    _sensitive(p, json_flag=True)

    p = add_command(g, "export", "wszystkie dane ucznia do pliku JSON (wniosek o dostęp do danych)",
                    with_session(cmd_pupils_export))
    p.add_argument("pupil", metavar="UCZEŃ")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PLIK.json")
    p.add_argument("--with-files", action="store_true", help="dołącz pliki PDF opinii i orzeczeń (base64)")
    _sensitive(p)

    p = add_command(g, "erase", "usuń wszystkie dane ucznia i jego pliki (dziennik zachowa sam fakt usunięcia)",
                    with_session(cmd_pupils_erase))
    p.add_argument("pupil", metavar="UCZEŃ")
    p.add_argument("--yes", action="store_true", help="bez pytania o potwierdzenie")
    _sensitive(p)


def cmd_pupils_list(args, ctx, db, session) -> int:
    from edulab_app.services import pupils

    found = pupils.list_pupils(db, session, args.rspo, with_names=args.names)
    if args.json:
        print_json([p.to_dict() for p in found])
        return 0
    if not found:
        print(f"Szkoła {args.rspo} nie ma zapisanych uczniów. Dodaj ucznia: edulab pupils add {args.rspo} …")
        return 0
    headers = ["Kod", "Klasa", "Kraj", "Języki", "Polski", "Podstawa"] + (["Imię i nazwisko"] if args.names else [])
    print_table([[p.code, p.class_label, p.country_label, ",".join(p.languages), p.polish_level, p.regime]
                 + ([p.name or ""] if args.names else []) for p in found], headers)
    return 0


def cmd_pupils_add(args, ctx, db, session) -> int:
    from edulab_app.services import pupils

    name = args.name
    if not name:
        if not sys.stdin.isatty():
            raise UserError("Podaj imię i nazwisko ucznia: --name \"…\" (bez terminala program nie może zapytać).")
        name = input("Imię i nazwisko ucznia: ")
    info = pupils.add_pupil(db, session, args.rspo, pupils.PupilInput(
        name, args.class_label, args.arrived, args.since, args.country, comma_list(args.languages), args.level,
        args.regime))
    if args.json:
        print_json(info.to_dict())
    else:
        print(f"Dodano ucznia {info.code} (klasa {info.class_label or '—'}).")
    return 0


def cmd_pupils_show(args, ctx, db, session) -> int:
    from edulab_app.services import pupils
    from plans.support import REGIME_LABELS

    info = pupils.get_pupil(db, session, args.pupil)
    summary = pupils.pupil_summary(db, session, info.id, args.date)
    forms = pupils.list_support(db, session, info.id)
    if args.json:
        print_json({"pupil": info.to_dict(), "support_forms": [pupils.form_to_dict(f) for f in forms],
                    "summary": pupils.summary_to_dict(summary)})
        return 0
    print(f"{info.code}: {info.name}, klasa {info.class_label or '—'}, kraj {info.country_label or '—'}, "
          f"polski {info.polish_level}; {REGIME_LABELS.get(info.regime, info.regime)}")
    print(f"Przyjazd do Polski: {_pl(info.arrived_in_poland)}; w szkole od: {_pl(info.at_school_since)}")
    if forms:
        print("\nFormy wsparcia:")
        print_table([[str(f.id), f.label, f"{f.hours_per_week:g}", _pl(f.start), _pl(f.end)] for f in forms],
                    ["Nr", "Forma", "Godz./tydz.", "Od", "Do"])
    print(f"\nObecnie: {summary.hours_total:g} godz. wsparcia tygodniowo.")
    for use in summary.limits:
        print(f"- {use.label}: wykorzystano {use.months_used} z {use.max_months} mies. (do {_pl(use.ends_on)})")
    for f in summary.findings:
        print(f"[{f.severity}] {f.message}")
    return 0


def cmd_pupils_export(args, ctx, db, session) -> int:
    from edulab_app.services import pupils
    from exporters.atomic import write_atomic

    data = pupils.export_pupil(db, session, args.pupil, include_files=args.with_files, data_dir=ctx.data_dir)
    target = write_atomic(args.output, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    print(f"Zapisano wszystkie dane ucznia {data['pupil']['code']} do pliku {target} (plik zawiera dane osobowe — "
          "przekaż go bezpiecznie i usuń kopię, gdy nie będzie potrzebna).")
    return 0


def cmd_pupils_erase(args, ctx, db, session) -> int:
    from edulab_app.services import pupils

    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("Usunięcie danych ucznia jest nieodwracalne: potwierdź je opcją --yes.")
        answer = input(f"Usunąć nieodwracalnie wszystkie dane ucznia {args.pupil}? Wpisz jego kod, aby potwierdzić: ")
        if answer.strip().upper() != args.pupil.strip().upper():
            print("Nie usunięto.")
            return 1
    done = pupils.erase_pupil(db, session, args.pupil, data_dir=ctx.data_dir)
    print(f"Usunięto dane ucznia {done['code']}: formy wsparcia {done['support_forms']}, opinie i orzeczenia "
          f"{done['assessments']}, pliki {done['files']}. Dziennik dostępu zachował fakt usunięcia. Kopie zapasowe "
          "sprzed usunięcia wciąż zawierają zaszyfrowane dane — wygasną przy rotacji kopii.")
    return 0


# --- assistants --------------------------------------------------------------------------------------------


def _register_assistants(sub) -> None:
    g = add_group(sub, "assistants", "asystenci uczniów z doświadczeniem migracji")
    p = add_command(g, "list", "asystenci szkoły, ich umowy i obciążenie", with_session(cmd_assistants_list))
    p.add_argument("rspo")
    p.add_argument("--date", type=date_arg, metavar="DATA", help="stan na dzień (domyślnie dziś)")
    _sensitive(p, json_flag=True)
    p = add_command(g, "add", "dodaj asystenta", with_session(cmd_assistants_add))
    p.add_argument("rspo")
    p.add_argument("--name", required=True, metavar="IMIĘ NAZWISKO")
    p.add_argument("--basis", required=True, choices=("helper", "intercultural"),
                   help="helper: pomoc nauczyciela władająca językiem ucznia (art. 165 ust. 8); intercultural: "
                        "asystent międzykulturowy (art. 165 ust. 8a, od 1.09.2024)")
    p.add_argument("--from", dest="contract_from", type=date_arg, required=True, metavar="DATA", help="umowa od")
    p.add_argument("--to", dest="contract_to", type=date_arg, metavar="DATA", help="umowa do")
    p.add_argument("--hours", type=float, default=0.0, metavar="H", help="godziny tygodniowo w umowie")
    p.add_argument("--languages", metavar="KODY", help="języki po przecinku, np. uk,ru,pl")
    p.add_argument("--funding", default="school_budget",
                   choices=("school_budget", "governing_body", "friendly_school", "grant", "other"))
    _sensitive(p, json_flag=True)


def cmd_assistants_list(args, ctx, db, session) -> int:
    from edulab_app.services import assistants, pupils
    from plans.support import LEGAL_BASIS_LABELS

    found = assistants.list_assistants(db, session, args.rspo)
    check = pupils.check_school(db, session, args.rspo, args.date)
    load = {w.assistant_id: w for w in check.workload}
    findings = [f for f in check.findings if f.code.startswith("assistant.")]
    if args.json:
        print_json({"assistants": [a.to_dict() | {"pupils": load[a.id].pupils if a.id in load else 0,
                                                  "hours_with_pupils": load[a.id].hours_with_pupils if a.id in load
                                                  else 0.0} for a in found],
                    "findings": [pupils.finding_to_dict(f) for f in findings]})
        return 0
    print_table([[a.ref, a.name, LEGAL_BASIS_LABELS.get(a.legal_basis, a.legal_basis), ",".join(a.languages),
                  f"{_pl(a.contract_from)}–{_pl(a.contract_to)}", f"{a.weekly_hours:g}",
                  str(load[a.id].pupils if a.id in load else 0),
                  f"{load[a.id].hours_with_pupils if a.id in load else 0:g}", a.funding_label] for a in found],
                ["Nr", "Imię i nazwisko", "Podstawa", "Języki", "Umowa", "Godz./tydz.", "Uczniowie",
                 "Godz. z uczniami", "Finansowanie"])
    for f in findings:
        print(f"[{f.severity}] {f.message}")
    return 0


def cmd_assistants_add(args, ctx, db, session) -> int:
    from edulab_app.services import assistants

    basis = {"helper": "helper_art165_8", "intercultural": "intercultural_art165_8a"}[args.basis]
    rec = assistants.add_assistant(db, session, args.rspo, assistants.AssistantInput(
        args.name, basis, args.contract_from, args.contract_to, args.hours, comma_list(args.languages), args.funding))
    if args.json:
        print_json(rec.to_dict())
    else:
        print(f"Dodano asystenta {rec.ref}.")
    return 0


# --- the welcome committee ---------------------------------------------------------------------------------


def _register_committee(sub) -> None:
    g = add_group(sub, "committee", "komitet powitalny roku szkolnego")
    p = add_command(g, "show", "członkowie, spotkania, rodziny i zaległe kroki", with_session(cmd_committee_show))
    p.add_argument("rspo")
    p.add_argument("--year", metavar="RRRR/RRRR", help="rok szkolny (domyślnie bieżący rok szkoły)")
    p.add_argument("--date", type=date_arg, metavar="DATA", help="stan na dzień (domyślnie dziś)")
    _sensitive(p, json_flag=True)
    p = add_command(g, "add-member", "dodaj członka komitetu", with_session(cmd_committee_add_member))
    p.add_argument("rspo")
    p.add_argument("--role", required=True,
                   choices=("teacher", "polish_parent", "migrant_parent", "pupil_ambassador", "assistant", "other"))
    p.add_argument("--name", required=True, metavar="IMIĘ NAZWISKO")
    p.add_argument("--languages", metavar="KODY")
    p.add_argument("--year", metavar="RRRR/RRRR")
    _sensitive(p)
    p = add_command(g, "add-meeting", "zapisz spotkanie komitetu", with_session(cmd_committee_add_meeting))
    p.add_argument("rspo")
    p.add_argument("--date", type=date_arg, required=True, metavar="DATA")
    p.add_argument("--topic", required=True, metavar="TEMAT")
    p.add_argument("--notes", default="", metavar="NOTATKI")
    p.add_argument("--year", metavar="RRRR/RRRR")
    _sensitive(p)
    p = add_command(g, "welcome-family", "zapisz rodzinę przyjętą przez komitet (z listą kroków)",
                    with_session(cmd_committee_welcome_family))
    p.add_argument("rspo")
    p.add_argument("--language", required=True, metavar="KOD", help="język rodziny, np. uk")
    p.add_argument("--arrival", type=date_arg, required=True, metavar="DATA")
    p.add_argument("--year", metavar="RRRR/RRRR")
    _sensitive(p, json_flag=True)
    p = add_command(g, "done-step", "oznacz krok powitania jako wykonany", with_session(cmd_committee_done_step))
    p.add_argument("family", metavar="RODZINA", help="kod R-XXXXXXXX albo numer rodziny")
    p.add_argument("step", choices=("first_meeting", "school_tour", "buddy", "info_pack", "follow_up"))
    p.add_argument("--date", type=date_arg, metavar="DATA", help="data wykonania (domyślnie dziś)")
    _sensitive(p)


def cmd_committee_show(args, ctx, db, session) -> int:
    from edulab_app.services import committees

    view = committees.view(db, session, args.rspo, args.year)
    today = args.date or dt.date.today()
    if args.json:
        print_json(view.to_dict(today))
        return 0
    print(f"Komitet powitalny {view.school_year}")
    print_table([[str(m.id), m.name, m.role_label, ",".join(m.languages), "tak" if m.active else "nie"]
                 for m in view.members], ["Nr", "Imię i nazwisko", "Rola", "Języki", "Aktywny"])
    print("\nSpotkania:")
    print_table([[_pl(m.held_on), m.topic] for m in view.meetings], ["Data", "Temat"])
    print("\nRodziny:")
    print_table([[f.code, f.language, _pl(f.arrival_date),
                  f"{sum(1 for s in f.steps if s.done_on)}/{len(f.steps)}", str(len(f.overdue(today)))]
                 for f in view.families], ["Kod", "Język", "Przyjazd", "Wykonane kroki", "Zaległe"])
    overdue = view.overdue(today)
    if overdue:
        print("\nZaległe kroki:")
        for code, step in overdue:
            print(f"- {code}: {step.label} (termin {_pl(step.due_on)})")
    return 0


def cmd_committee_add_member(args, ctx, db, session) -> int:
    from edulab_app.services import committees

    m = committees.add_member(db, session, args.rspo, args.role, args.name, comma_list(args.languages),
                              school_year=args.year)
    print(f"Dodano członka komitetu nr {m.id} ({m.role_label}).")
    return 0


def cmd_committee_add_meeting(args, ctx, db, session) -> int:
    from edulab_app.services import committees

    m = committees.add_meeting(db, session, args.rspo, args.date, args.topic, args.notes, school_year=args.year)
    print(f"Zapisano spotkanie nr {m.id} z {_pl(m.held_on)}.")
    return 0


def cmd_committee_welcome_family(args, ctx, db, session) -> int:
    from edulab_app.services import committees

    f = committees.welcome_family(db, session, args.rspo, args.language, args.arrival, school_year=args.year)
    if args.json:
        print_json(f.to_dict())
    else:
        print(f"Zapisano rodzinę {f.code}. Kroki: " + "; ".join(f"{s.label} do {_pl(s.due_on)}" for s in f.steps))
    return 0


def cmd_committee_done_step(args, ctx, db, session) -> int:
    from edulab_app.services import committees

    f = committees.done_step(db, session, args.family, args.step, args.date)
    print(f"Rodzina {f.code}: krok wykonany. Zaległe: {len(f.overdue(dt.date.today()))}.")
    return 0


# --- support forms -----------------------------------------------------------------------------------------


def _register_support(sub) -> None:
    g = add_group(sub, "support", "formy wsparcia uczniów i ich sprawdzenie z przepisami")
    p = add_command(g, "add", "dodaj formę wsparcia uczniowi", with_session(cmd_support_add))
    p.add_argument("pupil", metavar="UCZEŃ")
    p.add_argument("--kind", required=True, choices=SUPPORT_KIND_CHOICES)
    p.add_argument("--hours", type=float, required=True, metavar="H", help="godziny tygodniowo")
    p.add_argument("--from", dest="start", type=date_arg, required=True, metavar="DATA")
    p.add_argument("--to", dest="end", type=date_arg, metavar="DATA")
    p.add_argument("--subject", metavar="PRZEDMIOT", help="przy zajęciach wyrównawczych")
    p.add_argument("--assistant", type=int, metavar="NR", help="przy pomocy asystenta: numer asystenta")
    p.add_argument("--ppp-kind", choices=("corrective", "speech", "emotional", "consultation", "other"))
    _sensitive(p)
    p = add_command(g, "check", "sprawdź wsparcie wszystkich uczniów i asystentów z przepisami "
                                "(kod wyjścia 1, gdy są błędy)", with_session(cmd_support_check))
    p.add_argument("rspo")
    p.add_argument("--date", type=date_arg, metavar="DATA", help="stan na dzień (domyślnie dziś)")
    _sensitive(p, json_flag=True)


def cmd_support_add(args, ctx, db, session) -> int:
    from edulab_app.services import pupils
    from plans.support import SupportForm

    form = pupils.add_support(db, session, args.pupil, SupportForm(
        args.kind, args.hours, args.start, args.end, args.subject, args.assistant, args.ppp_kind))
    print(f"Dodano formę wsparcia nr {form.id}: {form.label}, {form.hours_per_week:g} godz. tygodniowo.")
    return 0


def cmd_support_check(args, ctx, db, session) -> int:
    from edulab_app.services import pupils

    check = pupils.check_school(db, session, args.rspo, args.date)
    if args.json:
        print_json({"findings": [pupils.finding_to_dict(f) for f in check.findings],
                    "workload": [{"assistant": w.label, "weekly_hours": w.weekly_hours, "pupils": w.pupils,
                                  "hours_with_pupils": w.hours_with_pupils} for w in check.workload]})
    elif not check.findings:
        print("Wsparcie uczniów i zatrudnienie asystentów są zgodne z regułami.")
    else:
        labels = {"error": "BŁĄD", "warning": "UWAGA", "info": "info"}
        for f in check.findings:
            print(f"[{labels[f.severity]}] {f.message}")
    return 1 if check.has_errors else 0


# --- clinic assessments ------------------------------------------------------------------------------------


def _register_assessments(sub) -> None:
    g = add_group(sub, "assessments", "opinie i orzeczenia poradni (dane o zdrowiu)")
    p = add_command(g, "attach", "dołącz opinię lub orzeczenie z plikiem PDF", with_session(cmd_assessments_attach))
    p.add_argument("pupil", metavar="UCZEŃ")
    p.add_argument("--kind", required=True, choices=("opinia", "orzeczenie"))
    p.add_argument("--clinic", required=True, metavar="PORADNIA")
    p.add_argument("--issued", type=date_arg, required=True, metavar="DATA")
    p.add_argument("--delivered", type=date_arg, metavar="DATA", help="data doręczenia (przy orzeczeniu wymagana)")
    p.add_argument("--recommendation", action="append", default=[], metavar="[FORMA:]TREŚĆ",
                   help="zalecenie, można powtarzać; przed dwukropkiem forma wsparcia, np. "
                        "\"ppp_help:Zajęcia logopedyczne\"")
    p.add_argument("--pdf", type=Path, metavar="PLIK.pdf")
    _sensitive(p, json_flag=True)
    p = add_command(g, "list", "opinie i orzeczenia szkoły lub ucznia, z terminami IPET",
                    with_session(cmd_assessments_list))
    p.add_argument("rspo")
    p.add_argument("--pupil", metavar="UCZEŃ")
    p.add_argument("--date", type=date_arg, metavar="DATA", help="stan na dzień (domyślnie dziś)")
    _sensitive(p, json_flag=True)
    p = add_command(g, "open", "zapisz odszyfrowany plik PDF (dyrektor, koordynator, specjalista poradni)",
                    with_session(cmd_assessments_open))
    p.add_argument("id", type=int, metavar="NR")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PLIK.pdf")
    _sensitive(p)
    p = add_command(g, "ipet-done", "oznacz IPET do orzeczenia jako opracowany", with_session(cmd_assessments_ipet))
    p.add_argument("id", type=int, metavar="NR")
    p.add_argument("--date", type=date_arg, metavar="DATA")
    _sensitive(p)


def _recommendation(text: str) -> dict:
    kind, sep, rest = text.partition(":")
    if sep and kind.strip() in SUPPORT_KIND_CHOICES:
        return {"text": rest.strip(), "support_kind": kind.strip()}
    return {"text": text.strip(), "support_kind": None}


def cmd_assessments_attach(args, ctx, db, session) -> int:
    from edulab_app.services import assessments

    content = None
    if args.pdf is not None:
        try:
            size = args.pdf.stat().st_size
            if size > assessments.MAX_PDF_BYTES:
                content = b"\0" * (assessments.MAX_PDF_BYTES + 1)  # refused below with the size message
            else:
                content = args.pdf.read_bytes()
        except OSError as exc:
            raise UserError(f"Nie można odczytać pliku {args.pdf} ({exc.strerror or exc}).") from exc
    a = assessments.attach(db, session, args.pupil, args.kind, args.clinic, args.issued, args.delivered,
                           [_recommendation(r) for r in args.recommendation], content, data_dir=ctx.data_dir)
    if args.json:
        print_json(a.to_dict())
    else:
        print(f"Dołączono {a.kind} nr {a.id} dla ucznia {a.pupil_code}"
              + (f"; plik {a.file_pages} str." if a.has_file else "")
              + (f"; IPET do {_pl(a.ipet_due)}" if a.ipet_due else "") + ".")
    return 0


def cmd_assessments_list(args, ctx, db, session) -> int:
    from edulab_app.services import assessments

    found = assessments.list_assessments(db, session, args.rspo, args.pupil)
    today = args.date or dt.date.today()
    if args.json:
        print_json([a.to_dict() | {"ipet_overdue": a.ipet_overdue(today)} for a in found])
        return 0
    print_table([[str(a.id), a.pupil_code, a.kind, a.clinic, _pl(a.issued), _pl(a.delivered),
                  (_pl(a.ipet_due) + (" — PO TERMINIE" if a.ipet_overdue(today) else "")) if a.ipet_due else "—",
                  f"{a.file_pages} str." if a.has_file else "brak"] for a in found],
                ["Nr", "Uczeń", "Rodzaj", "Poradnia", "Wydano", "Doręczono", "IPET do", "PDF"])
    return 0


def cmd_assessments_open(args, ctx, db, session) -> int:
    from edulab_app.services import assessments
    from exporters.atomic import write_atomic

    content = assessments.open_file(db, session, args.id, data_dir=ctx.data_dir)
    target = write_atomic(args.output, content)
    print(f"Zapisano odszyfrowany plik: {target}. Zawiera dane o zdrowiu — usuń go, gdy nie będzie potrzebny.")
    return 0


def cmd_assessments_ipet(args, ctx, db, session) -> int:
    from edulab_app.services import assessments

    a = assessments.mark_ipet_done(db, session, args.id, args.date)
    print(f"IPET do orzeczenia nr {a.id} oznaczono jako opracowany {_pl(a.ipet_done_on)}.")
    return 0


# --- counts (no login) -------------------------------------------------------------------------------------


def cmd_counts(args, ctx) -> int:
    from edulab_app.services import pupils

    counts = pupils.aggregate_counts(ctx.db(), args.rspo, args.date)
    if args.json:
        print_json(counts)
        return 0
    print(f"Stan na {counts['as_of']}: uczniów z doświadczeniem migracji {counts['pupils']}")
    for title, key in (("Podstawa kształcenia", "by_regime"), ("Kraj", "by_country"),
                       ("Poziom polskiego", "by_polish_level"), ("Formy wsparcia (uczniowie)", "by_support_form")):
        print(f"{title}: " + (", ".join(f"{k} {v}" for k, v in counts[key].items()) or "—"))
    a = counts["assistants"]
    print(f"Asystenci: {a['active']} aktywnych, {a['weekly_hours']:g} godz. tygodniowo")
    c = counts["clinic_assessments"]
    print(f"Opinie: {c['opinia']}, orzeczenia: {c['orzeczenie']}, IPET po terminie: {c['ipet_overdue']}")
    w = counts["welcome_committee"]
    print(f"Komitet powitalny {w['school_year']}: członków {w['members']}, spotkań {w['meetings']}, rodzin "
          f"{w['families_welcomed']}, zaległych kroków {w['steps_overdue']}")
    return 0


# --- accounts and the audit log ----------------------------------------------------------------------------


def _register_users(sub) -> None:
    g = add_group(sub, "users", "konta użytkowników (dyrektor)")
    p = add_command(g, "list", "konta i ich role", with_session(cmd_users_list))
    _sensitive(p, json_flag=True)
    p = add_command(g, "add", "dodaj konto", with_session(cmd_users_add))
    p.add_argument("username", metavar="NAZWA")
    p.add_argument("--display-name", required=True, metavar="IMIĘ NAZWISKO")
    p.add_argument("--role", required=True,
                   choices=("director", "coordinator", "teacher", "clinic_specialist", "edulab_expert"))
    p.add_argument("--new-password-file", metavar="PLIK",
                   help="plik z hasłem nowego konta w pierwszym wierszu (bez tej opcji program zapyta w terminalu)")
    _sensitive(p)
    p = add_command(g, "deactivate", "wyłącz konto", with_session(cmd_users_deactivate))
    p.add_argument("username", metavar="NAZWA")
    _sensitive(p)


def cmd_users_list(args, ctx, db, session) -> int:
    from edulab_app.security import accounts

    found = accounts.list_users(db, session)
    if args.json:
        print_json([{"username": u.username, "display_name": u.display_name, "role": u.role.value,
                     "active": u.active, "last_login_at": u.last_login_at} for u in found])
        return 0
    print_table([[u.username, u.display_name, u.role_label, "tak" if u.active else "nie",
                  f"{u.last_login_at:%Y-%m-%d %H:%M}" if u.last_login_at else "—"] for u in found],
                ["Nazwa", "Imię i nazwisko", "Rola", "Aktywne", "Ostatnie logowanie"])
    return 0


def cmd_users_add(args, ctx, db, session) -> int:
    import getpass

    from edulab_app.security import accounts
    from edulab_app.security.cli_auth import read_password_file
    from edulab_app.security.errors import CredentialsError

    if args.new_password_file:
        password = read_password_file(args.new_password_file)
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Hasło nowego konta {args.username}: ")
        if getpass.getpass("Powtórz hasło: ") != password:
            raise CredentialsError("Hasła się różnią; konta nie utworzono.")
    else:
        raise CredentialsError("Podaj hasło nowego konta w pliku: --new-password-file PLIK (czytelny tylko dla "
                               "Ciebie) albo uruchom polecenie w terminalu.")
    info = accounts.add_user(db, session, args.username, args.display_name, args.role, password)
    print(f"Utworzono konto {info.username} ({info.role_label}).")
    return 0


def cmd_users_deactivate(args, ctx, db, session) -> int:
    from edulab_app.security import accounts

    accounts.deactivate_user(db, session, args.username)
    print(f"Konto {args.username} jest wyłączone.")
    return 0


def _register_audit(sub) -> None:
    g = add_group(sub, "audit", "dziennik dostępu do danych chronionych")
    p = add_command(g, "list", "wpisy dziennika (dyrektor)", with_session(cmd_audit_list))
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.add_argument("--by", dest="filter_by", metavar="NAZWA", help="tylko wpisy tego użytkownika")
    p.add_argument("--action", metavar="CZYNNOŚĆ", help="np. read, erase, login_failed")
    p.add_argument("--ref", metavar="KOD", help="tylko wpisy o tym rekordzie, np. U-XXXXXXXX")
    _sensitive(p, json_flag=True)
    add_command(g, "verify", "sprawdź, czy dziennika nie zmieniono (kod wyjścia 1 przy naruszeniu)", cmd_audit_verify)


def cmd_audit_list(args, ctx, db, session) -> int:
    from edulab_app.security import audit

    entries = audit.list_entries(db, session, audit.AuditFilter(
        username=args.filter_by, action=args.action, record_ref=args.ref,
        limit=args.limit))
    if args.json:
        print_json([{"id": e.id, "at": e.at.isoformat(timespec="seconds"), "user": e.username, "role": e.role,
                     "action": e.action, "record_type": e.record_type, "record_ref": e.record_ref,
                     "details": e.details} for e in entries])
        return 0
    print_table([[str(e.id), f"{e.at:%Y-%m-%d %H:%M:%S}", e.username, e.action_label, e.record_type, e.record_ref]
                 for e in entries], ["Nr", "Kiedy (UTC)", "Kto", "Czynność", "Rekord", "Odwołanie"])
    return 0


def cmd_audit_verify(args, ctx) -> int:
    from edulab_app.security import audit

    problems = audit.verify_chain(ctx.db())
    count, _ = audit.head(ctx.db())
    if not problems:
        print(f"Dziennik jest nienaruszony ({count} wpisów).")
        return 0
    for p in problems:
        print(p)
    return 1
