"""Shown when the install holds no school yet: one click to the demo school or to a new school."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    demo_requested = Signal()
    new_school_requested = Signal()
    expert_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("<h1>Szkoła włączająca krok po kroku</h1>"), self)
        text = QLabel(self.tr(
            "Ten program prowadzi szkołę przez diagnozę potrzeb i zasobów, pomaga ułożyć kilkuletni plan "
            "działania z harmonogramem, kadrą i kosztami oraz śledzić jego realizację.\n\n"
            "Zacznij od dodania swojej szkoły albo obejrzyj gotową szkołę demonstracyjną."), self)
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        demo = QPushButton(self.tr("Otwórz &szkołę demonstracyjną"), self)
        demo.setAccessibleName(self.tr("Otwórz szkołę demonstracyjną"))
        demo.clicked.connect(self.demo_requested)
        new = QPushButton(self.tr("&Dodaj swoją szkołę…"), self)
        new.setAccessibleName(self.tr("Dodaj swoją szkołę"))
        new.clicked.connect(self.new_school_requested)
        new.setDefault(True)
        expert = QPushButton(self.tr("Jestem &ekspertem EDUlab — przeglądam plany szkół"), self)
        expert.setAccessibleName(self.tr("Przestrzeń robocza eksperta EDUlab"))
        expert.clicked.connect(self.expert_requested)
        for w in (title, text, new, demo, expert):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        self.demo_button, self.new_button, self.expert_button = demo, new, expert
