"""Deleting rows with everything that hangs on them, leaving tombstones, and putting them back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from okrdesk.models.entities import Base, Tombstone, utcnow


@dataclass(frozen=True, slots=True)
class RowImage:
    """One deleted row, every column as it was."""

    table: str
    values: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Link:
    """A reference (table.column of row id) that pointed into the deleted rows."""

    table: str
    row_id: int
    column: str
    value: int


@dataclass(frozen=True, slots=True)
class Removed:
    """What a deletion took away: rows parent-first, and references to put back on restore."""

    rows: tuple[RowImage, ...]
    links: tuple[Link, ...]

    def count(self, table: str) -> int:
        """How many rows of *table* went."""
        return sum(1 for r in self.rows if r.table == table)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _references_to(table: str) -> list[tuple[Table, str, str]]:
    """(referencing table, column, ondelete) for every foreign key that points at *table*."""
    found = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table.name == table:
                found.append((other, fk.parent.name, (fk.ondelete or "").upper()))
    return found


def collect(session: Session, table: str, ids: Iterable[int]) -> Removed:
    """Everything deleting rows *ids* of *table* would take with it (ON DELETE CASCADE)
    and every reference it would clear (ON DELETE SET NULL)."""
    rows: list[RowImage] = []
    seen: dict[str, set[int]] = {}
    pending: list[tuple[str, list[int]]] = [(table, sorted(set(ids)))]
    while pending:
        name, wanted = pending.pop(0)
        wanted = [i for i in wanted if i not in seen.setdefault(name, set())]
        if not wanted:
            continue
        t = _table(name)
        for chunk in _chunks(wanted):
            for row in session.execute(select(t).where(t.c.id.in_(chunk))).mappings():
                rows.append(RowImage(name, dict(row)))
                seen[name].add(row["id"])
        for other, column, ondelete in _references_to(name):
            if ondelete != "CASCADE":
                continue
            children = []
            for chunk in _chunks(wanted):
                children += session.scalars(select(other.c.id).where(other.c[column].in_(chunk))).all()
            if children:
                pending.append((other.name, children))

    links: list[Link] = []
    for name, gone in seen.items():
        for other, column, ondelete in _references_to(name):
            if ondelete != "SET NULL":
                continue
            for chunk in _chunks(sorted(gone)):
                for row_id, value in session.execute(
                    select(other.c.id, other.c[column]).where(other.c[column].in_(chunk))
                ):
                    links.append(Link(other.name, row_id, column, value))
    return Removed(rows=tuple(rows), links=tuple(links))


def _dependency_order(table: str) -> int:
    return [t.name for t in Base.metadata.sorted_tables].index(table)


def remove(session: Session, removed: Removed) -> None:
    """Delete the collected rows, children first, leaving a tombstone for each."""
    now = utcnow()
    by_table: dict[str, list[int]] = {}
    for image in removed.rows:
        by_table.setdefault(image.table, []).append(image.values["id"])
    stones = [
        {"uid": r.values["uid"], "table_name": r.table, "deleted_at": now} for r in removed.rows if r.values.get("uid")
    ]
    for chunk in _chunks(stones):
        session.execute(delete(Tombstone).where(Tombstone.uid.in_([s["uid"] for s in chunk])))
        session.execute(insert(Tombstone), chunk)
    for name in sorted(by_table, key=_dependency_order, reverse=True):
        t = _table(name)
        for chunk in _chunks(by_table[name]):
            session.execute(delete(t).where(t.c.id.in_(chunk)))
    session.expire_all()


def restore(session: Session, removed: Removed) -> None:
    """Put deleted rows back exactly as they were, with the references that pointed to them."""
    set_null = {
        (other.name, column)
        for name in {r.table for r in removed.rows}
        for other, column, ondelete in _references_to(name)
        if ondelete == "SET NULL"
    }
    deferred: list[Link] = []
    by_table: dict[str, list[dict[str, Any]]] = {}
    for image in removed.rows:
        values = dict(image.values)
        for column, value in image.values.items():
            # References between restored rows are re-made once every row is back.
            if (image.table, column) in set_null and value is not None:
                values[column] = None
                deferred.append(Link(image.table, values["id"], column, value))
        by_table.setdefault(image.table, []).append(values)
    for name in sorted(by_table, key=_dependency_order):
        for chunk in _chunks(by_table[name]):
            session.execute(insert(_table(name)), chunk)
    uids = [r.values["uid"] for r in removed.rows if r.values.get("uid")]
    for chunk in _chunks(uids):
        session.execute(delete(Tombstone).where(Tombstone.uid.in_(chunk)))
    for link in (*deferred, *removed.links):
        t = _table(link.table)
        session.execute(update(t).where(t.c.id == link.row_id).values({link.column: link.value}))
    session.expire_all()


def _chunks(items: list, size: int = 500) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
