"""Foundation commands: demo, school, backup, restore."""

from __future__ import annotations

from pathlib import Path

from edulab_app.cli.output import print_json, print_table
from edulab_app.cli.parser import add_command
from edulab_app.school_profile import FIELD_LABELS, SCHOOL_TYPES, SchoolProfile

# (option, field, type) for school create/update
_SCHOOL_OPTIONS = [
    ("--rspo", "rspo", str), ("--name", "name", str), ("--type", "school_type", str),
    ("--street", "street", str), ("--postal-code", "postal_code", str), ("--city", "city", str),
    ("--municipality", "municipality", str), ("--county", "county", str), ("--voivodeship", "voivodeship", str),
    ("--governing-body", "governing_body", str), ("--email", "email", str), ("--phone", "phone", str),
    ("--school-year", "school_year", str), ("--pupils-total", "pupils_total", int),
    ("--pupils-migrant", "pupils_migrant", int),
]


def register(sub) -> None:
    p = add_command(sub, "demo", "utwórz (lub odtwórz) szkołę demonstracyjną; wypisuje jej numer RSPO", cmd_demo)
    from edulab_app.security.cli_auth import add_auth_arguments

    add_auth_arguments(p)  # only needed when the install already has accounts (fictional pupils are encrypted)

    school = add_command(sub, "school", "profile szkół", None)
    school_sub = school.add_subparsers(dest="school_command", metavar="POLECENIE", required=True,
                                       parser_class=type(school))
    p = add_command(school_sub, "list", "lista szkół", cmd_school_list)
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")
    p = add_command(school_sub, "show", "profil jednej szkoły", cmd_school_show)
    p.add_argument("rspo", help="numer RSPO szkoły")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")
    types = ", ".join(f"{k} ({v})" for k, v in SCHOOL_TYPES.items())
    for name, handler, help_text in (
        ("create", cmd_school_create, "dodaj szkołę"),
        ("update", cmd_school_update, "zmień dane szkoły (podaj tylko zmieniane pola)"),
    ):
        p = add_command(school_sub, name, help_text, handler)
        if name == "update":
            p.add_argument("current_rspo", metavar="RSPO", help="numer RSPO zmienianej szkoły")
        for option, field, typ in _SCHOOL_OPTIONS:
            extra = f"; jeden z: {types}" if field == "school_type" else ""
            p.add_argument(option, dest=field, type=typ, help=FIELD_LABELS[field] + extra,
                           required=(name == "create" and field in ("rspo", "name")))
        p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = add_command(sub, "backup", "wykonaj kopię zapasową bazy danych", cmd_backup)
    p.add_argument("-o", "--output", type=Path, metavar="PLIK", help="zapisz kopię w tym pliku (domyślnie folder kopii)")
    p.add_argument("--list", action="store_true", help="pokaż istniejące kopie zapasowe")
    p = add_command(sub, "restore", "przywróć bazę danych z kopii zapasowej", cmd_restore)
    p.add_argument("file", type=Path, metavar="PLIK", help="plik kopii zapasowej (.sqlite3)")


def cmd_demo(args, ctx) -> int:
    import sys

    from edulab_app.security import accounts
    from edulab_app.services.demo import create_demo

    db = ctx.db()
    session = None
    if not accounts.needs_first_start(db) and (args.user or args.password_file):
        from edulab_app.security.cli_auth import login_from_args

        session = login_from_args(db, args)
    try:
        demo = create_demo(db, session=session)
    finally:
        if session is not None:
            session.lock()  # the data key leaves memory as soon as the fictional pupils are written
    print(demo.rspo)
    if demo.credentials:
        user, password = demo.credentials
        print(f"Utworzono konto dyrektora szkoły demonstracyjnej: użytkownik „{user}”, hasło „{password}”.\n"
              "Zapisz hasło teraz — program nie pokaże go ponownie.", file=sys.stderr)
    elif not demo.pupils_seeded:
        print("Fikcyjnych uczniów, asystenta, komitetu i opinii poradni nie dodano: ta instalacja ma już konta. "
              "Uruchom: edulab demo --user NAZWA --password-file PLIK (dyrektor lub koordynator).", file=sys.stderr)
    return 0


def _profile_rows(p: SchoolProfile) -> list[list[str]]:
    return [[FIELD_LABELS[k], str(v) if k != "school_type" else SCHOOL_TYPES.get(v, v)]
            for k, v in p.to_dict().items() if k in FIELD_LABELS]


def cmd_school_list(args, ctx) -> int:
    from edulab_app.services.schools import list_schools

    schools = list_schools(ctx.db())
    if args.json:
        print_json([s.to_dict() for s in schools])
    elif not schools:
        print("Brak szkół. Dodaj szkołę (edulab school create …) albo szkołę demonstracyjną (edulab demo).")
    else:
        print_table([[s.rspo, s.name, s.county, str(s.pupils_total), str(s.pupils_migrant)] for s in schools],
                    ["RSPO", "Nazwa", "Powiat", "Uczniowie", "Z doświadczeniem migracji"])
    return 0


def cmd_school_show(args, ctx) -> int:
    from edulab_app.services.schools import get_school

    school = get_school(ctx.db(), args.rspo)
    if args.json:
        print_json(school.to_dict())
    else:
        print_table(_profile_rows(school), ["Pole", "Wartość"])
    return 0


def _given(args) -> dict:
    return {field: getattr(args, field) for _, field, _ in _SCHOOL_OPTIONS if getattr(args, field) is not None}


def cmd_school_create(args, ctx) -> int:
    from edulab_app.services.schools import create_school

    profile = create_school(ctx.db(), SchoolProfile(**_given(args)))
    print_json(profile.to_dict()) if args.json else print(f"Dodano szkołę {profile.rspo}: {profile.name}")
    return 0


def cmd_school_update(args, ctx) -> int:
    from edulab_app.services.schools import get_school, update_school

    db = ctx.db()
    current = get_school(db, args.current_rspo)
    profile = update_school(db, args.current_rspo, SchoolProfile(**{**current.to_dict(), **_given(args)}))
    print_json(profile.to_dict()) if args.json else print(f"Zapisano zmiany szkoły {profile.rspo}.")
    return 0


def cmd_backup(args, ctx) -> int:
    from edulab_app.services import maintenance

    if args.list:
        rows = [[b.created.strftime("%Y-%m-%d %H:%M:%S"), b.reason, f"{b.size // 1024} KiB", str(b.path)]
                for b in maintenance.backups(ctx)]
        print_table(rows, ["Utworzono", "Powód", "Rozmiar", "Plik"]) if rows else print("Brak kopii zapasowych.")
        return 0
    print(maintenance.backup(ctx, args.output))
    return 0


def cmd_restore(args, ctx) -> int:
    from edulab_app.services import maintenance

    kept = maintenance.restore(ctx, args.file)
    print(f"Przywrócono bazę danych z {args.file}.")
    if kept:
        print(f"Poprzednią bazę zachowano: {kept}")
    return 0
