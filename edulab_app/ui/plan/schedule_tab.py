"""Harmonogram: the Gantt chart in a scroll area, with its legend."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from edulab_app.ui.plan.common import STATUS_COLORS, status_labels
from edulab_app.ui.plan.document import PlanDocument
from edulab_app.ui.plan.gantt import BREAK_COLOR, TODAY_COLOR, GanttChart


class ScheduleTab(QWidget):
    action_activated = Signal(str)

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Działania miesiąc po miesiącu. Szare pola to ferie, przerwy świąteczne i wakacje "
                               "z kalendarza szkolnego, czerwona linia — dziś, czarna kreska pod paskiem — faktyczny "
                               "przebieg. Dwuklik lub Enter otwiera działanie do edycji."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.chart = GanttChart(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.chart)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay.addWidget(self.scroll, 1)
        swatches = [f"<span style='color:{STATUS_COLORS[k].name()}'>■</span> {label}"
                    for k, label in status_labels().items()]
        swatches.append(f"<span style='color:{BREAK_COLOR.darker(115).name()}'>■</span> "
                        + self.tr("ferie, przerwy, wakacje"))
        swatches.append(f"<span style='color:{TODAY_COLOR.name()}'>│</span> " + self.tr("dziś"))
        swatches.append(f"<span style='color:{TODAY_COLOR.name()}'>□</span> " + self.tr("działanie z błędem"))
        self.legend = QLabel("&nbsp;&nbsp;&nbsp;".join(swatches), self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.legend)
        self.chart.action_activated.connect(self.action_activated)
        doc.reset.connect(self.refresh)
        doc.action_changed.connect(lambda _id: self.refresh())
        doc.staff_changed.connect(self.refresh)
        doc.findings_changed.connect(self.refresh)
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.chart.fit_width(self.scroll.viewport().width())

    def refresh(self) -> None:
        doc = self.doc
        errors = {f.action_id for f in doc.findings if f.severity == "error" and f.action_id}
        self.chart.set_plan(doc.plan, {p.id: doc.person_name(p.id) for p in doc.people}, errors, doc.today)
        self.chart.fit_width(self.scroll.viewport().width())
