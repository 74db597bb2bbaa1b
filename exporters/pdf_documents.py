"""The documents a school adopts and lives by, as printable PDFs (guide parts 4 and 5):

- ``render_week_pdf(week, school)``: the school's „Tydzień dla wszystkich” — the week at a glance (day × age
  group), each day in detail, roles and people, materials and costs, families and local partners, languages,
  then the invitation for families in every chosen language, each on its own page;
- ``render_regulation_pdf(doc, version)``: Regulamin „Bezpieczna szkoła” as adopted in ``version`` (or the
  current draft when ``version`` is None), with the version history and a place for signatures;
- ``render_regulation_family_pdf(doc, langs)``: the short version for families, one language per page.

All three reuse the shared renderer (``exporters.pdf_base``: header, footer, "Strona x z y", outline) and the
shared styles and DejaVu fonts (``exporters.pdf_style``), and return bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table

from exporters.document import SchoolInfo
from exporters.labels import category_label, number, pl_date, pl_datetime, pln, source_label
from exporters.pdf_base import ReportlabRenderer
from exporters.pdf_style import ACCENT_LIGHT, MUTED, RULE, esc, grid_table, p, pt, table_style
from plans.regulation import RegulationDocument, Section, Version
from plans.week_scenario import WeekPlan

_NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$", re.S)


class _DocumentRenderer(ReportlabRenderer):
    """Shared helpers: multi-paragraph text with numbered paragraphs and "- " list items, bullets in DejaVu."""

    def __init__(self) -> None:
        super().__init__()
        s = self.styles
        self.bullet = ParagraphStyle("doc_bullet", parent=s.body, leftIndent=14, bulletIndent=4,
                                     bulletFontName=s.regular, spaceAfter=2)
        self.numbered = ParagraphStyle("doc_numbered", parent=s.body, leftIndent=14, firstLineIndent=0,
                                       bulletIndent=0, bulletFontName=s.regular, spaceAfter=5)
        self.nested_bullet = ParagraphStyle("doc_nested_bullet", parent=self.bullet, leftIndent=26, bulletIndent=16)
        self.cell_bullet = ParagraphStyle("doc_cell_bullet", parent=s.cell, leftIndent=9, bulletIndent=1,
                                          bulletFontName=s.regular)
        self.lead = ParagraphStyle("doc_lead", parent=s.body, fontSize=10.5, leading=14.5, spaceAfter=6)

    def text_blocks(self, text: str, *, cell: bool = False, style: ParagraphStyle | None = None) -> list:
        """Paragraphs of ``text`` (blank line = new paragraph; "- " = list item; "1. " = numbered paragraph;
        list items of a numbered paragraph are indented under its text)."""
        s = self.styles
        body = style or (s.cell if cell else s.body)
        out: list = []
        for block in re.split(r"\n\s*\n", text.strip()):
            bullet = self.cell_bullet if cell else (self.nested_bullet if _NUMBERED.match(block) else self.bullet)
            if style is not None and not cell:
                bullet = ParagraphStyle(f"{style.name}_bullet", parent=style, leftIndent=14, bulletIndent=4,
                                        bulletFontName=s.regular, spaceAfter=2)
            runs: list[tuple[bool, list[str]]] = []  # (is a list item, lines)
            for line in block.split("\n"):
                if line.startswith("- "):
                    runs.append((True, [line[2:]]))
                elif runs and not runs[-1][0]:
                    runs[-1][1].append(line)
                else:
                    runs.append((False, [line]))
            for is_item, lines in runs:
                if is_item:
                    out.append(Paragraph(esc(lines[0]), bullet, bulletText="•"))
                    continue
                m = _NUMBERED.match("\n".join(lines))
                if m and not cell:
                    out.append(Paragraph(esc(m.group(2)), self.numbered, bulletText=f"{m.group(1)}."))
                else:
                    out.append(Paragraph("<br/>".join(esc(line) for line in lines), body))
        return out

    def facts(self, rows: Sequence[tuple[str, str]], key_width: float = 45 * mm) -> Table:
        s = self.styles
        table = Table([[pt(k, s.small), pt(v, s.body)] for k, v in rows if v], colWidths=[key_width, None],
                      hAlign="LEFT")
        table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                                    ("TOPPADDING", (0, 0), (-1, -1), 3)]))
        return table

    def signatures(self, left: str, right: str) -> Table:
        s = self.styles
        sign = Table([["", ""], [pt(left, s.tiny), pt(right, s.tiny)]],
                     colWidths=[self.frame_width / 2, self.frame_width / 2], rowHeights=[18 * mm, None])
        sign.setStyle(table_style([("LINEBELOW", (0, 0), (-1, 0), 0.5, MUTED), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (0, -1), 12 * mm)]))
        return sign


# --- Tydzień dla wszystkich -------------------------------------------------------------------------------------


class WeekPdfRenderer(_DocumentRenderer):
    subject = "„Tydzień dla wszystkich” — Szkoła włączająca krok po kroku"

    def __init__(self, week: WeekPlan, school: SchoolInfo, generated_at: dt.datetime | None = None,
                 app_version: str = ""):
        super().__init__()
        self.week, self.school = week, school
        self.tpl = week._template()
        self.generated_at = generated_at or dt.datetime.now()
        self.app_version = app_version
        self.title = f"„Tydzień dla wszystkich” — {school.name}"
        self.author = school.name
        self._chapter = 0

    def header_text(self) -> tuple[str, str]:
        return (f"{self.school.name} · „Tydzień dla wszystkich”",
                f"{self.week.start:%d.%m} – {self.week.end:%d.%m.%Y}")

    def footer_text(self) -> str:
        version = f" · EDUlab {self.app_version}" if self.app_version else " · EDUlab"
        return f"Wygenerowano {pl_datetime(self.generated_at)}{version} · RSPO {self.school.rspo}"

    def chapter(self, title: str):
        self._chapter += 1
        return self.heading(f"{self._chapter}. {esc(title)}", 0)

    def story(self) -> list:
        self._chapter = 0
        out = self.opening() + self.overview() + self.roles() + self.day_details() + self.costs()
        out += self.community() + self.languages()
        for lang in self.week.languages:
            out += self.invitation(lang)
        return out

    def opening(self) -> list:
        s, w = self.styles, self.week
        coordinator = ", ".join(w.names("coordinator")) or "—"
        languages = ", ".join(self.tpl.language_name(c) for c in w.languages)
        facts = self.facts([("Szkoła", self.school.name), ("Rok szkolny", w.school_year),
                            ("Termin", f"{w.date_label(w.start)} – {w.date_label(w.end)}"),
                            ("Koordynator tygodnia", coordinator), ("Zaproszenie dla rodzin", languages),
                            ("Koszt planowany", pln(w.total))])
        out: list = [pt("Szkoła włączająca krok po kroku", s.subtitle), pt(self.tpl.title, s.title),
                     pt(self.tpl.subtitle, s.subtitle), Spacer(1, 3 * mm), facts, Spacer(1, 5 * mm),
                     pt(self.tpl.intro, self.lead), pt("Cele tygodnia", s.h3)]
        out += [Paragraph(esc(g), self.bullet, bulletText="•") for g in self.tpl.goals]
        box = [pt("Zasady bezpieczeństwa i szacunku", s.h3)]
        box += [Paragraph(esc(g), self.bullet, bulletText="•") for g in self.tpl.safeguards]
        frame = Table([[box]], colWidths=[self.frame_width])
        frame.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT), ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                    ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        out += [Spacer(1, 3 * mm), frame, Spacer(1, 2 * mm), pt(self.tpl.source, s.tiny)]
        return out

    def overview(self) -> list:
        s = self.styles
        groups = self.tpl.age_groups
        head = [pt("Dzień", s.head_cell)] + [pt(title, s.head_cell) for _, title in groups]
        rows: list[list] = [head]
        for day, d in self.week.days():
            cells = [p(f"<b>{esc(d.title)}</b><br/><font size=7 color='#616e7c'>{esc(self.week.date_label(day))}"
                       "</font>", s.cell)]
            for gid, _ in groups:
                cells.append([Paragraph(esc(a.title), self.cell_bullet, bulletText="•") for a in d.activities[gid]])
            rows.append(cells)
        first = 40 * mm
        rest = (self.frame_width - first) / len(groups)
        return [PageBreak(), self.chapter("Tydzień w skrócie"),
                pt("Dzień po dniu i dla każdej grupy wiekowej — szczegóły zajęć w następnym rozdziale.", s.body),
                grid_table(rows, [first] + [rest] * len(groups))]

    def day_details(self) -> list:
        s = self.styles
        out: list = [PageBreak(), self.chapter("Program dzień po dniu")]
        for n, (day, d) in enumerate(self.week.days(), start=1):
            head = self.heading(f"Dzień {n}: {esc(d.title)} — {esc(self.week.date_label(day))}", 1)
            rows: list[list] = [[pt("Grupa", s.head_cell), pt("Zajęcia", s.head_cell)]]
            for gid, title in self.tpl.age_groups:
                acts = [p(f"<b>{esc(a.title)}</b> <font size=7 color='#616e7c'>({a.minutes} min)</font><br/>"
                          f"{esc(a.description)}", s.cell) for a in d.activities[gid]]
                rows.append([pt(title, s.cell_bold), acts])
            for label, text in (("Cała szkoła", d.whole_school), ("Rodziny", d.families),
                                ("Społeczność lokalna", d.community), ("Języki", d.languages_note)):
                rows.append([pt(label, s.cell_bold), pt(text, s.cell)])
            table = grid_table(rows, [34 * mm, self.frame_width - 34 * mm],
                               extra=[("BACKGROUND", (0, len(self.tpl.age_groups) + 1), (-1, -1), ACCENT_LIGHT)],
                               zebra=False)
            out += [CondPageBreak(70 * mm), head, pt(f"Cel: {d.goal}", s.body), table, Spacer(1, 3 * mm)]
        return out

    def roles(self) -> list:
        s = self.styles
        rows: list[list] = [[pt(h, s.head_cell) for h in ("Rola", "Osoby", "Zadania")]]
        for role in self.tpl.roles:
            names = self.week.names(role.id)
            who = "<br/>".join(esc(n) for n in names) if names else \
                "<font color='#b8465b'>do ustalenia</font>"
            rows.append([pt(role.title, s.cell_bold), p(who, s.cell),
                         [Paragraph(esc(t), self.cell_bullet, bulletText="•") for t in role.tasks]])
        return [Spacer(1, 4 * mm), CondPageBreak(60 * mm), self.chapter("Role i osoby"),
                grid_table(rows, [38 * mm, 45 * mm, self.frame_width - 83 * mm])]

    def costs(self) -> list:
        s = self.styles
        rows: list[list] = [[pt(h, s.head_cell) for h in ("Pozycja", "Kategoria", "Źródło", "Ilość", "Cena",
                                                          "Kwota")]]
        for c in self.week.costs:
            title = esc(c.title) + (f"<br/><font size=7 color='#616e7c'>{esc(c.note)}</font>" if c.note else "")
            rows.append([p(title, s.cell), pt(category_label(c.category), s.cell), pt(source_label(c.source), s.cell),
                         pt(f"{number(c.quantity, 2 if c.quantity % 1 else 0)} {c.unit}", s.cell_right),
                         pt(pln(c.unit_price), s.cell_right), pt(pln(c.amount), s.cell_right)])
        rows.append([pt("Razem", s.cell_bold), "", "", "", "", pt(pln(self.week.total), s.cell_bold_right)])
        widths = [None, 22 * mm, 26 * mm, 26 * mm, 22 * mm, 24 * mm]
        widths[0] = self.frame_width - sum(w for w in widths if w)
        table = grid_table(rows, widths, extra=[("SPAN", (0, -1), (4, -1)),
                                                ("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT)])
        by_cat = "; ".join(f"{category_label(k)}: {pln(v)}" for k, v in self.week.totals_by_category().items())
        return [CondPageBreak(60 * mm), self.chapter("Materiały i koszty"),
                pt(f"Koszty trafiają do planu działań szkoły jako działanie „Tydzień dla wszystkich” w roku "
                   f"szkolnym {self.week.school_year}. Według kategorii: {by_cat}.", s.body), table]

    def community(self) -> list:
        s = self.styles
        rows: list[list] = [[pt(h, s.head_cell) for h in ("Partner", "Jak włącza się w tydzień")]]
        rows += [[pt(x.title, s.cell_bold), pt(x.how, s.cell)] for x in self.tpl.partners]
        families = [Paragraph(f"<b>{esc(d.title)}:</b> {esc(d.families)}", self.bullet, bulletText="•")
                    for d in self.tpl.days]
        return [CondPageBreak(60 * mm), self.chapter("Rodziny i społeczność lokalna"),
                pt("Udział rodziców jest zawsze dobrowolny; asystent międzykulturowy pomaga w kontakcie z rodzinami, "
                   "które słabo znają polski.", s.body)] + families + [
                Spacer(1, 3 * mm), grid_table(rows, [60 * mm, self.frame_width - 60 * mm])]

    def languages(self) -> list:
        s = self.styles
        names = ", ".join(f"{self.tpl.language_name(c)} ({self.tpl.language_name(c, c)})" for c in self.week.languages)
        return [CondPageBreak(40 * mm), self.chapter("Języki"),
                pt(f"Zaproszenie dla rodzin w językach: {names}. Każda wersja jest na osobnej stronie — do wydruku, "
                   "rozesłania przez dziennik elektroniczny i powieszenia przy wejściu.", s.body),
                pt("Podczas zajęć powitania, słowniczki i napisy powstają we wszystkich językach uczniów, nie tylko "
                   "w językach zaproszenia.", s.body)]

    def invitation(self, lang: str) -> list:
        s = self.styles
        inv = self.week.invitation(lang)
        rows = [[pt(when, s.cell), p(f"<b>{esc(title)}</b><br/>{esc(line)}", s.cell)]
                for when, title, line in inv.programme]
        programme = Table(rows, colWidths=[42 * mm, self.frame_width - 42 * mm], hAlign="LEFT")
        programme.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        name = self.tpl.language_name(lang, lang)
        out: list = [PageBreak(), self.heading(f"{esc(inv.title)} <font size=9 color='#616e7c'>({esc(name)})</font>", 0),
                     pt(inv.greeting, self.lead)]
        out += [pt(text, self.lead) for text in inv.paragraphs[:2]]
        out += [pt(inv.programme_heading, s.h3), programme, Spacer(1, 4 * mm)]
        out += [pt(text, self.lead) for text in inv.paragraphs[2:]]
        out += [Spacer(1, 4 * mm), pt(inv.closing, self.lead),
                KeepTogether([pt(inv.signature, s.body), pt(self.school.name, s.small)])]
        return out


def render_week_pdf(week: WeekPlan, school: SchoolInfo, generated_at: dt.datetime | None = None,
                    app_version: str = "") -> bytes:
    return WeekPdfRenderer(week, school, generated_at, app_version).render()


# --- Regulamin „Bezpieczna szkoła” ------------------------------------------------------------------------------


class RegulationPdfRenderer(_DocumentRenderer):
    subject = "Regulamin „Bezpieczna szkoła” — Szkoła włączająca krok po kroku"

    def __init__(self, doc: RegulationDocument, version: Version | None = None,
                 generated_at: dt.datetime | None = None, app_version: str = ""):
        super().__init__()
        self.doc, self.version = doc, version
        self.generated_at = generated_at or dt.datetime.now()
        self.app_version = app_version
        self.title = f"{doc.title} — {doc.data.school_name}"
        self.author = doc.data.school_name

    @property
    def sections(self) -> tuple[Section, ...]:
        return self.version.sections if self.version is not None and self.version.sections else self.doc.sections

    def version_label(self) -> str:
        if self.version is not None:
            return self.version.label
        last = self.doc.current_version
        return "PROJEKT" if last is None else f"PROJEKT ZMIAN do wersji {last.number}"

    def header_text(self) -> tuple[str, str]:
        v = self.version
        short = f"wersja {v.number} z {v.adopted_on:%d.%m.%Y}" if v is not None else self.version_label()
        return f"{self.doc.data.school_name} · {self.doc.title}", short

    def footer_text(self) -> str:
        version = f" · EDUlab {self.app_version}" if self.app_version else " · EDUlab"
        return f"Wygenerowano {pl_datetime(self.generated_at)}{version}"

    def story(self) -> list:
        s, d = self.styles, self.doc
        v = self.version
        if v is not None:
            status = [("Wersja", str(v.number)), ("Przyjęty dnia", pl_date(v.adopted_on)),
                      ("Uchwała (zarządzenie) nr", v.resolution_no), ("Przyjął", v.adopted_by)]
        else:
            status = [("Stan", self.version_label().lower().capitalize() + " — do przyjęcia")]
        out: list = [pt(d.data.school_name, s.subtitle), pt(d.title, s.title), pt(d.subtitle, s.subtitle),
                     Spacer(1, 2 * mm), self.facts(status), Spacer(1, 4 * mm)]
        if v is None and d.gaps:
            out.append(p(f"<font color='#b8465b'><b>Do uzupełnienia przed przyjęciem:</b> {esc(', '.join(d.gaps))}."
                         "</font>", s.body))
        for n, sec in enumerate(self.sections, start=1):
            out += [self.heading(f"§ {n}. {esc(sec.title)}", 0)] + self.text_blocks(sec.text)
        history = [x for x in d.versions if v is None or x.number <= v.number]
        if history:
            rows: list[list] = [[pt(h, s.head_cell) for h in ("Wersja", "Przyjęta", "Uchwała nr", "Przyjął",
                                                              "Zmiany")]]
            rows += [[pt(x.number, s.cell), pt(pl_date(x.adopted_on), s.cell), pt(x.resolution_no, s.cell),
                      pt(x.adopted_by, s.cell), pt(x.changes or "—", s.cell)] for x in history]
            out += [CondPageBreak(40 * mm), self.heading("Historia wersji", 0),
                    grid_table(rows, [16 * mm, 22 * mm, 26 * mm, 50 * mm, self.frame_width - 114 * mm])]
        out += [Spacer(1, 12 * mm), KeepTogether([self.signatures("miejscowość i data",
                                                                  "podpis dyrektora szkoły")])]
        return out


def render_regulation_pdf(doc: RegulationDocument, version: Version | None = None,
                          generated_at: dt.datetime | None = None, app_version: str = "") -> bytes:
    """The regulation as adopted in ``version``; None prints the current text as a draft."""
    return RegulationPdfRenderer(doc, version, generated_at, app_version).render()


class RegulationFamilyPdfRenderer(_DocumentRenderer):
    subject = "„Bezpieczna szkoła” — informacja dla rodzin"

    def __init__(self, doc: RegulationDocument, langs: Sequence[str], generated_at: dt.datetime | None = None):
        super().__init__()
        missing = [lang for lang in langs if lang not in doc.family]
        if missing:
            raise KeyError(f"brak wersji dla rodzin w językach: {', '.join(missing)}")
        self.doc, self.langs = doc, tuple(langs)
        self.generated_at = generated_at or dt.datetime.now()
        self.title = f"Bezpieczna szkoła — {doc.data.school_name}"
        self.author = doc.data.school_name

    def header_text(self) -> tuple[str, str]:
        last = self.doc.current_version
        return self.doc.data.school_name, (f"wersja {last.number} z {last.adopted_on:%d.%m.%Y}" if last else "projekt")

    def footer_text(self) -> str:
        return f"{self.doc.title} · {pl_datetime(self.generated_at)}"

    def story(self) -> list:
        s = self.styles
        out: list = []
        for i, lang in enumerate(self.langs):
            f = self.doc.family[lang]
            if i:
                out.append(PageBreak())
            out += [self.heading(esc(f.title), 0), pt(f.intro, self.lead)]
            for heading, text in f.sections:
                out.append(KeepTogether([pt(heading, s.h3), *self.text_blocks(text, style=self.lead)]))
            out += [Spacer(1, 3 * mm), pt(f.outro, s.small)]
        return out


def render_regulation_family_pdf(doc: RegulationDocument, langs: Sequence[str],
                                 generated_at: dt.datetime | None = None) -> bytes:
    """The short version for families, one language after another, each starting on a new page."""
    return RegulationFamilyPdfRenderer(doc, langs, generated_at).render()


__all__ = ["render_week_pdf", "render_regulation_pdf", "render_regulation_family_pdf", "WeekPdfRenderer",
           "RegulationPdfRenderer", "RegulationFamilyPdfRenderer"]
