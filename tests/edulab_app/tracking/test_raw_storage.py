"""The raw bytes of the database (with its WAL) and of everything under the data folder hold no pupil name,
no committee member's or assistant's name, no note and no byte of a clinic PDF."""

from __future__ import annotations

import datetime as dt

from edulab_app.services import assessments, assistants, committees, pupils
from plans.support import SupportForm

from .conftest import PASSWORDS, RSPO, TODAY, tiny_pdf

D = dt.date
NAMES = ["Zażółć Gęślą-Jaźń", "Mykoła Kowalenko", "Nguyễn Thị Lan"]
OTHER = ["Olena Demczenko", "Katarzyna Wiśniewska", "Tajny temat spotkania", "Notatka o rodzinie Petrenko",
         "Zalecenie-poufne-XYZ", "Poufna-uwaga-o-uczniu"]


def _all_bytes(folder) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_no_names_and_no_pdf_bytes_in_the_raw_files(tdb, tdir, director):
    codes = []
    for name in NAMES:
        info = pupils.add_pupil(tdb, director, RSPO, pupils.PupilInput(
            name, "4b", D(2024, 3, 1), D(2024, 3, 11), "UA", ("uk",), "A1", "ukrainian_special",
            "Poufna-uwaga-o-uczniu"), today=TODAY)
        codes.append(info.code)
    helper = assistants.add_assistant(tdb, director, RSPO, assistants.AssistantInput(
        "Olena Demczenko", "helper_art165_8", D(2025, 9, 1), None, 20))
    pupils.add_support(tdb, director, codes[0], SupportForm("assistant", 3, D(2025, 9, 1), assistant_id=helper.id))
    committees.add_member(tdb, director, RSPO, "teacher", "Katarzyna Wiśniewska", ("pl",))
    committees.add_meeting(tdb, director, RSPO, D(2025, 9, 10), "Tajny temat spotkania",
                           "Notatka o rodzinie Petrenko")
    committees.welcome_family(tdb, director, RSPO, "uk", D(2025, 9, 1), "Notatka o rodzinie Petrenko")
    pdf = tiny_pdf("Pacjent: Mykola Kowalenko, rozpoznanie poufne")
    assessments.attach(tdb, director, codes[0], "orzeczenie", "PPP nr 1", D(2025, 10, 1), D(2025, 10, 2),
                       [{"text": "Zalecenie-poufne-XYZ", "support_kind": "ppp_help"}], pdf, today=TODAY)
    # everything can be read back with the key
    assert {p.name for p in pupils.list_pupils(tdb, director, RSPO, with_names=True)} == set(NAMES)
    assert assessments.open_file(tdb, director, 1) == pdf

    raw_live = _all_bytes(tdir)  # while the WAL still holds the newest pages
    assert (tdir / "edulab.sqlite3-wal").exists()
    tdb.dispose()
    raw = raw_live + _all_bytes(tdir)
    needles = [b"%PDF-", pdf[:64], pdf[200:260], pdf[-40:], b"Mykola Kowalenko", b"rozpoznanie poufne",
               PASSWORDS["dyrektor"].encode(), director.data_key]
    for text in NAMES + OTHER:
        needles += [text.encode("utf-8"), text.encode("utf-16-le"), text.split()[-1].encode("utf-8")]
    for needle in needles:
        assert needle not in raw, needle
    for code in codes:  # the audit log and the rows keep the pseudonyms, as they should
        assert code.encode() in raw
