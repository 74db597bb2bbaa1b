"""Styles, colours and small helpers shared by the PDF renderers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from exporters.fonts import register_fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#1d4e89")
ACCENT_LIGHT = colors.HexColor("#dbe7f5")
RULE = colors.HexColor("#9aa5b1")
ZEBRA = colors.HexColor("#f3f5f7")
STATUS_COLOURS = {"planned": colors.HexColor("#5b8bd0"), "in_progress": colors.HexColor("#e09b2d"),
                  "done": colors.HexColor("#3f9a5a"), "dropped": colors.HexColor("#b9bec4")}
SERIES = [colors.HexColor(c) for c in ("#1d4e89", "#e09b2d", "#3f9a5a", "#b8465b", "#7b5ea7", "#2a9d8f",
                                       "#8d6e63", "#5c6bc0")]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(text: object) -> str:
    """User or data text made safe for a reportlab Paragraph: markup escaped, control characters dropped,
    line breaks kept."""
    clean = _CONTROL.sub("", str(text)).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return escape(clean).replace("\n", "<br/>")


@dataclass
class Styles:
    regular: str
    bold: str
    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold_right: ParagraphStyle
    cell_center: ParagraphStyle
    head_cell: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    toc_levels: list[ParagraphStyle]


def make_styles() -> Styles:
    regular, bold = register_fonts()

    def style(name, font=regular, size=9.5, leading=None, **kw):
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3,
                              textColor=kw.pop("textColor", INK), **kw)

    return Styles(
        regular=regular, bold=bold,
        body=style("body", spaceAfter=4),
        small=style("small", size=8, textColor=MUTED, spaceAfter=3),
        tiny=style("tiny", size=7, leading=8.5, textColor=MUTED),
        cell=style("cell", size=8, leading=10),
        cell_bold=style("cell_bold", font=bold, size=8, leading=10),
        cell_right=style("cell_right", size=8, leading=10, alignment=TA_RIGHT),
        cell_bold_right=style("cell_bold_right", font=bold, size=8, leading=10, alignment=TA_RIGHT),
        cell_center=style("cell_center", size=8, leading=10, alignment=TA_CENTER),
        head_cell=style("head_cell", font=bold, size=8, leading=10, textColor=colors.white),
        h1=style("h1", font=bold, size=16, leading=20, textColor=ACCENT, spaceBefore=4, spaceAfter=8),
        h2=style("h2", font=bold, size=12, leading=15, textColor=ACCENT, spaceBefore=10, spaceAfter=5),
        h3=style("h3", font=bold, size=10, leading=13, spaceBefore=6, spaceAfter=3),
        title=style("title", font=bold, size=24, leading=30, textColor=ACCENT, spaceAfter=10),
        subtitle=style("subtitle", size=13, leading=18, textColor=INK, spaceAfter=6),
        toc_levels=[style("toc1", size=10.5, leading=16, leftIndent=0, firstLineIndent=0),
                    style("toc2", size=9.5, leading=13, leftIndent=14, firstLineIndent=0, textColor=MUTED)],
    )


def table_style(commands: list) -> TableStyle:
    """A TableStyle whose plain-string cells use DejaVu Sans (reportlab's default would be Helvetica, which has
    no Polish letters and is not embedded)."""
    regular, _ = register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), regular), *commands])


def grid_table(rows: list[list], widths: list[float], *, header_rows: int = 1, zebra: bool = True,
               extra: list | None = None, align_right_from: int | None = None) -> Table:
    """A table with a coloured header that repeats on every page, thin rules and zebra stripes."""
    table = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    commands = [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for r in range(header_rows, len(rows)):
            if (r - header_rows) % 2:
                commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    if align_right_from is not None:
        commands.append(("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"))
    table.setStyle(table_style(commands + (extra or [])))
    return table


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from already-escaped markup."""
    return Paragraph(text, style)


def pt(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph from plain text (escaped here)."""
    return Paragraph(esc(text), style)
