"""The open workspace as the UI sees it: the file, its undo stack, and what changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from okrdesk.models.errors import OkrdeskError
from okrdesk.models.workspace import Workspace


@dataclass(frozen=True)
class Changes:
    """What a command changed, so that each view refreshes only that.

    ``cycles``: the objectives or key results inside these cycles were added,
    removed or moved (None is the Backlog). ``objectives``: these objectives'
    fields or numbers changed (a KR edit, a check-in). ``key_results``: these
    key results' fields or check-ins changed. ``cycle_list``: cycles were
    added, removed or edited. ``reviews``: these reviews changed.
    ``everything``: reload all (another program wrote).
    """

    cycles: frozenset[int | None] = field(default_factory=frozenset)
    objectives: frozenset[int] = field(default_factory=frozenset)
    key_results: frozenset[int] = field(default_factory=frozenset)
    cycle_list: bool = False
    people: bool = False
    everything: bool = False
    reviews: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls,
        *,
        cycles: Iterable[int | None] = (),
        objectives: Iterable[int] = (),
        key_results: Iterable[int] = (),
        cycle_list: bool = False,
        people: bool = False,
        everything: bool = False,
        reviews: Iterable[int] = (),
    ) -> Changes:
        return cls(
            frozenset(cycles),
            frozenset(objectives),
            frozenset(key_results),
            cycle_list,
            people,
            everything,
            frozenset(reviews),
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.cycles | other.cycles,
            self.objectives | other.objectives,
            self.key_results | other.key_results,
            self.cycle_list or other.cycle_list,
            self.people or other.people,
            self.everything or other.everything,
            self.reviews | other.reviews,
        )


class ServiceCommand(QUndoCommand):
    """An undoable edit that calls services; subclasses say how to do and undo it.

    ``perform()`` does the edit and returns what changed; ``revert()`` undoes
    it. The first ``perform()`` runs in ``Document.execute`` before the command
    is pushed, so that a refused edit raises to the caller and never reaches
    the stack.
    """

    def __init__(self, document: Document, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._first_redo_done = False

    def perform(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._first_redo_done:  # Document.execute already performed it
            self._first_redo_done = True
            return
        self._guarded(self.perform)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], Changes]) -> None:
        try:
            changes = step()
        except OkrdeskError as exc:
            # The file moved on (someone deleted the row, the file is read-only now):
            # this step can no longer be undone or redone.
            self.setObsolete(True)
            self.document.failed.emit(exc)
            self.document.changed.emit(Changes(everything=True))
            return
        self.document.changed.emit(changes)


class Document(QObject):
    """One open workspace: the file, the undo stack and change notifications.

    Signals:
        changed(Changes): something in the file changed; views refresh what it names.
        failed(OkrdeskError): an undo or redo could not be done; show it to the user.
    """

    changed = Signal(object)
    failed = Signal(object)

    def __init__(
        self, workspace: Workspace, parent: QObject | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self._today = today

    def today(self) -> date:
        """Today's date (tests fix it)."""
        return self._today()

    @property
    def read_only(self) -> bool:
        return self.workspace.read_only

    def execute(self, command: ServiceCommand) -> Changes:
        """Perform *command* and put it on the undo stack; a refused edit raises OkrdeskError."""
        changes = command.perform()
        self.undo_stack.push(command)
        self.changed.emit(changes)
        return changes

    def close(self) -> None:
        """Forget the undo history and release the file."""
        self.undo_stack.clear()
        self.workspace.close()
