"""The cycle board: one column per cycle (and the Backlog), key result cards dragged between them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from okrdesk.models import progress as maths
from okrdesk.services import overview
from okrdesk.services.info import CycleInfo, KeyResultInfo, ObjectiveInfo
from okrdesk.ui.document import Changes, Document
from okrdesk.ui.qtmodels.board import BoardColumnModel
from okrdesk.ui.qtmodels.drops import OBJECTIVE
from okrdesk.ui.qtmodels.outline import Role
from okrdesk.ui.text import (
    CONFIDENCE_COLORS,
    PACE_COLORS,
    confidence_label,
    format_date,
    format_number,
    format_percent,
    plain_label,
    status_label,
)

COLUMN_WIDTH = 280
HEADER_HEIGHT = 34
CARD_HEIGHT = 96


def kr_numbers(kr: KeyResultInfo) -> str:
    """ "25 → 16 → 10 min", or a threshold's or milestone's equivalent."""
    unit = f" {kr.unit}" if kr.unit else ""
    current = format_number(kr.current) if kr.current is not None else "\u00b7"
    if kr.kind == "milestone":
        return "\u2713" if kr.progress.shown >= 1 else "\u2013"
    if kr.kind == "threshold":
        sign = "\u2265" if kr.comparison == "at_least" else "\u2264"
        return f"{current}{unit}  ({sign} {format_number(kr.target)})"
    return f"{format_number(kr.start)} \u2192 {current} \u2192 {format_number(kr.target)}{unit}"


def paint_bar(painter: QPainter, rect: QRectF, progress: float | None, pace: str | None) -> None:
    """A rounded progress bar coloured by pace."""
    color = QColor(PACE_COLORS.get(pace or "", "#7f8c8d"))
    track = QColor(color)
    track.setAlpha(50)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(track)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    if progress:
        filled = QRectF(rect)
        filled.setWidth(rect.width() * max(0.0, min(1.0, progress)))
        painter.setBrush(color)
        painter.drawRoundedRect(filled, rect.height() / 2, rect.height() / 2)


class CardDelegate(QStyledItemDelegate):
    """Paints objective headers and key result cards; no widget per card."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = HEADER_HEIGHT if index.data(Role.KIND) == OBJECTIVE else CARD_HEIGHT
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else COLUMN_WIDTH - 24
        return QSize(max(width, 120), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.data(Role.KIND) == OBJECTIVE:
            self._paint_header(painter, option, index.data(Role.INFO))
        else:
            self._paint_card(painter, option, index.data(Role.INFO))
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, o: ObjectiveInfo) -> None:
        rect = QRectF(option.rect).adjusted(2, 4, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#d6e4f5") if selected else QColor("#eef2f7"))
        painter.drawRoundedRect(rect, 4, 4)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1f3b57"))
        percent = format_percent(o.progress)
        metrics = QFontMetrics(font)
        percent_width = metrics.horizontalAdvance(percent) + 8
        text_rect = rect.adjusted(8, 0, -percent_width - 6, 0)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(o.title, Qt.TextElideMode.ElideRight, int(text_rect.width())),
        )
        painter.drawText(
            rect.adjusted(0, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, percent
        )

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, k: KeyResultInfo) -> None:
        rect = QRectF(option.rect).adjusted(6, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        path = QPainterPath()
        path.addRoundedRect(rect, 6, 6)
        painter.fillPath(path, QColor("#ffffff"))
        highlight = option.palette.highlight().color()
        painter.setPen(QPen(highlight, 2) if selected else QPen(QColor("#cfd6de"), 1))
        painter.drawPath(path)
        inner = rect.adjusted(10, 6, -10, -6)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        # Title: up to two lines.
        painter.setPen(option.palette.text().color())
        title_rect = QRectF(inner.left(), inner.top(), inner.width(), line * 2)
        lines = self._two_lines(k.title, metrics, int(inner.width()))
        for i, text in enumerate(lines):
            painter.drawText(
                QRectF(title_rect.left(), title_rect.top() + i * line, title_rect.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        y = inner.top() + line * 2 + 2
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        painter.setPen(QColor("#5d6d7e"))
        owner = small_metrics.elidedText(k.owner_name, Qt.TextElideMode.ElideRight, int(inner.width() / 2))
        painter.drawText(QRectF(inner.left(), y, inner.width() / 2, line), Qt.AlignmentFlag.AlignLeft, owner)
        if k.confidence:
            color = QColor(CONFIDENCE_COLORS[k.confidence])
            label = confidence_label(k.confidence)
            width = small_metrics.horizontalAdvance(label)
            painter.setPen(color)
            painter.drawText(QRectF(inner.right() - width, y, width, line), Qt.AlignmentFlag.AlignRight, label)
            painter.setBrush(color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(inner.right() - width - 11, y + line / 2 - 4, 8, 8))
        y += line + 1
        painter.setPen(QColor("#34495e"))
        painter.drawText(
            QRectF(inner.left(), y, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            small_metrics.elidedText(kr_numbers(k), Qt.TextElideMode.ElideRight, int(inner.width())),
        )
        y += line + 3
        percent = format_percent(k.progress.raw if k.kind == "metric" else k.progress.shown)
        percent_width = small_metrics.horizontalAdvance("100 %") + 6
        paint_bar(
            painter,
            QRectF(inner.left(), y + 2, inner.width() - percent_width, 7),
            k.progress.shown,
            k.pace.value if k.pace else None,
        )
        painter.setPen(option.palette.text().color())
        painter.drawText(
            QRectF(inner.right() - percent_width, y - 3, percent_width, line), Qt.AlignmentFlag.AlignRight, percent
        )

    @staticmethod
    def _two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
        words, first = text.split(), ""
        while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
            first = (first + " " + words.pop(0)).strip()
        if not words:
            return [first]
        if not first:  # one very long word
            return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
        return [first, metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)]


class CardList(QListView):
    """A column's cards: drag them out, drop cards and objectives in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(0)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setStyleSheet("QListView { background: #f5f7fa; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)


class CycleColumn(QFrame):
    """A cycle's column: its name, dates, status and progress over its cards.

    Signals:
        selected(): the current card or header changed.
    """

    selected = Signal()

    def __init__(self, model: BoardColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName("boardColumn")
        self.setFixedWidth(COLUMN_WIDTH)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = plain_label("", self)
        self.name.setObjectName("columnName")
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.name.setFont(font)
        self.details = plain_label("", self, wrap=True)
        self.details.setObjectName("columnDetails")
        self.bar = ColumnProgress(self)
        self.list = CardList(self)
        self.list.setModel(model)
        self.list.setItemDelegate(CardDelegate(self.list))
        self.list.selectionModel().currentChanged.connect(lambda *_: self.selected.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(3)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addWidget(self.bar)
        layout.addWidget(self.list, 1)
        model.cycle_changed.connect(self.update_header)
        self.update_header()

    def update_header(self) -> None:
        cycle = self.model.cycle
        if cycle is None:
            self.name.setText(self.tr("Backlog"))
            self.details.setText(self.tr("Objectives not planned in any cycle yet"))
            self.bar.set_progress(None, None)
            return
        self.name.setText(cycle.name)
        self.details.setText(
            self.tr("{start} – {end} · {status}").format(
                start=format_date(cycle.start), end=format_date(cycle.end), status=status_label(cycle.status)
            )
        )
        pace = None
        if cycle.progress is not None and cycle.expected is not None:
            pace = maths.pace(cycle.progress, cycle.expected).value
        self.bar.set_progress(cycle.progress, pace)
        self.setToolTip("")

    def current(self) -> tuple[str | None, Any, int | None]:
        index = self.list.currentIndex()
        if not index.isValid():
            return None, None, None
        return index.data(Role.KIND), index.data(Role.INFO), index.data(Role.ID)

    def selected_ids(self, kind: str) -> list[int]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedIndexes())
        return [self.model.row_at(r).id for r in rows if self.model.row_at(r).kind == kind]


class ColumnProgress(QWidget):
    """The cycle's overall progress under its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: float | None = None
        self.pace: str | None = None
        self.setFixedHeight(16)

    def set_progress(self, progress: float | None, pace: str | None) -> None:
        self.progress, self.pace = progress, pace
        self.setAccessibleName(format_percent(progress))
        self.update()

    def paintEvent(self, event: Any) -> None:
        if self.progress is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = format_percent(self.progress)
        width = self.fontMetrics().horizontalAdvance("100 %") + 6
        paint_bar(painter, QRectF(0, 4, self.width() - width, 8), self.progress, self.pace)
        painter.setPen(self.palette().text().color())
        painter.drawText(
            QRect(self.width() - width, 0, width, self.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )


class BoardView(QWidget):
    """Columns of cycles in date order and the Backlog; cards load when their column is seen.

    Signals:
        selected(): the current card or objective changed.
        refused(str): a drop was refused; the reason.
    """

    selected = Signal()
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.document: Document | None = None
        self.columns: list[CycleColumn] = []
        self.active: CycleColumn | None = None
        self.list_actions: list[Any] = []  # keyboard actions each column's list answers to
        self.show_closed = QCheckBox(self.tr("Show &closed cycles"), self)
        self.show_closed.setChecked(True)
        self.show_closed.toggled.connect(lambda _checked: self._sync_columns())
        self.show_closed.setObjectName("showClosedCycles")
        hint = plain_label(
            self.tr("Drag cards to another objective or cycle; hold Ctrl to carry them forward instead."), self
        )
        hint.setStyleSheet("color: #5d6d7e;")
        top = QHBoxLayout()
        top.addWidget(self.show_closed)
        top.addWidget(hint, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.container = QWidget(self.scroll)
        self.row = QHBoxLayout(self.container)
        self.row.setContentsMargins(6, 6, 6, 6)
        self.row.setSpacing(8)
        self.row.addStretch(1)
        self.scroll.setWidget(self.container)
        self.scroll.horizontalScrollBar().valueChanged.connect(lambda _v: self._load_visible())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)

    def set_document(self, document: Document) -> None:
        for column in self.columns:
            column.deleteLater()
        self.columns = []
        self.active = None
        self.document = document
        document.changed.connect(self._document_changed)
        self._sync_columns()

    def _document_changed(self, changes: Changes) -> None:
        if changes.cycle_list or changes.everything:
            self._sync_columns()

    def _sync_columns(self) -> None:
        """One column per cycle (closed ones unless hidden) in date order, then the Backlog."""
        if self.document is None:
            return
        cycles = overview.list_cycles(self.document.workspace, self.document.today())
        wanted: list[CycleInfo | None] = [c for c in cycles if self.show_closed.isChecked() or c.status != "closed"]
        wanted.append(None)
        by_id = {column.model.cycle_id: column for column in self.columns}
        keep = {c.id if c else None for c in wanted}
        for column in self.columns:
            if column.model.cycle_id not in keep:
                self.row.removeWidget(column)
                column.model.document.changed.disconnect(column.model.apply_changes)
                column.deleteLater()
        columns = []
        for position, cycle in enumerate(wanted):
            key = cycle.id if cycle else None
            column = by_id.get(key)
            if column is None:
                column = self._new_column(cycle)
            elif cycle is not None:
                column.model.set_cycle(cycle)
            self.row.insertWidget(position, column)
            columns.append(column)
        self.columns = columns
        QTimer.singleShot(0, self._load_visible)

    def _new_column(self, cycle: CycleInfo | None) -> CycleColumn:
        model = BoardColumnModel(self.document, cycle, self)
        model.refused.connect(self.refused)
        column = CycleColumn(model, self.container)
        column.selected.connect(lambda c=column: self._column_selected(c))
        column.list.addActions(self.list_actions)
        column.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        column.list.customContextMenuRequested.connect(lambda pos, c=column: self.context_menu_requested(c, pos))
        return column

    def context_menu_requested(self, column: CycleColumn, pos: Any) -> None:
        """Overridden by the main window to show its actions."""

    def _column_selected(self, column: CycleColumn) -> None:
        if self.active is not None and self.active is not column:
            self.active.list.selectionModel().clearSelection()
        self.active = column
        self.selected.emit()

    def _load_visible(self) -> None:
        if not self.isVisible():  # loaded when the board is shown
            return
        self.row.activate()  # columns just added have no position before the layout runs
        viewport = self.scroll.viewport().rect()
        offset = self.scroll.horizontalScrollBar().value()
        for column in self.columns:
            left = column.x() - offset
            if left < viewport.right() + COLUMN_WIDTH and left + column.width() > -COLUMN_WIDTH:
                column.model.ensure_loaded()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._load_visible)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._load_visible)

    def column_for(self, cycle_id: int | None) -> CycleColumn | None:
        return next((c for c in self.columns if c.model.cycle_id == cycle_id), None)

    def current(self) -> tuple[str | None, Any, int | None]:
        """The card or objective selected on the board."""
        if self.active is None:
            return None, None, None
        return self.active.current()

    def selected_ids(self, kind: str) -> list[int]:
        return [] if self.active is None else self.active.selected_ids(kind)

    def select(self, kind: str, item_id: int, cycle_id: int | None) -> bool:
        """Select a card or objective (scrolling its column into view)."""
        column = self.column_for(cycle_id)
        if column is None:
            return False
        column.model.ensure_loaded()
        for row in range(column.model.rowCount()):
            found = column.model.row_at(row)
            if found.kind == kind and found.id == item_id:
                index = column.model.index(row)
                self.scroll.ensureWidgetVisible(column)
                column.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                column.list.scrollTo(index)
                return True
        return False

    def card_rect(self, kind: str, item_id: int, cycle_id: int | None) -> QRect:
        """Where a card is drawn, in its list's viewport (for tests and tooltips)."""
        column = self.column_for(cycle_id)
        if column is None:
            return QRect()
        for row in range(column.model.rowCount()):
            found = column.model.row_at(row)
            if found.kind == kind and found.id == item_id:
                return column.list.visualRect(column.model.index(row))
        return QRect()
