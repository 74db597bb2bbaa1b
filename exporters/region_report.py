"""The region as a whole, from the latest plan packages of many schools: what an EDUlab expert looks at.

The figures (``Region`` and its rows) are plain dataclasses computed by the application
(``edulab_app.services.region``) from the packages it has received; this module only renders them:
``render_region_xlsx(region)`` and ``render_region_pdf(region)`` return bytes, in Polish, with the shared
fonts, styles, table and chart helpers of the plan exports.

What the region holds:

- costs (planned, dropped actions left out) per county and municipality × school year × category × source;
- training demand per catalogue training and school year, per county: participants summed over the schools'
  plans and the groups to organise, ceil(participants / the training's maximum group size);
- assistants: the number the schools need by the programme rule (one per ``pupils_per_assistant`` Ukrainian
  pupils) against the number their plans hire;
- the most frequent priorities; the coverage of the standard's (SMI) school tasks.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from exporters.labels import (
    PRIORITY_KIND_LABELS,
    area_title,
    category_label,
    number,
    percent,
    pl_datetime,
    source_label,
)
from plans.catalogue import COST_CATEGORIES, FUNDING_SOURCES


@dataclass(frozen=True)
class CostRow:
    county: str
    municipality: str
    school_year: str
    category: str
    source: str
    amount: float


@dataclass(frozen=True)
class PlaceSummary:
    """A county (``municipality`` empty) or a municipality: schools, pupils and planned costs per year."""

    county: str
    municipality: str
    schools: int
    pupils_migrant: int
    costs_by_year: dict[str, float]
    total: float


@dataclass(frozen=True)
class TrainingDemand:
    training_id: str
    title: str
    school_year: str
    county: str
    schools: int
    participants: int
    max_group_size: int
    groups: int  # ceil(participants / max_group_size): groups to organise in the county


@dataclass(frozen=True)
class AssistantNeed:
    county: str
    schools: int
    pupils_ukrainian: int  # counted, or estimated where a package has no count (see Region.notes)
    estimated_schools: int  # schools whose count of Ukrainian pupils was estimated
    needed: int  # sum over the schools of ceil(Ukrainian pupils / pupils_per_assistant)
    planned: int  # sum over the schools of the most assistants their plan hires in any one school year
    schools_short: int  # schools that plan fewer assistants than they need
    shortfall: int  # sum over the schools of max(0, needed - planned)


@dataclass(frozen=True)
class PriorityCount:
    priority_id: str
    title: str
    area_id: str
    kind: str
    schools: int  # schools with this priority
    top3: int  # of which it is among the first three


@dataclass(frozen=True)
class TaskCoverage:
    task_id: str
    title: str
    schools: int  # schools whose plan takes the task up
    by_county: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Region:
    generated_at: dt.datetime
    app_version: str
    schools: int
    pupils_migrant: int
    years: tuple[str, ...]
    counties: tuple[PlaceSummary, ...]
    municipalities: tuple[PlaceSummary, ...]
    costs: tuple[CostRow, ...]
    trainings: tuple[TrainingDemand, ...]
    assistants: tuple[AssistantNeed, ...]
    priorities: tuple[PriorityCount, ...]
    tasks: tuple[TaskCoverage, ...]
    pupils_per_assistant: int = 20
    notes: tuple[str, ...] = ()

    @property
    def total_cost(self) -> float:
        return round(sum(c.total for c in self.counties), 2)

    def cost_pivot(self, dimension: str) -> dict[tuple[str, str], float]:
        """(key, school year) -> PLN, the key being the row's ``county``, ``municipality``, ``category`` or
        ``source``."""
        out: dict[tuple[str, str], float] = defaultdict(float)
        for row in self.costs:
            out[(getattr(row, dimension), row.school_year)] += row.amount
        return {k: round(v, 2) for k, v in out.items()}

    def year_totals(self) -> dict[str, float]:
        out = {y: 0.0 for y in self.years}
        for row in self.costs:
            out[row.school_year] = out.get(row.school_year, 0.0) + row.amount
        return {k: round(v, 2) for k, v in out.items()}

    def training_totals(self) -> list[tuple[str, str, str, int, int, int]]:
        """(training id, title, school year, schools, participants, groups) summed over the counties."""
        acc: dict[tuple[str, str], list] = {}
        for t in self.trainings:
            row = acc.setdefault((t.training_id, t.school_year), [t.title, 0, 0, 0])
            row[1] += t.schools
            row[2] += t.participants
            row[3] += t.groups
        return [(tid, v[0], sy, v[1], v[2], v[3])
                for (tid, sy), v in sorted(acc.items(), key=lambda kv: (kv[0][1], kv[1][0].casefold()))]

    def categories(self) -> list[str]:
        present = {c.category for c in self.costs}
        return [c for c in COST_CATEGORIES if c in present] + sorted(present - set(COST_CATEGORIES))

    def sources(self) -> list[str]:
        present = {c.source for c in self.costs}
        return [s for s in FUNDING_SOURCES if s in present] + sorted(present - set(FUNDING_SOURCES))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (times as ISO text)."""
        data = asdict(self)
        data["generated_at"] = self.generated_at.isoformat()
        data["total_cost"] = self.total_cost
        return data


# ---------------------------------------------------------------------------------------------------- XLSX


def render_region_xlsx(region: Region) -> bytes:
    """The region as a workbook: summary, counties, municipalities, costs (one row per county, municipality,
    year, category and source — ready for a pivot table), costs by category and by source, trainings,
    assistants, priorities and the standard's tasks."""
    from openpyxl import Workbook

    from exporters.safe_cells import INTEGER_FORMAT, PLN_FORMAT, Formula, set_value
    from exporters.xlsx_sheets import BOLD, Col, col_range, style_total_row, write_table

    wb = Workbook()
    wb.remove(wb.active)
    years = list(region.years)

    def sheet(title: str):
        return wb.create_sheet(title)

    def with_total(ws, cols, rows, label_col: int, sum_from: int, **kw) -> None:
        last = write_table(ws, cols, rows, **kw)
        if not rows:
            return
        total = last + 1
        set_value(ws.cell(total, label_col), "Razem")
        for c in range(sum_from, len(cols) + 1):
            if cols[c - 1].number_format in (PLN_FORMAT, INTEGER_FORMAT):
                set_value(ws.cell(total, c), Formula(f"=SUM({col_range(c, 2, last, absolute=False)})"),
                          cols[c - 1].number_format)
        style_total_row(ws, total, 1, len(cols))

    ws = sheet("Podsumowanie")
    set_value(ws["A1"], "Region — plany szkół (Szkoła włączająca krok po kroku)").font = BOLD
    facts = [("Szkoły (najnowsze pakiety)", region.schools), ("Uczniowie z doświadczeniem migracji",
                                                                 region.pupils_migrant),
             ("Łączny koszt planów", region.total_cost), ("Lata szkolne", ", ".join(years)),
             ("Wygenerowano", region.generated_at), ("Program", f"EDUlab {region.app_version}")]
    for r, (k, v) in enumerate(facts, start=3):
        set_value(ws.cell(r, 1), k).font = BOLD
        set_value(ws.cell(r, 2), v, PLN_FORMAT if k == "Łączny koszt planów" else
                  (INTEGER_FORMAT if isinstance(v, int) else None))
    r = len(facts) + 4
    if region.notes:
        set_value(ws.cell(r, 1), "Założenia i uwagi").font = BOLD
        for i, note in enumerate(region.notes, start=r + 1):
            set_value(ws.cell(i, 1), note)
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 30

    place_cols = [Col("Szkoły", INTEGER_FORMAT, 8), Col("Uczniowie z dośw. migracji", INTEGER_FORMAT, 14)] + [
        Col(y, PLN_FORMAT, 16) for y in years] + [Col("Razem", PLN_FORMAT, 18)]

    def place_row(pl: PlaceSummary) -> list:
        return [pl.schools, pl.pupils_migrant] + [pl.costs_by_year.get(y, 0.0) for y in years] + [pl.total]

    with_total(sheet("Powiaty"), [Col("Powiat", width=32)] + place_cols,
               [[c.county] + place_row(c) for c in region.counties], 1, 2)
    with_total(sheet("Gminy"), [Col("Powiat", width=28), Col("Gmina", width=28)] + place_cols,
               [[m.county, m.municipality] + place_row(m) for m in region.municipalities], 1, 3, freeze_cols=2)
    with_total(sheet("Koszty"), [Col("Powiat", width=28), Col("Gmina", width=28), Col("Rok szkolny", width=12),
                                 Col("Kategoria", width=16), Col("Źródło finansowania", width=28),
                                 Col("Kwota", PLN_FORMAT, 18)],
               [[c.county, c.municipality, c.school_year, category_label(c.category), source_label(c.source),
                 c.amount] for c in region.costs], 1, 6)
    for title, dim, labeler, keys in (("Koszty wg kategorii", "category", category_label, region.categories()),
                                      ("Koszty wg źródeł", "source", source_label, region.sources())):
        pivot = region.cost_pivot(dim)
        with_total(sheet(title), [Col("Kategoria" if dim == "category" else "Źródło finansowania", width=30)]
                   + [Col(y, PLN_FORMAT, 16) for y in years] + [Col("Razem", PLN_FORMAT, 18)],
                   [[labeler(k)] + [pivot.get((k, y), 0.0) for y in years]
                    + [round(sum(pivot.get((k, y), 0.0) for y in years), 2)] for k in keys], 1, 2)
    with_total(sheet("Szkolenia"), [Col("Szkolenie", width=50, wrap=True), Col("Rok szkolny", width=12),
                                    Col("Powiat", width=28), Col("Szkoły", INTEGER_FORMAT, 8),
                                    Col("Uczestnicy", INTEGER_FORMAT, 11), Col("Maks. w grupie", INTEGER_FORMAT, 10),
                                    Col("Grupy do zorganizowania", INTEGER_FORMAT, 14)],
               [[t.title, t.school_year, t.county, t.schools, t.participants, t.max_group_size, t.groups]
                for t in region.trainings], 1, 4, freeze_cols=1)
    ws = sheet("Asystenci")
    with_total(ws, [Col("Powiat", width=30), Col("Szkoły", INTEGER_FORMAT, 8),
                    Col("Uczniowie z Ukrainy", INTEGER_FORMAT, 12),
                    Col("W tym szkoły z liczbą szacowaną", INTEGER_FORMAT, 14),
                    Col(f"Potrzebni (1 na {region.pupils_per_assistant})", INTEGER_FORMAT, 14),
                    Col("Zaplanowani", INTEGER_FORMAT, 12), Col("Szkoły z niedoborem", INTEGER_FORMAT, 12),
                    Col("Niedobór", INTEGER_FORMAT, 10)],
               [[a.county, a.schools, a.pupils_ukrainian, a.estimated_schools, a.needed, a.planned, a.schools_short,
                 a.shortfall] for a in region.assistants], 1, 2)
    write_table(sheet("Priorytety"), [Col("Priorytet", width=60, wrap=True), Col("Rodzaj", width=16),
                                      Col("Obszar", width=36), Col("Szkoły", INTEGER_FORMAT, 8),
                                      Col("Odsetek szkół", "0.0%", 10), Col("W tym w pierwszej trójce", INTEGER_FORMAT, 12)],
                [[pr.title, PRIORITY_KIND_LABELS.get(pr.kind, pr.kind), area_title(pr.area_id), pr.schools,
                  pr.schools / region.schools if region.schools else 0.0, pr.top3] for pr in region.priorities])
    counties = [c.county for c in region.counties]
    write_table(sheet("Zadania SMI"), [Col("Zadanie szkoły (Standard Minimum w Integracji)", width=55, wrap=True),
                                       Col("Szkoły", INTEGER_FORMAT, 8), Col("Odsetek szkół", "0.0%", 10)]
                + [Col(c, INTEGER_FORMAT, 11) for c in counties],
                [[t.title, t.schools, t.schools / region.schools if region.schools else 0.0]
                 + [t.by_county.get(c, 0) for c in counties] for t in region.tasks], freeze_cols=1)
    props = wb.properties
    props.creator = f"EDUlab {region.app_version}"
    props.title = "Region — plany szkół"
    props.created = region.generated_at.replace(tzinfo=None)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------------- PDF


def _bars_chart(labels: list[str], series: list[tuple[str, list[float]]], width: float, font: str,
                value_text=None, row_height: float = 13.0):
    """Horizontal bars, one row per label, one bar per series (side by side); the PDF's own chart helpers
    (drawing, legend, colours)."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.lib import colors

    from exporters.pdf_charts import _drawing, _legend, _nice_step
    from exporters.pdf_style import RULE, SERIES

    label_w = min(230.0, max(60.0, 4.4 * max((len(x) for x in labels), default=10)))
    legend_h = 16 if len(series) > 1 else 0
    height = 24 + legend_h + row_height * len(labels) * max(1, len(series)) * 0.75 + 10
    drawing = _drawing(width, height, font)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 18
    chart.width, chart.height = width - label_w - 14, height - 24 - legend_h
    # reportlab stacks a group's bars from the bottom: the series go in reversed, so the first is on top
    order = list(reversed(range(len(series))))
    chart.data = [list(reversed(series[i][1])) for i in order] or [[0.0] * len(labels)]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.strokeColor = RULE
    top = max((v for _, values in series for v in values), default=0.0)
    step = _nice_step(top / 5 if top else 1)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * max(1, -(-top // step))
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    if value_text is not None:
        chart.valueAxis.labelTextFormat = value_text
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    chart.groupSpacing = 3
    for k, i in enumerate(order):
        chart.bars[k].fillColor = SERIES[i % len(SERIES)]
        chart.bars[k].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        legend = _legend(chart.x, height - 2, [(SERIES[i % len(SERIES)], name) for i, (name, _) in enumerate(series)],
                         font, columns=len(series))
        legend.deltax = 120
        drawing.add(legend)
    return drawing


def _zl(value: float) -> str:
    """Whole złoty: the region's sums are planning figures, grosze would only crowd the tables."""
    return f"{number(value)}\u00a0zł"


def _short_pln(value: float) -> str:
    if value >= 1_000_000:
        return f"{number(value / 1_000_000, 1)} mln zł"
    if value >= 1000:
        return f"{number(value / 1000)} tys. zł"
    return f"{number(value)} zł"


class RegionPdfRenderer:
    """Built on the plan PDF's renderer (``exporters.pdf_base``): one method per chapter."""

    def __init__(self, region: Region):
        from exporters.pdf_base import ReportlabRenderer

        outer = self

        class _Renderer(ReportlabRenderer):
            subject = "Region — plany szkół (Szkoła włączająca krok po kroku)"
            title = "Region — plany szkół"

            def story(self) -> list:
                return outer.story()

            def header_text(self) -> tuple[str, str]:
                return "Region — plany szkół", pl_datetime(region.generated_at)

            def footer_text(self) -> str:
                return (f"Wygenerowano {pl_datetime(region.generated_at)} · EDUlab {region.app_version} · "
                        f"szkół: {region.schools}")

        self.region = region
        self.renderer = _Renderer()
        self.styles = self.renderer.styles
        self._chapter = 0

    def render(self) -> bytes:
        return self.renderer.render()

    # -- helpers --------------------------------------------------------------------------------------------
    def chapter(self, title: str):
        from exporters.pdf_style import esc

        self._chapter += 1
        return self.renderer.heading(f"{self._chapter}. {esc(title)}", 0)

    def section(self, title: str):
        from exporters.pdf_style import esc

        return self.renderer.heading(esc(title), 1)

    def table(self, header: list[str], rows: Iterable[list], widths: list[float], *, numeric_from: int = 1,
              total: list | None = None, text_cols: tuple[int, ...] = ()):
        from exporters.pdf_style import ACCENT, ACCENT_LIGHT, grid_table, pt

        s = self.styles
        body = [[pt(h, s.head_cell) for h in header]]
        for row in rows:
            body.append([pt(v, s.cell_right if i >= numeric_from and i not in text_cols else s.cell)
                         for i, v in enumerate(row)])
        extra = []
        if total is not None:
            body.append([pt(v, s.cell_bold_right if i >= numeric_from else s.cell_bold) for i, v in enumerate(total)])
            extra = [("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT), ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)]
        return grid_table(body, widths, extra=extra)

    def years_widths(self, first: float, fixed: list[float], n: int) -> list[float]:
        """Widths of a table: the first and fixed columns, then ``n`` columns of amounts, the last one (the
        total, the largest figure, in bold) a third wider."""
        rest = self.renderer.frame_width - first - sum(fixed)
        unit = rest / (max(1, n) + 1 / 3)
        return [first, *fixed] + [unit] * (n - 1) + [unit * 4 / 3]

    # -- the story ------------------------------------------------------------------------------------------
    def story(self) -> list:
        self._chapter = 0
        return (self.cover() + self.costs() + self.trainings() + self.assistants() + self.priorities()
                + self.tasks())

    def cover(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import PageBreak, Spacer

        from exporters.pdf_style import pt

        s, r = self.styles, self.region
        facts = [["Szkoły (najnowsze pakiety)", number(r.schools)],
                 ["Uczniowie z doświadczeniem migracji", number(r.pupils_migrant)],
                 ["Łączny koszt planów", _zl(r.total_cost)],
                 ["Lata szkolne", ", ".join(r.years) or "—"],
                 ["Powiaty", number(len(r.counties))], ["Gminy", number(len(r.municipalities))]]
        out = [Spacer(1, 12 * mm), pt("Szkoła włączająca krok po kroku", s.subtitle),
               pt("Region — plany szkół", s.title),
               pt("Koszty, zapotrzebowanie na szkolenia, asystenci, priorytety i zadania Standardu Minimum w "
                  "Integracji — zestawienie z pakietów przesłanych przez szkoły.", s.body), Spacer(1, 6 * mm),
               self.table(["Zestawienie", "Wartość"], facts, [90 * mm, self.renderer.frame_width - 90 * mm])]
        if r.notes:
            out += [Spacer(1, 4 * mm), pt("Założenia i uwagi", s.h3)] + [pt(f"• {n}", s.small) for n in r.notes]
        out += [Spacer(1, 6 * mm), pt("Spis treści", s.h2), self.renderer.table_of_contents(), PageBreak()]
        return out

    def costs(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import CondPageBreak, Spacer

        from exporters.pdf_charts import stacked_costs_chart
        from exporters.pdf_style import pt

        s, r = self.styles, self.region
        years = list(r.years)
        out: list = [self.chapter("Koszty planów")]
        if not r.costs:
            return out + [pt("Brak kosztów w planach szkół.", s.body)]
        by_cat = r.cost_pivot("category")
        out += [pt(f"Łączny koszt planowany (bez działań zaniechanych): {_zl(r.total_cost)}.", s.body),
                stacked_costs_chart(years, [(c, category_label(c)) for c in r.categories()],
                                    {(y, c): v for (c, y), v in by_cat.items()}, self.renderer.frame_width, s.regular)]
        totals = r.year_totals()
        total_row = ["Razem"] + [_zl(totals.get(y, 0.0)) for y in years] + [_zl(r.total_cost)]
        widths = self.years_widths(40 * mm, [], len(years) + 1)
        for title, dim, labeler, keys in (("Według kategorii", "category", category_label, r.categories()),
                                          ("Według źródła finansowania", "source", source_label, r.sources())):
            pivot = r.cost_pivot(dim)
            rows = [[labeler(k)] + [_zl(pivot.get((k, y), 0.0)) for y in years]
                    + [_zl(sum(pivot.get((k, y), 0.0) for y in years))] for k in keys]
            first = "Kategoria" if dim == "category" else "Źródło finansowania"
            out += [self.section(title), self.table([first, *years, "Razem"], rows, widths, total=total_row)]
        chart = _bars_chart([c.county for c in r.counties], [("koszt planów", [c.total for c in r.counties])],
                            self.renderer.frame_width, s.regular, value_text=_short_pln)
        out += [CondPageBreak(chart.height + 16 * mm), self.section("Według powiatów"), chart, Spacer(1, 2 * mm)]
        # many columns of large sums: whole złoty without the unit, said once above the table
        widths = self.years_widths(34 * mm, [15 * mm], len(years) + 1)
        out.append(pt("Kwoty w złotych.", s.small))
        out.append(self.table(["Powiat", "Szkoły", *years, "Razem"],
                              [[c.county, number(c.schools)] + [number(c.costs_by_year.get(y, 0.0)) for y in years]
                               + [number(c.total)] for c in r.counties], widths,
                              total=["Razem", number(r.schools)] + [number(totals.get(y, 0.0)) for y in years]
                              + [number(r.total_cost)]))
        widths = self.years_widths(28 * mm, [30 * mm, 15 * mm], len(years) + 1)
        out += [self.section("Według gmin"), pt("Kwoty w złotych.", s.small),
                self.table(["Powiat", "Gmina", "Szkoły", *years, "Razem"],
                           [[m.county, m.municipality, number(m.schools)]
                            + [number(m.costs_by_year.get(y, 0.0)) for y in years] + [number(m.total)]
                            for m in r.municipalities], widths, numeric_from=2)]
        return out

    def trainings(self) -> list:
        from reportlab.lib.units import mm

        from exporters.pdf_style import pt

        s, r = self.styles, self.region
        out: list = [self.chapter("Zapotrzebowanie na szkolenia"),
                     pt("Uczestnicy zsumowani z planów szkół; grupy do zorganizowania w powiecie = uczestnicy ÷ "
                        "największa liczebność grupy szkolenia, w górę. Szkolenia można organizować wspólnie dla "
                        "szkół z jednego powiatu.", s.small)]
        totals = r.training_totals()
        if not totals:
            return out + [pt("Plany szkół nie zawierają szkoleń.", s.body)]
        fw = self.renderer.frame_width
        out += [self.section("Razem w regionie"),
                self.table(["Szkolenie", "Rok szkolny", "Szkoły", "Uczestnicy", "Grupy"],
                           [[title, sy, number(n), number(p_), number(g)] for _, title, sy, n, p_, g in totals],
                           [fw - 86 * mm, 22 * mm, 18 * mm, 24 * mm, 22 * mm], numeric_from=2,
                           total=["Razem", "", "", number(sum(t[4] for t in totals)),
                                  number(sum(t[5] for t in totals))])]
        out += [self.section("Według powiatów"),
                self.table(["Szkolenie", "Rok szkolny", "Powiat", "Szkoły", "Uczestnicy", "Maks. w grupie", "Grupy"],
                           [[t.title, t.school_year, t.county, number(t.schools), number(t.participants),
                             number(t.max_group_size), number(t.groups)] for t in r.trainings],
                           [fw - 126 * mm, 20 * mm, 30 * mm, 14 * mm, 20 * mm, 22 * mm, 20 * mm], numeric_from=3)]
        return out

    def assistants(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        from exporters.pdf_style import pt

        s, r = self.styles, self.region
        a = r.assistants
        out: list = [self.chapter("Asystenci międzykulturowi"),
                     pt(f"Potrzebni według programu „Przyjazna szkoła”: jeden asystent na {r.pupils_per_assistant} "
                        "uczniów z Ukrainy w szkole (w górę), zsumowane po szkołach; zaplanowani: najwięcej asystentów, "
                        "których plan szkoły zatrudnia w jednym roku szkolnym.", s.small)]
        if not a:
            return out + [pt("Brak danych.", s.body)]
        out += [_bars_chart([x.county for x in a], [("potrzebni", [float(x.needed) for x in a]),
                                                    ("zaplanowani", [float(x.planned) for x in a])],
                            self.renderer.frame_width, s.regular, value_text=lambda v: number(v)),
                Spacer(1, 2 * mm)]
        fw = self.renderer.frame_width
        total = ["Razem", number(sum(x.schools for x in a)), number(sum(x.pupils_ukrainian for x in a)),
                 number(sum(x.needed for x in a)), number(sum(x.planned for x in a)),
                 number(sum(x.schools_short for x in a)), number(sum(x.shortfall for x in a))]
        out.append(self.table(["Powiat", "Szkoły", "Uczniowie z Ukrainy", "Potrzebni", "Zaplanowani",
                               "Szkoły z niedoborem", "Niedobór"],
                              [[x.county, number(x.schools),
                                number(x.pupils_ukrainian) + (" *" if x.estimated_schools else ""),
                                number(x.needed), number(x.planned), number(x.schools_short), number(x.shortfall)]
                               for x in a], [fw - 132 * mm, 16 * mm, 24 * mm, 22 * mm, 26 * mm, 26 * mm, 18 * mm],
                              total=total))
        if any(x.estimated_schools for x in a):
            out.append(pt("* w części szkół liczba uczniów z Ukrainy oszacowana — zob. założenia na początku.",
                          s.tiny))
        return out

    def priorities(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        from exporters.pdf_style import pt

        s, r = self.styles, self.region
        out: list = [self.chapter("Najczęstsze priorytety")]
        top = list(r.priorities[:15])
        if not top:
            return out + [pt("Brak priorytetów w pakietach.", s.body)]
        out += [_bars_chart([_clip(p_.title, 52) for p_ in top], [("szkoły", [float(p_.schools) for p_ in top])],
                            self.renderer.frame_width, s.regular, value_text=lambda v: number(v)), Spacer(1, 2 * mm)]
        fw = self.renderer.frame_width
        out.append(self.table(["Priorytet", "Rodzaj", "Szkoły", "Odsetek", "W pierwszej trójce"],
                              [[p_.title, PRIORITY_KIND_LABELS.get(p_.kind, p_.kind), number(p_.schools),
                                percent(p_.schools, r.schools), number(p_.top3)] for p_ in r.priorities],
                              [fw - 94 * mm, 26 * mm, 18 * mm, 20 * mm, 30 * mm], numeric_from=2))
        return out

    def tasks(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        from exporters.pdf_style import pt

        s, r = self.styles, self.region
        out: list = [self.chapter("Zadania szkół według Standardu Minimum w Integracji"),
                     pt("Odsetek szkół, których plan podejmuje zadanie (działania planu przypisane do zadań SMI).",
                        s.small)]
        if not r.tasks:
            return out
        out += [_bars_chart([_clip(t.title, 52) for t in r.tasks],
                            [("odsetek szkół", [100.0 * t.schools / r.schools if r.schools else 0.0 for t in r.tasks])],
                            self.renderer.frame_width, s.regular, value_text=lambda v: f"{number(v)}%"),
                Spacer(1, 2 * mm)]
        fw = self.renderer.frame_width
        out.append(self.table(["Zadanie", "Szkoły", "Odsetek", "Powiaty bez szkół z tym zadaniem"],
                              [[t.title, number(t.schools), percent(t.schools, r.schools),
                                ", ".join(c.county for c in r.counties if not t.by_county.get(c.county)) or "—"]
                               for t in r.tasks], [70 * mm, 16 * mm, 18 * mm, fw - 104 * mm], text_cols=(3,)))
        return out


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_region_pdf(region: Region) -> bytes:
    return RegionPdfRenderer(region).render()


__all__ = ["AssistantNeed", "CostRow", "PlaceSummary", "PriorityCount", "Region", "TaskCoverage", "TrainingDemand",
           "render_region_pdf", "render_region_xlsx"]
