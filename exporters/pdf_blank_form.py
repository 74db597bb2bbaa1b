"""Printable questionnaires: the blank diagnosis form (to fill on paper) and an answer sheet (a filled
form as a person reads it), in Polish, English or Ukrainian.

``render_blank_diagnosis_pdf(form, lang)`` and ``render_answer_sheet_pdf(form, answers, lang)`` return bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table

from exporters.pdf_base import ReportlabRenderer
from exporters.pdf_style import ACCENT_LIGHT, MUTED, RULE, esc, grid_table, p, pt, table_style
from forms.answers import answer_text, relevance_map
from forms.definition import Column, Form, Item, LocalizedText

TEXT = {
    "pl": {
        "version": "wersja kwestionariusza {v}", "school": "Szkoła", "date": "Data wypełnienia",
        "person": "Osoba wypełniająca (funkcja)",
        "howto": "Przy każdym pytaniu zaznacz jedną odpowiedź ☐ — albo kilka, gdy pytanie na to pozwala. "
                 "Gwiazdka * oznacza pytanie wymagane. Pytanie warunkowe wypełnij tylko wtedy, gdy dotyczy szkoły "
                 "(zależy od odpowiedzi na wskazane pytania). „Nie wiem” to także dobra odpowiedź.",
        "sheet": "Odpowiedzi szkoły", "many": "można zaznaczyć kilka", "conditional": "pytanie warunkowe — zależy od: {refs}",
        "number": "Wpisz liczbę", "range": "od {lo} do {hi}", "min": "co najmniej {lo}", "max": "najwyżej {hi}",
        "date_hint": "dd.mm.rrrr", "text_hint": "Wpisz odpowiedź", "options": "Odpowiedzi w kolumnie „{col}”: {opts}",
        "not_relevant": "nie dotyczy", "page": "Strona {page} z {total}", "contents": "Spis treści",
        "rows": "najwyżej {n} wierszy",
    },
    "en": {
        "version": "questionnaire version {v}", "school": "School", "date": "Date", "person": "Filled in by (role)",
        "howto": "For every question tick one answer ☐ — or several where the question allows it. An asterisk * "
                 "marks a required question. Answer a conditional question only when it applies (it depends on the "
                 "questions named). \"Don't know\" is a good answer too.",
        "sheet": "The school's answers", "many": "tick all that apply", "conditional": "conditional — depends on: {refs}",
        "number": "Write a number", "range": "from {lo} to {hi}", "min": "at least {lo}", "max": "at most {hi}",
        "date_hint": "dd.mm.yyyy", "text_hint": "Write your answer", "options": "Answers in column \"{col}\": {opts}",
        "not_relevant": "not applicable", "page": "Page {page} of {total}", "contents": "Contents",
        "rows": "at most {n} rows",
    },
    "uk": {
        "version": "версія анкети {v}", "school": "Школа", "date": "Дата заповнення",
        "person": "Хто заповнює (посада)",
        "howto": "У кожному питанні позначте одну відповідь ☐ — або кілька, якщо питання це дозволяє. Зірочка * "
                 "позначає обов'язкове питання. На умовне питання відповідайте лише тоді, коли воно стосується "
                 "школи (залежить від відповідей на вказані питання). «Не знаю» — теж добра відповідь.",
        "sheet": "Відповіді школи", "many": "можна позначити кілька", "conditional": "умовне питання — залежить від: {refs}",
        "number": "Впишіть число", "range": "від {lo} до {hi}", "min": "щонайменше {lo}", "max": "щонайбільше {hi}",
        "date_hint": "дд.мм.рррр", "text_hint": "Впишіть відповідь", "options": "Відповіді в колонці «{col}»: {opts}",
        "not_relevant": "не стосується", "page": "Сторінка {page} з {total}", "contents": "Зміст",
        "rows": "щонайбільше {n} рядків",
    },
}
BOX = "☐"
TABLE_BLANK_ROWS = 6


def _num(x: float | None) -> str:
    if x is None:
        return ""
    return f"{int(x)}" if float(x).is_integer() else f"{x}".replace(".", ",")


class QuestionnairePdfRenderer(ReportlabRenderer):
    """One step per part: ``intro``, ``section``, ``question`` and ``answer_area`` (blank) or
    ``answer_given`` (answer sheet)."""

    def __init__(self, form: Form, lang: str = "pl", answers: Mapping[str, Any] | None = None):
        super().__init__()
        self.form, self.lang, self.answers = form, lang if lang in TEXT else "pl", answers
        self.t = TEXT[self.lang]
        self.title = form.title.get(self.lang)
        self.subject = self.t["sheet"] if answers is not None else self.title
        self.numbers = {item.id: f"{section.number}.{i}" for section in form.sections
                        for i, item in enumerate(section.items, start=1)}
        self.relevant = relevance_map(form, answers) if answers is not None else {}

    def tr(self, text: LocalizedText | None) -> str:
        return text.get(self.lang) if text is not None else ""

    def header_text(self) -> tuple[str, str]:
        return self.title, self.t["version"].format(v=self.form.version)

    def footer_text(self) -> str:
        return f"EDUlab · {self.form.form_id} v{self.form.version}"

    def page_label(self, page: int, total: int) -> str:
        return self.t["page"].format(page=page, total=total)

    def story(self) -> list:
        out = self.intro()
        for section in self.form.sections:
            out += self.section(section)
        return out

    def intro(self) -> list:
        s = self.styles
        heading = self.title + (f" — {self.t['sheet']}" if self.answers is not None else "")
        fields = Table([[pt(self.t["school"], s.small), ""], [pt(self.t["date"], s.small), ""],
                        [pt(self.t["person"], s.small), ""]], colWidths=[50 * mm, self.frame_width - 50 * mm],
                       rowHeights=[9 * mm] * 3, hAlign="LEFT")
        fields.setStyle(table_style([("LINEBELOW", (1, 0), (1, -1), 0.5, MUTED), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out = [pt(heading, s.title), pt(self.t["version"].format(v=self.form.version), s.subtitle)]
        if self.answers is None:
            out += [fields, Spacer(1, 5 * mm), pt(self.t["howto"], s.body)]
        return out + [Spacer(1, 4 * mm)]

    def section(self, section) -> list:
        s = self.styles
        out = [CondPageBreak(50 * mm), self.heading(f"{section.number}. {esc(self.tr(section.label))}", 0)]
        if section.hint is not None:
            out.append(pt(self.tr(section.hint), s.small))
        for item in section.items:
            out.append(KeepTogether(self.question(item)))
        return out

    def question(self, item: Item) -> list:
        s = self.styles
        label = f"<b>{self.numbers[item.id]}</b>  {esc(self.tr(item.label))}" + (" *" if item.required else "")
        if item.unit is not None and item.type not in ("integer", "decimal"):
            label += f" ({esc(self.tr(item.unit))})"
        out: list = [Spacer(1, 2.5 * mm), p(label, s.body)]
        notes = []
        if item.hint is not None:
            notes.append(esc(self.tr(item.hint)))
        if item.relevant is not None:
            refs = ", ".join(self.numbers.get(r, r) for r in sorted(item.relevant.refs, key=self._order))
            notes.append(f"<i>{esc(self.t['conditional'].format(refs=refs))}</i>")
        if notes:
            out.append(p("<br/>".join(notes), s.small))
        if self.answers is None:
            out += self.answer_area(item)
        else:
            out += self.answer_given(item)
        return out

    def _order(self, item_id: str) -> tuple[int, ...]:
        return tuple(int(x) for x in self.numbers.get(item_id, "0.0").split("."))

    def answer_area(self, item: Item) -> list:
        s, t = self.styles, self.t
        if item.type in ("select_one", "scale", "select_multiple"):
            opts = "\u2003 ".join(f"{BOX}\u00a0{esc(c.label.get(self.lang))}" for c in item.choices)
            out = [p(opts, s.body)]
            if item.type == "select_multiple":
                out.append(pt(f"({t['many']})", s.tiny))
            return out
        if item.type in ("integer", "decimal"):
            bounds = ""
            if item.min is not None and item.max is not None:
                bounds = t["range"].format(lo=_num(item.min), hi=_num(item.max))
            elif item.min is not None:
                bounds = t["min"].format(lo=_num(item.min))
            elif item.max is not None:
                bounds = t["max"].format(lo=_num(item.min), hi=_num(item.max))
            unit = self.tr(item.unit)
            return [self._line(t["number"], 35 * mm, f"{unit}" + (f"  ({bounds})" if bounds else ""))]
        if item.type == "date":
            return [self._line(t["date_hint"], 35 * mm, "")]
        if item.type == "text":
            lines = Table([[""]] * 3, colWidths=[self.frame_width], rowHeights=[7 * mm] * 3, hAlign="LEFT")
            lines.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
            return [lines]
        if item.type == "table":
            return self._blank_table(item)
        return []

    def _line(self, before: str, width: float, after: str) -> Table:
        s = self.styles
        table = Table([[pt(before, s.small), "", pt(after, s.small)]],
                      colWidths=[32 * mm, width, self.frame_width - 32 * mm - width], rowHeights=[8 * mm],
                      hAlign="LEFT")
        table.setStyle(table_style([("LINEBELOW", (1, 0), (1, 0), 0.6, MUTED), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return table

    def _column_head(self, col: Column) -> str:
        head = esc(col.label.get(self.lang))
        if col.unit is not None:
            head += f" ({esc(col.unit.get(self.lang))})"
        return head + (" *" if col.required else "")

    def _blank_table(self, item: Item) -> list:
        s = self.styles
        n = min(item.max_rows, TABLE_BLANK_ROWS)
        head = [p(self._column_head(c), s.head_cell) for c in item.columns]
        rows = [head] + [[""] * len(item.columns) for _ in range(n)]
        width = self.frame_width / len(item.columns)
        table = grid_table(rows, [width] * len(item.columns), zebra=False,
                           extra=[("GRID", (0, 0), (-1, -1), 0.4, RULE)])
        table._argH[1:] = [7 * mm] * n  # room to write
        out: list = [table, pt(self.t["rows"].format(n=item.max_rows), s.tiny)]
        for col in item.columns:
            if col.choices:
                opts = ", ".join(c.label.get(self.lang) for c in col.choices)
                out.append(pt(self.t["options"].format(col=col.label.get(self.lang), opts=opts), s.tiny))
        return out

    def answer_given(self, item: Item) -> list:
        s = self.styles
        assert self.answers is not None
        if not self.relevant.get(item.id, True):
            return [pt(f"— {self.t['not_relevant']}", s.small)]
        value = self.answers.get(item.id)
        if item.type == "table" and isinstance(value, (list, tuple)) and value:
            head = [p(self._column_head(c), s.head_cell) for c in item.columns]
            rows = [head]
            for row in value:
                row = row if isinstance(row, Mapping) else {}
                rows.append([pt(answer_text(self.form, item.id, [{c.name: row.get(c.name)}], self.lang)
                                if row.get(c.name) is not None else "", s.cell) for c in item.columns])
            width = self.frame_width / len(item.columns)
            return [grid_table(rows, [width] * len(item.columns))]
        text = answer_text(self.form, item.id, value, self.lang)
        box = Table([[pt(text, s.body)]], colWidths=[self.frame_width], hAlign="LEFT")
        box.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT), ("LEFTPADDING", (0, 0), (-1, -1), 4)]))
        return [box]


def render_blank_diagnosis_pdf(form: Form, lang: str = "pl") -> bytes:
    """The questionnaire to print and fill in on paper (every section and question, boxes to tick)."""
    return QuestionnairePdfRenderer(form, lang).render()


def render_answer_sheet_pdf(form: Form, answers: Mapping[str, Any], lang: str = "pl") -> bytes:
    """The questionnaire with the school's answers as a person reads them (``forms.answers.answer_text``)."""
    return QuestionnairePdfRenderer(form, lang, answers).render()
