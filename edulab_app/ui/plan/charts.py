"""A small bar chart drawn with QPainter (QtCharts is not part of PySide6-Essentials).

Stacked (costs by year and category) or grouped (planned against actual), with a PLN axis, a legend and
optional limit markers per group (budget ceilings). ``PaintedChart`` is what every chart of the window shares
(the painter, the background, the empty text); the region's horizontal ``HBarChart`` (edulab_app.ui.expert.charts)
derives from it too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from edulab_app.ui.plan.common import pln


@dataclass
class Series:
    label: str
    color: QColor
    values: list[float] = field(default_factory=list)


def nice_step(maximum: float, ticks: int = 5) -> float:
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * magnitude:
            return m * magnitude
    return 10 * magnitude


def short_pln(value: float) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}".replace(".", ",").replace(",0", "") + " mln zł"
    if value >= 1000:
        return f"{value / 1000:.0f} tys. zł"
    return pln(value)


class PaintedChart(QWidget):
    """A chart drawn with QPainter: the background, and ``empty_text`` in the middle while there is nothing to
    draw; a subclass says when that is (``has_data``) and draws the rest (``_paint``)."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.series: list[Series] = []
        self.empty_text = ""
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def has_data(self) -> bool:
        raise NotImplementedError

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pal = self.palette()
            text_color = pal.color(QPalette.ColorRole.WindowText)
            p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
            if not self.has_data():
                p.setPen(text_color)
                p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            else:
                self._paint(p, text_color)
        finally:
            p.end()

    def _paint(self, p: QPainter, text_color: QColor) -> None:
        """Draw the chart (there is data) over the background; ``text_color`` is the palette's text colour."""
        raise NotImplementedError


class BarChart(PaintedChart):
    def __init__(self, name: str, stacked: bool = True, parent: QWidget | None = None):
        super().__init__(name, parent)
        self.stacked = stacked
        self.groups: list[str] = []
        self.limits: list[float | None] = []
        self.limit_label = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 220)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(560, 300)

    def set_data(self, groups: list[str], series: list[Series], limits: list[float | None] | None = None,
                 limit_label: str = "", empty_text: str = "") -> None:
        self.groups, self.series = list(groups), [s for s in series if any(v > 0 for v in s.values)]
        self.limits = list(limits or [None] * len(groups))
        self.limit_label, self.empty_text = limit_label, empty_text
        desc = []
        for i, g in enumerate(self.groups):
            parts = [f"{s.label}: {pln(s.values[i])}" for s in self.series if s.values[i] > 0]
            desc.append(f"{g} — " + "; ".join(parts))
        self.setAccessibleDescription(". ".join(desc))
        self.update()

    # -- geometry ----------------------------------------------------------------------------------------
    def has_data(self) -> bool:
        return bool(self.groups and self.series)

    def _maximum(self) -> float:
        if not self.groups:
            return 0.0
        if self.stacked:
            top = max((sum(s.values[i] for s in self.series) for i in range(len(self.groups))), default=0.0)
        else:
            top = max((v for s in self.series for v in s.values), default=0.0)
        return max([top] + [x for x in self.limits if x])

    def _layout(self) -> tuple[QRectF, float, float]:
        fm = QFontMetrics(self.font())
        legend_w = max((fm.horizontalAdvance(s.label) for s in self.series), default=0) + 40
        axis_w = fm.horizontalAdvance("000 tys. zł") + 10
        plot = QRectF(axis_w, 12, max(10.0, self.width() - axis_w - legend_w - 16),
                      max(10.0, self.height() - 12 - fm.height() * 2 - 8))
        step = nice_step(self._maximum())
        top = max(step, math.ceil(self._maximum() / step) * step)
        return plot, step, top

    def bar_rects(self) -> list[tuple[str, str, QRectF]]:
        """(group, series label, rectangle) of every drawn bar segment."""
        if not self.has_data():
            return []
        plot, _step, top = self._layout()
        out = []
        slot = plot.width() / len(self.groups)
        bar_w = min(90.0, slot * 0.6)
        for i, g in enumerate(self.groups):
            if self.stacked:
                x = plot.left() + slot * i + (slot - bar_w) / 2
                y = plot.bottom()
                for s in self.series:
                    h = s.values[i] / top * plot.height()
                    if h > 0:
                        out.append((g, s.label, QRectF(x, y - h, bar_w, h)))
                        y -= h
            else:
                w = bar_w / max(1, len(self.series))
                for k, s in enumerate(self.series):
                    h = s.values[i] / top * plot.height()
                    x = plot.left() + slot * i + (slot - bar_w) / 2 + k * w
                    if h > 0:
                        out.append((g, s.label, QRectF(x + 1, plot.bottom() - h, w - 2, h)))
        return out

    # -- painting ----------------------------------------------------------------------------------------
    def _paint(self, p: QPainter, text_color: QColor) -> None:
        fm = QFontMetrics(self.font())
        plot, step, top = self._layout()
        # axis and grid
        value = 0.0
        while value <= top + 1e-6:
            y = plot.bottom() - value / top * plot.height()
            p.setPen(QPen(QColor(225, 228, 232), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text_color)
            p.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, short_pln(value))
            value += step
        # bars
        colors = {s.label: s.color for s in self.series}
        for _g, label, rect in self.bar_rects():
            p.setPen(QPen(QColor("white"), 1))
            p.setBrush(colors[label])
            p.drawRect(rect)
        # group labels and totals
        slot = plot.width() / len(self.groups)
        for i, g in enumerate(self.groups):
            x = plot.left() + slot * i
            p.setPen(text_color)
            p.drawText(QRectF(x, plot.bottom() + 4, slot, fm.height()), Qt.AlignmentFlag.AlignCenter, g)
            if self.stacked:
                total = sum(s.values[i] for s in self.series)
                y = plot.bottom() - total / top * plot.height()
                p.drawText(QRectF(x, y - fm.height() - 2, slot, fm.height()), Qt.AlignmentFlag.AlignCenter,
                           short_pln(total))
            limit = self.limits[i] if i < len(self.limits) else None
            if limit:
                y = plot.bottom() - limit / top * plot.height()
                p.setPen(QPen(QColor("#c62828"), 2, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x + slot * 0.1, y), QPointF(x + slot * 0.9, y))
        p.setPen(QPen(text_color, 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        # legend
        lx, ly = plot.right() + 14, plot.top()
        small = QFont(self.font())
        p.setFont(small)
        entries = [(s.label, s.color, False) for s in (reversed(self.series) if self.stacked else self.series)]
        if any(self.limits) and self.limit_label:
            entries.append((self.limit_label, QColor("#c62828"), True))
        for label, color, dashed in entries:
            if dashed:
                p.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(lx, ly + fm.height() / 2), QPointF(lx + 14, ly + fm.height() / 2))
            else:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(color)
                p.drawRect(QRectF(lx, ly + 3, 14, fm.height() - 6))
            p.setPen(text_color)
            p.drawText(QPointF(lx + 20, ly + fm.ascent()), label)
            ly += fm.height() + 4
