"""Charts of the plan document drawn with reportlab.graphics: area scores and costs per school year."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from exporters.labels import area_number, number
from exporters.pdf_style import INK, MUTED, RULE, SERIES
from forms.result import DiagnosisResult


def _drawing(width: float, height: float, font: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # the default state font otherwise pulls in a (non-embedded) Times-Roman
    return drawing


def _legend(x: float, y: float, pairs: list[tuple[colors.Color, str]], font: str, columns: int = 1) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = font, 7.5
    legend.boxAnchor = "nw"
    legend.alignment = "right"
    legend.dx = legend.dy = 7
    legend.columnMaximum = max(1, -(-len(pairs) // columns))
    legend.deltax = 0
    legend.colorNamePairs = pairs
    legend.strokeWidth = 0
    return legend


def area_scores_chart(result: DiagnosisResult, previous: DiagnosisResult | None, width: float, font: str,
                      height: float = 72 * mm) -> Drawing:
    """Grouped bars per area (numbered as in the questionnaire): resources, needs and, when there is an
    earlier diagnosis, its resources. An area without a score has no bar."""
    areas = sorted(result.areas, key=lambda a: area_number(a.area_id))
    series = [[a.resources for a in areas], [a.needs for a in areas]]
    names = ["zasoby", "potrzeby"]
    fills = [SERIES[0], SERIES[1]]
    if previous is not None:
        series.append([(previous.area(a.area_id).resources if previous.area(a.area_id) else None) for a in areas])
        names.append("zasoby — poprzednia diagnoza")
        fills.append(colors.HexColor("#a9c1e3"))
    drawing = _drawing(width, height, font)
    chart = VerticalBarChart()
    chart.x, chart.y = 26, 34
    chart.width, chart.height = width - 36, height - 60
    chart.data = [[v if v is not None else 0 for v in s] for s in series]
    chart.categoryAxis.categoryNames = [str(area_number(a.area_id)) for a in areas]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.groupSpacing = 6
    chart.barSpacing = 0.5
    chart.bars.strokeWidth = 0
    for i, fill in enumerate(fills):
        chart.bars[i].fillColor = fill
    drawing.add(chart)
    drawing.add(String(chart.x + chart.width / 2, 6, "numer obszaru (nazwy w tabeli poniżej)", fontName=font,
                       fontSize=7.5, fillColor=MUTED, textAnchor="middle"))
    legend = _legend(chart.x, height - 2, list(zip(fills, names, strict=True)), font, columns=len(names))
    legend.deltax = 150
    drawing.add(legend)
    return drawing


def stacked_costs_chart(years: list[str], categories: list[tuple[str, str]],
                        amounts: dict[tuple[str, str], float], width: float, font: str,
                        height: float = 70 * mm) -> Drawing:
    """Stacked bars: one bar per school year, one segment per cost category, PLN on the value axis.

    ``categories``: (id, label) pairs in stacking order; ``amounts``: (year, category id) -> PLN."""
    drawing = _drawing(width, height, font)
    chart = VerticalBarChart()
    legend_width = 52 * mm
    chart.x, chart.y = 52, 20
    chart.width, chart.height = width - legend_width - chart.x - 6, height - 30
    chart.data = [[amounts.get((y, cid), 0.0) for y in years] for cid, _ in categories] or [[0.0 for _ in years]]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = years
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.strokeColor = RULE
    top = max((sum(amounts.get((y, cid), 0.0) for cid, _ in categories) for y in years), default=0.0)
    step = _nice_step(top / 5 if top else 1)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * max(1, -(-top // step))
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = lambda v: f"{number(v)} zł"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars.strokeWidth = 0
    chart.barWidth = 14
    chart.groupSpacing = 16
    for i in range(len(categories)):
        chart.bars[i].fillColor = SERIES[i % len(SERIES)]
    drawing.add(chart)
    pairs = [(SERIES[i % len(SERIES)], label) for i, (_, label) in enumerate(categories)]
    drawing.add(_legend(width - legend_width + 4, chart.y + chart.height, pairs, font))
    for i, y in enumerate(years):
        total = sum(amounts.get((y, cid), 0.0) for cid, _ in categories)
        if total:
            x = chart.x + chart.width * (i + 0.5) / len(years)
            y_top = chart.y + chart.height * total / chart.valueAxis.valueMax + 3
            drawing.add(String(x, y_top, f"{number(total)} zł", fontName=font, fontSize=7, fillColor=INK,
                               textAnchor="middle"))
    return drawing


def _nice_step(raw: float) -> float:
    magnitude = 10 ** max(0, len(str(int(raw))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude
