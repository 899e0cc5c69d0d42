"""The main window: the outline, the editor and trend of the selection, check-ins, what is due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeView,
    QWidget,
)

from okrdesk import __version__
from okrdesk.models import backups
from okrdesk.models.errors import Conflict, DamagedWorkspace, OkrdeskError
from okrdesk.models.workspace import SUFFIX, Workspace
from okrdesk.services import lookup, merge, overview, planning, reviews
from okrdesk.ui import commands
from okrdesk.ui.board import BoardView
from okrdesk.ui.delegates import NumberDelegate, PeopleDelegate, ProgressDelegate
from okrdesk.ui.dialogs import CheckInDialog, CycleDialog, NewKeyResultDialog, TeamDialog, propose_next_cycle
from okrdesk.ui.document import Changes, Document
from okrdesk.ui.editors import DetailPanel
from okrdesk.ui.panels import CheckInsPanel, DuePanel, LessonsPanel
from okrdesk.ui.plots import TrendPlot
from okrdesk.ui.qtmodels.outline import CYCLE, KEY_RESULT, OBJECTIVE, Column, OutlineModel, Role
from okrdesk.ui.review_wizard import ExportDialog, ReviewWizard
from okrdesk.ui.settings import Settings
from okrdesk.ui.sharing import ConflictDialog, MergeDialog, RestoreDialog
from okrdesk.ui.text import error_text, format_date, message_box


class OutlineView(QTreeView):
    """The tree of cycles, objectives and key results, with drag and drop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAllColumnsShowFocus(True)


class MainWindow(QMainWindow):
    """okrdesk's main window on one workspace at a time."""

    def __init__(self, settings: Settings | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self._today = today
        self.document: Document | None = None
        self.model: OutlineModel | None = None
        # Trends of key results already shown, until the next change: switching back is instant.
        self._trends: dict[int, Any] = {}
        self.undo_group = QUndoGroup(self)
        self.outline = OutlineView(self)
        self.detail = QScrollArea(self)
        self.detail.setWidgetResizable(True)
        self.detail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail.setObjectName("detail")
        self.trend = TrendPlot(self)
        self.trend.setObjectName("trend")
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.setObjectName("detailSplitter")
        self.right.addWidget(self.detail)
        self.right.addWidget(self.trend)
        self.right.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.board = BoardView(self)
        self.views = QTabWidget(self)
        self.views.setObjectName("views")
        self.views.setDocumentMode(True)
        self.views.addTab(self.outline, self.tr("Outline"))
        self.views.addTab(self.board, self.tr("Board"))
        self.views.currentChanged.connect(lambda _i: (self._show_selection(), self._update_actions()))
        self.board.selected.connect(lambda: (self._show_selection(), self._update_actions()))
        self.board.refused.connect(lambda reason: self.statusBar().showMessage(reason, 8000))
        self.board.context_menu_requested = self._board_menu
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        self.check_ins = CheckInsPanel(self)
        self.due = DuePanel(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.check_ins.dock)
        self.lessons = LessonsPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.due.dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.lessons.dock)
        self.tabifyDockWidget(self.check_ins.dock, self.due.dock)
        self.tabifyDockWidget(self.due.dock, self.lessons.dock)
        self.check_ins.dock.raise_()
        self.location = QLabel(self)
        self.location.setTextFormat(Qt.TextFormat.PlainText)
        self.offline_label = QLabel(self)
        self.offline_label.setObjectName("offline")
        self.offline_label.setStyleSheet("color: white; background: #c0392b; padding: 1px 6px;")
        self.offline_label.hide()
        self.statusBar().addPermanentWidget(self.offline_label)
        self.statusBar().addPermanentWidget(self.location)
        self._create_actions()
        self.board.list_actions = [self.delete_action, self.move_action, self.carry_action]
        self._create_menus()
        self._update_actions()
        self.resize(1280, 800)
        self._restore_layout()
        self.setWindowTitle("okrdesk")

    # -- actions and menus ----------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], Any], shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda checked=False: slot())
        return action

    def _create_actions(self) -> None:
        key = QKeySequence
        self.new_action = self._action(self.tr("&New workspace…"), self.new_workspace, key.StandardKey.New)
        self.open_action = self._action(self.tr("&Open…"), self.choose_workspace, key.StandardKey.Open)
        self.save_copy_action = self._action(
            self.tr("Save a &Copy As…"),
            self.save_copy,
            key("Ctrl+Shift+S"),
            self.tr("Write a consistent copy of the workspace to share"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, key("Ctrl+Q"))
        self.merge_action = self._action(
            self.tr("&Merge a copy…"),
            self.merge_copy,
            None,
            self.tr("Bring the changes of a copy that came back into this workspace"),
        )
        self.restore_action = self._action(self.tr("Restore from &backup…"), self.restore_backup)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(key("Ctrl+Z"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([key("Ctrl+Shift+Z"), key("Ctrl+Y")])
        self.add_cycle_action = self._action(self.tr("New &cycle…"), self.add_cycle, key("Ctrl+Shift+C"))
        self.add_objective_action = self._action(
            self.tr("New &objective"),
            self.add_objective,
            key("Ctrl+Shift+O"),
            self.tr("Add an objective to the selected cycle"),
        )
        self.add_key_result_action = self._action(
            self.tr("New &key result…"),
            self.add_key_result,
            key("Ctrl+Shift+K"),
            self.tr("Add a key result to the selected objective"),
        )
        self.rename_action = self._action(self.tr("&Rename"), self.rename, key("F2"))
        self.delete_action = self._action(self.tr("&Delete…"), self.delete_selected, key(key.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.outline.addAction(self.delete_action)
        self.team_action = self._action(self.tr("&Team…"), self.edit_team)
        self.check_in_action = self._action(
            self.tr("&Check in…"),
            self.check_in,
            key("Ctrl+K"),
            self.tr("Record the selected key result's value"),
        )
        self.current_cycle_action = self._action(
            self.tr("Go to the &current cycle"), self.select_current_cycle, key("Ctrl+Home")
        )
        self.due_action = self._action(
            self.tr("Check-ins &due"),
            self.show_due,
            key("Ctrl+D"),
            self.tr("The key results whose check-in is due"),
        )
        self.outline_action = self._action(self.tr("&Outline"), self.show_outline, key("Ctrl+1"))
        self.board_action = self._action(
            self.tr("&Board"),
            self.show_board,
            key("Ctrl+2"),
            self.tr("The cycles side by side: drag key results between them"),
        )
        self.move_action = self._action(
            self.tr("&Move to cycle…"),
            lambda: self.move_to_cycle(carry=False),
            key("Ctrl+M"),
            self.tr("Move the selected key results to another cycle"),
        )
        self.carry_action = self._action(
            self.tr("Carry &forward to…"),
            lambda: self.move_to_cycle(carry=True),
            key("Ctrl+Shift+M"),
            self.tr("Continue the selected key results in another cycle, starting from their last value"),
        )
        self.expand_action = self._action(self.tr("&Expand all"), self.outline.expandAll, key("Ctrl+Shift+E"))
        self.collapse_action = self._action(self.tr("Co&llapse all"), self.outline.collapseAll)
        self.about_action = self._action(self.tr("&About okrdesk"), self.about)
        self.review_action = self._action(
            self.tr("&Review this cycle…"),
            self.review_cycle,
            key("Ctrl+R"),
            self.tr("Score, reflect, write lessons and close the cycle"),
        )
        self.export_action = self._action(
            self.tr("&Export the review as PDF…"), self.export_selected_review, key("Ctrl+E")
        )

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.save_copy_action)
        file_menu.addActions([self.merge_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_cycle_action, self.add_objective_action, self.add_key_result_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.rename_action, self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.team_action)
        self.cycle_menu = bar.addMenu(self.tr("&Cycle"))
        self.cycle_menu.addActions([self.add_cycle_action, self.current_cycle_action])
        self.cycle_menu.addSeparator()
        self.cycle_menu.addActions([self.review_action, self.export_action])
        kr_menu = bar.addMenu(self.tr("&Key result"))
        kr_menu.addActions([self.check_in_action, self.due_action])
        kr_menu.addSeparator()
        kr_menu.addActions([self.move_action, self.carry_action])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(
            [
                self.outline_action,
                self.board_action,
                self.check_ins.dock.toggleViewAction(),
                self.due.dock.toggleViewAction(),
                self.lessons.dock.toggleViewAction(),
            ]
        )
        view_menu.addSeparator()
        view_menu.addActions([self.expand_action, self.collapse_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.add_cycle_action, self.add_objective_action, self.add_key_result_action])
        toolbar.addSeparator()
        toolbar.addActions([self.check_in_action, self.due_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        self.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.outline.customContextMenuRequested.connect(self._outline_menu)

    def _outline_menu(self, pos: Any) -> None:
        self._context_menu().popup(self.outline.viewport().mapToGlobal(pos))

    def _board_menu(self, column: Any, pos: Any) -> None:
        self._context_menu().popup(column.list.viewport().mapToGlobal(pos))

    def _context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addActions([self.check_in_action, self.add_objective_action, self.add_key_result_action])
        menu.addSeparator()
        menu.addActions([self.move_action, self.carry_action])
        menu.addSeparator()
        menu.addActions([self.rename_action, self.delete_action])
        return menu

    def show_outline(self) -> None:
        self.views.setCurrentWidget(self.outline)
        self.outline.setFocus()

    def show_board(self) -> None:
        self.views.setCurrentWidget(self.board)
        if self.board.active is not None:
            self.board.active.list.setFocus()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda checked=False, p=path: self.open_path(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)

    # -- opening workspaces ---------------------------------------------------------

    def open_path(self, path: Path) -> bool:
        """Open the workspace at *path*; a file that cannot be used is explained, nothing changes."""
        try:
            workspace = Workspace.open(path)
        except DamagedWorkspace as exc:
            workspace = self._offer_backup(Path(path), exc)
            if workspace is None:
                return False
        except OkrdeskError as exc:
            self.report(exc)
            return False
        self.set_workspace(workspace)
        return True

    def _offer_backup(self, path: Path, exc: DamagedWorkspace) -> Workspace | None:
        """A damaged file stays as it is; its latest good backup can be opened as a copy beside it."""
        for backup in backups.list_backups(path):
            try:
                Workspace.open(backup.path, read_only=True).close()
            except OkrdeskError:
                continue
            if not self.confirm(
                self.tr(
                    "{problem}\n\nOpen a copy of the latest good backup, from {date}? The "
                    "damaged file is left as it is."
                ).format(problem=error_text(exc), date=f"{backup.taken_at:%Y-%m-%d %H:%M}")
            ):
                return None
            try:
                return Workspace.open(backups.copy_beside(path, backup.path))
            except OkrdeskError as failed:
                self.report(failed)
                return None
        self.report(exc)
        return None

    def set_workspace(self, workspace: Workspace) -> None:
        """Show *workspace*, closing the one shown before."""
        if self.document is not None:
            self.undo_group.removeStack(self.document.undo_stack)
            self.document.close()
            self.document.deleteLater()
        document = Document(workspace, self, today=self._today)
        self.document = document
        self._trends.clear()
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self.model = OutlineModel(document, self)
        self.outline.setModel(self.model)
        self.model.refused.connect(lambda reason: self.statusBar().showMessage(reason, 8000))
        self._set_delegates()
        self.outline.selectionModel().currentRowChanged.connect(self._current_changed)
        self.outline.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.panel = DetailPanel(document, self)
        self.detail.setWidget(self.panel)
        self.check_ins.set_document(document)
        self.due.set_document(document)
        self.board.set_document(document)
        self.lessons.set_document(document)
        document.changed.connect(self._document_changed)
        document.failed.connect(self.report)
        document.external.connect(lambda text: self.statusBar().showMessage(text, 10000))
        document.reachable.connect(self._reachable)
        document.resolve_conflict = self.ask_conflict
        self.offline_label.hide()
        self._daily_backup(workspace)
        document.undo_stack.indexChanged.connect(self._update_actions)
        self.settings.remember_file(workspace.path)
        self._update_title()
        self._restore_header()
        self.trend.clear()
        self.select_current_cycle()
        self._update_actions()

    def _set_delegates(self) -> None:
        self.outline.setItemDelegateForColumn(Column.PROGRESS, ProgressDelegate(self.outline))
        people = overview.list_people(self.document.workspace)
        self.people_delegate = PeopleDelegate(people, self.outline)
        self.outline.setItemDelegateForColumn(Column.OWNER, self.people_delegate)
        for column, percent in ((Column.START, False), (Column.TARGET, True)):
            delegate = NumberDelegate(self.outline, percent_allowed=percent)
            delegate.refused.connect(lambda reason: self.report_text(reason))
            self.outline.setItemDelegateForColumn(column, delegate)

    def _update_title(self) -> None:
        ws = self.document.workspace
        try:
            self._team_name = overview.team_name(ws)
        except OkrdeskError:  # unreachable for now: keep the name we had
            pass
        name = getattr(self, "_team_name", "") or ws.name
        title = self.tr("{name} ({path}) — okrdesk").format(name=name, path=str(ws.path))
        if self.document.read_only:
            title += " " + self.tr("[read-only]")
        # "[*]" in a title is Qt's modified-marker placeholder: keep a user's literal brackets.
        self.setWindowTitle(title.replace("[*]", "[**]"))
        self.location.setText(str(ws.path) + ("  " + self.tr("read-only") if ws.read_only else ""))
        if ws.read_only:
            self.statusBar().showMessage(
                self.tr("This workspace is open read-only ({reason}).").format(
                    reason=ws.read_only_reason or self.tr("as asked")
                ),
                15000,
            )

    def new_workspace(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New workspace"),
            str(Path.home()),
            self.tr("okrdesk workspaces (*{suffix})").format(suffix=SUFFIX),
        )
        if not name:
            return
        path = Path(name if name.endswith(SUFFIX) else name + SUFFIX)
        try:
            workspace = Workspace.create(path)
        except OkrdeskError as exc:
            self.report(exc)
            return
        self.set_workspace(workspace)

    def choose_workspace(self) -> None:
        folder = str(self.document.workspace.path.parent) if self.document else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a workspace"),
            folder,
            self.tr("okrdesk workspaces (*{suffix});;All files (*)").format(suffix=SUFFIX),
        )
        if name:
            self.open_path(Path(name))

    def save_copy(self) -> None:
        if self.document is None:
            return
        ws = self.document.workspace
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy"),
            str(ws.path.with_name(f"{ws.name} copy{SUFFIX}")),
            self.tr("okrdesk workspaces (*{suffix})").format(suffix=SUFFIX),
        )
        if not name:
            return
        try:
            ws.backup_to(Path(name))
        except OkrdeskError as exc:
            self.report(exc)
            return
        self.statusBar().showMessage(self.tr("Saved a copy to {path}.").format(path=name), 8000)

    # -- selection ------------------------------------------------------------------

    def selected_indexes(self) -> list[QModelIndex]:
        model = self.outline.selectionModel()
        return [] if model is None else model.selectedRows(0)

    def board_active(self) -> bool:
        return self.views.currentWidget() is self.board

    def selection(self) -> tuple[str | None, list[int], list[str]]:
        """(kind, ids, titles) of what is selected in the outline or on the board."""
        if self.board_active():
            kind, _info, _id = self.board.current()
            if kind is None:
                return None, [], []
            column = self.board.active
            rows = sorted({i.row() for i in column.list.selectionModel().selectedIndexes()})
            chosen = [column.model.row_at(r) for r in rows if column.model.row_at(r).kind == kind]
            return kind, [r.id for r in chosen], [r.info.title for r in chosen]
        indexes = self.selected_indexes()
        kinds = {index.data(Role.KIND) for index in indexes}
        if len(kinds) != 1:
            return (None if not kinds else "mixed"), [], []
        kind = kinds.pop()
        ids = self.model.selected_kind_ids(indexes, kind)
        titles = [index.data() for index in indexes][: len(ids)]
        return kind, ids, titles

    def current_node(self) -> tuple[str | None, Any, int | None]:
        if self.board_active():
            return self.board.current()
        index = self.outline.currentIndex()
        if not index.isValid():
            return None, None, None
        index = index.siblingAtColumn(0)
        return index.data(Role.KIND), index.data(Role.INFO), index.data(Role.ID)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selection()
        self._update_actions()

    def _show_selection(self) -> None:
        kind, info, item_id = self.current_node()
        if self.document is None:
            return
        self.lessons.show_cycle(self.selected_cycle())
        try:
            self.panel.show_item(kind, info, item_id)
            today = self.document.today()
            if kind == KEY_RESULT:
                trend = self._trends.get(item_id)
                if trend is None:
                    trend = self._trends[item_id] = overview.trend(self.document.workspace, item_id, today)
                self.trend.show_key_result(trend, today)
                self.check_ins.show_key_result(item_id, trend)
            elif kind == OBJECTIVE:
                self.trend.show_objective(overview.objective_trend(self.document.workspace, item_id, today), today)
                self.check_ins.show_key_result(None)
            else:
                self.trend.clear()
                self.check_ins.show_key_result(None)
        except OkrdeskError as exc:  # the row vanished (deleted elsewhere)
            self.report_text(error_text(exc))

    def _document_changed(self, changes: Changes) -> None:
        self._trends.clear()
        if changes.people or changes.everything:
            self.people_delegate.set_people(overview.list_people(self.document.workspace))
            self._update_title()
        self._show_selection()
        self._update_actions()

    def select(self, kind: str, item_id: int | None, *, edit: bool = False) -> None:
        """Select a row in the outline (loading its cycle first), optionally editing its title."""
        if self.model is None:
            return
        if kind in (OBJECTIVE, KEY_RESULT):
            node = self.model.node_for(kind, item_id)
            if node is None:
                cycle_id = self._cycle_of_item(kind, item_id)
                self.model.ensure_loaded(cycle_id)
        index = self.model.index_for(kind, item_id)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.outline.expand(parent)
            parent = parent.parent()
        self.outline.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.outline.scrollTo(index)
        if edit:
            self.outline.edit(index)

    def _cycle_of_item(self, kind: str, item_id: int | None) -> int | None:
        today = self.document.today()
        if kind == KEY_RESULT:
            return overview.key_result(self.document.workspace, item_id, today).cycle_id
        return overview.objective(self.document.workspace, item_id, today).objective.cycle_id

    def select_current_cycle(self) -> None:
        """Select and open the cycle the team is in now."""
        if self.document is None:
            return
        cycle = lookup.current_cycle(self.document.workspace, self.document.today())
        if cycle is None:
            return
        self.model.ensure_loaded(cycle.id)
        index = self.model.index_for(CYCLE, cycle.id)
        self.outline.expand(index)
        for row in range(self.model.rowCount(index)):
            self.outline.expand(self.model.index(row, 0, index))
        self.select(CYCLE, cycle.id)

    # -- commands -------------------------------------------------------------------

    def execute(self, command: commands.ServiceCommand) -> bool:
        """Run an undoable command; a refusal is explained to the user."""
        try:
            self.document.execute(command)
        except OkrdeskError as exc:
            self.report(exc)
            return False
        return True

    def selected_cycle(self) -> int | None:
        """The cycle of what is selected (a cycle, or the cycle of an objective or key result)."""
        kind, info, item_id = self.current_node()
        if kind == CYCLE:
            return item_id
        if kind in (OBJECTIVE, KEY_RESULT):
            return info.cycle_id
        return None

    def review_cycle(self, cycle_id: int | None = None) -> ReviewWizard | None:
        """Open the review wizard on the selected cycle (asking, for a completed review, view or amend)."""
        if self.document is None:
            return None
        cycle_id = cycle_id if cycle_id is not None else self.selected_cycle()
        if cycle_id is None:
            current = lookup.current_cycle(self.document.workspace, self.document.today())
            cycle_id = current.id if current else None
        if cycle_id is None:
            self.report_text(self.tr("Select a cycle to review."), box=True)
            return None
        read_only = self.document.read_only
        review_id = reviews.review_id_of(self.document.workspace, cycle_id)
        if review_id is not None and not read_only:
            data = reviews.review_data(self.document.workspace, cycle_id, self.document.today())
            if data.status == "completed":
                mode = self.ask_review_mode(data.cycle.name)
                if mode is None:
                    return None
                if mode == "amend" and not self.execute(
                    commands.EditFields(
                        self.document,
                        "reviews",
                        review_id,
                        {"status": "draft"},
                        Changes.of(reviews=[review_id]),
                        self.tr("Amend the review"),
                    )
                ):
                    return None
                read_only = mode == "view"
        try:
            wizard = ReviewWizard(self.document, cycle_id, self, read_only=read_only, export=self.export_review)
        except OkrdeskError as exc:
            self.report(exc)
            return None
        self.open_wizard(wizard)
        return wizard

    def open_wizard(self, wizard: ReviewWizard) -> None:
        """Show the wizard modally (tests replace this)."""
        wizard.exec()

    def ask_review_mode(self, cycle_name: str) -> str | None:
        """ "view" or "amend" a completed review (tests replace this)."""
        box = message_box(
            self,
            QMessageBox.Icon.Question,
            self.tr("Review"),
            self.tr("The review of “{name}” is completed. Look at it, or amend it?").format(name=cycle_name),
        )
        view = box.addButton(self.tr("&Look at it"), QMessageBox.ButtonRole.AcceptRole)
        amend = box.addButton(self.tr("&Amend it"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {view: "view", amend: "amend"}.get(box.clickedButton())

    def export_selected_review(self) -> None:
        cycle_id = self.selected_cycle()
        if cycle_id is None:
            self.report_text(self.tr("Select a cycle whose review to export."), box=True)
            return
        self.export_review(self, cycle_id)

    def export_review(self, parent: QWidget, cycle_id: int) -> Path | None:
        """Ask where and how, then write the review PDF."""
        cycles = overview.list_cycles(self.document.workspace, self.document.today(), with_progress=False)
        name = next((c.name for c in cycles if c.id == cycle_id), "review")
        folder = self.document.workspace.path.parent
        dialog = ExportDialog(folder / f"{name} review.pdf".replace("/", "-"), parent)
        if not dialog.exec():
            return None
        return self.write_review_pdf(
            cycle_id, dialog.path, include_people=dialog.people.isChecked(), page_size=dialog.page_size.currentData()
        )

    def write_review_pdf(self, cycle_id: int, path: Path, *, include_people: bool, page_size: str) -> Path | None:
        """Write a cycle's review to *path*; a problem is explained, not raised."""
        from okrdesk.services.reports import review_report
        from okrdesk.ui.report import render_review_pdf

        try:
            report = review_report(
                self.document.workspace, cycle_id, self.document.today(), include_people=include_people
            )
            render_review_pdf(report, path, page_size)
        except OkrdeskError as exc:
            self.report(exc)
            return None
        except OSError as exc:
            self.report_text(self.tr("The PDF could not be written: {reason}").format(reason=str(exc)), box=True)
            return None
        self.statusBar().showMessage(self.tr("Wrote {path}.").format(path=str(path)), 10000)
        return path

    def _target_cycle(self) -> int | None:
        if self.board_active() and self.board.active is not None:
            return self.board.active.model.cycle_id
        index = self.outline.currentIndex()
        if index.isValid():
            return self.model.cycle_of(index)
        cycle = lookup.current_cycle(self.document.workspace, self.document.today())
        return cycle.id if cycle else None

    def add_cycle(self) -> None:
        cycles = overview.list_cycles(self.document.workspace, self.document.today(), with_progress=False)
        last = cycles[-1] if cycles else None
        proposal = propose_next_cycle(last.start if last else None, last.end if last else None, self.document.today())
        dialog = CycleDialog(self.document, proposal, self)
        if dialog.exec() and dialog.command is not None:
            self.select(CYCLE, dialog.command.cycle_id)

    def add_objective(self) -> None:
        cycle_id = self._target_cycle()
        command = commands.AddObjective(self.document, cycle_id, self.tr("New objective"))
        if self.execute(command):
            self.select(OBJECTIVE, command.objective_id, edit=True)

    def add_key_result(self) -> None:
        kind, info, item_id = self.current_node()
        if kind == KEY_RESULT:
            objective_id, cycle_id = info.objective_id, info.cycle_id
        elif kind == OBJECTIVE:
            objective_id, cycle_id = item_id, info.cycle_id
        else:
            self.report_text(self.tr("Select an objective first: key results belong to an objective."))
            return
        dialog = NewKeyResultDialog(self.document, objective_id, cycle_id, self)
        if dialog.exec() and dialog.command is not None:
            self.select(KEY_RESULT, dialog.command.kr_id)

    def rename(self) -> None:
        if self.board_active():
            kind, _info, item_id = self.board.current()
            if kind is None:
                return
            self.show_outline()
            self.select(kind, item_id, edit=True)
            return
        index = self.outline.currentIndex()
        if index.isValid():
            self.outline.edit(index.siblingAtColumn(Column.TITLE))

    def delete_selected(self) -> None:
        """Delete the selected rows after saying exactly what goes with them."""
        if self.document is None or self.document.read_only:
            return
        kind, ids, titles = self.selection()
        if kind not in (KEY_RESULT, OBJECTIVE, CYCLE):
            if kind is not None:
                self.report_text(self.tr("Select only key results, only objectives or one cycle to delete."))
            return
        if kind == CYCLE:
            ids, titles = ids[:1], titles[:1]
        table = {KEY_RESULT: "key_results", OBJECTIVE: "objectives", CYCLE: "cycles"}[kind]
        counts = planning.deletion_counts(self.document.workspace, table, ids)
        if not self.confirm(self._deletion_question(kind, titles, counts)):
            return
        text = self.tr("Delete {what}").format(what=", ".join(f"“{t}”" for t in titles))
        self.execute(commands.Delete(self.document, table, ids, Changes.of(cycle_list=True), text))

    def move_to_cycle(self, *, carry: bool) -> None:
        """Move (or carry forward) the selected key results or objectives to a cycle the user picks."""
        if self.document is None or self.document.read_only:
            return
        kind, ids, _titles = self.selection()
        if kind not in (KEY_RESULT, OBJECTIVE) or not ids:
            self.report_text(self.tr("Select key results or objectives first."))
            return
        cycle_id = self.choose_cycle(carry)
        if cycle_id is None:
            return
        if kind == KEY_RESULT:
            command = commands.MoveToCycle(self.document, ids, cycle_id, carry=carry)
        elif carry:
            command = commands.MoveToCycle(self.document, [], cycle_id, carry=True, objective_ids=ids)
        else:
            command = commands.MoveObjectives(self.document, ids, cycle_id, None)
        self.execute(command)

    def choose_cycle(self, carry: bool) -> int | None:
        """Ask which open cycle to move or carry to (tests replace this)."""
        cycles = [
            c
            for c in overview.list_cycles(self.document.workspace, self.document.today(), with_progress=False)
            if c.status != "closed"
        ]
        if not cycles:
            self.report_text(self.tr("There is no open cycle to move to: create one first."), box=True)
            return None
        labels = [
            self.tr("{name} ({start} – {end})").format(name=c.name, start=format_date(c.start), end=format_date(c.end))
            for c in cycles
        ]
        title = self.tr("Carry forward to") if carry else self.tr("Move to cycle")
        label, ok = QInputDialog.getItem(self, title, self.tr("Cycle:"), labels, len(labels) - 1, False)
        return cycles[labels.index(label)].id if ok else None

    def _deletion_question(self, kind: str, titles: list[str], counts: dict[str, int]) -> str:
        names = ", ".join(f"“{t}”" for t in titles)
        parts = []
        if kind == CYCLE and counts.get("objectives"):
            parts.append(self.tr("{n} objective(s)").format(n=counts["objectives"]))
        if kind in (CYCLE, OBJECTIVE) and counts.get("key_results"):
            parts.append(self.tr("{n} key result(s)").format(n=counts["key_results"]))
        if counts.get("check_ins"):
            parts.append(self.tr("{n} check-in(s)").format(n=counts["check_ins"]))
        what = {
            CYCLE: self.tr("the cycle {names}"),
            OBJECTIVE: self.tr("the objective(s) {names}"),
            KEY_RESULT: self.tr("the key result(s) {names}"),
        }[kind].format(names=names)
        if parts:
            return (
                self.tr("Delete {what} with its {parts}?").format(what=what, parts=", ".join(parts))
                + "\n\n"
                + self.tr("You can undo this with Ctrl+Z.")
            )
        return self.tr("Delete {what}?").format(what=what) + "\n\n" + self.tr("You can undo this with Ctrl+Z.")

    def confirm(self, question: str) -> bool:
        """Ask a yes/no question (plain text); tests replace this."""
        box = message_box(self, QMessageBox.Icon.Question, self.tr("okrdesk"), question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def check_in(self, kr_id: int | None = None) -> bool:
        """Open the check-in dialog for a key result (the selected one by default)."""
        if self.document is None or self.document.read_only:
            self.report_text(self.tr("This workspace is open read-only."))
            return False
        if kr_id is None:
            if self.due.view.hasFocus() and self.due.current_key_result() is not None:
                kr_id = self.due.current_key_result()
            else:
                kind, _info, item_id = self.current_node()
                if kind != KEY_RESULT:
                    self.report_text(self.tr("Select a key result to check in."))
                    return False
                kr_id = item_id
        info = overview.key_result(self.document.workspace, kr_id, self.document.today())
        dialog = CheckInDialog(self.document, info, self)
        return bool(dialog.exec())

    def edit_team(self) -> None:
        TeamDialog(self.document, self).exec()

    def show_due(self) -> None:
        self.due.dock.show()
        self.due.dock.raise_()
        self.due.view.setFocus()
        if self.due.model is not None and self.due.model.rowCount() and not self.due.view.currentIndex().isValid():
            self.due.view.selectRow(0)

    def about(self) -> None:
        box = message_box(
            self,
            QMessageBox.Icon.Information,
            self.tr("About okrdesk"),
            self.tr(
                "okrdesk {version}\n\nOKRs for team leads: objectives, key results, check-ins and reviews "
                "in one file you own."
            ).format(version=__version__),
        )
        box.open()

    # -- sharing ----------------------------------------------------------------------

    def _reachable(self, reachable: bool) -> None:
        """The file vanished (a network share dropped) or came back."""
        if reachable:
            self.offline_label.hide()
            self.statusBar().showMessage(self.tr("The workspace file is back; okrdesk is writing to it again."), 10000)
        else:
            self.offline_label.setText(self.tr("The file cannot be reached: read-only until it is back"))
            self.offline_label.show()
        self._update_actions()
        self._update_title()

    def ask_conflict(self, conflict: Conflict, command: Any) -> str:
        """Show both versions; "mine" keeps this edit, "theirs" keeps the other person's (tests replace this)."""
        dialog = ConflictDialog(conflict, self)
        dialog.exec()
        return dialog.choice

    def merge_copy(self, other: Path | None = None) -> bool:
        """File > Merge a copy…: preview what another copy brings, then merge it (after a backup)."""
        if self.document is None or self.document.read_only:
            self.report_text(self.tr("This workspace is open read-only."), box=True)
            return False
        if other is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Merge a copy"),
                str(self.document.workspace.path.parent),
                self.tr("okrdesk workspaces (*{suffix});;All files (*)").format(suffix=SUFFIX),
            )
            if not name:
                return False
            other = Path(name)
        ws = self.document.workspace
        try:
            plan = merge.plan_merge(ws, other)
            if plan.empty:
                self.report_text(
                    self.tr("Nothing to merge: this workspace already has everything in {path}.").format(
                        path=str(other)
                    ),
                    box=True,
                )
                return False
            if not self.confirm_merge(plan):
                return False
            backups.snapshot(ws.path, force=True)
            done = merge.apply_merge(ws, other)
        except OkrdeskError as exc:
            self.report(exc)
            return False
        self.document.changed.emit(Changes(everything=True))
        self.statusBar().showMessage(
            self.tr("Merged {count} changes from {path}.").format(count=len(done.changes), path=str(other)), 10000
        )
        return True

    def confirm_merge(self, plan: merge.MergePlan) -> bool:
        """Show the merge preview and ask (tests replace this)."""
        return bool(MergeDialog(plan, self).exec())

    def restore_backup(self) -> bool:
        """File > Restore from backup…: pick a snapshot and put its content back."""
        if self.document is None or self.document.read_only:
            self.report_text(self.tr("This workspace is open read-only."), box=True)
            return False
        ws = self.document.workspace
        chosen = self.choose_backup(backups.list_backups(ws.path))
        if chosen is None:
            return False
        try:
            backups.restore(ws.path, chosen.path)
        except OkrdeskError as exc:
            self.report(exc)
            return False
        self.document.undo_stack.clear()  # the history before does not apply to the restored content
        self.document.changed.emit(Changes(everything=True))
        self.statusBar().showMessage(
            self.tr("Restored the backup of {date}.").format(date=f"{chosen.taken_at:%Y-%m-%d %H:%M}"), 10000
        )
        return True

    def choose_backup(self, found: list[backups.Backup]) -> backups.Backup | None:
        """Let the user pick a backup (tests replace this)."""
        if not found:
            self.report_text(self.tr("There is no backup of this workspace yet."), box=True)
            return None
        dialog = RestoreDialog(found, self)
        return dialog.chosen() if dialog.exec() else None

    def _daily_backup(self, workspace: Workspace) -> None:
        if workspace.read_only:
            return
        try:
            backups.snapshot(workspace.path)
        except OkrdeskError as exc:
            self.statusBar().showMessage(
                self.tr("No backup could be made: {reason}").format(reason=error_text(exc)), 15000
            )

    # -- reporting ------------------------------------------------------------------

    def report(self, exc: BaseException) -> None:
        """Explain an error in a message box (non-blocking) and in the status bar."""
        self.report_text(error_text(exc), box=True)

    def report_text(self, text: str, *, box: bool = False) -> None:
        self.statusBar().showMessage(text, 10000)
        if box:
            message = message_box(self, QMessageBox.Icon.Warning, self.tr("okrdesk"), text)
            message.setObjectName("errorBox")
            message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            QTimer.singleShot(0, message.open)

    def _update_actions(self, *_args: object) -> None:
        has_doc = self.document is not None
        writable = has_doc and not self.document.read_only
        kind, _info, _id = self.current_node() if has_doc else (None, None, None)
        for action in (self.add_cycle_action, self.add_objective_action, self.team_action):
            action.setEnabled(writable)
        self.add_key_result_action.setEnabled(writable and kind in (OBJECTIVE, KEY_RESULT))
        self.check_in_action.setEnabled(writable)
        self.rename_action.setEnabled(writable and kind in (CYCLE, OBJECTIVE, KEY_RESULT))
        self.delete_action.setEnabled(writable and kind in (CYCLE, OBJECTIVE, KEY_RESULT))
        self.move_action.setEnabled(writable and kind in (OBJECTIVE, KEY_RESULT))
        self.carry_action.setEnabled(writable and kind in (OBJECTIVE, KEY_RESULT))
        self.save_copy_action.setEnabled(has_doc)
        self.merge_action.setEnabled(writable)
        self.restore_action.setEnabled(writable)

    # -- layout ---------------------------------------------------------------------

    def _restore_layout(self) -> None:
        self.board.show_closed.setChecked(self.settings.store.value("board/show_closed", True) in (True, "true"))
        if self.settings.store.value("ui/view", "outline") == "board":
            self.views.setCurrentWidget(self.board)
        geometry = self.settings.layout("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.layout("state")
        if state is not None:
            self.restoreState(state)
        for splitter in (self.splitter, self.right):
            saved = self.settings.layout(splitter.objectName())
            if saved is not None:
                splitter.restoreState(saved)
            elif splitter is self.splitter:
                splitter.setSizes([905, 375])
            else:
                splitter.setSizes([300, 360])
        if state is None:
            self.resizeDocks([self.check_ins.dock], [190], Qt.Orientation.Vertical)

    def _restore_header(self) -> None:
        header: QHeaderView = self.outline.header()
        saved = self.settings.layout("outlineHeader")
        if saved is not None and header.restoreState(saved):
            return
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Interactive)
        widths = {
            Column.TITLE: 262,
            Column.OWNER: 82,
            Column.START: 62,
            Column.CURRENT: 62,
            Column.TARGET: 95,
            Column.UNIT: 58,
            Column.PROGRESS: 95,
            Column.CONFIDENCE: 95,
            Column.LAST_CHECK_IN: 82,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)

    def save_layout(self) -> None:
        self.settings.store.setValue("board/show_closed", self.board.show_closed.isChecked())
        self.settings.store.setValue("ui/view", "board" if self.board_active() else "outline")
        self.settings.set_layout("geometry", self.saveGeometry())
        self.settings.set_layout("state", self.saveState())
        for splitter in (self.splitter, self.right):
            self.settings.set_layout(splitter.objectName(), splitter.saveState())
        if self.model is not None:
            self.settings.set_layout("outlineHeader", self.outline.header().saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if self.document is not None:
            self.document.close()
        super().closeEvent(event)
