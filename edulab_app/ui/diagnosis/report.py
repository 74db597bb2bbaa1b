"""Area "Wyniki diagnozy": area scores as a chart (drawn with QPainter, with the same numbers in a table),
strengths, priorities with their reasons and evidence, and the comparison with the previous diagnosis."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import NotFound
from edulab_app.services import diagnosis
from edulab_app.services.context import AppContext
from edulab_app.services.diagnosis import Report
from edulab_app.ui.i18n import chosen_language
from edulab_app.ui.page_header import page_header
from forms.areas import AREAS, AREAS_BY_ID
from forms.result import Priority
from forms.scoring import STRENGTH_THRESHOLD

RESOURCES_COLOR = QColor("#1f77b4")
NEEDS_COLOR = QColor("#e6750a")
MARKER_COLOR = QColor("#1a1a1a")
GRID_COLOR = QColor("#d5d9de")
MUTED_COLOR = QColor("#5f6368")


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def _delta(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:+.0f}" if round(value) != 0 else "0"


@dataclass(frozen=True)
class ChartRow:
    area_id: str
    number: int
    title: str
    resources: float | None
    needs: float | None
    previous_resources: float | None = None


class AreaScoreChart(QWidget):
    """Horizontal bars 0–100 per area: resources and needs, and a marker at last year's resources."""

    ROW_HEIGHT = 48
    AXIS_HEIGHT = 24

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[ChartRow] = []
        self.previous_year: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(520)
        self.setAccessibleName(self.tr("Wykres: zasoby i potrzeby w obszarach diagnozy"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _legend(self, width: int) -> tuple[list[tuple[float, float, QColor, str, str]], int]:
        """Legend entries placed in lines that fit ``width``: (x, y, colour, text, kind), and the height."""
        entries = [(RESOURCES_COLOR, self.tr("Zasoby (więcej = lepiej wyposażona szkoła)"), "bar"),
                   (NEEDS_COLOR, self.tr("Potrzeby (więcej = pilniejsze)"), "bar")]
        if self.previous_year:
            entries.append((MARKER_COLOR, self.tr("Zasoby w roku %1").replace("%1", self.previous_year), "marker"))
        fm = self.fontMetrics()
        placed, x, y = [], 6.0, 6.0
        for color, text, kind in entries:
            needed = 20 + fm.horizontalAdvance(text) + 22
            if x > 6 and x + needed > width:
                x, y = 6.0, y + 22
            placed.append((x, y, color, text, kind))
            x += needed
        return placed, int(y + 22 + 8)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        height = self._height_for(self.width())
        if height != self.height():
            self.setFixedHeight(height)

    def _height_for(self, width: int) -> int:
        return self._legend(width)[1] + len(self.rows) * self.ROW_HEIGHT + self.AXIS_HEIGHT + 6

    def set_rows(self, rows: list[ChartRow], previous_year: str | None = None) -> None:
        self.rows, self.previous_year = list(rows), previous_year
        lines = []
        for row in rows:
            line = self.tr("%1. %2: zasoby %3, potrzeby %4").replace("%1", str(row.number)).replace("%2", row.title) \
                .replace("%3", _score(row.resources)).replace("%4", _score(row.needs))
            if previous_year:
                line += self.tr(" (zasoby rok wcześniej: %1)").replace("%1", _score(row.previous_resources))
            lines.append(line)
        self.setAccessibleDescription("; ".join(lines))
        self.setFixedHeight(self._height_for(max(self.width(), 520)))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(780, self._height_for(780))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, self.sizeHint().height())

    def _geometry(self) -> tuple[float, float, float]:
        """x where the label column ends, x of 0 and x of 100 on the bar axis."""
        width = self.width()
        label_width = min(340.0, max(180.0, width * 0.36))
        value_width = self.fontMetrics().horizontalAdvance("100") + 14
        return label_width, label_width + 12, width - value_width - 6

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        label_width, x0, x100 = self._geometry()
        span = x100 - x0
        fm = self.fontMetrics()
        text_color = self.palette().text().color()

        legend, top = self._legend(self.width())
        for x, y, color, text, kind in legend:
            if kind == "bar":
                painter.fillRect(QRectF(x, y + 4, 14, 12), color)
            else:
                self._marker(painter, x + 7, y + 1, 18)
            painter.setPen(text_color)
            painter.drawText(QRectF(x + 20, y, fm.horizontalAdvance(text) + 4, 20),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

        bottom = top + len(self.rows) * self.ROW_HEIGHT
        # zebra stripes, then the grid
        for n in range(len(self.rows)):
            if n % 2 == 0:
                painter.fillRect(QRectF(0, top + n * self.ROW_HEIGHT, self.width(), self.ROW_HEIGHT),
                                 QColor("#f5f7fa"))
        painter.setPen(QPen(GRID_COLOR, 1))
        for value in (0, 25, 50, 75, 100):
            gx = x0 + span * value / 100
            painter.drawLine(QPointF(gx, top), QPointF(gx, bottom))
            painter.setPen(MUTED_COLOR)
            painter.drawText(QRectF(gx - 20, bottom + 2, 40, self.AXIS_HEIGHT - 4), Qt.AlignmentFlag.AlignCenter,
                             str(value))
            painter.setPen(QPen(GRID_COLOR, 1))

        bar_height = 13
        small = QFont(self.font())
        small.setItalic(True)
        for n, row in enumerate(self.rows):
            y = top + n * self.ROW_HEIGHT
            painter.setPen(text_color)
            painter.drawText(QRectF(6, y + 2, label_width - 8, self.ROW_HEIGHT - 4),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                             f"{row.number}. {row.title}")
            for k, (value, color) in enumerate(((row.resources, RESOURCES_COLOR), (row.needs, NEEDS_COLOR))):
                by = y + 9 + k * (bar_height + 4)
                if value is None:
                    painter.setFont(small)
                    painter.setPen(MUTED_COLOR)
                    painter.drawText(QRectF(x0 + 4, by - 2, span, bar_height + 4),
                                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                     self.tr("brak danych"))
                    painter.setFont(self.font())
                    continue
                width = max(1.0, span * max(0.0, min(100.0, value)) / 100)
                painter.fillRect(QRectF(x0, by, width, bar_height), color)
                painter.setPen(text_color)
                painter.drawText(QRectF(x0 + width + 4, by - 3, 60, bar_height + 6),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, _score(value))
            if self.previous_year and row.previous_resources is not None:
                mx = x0 + span * max(0.0, min(100.0, row.previous_resources)) / 100
                self._marker(painter, mx, y + 2, bar_height + 9)
        painter.end()

    @staticmethod
    def _marker(painter: QPainter, x: float, y: float, height: float) -> None:
        painter.setPen(QPen(MARKER_COLOR, 2))
        painter.drawLine(QPointF(x, y + 5), QPointF(x, y + height))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(MARKER_COLOR))
        painter.drawPolygon(QPolygonF([QPointF(x - 5, y), QPointF(x + 5, y), QPointF(x, y + 6)]))
        painter.setBrush(Qt.BrushStyle.NoBrush)


def _section_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(f"<h3>{html.escape(text)}</h3>", parent)
    label.setContentsMargins(0, 10, 0, 0)
    return label


def _rich(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    label.setAccessibleName(name)
    return label


class DiagnosisReportPage(QWidget):
    """The report of the school's diagnosis (page of the main window's navigator)."""

    @staticmethod
    def title() -> str:
        from edulab_app.ui.areas import area_title

        return area_title("diagnosis_report")

    def __init__(self, ctx: AppContext, rspo: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.rspo = ctx, rspo
        self.lang = chosen_language()
        self.report: Report | None = None
        outer = QVBoxLayout(self)
        top = page_header(self, outer, self.title())
        year_label = QLabel(self.tr("&Rok diagnozy:"), self)
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("Rok szkolny diagnozy w raporcie"))
        self.year_combo.setMinimumWidth(200)
        year_label.setBuddy(self.year_combo)
        self.year_combo.activated.connect(lambda i: self.reload(self.year_combo.itemData(i)))
        self.refresh_button = QPushButton(self.tr("&Odśwież"), self)
        self.refresh_button.setAccessibleName(self.tr("Odśwież wyniki"))
        self.refresh_button.clicked.connect(lambda: self.reload(self.year_combo.currentData()))
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addWidget(self.refresh_button)

        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        outer.addWidget(self.empty_label)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self.scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 6, 12, 12)
        self.summary_label = _rich(content, self.tr("Podsumowanie"))
        layout.addWidget(self.summary_label)
        self.missing_label = QLabel(content)
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("background: #fff4d6; border: 1px solid #e0b84f; padding: 6px; "
                                         "color: #3d2f00;")
        self.missing_label.setAccessibleName(self.tr("Ostrzeżenie o brakujących odpowiedziach"))
        layout.addWidget(self.missing_label)
        layout.addWidget(_section_label(self.tr("Wyniki obszarów (0–100)"), content))
        self.chart = AreaScoreChart(content)
        layout.addWidget(self.chart)
        layout.addWidget(_section_label(self.tr("Te same liczby w tabeli"), content))
        self.table = QTableWidget(0, 0, content)
        self.table.setAccessibleName(self.tr("Tabela wyników obszarów"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        layout.addWidget(self.table)
        layout.addWidget(_section_label(self.tr("Mocne strony"), content))
        self.strengths_label = _rich(content, self.tr("Mocne strony"))
        layout.addWidget(self.strengths_label)
        layout.addWidget(_section_label(self.tr("Priorytety (w kolejności ważności)"), content))
        self.priorities_box = QWidget(content)
        self.priorities_box.setAccessibleName(self.tr("Priorytety z uzasadnieniem"))
        self.priorities_layout = QVBoxLayout(self.priorities_box)
        self.priorities_layout.setContentsMargins(0, 0, 0, 0)
        self.priorities_layout.setSpacing(8)
        self.priority_labels: list[QLabel] = []
        layout.addWidget(self.priorities_box)
        self.comparison_heading = _section_label(self.tr("Postęp w porównaniu z poprzednią diagnozą"), content)
        layout.addWidget(self.comparison_heading)
        self.comparison_label = _rich(content, self.tr("Porównanie z poprzednią diagnozą"))
        layout.addWidget(self.comparison_label)
        self.notes_heading = _section_label(self.tr("Uwagi"), content)
        layout.addWidget(self.notes_heading)
        self.notes_label = _rich(content, self.tr("Uwagi do wyników"))
        layout.addWidget(self.notes_label)
        layout.addStretch(1)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll, 1)
        self.reload()
        self._fresh = True

    # --- loading -------------------------------------------------------------------------------------------
    def reload(self, school_year: str | None = None) -> None:
        db = self.ctx.db()
        found = diagnosis.list_diagnoses(db, self.rspo)
        self.year_combo.clear()
        for info in found:
            state = self.tr("zakończona") if info.finished else self.tr("w trakcie")
            self.year_combo.addItem(self.tr("%1 (%2)").replace("%1", info.school_year).replace("%2", state),
                                    info.school_year)
        try:
            self.report = diagnosis.report(db, self.rspo, school_year)
        except NotFound:
            self.report = None
            self.empty_label.setText(self.tr("Szkoła nie ma jeszcze diagnozy. Rozpocznij ją w obszarze „Diagnoza” — "
                                             "wyniki pojawią się tutaj, gdy tylko będą pierwsze odpowiedzi."))
            self.empty_label.show()
            self.scroll.hide()
            self.year_combo.setEnabled(False)
            return
        self.year_combo.setEnabled(True)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(self.report.diagnosis.school_year)))
        self.empty_label.hide()
        self.scroll.show()
        self._show(self.report)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._fresh:
            self._fresh = False
        else:
            self.reload(self.year_combo.currentData())  # answers may have changed in the diagnosis area

    def _area(self, area_id: str) -> str:
        area = AREAS_BY_ID.get(area_id)
        return area.title(self.lang) if area else area_id

    # --- rendering ---------------------------------------------------------------------------------------------
    def _show(self, rep: Report) -> None:
        result, previous = rep.result, rep.previous_result
        info = rep.diagnosis
        state = self.tr("zakończona") if info.finished else self.tr("w trakcie — wyniki mogą się zmienić")
        summary = self.tr("Diagnoza za rok szkolny <b>%1</b> (%2).").replace("%1", html.escape(info.school_year)) \
            .replace("%2", html.escape(state))
        if rep.previous is not None:
            summary += " " + self.tr("Porównanie z diagnozą za rok %1.") \
                .replace("%1", html.escape(rep.previous.school_year))
        summary += "<br>" + self.tr("Zasoby: co szkoła już ma (100 = w pełni). Potrzeby: jak pilne są potrzeby "
                                    "(100 = bardzo pilne). Duża przewaga potrzeb nad zasobami wskazuje priorytet.")
        self.summary_label.setText(summary)
        if rep.missing:
            self.missing_label.setText(self.tr("⚠ Diagnoza nie jest kompletna: brakuje %1 wymaganych odpowiedzi. "
                                               "Wyniki mogą się jeszcze zmienić — uzupełnij je w obszarze "
                                               "„Diagnoza” (Czego brakuje?).").replace("%1", str(len(rep.missing))))
            self.missing_label.show()
        else:
            self.missing_label.hide()

        rows = []
        for area in AREAS:
            score = result.area(area.id)
            before = previous.area(area.id) if previous else None
            rows.append(ChartRow(area.id, area.number, area.title(self.lang), score.resources if score else None,
                                 score.needs if score else None, before.resources if before else None))
        self.chart.set_rows(rows, rep.previous.school_year if rep.previous else None)
        self._fill_table(rep, rows)

        if result.strengths:
            items = "".join(
                f"<li><b>{html.escape(self._area(a))}</b> — "
                + self.tr("zasoby %1/100").replace("%1", _score(result.area(a).resources)) + "</li>"
                for a in result.strengths)
            self.strengths_label.setText(f"<ul>{items}</ul>")
        else:
            self.strengths_label.setText(self.tr("Żaden obszar nie ma jeszcze zasobów na poziomie %1/100 "
                                                 "lub wyższym.")
                                         .replace("%1", f"{STRENGTH_THRESHOLD:.0f}"))

        while self.priorities_layout.count():
            widget = self.priorities_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.priority_labels = []
        for priority in sorted(result.priorities, key=lambda p: p.rank):
            card = _rich(self.priorities_box, self.tr("Priorytet %1").replace("%1", str(priority.rank)))
            card.setText(self._priority_html(priority))
            card.setObjectName(f"priority_{priority.rank}")
            card.setStyleSheet("QLabel { background: #ffffff; border: 1px solid #d5d9de; border-left: 4px solid %s; "
                               "padding: 6px 10px; }" % ("#b71c1c" if priority.kind == "critical" else "#e6750a"))
            self.priorities_layout.addWidget(card)
            self.priority_labels.append(card)
        if not result.priorities:
            empty = _rich(self.priorities_box, self.tr("Priorytety"))
            empty.setText(self.tr("Diagnoza nie wskazuje priorytetów."))
            self.priorities_layout.addWidget(empty)

        comparison = rep.comparison()
        self.comparison_heading.setVisible(comparison is not None)
        self.comparison_label.setVisible(comparison is not None)
        if comparison is not None and rep.previous is not None:
            self.comparison_label.setText(self._comparison_html(comparison, rep.previous.school_year))

        self.notes_heading.setVisible(bool(result.notes))
        self.notes_label.setVisible(bool(result.notes))
        self.notes_label.setText("<ul>" + "".join(f"<li>{html.escape(n)}</li>" for n in result.notes) + "</ul>")

    def _kind(self, priority: Priority) -> str:
        return {"critical": self.tr("pilne — wymóg lub poważna luka"),
                "gap": self.tr("potrzeby przewyższają zasoby"),
                "lowest": self.tr("niskie zasoby")}.get(priority.kind, priority.kind)

    def _priority_html(self, priority: Priority) -> str:
        evidence = "".join(f"<li>„{html.escape(e.label)}”: <i>{html.escape(e.answer_text)}</i></li>"
                           for e in priority.evidence)
        area = AREAS_BY_ID.get(priority.area_id)
        where = f"{area.number}. {self._area(priority.area_id)}" if area else priority.area_id
        text = (f"<b>{priority.rank}. {html.escape(priority.title)}</b><br>"
                f"<span style='color:#5f6368;'>{html.escape(self._kind(priority))} · {html.escape(where)}</span>"
                f"<p style='margin-top:4px; margin-bottom:0px;'><b>{html.escape(self.tr('Dlaczego:'))}</b> "
                f"{html.escape(priority.reason)}</p>")
        if evidence:
            text += (f"<p style='margin-top:4px; margin-bottom:0px;'><b>"
                     f"{html.escape(self.tr('Na podstawie odpowiedzi:'))}</b></p>"
                     f"<ul style='margin-top:0px; margin-bottom:0px;'>{evidence}</ul>")
        return text

    def _comparison_html(self, comparison, previous_year: str) -> str:
        def titles(priorities) -> str:
            return "".join(f"<li>{html.escape(p.title)}</li>" for p in priorities)

        parts = []
        up = [d for d in comparison.areas if d.resources_delta is not None and d.resources_delta >= 1]
        down = [d for d in comparison.areas if d.resources_delta is not None and d.resources_delta <= -1]
        parts.append(self.tr("Od roku %1 zasoby wzrosły w obszarach: %2 z %4; spadły: %3 z %4.")
                     .replace("%1", previous_year).replace("%2", str(len(up))).replace("%3", str(len(down)))
                     .replace("%4", str(len(comparison.areas))))
        biggest = sorted(up, key=lambda d: -d.resources_delta)[:3]
        if biggest:
            parts.append(self.tr("Największy postęp: %1.").replace("%1", "; ".join(
                f"{html.escape(self._area(d.area_id))} ({_delta(d.resources_delta)} pkt)" for d in biggest)))
        html_text = "<p>" + " ".join(parts) + "</p>"
        if comparison.resolved:
            html_text += f"<p><b>{html.escape(self.tr('Rozwiązane priorytety'))}</b> " \
                         f"({html.escape(self.tr('były rok wcześniej, teraz ich nie ma'))}):<ul>" \
                         f"{titles(comparison.resolved)}</ul></p>"
        if comparison.new:
            html_text += f"<p><b>{html.escape(self.tr('Nowe priorytety'))}</b>:<ul>{titles(comparison.new)}</ul></p>"
        if comparison.kept:
            html_text += f"<p><b>{html.escape(self.tr('Nadal aktualne'))}</b>:<ul>{titles(comparison.kept)}</ul></p>"
        html_text += "<p>" + html.escape(self.tr("Zmiany w poszczególnych obszarach są w tabeli powyżej.")) + "</p>"
        return html_text

    def _fill_table(self, rep: Report, rows: list[ChartRow]) -> None:
        comparison = rep.comparison()
        headers = [self.tr("Obszar"), self.tr("Zasoby"), self.tr("Potrzeby"), self.tr("Potrzeby\n− zasoby"),
                   self.tr("Odpowiedzi\n„nie wiem”")]
        if rep.previous is not None:
            headers += [self.tr("Zasoby\n%1").replace("%1", rep.previous.school_year), self.tr("Zmiana\nzasobów"),
                        self.tr("Zmiana\npotrzeb")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            score = rep.result.area(row.area_id)
            values = [f"{row.number}. {row.title}", _score(row.resources), _score(row.needs),
                      _delta(score.gap) if score else "—", str(score.unknown) if score else "—"]
            if comparison is not None:
                delta = comparison.area(row.area_id)
                values += [_score(row.previous_resources), _delta(delta.resources_delta if delta else None),
                           _delta(delta.needs_delta if delta else None)]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                if c:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_table()

    def _fit_table(self) -> None:
        """The table as tall as its rows (the page scrolls, not the table)."""
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth() + 2 \
            + sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        if height != self.table.height():
            self.table.setFixedHeight(height)
