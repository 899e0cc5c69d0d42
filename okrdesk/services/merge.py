"""Merging a copy that came back: rows matched by UID, the newer edit wins, deletions travel as tombstones."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from okrdesk.models import removal
from okrdesk.models.entities import TRACKED_MODELS, Base, Setting, Tombstone
from okrdesk.models.errors import QT_TRANSLATE_NOOP, InvalidInput
from okrdesk.models.workspace import Workspace

TRACKED_TABLES = [t for t in Base.metadata.sorted_tables if t.name in {m.__tablename__ for m in TRACKED_MODELS}]
LABEL_COLUMNS = ("title", "name", "text", "note")
IDENTITY = "workspace_uid"


@dataclass(frozen=True)
class MergeChange:
    """One change a merge makes: add, update or delete a row (shown in the preview)."""

    action: str
    table: str
    uid: str
    label: str
    fields: tuple[str, ...] = ()


@dataclass
class MergePlan:
    """Everything merging *other* would change here; empty when the copies agree."""

    other: Path
    changes: list[MergeChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.changes

    def count(self, action: str, table: str | None = None) -> int:
        return sum(1 for c in self.changes if c.action == action and (table is None or c.table == table))


@dataclass
class _Side:
    """One copy's rows: {table: {uid: row}}, id -> uid maps, tombstones, settings."""

    rows: dict[str, dict[str, dict[str, Any]]]
    uid_of: dict[str, dict[int, str]]
    tombstones: dict[str, datetime]
    settings: dict[str, tuple[str, datetime]]


def _read(session: Session) -> _Side:
    rows: dict[str, dict[str, dict[str, Any]]] = {}
    uid_of: dict[str, dict[int, str]] = {}
    for table in TRACKED_TABLES:
        found = {r["uid"]: dict(r) for r in session.execute(select(table)).mappings()}
        rows[table.name] = found
        uid_of[table.name] = {r["id"]: uid for uid, r in found.items()}
    tombstones = dict(session.execute(select(Tombstone.uid, Tombstone.deleted_at)).all())
    settings = {s.key: (s.value, s.updated_at) for s in session.scalars(select(Setting))}
    return _Side(rows, uid_of, tombstones, settings)


def _foreign_keys(table: Table) -> dict[str, str]:
    """{column: referenced table} for the table's foreign keys."""
    return {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}


def _label(row: dict[str, Any]) -> str:
    for column in LABEL_COLUMNS:
        if row.get(column):
            return str(row[column])[:80]
    if "checked_on" in row:
        return f"{row['checked_on']} {row.get('value')}"
    return row["uid"][:8]


def _comparable(table: Table, row: dict[str, Any], uid_of: dict[str, dict[int, str]]) -> dict[str, Any]:
    """A row's content with foreign keys as UIDs, ignoring local ids and revision counters."""
    fks = _foreign_keys(table)
    out = {}
    for name, value in row.items():
        if name in ("id", "revision"):
            continue
        out[name] = uid_of[fks[name]].get(value) if name in fks and value is not None else value
    return out


def _same_workspace(ours: _Side, theirs: _Side) -> bool:
    mine, other = ours.settings.get(IDENTITY), theirs.settings.get(IDENTITY)
    if mine and other:
        return mine[0] == other[0]
    shared = set(ours.rows["cycles"]) & set(theirs.rows["cycles"])
    shared |= set(ours.rows["people"]) & set(theirs.rows["people"])
    shared |= set(ours.rows["objectives"]) & set(theirs.rows["objectives"])
    return bool(shared)


def _plan(ours: _Side, theirs: _Side, other: Path) -> MergePlan:
    plan = MergePlan(other)
    for table in TRACKED_TABLES:
        mine, other_rows = ours.rows[table.name], theirs.rows[table.name]
        for uid, row in other_rows.items():
            if uid in mine:
                a = _comparable(table, mine[uid], ours.uid_of)
                b = _comparable(table, row, theirs.uid_of)
                if b != a and row["updated_at"] > mine[uid]["updated_at"]:
                    changed = tuple(sorted(k for k in b if a.get(k) != b[k] and k != "updated_at"))
                    plan.changes.append(MergeChange("update", table.name, uid, _label(row), changed))
            else:
                deleted_here = ours.tombstones.get(uid)
                if deleted_here is not None and row["updated_at"] <= deleted_here:
                    continue  # we deleted it after their last edit
                if not _parents_survive(table, row, ours, theirs):
                    continue
                plan.changes.append(MergeChange("add", table.name, uid, _label(row)))
        for uid, row in mine.items():
            deleted_there = theirs.tombstones.get(uid)
            if deleted_there is not None and row["updated_at"] <= deleted_there:
                plan.changes.append(MergeChange("delete", table.name, uid, _label(row)))
    for key, (value, stamp) in theirs.settings.items():
        if key == IDENTITY:
            continue
        here = ours.settings.get(key)
        if here is None or (here[0] != value and stamp > here[1]):
            plan.changes.append(MergeChange("setting", "settings", key, value[:80]))
    return plan


def _parents_survive(table: Table, row: dict[str, Any], ours: _Side, theirs: _Side) -> bool:
    """A row whose required parent was deleted here (and not edited there since) is not brought back."""
    for fk in table.foreign_keys:
        value = row.get(fk.parent.name)
        if value is None or fk.ondelete == "SET NULL":
            continue
        parent_uid = theirs.uid_of[fk.column.table.name].get(value)
        deleted_here = ours.tombstones.get(parent_uid)
        parent = theirs.rows[fk.column.table.name].get(parent_uid)
        if deleted_here is not None and parent is not None and parent["updated_at"] <= deleted_here:
            return False
    return True


def _open_other(ws: Workspace, other: Path) -> _Side:
    other = Path(other)
    if other.absolute() == ws.path.absolute():
        raise InvalidInput(QT_TRANSLATE_NOOP("okrdesk.errors", "A workspace cannot be merged with itself."))
    with Workspace.open(other, read_only=True) as copy, copy.read() as session:
        return _read(session)


def plan_merge(ws: Workspace, other: Path) -> MergePlan:
    """What merging the copy *other* would change here (nothing is written)."""
    theirs = _open_other(ws, other)
    with ws.read() as session:
        ours = _read(session)
    _refuse_strangers(ours, theirs, other)
    return _plan(ours, theirs, Path(other))


def _refuse_strangers(ours: _Side, theirs: _Side, other: Path) -> None:
    if not _same_workspace(ours, theirs):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                "{path} is not a copy of this workspace (they share no history), so it cannot be "
                "merged. Open it on its own instead.",
            ),
            path=str(other),
        )


def apply_merge(ws: Workspace, other: Path) -> MergePlan:
    """Merge the copy *other* into this workspace in one transaction; returns what changed."""
    theirs = _open_other(ws, other)
    with ws.write() as session:
        ours = _read(session)
        _refuse_strangers(ours, theirs, other)
        plan = _plan(ours, theirs, Path(other))
        if not plan.empty:
            _apply(session, plan, ours, theirs)
    return plan


def _apply(session: Session, plan: MergePlan, ours: _Side, theirs: _Side) -> None:
    by_table: dict[str, list[MergeChange]] = {}
    for change in plan.changes:
        by_table.setdefault(change.table, []).append(change)
    id_of = {table.name: {uid: row["id"] for uid, row in ours.rows[table.name].items()} for table in TRACKED_TABLES}
    deferred: list[tuple[Table, str, str, str, str]] = []  # references re-made once every row is in
    for table in TRACKED_TABLES:
        fks = _foreign_keys(table)
        for change in by_table.get(table.name, []):
            if change.action not in ("add", "update"):
                continue
            row = theirs.rows[table.name][change.uid]
            values = {k: v for k, v in row.items() if k != "id"}
            for column, parent in fks.items():
                parent_uid = theirs.uid_of[parent].get(row[column]) if row[column] is not None else None
                values[column] = id_of[parent].get(parent_uid) if parent_uid else None
                if parent_uid and values[column] is None:
                    deferred.append((table, change.uid, column, parent, parent_uid))
            if change.action == "add":
                session.execute(delete(Tombstone).where(Tombstone.uid == change.uid))
                result = session.execute(insert(table).values(**values))
                id_of[table.name][change.uid] = result.inserted_primary_key[0]
            else:
                values["revision"] = ours.rows[table.name][change.uid]["revision"] + 1
                session.execute(update(table).where(table.c.uid == change.uid).values(**values))
    for table, uid, column, parent, parent_uid in deferred:
        target = id_of[parent].get(parent_uid)
        if target is not None:
            session.execute(update(table).where(table.c.uid == uid).values({column: target}))
    doomed: dict[str, list[int]] = {}
    for change in plan.changes:
        if change.action == "delete" and change.uid in id_of[change.table]:
            doomed.setdefault(change.table, []).append(id_of[change.table][change.uid])
    for table in reversed(TRACKED_TABLES):
        ids = doomed.get(table.name)
        if ids and (gone := removal.collect(session, table.name, ids)).rows:
            removal.remove(session, gone)
    present = _present_uids(session)
    for uid, deleted_at in theirs.tombstones.items():
        if uid not in ours.tombstones and uid not in present:
            session.merge(Tombstone(uid=uid, table_name=_table_of(uid, theirs), deleted_at=deleted_at))
    for change in plan.changes:
        if change.action == "setting":
            value, stamp = theirs.settings[change.uid]
            session.merge(Setting(key=change.uid, value=value, updated_at=stamp))


def _present_uids(session: Session) -> set[str]:
    found: set[str] = set()
    for table in TRACKED_TABLES:
        found |= set(session.scalars(select(table.c.uid)))
    return found


def _table_of(uid: str, side: _Side) -> str:
    for table, rows in side.rows.items():
        if uid in rows:
            return table
    return "unknown"


def content(ws: Workspace) -> dict[str, set[tuple]]:
    """Every row's content by UID, foreign keys as UIDs (to compare two copies)."""
    with ws.read() as session:
        side = _read(session)
    result: dict[str, set[tuple]] = {}
    for table in TRACKED_TABLES:
        rows: Iterable[dict[str, Any]] = side.rows[table.name].values()
        result[table.name] = {
            tuple(sorted((k, str(v)) for k, v in _comparable(table, r, side.uid_of).items())) for r in rows
        }
    return result
