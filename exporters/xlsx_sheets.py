"""Table-shaped worksheets: a styled header row, typed values, frozen header, filter and sensible widths."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exporters.safe_cells import Formula, set_value

HEADER_FILL = PatternFill("solid", fgColor="1D4E89")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TOTAL_FILL = PatternFill("solid", fgColor="DBE7F5")
BOLD = Font(bold=True)
THIN = Side(style="thin", color="9AA5B1")
TOP_RULE = Border(top=Side(style="medium", color="1D4E89"))
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
MIN_WIDTH, MAX_WIDTH = 6, 60
LINE_HEIGHT = 15  # points per line of 11-point text


@dataclass(frozen=True)
class Col:
    title: str
    number_format: str | None = None
    width: float | None = None  # None: from the content
    wrap: bool = False


def _wrapped_lines(value: object, width: float) -> int:
    if not isinstance(value, str) or not value:
        return 1
    chars = max(1, int(width * 1.1) - 1)  # a column of width w holds about w characters of the default font
    return sum(max(1, math.ceil(len(line) / chars)) for line in value.split("\n"))


def _display_length(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, Formula):
        return 12
    if isinstance(value, float):
        return len(f"{value:,.2f}") + 3
    if isinstance(value, (dt.date, dt.datetime)):
        return 11
    return max((len(line) for line in str(value).splitlines()), default=0)


def write_table(ws: Worksheet, cols: Sequence[Col], rows: Iterable[Sequence[object]], *, first_row: int = 1,
                first_col: int = 1, freeze_cols: int = 0, autofilter: bool = True) -> int:
    """Write a header row and the rows below it; returns the number of the last row written.

    The header is frozen (with ``freeze_cols`` columns), a filter covers the table, widths follow the
    content within bounds, wrapped columns keep their fixed width."""
    lengths = [len(c.title) for c in cols]
    for j, col in enumerate(cols):
        cell = ws.cell(first_row, first_col + j)
        set_value(cell, col.title)
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = first_row
    for r, row in enumerate(rows, start=first_row + 1):  # noqa: B007 - r is used after the loop
        lines = 1
        for j, (col, value) in enumerate(zip(cols, row, strict=True)):
            cell = set_value(ws.cell(r, first_col + j), value, col.number_format)
            if col.wrap:
                cell.alignment = WRAP_TOP
                lines = max(lines, _wrapped_lines(value, col.width or MAX_WIDTH))
            lengths[j] = max(lengths[j], _display_length(value))
        if lines > 1:  # not every program fits row heights to wrapped text on opening
            ws.row_dimensions[r].height = min(409, LINE_HEIGHT * lines)
    for j, col in enumerate(cols):
        letter = get_column_letter(first_col + j)
        width = col.width if col.width is not None else min(MAX_WIDTH, max(MIN_WIDTH, lengths[j] + 2))
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = ws.cell(first_row + 1, first_col + freeze_cols)
    if autofilter and r > first_row:
        ws.auto_filter.ref = f"{get_column_letter(first_col)}{first_row}:{get_column_letter(first_col + len(cols) - 1)}{r}"
    return r


def style_total_row(ws: Worksheet, row: int, first_col: int, last_col: int) -> None:
    for c in range(first_col, last_col + 1):
        cell = ws.cell(row, c)
        cell.font, cell.fill, cell.border = BOLD, TOTAL_FILL, TOP_RULE


def col_range(col: int, first_row: int, last_row: int, sheet: str | None = None, absolute: bool = True) -> str:
    letter = get_column_letter(col)
    ref = f"${letter}${first_row}:${letter}${last_row}" if absolute else f"{letter}{first_row}:{letter}{last_row}"
    return f"'{sheet}'!{ref}" if sheet else ref
