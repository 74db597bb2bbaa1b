"""The plan open in the window: the in-memory plan, the school context, findings, and the undo stack.

Every change goes through a service call that saves it at once (one transaction); the undo stack keeps
commands that save the previous state again, so undo restores the previous action exactly and is itself
saved as made. The tabs listen to the signals and repaint only what changed.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from edulab_app.errors import UserError
from edulab_app.services import plans as plan_service
from edulab_app.services import school_reviews as review_service
from edulab_app.services import staff as staff_service
from edulab_app.services.context import AppContext
from edulab_app.ui.plan.common import tr
from plans.checks import Finding
from plans.model import Action, Plan

log = logging.getLogger(__name__)


class SavedChange(QUndoCommand):
    """One change already saved by a service: redo saves ``after`` again, undo saves ``before``.

    ``write`` is the document's save call for that kind of thing (an action, the settings, a person).
    """

    def __init__(self, write, before, after, text: str):
        super().__init__(text)
        self.write, self.before, self.after = write, before, after
        self._saved = True  # the first redo (on push) finds the change already saved

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self.write(self.after)

    def undo(self) -> None:
        self.write(self.before)


class PlanDocument(QObject):
    reset = Signal()  # the whole plan was (re)loaded or generated
    action_changed = Signal(str)  # one action saved (edit, undo or redo)
    staff_changed = Signal()
    settings_changed = Signal()
    findings_changed = Signal()
    saved = Signal(str)  # a short message for the "saved" label
    failed = Signal(str)  # an undo/redo that could not be saved
    expert_changed = Signal()  # the EDUlab expert's comments or the school's answers to them changed

    def __init__(self, ctx: AppContext, rspo: str, parent: QObject | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx, self.rspo = ctx, rspo
        self.today = today or dt.date.today()
        self.undo_stack = QUndoStack(self)
        self.plan: Plan | None = None
        self.info = None
        self.context = None
        self.result = None
        self.people: list[staff_service.Person] = []
        self.findings: list[Finding] = []
        self.expert_counts: dict[str, tuple[int, int]] = {}  # action id ("" the whole plan) -> (all, unanswered)
        self.review_state: review_service.ReviewState | None = None
        self.load()

    @property
    def db(self):
        return self.ctx.db()

    # -- loading -----------------------------------------------------------------------------------------
    def load(self) -> None:
        self.info = plan_service.info(self.db, self.rspo)
        self.people = staff_service.list_staff(self.db, self.rspo, include_inactive=True)
        if self.info is None:
            self.plan, self.context, self.result, self.findings = None, None, None, []
        else:
            year = self.info.diagnosis_year or None
            self.plan = plan_service.load(self.db, self.rspo)
            self.context = plan_service.school_context(self.db, self.rspo, year)
            self.result = plan_service.diagnosis_result(self.db, self.rspo, year)
            self._recheck(emit=False)
        self.load_expert(emit=False)
        self.undo_stack.clear()
        self.reset.emit()
        self.findings_changed.emit()

    def has_plan(self) -> bool:
        return self.plan is not None

    def generate(self, start_year: str, years: int) -> None:
        plan_service.generate(self.db, self.rspo, start_year, years, force=True)
        self.load()
        self.saved.emit(tr("Utworzono nowy plan."))

    # -- lookups -----------------------------------------------------------------------------------------
    def person(self, staff_id: str | None):
        return next((p for p in self.people if p.id == staff_id), None)

    def person_name(self, staff_id: str | None) -> str:
        p = self.person(staff_id)
        if p is None:
            return "—" if staff_id is None else staff_id
        return p.name if p.active else f"{p.name} ({tr('nieaktywna')})"

    def active_people(self):
        return [p for p in self.people if p.active]

    def findings_for(self, action_id: str) -> list[Finding]:
        return [f for f in self.findings if f.action_id == action_id]

    def priority(self, priority_id: str):
        if self.result is None:
            return None
        return next((p for p in self.result.priorities if p.id == priority_id), None)

    # -- the EDUlab expert's comments (answers are saved at once; they are not on the undo stack) -------------
    def load_expert(self, emit: bool = True) -> None:
        """Read the expert's comments again (e.g. after a review file was imported)."""
        self.expert_counts = review_service.comment_counts(self.db, self.rspo)
        self.review_state = review_service.review_state(self.db, self.rspo)
        if emit:
            self.expert_changed.emit()

    def expert_comments(self, action_id: str | None) -> list[review_service.ReceivedComment]:
        """All comments (None), those on the whole plan (""), or those on one action."""
        return review_service.list_comments(self.db, self.rspo, action_id)

    def answer_expert(self, comment_id: str, text: str) -> review_service.ReceivedComment:
        """Save the school's answer to a comment. Raises ValidationFailed / UserError."""
        saved = review_service.answer(self.db, self.rspo, comment_id, text)
        self.load_expert()
        self.saved.emit(tr("Zapisano odpowiedź na uwagę eksperta."))
        return saved

    # -- actions -----------------------------------------------------------------------------------------
    def edit_action(self, after: Action, text: str) -> Action:
        """Save a changed action and put the change on the undo stack. Raises ValidationFailed / UserError."""
        before = self.plan.action(after.id)
        if before == after:
            return before
        plan_service.update_action(self.db, self.rspo, after)
        self._applied(after)
        self.undo_stack.push(SavedChange(self._write_action, before, after, text))
        return after

    def _write_action(self, action: Action) -> None:
        try:
            plan_service.update_action(self.db, self.rspo, action)
        except UserError as exc:
            log.info("undo/redo of %s not saved: %s", action.id, exc)
            self.failed.emit(str(exc))
            return
        self._applied(action)

    def _applied(self, action: Action) -> None:
        self.plan = self.plan.replace_action(action)
        self._recheck()
        self.action_changed.emit(action.id)
        self.saved.emit(tr("Zapisano: %1").replace("%1", action.title))

    def _recheck(self, emit: bool = True) -> None:
        if self.plan is None:
            return
        self.findings = plan_service.check(self.db, self.rspo, self.today, plan=self.plan, context=self.context,
                                           result=self.result)
        if emit:
            self.findings_changed.emit()

    # -- settings ----------------------------------------------------------------------------------------
    def set_settings(self, after: plan_service.PlanSettings, text: str) -> None:
        before = self.info.settings
        saved = plan_service.set_settings(self.db, self.rspo, after)
        self._settings_applied(saved)
        self.undo_stack.push(SavedChange(self._write_settings, before, saved, text))

    def _write_settings(self, settings) -> None:
        try:
            saved = plan_service.set_settings(self.db, self.rspo, settings)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        self._settings_applied(saved)

    def _settings_applied(self, settings) -> None:
        self.info = replace(self.info, settings=settings)
        self.context = replace(self.context, budget_ceilings={(c.school_year, c.source): c.amount_pln
                                                              for c in settings.budget_ceilings},
                               rate_overrides=dict(settings.rate_overrides or {}))
        self._recheck()
        self.settings_changed.emit()
        self.saved.emit(tr("Zapisano ustawienia planu."))

    # -- staff -------------------------------------------------------------------------------------------
    def add_person(self, data: staff_service.PersonInput) -> staff_service.Person:
        person = staff_service.add_person(self.db, self.rspo, data)
        self._people_changed()
        # undoing an addition deactivates the person (plans may already name them)
        self.undo_stack.push(SavedChange(self._write_person, replace(person, active=False), person,
                                         tr("Dodanie osoby: %1").replace("%1", person.name)))
        return person

    def change_person(self, after: staff_service.Person, text: str) -> staff_service.Person:
        before = self.person(after.id)
        if before == after:
            return before
        saved = self._save_person(after)
        self._people_changed()
        self.undo_stack.push(SavedChange(self._write_person, before, saved, text))
        return saved

    def _save_person(self, p: staff_service.Person) -> staff_service.Person:
        data = staff_service.PersonInput(p.name, p.role, list(p.languages), p.weekly_hours_limit,
                                         list(p.trainings_done))
        saved = staff_service.update_person(self.db, self.rspo, p.id, data)
        if saved.active != p.active:
            saved = staff_service.set_active(self.db, self.rspo, p.id, p.active)
        return saved

    def _write_person(self, person) -> None:
        try:
            self._save_person(person)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        self._people_changed()

    def _people_changed(self) -> None:
        self.people = staff_service.list_staff(self.db, self.rspo, include_inactive=True)
        if self.context is not None:
            self.context = replace(self.context, staff=tuple(p.member() for p in self.people if p.active))
            self._recheck()
        self.staff_changed.emit()
        self.saved.emit(tr("Zapisano zmiany w kadrze."))
