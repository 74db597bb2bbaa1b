"""The plan as a workbook: summary, actions, schedule (months as columns), staff, costs, cost summary,
diagnosis, priorities and findings.

Numbers are numbers (PLN in a currency format), dates are dates, headers are frozen and filtered. Totals are
formulas (SUM/SUMIFS over the cost lines), so a person who edits a cost sees the totals follow; their values
equal ``plans.costs`` (tests recalculate the workbook with LibreOffice). Typed text never becomes a formula
(``exporters.safe_cells``). ``render_xlsx(doc)`` returns bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exporters.document import PlanDocument
from exporters.labels import (
    KIND_LABELS,
    PRIORITY_KIND_LABELS,
    SEVERITY_LABELS,
    area_number,
    area_title,
    category_label,
    role_label,
    source_label,
    status_label,
)
from exporters.safe_cells import (
    INTEGER_FORMAT,
    MONTH_FORMAT,
    NUMBER_FORMAT,
    PLN_FORMAT,
    Formula,
    set_value,
)
from exporters.xlsx_sheets import BOLD, Col, col_range, style_total_row, write_table
from plans.calendar import iter_months, month_index, months_between
from plans.catalogue import COST_CATEGORIES, FUNDING_SOURCES
from plans.model import Plan
from plans.staffing import staff_load

SHEETS = ("Podsumowanie", "Działania", "Harmonogram", "Kadra", "Koszty", "Koszty wg lat", "Diagnoza",
          "Priorytety", "Uwagi")
PLANNED, ACTUAL = "planowany", "poniesiony"
STATUS_FILLS = {"planned": "5B8BD0", "in_progress": "E09B2D", "done": "3F9A5A", "dropped": "B9BEC4"}
TITLE_FONT = Font(bold=True, size=14, color="1D4E89")


def _month_date(ym: tuple[int, int]) -> dt.date:
    return dt.date(ym[0], ym[1], 1)


class PlanWorkbook:
    """One method per sheet; ``render()`` returns the workbook bytes."""

    def __init__(self, doc: PlanDocument):
        self.doc = doc
        self.numbered = doc.numbered_actions()
        self.numbers = {a.id: n for n, a in self.numbered}
        self.cost_rows: tuple[int, int] = (2, 1)  # first and last data row on "Koszty"
        self.wb = Workbook()

    def render(self) -> bytes:
        wb = self.wb
        wb.remove(wb.active)
        sheets = {name: wb.create_sheet(name) for name in SHEETS}
        # costs first: the summary and the cost summary refer to its rows
        self.costs(sheets["Koszty"])
        self.summary(sheets["Podsumowanie"])
        self.actions(sheets["Działania"])
        self.schedule(sheets["Harmonogram"])
        self.staff(sheets["Kadra"])
        self.cost_summary(sheets["Koszty wg lat"])
        self.diagnosis(sheets["Diagnoza"])
        self.priorities(sheets["Priorytety"])
        self.findings(sheets["Uwagi"])
        wb.active = 0
        props = wb.properties
        props.creator = f"EDUlab {self.doc.app_version}"
        props.title = f"Plan działań — {self.doc.school.name}"[:250]
        props.created = self.doc.generated_at.replace(tzinfo=None)
        buffer = io.BytesIO()
        wb.save(buffer)
        return buffer.getvalue()

    @property
    def plan(self) -> Plan | None:
        return self.doc.plan

    @property
    def years(self) -> list[str]:
        if self.plan is None:
            return []
        years = list(self.plan.school_years)
        extra = {c.school_year for a in self.plan.actions for c in a.cost_lines + a.actual_costs}
        return years + sorted(extra - set(years))

    def _sumifs(self, conditions: list[tuple[int, str]]) -> Formula:
        """SUMIFS over the amounts on "Koszty" with (column, criterion cell or text) pairs."""
        first, last = self.cost_rows
        if last < first:
            return Formula("=0")
        parts = [col_range(8, first, last, "Koszty")]
        for col, criterion in conditions:
            parts += [col_range(col, first, last, "Koszty"), criterion]
        return Formula(f"=SUMIFS({','.join(parts)})")

    # -- sheets ------------------------------------------------------------------------------------------
    def summary(self, ws: Worksheet) -> None:
        d, school = self.doc, self.doc.school
        ws["A1"] = "Plan działań szkoły — Szkoła włączająca krok po kroku"
        ws["A1"].font = TITLE_FONT
        rows = [("Szkoła", school.name), ("Numer RSPO", school.rspo), ("Typ szkoły", school.school_type),
                ("Adres", school.address), ("Gmina", school.municipality), ("Powiat", school.county),
                ("Województwo", school.voivodeship), ("Organ prowadzący", school.governing_body),
                ("Rok szkolny", school.school_year), ("Liczba uczniów", school.pupils_total),
                ("Uczniowie z doświadczeniem migracji", school.pupils_migrant), ("Okres planu", d.period),
                ("Wersja dokumentu", d.version_label), ("Wygenerowano", d.generated_at),
                ("Program", f"EDUlab {d.app_version}")]
        r = 3
        for r, (key, value) in enumerate(rows, start=3):
            set_value(ws.cell(r, 1), key).font = BOLD
            set_value(ws.cell(r, 2), value, INTEGER_FORMAT if isinstance(value, int) else None)
        ws.column_dimensions["A"].width = 36
        ws.column_dimensions["B"].width = max(24, min(60, max(len(str(v or "")) for _, v in rows) + 2))
        if self.plan is None:
            set_value(ws.cell(r + 2, 1), "Szkoła nie ma jeszcze planu działań.")
            return
        top = r + 2
        set_value(ws.cell(top, 1), "Koszty według lat szkolnych").font = BOLD
        header = top + 1
        cols = [Col("Rok szkolny"), Col("Koszt planowany", PLN_FORMAT), Col("Koszt poniesiony", PLN_FORMAT),
                Col("Liczba działań", INTEGER_FORMAT)]
        first_action, last_action = 2, 1 + len(self.numbered)
        body = []
        for i, sy in enumerate(self.years):
            row = header + 1 + i
            count = Formula(f"=COUNTIFS({col_range(3, first_action, last_action, 'Działania')},A{row},"
                            f"{col_range(12, first_action, last_action, 'Działania')},\"<>zaniechane\")") \
                if self.numbered else 0
            body.append([sy, self._sumifs([(1, f"A{row}"), (9, f'"{PLANNED}"')]),
                         self._sumifs([(1, f"A{row}"), (9, f'"{ACTUAL}"')]), count])
        last = write_table(ws, cols, body, first_row=header, autofilter=False)
        total = last + 1
        set_value(ws.cell(total, 1), "Razem")
        for c in (2, 3, 4):
            set_value(ws.cell(total, c), Formula(f"=SUM({col_range(c, header + 1, last, absolute=False)})"),
                      cols[c - 1].number_format)
        style_total_row(ws, total, 1, 4)
        ws.column_dimensions["A"].width = 36
        ws.column_dimensions["B"].width = max(24, min(60, max(len(str(v or "")) for _, v in rows) + 2))
        ws.freeze_panes = None

    def actions(self, ws: Worksheet) -> None:
        cols = [Col("Nr", INTEGER_FORMAT, 5), Col("Identyfikator"), Col("Rok szkolny", width=11),
                Col("Rodzaj", width=10), Col("Działanie", width=45, wrap=True), Col("Opis", width=50, wrap=True),
                Col("Początek", MONTH_FORMAT, 10), Col("Koniec", MONTH_FORMAT, 10), Col("Miesięcy", INTEGER_FORMAT, 9),
                Col("Odpowiada"), Col("Rola odpowiedzialnego"), Col("Stan", width=13),
                Col("Koszt planowany", PLN_FORMAT, 16), Col("Koszt poniesiony", PLN_FORMAT, 16),
                Col("Priorytety", width=40, wrap=True), Col("Wskaźniki sukcesu", width=60, wrap=True),
                Col("Rozpoczęto"), Col("Zakończono")]
        titles = {p.id: p.title for p in (self.doc.diagnosis.priorities if self.doc.diagnosis else ())}
        rows = []
        for n, a in self.numbered:
            member = self.doc.staff_member(a.responsible_id)
            rows.append([n, a.id, a.school_year, KIND_LABELS.get(a.kind, a.kind), a.title, a.description,
                         _month_date(a.start), _month_date(a.end), months_between(a.start, a.end),
                         member.name if member else (a.responsible_id or ""),
                         role_label(member.role) if member else "", status_label(a.status), a.planned_cost,
                         a.actual_cost, "\n".join(titles.get(pid, pid) for pid in a.priority_ids),
                         "\n".join(f"{i.text} — cel: {i.target}; monitoring: {i.monitoring}" for i in a.indicators),
                         a.actual_start, a.actual_end])
        last = write_table(ws, cols, rows, freeze_cols=5)
        if rows:
            total = last + 2
            set_value(ws.cell(total, 5), "Razem (bez działań zaniechanych)")
            set_value(ws.cell(total, 13), Formula(f"=SUMIFS({col_range(13, 2, last, absolute=False)},"
                                                  f"{col_range(12, 2, last, absolute=False)},\"<>zaniechane\")"),
                      PLN_FORMAT)
            set_value(ws.cell(total, 14), Formula(f"=SUM({col_range(14, 2, last, absolute=False)})"), PLN_FORMAT)
            style_total_row(ws, total, 1, len(cols))

    def _months(self) -> list[tuple[int, int]]:
        if self.plan is None or not self.plan.actions:
            return []
        start = min([self.plan.horizon_start] + [a.start for a in self.plan.actions], key=month_index)
        end = max([self.plan.horizon_end] + [a.end for a in self.plan.actions], key=month_index)
        return list(iter_months(start, end))

    def schedule(self, ws: Worksheet) -> None:
        months = self._months()
        fixed = [Col("Nr", INTEGER_FORMAT, 5), Col("Działanie", width=45), Col("Odpowiada", width=22),
                 Col("Stan", width=13)]
        cols = fixed + [Col(f"{ym[1]:02d}.{ym[0]}", INTEGER_FORMAT, 8) for ym in months]
        rows = []
        for n, a in self.numbered:
            member = self.doc.staff_member(a.responsible_id)
            active = set(iter_months(a.start, a.end))
            rows.append([n, a.title, member.name if member else (a.responsible_id or ""), status_label(a.status)]
                        + [1 if ym in active else None for ym in months])
        last = write_table(ws, cols, rows, freeze_cols=2)
        for j, ym in enumerate(months, start=len(fixed) + 1):  # month headers as real dates
            set_value(ws.cell(1, j), _month_date(ym), MONTH_FORMAT)
        for r, (_, a) in enumerate(self.numbered, start=2):
            fill = PatternFill("solid", fgColor=STATUS_FILLS.get(a.status, STATUS_FILLS["planned"]))
            for j, ym in enumerate(months, start=len(fixed) + 1):
                if a.start <= ym <= a.end:
                    ws.cell(r, j).fill = fill
        if rows:
            total = last + 2
            set_value(ws.cell(total, 2), "Działania w miesiącu")
            for j in range(len(fixed) + 1, len(cols) + 1):
                set_value(ws.cell(total, j), Formula(f"=SUM({col_range(j, 2, last, absolute=False)})"), INTEGER_FORMAT)
            style_total_row(ws, total, 1, len(cols))
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

    def staff(self, ws: Worksheet) -> None:
        months = self._months()
        loads = staff_load(self.plan) if self.plan else {}
        responsible, involved = defaultdict(list), defaultdict(set)
        for n, a in self.numbered:
            if a.status == "dropped":
                continue
            if a.responsible_id:
                responsible[a.responsible_id].append(n)
            for asg in a.assignments:
                involved[asg.staff_id].add(n)
        cols = [Col("Osoba", width=26), Col("Rola", width=30), Col("Odpowiada za (liczba)", INTEGER_FORMAT, 12),
                Col("Odpowiada za (nr)", width=24, wrap=True), Col("Prowadzi / uczestniczy (nr)", width=24, wrap=True),
                Col("Najwięcej godz. tyg.", NUMBER_FORMAT, 12)]
        cols += [Col(f"{ym[1]:02d}.{ym[0]}", NUMBER_FORMAT, 8) for ym in months]
        rows = []
        for m in self.doc.staff:
            load = loads.get(m.id, {})
            rows.append([m.name, role_label(m.role), len(responsible.get(m.id, [])),
                         ", ".join(map(str, responsible.get(m.id, []))),
                         ", ".join(map(str, sorted(involved.get(m.id, set())))), max(load.values(), default=0.0)]
                        + [load.get(ym) for ym in months])
        write_table(ws, cols, rows, freeze_cols=1)
        for j, ym in enumerate(months, start=7):
            set_value(ws.cell(1, j), _month_date(ym), MONTH_FORMAT)

    def costs(self, ws: Worksheet) -> None:
        cols = [Col("Rok szkolny", width=11), Col("Nr", INTEGER_FORMAT, 5), Col("Działanie", width=45),
                Col("Kategoria", width=14), Col("Źródło finansowania", width=26), Col("Ilość", NUMBER_FORMAT, 10),
                Col("Cena jednostkowa", PLN_FORMAT, 16), Col("Kwota", PLN_FORMAT, 16), Col("Rodzaj kosztu", width=13),
                Col("Uwagi", width=40)]
        rows = []
        for n, a in self.numbered:
            lines = [] if a.status == "dropped" else [(PLANNED, c) for c in a.cost_lines]
            lines += [(ACTUAL, c) for c in a.actual_costs]
            for kind, c in lines:
                rows.append([c.school_year, n, a.title, category_label(c.category), source_label(c.source),
                             c.quantity, c.unit_price, c.amount_pln, kind, c.note])
        rows.sort(key=lambda r: (r[0], r[8] != PLANNED, r[1]))
        last = write_table(ws, cols, rows, freeze_cols=0)
        self.cost_rows = (2, last)
        if rows:
            total = last + 2
            set_value(ws.cell(total, 3), "Razem koszty planowane")
            set_value(ws.cell(total, 8), Formula(f"=SUMIFS({col_range(8, 2, last, absolute=False)},"
                                                 f"{col_range(9, 2, last, absolute=False)},\"{PLANNED}\")"), PLN_FORMAT)
            style_total_row(ws, total, 1, len(cols))
            set_value(ws.cell(total + 1, 3), "Razem koszty poniesione")
            set_value(ws.cell(total + 1, 8), Formula(f"=SUMIFS({col_range(8, 2, last, absolute=False)},"
                                                     f"{col_range(9, 2, last, absolute=False)},\"{ACTUAL}\")"),
                      PLN_FORMAT)
            style_total_row(ws, total + 1, 1, len(cols))

    def cost_summary(self, ws: Worksheet) -> None:
        """Pivot tables of planned costs (SUMIFS over "Koszty"): category x year, source x year."""
        years = self.years
        if self.plan is None:
            set_value(ws.cell(1, 1), "Szkoła nie ma jeszcze planu działań.")
            return
        used_cats = {c.category for a in self.plan.actions for c in a.cost_lines}
        used_srcs = {c.source for a in self.plan.actions for c in a.cost_lines}
        cats = [c for c in COST_CATEGORIES if c in used_cats] + sorted(used_cats - set(COST_CATEGORIES))
        srcs = [s for s in FUNDING_SOURCES if s in used_srcs] + sorted(used_srcs - set(FUNDING_SOURCES))
        row = 1
        blocks = (("Kategoria", 4, [category_label(c) for c in cats]),
                  ("Źródło finansowania", 5, [source_label(s) for s in srcs]))
        for title, criterion_col, labels in blocks:
            cols = [Col(title, width=30)] + [Col(y, PLN_FORMAT, 16) for y in years] + [Col("Razem", PLN_FORMAT, 16)]
            body = []
            for i, label in enumerate(labels):
                r = row + 1 + i
                body.append([label] + [self._sumifs([(1, f"{get_column_letter(2 + j)}${row}"),
                                                     (criterion_col, f"$A{r}"), (9, f'"{PLANNED}"')])
                                       for j in range(len(years))]
                            + [Formula(f"=SUM(B{r}:{get_column_letter(1 + len(years))}{r})")])
            last = write_table(ws, cols, body, first_row=row, autofilter=False)
            total = last + 1
            set_value(ws.cell(total, 1), "Razem")
            for j in range(2, len(cols) + 1):
                set_value(ws.cell(total, j), Formula(f"=SUM({col_range(j, row + 1, last, absolute=False)})"),
                          PLN_FORMAT)
            style_total_row(ws, total, 1, len(cols))
            row = total + 3
        ws.freeze_panes = "B2"

    def diagnosis(self, ws: Worksheet) -> None:
        r, prev = self.doc.diagnosis, self.doc.previous
        if r is None:
            set_value(ws.cell(1, 1), "Diagnoza nie została jeszcze zakończona.")
            return
        cols = [Col("Nr", INTEGER_FORMAT, 5), Col("Obszar", width=50), Col("Zasoby (0–100)", NUMBER_FORMAT, 12),
                Col("Potrzeby (0–100)", NUMBER_FORMAT, 12), Col("Luka", NUMBER_FORMAT, 9),
                Col("Zasoby w poprzedniej diagnozie", NUMBER_FORMAT, 14), Col("Zmiana zasobów", NUMBER_FORMAT, 12),
                Col("Odpowiedzi", INTEGER_FORMAT, 11), Col("Nie wiem", INTEGER_FORMAT, 10),
                Col("Bez odpowiedzi", INTEGER_FORMAT, 12), Col("Mocna strona", width=12)]
        rows = []
        for a in sorted(r.areas, key=lambda a: area_number(a.area_id)):
            before = prev.area(a.area_id) if prev else None
            old = before.resources if before else None
            change = None if old is None or a.resources is None else round(a.resources - old, 1)
            rows.append([area_number(a.area_id), area_title(a.area_id), a.resources, a.needs, a.gap, old, change,
                         a.answered, a.unknown, a.unanswered, "tak" if a.area_id in r.strengths else ""])
        last = write_table(ws, cols, rows, freeze_cols=2)
        set_value(ws.cell(last + 2, 1), f"Kwestionariusz {r.form_id}, wersja {r.form_version}")
        for i, note in enumerate(r.notes, start=last + 3):
            set_value(ws.cell(i, 1), note)

    def priorities(self, ws: Worksheet) -> None:
        r = self.doc.diagnosis
        cols = [Col("Nr", INTEGER_FORMAT, 5), Col("Priorytet", width=40, wrap=True), Col("Obszar", width=36),
                Col("Rodzaj", width=16), Col("Uzasadnienie", width=50, wrap=True),
                Col("Odpowiedzi, które o tym zdecydowały", width=60, wrap=True), Col("Identyfikator", width=24),
                Col("Działania w planie (nr)", width=20)]
        covering = defaultdict(list)
        for n, a in self.numbered:
            for pid in a.priority_ids:
                covering[pid].append(n)
        rows = [[p.rank, p.title, area_title(p.area_id), PRIORITY_KIND_LABELS.get(p.kind, p.kind), p.reason,
                 "\n".join(f"{e.label} — {e.answer_text}" for e in p.evidence), p.id,
                 ", ".join(map(str, covering.get(p.id, [])))]
                for p in sorted(r.priorities if r else (), key=lambda p: (p.rank, p.id))]
        write_table(ws, cols, rows, freeze_cols=2)

    def findings(self, ws: Worksheet) -> None:
        cols = [Col("Rodzaj", width=13), Col("Uwaga", width=80, wrap=True), Col("Działanie (nr)", INTEGER_FORMAT, 10),
                Col("Pole", width=22), Col("Reguła", width=26), Col("Zaakceptowana przez szkołę", width=14),
                Col("Identyfikator", width=40)]
        rows = [[SEVERITY_LABELS.get(f.severity, f.severity), f.message, self.numbers.get(f.action_id),
                 f.field or "", f.rule_id or "", "tak" if f.id in self.doc.accepted_finding_ids else "nie", f.id]
                for f in self.doc.findings]
        write_table(ws, cols, rows, freeze_cols=0)


def render_xlsx(doc: PlanDocument) -> bytes:
    """The plan workbook as XLSX bytes."""
    return PlanWorkbook(doc).render()
