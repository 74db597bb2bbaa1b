"""A reportlab renderer with overridable steps that returns bytes (no disk), after pretix's invoice renderer.

Subclasses give ``story()``, ``header_text()`` and ``footer_text()``; the base class lays out A4 pages with
a header and a footer and builds the document in ONE pass. What is known only at the end — the page count
of "Strona x z y", the page of every heading for the table of contents, the PDF outline — is stamped when
the canvas saves: the canvas keeps each finished page until then (as pretix's NumberedCanvas does) and the
table of contents is laid out in advance from the headings of the story, leaving its page numbers to the
stamp. (reportlab's own TableOfContents needs two or three full builds.)
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Paragraph

from exporters.pdf_style import MUTED, RULE, Styles, make_styles


class Heading(Paragraph):
    """A paragraph that enters the table of contents and the PDF outline at ``level`` (0 or 1)."""

    def __init__(self, text: str, style, level: int, key: str):
        super().__init__(text, style)
        self.toc_level = level
        self.toc_key = key
        self.toc_text = self.getPlainText()


@dataclass
class _Placed:
    key: str
    text: str
    level: int
    page: int
    y: float  # top of the heading, absolute


@dataclass
class _Slot:
    key: str
    page: int
    x: float  # where the entry's text ends
    y: float  # its baseline
    right: float
    size: float


class ContentsList(Flowable):
    """The table of contents: one line per heading, laid out before the build; the canvas stamps the dot
    leaders, the page numbers and the links when it saves. Splits across pages if it must."""

    def __init__(self, renderer: ReportlabRenderer, entries: list[tuple[int, str, str]] | None = None):
        super().__init__()
        self.renderer = renderer
        self.entries = entries or []

    def _leading(self, level: int) -> float:
        styles = self.renderer.styles.toc_levels
        return styles[min(level, len(styles) - 1)].leading

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = sum(self._leading(level) for level, _, _ in self.entries)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        used, cut = 0.0, 0
        for level, _, _ in self.entries:
            if used + self._leading(level) > avail_height:
                break
            used += self._leading(level)
            cut += 1
        if cut == 0 or cut == len(self.entries):
            return []
        return [ContentsList(self.renderer, self.entries[:cut]), ContentsList(self.renderer, self.entries[cut:])]

    def draw(self):
        canvas, styles = self.canv, self.renderer.styles.toc_levels
        y = self.height
        number_room = 12 * mm
        for level, text, key in self.entries:
            style = styles[min(level, len(styles) - 1)]
            y -= style.leading
            baseline = y + (style.leading - style.fontSize) / 2 + 1
            x = style.leftIndent
            text = self.renderer.fit_text(text, style.fontName, style.fontSize, self.width - x - number_room)
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            canvas.drawString(x, baseline, text)
            end_x, end_y = canvas.absolutePosition(x + stringWidth(text, style.fontName, style.fontSize), baseline)
            right_x, _ = canvas.absolutePosition(self.width, baseline)
            self.renderer.contents_slots.append(_Slot(key, canvas.getPageNumber(), end_x, end_y, right_x,
                                                      style.fontSize))


class _NumberedCanvas(Canvas):
    """Holds every page until ``save``, then lets the renderer stamp what only the end knows."""

    def __init__(self, *args, renderer: ReportlabRenderer, **kwargs):
        super().__init__(*args, **kwargs)
        self._renderer = renderer
        self._pages: list[dict[str, Any]] = []

    def showPage(self):  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._renderer.stamp_page(self, self._pageNumber, total)
            Canvas.showPage(self)
        Canvas.save(self)


class _DocTemplate(BaseDocTemplate):
    renderer: ReportlabRenderer

    def afterFlowable(self, flowable):  # noqa: N802 - reportlab API
        if isinstance(flowable, Heading):
            top = self.frame._y + getattr(flowable, "height", 0) + flowable.getSpaceBefore()
            self.renderer.headings.append(_Placed(flowable.toc_key, flowable.toc_text, flowable.toc_level,
                                                  self.page, top))


class ReportlabRenderer:
    pagesize = A4
    left_margin = 18 * mm
    right_margin = 18 * mm
    top_margin = 20 * mm
    bottom_margin = 18 * mm
    title = "EDUlab"
    author = "EDUlab"
    subject = ""
    heading_min_space = 40 * mm  # a heading with less room than this below it starts a new page

    def __init__(self) -> None:
        self.styles: Styles = make_styles()
        self._contents_list: ContentsList | None = None
        self.headings: list[_Placed] = []
        self.contents_slots: list[_Slot] = []
        self._heading_count = 0

    # -- steps a subclass overrides ----------------------------------------------------------------------
    def story(self) -> list:
        raise NotImplementedError

    def header_text(self) -> tuple[str, str]:
        """(left, right) text of the page header (not on the first page); empty strings for none."""
        return "", ""

    def footer_text(self) -> str:
        return ""

    def page_label(self, page: int, total: int) -> str:
        return f"Strona {page} z {total}"

    def draw_header_footer(self, canvas: Canvas, doc) -> None:
        width, height = self.pagesize
        left, right = self.header_text()
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        size = 7.5
        if (left or right) and doc.page > 1:
            canvas.setFont(self.styles.regular, size)
            y = height - self.top_margin + 6 * mm
            canvas.drawString(self.left_margin, y, self.fit_text(left, self.styles.regular, size, width * 0.6))
            canvas.drawRightString(width - self.right_margin, y,
                                   self.fit_text(right, self.styles.regular, size, width * 0.28))
            canvas.line(self.left_margin, y - 1.8 * mm, width - self.right_margin, y - 1.8 * mm)
        y = self.bottom_margin - 9 * mm
        canvas.line(self.left_margin, y + 3.6 * mm, width - self.right_margin, y + 3.6 * mm)
        canvas.setFont(self.styles.regular, size)
        canvas.drawString(self.left_margin, y, self.fit_text(self.footer_text(), self.styles.regular, size,
                                                             width * 0.65))
        canvas.restoreState()

    # -- what is stamped at the end ----------------------------------------------------------------------
    def stamp_page(self, canvas: Canvas, page: int, total: int) -> None:
        width, _ = self.pagesize
        canvas.saveState()
        canvas.setFont(self.styles.regular, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - self.right_margin, self.bottom_margin - 9 * mm, self.page_label(page, total))
        canvas.restoreState()
        for heading in self.headings:  # outline and link targets, now that the page really exists
            if heading.page == page:
                canvas.bookmarkHorizontal(heading.key, 0, heading.y)
                canvas.addOutlineEntry(heading.text, heading.key, level=heading.level, closed=heading.level > 0)
        pages = {h.key: h.page for h in self.headings}
        for slot in self.contents_slots:
            if slot.page != page or slot.key not in pages:
                continue
            number = str(pages[slot.key])
            canvas.saveState()
            canvas.setFont(self.styles.regular, slot.size)
            canvas.setFillColor(MUTED)
            number_x = slot.right - stringWidth(number, self.styles.regular, slot.size)
            dot = stringWidth(" .", self.styles.regular, slot.size)
            dots = int((number_x - slot.x - 6) / dot)
            if dots > 0:
                canvas.drawRightString(number_x - 3, slot.y, " ." * dots)
            canvas.setFillColor(self.styles.toc_levels[0].textColor)
            canvas.drawString(number_x, slot.y, number)
            canvas.restoreState()
            canvas.linkAbsolute("", slot.key, (self.left_margin, slot.y - 3, slot.right, slot.y + slot.size + 2))

    # -- helpers ------------------------------------------------------------------------------------------
    def heading(self, text: str, level: int = 0) -> Heading:
        """A heading (already-escaped markup) that enters the contents; level 0 = chapter, 1 = section."""
        self._heading_count += 1
        style = self.styles.h1 if level == 0 else self.styles.h2
        return Heading(text, style, level, f"h{self._heading_count}")

    def table_of_contents(self) -> ContentsList:
        """A placeholder for the contents; filled with every Heading of the story before the build."""
        self._contents_list = ContentsList(self)
        return self._contents_list

    def fit_text(self, text: str, font: str, size: float, max_width: float) -> str:
        if stringWidth(text, font, size) <= max_width:
            return text
        while text and stringWidth(text + "…", font, size) > max_width:
            text = text[:-1]
        return text + "…"

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - self.left_margin - self.right_margin

    # -- building -----------------------------------------------------------------------------------------
    def render(self) -> bytes:
        buffer = io.BytesIO()
        doc = _DocTemplate(buffer, pagesize=self.pagesize, leftMargin=self.left_margin,
                           rightMargin=self.right_margin, topMargin=self.top_margin,
                           bottomMargin=self.bottom_margin, title=self.title, author=self.author,
                           subject=self.subject, creator="EDUlab (reportlab)")
        doc.renderer = self
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.draw_header_footer,
                                           pagesize=self.pagesize)])
        self._heading_count = 0
        self._contents_list, self.headings, self.contents_slots = None, [], []
        story = self.story()
        if self._contents_list is not None:
            self._contents_list.entries = [(f.toc_level, f.toc_text, f.toc_key) for f in story if isinstance(f, Heading)]
        story = [item for f in story
                 for item in ((CondPageBreak(self.heading_min_space), f) if isinstance(f, Heading) else (f,))]

        def canvasmaker(*args, **kwargs):
            kwargs["initialFontName"] = self.styles.regular  # no stray non-embedded Helvetica
            return _NumberedCanvas(*args, renderer=self, **kwargs)

        doc.build(story, canvasmaker=canvasmaker)
        return buffer.getvalue()
