"""The right-hand side of the diagnosis window: one section's questions, the summary of what is missing,
and the start screen shown while the school has no diagnosis."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from edulab_app.ui.diagnosis.renderer import MUTED_STYLE, ItemWidget, create_item_widget
from forms.areas import AREAS
from forms.definition import Form, Section

LINK_SCHEME = "item"


class SectionView(QWidget):
    """The questions of one section, rendered by the generic renderer, in form order."""

    def __init__(self, form: Form, section: Section, answers: Mapping[str, Any], relevance: Mapping[str, bool],
                 lang: str, read_only: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.form, self.section, self.lang = form, section, lang
        self.setObjectName(f"section_{section.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(0)
        where = QLabel(self.tr("Obszar %1 z %2").replace("%1", str(section.number))
                       .replace("%2", str(len(AREAS))), self)
        where.setStyleSheet(MUTED_STYLE)
        layout.addWidget(where)
        heading = QLabel(f"<h2>{html.escape(section.label.get(lang))}</h2>", self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if section.hint:
            hint = QLabel(html.escape(section.hint.get(lang)), self)
            hint.setWordWrap(True)
            hint.setObjectName("section_hint")
            hint.setStyleSheet("background: #f1f4f8; border-left: 3px solid #8aa4c8; padding: 6px 8px; "
                               "color: #333;")
            layout.addWidget(hint)
        legend = QLabel(self.tr('Pytania oznaczone <span style="color:#b71c1c;">*</span> są wymagane. '
                                "Każda odpowiedź zapisuje się sama, gdy ją podasz."), self)
        legend.setStyleSheet(MUTED_STYLE)
        legend.setWordWrap(True)
        layout.addSpacing(6)
        layout.addWidget(legend)
        self.widgets: dict[str, ItemWidget] = {}
        self.separators: dict[str, QFrame] = {}
        for item in section.items:
            line = QFrame(self)
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Plain)
            line.setStyleSheet("color: #dde1e6;")
            layout.addWidget(line)
            widget = create_item_widget(form, item, lang, self)
            widget.set_value(answers.get(item.id))
            widget.set_read_only(read_only)
            layout.addWidget(widget)
            self.widgets[item.id] = widget
            self.separators[item.id] = line
        layout.addStretch(1)
        self.apply_relevance(relevance)

    def apply_relevance(self, relevance: Mapping[str, bool]) -> None:
        """Show only the questions that are asked, given the answers so far."""
        for item_id, widget in self.widgets.items():
            shown = relevance.get(item_id, True)
            if widget.isHidden() == shown:
                widget.setVisible(shown)
                self.separators[item_id].setVisible(shown)

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets.values():
            widget.set_read_only(read_only)

    def mute(self) -> None:
        for widget in self.widgets.values():
            widget.mute()

    def commit_pending(self) -> None:
        for widget in self.widgets.values():
            if not widget.isHidden() and not widget.read_only:
                widget.commit()

    def focus_first(self) -> bool:
        """Focus the first question that can be answered; False when there is none (read-only)."""
        for widget in self.widgets.values():
            if not widget.isHidden() and any(w.isEnabled() for w in widget.inputs()):
                widget.focus_input()
                return True
        return False

    def focus_chain(self) -> list[QWidget]:
        return [w for item in self.widgets.values() for w in item.inputs()]


class MissingView(QWidget):
    """What is still missing (and what is wrong), grouped by section, each entry a link to its field."""

    link_activated = Signal(str)  # item id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = QLabel(f"<h2>{self.tr('Czego brakuje?')}</h2>", self)
        layout.addWidget(self.heading)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Lista brakujących odpowiedzi z odnośnikami do pytań"))
        self.browser.anchorClicked.connect(self._clicked)
        layout.addWidget(self.browser, 1)
        self.links: list[str] = []

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.link_activated.emit(url.path())

    def show_problems(self, form: Form, missing: list[tuple[str, str, str]], invalid: Mapping[str, list[str]],
                      lang: str, refused: bool = False) -> None:
        """``missing``: (section id, item id, label) of required questions without an answer;
        ``invalid``: item id -> messages. ``refused``: finishing was just refused because of these."""
        per_section: dict[str, list[str]] = {s.id: [] for s in form.sections}
        self.links = []
        for section_id, item_id, _label in missing:
            label = form.item(item_id).label.get(lang)
            per_section[section_id].append(
                f'<li><a href="{LINK_SCHEME}:{item_id}">{html.escape(label)}</a> — '
                f'{html.escape(self.tr("brak odpowiedzi"))}</li>')
            self.links.append(item_id)
        for item_id, messages in invalid.items():
            if not form.has_item(item_id):
                continue
            item = form.item(item_id)
            text = " ".join(messages)
            per_section[item.section_id].append(
                f'<li><a href="{LINK_SCHEME}:{item_id}">{html.escape(item.label.get(lang))}</a> — '
                f'<span style="color:#b71c1c;">{html.escape(text)}</span></li>')
            self.links.append(item_id)
        count = len(self.links)
        if not count:
            self.intro.setText(self.tr("✓ Na wszystkie wymagane pytania są odpowiedzi i żadna odpowiedź nie "
                                       "wymaga poprawy. Diagnozę można zakończyć."))
            self.browser.setHtml("")
            return
        lead = (self.tr("Nie można jeszcze zakończyć diagnozy.") + " ") if refused else ""
        self.intro.setText(lead + self.tr("Do uzupełnienia lub poprawy: %1. Kliknij pytanie (albo przejdź do "
                                          "niego klawiszem Tab i naciśnij Enter), aby do niego przejść.")
                           .replace("%1", str(count)))
        parts = []
        for section in form.sections:
            entries = per_section[section.id]
            if entries:
                parts.append(f"<h3>{section.number}. {html.escape(section.label.get(lang))}</h3>"
                             f"<ul>{''.join(entries)}</ul>")
        self.browser.setHtml("".join(parts))


class StartView(QWidget):
    """The school has no diagnosis yet: what it is, and a button that starts one."""

    start_requested = Signal(str)  # school year

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        title = QLabel(f"<h2>{self.tr('Diagnoza potrzeb i zasobów szkoły')}</h2>", self)
        text = QLabel(self.tr(
            "<p>Diagnoza to pierwszy krok: pozwala zobaczyć, co szkoła już robi dla uczniów z doświadczeniem "
            "migracji, a czego jeszcze potrzebuje. Składa się z 12 obszarów — od przyjęcia ucznia, przez naukę "
            "języka polskiego, po współpracę z rodzicami i budżet.</p>"
            "<p>Każda odpowiedź zapisuje się od razu, więc diagnozę można wypełniać na raty — program "
            "otworzy ją w miejscu, w którym skończyliście. Jeśli czegoś nie wiecie, zaznaczcie "
            "„nie wiem” — to też jest ważna informacja.</p>"
            "<p>Na końcu program pokaże wyniki obszarów, mocne strony szkoły i priorytety z uzasadnieniem — "
            "z nich powstaje plan działania. Za rok nowa diagnoza zacznie się od obecnych odpowiedzi "
            "i pokaże postęp.</p>"), self)
        text.setWordWrap(True)
        text.setMaximumWidth(720)
        row = QHBoxLayout()
        label = QLabel(self.tr("Rok sz&kolny:"), self)
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("Rok szkolny nowej diagnozy"))
        label.setBuddy(self.year_combo)
        self.start_button = QPushButton(self.tr("&Rozpocznij diagnozę"), self)
        self.start_button.setAccessibleName(self.tr("Rozpocznij diagnozę"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self.year_combo.currentText()))
        row.addWidget(label)
        row.addWidget(self.year_combo)
        row.addSpacing(12)
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(1)

    def set_years(self, years: list[str], default: str) -> None:
        self.year_combo.clear()
        self.year_combo.addItems(years)
        self.year_combo.setCurrentIndex(max(0, years.index(default) if default in years else 0))
