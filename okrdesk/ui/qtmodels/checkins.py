"""A key result's check-in history as a Qt table model, newest first, editable with undo."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from okrdesk.models.errors import OkrdeskError
from okrdesk.services import overview
from okrdesk.services.info import CheckInInfo, KeyResultInfo, KeyResultTrend
from okrdesk.ui import commands
from okrdesk.ui.document import Changes, Document
from okrdesk.ui.qtmodels.rows import RowsTableModel, sync_rows
from okrdesk.ui.text import (
    CONFIDENCE_COLORS,
    confidence_label,
    format_date,
    format_number,
    from_qdate,
    rich_from_plain,
    to_qdate,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class CheckInColumn(enum.IntEnum):
    DATE = 0
    VALUE = 1
    CONFIDENCE = 2
    NOTE = 3
    AUTHOR = 4


ID_ROLE = Qt.ItemDataRole.UserRole + 2


class CheckInTableModel(RowsTableModel):
    """The check-ins of one key result (newest first); edits become undoable commands."""

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.key_result: KeyResultInfo | None = None
        self._headers = [
            self.tr("Date"),
            self.tr("Value"),
            self.tr("Confidence"),
            self.tr("Note"),
            self.tr("Author"),
        ]
        document.changed.connect(self.apply_changes)

    def set_key_result(self, kr_id: int | None, trend: KeyResultTrend | None = None) -> None:
        """Show another key result's check-ins (None: none); *trend* saves reading them again."""
        self.beginResetModel()
        self.key_result = None
        self._rows = []
        if kr_id is not None:
            trend = trend or overview.trend(self.document.workspace, kr_id, self.document.today())
            self.key_result = trend.key_result
            self._rows = list(reversed(trend.check_ins))
        self.endResetModel()

    def apply_changes(self, changes: Changes) -> None:
        """Reload when this key result's check-ins may have changed, keeping rows in place."""
        if self.key_result is None:
            return
        kr_id = self.key_result.id
        if not (
            changes.everything
            or changes.people
            or kr_id in changes.key_results
            or self.key_result.objective_id in changes.objectives
            or changes.cycles
        ):
            return
        try:
            trend = overview.trend(self.document.workspace, kr_id, self.document.today())
        except OkrdeskError:  # the key result was deleted
            self.set_key_result(None)
            return
        self.key_result = trend.key_result
        sync_rows(self, self._rows, list(reversed(trend.check_ins)), key=lambda c: c.id, columns=len(CheckInColumn))

    def check_in_at(self, row: int) -> CheckInInfo:
        return self._rows[row]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Each check-in's date, value, confidence, note and author."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        c = self._rows[index.row()]
        column = CheckInColumn(index.column())
        if role == ID_ROLE:
            return c.id
        if role == Qt.ItemDataRole.DisplayRole:
            unit = f" {self.key_result.unit}" if self.key_result and self.key_result.unit else ""
            return {
                CheckInColumn.DATE: format_date(c.on),
                CheckInColumn.VALUE: format_number(c.value) + unit,
                CheckInColumn.CONFIDENCE: confidence_label(c.confidence),
                CheckInColumn.NOTE: c.note.replace("\n", " \u21b5 "),
                CheckInColumn.AUTHOR: c.author_name,
            }[column]
        if role == Qt.ItemDataRole.EditRole:
            return {
                CheckInColumn.DATE: to_qdate(c.on),
                CheckInColumn.VALUE: c.value,
                CheckInColumn.CONFIDENCE: c.confidence,
                CheckInColumn.NOTE: c.note,
                CheckInColumn.AUTHOR: c.author_id,
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if not c.counts:
                return QBrush(QColor("#999999"))
            if column == CheckInColumn.CONFIDENCE and c.confidence:
                return QBrush(QColor(CONFIDENCE_COLORS[c.confidence]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if not c.counts:
                return rich_from_plain(self.tr("Dated before the cycle started: it does not count."))
            if column == CheckInColumn.NOTE and c.note:
                return rich_from_plain(c.note)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CheckInColumn.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Correct a check-in through an undoable command."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.key_result is None:
            return False
        c = self._rows[index.row()]
        field = {
            CheckInColumn.DATE: "checked_on",
            CheckInColumn.VALUE: "value",
            CheckInColumn.CONFIDENCE: "confidence",
            CheckInColumn.NOTE: "note",
            CheckInColumn.AUTHOR: "author_id",
        }[CheckInColumn(index.column())]
        if field == "checked_on":
            value = from_qdate(value)
        current = {
            "checked_on": c.on,
            "value": c.value,
            "confidence": c.confidence,
            "note": c.note,
            "author_id": c.author_id,
        }[field]
        if current == value:
            return False
        kr = self.key_result
        command = commands.EditFields(
            self.document,
            "check_ins",
            c.id,
            {field: value},
            Changes.of(objectives=[kr.objective_id], key_results=[kr.id]),
            self.tr("Edit check-in of {date}").format(date=format_date(c.on)),
            expected_revision=c.revision,
        )
        return self.document.attempt(command)

    def delete_rows(self, rows: list[int]) -> None:
        """Delete the check-ins at *rows* as one undoable step."""
        if self.key_result is None or not rows:
            return
        ids = [self._rows[r].id for r in sorted(set(rows))]
        kr = self.key_result
        text = (
            self.tr("Delete check-in") if len(ids) == 1 else self.tr("Delete {count} check-ins").format(count=len(ids))
        )
        command = commands.Delete(
            self.document,
            "check_ins",
            ids,
            Changes.of(objectives=[kr.objective_id], key_results=[kr.id]),
            text,
        )
        self.document.attempt(command)
