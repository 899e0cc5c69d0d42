"""Item delegates: progress bars coloured by pace, people combos, locale-aware number editing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from okrdesk.services.info import PersonInfo
from okrdesk.ui.qtmodels.outline import Role
from okrdesk.ui.text import PACE_COLORS, format_number, parse_number, parse_percent

AnyIndex = QModelIndex | QPersistentModelIndex


class ProgressDelegate(QStyledItemDelegate):
    """Paints progress as a bar coloured by pace (ahead, on pace, behind) with the percentage."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        progress = index.data(Role.PROGRESS)
        if progress is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        pace = index.data(Role.PACE)
        color = QColor(PACE_COLORS.get(pace or "", "#7f8c8d"))
        text_width = min(option.fontMetrics.horizontalAdvance(text) + 8, option.rect.width() // 2)
        cell = QRectF(option.rect).adjusted(4, 0, -4, 0)
        bar = QRectF(cell.left(), cell.center().y() - 4, max(cell.width() - text_width, 10), 8)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(color)
        track.setAlpha(50)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 4, 4)
        filled = QRectF(bar)
        filled.setWidth(bar.width() * max(0.0, min(1.0, progress)))
        painter.setBrush(color)
        if filled.width() > 0:
            painter.drawRoundedRect(filled, 4, 4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        text_rect = QRectF(bar.right(), cell.top(), cell.right() - bar.right(), cell.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()


class PeopleDelegate(QStyledItemDelegate):
    """Edits an owner with a combo of the team (and "nobody")."""

    def __init__(self, people: list[PersonInfo], parent: Any = None) -> None:
        super().__init__(parent)
        self.people = people

    def set_people(self, people: list[PersonInfo]) -> None:
        self.people = people

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(self.tr("(nobody)"), None)
        for person in self.people:
            if person.active or person.id == index.data(Qt.ItemDataRole.EditRole):
                combo.addItem(person.name, person.id)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NumberDelegate(QStyledItemDelegate):
    """Edits a number in the user's locale; text that is not a number is refused with the reason.

    With ``percent_allowed``, "+50 %" or "by -60 %" means a target relative to the start.

    Signals:
        refused(str): the typed text was not a number; nothing was stored.
    """

    refused = Signal(str)

    def __init__(self, parent: Any = None, *, percent_allowed: bool = False) -> None:
        super().__init__(parent)
        self.percent_allowed = percent_allowed

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        if self.percent_allowed:
            editor.setPlaceholderText(self.tr("a number, or +50 % from the start"))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(format_number(index.data(Qt.ItemDataRole.EditRole)).replace("\u2212", "-"))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        text = editor.text()
        if self.percent_allowed:
            percent = parse_percent(text)
            if percent is not None:
                model.setData(index, ("percent", percent), Qt.ItemDataRole.EditRole)
                return
        value = parse_number(text)
        if value is None:
            self.refused.emit(self.tr("“{text}” is not a number; nothing was changed.").format(text=text))
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class PlainTextDelegate(QStyledItemDelegate):
    """Edits one line of plain text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(300)
        return editor
