"""The plan document a director signs and sends: cover, contents, school profile, diagnosis results, the
plan with its Gantt chart, responsibilities, costs, accepted findings and implementation status.

``render_pdf(doc)`` returns the PDF as bytes. ``PlanPdfRenderer`` has one method per chapter, so a variant
(a shorter summary, another cover) overrides a step instead of copying the whole renderer.
"""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer, Table

from exporters.document import PlanDocument
from exporters.labels import (
    KIND_LABELS,
    MONTHS_SHORT,
    PRIORITY_KIND_LABELS,
    SEVERITY_LABELS,
    area_number,
    area_title,
    category_label,
    month_range,
    number,
    percent,
    pl_date,
    pl_datetime,
    pln,
    role_label,
    source_label,
    status_label,
)
from exporters.pdf_base import ReportlabRenderer
from exporters.pdf_charts import area_scores_chart, stacked_costs_chart
from exporters.pdf_style import (
    ACCENT,
    ACCENT_LIGHT,
    MUTED,
    RULE,
    STATUS_COLOURS,
    esc,
    grid_table,
    p,
    pt,
    table_style,
)
from plans.calendar import iter_months, month_index, parse_school_year
from plans.catalogue import COST_CATEGORIES, FUNDING_SOURCES
from plans.costs import cost_summary, plan_total, totals_by_year
from plans.model import Action
from plans.staffing import staff_load
from plans.tracking import tracking_summary


class PlanPdfRenderer(ReportlabRenderer):
    subject = "Plan działań szkoły — Szkoła włączająca krok po kroku"

    def __init__(self, doc: PlanDocument):
        super().__init__()
        self.doc = doc
        self.title = f"Plan działań — {doc.school.name}"
        self.author = doc.school.name
        self.numbers = {a.id: n for n, a in doc.numbered_actions()}
        self.priority_titles = {pr.id: pr.title for pr in (doc.diagnosis.priorities if doc.diagnosis else ())}
        self._chapter = 0

    # -- page furniture ------------------------------------------------------------------------------------
    def header_text(self) -> tuple[str, str]:
        return f"{self.doc.school.name} · plan działań {self.doc.period}", self.doc.version_label

    def footer_text(self) -> str:
        return (f"Wygenerowano {pl_datetime(self.doc.generated_at)} · EDUlab {self.doc.app_version} · "
                f"RSPO {self.doc.school.rspo}")

    def chapter(self, title: str):
        self._chapter += 1
        return self.heading(f"{self._chapter}. {esc(title)}", 0)

    def section(self, title: str):
        return self.heading(esc(title), 1)

    # -- the story -----------------------------------------------------------------------------------------
    def story(self) -> list:
        self._chapter = 0
        out = self.cover() + self.contents() + self.profile() + self.diagnosis_results()
        if self.doc.plan is not None:
            out += self.actions() + self.schedule() + self.responsibilities() + self.costs()
            out += self.findings()
            if self._has_tracking():
                out += self.implementation()
        else:
            out += [self.chapter("Plan działań"), pt("Szkoła nie ma jeszcze planu działań.", self.styles.body)]
        return out

    def cover(self) -> list:
        s, d = self.styles, self.doc
        school = d.school
        rows = [("Szkoła", school.name), ("Numer RSPO", school.rspo), ("Adres", school.address),
                ("Organ prowadzący", school.governing_body), ("Okres planu", d.period),
                ("Data wygenerowania", pl_datetime(d.generated_at)), ("Wersja dokumentu", d.version_label),
                ("Program", f"EDUlab {d.app_version}")]
        table = Table([[pt(k, s.small), pt(v, s.body)] for k, v in rows if v], colWidths=[45 * mm, None],
                      hAlign="LEFT")
        table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
        sign = Table([[pt("Zatwierdzam:", s.body), ""],
                      [pt("miejscowość i data", s.tiny), pt("podpis i pieczęć dyrektora szkoły", s.tiny)]],
                     colWidths=[self.frame_width / 2, self.frame_width / 2], rowHeights=[22 * mm, None])
        sign.setStyle(table_style([("LINEBELOW", (0, 0), (-1, 0), 0.5, MUTED), ("VALIGN", (0, 0), (-1, 0), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 12 * mm)]))
        return [Spacer(1, 30 * mm), pt("Szkoła włączająca krok po kroku", s.subtitle),
                pt("Plan działań szkoły", s.title),
                pt("dla uczniów z doświadczeniem migracji — diagnoza, harmonogram, kadra i koszty", s.subtitle),
                Spacer(1, 14 * mm), table, Spacer(1, 50 * mm), sign, PageBreak()]

    def contents(self) -> list:
        return [pt("Spis treści", self.styles.h1), self.table_of_contents(), PageBreak()]

    def profile(self) -> list:
        s, school = self.styles, self.doc.school
        share = percent(school.pupils_migrant, school.pupils_total) if school.pupils_total and \
            school.pupils_migrant is not None else "—"
        rows = [("Nazwa", school.name), ("Numer RSPO", school.rspo), ("Typ szkoły", school.school_type),
                ("Adres", school.address), ("Gmina", school.municipality), ("Powiat", school.county),
                ("Województwo", school.voivodeship), ("Organ prowadzący", school.governing_body),
                ("Rok szkolny", school.school_year),
                ("Liczba uczniów", number(school.pupils_total) if school.pupils_total is not None else "—"),
                ("Uczniowie z doświadczeniem migracji",
                 f"{number(school.pupils_migrant)} ({share} uczniów)" if school.pupils_migrant is not None else "—"),
                ("Kadra ujęta w planie", f"{len(self.doc.staff)} osób")]
        table = grid_table([[pt("Dane szkoły", s.head_cell), ""]] + [[pt(k, s.cell_bold), pt(v or "—", s.cell)]
                                                                    for k, v in rows],
                           [60 * mm, self.frame_width - 60 * mm], extra=[("SPAN", (0, 0), (1, 0))])
        return [self.chapter("Profil szkoły"), table, Spacer(1, 3 * mm),
                pt("Dane o uczniach są zbiorcze (liczby); dokument nie zawiera danych osobowych uczniów.", s.small)]

    # -- diagnosis ------------------------------------------------------------------------------------------
    def diagnosis_results(self) -> list:
        s, d = self.styles, self.doc
        out: list = [PageBreak(), self.chapter("Wyniki diagnozy potrzeb i zasobów")]
        if d.diagnosis is None:
            return out + [pt("Diagnoza nie została jeszcze zakończona.", s.body)]
        r, prev = d.diagnosis, d.previous
        out += [pt(f"Kwestionariusz {r.form_id}, wersja {r.form_version}. Wyniki w skali 0–100: zasoby — jak dobrze "
                   "szkoła jest przygotowana, potrzeby — jak pilne są potrzeby; luka = potrzeby − zasoby.", s.body),
                area_scores_chart(r, prev, self.frame_width, s.regular)]
        head = ["Nr", "Obszar", "Zasoby", "Potrzeby", "Luka"] + (["Zasoby wcześniej", "Zmiana"] if prev else []) + \
            ["Odp. / nie wiem / brak"]
        rows: list[list] = [[pt(h, s.head_cell) for h in head]]
        for a in sorted(r.areas, key=lambda a: area_number(a.area_id)):
            row = [pt(area_number(a.area_id), s.cell), pt(area_title(a.area_id), s.cell),
                   pt(number(a.resources, 1), s.cell_right), pt(number(a.needs, 1), s.cell_right),
                   pt(number(a.gap, 1), s.cell_right)]
            if prev:
                before = prev.area(a.area_id)
                old = before.resources if before else None
                change = None if old is None or a.resources is None else round(a.resources - old, 1)
                row += [pt(number(old, 1), s.cell_right),
                        pt("—" if change is None else f"{'+' if change > 0 else ''}{number(change, 1)}", s.cell_right)]
            row.append(pt(f"{a.answered} / {a.unknown} / {a.unanswered}", s.cell_right))
            rows.append(row)
        widths = [9 * mm, None, 15 * mm, 17 * mm, 13 * mm] + ([18 * mm, 15 * mm] if prev else []) + [24 * mm]
        fixed = sum(w for w in widths if w)
        widths = [w or self.frame_width - fixed for w in widths]
        out += [Spacer(1, 2 * mm), grid_table(rows, widths)]

        out.append(self.section("Mocne strony"))
        if r.strengths:
            out += [pt(f"{i}. {area_title(a)}", s.body) for i, a in enumerate(r.strengths, 1)]
        else:
            out.append(pt("Diagnoza nie wskazała obszarów szczególnie mocnych.", s.body))

        out.append(self.section("Priorytety i ich uzasadnienie"))
        if r.priorities:
            rows = [[pt(h, s.head_cell) for h in ("Nr", "Priorytet", "Rodzaj", "Uzasadnienie i odpowiedzi")]]
            for pr in sorted(r.priorities, key=lambda x: (x.rank, x.id)):
                reason = esc(pr.reason) + "".join(
                    f"<br/><font size=7 color='#616e7c'>• {esc(e.label)} — <b>{esc(e.answer_text)}</b></font>"
                    for e in pr.evidence)
                rows.append([pt(pr.rank, s.cell), p(f"<b>{esc(pr.title)}</b><br/><font size=7 color='#616e7c'>"
                                                    f"{esc(area_title(pr.area_id))}</font>", s.cell),
                             pt(PRIORITY_KIND_LABELS.get(pr.kind, pr.kind), s.cell), p(reason, s.cell)])
            out.append(grid_table(rows, [9 * mm, 55 * mm, 24 * mm, self.frame_width - 88 * mm]))
        else:
            out.append(pt("Diagnoza nie wskazała priorytetów.", s.body))
        if r.notes:
            out += [self.section("Uwagi do diagnozy")] + [pt(f"• {n}", s.body) for n in r.notes]
        return out

    # -- the plan -------------------------------------------------------------------------------------------
    def _responsible(self, a: Action) -> str:
        member = self.doc.staff_member(a.responsible_id)
        if member is not None:
            return f"{esc(member.name)}<br/><font size=7 color='#616e7c'>{esc(role_label(member.role))}</font>"
        return esc(a.responsible_id) if a.responsible_id else "<font color='#b8465b'>nie wyznaczono</font>"

    def actions(self) -> list:
        s, plan = self.styles, self.doc.plan
        assert plan is not None
        live = [a for a in plan.actions if a.status != "dropped"]
        out: list = [PageBreak(), self.chapter("Plan działań"),
                     pt(f"Plan obejmuje lata szkolne {self.doc.period}: {len(live)} działań i szkoleń o łącznym "
                        f"koszcie planowanym {pln(plan_total(plan))}.", s.body)]
        by_year = defaultdict(list)
        for n, a in self.doc.numbered_actions():
            by_year[a.school_year].append((n, a))
        year_totals = totals_by_year(plan)
        widths = [9 * mm, 77 * mm, 24 * mm, 36 * mm]
        widths.append(self.frame_width - sum(widths))
        for sy in sorted(set(plan.school_years) | set(by_year)):
            rows: list[list] = [[pt(h, s.head_cell) for h in ("Nr", "Działanie i wskaźniki sukcesu", "Termin",
                                                              "Odpowiada", "Koszt")]]
            for n, a in by_year.get(sy, []):
                text = f"<b>{esc(a.title)}</b>"
                if a.kind == "training":
                    text += f" <font size=7 color='#616e7c'>({KIND_LABELS['training']})</font>"
                covers = [self.priority_titles.get(pid, pid) for pid in a.priority_ids]
                if covers:
                    text += f"<br/><font size=7 color='#616e7c'>Priorytety: {esc('; '.join(covers))}</font>"
                for ind in a.indicators:
                    text += (f"<br/><font size=7>• {esc(ind.text)} — cel: {esc(ind.target)}; "
                             f"monitoring: {esc(ind.monitoring)}</font>")
                cost = pln(a.planned_cost)
                if a.status == "dropped":
                    cost = f"<font color='#9aa5b1'><strike>{cost}</strike><br/>zaniechane</font>"
                rows.append([pt(n, s.cell), p(text, s.cell), pt(month_range(a.start, a.end), s.cell),
                             p(self._responsible(a), s.cell), p(cost, s.cell_right)])
            rows.append(["", pt(f"Razem w roku szkolnym {sy}", s.cell_bold), "", "",
                         pt(pln(year_totals.get(sy, 0.0)), s.cell_bold_right)])
            table = grid_table(rows, widths, extra=[("SPAN", (1, -1), (3, -1)),
                                                     ("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT),
                                                     ("ALIGN", (4, -1), (4, -1), "RIGHT")])
            out += [CondPageBreak(40 * mm), self.section(f"Rok szkolny {sy}"), table]
        return out

    def schedule(self) -> list:
        s, plan = self.styles, self.doc.plan
        assert plan is not None
        out: list = [PageBreak(), self.chapter("Harmonogram (wykres Gantta)"),
                     pt("Każdy wiersz to działanie (numer jak w planie), każda kolumna to miesiąc; kolor mówi o stanie "
                        "realizacji. Działania przygotowawcze mogą zaczynać się przed wrześniem.", s.body),
                     self._status_legend()]
        groups = defaultdict(list)
        for n, a in self.doc.numbered_actions():
            groups[a.school_year].append((n, a))
        for sy in sorted(groups):
            first = parse_school_year(sy)
            start = min([(first, 9)] + [a.start for _, a in groups[sy]], key=month_index)
            end = max([(first + 1, 8)] + [a.end for _, a in groups[sy]], key=month_index)
            months = list(iter_months(start, end))
            if len(months) > 24:  # keep the chart readable: at most two years of columns
                months = months[:24]
            out += [CondPageBreak(60 * mm), self.section(f"Rok szkolny {sy}"), self._gantt(groups[sy], months)]
        return out

    def _status_legend(self) -> Table:
        s = self.styles
        cells = []
        for status in ("planned", "in_progress", "done", "dropped"):
            cells += ["", pt(status_label(status), s.cell)]
        table = Table([cells], colWidths=[5 * mm, 28 * mm] * 4, hAlign="LEFT")
        table.setStyle(table_style([("BACKGROUND", (2 * i, 0), (2 * i, 0), STATUS_COLOURS[st])
                                   for i, st in enumerate(("planned", "in_progress", "done", "dropped"))]
                                  + [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return table

    def _gantt(self, rows_in: list[tuple[int, Action]], months: list[tuple[int, int]]) -> Table:
        s = self.styles
        label_width = 62 * mm
        month_width = (self.frame_width - label_width) / len(months)
        years_row: list = [pt("Działanie", s.head_cell)]
        months_row: list = [""]
        spans, start_col = [], 1
        for i, ym in enumerate(months, start=1):
            years_row.append(pt(ym[0], s.head_cell) if i == start_col else "")
            months_row.append(pt(MONTHS_SHORT[ym[1] - 1], s.cell_center))
            if i == len(months) or months[i][0] != ym[0]:
                spans.append(("SPAN", (start_col, 0), (i, 0)))
                start_col = i + 1
        rows = [years_row, months_row]
        commands = [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("SPAN", (0, 0), (0, 1)),
                    ("BACKGROUND", (1, 1), (-1, 1), ACCENT_LIGHT), ("BACKGROUND", (0, 1), (0, 1), ACCENT), ("ALIGN", (1, 0), (-1, 1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#e4e7eb")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)] + spans
        index = {ym: c for c, ym in enumerate(months, start=1)}
        for r, (n, a) in enumerate(rows_in, start=2):
            rows.append([p(f"{n}. {esc(a.title)}", s.tiny)] + [""] * len(months))
            colour = STATUS_COLOURS.get(a.status, STATUS_COLOURS["planned"])
            active = [index[ym] for ym in iter_months(a.start, a.end) if ym in index]
            if active:
                commands.append(("BACKGROUND", (active[0], r), (active[-1], r), colour))
        for c, ym in enumerate(months, start=1):  # a rule before each September: the school year starts
            if ym[1] == 9:
                commands.append(("LINEBEFORE", (c, 0), (c, -1), 0.8, ACCENT))
            elif ym[1] == 1:
                commands.append(("LINEBEFORE", (c, 0), (c, -1), 0.4, RULE))
        table = Table(rows, colWidths=[label_width] + [month_width] * len(months), repeatRows=2, hAlign="LEFT")
        table.setStyle(table_style(commands))
        return table

    def responsibilities(self) -> list:
        s, plan = self.styles, self.doc.plan
        assert plan is not None
        responsible, involved = defaultdict(list), defaultdict(set)
        for n, a in self.doc.numbered_actions():
            if a.status == "dropped":
                continue
            if a.responsible_id:
                responsible[a.responsible_id].append(n)
            for asg in a.assignments:
                involved[asg.staff_id].add(n)
        loads = staff_load(plan)
        rows: list[list] = [[pt(h, s.head_cell) for h in ("Osoba", "Odpowiada za działania (nr)",
                                                          "Prowadzi / uczestniczy (nr)", "Najwięcej godz. tyg.")]]
        known = [m.id for m in self.doc.staff]
        others = sorted((set(responsible) | set(involved)) - set(known))
        for sid in known + others:
            if sid not in responsible and sid not in involved:
                continue
            member = self.doc.staff_member(sid)
            who = (f"<b>{esc(member.name)}</b><br/><font size=7 color='#616e7c'>{esc(role_label(member.role))}</font>"
                   if member else f"{esc(sid)} <font size=7 color='#b8465b'>(spoza kadry)</font>")
            peak = max(loads.get(sid, {}).values(), default=0.0)
            rows.append([p(who, s.cell), pt(", ".join(map(str, responsible.get(sid, []))) or "—", s.cell),
                         pt(", ".join(map(str, sorted(involved.get(sid, set())))) or "—", s.cell),
                         pt(number(peak, 1) if peak else "—", s.cell_right)])
        idle = [m for m in self.doc.staff if m.id not in responsible and m.id not in involved]
        out: list = [PageBreak(), self.chapter("Odpowiedzialność i zaangażowanie kadry"),
                     pt("Numery działań jak w rozdziale „Plan działań”. Godziny tygodniowo: najwyższe miesięczne "
                        "obciążenie dodatkowymi godzinami z działań planu.", s.body),
                     grid_table(rows, [58 * mm, 50 * mm, 42 * mm, self.frame_width - 150 * mm])]
        if idle:
            out += [Spacer(1, 2 * mm), pt("Pozostałe osoby z kadry (bez zadań w planie): " + ", ".join(
                f"{m.name} ({role_label(m.role)})" for m in idle) + ".", s.small)]
        return out

    def costs(self) -> list:
        s, plan = self.styles, self.doc.plan
        assert plan is not None
        summary = cost_summary(plan)
        years = list(plan.school_years)
        years += sorted({sy for sy, _, _ in summary} - set(years))
        by_cat, by_src = defaultdict(float), defaultdict(float)
        for (sy, cat, src), v in summary.items():
            by_cat[(sy, cat)] += v
            by_src[(sy, src)] += v
        year_totals = totals_by_year(plan)
        cats = [c for c in COST_CATEGORIES if any(by_cat.get((y, c)) for y in years)]
        cats += sorted({c for _, c, _ in summary} - set(COST_CATEGORIES))
        srcs = [x for x in FUNDING_SOURCES if any(by_src.get((y, x)) for y in years)]
        srcs += sorted({x for _, _, x in summary} - set(FUNDING_SOURCES))
        out: list = [PageBreak(), self.chapter("Koszty"),
                     p(f"Łączny koszt planowany: <b>{esc(pln(plan_total(plan)))}</b> (bez działań zaniechanych).",
                       s.body),
                     stacked_costs_chart(years, [(c, category_label(c)) for c in cats], dict(by_cat),
                                         self.frame_width, s.regular)]
        out += [self.section("Według kategorii i roku szkolnego"),
                self._pivot("Kategoria", [(c, category_label(c)) for c in cats], years, by_cat, year_totals)]
        out += [self.section("Według źródła finansowania i roku szkolnego"),
                self._pivot("Źródło finansowania", [(x, source_label(x)) for x in srcs], years, by_src, year_totals)]
        return out

    def _pivot(self, first: str, keys: list[tuple[str, str]], years: list[str], values: dict, year_totals: dict):
        s = self.styles
        rows: list[list] = [[pt(first, s.head_cell)] + [pt(y, s.head_cell) for y in years] + [pt("Razem", s.head_cell)]]
        for key, label in keys:
            vals = [values.get((y, key), 0.0) for y in years]
            rows.append([pt(label, s.cell)] + [pt(pln(v) if v else "—", s.cell_right) for v in vals]
                        + [pt(pln(round(sum(vals), 2)), s.cell_bold_right)])
        totals = [year_totals.get(y, 0.0) for y in years]
        rows.append([pt("Razem", s.cell_bold)] + [pt(pln(v), s.cell_bold_right) for v in totals]
                    + [pt(pln(round(sum(totals), 2)), s.cell_bold_right)])
        first_w = 48 * mm
        other = (self.frame_width - first_w) / (len(years) + 1)
        return grid_table(rows, [first_w] + [other] * (len(years) + 1),
                          extra=[("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT),
                                 ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)])

    def findings(self) -> list:
        s, d = self.styles, self.doc
        out: list = [CondPageBreak(60 * mm), self.chapter("Uwagi z kontroli planu"),
                     pt("Program sprawdza plan z przepisami (z datami obowiązywania), z budżetem, obciążeniem kadry "
                        "i pokryciem priorytetów. Szkoła może zaakceptować uwagę, która w jej sytuacji jest "
                        "uzasadniona.", s.body),
                     self.section("Uwagi zaakceptowane przez szkołę")]
        out.append(self._findings_table(d.accepted_findings) if d.accepted_findings
                   else pt("Szkoła nie zaakceptowała żadnej uwagi.", s.body))
        open_ = [f for f in d.open_findings if f.severity in ("error", "warning")]
        infos = sum(1 for f in d.open_findings if f.severity == "info")
        out.append(self.section("Uwagi otwarte"))
        out.append(self._findings_table(open_) if open_
                   else pt("Brak otwartych błędów i ostrzeżeń.", s.body))
        if infos:
            out.append(pt(f"Ponadto {infos} informacji do sprawdzenia (np. reguły oparte na źródłach "
                          "niezweryfikowanych) — pełna lista w programie.", s.small))
        return out

    def _findings_table(self, findings) -> Table:
        s = self.styles
        rows: list[list] = [[pt(h, s.head_cell) for h in ("Rodzaj", "Uwaga", "Działanie")]]
        for f in findings:
            rows.append([pt(SEVERITY_LABELS.get(f.severity, f.severity), s.cell), pt(f.message, s.cell),
                         pt(self.numbers.get(f.action_id, "cały plan") if f.action_id else "cały plan", s.cell)])
        return grid_table(rows, [24 * mm, self.frame_width - 46 * mm, 22 * mm])

    def _has_tracking(self) -> bool:
        plan = self.doc.plan
        return plan is not None and any(a.status != "planned" or a.actual_costs for a in plan.actions)

    def implementation(self) -> list:
        s, plan = self.styles, self.doc.plan
        assert plan is not None
        summary = tracking_summary(plan)
        counts = summary["status_counts"]
        out: list = [CondPageBreak(70 * mm), self.chapter("Stan realizacji"),
                     pt("Działania według stanu: " + ", ".join(f"{status_label(k)} — {v}" for k, v in counts.items())
                        + ".", s.body)]
        rows: list[list] = [[pt(h, s.head_cell) for h in ("Rok szkolny", "Koszt planowany", "Koszt poniesiony",
                                                          "Wykonanie")]]
        for sy, vals in summary["years"].items():
            rows.append([pt(sy, s.cell), pt(pln(vals["planned"]), s.cell_right), pt(pln(vals["actual"]), s.cell_right),
                         pt(percent(vals["actual"], vals["planned"]), s.cell_right)])
        out += [grid_table(rows, [40 * mm, 40 * mm, 40 * mm, 30 * mm]), Spacer(1, 3 * mm)]
        if summary["done_per_term"]:
            out.append(pt("Zrealizowane działania w okresach: " + ", ".join(
                f"{t} — {n}" for t, n in summary["done_per_term"].items()) + ".", s.body))
        rows = [[pt(h, s.head_cell) for h in ("Nr", "Działanie", "Stan", "Rozpoczęte", "Zakończone", "Poniesiono")]]
        for n, a in self.doc.numbered_actions():
            if a.status == "planned" and not a.actual_costs:
                continue
            rows.append([pt(n, s.cell), pt(a.title, s.cell), pt(status_label(a.status), s.cell),
                         pt(pl_date(a.actual_start), s.cell), pt(pl_date(a.actual_end), s.cell),
                         pt(pln(a.actual_cost), s.cell_right)])
        out += [self.section("Działania rozpoczęte, zakończone lub zaniechane"),
                grid_table(rows, [9 * mm, self.frame_width - 111 * mm, 24 * mm, 24 * mm, 24 * mm, 30 * mm])]
        return out


def render_pdf(doc: PlanDocument) -> bytes:
    """The plan document as PDF bytes."""
    return PlanPdfRenderer(doc).render()


__all__ = ["PlanPdfRenderer", "render_pdf"]
