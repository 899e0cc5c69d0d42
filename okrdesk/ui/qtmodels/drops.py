"""Drag and drop of objectives and key results, shared by the outline and the board.

The MIME data names the dragged rows and where they are; a drop target is a
cycle (or the Backlog) or an objective, with an optional position. ``plan_drop``
turns the two into the undoable command to run, or into the reason the drop
makes no sense.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, Qt

from okrdesk.ui import commands
from okrdesk.ui.document import Document

MIME_TYPE = "application/x-okrdesk-items"
OBJECTIVE, KEY_RESULT = "objective", "key_result"


@dataclass(frozen=True)
class DraggedItem:
    """An objective or key result being dragged, and where it sits."""

    kind: str
    id: int
    uid: str
    objective_id: int | None
    cycle_id: int | None
    from_closed: bool = False


@dataclass(frozen=True)
class CycleInfoForDrop:
    """What a drop needs to know of a cycle (None id: the Backlog)."""

    id: int | None
    name: str
    status: str


@dataclass(frozen=True)
class DropTarget:
    """Where something is dropped: a cycle's free space, or an objective (at *index* among its rows)."""

    cycle: CycleInfoForDrop
    objective_id: int | None = None
    index: int | None = None


class DropsMixin:
    """The drag-and-drop entry points Qt calls on the outline and board models.

    The model provides ``_plan(data, action, row, parent)`` (the command a drop
    would run, or the reason it makes no sense), ``document`` and ``refused``.
    """

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [MIME_TYPE]

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: Any,
    ) -> bool:
        command, reason = self._plan(data, action, row, parent)
        if command is None and reason:
            self.refused.emit(reason)
        return command is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: Any,
    ) -> bool:
        """Run the drop as one undoable command.

        Returns False even on success: the change already happened in the
        file, and the view must not remove the source rows itself.
        """
        command, reason = self._plan(data, action, row, parent)
        if command is None:
            if reason:
                self.refused.emit(reason)
            return False
        self.document.attempt(command)
        return False


def encode_items(items: list[DraggedItem], workspace: str) -> QMimeData:
    """MIME data carrying dragged objectives or key results of one workspace."""
    data = QMimeData()
    payload = {"workspace": workspace, "items": [item.__dict__ for item in items]}
    data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode("utf-8")))
    data.setText("\n".join(item.uid for item in items))
    return data


def decode_items(data: QMimeData | None, workspace: str) -> list[DraggedItem]:
    """The items in *data* when they come from this workspace; else []."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return []
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        if payload.get("workspace") != workspace:
            return []
        return [
            DraggedItem(
                kind=i["kind"],
                id=int(i["id"]),
                uid=str(i["uid"]),
                objective_id=i.get("objective_id"),
                cycle_id=i.get("cycle_id"),
                from_closed=bool(i.get("from_closed")),
            )
            for i in payload.get("items") or []
            if i.get("kind") in (OBJECTIVE, KEY_RESULT)
        ]
    except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError):
        return []


def plan_drop(
    document: Document, items: list[DraggedItem], action: Qt.DropAction, target: DropTarget
) -> tuple[commands.ServiceCommand | None, str]:
    """The command a drop runs, or (None, why it makes no sense: shown in the status bar)."""
    if not items or document.read_only:
        return None, ""
    kinds = {item.kind for item in items}
    if len(kinds) != 1:
        return None, QCoreApplication.translate("okrdesk.drops", "Drag objectives or key results, not both at once.")
    copy = action == Qt.DropAction.CopyAction
    cycle = target.cycle
    if cycle.status == "closed":
        return None, QCoreApplication.translate("okrdesk.drops", "“{name}” is closed: reopen it to plan in it.").format(
            name=cycle.name
        )
    if not copy and any(item.from_closed and item.cycle_id != cycle.id for item in items):
        return None, QCoreApplication.translate(
            "okrdesk.drops", "That cycle is closed: hold Ctrl to carry its work forward instead of moving it."
        )
    ids = [item.id for item in items]
    if kinds == {KEY_RESULT}:
        return _plan_key_results(document, items, ids, copy, target)
    return _plan_objectives(document, items, ids, copy, target)


def _plan_key_results(
    document: Document, items: list[DraggedItem], ids: list[int], copy: bool, target: DropTarget
) -> tuple[Any, str]:
    cycle = target.cycle
    if copy and cycle.id is None:
        return None, QCoreApplication.translate(
            "okrdesk.drops", "Key results are carried forward into a cycle, not into the Backlog."
        )
    if target.objective_id is not None:
        if copy:
            return commands.MoveToCycle(document, ids, cycle.id, carry=True, objective_id=target.objective_id), ""
        if target.index is None and all(item.objective_id == target.objective_id for item in items):
            return None, QCoreApplication.translate("okrdesk.drops", "These key results are already in that objective.")
        return commands.MoveKeyResults(document, ids, target.objective_id, target.index, cycle.id), ""
    if cycle.id is None:
        return None, QCoreApplication.translate("okrdesk.drops", "Drop key results onto an objective in the Backlog.")
    if not copy and all(item.cycle_id == cycle.id for item in items):
        return None, QCoreApplication.translate("okrdesk.drops", "These key results are already in “{name}”.").format(
            name=cycle.name
        )
    return commands.MoveToCycle(document, ids, cycle.id, carry=copy), ""


def _plan_objectives(
    document: Document, items: list[DraggedItem], ids: list[int], copy: bool, target: DropTarget
) -> tuple[Any, str]:
    cycle = target.cycle
    if target.objective_id in ids:
        return None, QCoreApplication.translate("okrdesk.drops", "An objective cannot be dropped onto itself.")
    if copy:
        if cycle.id is None:
            return None, QCoreApplication.translate(
                "okrdesk.drops", "Key results are carried forward into a cycle, not into the Backlog."
            )
        return commands.MoveToCycle(document, [], cycle.id, carry=True, objective_ids=ids), ""
    if target.index is None and all(item.cycle_id == cycle.id for item in items):
        return None, QCoreApplication.translate("okrdesk.drops", "These objectives are already in “{name}”.").format(
            name=cycle.name
        )
    return commands.MoveObjectives(document, ids, cycle.id, target.index), ""
