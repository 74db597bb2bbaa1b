"""The schedule as a Gantt chart by month across the plan's school years, drawn with QPainter.

Rows are actions, columns months (from the June before the first school year to the last August);
holidays and breaks from the school calendar are shaded, bars are coloured by status, the actual
period of started actions is drawn under the bar, and a red line marks today. Mouse: click selects,
double-click opens the editor; keyboard: arrows, Home/End, Enter.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from edulab_app.ui.plan.common import (
    MONTH_INITIALS,
    STATUS_COLORS,
    month_range,
    months_short,
    pln,
    status_labels,
    tr,
)
from plans.calendar import (
    YearMonth,
    add_months,
    last_friday_of_june,
    load_calendar,
    month_index,
    parse_school_year,
)
from plans.model import Action, Plan

BREAK_COLOR = QColor(225, 229, 234)
GRID_COLOR = QColor(230, 232, 236)
YEAR_LINE = QColor(150, 156, 165)
TODAY_COLOR = QColor("#d32f2f")


class GanttChart(QWidget):
    current_changed = Signal(str)
    action_activated = Signal(str)

    LABEL_W = 320
    COL_W = 24
    ROW_H = 22
    HEADER_H = 42

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan: Plan | None = None
        self.actions: list[Action] = []
        self.people: dict[str, str] = {}
        self.errors: set[str] = set()
        self.today = dt.date.today()
        self.current = -1
        self._breaks: list[tuple[dt.date, dt.date, str]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAccessibleName(tr("Harmonogram działań (wykres Gantta)"))
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("white"))
        self.setPalette(pal)

    # -- data --------------------------------------------------------------------------------------------
    def set_plan(self, plan: Plan | None, people: dict[str, str] | None = None, errors: set[str] | None = None,
                 today: dt.date | None = None) -> None:
        current_id = self.current_id()
        self.plan = plan
        self.actions = list(plan.actions) if plan else []
        self.people = people or {}
        self.errors = errors or set()
        self.today = today or dt.date.today()
        self._breaks = self._compute_breaks() if plan else []
        ids = [a.id for a in self.actions]
        self.current = ids.index(current_id) if current_id in ids else -1
        self.setAccessibleDescription(tr("Działań: %1; okres: %2").replace("%1", str(len(self.actions)))
                                      .replace("%2", month_range(plan.horizon_start, plan.horizon_end) if plan else "—"))
        self.updateGeometry()
        self.adjustSize()
        self.update()

    def _compute_breaks(self) -> list[tuple[dt.date, dt.date, str]]:
        plan = self.plan
        cal = load_calendar(plan.region)
        out = []
        first = parse_school_year(plan.start_year)
        for sy in plan.school_years:
            year = cal.years.get(sy)
            if year is not None:
                out += [(b.start, b.end, b.kind) for b in year.breaks]
        h_start = dt.date(*plan.horizon_start, 1)
        h_end = _month_end(plan.horizon_end)
        for y in range(first, first + plan.years + 1):
            start, end = last_friday_of_june(y) + dt.timedelta(days=1), dt.date(y, 8, 31)
            start, end = max(start, h_start), min(end, h_end)
            if start <= end:
                out.append((start, end, "summer"))
        return out

    def fit_width(self, available: int) -> None:
        """Widen the month columns to use the available width (never narrower than the default)."""
        months = len(self.months())
        if months:
            width = int(min(64, max(GanttChart.COL_W, (available - self.LABEL_W - 12) / months)))
            if width != self.COL_W:
                self.COL_W = width
                self.updateGeometry()
                self.adjustSize()
                self.update()

    def months(self) -> list[YearMonth]:
        if self.plan is None:
            return []
        start = self.plan.horizon_start
        return [add_months(start, i) for i in range(month_index(self.plan.horizon_end) - month_index(start) + 1)]

    def current_id(self) -> str | None:
        return self.actions[self.current].id if 0 <= self.current < len(self.actions) else None

    def select(self, action_id: str | None) -> None:
        ids = [a.id for a in self.actions]
        row = ids.index(action_id) if action_id in ids else -1
        if row != self.current:
            self.current = row
            self.update()

    # -- geometry ----------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.LABEL_W + len(self.months()) * self.COL_W + 8,
                     self.HEADER_H + max(1, len(self.actions)) * self.ROW_H + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def x_of(self, day: dt.date, end_of_day: bool = False) -> float:
        if self.plan is None:
            return float(self.LABEL_W)
        offset = month_index((day.year, day.month)) - month_index(self.plan.horizon_start)
        days = _calendar.monthrange(day.year, day.month)[1]
        fraction = (day.day - (0 if end_of_day else 1)) / days
        return self.LABEL_W + (offset + fraction) * self.COL_W

    def row_rect(self, row: int) -> QRectF:
        return QRectF(0, self.HEADER_H + row * self.ROW_H, self.width(), self.ROW_H)

    def bar_rect(self, action_id: str) -> QRectF:
        """Where the action's planned bar is drawn (empty when the action is not shown)."""
        for row, a in enumerate(self.actions):
            if a.id == action_id:
                return self._bar(row, a)
        return QRectF()

    def _bar(self, row: int, a: Action) -> QRectF:
        x0 = self.x_of(dt.date(*a.start, 1))
        x1 = self.x_of(_month_end(a.end), end_of_day=True)
        top = self.HEADER_H + row * self.ROW_H
        pad = 5 if a.kind == "training" else 4
        return QRectF(x0 + 1, top + pad, max(3.0, x1 - x0 - 2), self.ROW_H - 2 * pad - 3)

    def today_x(self) -> float | None:
        if self.plan is None:
            return None
        h_start, h_end = dt.date(*self.plan.horizon_start, 1), _month_end(self.plan.horizon_end)
        return self.x_of(self.today) if h_start <= self.today <= h_end else None

    def row_at(self, y: float) -> int:
        row = int((y - self.HEADER_H) // self.ROW_H)
        return row if y >= self.HEADER_H and 0 <= row < len(self.actions) else -1

    # -- painting ----------------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint(p, event.rect())
        finally:
            p.end()

    def _paint(self, p: QPainter, clip) -> None:
        months = self.months()
        width = self.width()
        height = self.HEADER_H + len(self.actions) * self.ROW_H
        if not months:
            p.drawText(QRectF(0, 0, width, 40), Qt.AlignmentFlag.AlignCenter, tr("Brak planu."))
            return
        pal = self.palette()
        font = QFont(self.font())
        fm = QFontMetrics(font)
        chart_right = self.LABEL_W + len(months) * self.COL_W
        # rows background and selection
        first_row = max(0, int((clip.top() - self.HEADER_H) // self.ROW_H))
        last_row = min(len(self.actions) - 1, int((clip.bottom() - self.HEADER_H) // self.ROW_H) + 1)
        for row in range(first_row, last_row + 1):
            r = self.row_rect(row)
            if row == self.current:
                highlight = QColor(pal.color(QPalette.ColorRole.Highlight))
                highlight.setAlpha(60)
                p.fillRect(r, highlight)
            elif row % 2:
                p.fillRect(r, QColor(248, 249, 251))
        # breaks and holidays
        for start, end, _kind in self._breaks:
            x0, x1 = self.x_of(start), self.x_of(end, end_of_day=True)
            color = QColor(BREAK_COLOR)
            color.setAlpha(170)
            p.fillRect(QRectF(x0, self.HEADER_H - 14, x1 - x0, height - self.HEADER_H + 14), color)
        # month grid and header
        p.setPen(QPen(GRID_COLOR, 1))
        short = months_short()
        small = QFont(font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        p.setFont(small)
        for i, ym in enumerate(months):
            x = self.LABEL_W + i * self.COL_W
            p.setPen(QPen(YEAR_LINE if ym[1] == 9 else GRID_COLOR, 1))
            p.drawLine(QPointF(x, self.HEADER_H - 16), QPointF(x, height))
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            text = short[ym[1] - 1] if self.COL_W >= 30 else MONTH_INITIALS[ym[1] - 1]
            p.drawText(QRectF(x, self.HEADER_H - 18, self.COL_W, 16), Qt.AlignmentFlag.AlignCenter, text)
        p.setPen(QPen(YEAR_LINE, 1))
        p.drawLine(QPointF(chart_right, self.HEADER_H - 16), QPointF(chart_right, height))
        # school-year bands
        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        for sy in self.plan.school_years:
            first = parse_school_year(sy)
            x0 = self.x_of(dt.date(first, 9, 1))
            x1 = self.x_of(dt.date(first + 1, 8, 31), end_of_day=True)
            p.drawText(QRectF(x0, 2, x1 - x0, self.HEADER_H - 20), Qt.AlignmentFlag.AlignCenter, sy)
        prep_end = self.x_of(dt.date(parse_school_year(self.plan.start_year), 9, 1))
        p.setFont(small)
        p.drawText(QRectF(self.LABEL_W, 2, prep_end - self.LABEL_W, self.HEADER_H - 20), Qt.AlignmentFlag.AlignCenter,
                   tr("przygot."))
        p.setFont(bold)
        p.drawText(QRectF(6, 2, self.LABEL_W - 12, self.HEADER_H - 4),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tr("Działanie"))
        p.setPen(QPen(YEAR_LINE, 1))
        p.drawLine(QPointF(0, self.HEADER_H - 0.5), QPointF(chart_right, self.HEADER_H - 0.5))
        p.drawLine(QPointF(self.LABEL_W - 0.5, 0), QPointF(self.LABEL_W - 0.5, height))
        # rows: labels and bars
        p.setFont(font)
        for row in range(first_row, last_row + 1):
            a = self.actions[row]
            r = self.row_rect(row)
            label_font = QFont(font)
            label_font.setStrikeOut(a.status == "dropped")
            p.setFont(label_font)
            p.setPen(QColor("#80858c") if a.status == "dropped" else pal.color(QPalette.ColorRole.WindowText))
            title = fm.elidedText(a.title, Qt.TextElideMode.ElideRight, self.LABEL_W - 16)
            p.drawText(QRectF(8, r.top(), self.LABEL_W - 12, r.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
            bar = self._bar(row, a)
            color = QColor(STATUS_COLORS.get(a.status, STATUS_COLORS["planned"]))
            if a.status == "dropped":
                color.setAlpha(110)
            p.setBrush(color)
            p.setPen(QPen(TODAY_COLOR, 2) if a.id in self.errors else Qt.PenStyle.NoPen)
            p.drawRoundedRect(bar, 3, 3)
            if a.actual_start is not None:
                end = a.actual_end or min(self.today, _month_end(self.plan.horizon_end))
                x0, x1 = self.x_of(a.actual_start), self.x_of(end, end_of_day=True)
                p.setPen(QPen(QColor(40, 44, 52), 2))
                y = bar.bottom() + 2
                p.drawLine(QPointF(x0, y), QPointF(max(x0 + 2, x1), y))
        # today
        tx = self.today_x()
        if tx is not None:
            p.setPen(QPen(TODAY_COLOR, 2))
            p.drawLine(QPointF(tx, self.HEADER_H - 16), QPointF(tx, height))

    # -- interaction -------------------------------------------------------------------------------------
    def _set_current(self, row: int) -> None:
        if row != self.current and 0 <= row < len(self.actions):
            self.current = row
            self.update()
            self.current_changed.emit(self.actions[row].id)
            parent = self.parentWidget()
            area = parent.parentWidget() if parent else None
            if area is not None and hasattr(area, "ensureVisible"):
                r = self.row_rect(row)
                area.ensureVisible(int(self.LABEL_W / 2), int(r.center().y()), 10, int(self.ROW_H))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        row = self.row_at(event.position().y())
        if row >= 0:
            self._set_current(row)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt API
        row = self.row_at(event.position().y())
        if row >= 0:
            self._set_current(row)
            self.action_activated.emit(self.actions[row].id)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if not self.actions:
            return super().keyPressEvent(event)
        if key == Qt.Key.Key_Down:
            self._set_current(min(len(self.actions) - 1, self.current + 1))
        elif key == Qt.Key.Key_Up:
            self._set_current(max(0, self.current - 1))
        elif key == Qt.Key.Key_Home:
            self._set_current(0)
        elif key == Qt.Key.Key_End:
            self._set_current(len(self.actions) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            self.action_activated.emit(self.actions[self.current].id)
        else:
            super().keyPressEvent(event)

    def tooltip_text(self, row: int) -> str:
        a = self.actions[row]
        lines = [a.title, f"{month_range(a.start, a.end)} · {status_labels()[a.status]}",
                 tr("Odpowiada: %1").replace("%1", self.people.get(a.responsible_id or "", "—")),
                 tr("Koszt planowany: %1").replace("%1", pln(a.planned_cost))]
        if a.actual_start:
            lines.append(tr("Faktycznie: %1 – %2").replace("%1", a.actual_start.strftime("%d.%m.%Y"))
                         .replace("%2", a.actual_end.strftime("%d.%m.%Y") if a.actual_end else "…"))
        return "\n".join(lines)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            row = self.row_at(event.pos().y())
            if row >= 0:
                QToolTip.showText(event.globalPos(), self.tooltip_text(row), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def _month_end(ym: YearMonth) -> dt.date:
    return dt.date(ym[0], ym[1], _calendar.monthrange(*ym)[1])
