"""The open workspace as the UI sees it: the file, its undo stack, and what changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from okrdesk.models.entities import utcnow
from okrdesk.models.errors import Conflict, OkrdeskError
from okrdesk.models.workspace import Workspace
from okrdesk.services.overview import recent_changes


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
    """One open workspace: the file, the undo stack, change notifications, and watching for others.

    Every ``POLL_MS`` it asks the file whether someone else wrote (SQLite's
    data_version), whether it was replaced, or whether it vanished; views
    refresh in place, and while the file cannot be reached the document is
    read-only.

    Signals:
        changed(Changes): something in the file changed; views refresh what it names.
        failed(OkrdeskError): an undo or redo could not be done; show it to the user.
        external(str): someone else changed the file: what, said for the status bar.
        reachable(bool): the file could (True) or could not (False) be reached any more.
    """

    POLL_MS = 1000

    changed = Signal(object)
    failed = Signal(object)
    external = Signal(str)
    reachable = Signal(bool)

    def __init__(
        self, workspace: Workspace, parent: QObject | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self._today = today
        self.offline = False
        # Asked when an edit meets someone else's newer change: returns "mine" or "theirs".
        self.resolve_conflict: Callable[[Conflict, ServiceCommand], str] = lambda exc, command: "theirs"
        workspace.poll()
        self._last_poll = utcnow()
        self.timer = QTimer(self)
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def today(self) -> date:
        """Today's date (tests fix it)."""
        return self._today()

    @property
    def read_only(self) -> bool:
        return self.workspace.read_only or self.offline

    def poll(self) -> str:
        """Look at the file once; refresh the views when someone else changed it."""
        since, self._last_poll = self._last_poll, utcnow()
        state = self.workspace.poll()
        if state == "missing":
            if not self.offline:
                self.offline = True
                self.reachable.emit(False)
            return state
        if self.offline:
            self.offline = False
            self.reachable.emit(True)
            state = "changed"
        if state in ("changed", "replaced"):
            self.changed.emit(Changes(everything=True))
            self.external.emit(self._describe(state, since))
        return state

    def _describe(self, state: str, since: datetime) -> str:
        if state == "replaced":
            return QCoreApplication.translate(
                "okrdesk", "The file was replaced (by a sync or a restore); showing its new content."
            )
        try:
            counts = recent_changes(self.workspace, since)
        except OkrdeskError:
            counts = {}
        if not counts:
            return QCoreApplication.translate("okrdesk", "Someone else changed the workspace; it is up to date.")
        parts = ", ".join(f"{n} {QCoreApplication.translate('okrdesk.changes', name)}" for name, n in counts.items())
        return QCoreApplication.translate("okrdesk", "Someone else changed the workspace: {parts}.").format(parts=parts)

    def execute(self, command: ServiceCommand) -> Changes:
        """Perform *command* and put it on the undo stack; a refused edit raises OkrdeskError.

        When someone else changed the same row meanwhile, ``resolve_conflict``
        decides: keep mine (the edit is made on their newer version) or take
        theirs (nothing is written; the views show their version).
        """
        try:
            changes = command.perform()
        except Conflict as conflict:
            if self.resolve_conflict(conflict, command) != "mine" or not hasattr(command, "expected_revision"):
                self.changed.emit(Changes(everything=True))
                raise
            command.expected_revision = None
            changes = command.perform()
        self.undo_stack.push(command)
        self.changed.emit(changes)
        return changes

    def attempt(self, command: ServiceCommand) -> bool:
        """Execute *command*; a refusal is announced with ``failed`` (for item models) and False returned."""
        try:
            self.execute(command)
        except OkrdeskError as exc:
            self.failed.emit(exc)
            return False
        return True

    def close(self) -> None:
        """Forget the undo history and release the file."""
        self.timer.stop()
        self.undo_stack.clear()
        self.workspace.close()
