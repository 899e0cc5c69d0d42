"""The outline: a Qt tree model of cycles > objectives > key results over the services."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from okrdesk.models import progress as maths
from okrdesk.services import overview
from okrdesk.services.info import CycleInfo, KeyResultInfo, ObjectiveInfo
from okrdesk.ui import commands
from okrdesk.ui.document import Changes, Document
from okrdesk.ui.qtmodels.drops import (
    CycleInfoForDrop,
    DraggedItem,
    DropsMixin,
    DropTarget,
    decode_items,
    encode_items,
    plan_drop,
)
from okrdesk.ui.text import (
    confidence_label,
    format_change,
    format_date,
    format_number,
    format_percent,
    from_qdate,
    pace_label,
    rich_from_plain,
    status_label,
    to_qdate,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    TITLE = 0
    OWNER = 1
    START = 2
    CURRENT = 3
    TARGET = 4
    UNIT = 5
    PROGRESS = 6
    CONFIDENCE = 7
    LAST_CHECK_IN = 8


class Role(enum.IntEnum):
    """Custom data roles."""

    KIND = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    INFO = Qt.ItemDataRole.UserRole + 3
    PROGRESS = Qt.ItemDataRole.UserRole + 4  # shown progress (float | None)
    RAW_PROGRESS = Qt.ItemDataRole.UserRole + 5
    PACE = Qt.ItemDataRole.UserRole + 6  # "ahead" | "on_pace" | "behind" | None


CYCLE, BACKLOG, OBJECTIVE, KEY_RESULT = "cycle", "backlog", "objective", "key_result"


class Node:
    """One row of the tree: what it is, its id, its cached info, its children."""

    __slots__ = ("kind", "id", "info", "parent", "children", "row")

    def __init__(self, kind: str, node_id: int | None, info: Any, parent: Node | None) -> None:
        self.kind = kind
        self.id = node_id
        self.info = info
        self.parent = parent
        self.children: list[Node] | None = [] if kind in (OBJECTIVE, "root") else None
        self.row = 0

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.kind, self.id)

    @property
    def cycle_id(self) -> int | None:
        """The cycle this row belongs to (None: the Backlog)."""
        if self.kind == CYCLE:
            return self.id
        if self.kind == BACKLOG:
            return None
        if self.kind == OBJECTIVE:
            return self.info.cycle_id
        return self.info.cycle_id


def _renumber(children: list[Node], start: int = 0) -> None:
    for row in range(start, len(children)):
        children[row].row = row


class OutlineModel(DropsMixin, QAbstractItemModel):
    """Cycles (and the Backlog) > objectives > key results, with their numbers.

    Cycles' children load when first expanded (canFetchMore/fetchMore). Every
    edit goes through an undo command; the model then refreshes only what the
    command's Changes name, updating rows in place.

    Signals:
        refused(str): a drop or edit was refused; the reason for the status bar.
    """

    refused = Signal(str)

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self._root = Node("root", None, None, None)
        self._nodes: dict[tuple[str, int | None], Node] = {}
        self._headers = [
            self.tr("Title"),
            self.tr("Owner"),
            self.tr("Start"),
            self.tr("Current"),
            self.tr("Target"),
            self.tr("Unit"),
            self.tr("Progress"),
            self.tr("Confidence"),
            self.tr("Last check-in"),
        ]
        self._load_cycles()
        document.changed.connect(self.apply_changes)

    # -- structure --------------------------------------------------------------

    def _node(self, index: AnyIndex) -> Node:
        if not index.isValid():
            return self._root
        return index.internalPointer()

    def node_for(self, kind: str, node_id: int | None) -> Node | None:
        return self._nodes.get((kind, node_id))

    def index_for(self, kind: str, node_id: int | None, column: int = 0) -> QModelIndex:
        """The index of a cycle, objective or key result row (invalid when not loaded)."""
        node = self._nodes.get((kind, node_id))
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def _index_of(self, node: Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        """The index of a child row; invalid when out of range."""
        node = self._node(parent)
        if node.children is None or not (0 <= row < len(node.children)) or not (0 <= column < len(Column)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        """The parent row's index (invalid for top-level rows)."""
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        if node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Rows under *parent* that are loaded."""
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node.children is not None else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return len(Column)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:
        """Cycles show an expander before their objectives are loaded."""
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.kind in (CYCLE, BACKLOG) and node.children is None:
            return node.kind == BACKLOG or node.info.objective_count > 0
        return bool(node.children)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        node = self._node(parent)
        return node.kind in (CYCLE, BACKLOG) and node.children is None

    def fetchMore(self, parent: AnyIndex) -> None:
        """Load a cycle's objectives and key results."""
        node = self._node(parent)
        if not self.canFetchMore(parent):
            return
        data = overview.cycle_overview(self.document.workspace, node.id, self.document.today())
        node.children = []
        if not data.objectives:
            return
        self.beginInsertRows(parent, 0, len(data.objectives) - 1)
        for ov in data.objectives:
            node.children.append(self._make_objective(ov.objective, ov.key_results, node))
        _renumber(node.children)
        self.endInsertRows()

    def ensure_loaded(self, cycle_id: int | None) -> None:
        """Load a cycle's rows now (to select something inside it)."""
        index = self.index_for(BACKLOG if cycle_id is None else CYCLE, cycle_id)
        if index.isValid() and self.canFetchMore(index):
            self.fetchMore(index)

    def _register(self, node: Node) -> Node:
        self._nodes[node.key] = node
        return node

    def _forget(self, node: Node) -> None:
        self._nodes.pop(node.key, None)
        for child in node.children or ():
            self._forget(child)

    def _make_objective(self, info: ObjectiveInfo, krs: Sequence[KeyResultInfo], parent: Node) -> Node:
        node = self._register(Node(OBJECTIVE, info.id, info, parent))
        node.children = [self._register(Node(KEY_RESULT, kr.id, kr, node)) for kr in krs]
        _renumber(node.children)
        return node

    def _load_cycles(self) -> None:
        cycles = overview.list_cycles(self.document.workspace, self.document.today())
        self._root.children = []
        for info in cycles:
            self._root.children.append(self._register(Node(CYCLE, info.id, info, self._root)))
        self._root.children.append(self._register(Node(BACKLOG, None, None, self._root)))
        _renumber(self._root.children)

    # -- data -------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Editable cells depend on the row's kind; objectives and KRs can be dragged."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        node: Node = index.internalPointer()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        editable = {
            CYCLE: {Column.TITLE, Column.START, Column.TARGET},
            OBJECTIVE: {Column.TITLE, Column.OWNER},
            KEY_RESULT: {Column.TITLE, Column.OWNER, Column.START, Column.TARGET, Column.UNIT},
        }.get(node.kind, set())
        if node.kind == KEY_RESULT and node.info.kind == "milestone":
            editable = editable - {Column.START, Column.TARGET, Column.UNIT}
        if column in editable and not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        if node.kind in (OBJECTIVE, KEY_RESULT):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if node.kind in (CYCLE, BACKLOG, OBJECTIVE, KEY_RESULT):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows; None for roles it does not answer."""
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        column = Column(index.column())
        if role == Role.KIND:
            return node.kind
        if role == Role.ID:
            return node.id
        if role == Role.INFO:
            return node.info
        if node.kind == BACKLOG:
            return self._backlog_data(column, role)
        if node.kind == CYCLE:
            return self._cycle_data(node.info, column, role)
        if node.kind == OBJECTIVE:
            return self._objective_data(node, column, role)
        return self._key_result_data(node.info, column, role)

    def _backlog_data(self, column: Column, role: int) -> Any:
        if column == Column.TITLE and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Backlog (no cycle)")
        if column == Column.TITLE and role == Qt.ItemDataRole.ToolTipRole:
            return rich_from_plain(self.tr("Objectives not planned in any cycle yet."))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _cycle_data(self, c: CycleInfo, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.TITLE: c.name,
                Column.OWNER: status_label(c.status),
                Column.START: format_date(c.start),
                Column.TARGET: format_date(c.end),
                Column.PROGRESS: format_percent(c.progress),
            }.get(column)
        if role == Qt.ItemDataRole.EditRole:
            return {
                Column.TITLE: c.name,
                Column.START: to_qdate(c.start),
                Column.TARGET: to_qdate(c.end),
            }.get(column)
        if role == Role.PROGRESS and column == Column.PROGRESS:
            return c.progress
        if role == Role.RAW_PROGRESS and column == Column.PROGRESS:
            return c.progress
        if role == Role.PACE and column == Column.PROGRESS:
            if c.progress is None or c.expected is None:
                return None
            return maths.pace(c.progress, c.expected).value
        if role == Qt.ItemDataRole.FontRole and column == Column.TITLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and c.status == "closed":
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.TITLE, Column.PROGRESS):
            text = self.tr(
                "{name}: {start} – {end}, {status}. Progress {progress}, expected by today {expected}."
            ).format(
                name=c.name,
                start=format_date(c.start),
                end=format_date(c.end),
                status=status_label(c.status),
                progress=format_percent(c.progress),
                expected=format_percent(c.expected),
            )
            return rich_from_plain(text)
        return None

    def _objective_data(self, node: Node, column: Column, role: int) -> Any:
        o: ObjectiveInfo = node.info
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.TITLE: o.title,
                Column.OWNER: o.owner_name,
                Column.PROGRESS: format_percent(o.progress),
            }.get(column)
        if role == Qt.ItemDataRole.EditRole:
            return {Column.TITLE: o.title, Column.OWNER: o.owner_id}.get(column)
        if column == Column.PROGRESS and role in (Role.PROGRESS, Role.RAW_PROGRESS):
            return o.progress
        if column == Column.PROGRESS and role == Role.PACE:
            expected = self._expected_for(node)
            if o.progress is None or expected is None:
                return None
            return maths.pace(o.progress, expected).value
        if role == Qt.ItemDataRole.FontRole and column == Column.TITLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            text = o.title if o.description == "" else f"{o.title}\n\n{o.description}"
            return rich_from_plain(text)
        return None

    def _expected_for(self, node: Node) -> float | None:
        cycle = node.parent
        if cycle is not None and cycle.kind == CYCLE:
            return cycle.info.expected
        return None

    def _key_result_data(self, k: KeyResultInfo, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._kr_display(k, column)
        if role == Qt.ItemDataRole.EditRole:
            return {
                Column.TITLE: k.title,
                Column.OWNER: k.owner_id,
                Column.START: k.start,
                Column.TARGET: k.target,
                Column.UNIT: k.unit,
            }.get(column)
        if column == Column.PROGRESS:
            if role == Role.PROGRESS:
                return k.progress.shown
            if role == Role.RAW_PROGRESS:
                return k.progress.raw
            if role == Role.PACE:
                return k.pace.value if k.pace else None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.CONFIDENCE and k.confidence:
            from okrdesk.ui.text import CONFIDENCE_COLORS

            return QBrush(QColor(CONFIDENCE_COLORS[k.confidence]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.START,
            Column.CURRENT,
            Column.TARGET,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.TITLE, Column.PROGRESS):
            return rich_from_plain(self._kr_tooltip(k))
        return None

    def _kr_display(self, k: KeyResultInfo, column: Column) -> str | None:
        if column == Column.TITLE:
            return k.title
        if column == Column.OWNER:
            return k.owner_name
        if k.kind == "milestone":
            if column == Column.CURRENT:
                return self.tr("Done") if k.progress.shown >= 1 else self.tr("Not done")
            if column == Column.PROGRESS:
                return format_percent(k.progress.shown)
        elif column == Column.START:
            return format_number(k.start)
        elif column == Column.CURRENT:
            return format_number(k.current) if k.current is not None else "\u00b7"
        elif column == Column.TARGET:
            if k.kind == "threshold":
                sign = "\u2265" if k.comparison == "at_least" else "\u2264"
                return f"{sign} {format_number(k.target)}"
            if k.target_mode == "relative" and k.target_percent is not None:
                return f"{format_number(k.target)} ({format_change(k.target_percent)})"
            return format_number(k.target)
        elif column == Column.UNIT:
            return k.unit
        elif column == Column.PROGRESS:
            # Over- and under-achievement show as the raw figure (120 %, −25 %); the bar stays in 0–100 %.
            if k.progress.raw != k.progress.shown and k.kind == "metric":
                return format_percent(k.progress.raw)
            return format_percent(k.progress.shown)
        if column == Column.CONFIDENCE:
            return confidence_label(k.confidence)
        if column == Column.LAST_CHECK_IN:
            return format_date(k.last_check_in) if k.last_check_in else self.tr("never")
        return None

    def _kr_tooltip(self, k: KeyResultInfo) -> str:
        lines = [k.title]
        if k.kind == "metric":
            lines.append(
                self.tr("{start} → {current} → {target} {unit}")
                .format(
                    start=format_number(k.start),
                    current=format_number(k.current) if k.current is not None else "\u00b7",
                    target=format_number(k.target),
                    unit=k.unit,
                )
                .strip()
            )
        lines.append(self.tr("Progress {progress}").format(progress=format_percent(k.progress.shown)))
        if k.pace:
            lines.append(pace_label(k.pace.value))
        return "\n".join(lines)

    # -- editing ----------------------------------------------------------------

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Turn a cell edit into an undoable command; a refused value changes nothing."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        node: Node = index.internalPointer()
        column = Column(index.column())
        command = self._edit_command(node, column, value)
        if command is None:
            return False
        return self.document.attempt(command)

    def _edit_command(self, node: Node, column: Column, value: Any) -> commands.EditFields | None:
        if node.kind == CYCLE:
            field = {Column.TITLE: "name", Column.START: "start_date", Column.TARGET: "end_date"}.get(column)
            if field is None:
                return None
            if field != "name":
                value = from_qdate(value)
            if getattr(node.info, {"name": "name", "start_date": "start", "end_date": "end"}[field]) == value:
                return None
            return commands.EditFields(
                self.document,
                "cycles",
                node.id,
                {field: value},
                Changes.of(cycle_list=True, cycles=[node.id]),
                self.tr("Edit cycle “{name}”").format(name=node.info.name),
                expected_revision=node.info.revision,
            )
        if node.kind == OBJECTIVE:
            field = {Column.TITLE: "title", Column.OWNER: "owner_id"}.get(column)
            if field is None or getattr(node.info, field) == value:
                return None
            return commands.EditFields(
                self.document,
                "objectives",
                node.id,
                {field: value},
                Changes.of(objectives=[node.id], cycles=[]),
                self.tr("Edit objective “{title}”").format(title=node.info.title),
                expected_revision=node.info.revision,
            )
        if node.kind == KEY_RESULT:
            field = {
                Column.TITLE: "title",
                Column.OWNER: "owner_id",
                Column.START: "start_value",
                Column.TARGET: "target_value",
                Column.UNIT: "unit",
            }.get(column)
            if field is None:
                return None
            if isinstance(value, tuple) and value[0] == "percent":  # "by +50 %" typed in the cell
                field, value = "target_percent", value[1]
            current = {
                "start_value": node.info.start,
                "target_value": node.info.target,
                "target_percent": node.info.target_percent,
            }.get(field, getattr(node.info, field, None))
            if current == value and not (field == "target_value" and node.info.target_mode == "relative"):
                return None
            return commands.EditFields(
                self.document,
                "key_results",
                node.id,
                {field: value},
                Changes.of(objectives=[node.info.objective_id], key_results=[node.id]),
                self.tr("Edit key result “{title}”").format(title=node.info.title),
                expected_revision=node.info.revision,
            )
        return None

    # -- refreshing -------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Refresh the rows a command changed, in place."""
        ws, today = self.document.workspace, self.document.today()
        if changes.everything or changes.people:
            self._refresh_cycle_list()
            for node in list(self._root.children or ()):
                if node.children is not None:
                    self._refresh_cycle(node)
            return
        if changes.cycle_list:
            self._refresh_cycle_list()
        touched_cycles: set[int | None] = set(changes.cycles)
        for cycle_id in changes.cycles:
            node = self._nodes.get((BACKLOG, None) if cycle_id is None else (CYCLE, cycle_id))
            if node is not None and node.children is not None:
                self._refresh_cycle(node)
        for objective_id in changes.objectives:
            node = self._nodes.get((OBJECTIVE, objective_id))
            if node is None or node.parent is None or node.parent.id in changes.cycles:
                continue
            data = overview.objective(ws, objective_id, today)
            self._sync_objective(node, data.objective, data.key_results)
            touched_cycles.add(node.parent.id if node.parent.kind == CYCLE else None)
        self._refresh_cycle_rows([c for c in touched_cycles if c is not None])

    def _refresh_cycle_list(self) -> None:
        cycles = overview.list_cycles(self.document.workspace, self.document.today())
        wanted = [(CYCLE, c.id, c) for c in cycles]
        backlog = self._nodes.get((BACKLOG, None))
        wanted.append((BACKLOG, None, backlog.info if backlog else None))
        self._sync_children(self._root, wanted)

    def _refresh_cycle_rows(self, cycle_ids: Iterable[int]) -> None:
        """Update cycle rows' numbers: from their loaded objectives, else from the services."""
        unloaded = []
        for cycle_id in cycle_ids:
            node = self._nodes.get((CYCLE, cycle_id))
            if node is None:
                continue
            if node.children is None:
                unloaded.append(cycle_id)
                continue
            objectives = [child.info for child in node.children]
            self._set_info(
                node,
                dataclasses.replace(
                    node.info,
                    progress=maths.cycle_progress(o.progress for o in objectives),
                    objective_count=len(objectives),
                    key_result_count=sum(o.key_result_count for o in objectives),
                ),
            )
        if unloaded:
            for info in overview.cycle_summaries(self.document.workspace, unloaded, self.document.today()):
                self._set_info(self._nodes[(CYCLE, info.id)], info)

    def _refresh_cycle(self, node: Node) -> None:
        data = overview.cycle_overview(self.document.workspace, node.id, self.document.today())
        if data.cycle is not None:
            self._set_info(node, data.cycle)
        wanted = [(OBJECTIVE, ov.objective.id, ov) for ov in data.objectives]
        self._sync_children(node, wanted)

    def _sync_objective(self, node: Node, info: ObjectiveInfo, krs: Sequence[KeyResultInfo]) -> None:
        self._set_info(node, info)
        self._sync_children(node, [(KEY_RESULT, k.id, k) for k in krs])

    def _set_info(self, node: Node, info: Any) -> None:
        if node.info != info:
            node.info = info
            self.dataChanged.emit(
                self.createIndex(node.row, 0, node), self.createIndex(node.row, len(Column) - 1, node)
            )

    def _sync_children(self, parent: Node, wanted: list[tuple[str, int | None, Any]]) -> None:
        """Make *parent*'s rows match *wanted*, with row removals, moves and inserts."""
        if parent.children is None:
            return
        parent_index = self._index_of(parent)
        keys = {(kind, node_id) for kind, node_id, _ in wanted}
        children = parent.children
        row = len(children) - 1
        while row >= 0:
            if children[row].key in keys:
                row -= 1
                continue
            end = row
            while row > 0 and children[row - 1].key not in keys:
                row -= 1
            self.beginRemoveRows(parent_index, row, end)
            for node in children[row : end + 1]:
                self._forget(node)
            del children[row : end + 1]
            _renumber(children, row)
            self.endRemoveRows()
            row -= 1
        for target, (kind, node_id, payload) in enumerate(wanted):
            if target < len(children) and children[target].key == (kind, node_id):
                node = children[target]
            else:
                current = next(
                    (r for r in range(target + 1, len(children)) if children[r].key == (kind, node_id)), None
                )
                if current is not None:
                    self.beginMoveRows(parent_index, current, current, parent_index, target)
                    children.insert(target, children.pop(current))
                    _renumber(children, target)
                    self.endMoveRows()
                    node = children[target]
                else:
                    existing = self._nodes.get((kind, node_id))
                    if existing is not None and existing.parent is not parent:
                        self._detach(existing)
                    self.beginInsertRows(parent_index, target, target)
                    node = self._new_node(kind, node_id, payload, parent)
                    children.insert(target, node)
                    _renumber(children, target)
                    self.endInsertRows()
                    continue
            self._update_node(node, payload)

    def _detach(self, node: Node) -> None:
        """Remove a row that is about to appear under another parent."""
        parent = node.parent
        if parent is None or parent.children is None:
            return
        self.beginRemoveRows(self._index_of(parent), node.row, node.row)
        parent.children.pop(node.row)
        _renumber(parent.children, node.row)
        self._forget(node)
        self.endRemoveRows()

    def _new_node(self, kind: str, node_id: int | None, payload: Any, parent: Node) -> Node:
        if kind == OBJECTIVE:
            return self._make_objective(payload.objective, payload.key_results, parent)
        return self._register(Node(kind, node_id, payload, parent))

    def _update_node(self, node: Node, payload: Any) -> None:
        if node.kind == OBJECTIVE:
            self._sync_objective(node, payload.objective, payload.key_results)
        else:
            self._set_info(node, payload)

    # -- drag and drop ----------------------------------------------------------

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged objectives or key results, with where they are."""
        items, seen = [], set()
        for index in indexes:
            node: Node | None = index.internalPointer() if index.isValid() else None
            if node is None or node.kind not in (OBJECTIVE, KEY_RESULT) or node.key in seen:
                continue
            seen.add(node.key)
            cycle = node.parent if node.kind == OBJECTIVE else node.parent.parent
            items.append(
                DraggedItem(
                    kind=node.kind,
                    id=node.id,
                    uid=node.info.uid,
                    objective_id=node.id if node.kind == OBJECTIVE else node.info.objective_id,
                    cycle_id=node.cycle_id,
                    from_closed=cycle is not None and cycle.kind == CYCLE and cycle.info.status == "closed",
                )
            )
        return encode_items(items, str(self.document.workspace.path))

    def _plan(self, data: QMimeData, action: Qt.DropAction, row: int, parent: AnyIndex) -> tuple:
        items = decode_items(data, str(self.document.workspace.path))
        if not items:
            return None, ""
        target = self._drop_target(items, row, self._node(parent))
        if target is None:
            return None, ""
        return plan_drop(self.document, items, action, target)

    def _drop_target(self, items: list[DraggedItem], row: int, node: Node) -> DropTarget | None:
        """Where a drop at (*row*, *node*) lands, in the terms of plan_drop."""
        dragging_objectives = items[0].kind == OBJECTIVE
        if node is self._root:
            return None
        if node.kind == KEY_RESULT:
            row, node = node.row, node.parent
        if dragging_objectives and node.kind == OBJECTIVE:
            if node.id in {item.id for item in items}:
                return DropTarget(self._cycle_for_drop(node.parent), objective_id=node.id)
            row, node = node.row, node.parent
        if node.kind == OBJECTIVE:
            cycle = self._cycle_for_drop(node.parent)
            if row >= 0:
                # Qt counts the target row with the dragged rows still in place.
                row -= sum(
                    1
                    for item in items
                    if item.objective_id == node.id
                    and (n := self._nodes.get((KEY_RESULT, item.id))) is not None
                    and n.row < row
                )
            return DropTarget(cycle, objective_id=node.id, index=None if row < 0 else row)
        cycle = self._cycle_for_drop(node)
        if dragging_objectives and row >= 0:
            row -= sum(
                1
                for item in items
                if item.cycle_id == cycle.id
                and (n := self._nodes.get((OBJECTIVE, item.id))) is not None
                and n.row < row
            )
            return DropTarget(cycle, index=row)
        return DropTarget(cycle)

    @staticmethod
    def _cycle_for_drop(node: Node | None) -> CycleInfoForDrop:
        if node is None or node.kind != CYCLE:
            return CycleInfoForDrop(None, "", "")
        return CycleInfoForDrop(node.id, node.info.name, node.info.status)

    # -- helpers for views --------------------------------------------------------

    def cycle_of(self, index: AnyIndex) -> int | None:
        """The cycle (None: Backlog) that the row at *index* belongs to."""
        return self._node(index).cycle_id

    def selected_kind_ids(self, indexes: Iterable[QModelIndex], kind: str) -> list[int]:
        ids = []
        for index in indexes:
            node = self._node(index)
            if node.kind == kind and node.id not in ids:
                ids.append(node.id)
        return ids
