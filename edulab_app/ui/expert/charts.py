"""A horizontal bar chart drawn with QPainter, for the region's many rows (20 counties, 15 priorities): the plan
window's vertical ``BarChart`` (edulab_app.ui.plan.charts) is used where the groups are few (school years)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from edulab_app.ui.plan.charts import PaintedChart, Series, nice_step


class HBarChart(PaintedChart):
    """One row per label, one bar per series side by side, the value axis at the bottom, a legend on top."""

    ROW_GAP = 6
    BAR_H = 12

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(name, parent)
        self.labels: list[str] = []
        self.value_text: Callable[[float], str] = lambda v: f"{v:g}"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(320)

    def set_data(self, labels: list[str], series: list[Series], value_text: Callable[[float], str] | None = None,
                 empty_text: str = "") -> None:
        self.labels, self.series = list(labels), list(series)
        if value_text is not None:
            self.value_text = value_text
        self.empty_text = empty_text
        self.setMinimumHeight(self.sizeHint().height())  # all rows readable; a scroll area around it scrolls
        parts = []
        for i, label in enumerate(self.labels):
            parts.append(f"{label}: " + ", ".join(f"{s.label} {self.value_text(s.values[i])}" for s in self.series))
        self.setAccessibleDescription("; ".join(parts))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> float:
        return max(1, len(self.series)) * self.BAR_H + self.ROW_GAP

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8 if len(self.series) > 1 else 4

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        fm = QFontMetrics(self.font())
        return QSize(560, int(self._legend_height() + len(self.labels) * self._row_height() + fm.height() * 2 + 12))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(320, min(self.sizeHint().height(), 160))

    def _layout(self) -> tuple[QRectF, float]:
        fm = QFontMetrics(self.font())
        label_w = min(self.width() * 0.45, max((fm.horizontalAdvance(x) for x in self.labels), default=40) + 12)
        top = self._legend_height()
        plot = QRectF(label_w, top, max(10.0, self.width() - label_w - 24),
                      max(10.0, len(self.labels) * self._row_height()))
        maximum = max((v for s in self.series for v in s.values), default=0.0)
        step = nice_step(maximum)
        return plot, max(step, -(-maximum // step) * step)

    def has_data(self) -> bool:
        return bool(self.labels and self.series)

    def bar_rects(self) -> list[tuple[str, str, QRectF]]:
        if not self.has_data():
            return []
        plot, top = self._layout()
        out = []
        for i, label in enumerate(self.labels):
            y = plot.top() + i * self._row_height() + self.ROW_GAP / 2
            for k, s in enumerate(self.series):
                w = s.values[i] / top * plot.width() if top else 0
                out.append((label, s.label, QRectF(plot.left(), y + k * self.BAR_H, w, self.BAR_H - 1)))
        return out

    def _paint(self, p: QPainter, text: QColor) -> None:
        fm = QFontMetrics(self.font())
        plot, top = self._layout()
        step = nice_step(top)
        value = 0.0
        while value <= top + 1e-9:
            x = plot.left() + value / top * plot.width() if top else plot.left()
            p.setPen(QPen(QColor(225, 228, 232), 1))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            p.setPen(text)
            label = self.value_text(value)
            w = fm.horizontalAdvance(label)
            p.drawText(QRectF(min(x - w / 2, self.width() - w - 2), plot.bottom() + 2, w + 2, fm.height()),
                       Qt.AlignmentFlag.AlignLeft, label)
            value += step
        colors = {s.label: s.color for s in self.series}
        for _label, series_label, rect in self.bar_rects():
            if rect.width() > 0:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colors[series_label])
                p.drawRect(rect)
        p.setPen(text)
        for i, label in enumerate(self.labels):
            y = plot.top() + i * self._row_height()
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(plot.left() - 10))
            p.drawText(QRectF(0, y, plot.left() - 8, self._row_height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
        p.setPen(QPen(text, 1))
        p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        if len(self.series) > 1:
            x = plot.left()
            for s in self.series:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(s.color)
                p.drawRect(QRectF(x, 4, 14, fm.height() - 6))
                p.setPen(text)
                p.drawText(QPointF(x + 20, 2 + fm.ascent()), s.label)
                x += fm.horizontalAdvance(s.label) + 44


def chart_area(chart: QWidget, parent: QWidget) -> QScrollArea:
    """The chart in a vertical scroll area (a chart of many rows keeps its bars readable)."""
    area = QScrollArea(parent)
    area.setWidget(chart)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setAccessibleName(chart.accessibleName())
    return area
