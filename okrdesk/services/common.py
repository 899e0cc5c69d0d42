"""What every service shares: loading rows, checking revisions, applying and removing changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from okrdesk.models import removal
from okrdesk.models.entities import Person, Tracked
from okrdesk.models.errors import QT_TRANSLATE_NOOP, Conflict, NotFound
from okrdesk.models.removal import Removed
from okrdesk.models.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Edit:
    """What an edit changed: the fields before and after, for undo and for the views."""

    table: str
    id: int
    before: dict[str, Any]
    after: dict[str, Any]
    revision: int


def get_row(session: Session, model: type, row_id: int, what: str) -> Any:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("okrdesk.errors", "The {what} no longer exists; someone may have deleted it."),
            what=what,
        )
    return row


def check_revision(row: Tracked, expected: int | None, what: str, changes: dict[str, Any]) -> None:
    """Refuse to overwrite a row someone else changed after the caller loaded it."""
    if expected is not None and row.revision != expected:
        theirs = {name: getattr(row, name) for name in changes}
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                "Someone else changed this {what} after you opened it; your change was not saved.",
            ),
            theirs=theirs,
            mine=dict(changes),
            what=what,
        )


def apply_changes(row: Any, changes: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    before = {name: getattr(row, name) for name in changes}
    for name, value in changes.items():
        setattr(row, name, value)
    return before, dict(changes)


def person_or_none(session: Session, person_id: int | None) -> int | None:
    if person_id is None:
        return None
    get_row(session, Person, person_id, QT_TRANSLATE_NOOP("okrdesk.errors", "person"))
    return person_id


def remove_rows(ws: Workspace, table: str, ids: Sequence[int]) -> Removed:
    with ws.write() as session:
        gone = removal.collect(session, table, ids)
        if not gone.rows:
            raise NotFound(QT_TRANSLATE_NOOP("okrdesk.errors", "There was nothing left to delete."))
        removal.remove(session, gone)
    return gone


def edit_row(
    ws: Workspace, model: type, row_id: int, changes: dict[str, Any], *, what: str, expected_revision: int | None = None
) -> Edit:
    """Apply checked *changes* to one row in one transaction; returns the Edit for undo."""
    with ws.write() as session:
        row = get_row(session, model, row_id, what)
        check_revision(row, expected_revision, what, changes)
        changes = {k: v for k, v in changes.items() if getattr(row, k) != v}
        before, after = apply_changes(row, changes)
        session.flush()
        return Edit(model.__tablename__, row_id, before, after, row.revision)
