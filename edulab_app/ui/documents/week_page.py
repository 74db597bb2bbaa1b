"""Area "Tydzień dla wszystkich": the school adapts the scenario — five consecutive school days checked against
its calendar, people per role, costs per line, languages of the invitation — sees a preview (the week by day
and age group, the invitation in each language), saves it in the plan as an action with those costs and
exports the PDF with the invitations for families."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import NotFound, UserError, ValidationFailed
from edulab_app.services import documents
from edulab_app.services.context import AppContext
from edulab_app.ui.documents.common import (
    OK_STYLE,
    ErrorLine,
    ask_pdf_path,
    category_labels,
    language_labels,
    source_labels,
)
from edulab_app.ui.page_header import page_header
from exporters.atomic import ExportWriteError
from plans.catalogue import FUNDING_SOURCES
from plans.week_scenario import WeekPlan, week_from, why_not_school_day

COST_COLUMNS = 6


def _money(value: float) -> str:
    return f"{value:,.2f}".replace(",", "\u00a0").replace(".", ",") + "\u00a0zł"


class WeekPage(QWidget):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("DocumentsPage", "Tydzień dla wszystkich")

    def __init__(self, ctx: AppContext, rspo: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.rspo = ctx, rspo
        self.template = documents.week_template()
        self.week: WeekPlan | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        top = page_header(self, outer, self.title(), self.tr(
            "Pięć dni wydarzeń, w których szkoła pokazuje się jako wspólnota: języki, smaki i "
            "tradycje, zabawy, opowieści rodzinne i święto szkoły. Wybierz termin w kalendarzu "
            "szkoły, osoby i koszty, a potem zapisz tydzień w planie działania."))
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Stan zapisu tygodnia"))
        top.addWidget(self.state_label)
        self.errors = ErrorLine(self, self.focus_field)
        outer.addWidget(self.errors)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        form_scroll = QScrollArea(splitter)
        form_scroll.setWidgetResizable(True)
        form_host = QWidget(form_scroll)
        form_layout = QVBoxLayout(form_host)
        form_layout.addWidget(self._build_when(form_host))
        form_layout.addWidget(self._build_people(form_host))
        form_layout.addWidget(self._build_languages(form_host))
        form_layout.addWidget(self._build_costs(form_host))
        form_layout.addStretch(1)
        form_scroll.setWidget(form_host)

        preview_host = QWidget(splitter)
        preview_layout = QVBoxLayout(preview_host)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Podgląd:"), preview_host)
        self.preview_choice = QComboBox(preview_host)
        self.preview_choice.setAccessibleName(self.tr("Co pokazać w podglądzie"))
        label.setBuddy(self.preview_choice)
        self.preview_choice.currentIndexChanged.connect(self.update_preview)
        row.addWidget(label)
        row.addWidget(self.preview_choice, 1)
        preview_layout.addLayout(row)
        self.preview = QTextBrowser(preview_host)
        self.preview.setAccessibleName(self.tr("Podgląd tygodnia i zaproszenia"))
        self.preview.setOpenExternalLinks(False)
        preview_layout.addWidget(self.preview, 1)
        splitter.addWidget(form_scroll)
        splitter.addWidget(preview_host)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Zapisz &projekt"), self)
        self.save_button.setToolTip(self.tr("Sprawdź i zapisz tydzień (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.plan_button = QPushButton(self.tr("Zapisz w p&lanie"), self)
        self.plan_button.setToolTip(self.tr("Utwórz albo zaktualizuj działanie „Tydzień dla wszystkich” w planie "
                                             "działania, z tymi kosztami"))
        self.plan_button.clicked.connect(self.save_to_plan)
        self.pdf_button = QPushButton(self.tr("&Eksportuj PDF…"), self)
        self.pdf_button.setToolTip(self.tr("Program tygodnia i zaproszenia dla rodzin w ich językach"))
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        for b in (self.save_button, self.plan_button, self.pdf_button):
            buttons.addWidget(b)
        outer.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.reload()

    # -- building -------------------------------------------------------------------------------------------
    def _build_when(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Termin"), parent)
        form = QFormLayout(box)
        self.year_combo = QComboBox(box)
        self.year_combo.setAccessibleName(self.tr("Rok szkolny tygodnia"))
        from edulab_app.services.incidents import school_calendar

        self.calendar = school_calendar(self.ctx.db(), self.rspo)
        for year in self.calendar.years:
            self.year_combo.addItem(year, year)
        self.year_combo.activated.connect(lambda _: self.reload(self.year_combo.currentData()))
        form.addRow(self.tr("&Rok szkolny:"), self.year_combo)
        self.start_edit = QDateEdit(box)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("dd.MM.yyyy")
        self.start_edit.setAccessibleName(self.tr("Pierwszy dzień tygodnia"))
        self.start_edit.dateChanged.connect(self._dates_changed)
        form.addRow(self.tr("Pierwszy &dzień:"), self.start_edit)
        self.dates_label = QLabel(box)
        self.dates_label.setWordWrap(True)
        self.dates_label.setAccessibleName(self.tr("Dni tygodnia"))
        form.addRow(self.tr("Dni:"), self.dates_label)
        self.place_edit = QLineEdit(box)
        self.place_edit.setAccessibleName(self.tr("Miejsce i godzina święta szkoły"))
        self.place_edit.setPlaceholderText(self.tr("np. sala gimnastyczna, 16:00–19:00"))
        self.place_edit.textEdited.connect(self._changed)
        form.addRow(self.tr("&Miejsce święta:"), self.place_edit)
        self.contact_edit = QLineEdit(box)
        self.contact_edit.setAccessibleName(self.tr("Kontakt dla rodzin"))
        self.contact_edit.setPlaceholderText(self.tr("e-mail lub telefon koordynatora"))
        self.contact_edit.textEdited.connect(self._changed)
        form.addRow(self.tr("&Kontakt:"), self.contact_edit)
        return box

    def _build_people(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Osoby (kilka osób oddziel przecinkami)"), parent)
        form = QFormLayout(box)
        self.people_edits: dict[str, QLineEdit] = {}
        for role in self.template.roles:
            edit = QLineEdit(box)
            edit.setAccessibleName(role.title)
            edit.setToolTip("\n".join(role.tasks))
            edit.textEdited.connect(self._changed)
            self.people_edits[role.id] = edit
            form.addRow(f"{role.title}{' *' if role.required else ''}:", edit)
        return box

    def _build_languages(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Języki zaproszenia dla rodzin"), parent)
        row = QHBoxLayout(box)
        labels = language_labels()
        self.language_checks: dict[str, QCheckBox] = {}
        for code in self.template.languages:
            check = QCheckBox(labels.get(code, code), box)
            check.setAccessibleName(self.tr("Zaproszenie w języku: %1").replace("%1", labels.get(code, code)))
            if code == "pl":
                check.setChecked(True)
                check.setEnabled(False)
            check.toggled.connect(self._changed)
            self.language_checks[code] = check
            row.addWidget(check)
        row.addStretch(1)
        return box

    def _build_costs(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Koszty"), parent)
        layout = QVBoxLayout(box)
        self.costs_table = QTableWidget(0, COST_COLUMNS, box)
        self.costs_table.setHorizontalHeaderLabels([self.tr("Pozycja"), self.tr("Kategoria"), self.tr("Źródło"),
                                                    self.tr("Ilość"), self.tr("Cena (zł)"), self.tr("Kwota")])
        self.costs_table.setAccessibleName(self.tr("Koszty tygodnia"))
        self.costs_table.verticalHeader().setVisible(False)
        self.costs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.costs_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.costs_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 150), (3, 120), (4, 100)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.costs_table.setColumnWidth(column, width)
        self.costs_table.setMinimumHeight(300)
        layout.addWidget(self.costs_table)
        self.total_label = QLabel(box)
        self.total_label.setAccessibleName(self.tr("Koszt tygodnia razem"))
        layout.addWidget(self.total_label)
        return box

    # -- data -----------------------------------------------------------------------------------------------
    def reload(self, school_year: str | None = None) -> None:
        db = self.ctx.db()
        try:
            self.week = documents.proposed_week(db, self.rspo, school_year)
        except (ValidationFailed, NotFound) as exc:
            self.errors.show_text(str(exc))
            self.week = None
            return
        self._loading = True
        w = self.week
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(w.school_year)))
        year = self.calendar.year(w.school_year)
        self.start_edit.setDateRange(QDate(year.lessons_start.year, year.lessons_start.month, year.lessons_start.day),
                                     QDate(year.lessons_end.year, year.lessons_end.month, year.lessons_end.day))
        self.start_edit.setDate(QDate(w.start.year, w.start.month, w.start.day))
        self.place_edit.setText(w.place)
        self.contact_edit.setText(w.contact)
        for role_id, edit in self.people_edits.items():
            edit.setText(", ".join(w.names(role_id)))
        for code, check in self.language_checks.items():
            check.setChecked(code in w.languages)
        self._fill_costs(w)
        self._loading = False
        self._dates_changed()
        saved = documents.week_saved_in_plan(db, self.rspo, w.school_year)
        stored = documents.get_week(db, self.rspo, w.school_year) is not None
        self._set_state(self.tr("✓ Zapisano w planie działania") if saved else
                        (self.tr("Projekt zapisany — nie ma go jeszcze w planie") if stored else
                         self.tr("Propozycja — niezapisana")))
        self.errors.hide()
        self._fill_preview_choice()
        self.update_preview()

    def _set_state(self, text: str, ok: bool = True) -> None:
        self.state_label.setText(text)
        self.state_label.setStyleSheet(OK_STYLE if ok and text.startswith("✓") else "")

    def _fill_costs(self, week: WeekPlan) -> None:
        cats, sources = category_labels(), source_labels()
        self.costs_table.setRowCount(len(week.costs))
        self.cost_ids: list[str] = []
        self.cost_widgets: list[tuple[QComboBox, QDoubleSpinBox, QDoubleSpinBox]] = []
        for r, c in enumerate(week.costs):
            self.cost_ids.append(c.id)
            item = QTableWidgetItem(c.title)
            item.setToolTip(c.title + (f"\n{c.note}" if c.note else ""))
            self.costs_table.setItem(r, 0, item)
            self.costs_table.setItem(r, 1, QTableWidgetItem(cats.get(c.category, c.category)))
            source = QComboBox(self.costs_table)
            for key in FUNDING_SOURCES:
                source.addItem(sources.get(key, key), key)
            source.setCurrentIndex(max(0, source.findData(c.source)))
            source.setAccessibleName(self.tr("Źródło finansowania: %1").replace("%1", c.title))
            quantity = QDoubleSpinBox(self.costs_table)
            quantity.setRange(0, 10_000)
            quantity.setDecimals(2)
            quantity.setValue(c.quantity)
            quantity.setSuffix(f" {c.unit}")
            quantity.setAccessibleName(self.tr("Ilość: %1").replace("%1", c.title))
            price = QDoubleSpinBox(self.costs_table)
            price.setRange(0, 1_000_000)
            price.setDecimals(2)
            price.setValue(c.unit_price)
            price.setAccessibleName(self.tr("Cena jednostkowa: %1").replace("%1", c.title))
            for w in (quantity, price):
                w.valueChanged.connect(self._costs_changed)
            source.currentIndexChanged.connect(self._changed)
            self.costs_table.setCellWidget(r, 2, source)
            self.costs_table.setCellWidget(r, 3, quantity)
            self.costs_table.setCellWidget(r, 4, price)
            amount = QTableWidgetItem(_money(c.amount))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.costs_table.setItem(r, 5, amount)
            self.cost_widgets.append((source, quantity, price))
        self._update_total()

    def _costs_changed(self) -> None:
        for r, (_, quantity, price) in enumerate(self.cost_widgets):
            self.costs_table.item(r, 5).setText(_money(round(quantity.value() * price.value(), 2)))
        self._update_total()
        self._changed()

    def _update_total(self) -> None:
        total = sum(round(q.value() * p.value(), 2) for _, q, p in self.cost_widgets)
        self.total_label.setText(self.tr("Razem: %1").replace("%1", _money(total)))

    def _dates_changed(self) -> None:
        if self._loading or self.week is None:
            return
        year = self.calendar.year(self.year_combo.currentData() or self.week.school_year)
        start = self.start_date()
        why = why_not_school_day(start, year)
        if why:
            self.dates_label.setText(self.tr("%1 — %2: wybierz dzień nauki szkolnej.")
                                     .replace("%1", f"{start:%d.%m.%Y}").replace("%2", why))
            self.dates_label.setStyleSheet("color: #b71c1c;")
        else:
            days = week_from(start, year)
            self.dates_label.setText(", ".join(self.week.date_label(d) for d in days))
            self.dates_label.setStyleSheet("")
        self._changed()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._set_state(self.tr("Niezapisane zmiany"), ok=False)

    def start_date(self) -> dt.date:
        d = self.start_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def chosen_dates(self) -> list[dt.date]:
        year = self.calendar.year(self.year_combo.currentData())
        return list(week_from(self.start_date(), year))  # a wrong first day is named by the service

    def _inputs(self) -> dict:
        people = {rid: [n.strip() for n in e.text().split(",") if n.strip()] for rid, e in self.people_edits.items()}
        costs = {cid: {"source": s.currentData(), "quantity": q.value(), "unit_price": p.value()}
                 for cid, (s, q, p) in zip(self.cost_ids, self.cost_widgets, strict=True)}
        languages = [code for code, check in self.language_checks.items() if check.isChecked()]
        return {"dates": self.chosen_dates(), "people": people, "costs": costs, "languages": languages,
                "place": self.place_edit.text(), "contact": self.contact_edit.text()}

    # -- actions --------------------------------------------------------------------------------------------
    def save(self) -> bool:
        data = self._inputs()
        languages_changed = self.week is not None and tuple(data["languages"]) != tuple(self.week.languages)
        if languages_changed:  # per-language lines are priced again for the new languages
            data["costs"] = {k: v for k, v in data["costs"].items()
                             if not self._per_language(k)}
        try:
            self.week = documents.adapt_week(self.ctx.db(), self.rspo, self.year_combo.currentData(),
                                             data["dates"], data["people"], data["costs"], data["languages"],
                                             place=data["place"], contact=data["contact"])
        except ValidationFailed as exc:
            self.errors.show_errors(exc.errors)
            self._set_state(self.tr("Nie zapisano"), ok=False)
            return False
        except UserError as exc:
            self.errors.show_text(str(exc))
            return False
        self.errors.hide()
        self.reload(self.week.school_year)
        return True

    def _per_language(self, line_id: str) -> bool:
        return any(m.id == line_id and m.per_language for m in self.template.materials)

    def save_to_plan(self) -> bool:
        if not self.save():
            return False
        try:
            action = documents.save_week_to_plan(self.ctx.db(), self.rspo, self.week.school_year)
        except ValidationFailed as exc:
            self.errors.show_errors(exc.errors, self.tr("Nie zapisano w planie:"))
            return False
        except UserError as exc:
            self.errors.show_text(str(exc))
            return False
        self.reload(self.week.school_year)
        self._set_state(self.tr("✓ Zapisano w planie działania: %1 (%2)")
                        .replace("%1", action.title).replace("%2", _money(action.planned_cost)))
        return True

    def export_pdf(self, path: Path | str | None = None) -> Path | None:
        if not self.save():
            return None
        if path is None:
            path = ask_pdf_path(self, self.tr("Zapisz „Tydzień dla wszystkich”"),
                                f"tydzien-dla-wszystkich-{self.rspo}.pdf")
            if path is None:
                return None
        try:
            target = documents.week_pdf(self.ctx.db(), self.rspo, path, self.week.school_year)
        except ValidationFailed as exc:
            self.errors.show_errors(exc.errors, self.tr("Nie zapisano PDF:"))
            return None
        except (UserError, ExportWriteError) as exc:
            self.errors.show_text(str(exc))
            return None
        self._set_state(self.tr("✓ Zapisano PDF: %1").replace("%1", str(target)))
        return target

    def focus_field(self, field: str) -> None:
        if field.startswith("dates") or field == "school_year":
            self.start_edit.setFocus()
        elif field.startswith("people."):
            edit = self.people_edits.get(field.split(".", 1)[1])
            if edit is not None:
                edit.setFocus()
        elif field.startswith("costs.") and field.split(".", 1)[1] in getattr(self, "cost_ids", []):
            row = self.cost_ids.index(field.split(".", 1)[1])
            self.costs_table.scrollToItem(self.costs_table.item(row, 0))
            self.cost_widgets[row][1].setFocus()
        elif field == "languages":
            next(iter(self.language_checks.values())).setFocus()
        elif field == "place":
            self.place_edit.setFocus()
        elif field == "contact":
            self.contact_edit.setFocus()

    # -- preview --------------------------------------------------------------------------------------------
    def _fill_preview_choice(self) -> None:
        current = self.preview_choice.currentData()
        self.preview_choice.blockSignals(True)
        self.preview_choice.clear()
        self.preview_choice.addItem(self.tr("Program tygodnia"), "programme")
        labels = language_labels()
        for code in self.week.languages if self.week else ():
            self.preview_choice.addItem(self.tr("Zaproszenie — %1").replace("%1", labels.get(code, code)), code)
        self.preview_choice.setCurrentIndex(max(0, self.preview_choice.findData(current)))
        self.preview_choice.blockSignals(False)

    def update_preview(self) -> None:
        if self.week is None:
            self.preview.clear()
            return
        choice = self.preview_choice.currentData() or "programme"
        self.preview.setHtml(self.programme_html() if choice == "programme" else self.invitation_html(choice))

    def programme_html(self) -> str:
        w, t = self.week, self.template
        head = "".join(f"<th>{escape(title)}</th>" for _, title in t.age_groups)
        rows = []
        for day, d in w.days():
            cells = "".join("<td>" + "<br>".join(f"• {escape(a.title)}" for a in d.activities[gid]) + "</td>"
                            for gid, _ in t.age_groups)
            rows.append(f"<tr><td><b>{escape(d.title)}</b><br><small>{escape(w.date_label(day))}</small></td>"
                        f"{cells}</tr>")
        people = "".join(f"<li><b>{escape(r.title)}:</b> {escape(', '.join(w.names(r.id)) or '—')}</li>"
                         for r in t.roles)
        return (f"<h3>{escape(t.title)} {w.start:%d.%m} – {w.end:%d.%m.%Y}</h3>"
                f"<table border='1' cellspacing='0' cellpadding='3'><tr><th>{escape(self.tr('Dzień'))}</th>{head}"
                f"</tr>{''.join(rows)}</table><h4>{escape(self.tr('Osoby'))}</h4><ul>{people}</ul>"
                f"<p><b>{escape(self.tr('Koszt planowany'))}:</b> {escape(_money(w.total))}</p>")

    def invitation_html(self, lang: str) -> str:
        inv = self.week.invitation(lang)
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in inv.paragraphs[:2])
        rest = "".join(f"<p>{escape(p)}</p>" for p in inv.paragraphs[2:])
        programme = "".join(f"<tr><td>{escape(when)}</td><td><b>{escape(title)}</b><br>{escape(line)}</td></tr>"
                            for when, title, line in inv.programme)
        return (f"<h3>{escape(inv.title)}</h3><p>{escape(inv.greeting)}</p>{paragraphs}"
                f"<h4>{escape(inv.programme_heading)}</h4><table cellpadding='3'>{programme}</table>{rest}"
                f"<p>{escape(inv.closing)}</p><p><i>{escape(inv.signature)}</i></p>")
