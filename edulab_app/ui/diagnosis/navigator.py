"""The list of sections on the left: each entry is the section's title and, on a second, smaller line, its
completion ("7/12", a check mark when complete). The entry's text is ``"title\\nprogress"``, so that it
reads the same for tests and screen readers; the delegate only draws it in two styles."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

COMPLETE_ROLE = Qt.ItemDataRole.UserRole + 1
PAD_X, PAD_Y = 8, 6


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() - 1))
    return small


class _SectionDelegate(QStyledItemDelegate):
    def __init__(self, view: QListWidget):
        super().__init__(view)
        self.view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, _, progress = opt.text.partition("\n")
        opt.text = ""
        style = opt.widget.style() if opt.widget else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.highlightedText().color() if selected else opt.palette.text().color())
        used = painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                          | Qt.TextFlag.TextWordWrap), title)
        if progress:
            painter.setFont(_small(opt.font))
            if selected:
                color = opt.palette.highlightedText().color()
            else:
                color = QColor("#2e6b30") if index.data(COMPLETE_ROLE) else QColor("#5f6368")
            painter.setPen(color)
            painter.drawText(rect.adjusted(0, used.height() + 2, 0, 0),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), progress)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title, _, progress = text.partition("\n")
        width = max(120, self.view.viewport().width() - 2)
        fm = QFontMetrics(option.font)
        height = fm.boundingRect(QRect(0, 0, width - 2 * PAD_X, 10_000),
                                 int(Qt.TextFlag.TextWordWrap), title).height()
        if progress:
            height += QFontMetrics(_small(option.font)).height() + 2
        return QSize(width, height + 2 * PAD_Y)


class SectionNavigator(QListWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setItemDelegate(_SectionDelegate(self))
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(1)
