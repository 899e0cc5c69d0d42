"""Docked panels: the selected key result's check-in history, and the check-ins that are due."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.services import overview
from okrdesk.ui.delegates import NumberDelegate, PeopleDelegate
from okrdesk.ui.document import Document
from okrdesk.ui.qtmodels.checkins import CheckInColumn, CheckInTableModel
from okrdesk.ui.qtmodels.due import DueModel
from okrdesk.ui.text import confidence_label, plain_label


class ConfidenceDelegate(QStyledItemDelegate):
    """Edits a check-in's confidence with a combo."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(self.tr("(not said)"), None)
        for value in ("on_track", "at_risk", "off_track"):
            combo.addItem(confidence_label(value), value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CheckInsPanel(QWidget):
    """The check-in history of the selected key result, with "Check in…" and delete."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.model: CheckInTableModel | None = None
        self.dock = QDockWidget(self.tr("Check-ins"), window)
        self.dock.setObjectName("checkInsDock")
        self.heading = plain_label(self.tr("Select a key result to see its check-ins."), self)
        self.heading.setObjectName("checkInsHeading")
        self.add_button = QPushButton(self.tr("Check &in…"), self)
        self.add_button.clicked.connect(lambda: window.check_in())
        self.delete_button = QPushButton(self.tr("De&lete check-in"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view = QTableView(self)
        self.view.setObjectName("checkInsView")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(False)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.view,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.dock.setWidget(self)

    def set_document(self, document: Document) -> None:
        self.model = CheckInTableModel(document, self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(CheckInColumn.VALUE, NumberDelegate(self.view))
        self.view.setItemDelegateForColumn(CheckInColumn.CONFIDENCE, ConfidenceDelegate(self.view))
        self.people = PeopleDelegate(overview.list_people(document.workspace), self.view)
        self.view.setItemDelegateForColumn(CheckInColumn.AUTHOR, self.people)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(CheckInColumn.NOTE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (CheckInColumn.DATE, 100),
            (CheckInColumn.VALUE, 90),
            (CheckInColumn.CONFIDENCE, 90),
            (CheckInColumn.AUTHOR, 120),
        ):
            header.resizeSection(column, width)
        document.changed.connect(lambda _changes: self._update_heading())
        self.show_key_result(None)

    def show_key_result(self, kr_id: int | None, trend: Any = None) -> None:
        """Show a key result's history (*trend*, when given, already holds its check-ins)."""
        if self.model is None:
            return
        current = self.model.key_result.id if self.model.key_result else None
        if kr_id != current:
            self.model.set_key_result(kr_id, trend)
        self._update_heading()

    def _update_heading(self) -> None:
        kr = self.model.key_result if self.model else None
        if kr is None:
            self.heading.setText(self.tr("Select a key result to see its check-ins."))
        else:
            self.heading.setText(
                self.tr("{title}: {count} check-ins").format(title=kr.title, count=self.model.rowCount())
            )
        writable = kr is not None and not self.model.document.read_only
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)

    def delete_selected(self) -> None:
        if self.model is None:
            return
        rows = [index.row() for index in self.view.selectionModel().selectedRows()]
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        self.model.delete_rows(rows)


class DuePanel(QWidget):
    """Key results due for a check-in; Enter checks in on the selected one, then moves on."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.model: DueModel | None = None
        self.dock = QDockWidget(self.tr("Check-ins due"), window)
        self.dock.setObjectName("dueDock")
        self.heading = plain_label("", self)
        self.view = QTableView(self)
        self.view.setObjectName("dueView")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.activated.connect(lambda index: self.check_in_row(index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        self.dock.setWidget(self)
        self.dock.visibilityChanged.connect(self._visibility_changed)

    def _visibility_changed(self, visible: bool) -> None:
        if self.model is not None:
            self.model.set_live(visible)
            self._update_heading()

    def set_document(self, document: Document) -> None:
        self.model = DueModel(document, self)
        self.model.set_live(self.dock.isVisible() and not self.dock.visibleRegion().isEmpty())
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 260)
        document.changed.connect(lambda _changes: self._update_heading())
        self._update_heading()

    def _update_heading(self) -> None:
        count = self.model.rowCount() if self.model else 0
        self.heading.setText(
            self.tr("{count} key results are due for a check-in. Press Enter to check in on the selected one.").format(
                count=count
            )
            if count
            else self.tr("No check-in is due. Well done!")
        )

    def current_key_result(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def check_in_row(self, row: int) -> None:
        """Check in on the key result at *row*, then select the next one due."""
        if self.model is None or not (0 <= row < self.model.rowCount()):
            return
        kr_id = self.model.due_at(row).key_result.id
        if self.window_.check_in(kr_id) and self.model.rowCount():
            self.view.selectRow(min(row, self.model.rowCount() - 1))
            self.view.setFocus()


class LessonsPanel(QWidget):
    """The lessons carried into the selected cycle: tick the ones acted on, link what they shaped."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        from okrdesk.ui.qtmodels.review import LessonModel

        self.window_ = window
        self.document: Document | None = None
        self.cycle_id: int | None = None
        self.model: LessonModel | None = None
        self._model_class = LessonModel
        self.dock = QDockWidget(self.tr("Lessons from last cycle"), window)
        self.dock.setObjectName("lessonsDock")
        self.heading = plain_label(self.tr("Select a cycle to see the lessons carried into it."), self, wrap=True)
        self.view = QTableView(self)
        self.view.setObjectName("lessonsView")
        self.view.horizontalHeader().hide()
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shaped = QComboBox(self)
        self.shaped.setObjectName("lessonShaped")
        self.shaped.activated.connect(self._link)
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("It shaped:"), self))
        row.addWidget(self.shaped, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.dock.setWidget(self)

    def set_document(self, document: Document) -> None:
        self.document = document
        self.model = self._model_class(document, (), review_id=None, checkable=True, parent=self)
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._fill_links())
        document.changed.connect(lambda _changes: self.show_cycle(self.cycle_id, force=True))
        self.show_cycle(None)

    def show_cycle(self, cycle_id: int | None, *, force: bool = False) -> None:
        """Show the lessons carried into *cycle_id* (None: none)."""
        if self.model is None or (cycle_id == self.cycle_id and not force):
            return
        self.cycle_id = cycle_id
        self.model.reload_carried(cycle_id)
        count = self.model.rowCount()
        if cycle_id is None:
            self.heading.setText(self.tr("Select a cycle to see the lessons carried into it."))
        elif count:
            self.heading.setText(
                self.tr("{count} lessons were carried into this cycle. Tick the ones the team acted on.").format(
                    count=count
                )
            )
        else:
            self.heading.setText(self.tr("No lessons were carried into this cycle."))
        self._fill_links()

    def _fill_links(self) -> None:
        self.shaped.blockSignals(True)
        self.shaped.clear()
        index = self.view.currentIndex()
        lesson = self.model.lesson(index.row()) if self.model and index.isValid() else None
        self.shaped.setEnabled(lesson is not None and not self.document.read_only)
        self.shaped.addItem(self.tr("(nothing yet)"), None)
        if lesson is not None and self.cycle_id is not None:
            data = overview.cycle_overview(self.document.workspace, self.cycle_id, self.document.today())
            for ov in data.objectives:
                self.shaped.addItem(ov.objective.title, ("objective", ov.objective.id))
                for kr in ov.key_results:
                    self.shaped.addItem("    " + kr.title, ("key_result", kr.id))
            current = (
                ("key_result", lesson.key_result_id)
                if lesson.key_result_id
                else ("objective", lesson.objective_id)
                if lesson.objective_id
                else None
            )
            self.shaped.setCurrentIndex(max(self.shaped.findData(current), 0))
        self.shaped.blockSignals(False)

    def _link(self) -> None:
        index = self.view.currentIndex()
        if self.model is None or not index.isValid():
            return
        lesson = self.model.lesson(index.row())
        choice = self.shaped.currentData()
        changes = {
            "objective_id": choice[1] if choice and choice[0] == "objective" else None,
            "key_result_id": choice[1] if choice and choice[0] == "key_result" else None,
        }
        self.model.edit(lesson, changes, self.tr("Link lesson"))
