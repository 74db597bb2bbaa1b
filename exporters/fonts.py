"""The TTF fonts of the PDF exports, registered with reportlab once per process.

Base-14 PDF fonts have no Polish or Cyrillic glyphs, so every PDF uses DejaVu Sans shipped in
``resources/fonts`` (licence beside it); reportlab embeds a subset of it in each file.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) and map <b>/<i> in paragraphs to them; idempotent, thread-safe.

    Returns the (regular, bold) font names to use in styles."""
    global _registered
    with _lock:
        if not _registered:
            for name, file in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
            # there is no oblique face shipped: italic falls back to the upright one
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, REGULAR)
            addMapping(REGULAR, 1, 1, BOLD)
            _registered = True
    return REGULAR, BOLD
