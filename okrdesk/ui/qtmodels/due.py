"""The key results due for a check-in, as a Qt table model a lead works down with the keyboard."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from okrdesk.services import checkins
from okrdesk.services.info import DueCheckIn
from okrdesk.ui.document import Changes, Document
from okrdesk.ui.qtmodels.rows import RowsTableModel, sync_rows
from okrdesk.ui.text import format_date, rich_from_plain

AnyIndex = QModelIndex | QPersistentModelIndex


class DueColumn(enum.IntEnum):
    KEY_RESULT = 0
    OBJECTIVE = 1
    OWNER = 2
    LAST_CHECK_IN = 3
    DUE_SINCE = 4


class DueModel(RowsTableModel):
    """Key results of the active cycles whose cadence says a check-in is due."""

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self._rows: list[DueCheckIn] = checkins.due_check_ins(document.workspace, document.today())
        self._headers = [
            self.tr("Key result"),
            self.tr("Objective"),
            self.tr("Owner"),
            self.tr("Last check-in"),
            self.tr("Due since"),
        ]
        self.stale = False
        self.live = True
        document.changed.connect(self.apply_changes)

    def apply_changes(self, changes: Changes) -> None:
        """Re-read the due list; rows that were checked in disappear, the rest stay in place.

        While nobody looks at the list (``live`` False), it only notes that it is stale.
        """
        if not self.live:
            self.stale = True
            return
        self.refresh()

    def refresh(self) -> None:
        fresh = checkins.due_check_ins(self.document.workspace, self.document.today())
        sync_rows(self, self._rows, fresh, key=lambda d: d.key_result.id, columns=len(DueColumn))
        self.stale = False

    def set_live(self, live: bool) -> None:
        """Follow changes (the list is visible) or not; catching up when it becomes visible."""
        self.live = live
        if live and self.stale:
            self.refresh()

    def due_at(self, row: int) -> DueCheckIn:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The key result, its objective and owner, and how long the check-in has been due."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        due = self._rows[index.row()]
        kr = due.key_result
        column = DueColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                DueColumn.KEY_RESULT: kr.title,
                DueColumn.OBJECTIVE: due.objective_title,
                DueColumn.OWNER: kr.owner_name,
                DueColumn.LAST_CHECK_IN: format_date(kr.last_check_in) if kr.last_check_in else self.tr("never"),
                DueColumn.DUE_SINCE: format_date(due.due_since),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (DueColumn.KEY_RESULT, DueColumn.OBJECTIVE):
            return rich_from_plain(f"{kr.title}\n{due.objective_title}")
        if role == Qt.ItemDataRole.UserRole:
            return kr.id
        return None
