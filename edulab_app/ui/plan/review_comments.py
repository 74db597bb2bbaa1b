"""The EDUlab expert's comments in the plan window: one card per comment (author, date, text) with the school's
answer box ("Zapisz odpowiedź" saves at once), for one action in the editor, and for the whole plan with the
review status in the overview. The answers travel to the expert in the school's next .edulab package."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from edulab_app.errors import UserError, ValidationFailed
from edulab_app.services.school_reviews import ReceivedComment
from edulab_app.ui.plan.common import ERROR_STYLE, set_invalid
from edulab_app.ui.plan.document import PlanDocument

CTX = "ReviewComments"
UNANSWERED_COLOR = "#ad1457"
ANSWERED_COLOR = "#2e7d32"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def review_status_labels() -> dict[str, str]:
    return {"new": tr("nowy — ekspert jeszcze nie przeglądał planu"), "in_review": tr("w przeglądzie u eksperta"),
            "returned": tr("zwrócony szkole do poprawy"), "accepted": tr("zaakceptowany przez eksperta")}


STATUS_COLORS = {"new": "#1565c0", "in_review": "#1565c0", "returned": "#c62828", "accepted": "#2e7d32"}


def local_time(moment: dt.datetime | None) -> str:
    """A stored UTC time as local wall-clock text."""
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _short(text: str, limit: int = 60) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


class _AnswerEdit(QPlainTextEdit):
    """The answer box: Tab leaves it, Ctrl+Enter saves."""

    submit = Signal()

    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submit.emit()
            return
        super().keyPressEvent(event)


class CommentCard(QFrame):
    """One comment of the expert and the school's answer to it."""

    def __init__(self, doc: PlanDocument, comment: ReceivedComment, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.comment = comment
        self.note = note  # e.g. the action the comment is about, when it is no longer in the plan
        self.setObjectName("expertComment")
        self.setFrameShape(QFrame.Shape.NoFrame)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 8, 6)
        lay.setSpacing(4)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        lay.addWidget(self.header)
        self.text_label = QLabel(self)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.text_label.setAccessibleName(self.tr("Uwaga eksperta"))
        lay.addWidget(self.text_label)
        self.answer_edit = _AnswerEdit(self)
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setPlaceholderText(self.tr("Odpowiedź szkoły… (Ctrl+Enter zapisuje)"))
        self.answer_edit.setAccessibleName(self.tr("Odpowiedź na uwagę eksperta: %1")
                                           .replace("%1", _short(comment.text, 40)))
        self.answer_edit.setFixedHeight(self.answer_edit.fontMetrics().lineSpacing() * 2 + 14)
        self.answer_edit.setPlainText(comment.answer or "")
        self.answer_edit.submit.connect(self.save)
        lay.addWidget(self.answer_edit)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Zapisz odpowiedź"), self)
        self.save_button.setAccessibleName(self.tr("Zapisz odpowiedź na uwagę: %1").replace("%1", _short(comment.text, 40)))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.state_label = QLabel(self)
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.state_label.setAccessibleName(self.tr("Stan odpowiedzi"))
        row.addWidget(self.state_label, 1)
        lay.addLayout(row)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Błąd odpowiedzi"))
        self.error_label.hide()
        lay.addWidget(self.error_label)
        self.set_comment(comment)

    def set_comment(self, comment: ReceivedComment) -> None:
        """Show ``comment`` (fresh from the database); the answer box keeps what the person is typing."""
        typed = self.answer_edit.toPlainText()
        untouched = typed.strip() == (self.comment.answer or "").strip()
        self.comment = comment
        who = _html(comment.author) if comment.author else self.tr("Ekspert EDUlab")
        header = f"<b>{who}</b> · {local_time(comment.created_at)}"
        if self.note:
            header += f"<br><i>{_html(self.note)}</i>"
        self.header.setText(header)
        self.text_label.setText(comment.text)
        if untouched and typed != (comment.answer or ""):
            self.answer_edit.setPlainText(comment.answer or "")
        if comment.answer:
            state = self.tr("✓ Odpowiedź zapisana %1").replace("%1", local_time(comment.answered_at))
            color = ANSWERED_COLOR
        else:
            state = self.tr("Bez odpowiedzi")
            color = UNANSWERED_COLOR
        self.state_label.setText(f"<span style='color:{color}'><b>{_html(state)}</b></span>")
        self.setStyleSheet(f"QFrame#expertComment {{ border: 1px solid #d0d4da; border-left: 4px solid {color}; "
                           "border-radius: 3px; }")
        self.setAccessibleName(self.tr("Uwaga eksperta z %1, %2").replace("%1", local_time(comment.created_at))
                               .replace("%2", self.tr("z odpowiedzią szkoły") if comment.answer
                                        else self.tr("bez odpowiedzi")))

    def save(self) -> bool:
        """Save the answer at once; a problem is shown under the box (the field is named) and nothing changes."""
        text = self.answer_edit.toPlainText()
        try:
            self.doc.answer_expert(self.comment.comment_id, text)
        except ValidationFailed as exc:
            self._error(exc.errors[0].message)
            return False
        except UserError as exc:
            self._error(str(exc))
            return False
        self.error_label.hide()
        set_invalid(self.answer_edit, False)
        return True

    def _error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        set_invalid(self.answer_edit, True)
        self.answer_edit.setFocus(Qt.FocusReason.OtherFocusReason)


class ExpertComments(QWidget):
    """The cards of the comments on one action, or (target "") on the whole plan together with those on
    actions no longer in the plan."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.target: str | None = None
        self.cards: list[CommentCard] = []
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.setSpacing(6)
        self.empty_label = QLabel(self.tr("Brak uwag."), self)
        self.empty_label.setStyleSheet("color: #5f6368;")
        self._lay.addWidget(self.empty_label)
        self._lay.addStretch(1)
        doc.expert_changed.connect(self.refresh)
        doc.reset.connect(self.refresh)

    def set_target(self, action_id: str | None) -> None:
        """``None``: nothing; ``""``: the whole plan; otherwise the comments on that action."""
        if action_id != self.target:
            self.target = action_id
            self._clear()
        self.refresh()

    def _wanted(self) -> list[tuple[ReceivedComment, str]]:
        if self.target is None or not self.doc.expert_counts:
            return []
        if self.target:
            if self.target not in self.doc.expert_counts:
                return []
            return [(c, "") for c in self.doc.expert_comments(self.target)]
        in_plan = {a.id for a in self.doc.plan.actions} if self.doc.plan else set()
        out = []
        for c in self.doc.expert_comments(None):
            if c.action_id is None:
                out.append((c, ""))
            elif c.action_id not in in_plan:
                title = c.action_title or c.action_id
                out.append((c, self.tr("Do działania „%1”, którego nie ma już w planie").replace("%1", title)))
        return out

    def refresh(self) -> None:
        wanted = self._wanted()
        if [c.comment_id for c, _ in wanted] == [card.comment.comment_id for card in self.cards]:
            for card, (c, _note) in zip(self.cards, wanted, strict=True):
                card.set_comment(c)
        else:
            self._clear()
            for c, note in wanted:
                card = CommentCard(self.doc, c, note, self)
                self._lay.insertWidget(self._lay.count() - 1, card)
                self.cards.append(card)
        self.empty_label.setVisible(not self.cards)

    def _clear(self) -> None:
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []


class ActionCommentsBox(QGroupBox):
    """In the action editor: the expert's comments on the action; hidden when there are none."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        lay = QVBoxLayout(self)
        self.comments = ExpertComments(doc, self)
        lay.addWidget(self.comments)
        self.setAccessibleName(self.tr("Uwagi eksperta EDUlab do działania"))
        doc.expert_changed.connect(self._update)
        doc.reset.connect(self._update)
        self.hide()

    def set_action(self, action_id: str | None) -> None:
        self.comments.set_target(action_id)
        self._update()

    def _update(self) -> None:
        target = self.comments.target
        total, unanswered = self.doc.expert_counts.get(target, (0, 0)) if target else (0, 0)
        title = self.tr("Uwagi eksperta EDUlab (%1)").replace("%1", str(total))
        if unanswered:
            title += " — " + self.tr("bez odpowiedzi: %1").replace("%1", str(unanswered))
        self.setTitle(title)
        self.setVisible(bool(self.comments.cards))


class ReviewPanel(QGroupBox):
    """In the overview: the review status of the newest review file, the count of comments on actions (with a
    link to them), and the comments on the whole plan with their answer boxes."""

    show_actions = Signal()  # "Pokaż działania z uwagami": the actions tab, filtered

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(self.tr("Przegląd planu przez eksperta EDUlab"), parent)
        self.doc = doc
        self.setAccessibleName(self.tr("Przegląd planu przez eksperta EDUlab"))
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Stan przeglądu planu"))
        left.addWidget(self.status_label)
        self.actions_label = QLabel(self)
        self.actions_label.setWordWrap(True)
        self.actions_label.setAccessibleName(self.tr("Uwagi eksperta do działań"))
        left.addWidget(self.actions_label)
        self.actions_button = QPushButton(self.tr("Pokaż &działania z uwagami"), self)
        self.actions_button.setAccessibleName(self.tr("Pokaż działania z uwagami eksperta"))
        self.actions_button.clicked.connect(self.show_actions)
        left.addWidget(self.actions_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        self.hint = QLabel(self.tr("Odpowiedzi trafią do eksperta w następnym pakiecie .edulab szkoły "
                                   "(Plik → Eksport)."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        left.addWidget(self.hint)
        left_widget = QWidget(self)
        left_widget.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        left_widget.setMaximumWidth(400)
        outer.addWidget(left_widget, 2)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        self.plan_title = QLabel(self)
        self.plan_title.setTextFormat(Qt.TextFormat.RichText)
        right.addWidget(self.plan_title)
        self.comments = ExpertComments(doc, self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.comments)
        self.scroll.setAccessibleName(self.tr("Uwagi eksperta do całego planu"))
        right.addWidget(self.scroll, 1)
        outer.addLayout(right, 5)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        doc.expert_changed.connect(self.refresh)
        doc.reset.connect(self.refresh)
        self.comments.set_target("")
        self.refresh()

    def refresh(self) -> None:
        state = self.doc.review_state
        self.setVisible(state is not None)
        if state is None:
            return
        label = review_status_labels().get(state.status, state.status)
        text = self.tr("<b>Stan przeglądu:</b> <span style='color:%1'><b>%2</b></span>") \
            .replace("%1", STATUS_COLORS.get(state.status, "#000")).replace("%2", _html(label))
        if state.reviewer:
            text += "<br>" + self.tr("Ekspert: %1").replace("%1", _html(state.reviewer))
        text += "<br>" + self.tr("Plik uwag z %1, wczytany %2.").replace("%1", local_time(state.created_at)) \
            .replace("%2", local_time(state.received_at))
        self.status_label.setText(text)
        in_plan = {a.id for a in self.doc.plan.actions} if self.doc.plan else set()
        counts = [v for key, v in self.doc.expert_counts.items() if key in in_plan]
        self.actions_label.setText(
            self.tr("Uwagi do działań: %1 (działań: %2), bez odpowiedzi: %3.")
            .replace("%1", str(sum(t for t, _u in counts))).replace("%2", str(len(counts)))
            .replace("%3", str(sum(u for _t, u in counts))))
        self.actions_button.setEnabled(bool(counts))
        self.comments.refresh()
        cards = self.comments.cards
        unanswered = sum(not c.comment.answer for c in cards)
        title = self.tr("<b>Uwagi do całego planu: %1</b>").replace("%1", str(len(cards)))
        if unanswered:
            title += " — " + self.tr("bez odpowiedzi: %1").replace("%1", str(unanswered))
        self.plan_title.setText(title)
        # the first comment whole and a glimpse of the next (the rest scrolls), so the tables below keep room
        first = (cards[0] if cards else self.comments.empty_label).sizeHint().height()
        self.scroll.setFixedHeight(min(first + (50 if len(cards) > 1 else 4), 240))


__all__ = ["ActionCommentsBox", "CommentCard", "ExpertComments", "ReviewPanel", "local_time", "review_status_labels"]
