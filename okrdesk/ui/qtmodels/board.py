"""One board column as a Qt list model: a cycle's objectives, each followed by its key result cards."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from okrdesk.models import progress as maths
from okrdesk.models.errors import OkrdeskError
from okrdesk.services import overview
from okrdesk.services.info import CycleInfo, KeyResultInfo, ObjectiveInfo
from okrdesk.ui.document import Changes, Document
from okrdesk.ui.qtmodels.drops import (
    KEY_RESULT,
    OBJECTIVE,
    CycleInfoForDrop,
    DraggedItem,
    DropsMixin,
    DropTarget,
    decode_items,
    encode_items,
    plan_drop,
)
from okrdesk.ui.qtmodels.outline import Role
from okrdesk.ui.qtmodels.rows import sync_rows
from okrdesk.ui.text import rich_from_plain

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BoardRow:
    """A row of a column: an objective's header or a key result's card."""

    kind: str
    id: int
    info: Any
    objective_id: int
    position: int  # a card's place among its objective's key results; an objective's among the cycle's

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.id)


class BoardColumnModel(DropsMixin, QAbstractListModel):
    """A cycle's (or the Backlog's) objectives and key result cards, loaded on first use.

    Signals:
        cycle_changed(): the cycle's own numbers (progress, name, dates) changed.
        refused(str): a drop makes no sense; the reason for the status bar.
    """

    cycle_changed = Signal()
    refused = Signal(str)

    def __init__(self, document: Document, cycle: CycleInfo | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.cycle = cycle
        self.loaded = False
        self._rows: list[BoardRow] = []
        document.changed.connect(self.apply_changes)

    @property
    def cycle_id(self) -> int | None:
        return self.cycle.id if self.cycle else None

    @property
    def closed(self) -> bool:
        return self.cycle is not None and self.cycle.status == "closed"

    # -- loading ----------------------------------------------------------------

    def ensure_loaded(self) -> None:
        """Read the column's cards the first time it is needed."""
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        """Re-read the column, updating rows in place."""
        try:
            data = overview.cycle_overview(self.document.workspace, self.cycle_id, self.document.today())
        except OkrdeskError:  # the cycle was deleted; the board removes the column
            return
        rows: list[BoardRow] = []
        for o_pos, ov in enumerate(data.objectives):
            rows.append(BoardRow(OBJECTIVE, ov.objective.id, ov.objective, ov.objective.id, o_pos))
            rows += [BoardRow(KEY_RESULT, k.id, k, ov.objective.id, k_pos) for k_pos, k in enumerate(ov.key_results)]
        self.loaded = True
        sync_rows(self, self._rows, rows, key=lambda r: r.key)
        if data.cycle is not None and data.cycle != self.cycle:
            self.cycle = data.cycle
            self.cycle_changed.emit()

    def set_cycle(self, cycle: CycleInfo) -> None:
        """The cycle's numbers from the cycle list (before the column is loaded)."""
        if cycle != self.cycle:
            self.cycle = cycle
            self.cycle_changed.emit()

    def apply_changes(self, changes: Changes) -> None:
        """Reload what a change touches: the whole column, or only the objectives it names."""
        if not self.loaded:
            return
        if changes.everything or changes.people or self.cycle_id in changes.cycles:
            self.reload()
            return
        touched = {row.id for row in self._rows if row.kind == OBJECTIVE} & changes.objectives
        if touched:
            self._reload_objectives(touched)

    def _reload_objectives(self, objective_ids: set[int]) -> None:
        """Re-read some objectives' headers and cards, and the cycle's progress from all headers."""
        fresh = {}
        for objective_id in objective_ids:
            try:
                fresh[objective_id] = overview.objective(self.document.workspace, objective_id, self.document.today())
            except OkrdeskError:  # gone: the whole column is out of date
                self.reload()
                return
        rows: list[BoardRow] = []
        for row in self._rows:
            if row.objective_id not in fresh:
                rows.append(row)
            elif row.kind == OBJECTIVE:
                ov = fresh[row.objective_id]
                rows.append(BoardRow(OBJECTIVE, row.id, ov.objective, row.id, row.position))
                rows += [BoardRow(KEY_RESULT, k.id, k, row.id, k_pos) for k_pos, k in enumerate(ov.key_results)]
        sync_rows(self, self._rows, rows, key=lambda r: r.key)
        if self.cycle is not None:
            headers = [r.info for r in self._rows if r.kind == OBJECTIVE]
            self.set_cycle(
                dataclasses.replace(
                    self.cycle,
                    progress=maths.cycle_progress(o.progress for o in headers),
                    key_result_count=sum(o.key_result_count for o in headers),
                )
            )

    # -- the model --------------------------------------------------------------

    def row_at(self, row: int) -> BoardRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Headers and cards: their title, kind, id and snapshot for the delegate."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.info.title
        if role == Role.KIND:
            return row.kind
        if role == Role.ID:
            return row.id
        if role == Role.INFO:
            return row.info
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_from_plain(self._tooltip(row))
        return None

    def _tooltip(self, row: BoardRow) -> str:
        if row.kind == OBJECTIVE:
            o: ObjectiveInfo = row.info
            return o.title if not o.description else f"{o.title}\n\n{o.description}"
        k: KeyResultInfo = row.info
        return "\n".join(filter(None, [k.title, k.owner_name]))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # -- drag and drop ----------------------------------------------------------

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        """The dragged cards or objectives (an objective's header drags the whole objective)."""
        items, seen = [], set()
        for index in sorted(indexes, key=lambda i: i.row()):
            row = self._rows[index.row()]
            if row.key in seen:
                continue
            seen.add(row.key)
            items.append(
                DraggedItem(
                    kind=row.kind,
                    id=row.id,
                    uid=row.info.uid,
                    objective_id=row.objective_id,
                    cycle_id=self.cycle_id,
                    from_closed=self.closed,
                )
            )
        if {i.kind for i in items} == {OBJECTIVE, KEY_RESULT}:  # an objective with some of its cards
            items = [i for i in items if i.kind == OBJECTIVE]
        return encode_items(items, str(self.document.workspace.path))

    def _plan(self, data: QMimeData, action: Qt.DropAction, row: int, parent: AnyIndex) -> tuple:
        items = decode_items(data, str(self.document.workspace.path))
        if not items:
            return None, ""
        return plan_drop(self.document, items, action, self.drop_target(items, row, parent))

    def _cycle_for_drop(self) -> CycleInfoForDrop:
        c = self.cycle
        return CycleInfoForDrop(None, "", "") if c is None else CycleInfoForDrop(c.id, c.name, c.status)

    def drop_target(self, items: list[DraggedItem], row: int, parent: AnyIndex) -> DropTarget:
        """Where a drop at (*row*, *parent*) lands.

        On a header: that objective. On a card: its objective, at its place.
        Between rows: the objective of the row above, after it. In the free
        space below the cards: the cycle itself.
        """
        cycle = self._cycle_for_drop()
        objectives = items[0].kind == OBJECTIVE
        if parent.isValid():
            at = self._rows[parent.row()]
        elif 0 < row <= len(self._rows):
            above = self._rows[row - 1]
            at = above
            if not objectives:
                index = 0 if above.kind == OBJECTIVE else above.position + 1
                return DropTarget(cycle, above.objective_id, self._adjust(items, above.objective_id, index))
        else:
            return DropTarget(cycle)
        if objectives:
            position = next(r.position for r in self._rows if r.kind == OBJECTIVE and r.id == at.objective_id)
            if at.objective_id in {i.id for i in items}:
                return DropTarget(cycle, objective_id=at.objective_id)
            return DropTarget(cycle, index=position)
        if at.kind == OBJECTIVE:
            return DropTarget(cycle, at.id)
        return DropTarget(cycle, at.objective_id, self._adjust(items, at.objective_id, at.position))

    def _adjust(self, items: list[DraggedItem], objective_id: int, index: int) -> int:
        """Qt counts positions with the dragged cards still in place: leave them out."""
        before = {
            r.id for r in self._rows if r.kind == KEY_RESULT and r.objective_id == objective_id and r.position < index
        }
        return index - sum(1 for i in items if i.id in before)
