"""Area "Diagnoza": the needs-and-resources questionnaire, section by section, saved as it is answered.

Left: the sections with their completion and "Czego brakuje?"; right: the section's questions (one generic
renderer) or the summary of what is missing. Every answer goes through :func:`diagnosis.save_answer` the
moment it is given; a refused value is shown under its field, which gets the focus, and nothing is
written. The place (section and question) is remembered, so the diagnosis reopens where it was left.
A finished diagnosis is read-only until it is opened for editing again.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import UserError, ValidationFailed
from edulab_app.services import diagnosis, schools
from edulab_app.services.context import AppContext
from edulab_app.services.diagnosis import DiagnosisInfo
from edulab_app.ui.diagnosis.navigator import COMPLETE_ROLE, SectionNavigator
from edulab_app.ui.diagnosis.renderer import ERROR_STYLE, MUTED_STYLE, ItemWidget
from edulab_app.ui.diagnosis.section import MissingView, SectionView, StartView
from edulab_app.ui.dialogs import show_error
from edulab_app.ui.i18n import chosen_language
from forms.answers import is_empty, missing_required, relevance_map, section_progress, validate_answers
from forms.definition import Form

MISSING_ROW_KEY = "__missing__"
REPORT_AREA_KEY = "diagnosis_report"


def school_years_around(school_year: str, taken: set[str]) -> list[str]:
    """School years that can get a new diagnosis: with none yet, the school's year and the ones either side;
    otherwise the years after the latest diagnosis, up to the year after the school's current one."""
    start = int(school_year[:4])
    if not taken:
        return [f"{y}/{y + 1}" for y in range(start - 1, start + 2)]
    latest = max(int(y[:4]) for y in taken)
    return [f"{y}/{y + 1}" for y in range(latest + 1, max(latest + 1, start + 1) + 1)]


class NewDiagnosisDialog(QDialog):
    """Choose the school year of a new diagnosis and whether to start from the previous answers."""

    def __init__(self, years: list[str], default: str, previous: DiagnosisInfo | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nowa diagnoza"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.year_combo = QComboBox(self)
        self.year_combo.addItems(years)
        self.year_combo.setCurrentIndex(max(0, years.index(default)) if default in years else 0)
        self.year_combo.setAccessibleName(self.tr("Rok szkolny nowej diagnozy"))
        form.addRow(self.tr("Rok &szkolny:"), self.year_combo)
        layout.addLayout(form)
        self.carry_box = QCheckBox(self)
        if previous is not None:
            self.carry_box.setText(self.tr("&Zacznij od odpowiedzi z poprzedniej diagnozy (%1)")
                                   .replace("%1", previous.school_year))
            self.carry_box.setChecked(True)
        else:
            self.carry_box.setText(self.tr("Zacznij od odpowiedzi z poprzedniej diagnozy (brak wcześniejszej)"))
            self.carry_box.setEnabled(False)
        self.carry_box.setAccessibleName(self.tr("Przenieś odpowiedzi z poprzedniej diagnozy"))
        layout.addWidget(self.carry_box)
        note = QLabel(self.tr("Przeniesione odpowiedzi warto przejrzeć i zmienić to, co zmieniło się w szkole "
                              "przez ten rok. Pytania, których nie da się przenieść, program wymieni po "
                              "rozpoczęciu."), self)
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_STYLE)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Rozpocznij"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, bool]:
        return self.year_combo.currentText(), self.carry_box.isEnabled() and self.carry_box.isChecked()


class DiagnosisPage(QWidget):
    """The diagnosis of the current school (page of the main window's navigator)."""

    @staticmethod
    def title() -> str:
        from edulab_app.ui.areas import area_title

        return area_title("diagnosis")

    def __init__(self, ctx: AppContext, rspo: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.rspo = ctx, rspo
        lang = chosen_language()
        self.lang = lang
        self.info: DiagnosisInfo | None = None
        self.form: Form | None = None
        self.answers: dict[str, Any] = {}
        self.view: SectionView | None = None
        self.section_id: str | None = None
        self.failed: dict[str, str] = {}  # item id -> message of a refused value not yet corrected
        self.last_saved: datetime | None = None
        self._position: tuple[str, str] = ("", "")
        self._rows: list[str] = []
        self._refusals = 0  # counts refused values, to notice a refusal while leaving a section

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.start_view = StartView(self)
        self.start_view.start_requested.connect(lambda year: self.start(year, True))
        self.stack.addWidget(self.start_view)
        self.work = QWidget(self)
        self.stack.addWidget(self.work)
        self._build_work()
        self.reload()

    # --- layout ------------------------------------------------------------------------------------------
    def _build_work(self) -> None:
        layout = QVBoxLayout(self.work)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("Rok &diagnozy:"), self.work)
        self.year_combo = QComboBox(self.work)
        self.year_combo.setAccessibleName(self.tr("Wybór diagnozy (rok szkolny)"))
        self.year_combo.setMinimumWidth(220)
        year_label.setBuddy(self.year_combo)
        self.year_combo.activated.connect(lambda i: self.open_diagnosis(self.year_combo.itemData(i)))
        self.status_badge = QLabel(self.work)
        self.status_badge.setAccessibleName(self.tr("Stan diagnozy"))
        self.new_button = QPushButton(self.tr("&Nowa diagnoza…"), self.work)
        self.new_button.setAccessibleName(self.tr("Nowa diagnoza"))
        self.new_button.clicked.connect(self.new_diagnosis)
        self.finish_button = QPushButton(self.tr("&Zakończ diagnozę"), self.work)
        self.finish_button.setAccessibleName(self.tr("Zakończ diagnozę"))
        self.finish_button.setToolTip(self.tr("Sprawdza, czy są wszystkie wymagane odpowiedzi, i zamyka diagnozę "
                                              "(potem jest tylko do odczytu)."))
        self.finish_button.clicked.connect(self.finish)
        self.reopen_button = QPushButton(self.tr("Otwórz do &edycji"), self.work)
        self.reopen_button.setAccessibleName(self.tr("Otwórz do edycji"))
        self.reopen_button.clicked.connect(self.reopen)
        self.results_button = QPushButton(self.tr("Zobacz &wyniki"), self.work)
        self.results_button.setAccessibleName(self.tr("Zobacz wyniki diagnozy"))
        self.results_button.clicked.connect(self.show_results)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addWidget(self.status_badge)
        top.addStretch(1)
        for button in (self.new_button, self.finish_button, self.reopen_button, self.results_button):
            top.addWidget(button)
        layout.addLayout(top)

        self.subtitle = QLabel(self.work)
        self.subtitle.setStyleSheet(MUTED_STYLE)
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        self.readonly_banner = QLabel(self.work)
        self.readonly_banner.setWordWrap(True)
        self.readonly_banner.setObjectName("readonly_banner")
        self.readonly_banner.setStyleSheet("background: #fff4d6; border: 1px solid #e0b84f; padding: 6px; "
                                           "color: #3d2f00;")
        self.readonly_banner.setAccessibleName(self.tr("Diagnoza tylko do odczytu"))
        layout.addWidget(self.readonly_banner)
        banner_row = QHBoxLayout()
        self.info_banner = QLabel(self.work)
        self.info_banner.setWordWrap(True)
        self.info_banner.setObjectName("info_banner")
        self.info_banner.setStyleSheet("background: #e8f1fb; border: 1px solid #8aa4c8; padding: 6px; color: #102a43;")
        self.info_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.info_banner.setAccessibleName(self.tr("Informacja"))
        self.info_banner.linkActivated.connect(lambda link: self.go_to_item(link.split(":", 1)[-1]))
        self.info_close = QPushButton(self.tr("Ukryj"), self.work)
        self.info_close.setAccessibleName(self.tr("Ukryj informację"))
        self.info_close.clicked.connect(self.hide_info)
        banner_row.addWidget(self.info_banner, 1)
        banner_row.addWidget(self.info_close, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(banner_row)
        self.hide_info()

        splitter = QSplitter(self.work)
        self.navigator = SectionNavigator(splitter)
        self.navigator.setAccessibleName(self.tr("Sekcje diagnozy"))
        self.navigator.setMinimumWidth(220)
        self.navigator.currentRowChanged.connect(self._row_changed)
        self.right = QStackedWidget(splitter)
        self.scroll = QScrollArea(self.right)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName(self.tr("Pytania sekcji"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read-only sections scroll with the keyboard
        self.right.addWidget(self.scroll)
        self.missing_view = MissingView(self.right)
        self.missing_view.link_activated.connect(self.go_to_item)
        self.right.addWidget(self.missing_view)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.save_status = QLabel(self.work)
        self.save_status.setAccessibleName(self.tr("Stan zapisu"))
        self.save_status.setWordWrap(True)
        self.progress_label = QLabel(self.work)
        self.progress_label.setAccessibleName(self.tr("Postęp diagnozy"))
        self.prev_button = QPushButton(self.tr("◀ P&oprzednia sekcja"), self.work)
        self.prev_button.setAccessibleName(self.tr("Poprzednia sekcja"))
        self.prev_button.setToolTip(self.tr("Ctrl+PgUp"))
        self.prev_button.clicked.connect(self.previous_section)
        self.next_button = QPushButton(self.tr("N&astępna sekcja ▶"), self.work)
        self.next_button.setAccessibleName(self.tr("Następna sekcja"))
        self.next_button.setToolTip(self.tr("Ctrl+PgDown"))
        self.next_button.clicked.connect(self.next_section)
        bottom.addWidget(self.save_status, 1)
        bottom.addWidget(self.progress_label)
        bottom.addSpacing(12)
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)
        layout.addLayout(bottom)

        for keys, slot in ((QKeySequence("Ctrl+PgDown"), self.next_section),
                           (QKeySequence("Ctrl+PgUp"), self.previous_section)):
            shortcut = QShortcut(keys, self.work, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- loading -------------------------------------------------------------------------------------------
    def db(self):
        return self.ctx.db()

    def diagnoses(self) -> list[DiagnosisInfo]:
        return diagnosis.list_diagnoses(self.db(), self.rspo)

    def reload(self, select_id: int | None = None) -> None:
        """Show the school's diagnoses: the start screen when there is none, else ``select_id`` or the newest."""
        found = self.diagnoses()
        if not found:
            self._leave_section()
            self.info = None
            school_year = schools.get_school(self.db(), self.rspo).school_year
            self.start_view.set_years(school_years_around(school_year, set()), school_year)
            self.stack.setCurrentWidget(self.start_view)
            return
        self.stack.setCurrentWidget(self.work)
        self.year_combo.clear()
        for info in found:
            state = self.tr("zakończona") if info.finished else self.tr("w trakcie")
            self.year_combo.addItem(self.tr("Rok %1 — %2").replace("%1", info.school_year).replace("%2", state),
                                    info.id)
        wanted = select_id if select_id in [d.id for d in found] else found[0].id
        self.open_diagnosis(wanted)

    def open_diagnosis(self, diagnosis_id: int) -> None:
        """Open one diagnosis at the place where it was left."""
        self._leave_section()
        self.failed.clear()
        self.info = diagnosis.get_diagnosis(self.db(), diagnosis_id)
        self.form = self.info.form()
        self.answers = diagnosis.answers(self.db(), diagnosis_id)
        self._position = (self.info.last_section, self.info.last_item)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(diagnosis_id)))
        self._fill_navigator()
        self._show_state()
        section = self.info.last_section if any(s.id == self.info.last_section for s in self.form.sections) \
            else self.form.sections[0].id
        self._select_row(self._rows.index(section))
        if self.info.last_item and self.form.has_item(self.info.last_item):
            item_id = self.info.last_item
            QTimer.singleShot(0, self, lambda: self._reveal(item_id, focus=self.isVisible()))
        self.last_saved = None
        self._update_save_status()

    def _fill_navigator(self) -> None:
        assert self.form is not None
        self.navigator.blockSignals(True)
        self.navigator.clear()
        self._rows = []
        for section in self.form.sections:
            entry = QListWidgetItem()
            entry.setData(Qt.ItemDataRole.UserRole, section.id)
            self.navigator.addItem(entry)
            self._rows.append(section.id)
        entry = QListWidgetItem()
        entry.setData(Qt.ItemDataRole.UserRole, MISSING_ROW_KEY)
        self.navigator.addItem(entry)
        self._rows.append(MISSING_ROW_KEY)
        self.navigator.blockSignals(False)
        self._update_progress()

    def _show_state(self) -> None:
        info = self.info
        assert info is not None
        finished = info.finished
        self.status_badge.setText(self.tr("zakończona") if finished else self.tr("w trakcie"))
        self.status_badge.setStyleSheet(
            "padding: 2px 8px; border-radius: 8px; " +
            ("background: #d8efd9; color: #1b5e20;" if finished else "background: #fde7c8; color: #6d4100;"))
        self.finish_button.setVisible(not finished)
        self.reopen_button.setVisible(finished)
        self.results_button.setVisible(self._report_area_registered())
        if finished:
            self.readonly_banner.setText(self.tr(
                "<b>Tylko do odczytu.</b> Diagnoza za rok %1 jest zakończona. Odpowiedzi można przeglądać, ale nie "
                "zmieniać. Aby coś poprawić, kliknij „Otwórz do edycji”.").replace("%1", info.school_year))
        self.readonly_banner.setVisible(finished)
        parts = [self.tr("Diagnoza za rok szkolny %1, formularz w wersji %2.").replace("%1", info.school_year)
                 .replace("%2", str(info.form_version))]
        if info.based_on_id is not None:
            previous = next((d for d in self.diagnoses() if d.id == info.based_on_id), None)
            if previous is not None:
                parts.append(self.tr("Zaczęła się od odpowiedzi z roku %1 — sprawdźcie, czy są nadal aktualne.")
                             .replace("%1", previous.school_year))
        self.subtitle.setText(" ".join(parts))
        if self.view is not None:
            self.view.set_read_only(finished)

    @property
    def read_only(self) -> bool:
        return self.info is None or self.info.finished

    # --- navigator and sections ----------------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        if self.navigator.currentRow() == row:
            self._row_changed(row)
        else:
            self.navigator.setCurrentRow(row)

    def _row_changed(self, row: int) -> None:
        if row < 0 or row >= len(self._rows) or self.form is None:
            return
        key = self._rows[row]
        if key != self.section_id and not self._commit_view():
            # a value typed in this section was just refused: stay, the field has the focus and the message
            self.navigator.blockSignals(True)
            self.navigator.setCurrentRow(self._rows.index(self.section_id))
            self.navigator.blockSignals(False)
            return
        if key == MISSING_ROW_KEY:
            self.show_missing()
            return
        if key == self.section_id and self.view is not None:
            self.right.setCurrentWidget(self.scroll)
            return
        self._show_section(key)

    def _show_section(self, section_id: str) -> None:
        assert self.form is not None
        self._leave_section()
        view = SectionView(self.form, self.form.section(section_id), self.answers,
                           relevance_map(self.form, self.answers), self.lang, self.read_only)
        for widget in view.widgets.values():
            widget.answered.connect(self._answered)
            widget.invalid.connect(self._invalid)
            widget.entered.connect(self._entered)
            if widget.item.id in self.failed:
                widget.show_error(self.failed[widget.item.id])
        self.scroll.setWidget(view)
        self.view, self.section_id = view, section_id
        self.right.setCurrentWidget(self.scroll)
        chain = [self.navigator, *view.focus_chain(), self.prev_button, self.next_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.scroll.verticalScrollBar().setValue(0)
        if self._position[0] != section_id:
            self._remember(section_id, "")
        self._update_nav_buttons()

    def _commit_view(self) -> bool:
        """Offer what was typed but not confirmed in the shown section; False when a value was refused."""
        if self.view is None or self.read_only:
            return True
        before = self._refusals
        self.view.commit_pending()
        return self._refusals == before

    def _leave_section(self) -> None:
        """Offer what was typed in the section being left, then stop listening to it."""
        if self.view is None:
            return
        self._commit_view()
        self.view.mute()
        lost = [i for i in self.view.widgets if i in self.failed]
        for item_id in lost:
            del self.failed[item_id]
        if lost and self.form is not None:
            names = ", ".join(f"„{self.form.item(i).label.get(self.lang)}”" for i in lost)
            self.show_info(self.tr("Nie zapisano poprawionej wartości w polu %1 — została poprzednia odpowiedź.")
                           .replace("%1", html.escape(names)))
        self.view = None
        self.section_id = None
        self._update_save_status()

    def next_section(self) -> None:
        self._step(+1)

    def previous_section(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        """Go to the next or previous entry; from a question, the focus goes on to the new section's first one."""
        row = self.navigator.currentRow() + delta
        if self.stack.currentWidget() is not self.work or not 0 <= row < self.navigator.count():
            return
        stay_in_navigator = self.navigator.hasFocus()
        self.navigator.setCurrentRow(row)
        if stay_in_navigator:
            return
        if self.right.currentWidget() is self.missing_view:
            self.missing_view.browser.setFocus()
        elif self.view is not None and not self.view.focus_first():
            self.scroll.setFocus()

    def _update_nav_buttons(self) -> None:
        row = self.navigator.currentRow()
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.navigator.count() - 1)

    def go_to_item(self, item_id: str) -> None:
        """Take the person to a question: its section, scrolled into view, its input focused."""
        if self.form is None or not self.form.has_item(item_id):
            return
        section_id = self.form.item(item_id).section_id
        row = self._rows.index(section_id)
        if self.navigator.currentRow() != row or self.right.currentWidget() is not self.scroll:
            self._select_row(row)
        self._reveal(item_id, focus=True)
        QTimer.singleShot(0, self, lambda: self._reveal(item_id, focus=False))  # again, once laid out

    def _reveal(self, item_id: str, focus: bool) -> None:
        if self.view is None or item_id not in self.view.widgets:
            return
        widget = self.view.widgets[item_id]
        if widget.isHidden():
            return
        self.view.layout().activate()
        self.scroll.verticalScrollBar().setValue(max(0, widget.y() - 8))
        if focus:
            widget.focus_input()
        self._remember(widget.item.section_id, item_id)

    # --- answers ---------------------------------------------------------------------------------------------
    def _widget(self, item_id: str) -> ItemWidget | None:
        return self.view.widgets.get(item_id) if self.view is not None else None

    def _answered(self, item_id: str, value: Any) -> None:
        if self.info is None or self.read_only:
            return
        widget = self._widget(item_id)
        try:
            diagnosis.save_answer(self.db(), self.info.id, item_id, value)
        except ValidationFailed as exc:
            messages = [e.message for e in exc.errors if e.field == item_id] or [str(exc)]
            self._refused(item_id, " ".join(messages))
            return
        except UserError as exc:
            show_error(self, str(exc))
            self.reload(self.info.id)
            return
        now = datetime.now()
        if is_empty(value):
            self.answers.pop(item_id, None)
        else:
            self.answers[item_id] = value
        self.failed.pop(item_id, None)
        self._position = (self.form.item(item_id).section_id, item_id)  # save_answer remembers the place
        if widget is not None:
            widget.mark_saved(value, now)
        self.last_saved = now
        if self.view is not None:
            self.view.apply_relevance(relevance_map(self.form, self.answers))
        self._update_progress()
        self._update_save_status()
        if self.right.currentWidget() is self.missing_view:
            self.show_missing()

    def _invalid(self, item_id: str, message: str) -> None:
        self._refused(item_id, message)

    def _refused(self, item_id: str, message: str) -> None:
        """A value was not accepted: its message under the field, the field focused, nothing written."""
        self.failed[item_id] = message
        self._refusals += 1
        widget = self._widget(item_id)
        if widget is not None:
            widget.show_error(message)
            # later: this may run while the focus is leaving the field, and Qt must finish that first
            QTimer.singleShot(0, self, lambda: self._reveal(item_id, focus=True))
        self._update_save_status()

    def _entered(self, item_id: str) -> None:
        if self.form is not None:
            self._remember(self.form.item(item_id).section_id, item_id)

    def _remember(self, section_id: str, item_id: str) -> None:
        if self.info is None or (section_id, item_id) == self._position:
            return
        self._position = (section_id, item_id)
        diagnosis.set_position(self.db(), self.info.id, section_id, item_id)

    # --- progress and status -----------------------------------------------------------------------------------
    def _update_progress(self) -> None:
        if self.form is None:
            return
        progress = section_progress(self.form, self.answers)
        missing = missing_required(self.form, self.answers)
        missing_per_section: dict[str, int] = {}
        for section_id, _item, _label in missing:
            missing_per_section[section_id] = missing_per_section.get(section_id, 0) + 1
        for row, key in enumerate(self._rows):
            entry = self.navigator.item(row)
            if key == MISSING_ROW_KEY:
                text = self.tr("Czego brakuje? (%1)").replace("%1", str(len(missing))) if missing \
                    else self.tr("Czego brakuje? — nic ✓")
                if entry.text() != text:
                    entry.setText(text)
                    entry.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                continue
            section = self.form.section(key)
            answered, total = progress[key]
            complete = answered == total
            line = f"{answered}/{total}"
            if complete:
                line += "  ✓"
            elif missing_per_section.get(key):
                line += "  · " + self.tr("brak wymaganych: %1").replace("%1", str(missing_per_section[key]))
            text = f"{section.number}. {section.label.get(self.lang)}\n{line}"
            if entry.text() == text:
                continue  # unchanged: spare the list a new layout
            entry.setText(text)
            entry.setData(COMPLETE_ROLE, complete)
            entry.setToolTip(self.tr("Odpowiedzi: %1 z %2").replace("%1", str(answered)).replace("%2", str(total)))
            state = self.tr("ukończona") if complete else self.tr("odpowiedzi %1 z %2").replace("%1", str(answered)) \
                .replace("%2", str(total))
            entry.setData(Qt.ItemDataRole.AccessibleTextRole,
                          self.tr("Sekcja %1: %2, %3").replace("%1", str(section.number))
                          .replace("%2", section.label.get(self.lang)).replace("%3", state))
        answered_all = sum(a for a, _ in progress.values())
        total_all = sum(t for _, t in progress.values())
        self.progress_label.setText(self.tr("Odpowiedzi: %1 z %2").replace("%1", str(answered_all))
                                    .replace("%2", str(total_all)))

    def _update_save_status(self) -> None:
        if self.info is None:
            return
        if self.failed:
            names = ", ".join(f"„{self.form.item(i).label.get(self.lang)}”" for i in list(self.failed)[:3])
            text = self.tr("⚠ Nie zapisano: %1 — popraw wartość zaznaczoną na czerwono.").replace("%1", names)
            self.save_status.setStyleSheet(ERROR_STYLE)
        elif self.read_only:
            text = self.tr("Diagnoza zakończona — tylko do odczytu.")
            self.save_status.setStyleSheet(MUTED_STYLE)
        else:
            text = self.tr("✓ Wszystkie odpowiedzi zapisane")
            if self.last_saved is not None:
                text += " " + self.tr("(ostatnio o %1)").replace("%1", self.last_saved.strftime("%H:%M:%S"))
            self.save_status.setStyleSheet("color: #2e6b30;")
        self.save_status.setText(text)

    # --- missing summary -----------------------------------------------------------------------------------------
    def show_missing(self, refused: bool = False) -> None:
        if self.info is None or self.form is None:
            return
        missing = diagnosis.missing(self.db(), self.info.id)
        invalid = validate_answers(self.form, self.answers)
        for item_id, message in self.failed.items():
            invalid.setdefault(item_id, [message])
        self.missing_view.show_problems(self.form, missing, invalid, self.lang, refused=refused)
        row = self._rows.index(MISSING_ROW_KEY)
        if self.navigator.currentRow() != row:
            self.navigator.blockSignals(True)
            self.navigator.setCurrentRow(row)
            self.navigator.blockSignals(False)
            self._leave_section()
        self.right.setCurrentWidget(self.missing_view)
        self._update_nav_buttons()

    # --- life cycle of a diagnosis ------------------------------------------------------------------------------
    def start(self, school_year: str, from_previous: bool = True) -> DiagnosisInfo | None:
        """Start a diagnosis for ``school_year``; tell what was carried over from the previous one."""
        try:
            info, dropped = diagnosis.start_diagnosis(self.db(), self.rspo, school_year, from_previous=from_previous)
        except UserError as exc:
            show_error(self, str(exc))
            return None
        self.reload(info.id)
        self._tell_carried(info, dropped)
        return info

    def _tell_carried(self, info: DiagnosisInfo, dropped: list[str]) -> None:
        text = self.tr("Rozpoczęto diagnozę za rok %1.").replace("%1", info.school_year)
        if info.based_on_id is not None:
            previous = diagnosis.get_diagnosis(self.db(), info.based_on_id)
            text += " " + self.tr("Przeniesiono %1 odpowiedzi z diagnozy za rok %2 — przejrzyjcie je i zmieńcie "
                                  "to, co się zmieniło.").replace("%1", str(len(self.answers))) \
                .replace("%2", previous.school_year)
            if dropped:
                old_form = previous.form()
                links = []
                for item_id in dropped:
                    label = old_form.item(item_id).label.get(self.lang) if old_form.has_item(item_id) else item_id
                    if self.form is not None and self.form.has_item(item_id):
                        links.append(f'<a href="item:{html.escape(item_id)}">{html.escape(label)}</a>')
                    else:
                        links.append(html.escape(label))
                text += "<br>" + self.tr("Nie przeniesiono %1 odpowiedzi (pytanie lub możliwe odpowiedzi się "
                                         "zmieniły) — odpowiedzcie na nie ponownie: %2.") \
                    .replace("%1", str(len(dropped))).replace("%2", "; ".join(links))
            else:
                text += " " + self.tr("Przeniesiono wszystkie odpowiedzi.")
        self.show_info(text)

    def show_info(self, text: str) -> None:
        self.info_banner.setText(text)
        self.info_banner.show()
        self.info_close.show()

    def hide_info(self) -> None:
        self.info_banner.hide()
        self.info_close.hide()

    def new_diagnosis(self) -> None:
        found = self.diagnoses()
        taken = {d.school_year for d in found}
        school_year = schools.get_school(self.db(), self.rspo).school_year
        years = school_years_around(school_year, taken)
        if not years:
            show_error(self, self.tr("Wszystkie pobliskie lata szkolne mają już diagnozę."))
            return
        latest = found[0].school_year if found else None
        default = next((y for y in years if latest is None or y > latest), years[-1])
        dialog = NewDiagnosisDialog(years, default, found[0] if found else None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        year, carry = dialog.choice()
        self.start(year, carry)

    def finish(self) -> bool:
        if self.info is None or self.read_only:
            return False
        if self.view is not None:
            self.view.commit_pending()
        try:
            diagnosis.finish(self.db(), self.info.id)
        except ValidationFailed:
            self.show_missing(refused=True)
            self.missing_view.browser.setFocus()
            return False
        except UserError as exc:
            show_error(self, str(exc))
            return False
        self.reload(self.info.id)
        self.show_info(self.tr("Diagnoza za rok %1 jest zakończona. Wyniki, mocne strony i priorytety są w obszarze "
                               "„Wyniki diagnozy”.").replace("%1", self.info.school_year))
        return True

    def reopen(self) -> None:
        if self.info is None or not self.info.finished:
            return
        try:
            diagnosis.reopen(self.db(), self.info.id)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.reload(self.info.id)
        self.show_info(self.tr("Diagnozę otwarto do edycji. Gdy skończycie poprawki, zakończcie ją ponownie."))

    # --- links to the rest of the window ----------------------------------------------------------------------
    @staticmethod
    def _report_area_registered() -> bool:
        from edulab_app.ui.areas import areas

        return any(spec.key == REPORT_AREA_KEY for spec in areas())

    def show_results(self) -> None:
        window = self.window()
        if hasattr(window, "show_area") and self._report_area_registered():
            window.show_area(REPORT_AREA_KEY)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.view is not None and not self.read_only:
            self.view.commit_pending()  # leaving the area: keep what was typed
        super().hideEvent(event)
