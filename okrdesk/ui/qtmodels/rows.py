"""Keeping a flat Qt list model's rows in step with a fresh list, without a reset."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


def sync_rows(
    model: QAbstractItemModel, rows: list[Any], fresh: Sequence[Any], key: Callable[[Any], Hashable], columns: int = 1
) -> None:
    """Make *rows* (the model's storage) equal *fresh* with row removals, moves, inserts and
    dataChanged, so that selections and scroll positions survive."""
    root = QModelIndex()
    wanted = {key(item) for item in fresh}
    row = len(rows) - 1
    while row >= 0:
        if key(rows[row]) in wanted:
            row -= 1
            continue
        end = row
        while row > 0 and key(rows[row - 1]) not in wanted:
            row -= 1
        model.beginRemoveRows(root, row, end)
        del rows[row : end + 1]
        model.endRemoveRows()
        row -= 1
    last_column = max(columns - 1, 0)
    for target, item in enumerate(fresh):
        k = key(item)
        if target < len(rows) and key(rows[target]) == k:
            pass
        else:
            current = next((r for r in range(target + 1, len(rows)) if key(rows[r]) == k), None)
            if current is None:
                model.beginInsertRows(root, target, target)
                rows.insert(target, item)
                model.endInsertRows()
                continue
            model.beginMoveRows(root, current, current, root, target)
            rows.insert(target, rows.pop(current))
            model.endMoveRows()
        if rows[target] != item:
            rows[target] = item
            model.dataChanged.emit(model.index(target, 0), model.index(target, last_column))


class RowsTableModel(QAbstractTableModel):
    """A table over a list of snapshots (``_rows``) with translated column headers (``_headers``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers: list[str] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
