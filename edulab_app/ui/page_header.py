"""The head of every area page: the title on the left, room on the right for a state or controls, and an
optional introduction under it — one look for all pages."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


def page_header(page: QWidget, outer: QVBoxLayout, title: str, intro: str = "") -> QHBoxLayout:
    """Add the heading row (and the introduction) to ``outer``; returns the row for widgets on the right."""
    row = QHBoxLayout()
    row.addWidget(QLabel(f"<h2>{escape(title)}</h2>", page))
    row.addStretch(1)
    outer.addLayout(row)
    if intro:
        text = QLabel(intro, page)
        text.setWordWrap(True)
        outer.addWidget(text)
    return row
