"""Writing values into openpyxl cells so that typed text never becomes a formula.

A spreadsheet program evaluates a cell that starts with ``=`` (and, when a value is retyped or imported
as CSV, ``+``, ``-``, ``@``, a tab or a carriage return) — "formula injection". Text that a person typed
goes through :func:`set_text`: it is stored as a string cell with the quote prefix (shown as text, kept as
text when edited), control characters that XML cannot hold are dropped and the length is capped at what
Excel accepts. Only :func:`set_formula` writes formulas, and only the exporter's own.
"""

from __future__ import annotations

import datetime as dt

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

RISKY_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32767  # Excel's limit per cell
PLN_FORMAT = '#,##0.00\\ "zł"'
NUMBER_FORMAT = "#,##0.##"
INTEGER_FORMAT = "0"
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
MONTH_FORMAT = "MM.YYYY"


class Formula(str):
    """A formula the exporter wrote itself (the only way a cell gets ``data_type == 'f'``)."""


def clean_text(value: object) -> str:
    """Characters XML cannot hold dropped; CR line ends made LF (an XML reader would do it anyway)."""
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return text[:MAX_CELL_TEXT]


def set_text(cell: Cell, value: object) -> Cell:
    raw = str(value)
    text = clean_text(raw)
    cell.value = text
    if raw.startswith(RISKY_PREFIXES) or text.startswith(RISKY_PREFIXES):
        cell.data_type = "s"  # openpyxl guessed 'f' for a leading '='; it is text
        cell.quotePrefix = True
    return cell


def set_formula(cell: Cell, formula: Formula) -> Cell:
    if not isinstance(formula, Formula) or not formula.startswith("="):
        raise TypeError("set_formula writes only the exporter's own Formula values")
    cell.value = str(formula)
    return cell


def set_value(cell: Cell, value: object, number_format: str | None = None) -> Cell:
    """Any exported value: None stays empty, numbers stay numbers, dates become dates, text stays text."""
    if value is None:
        cell.value = None
    elif isinstance(value, Formula):
        set_formula(cell, value)
    elif isinstance(value, bool):
        set_text(cell, "tak" if value else "nie")
    elif isinstance(value, (int, float)):
        cell.value = value
    elif isinstance(value, dt.datetime):
        cell.value = value.replace(tzinfo=None)  # Excel has no time zones: the local wall-clock time
        number_format = number_format or DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.value = value
        number_format = number_format or DATE_FORMAT
    else:
        set_text(cell, value)
    if number_format:
        cell.number_format = number_format
    return cell
