"""Planning use cases: people, cycles, objectives and key results; each call is one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from okrdesk.models import progress as maths
from okrdesk.models import removal
from okrdesk.models.entities import TRACKED_MODELS, CheckIn, Cycle, KeyResult, Objective, Person, Setting
from okrdesk.models.errors import QT_TRANSLATE_NOOP, InvalidInput
from okrdesk.models.removal import Removed
from okrdesk.models.workspace import Workspace
from okrdesk.services import validation as valid
from okrdesk.services.common import (
    Edit,
    apply_changes,
    check_revision,
    get_row,
    person_or_none,
    remove_rows,
)
from okrdesk.services.info import CycleInfo, PersonInfo
from okrdesk.services.overview import cycle_info, person_info


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a key result or objective sat: its parent and position (for undoing a move)."""

    id: int
    parent_id: int | None
    position: int


# -- helpers --------------------------------------------------------------------


def _next_position(session: Session, column: Any, parent_column: Any = None, parent_id: int | None = None) -> int:
    """One past the last position among siblings (all rows when there is no parent column)."""
    query = select(func.max(column))
    if parent_column is not None:
        query = query.where(parent_column.is_(None) if parent_id is None else parent_column == parent_id)
    current = session.scalar(query)
    return 0 if current is None else current + 1


def reorder(rows: list[Any], moving: Sequence[Any], index: int) -> None:
    """Put *moving* at *index* among *rows* (positions renumbered 0..n-1)."""
    rest = [r for r in rows if r not in moving]
    index = max(0, min(index, len(rest)))
    for position, row in enumerate([*rest[:index], *moving, *rest[index:]]):
        if row.position != position:
            row.position = position


_EDITABLE = {model.__tablename__: model for model in TRACKED_MODELS}


def revert(ws: Workspace, edit: Edit) -> int:
    """Undo an edit: put the fields back as they were before; returns the new revision."""
    return _set_fields(ws, edit, edit.before)


def reapply(ws: Workspace, edit: Edit) -> int:
    """Redo an edit that was undone; returns the new revision."""
    return _set_fields(ws, edit, edit.after)


def _set_fields(ws: Workspace, edit: Edit, fields: dict[str, Any]) -> int:
    with ws.write() as session:
        row = get_row(session, _EDITABLE[edit.table], edit.id, QT_TRANSLATE_NOOP("okrdesk.errors", "item"))
        apply_changes(row, fields)
        session.flush()
        return row.revision


def cycles_of(ws: Workspace, *, objective_ids: Sequence[int] = (), kr_ids: Sequence[int] = ()) -> set[int | None]:
    """The cycles (None: the Backlog) that these objectives and key results are in now."""
    with ws.read() as session:
        found: set[int | None] = set()
        if objective_ids:
            found |= set(session.scalars(select(Objective.cycle_id).where(Objective.id.in_(list(objective_ids)))))
        if kr_ids:
            found |= set(
                session.scalars(
                    select(Objective.cycle_id)
                    .join(KeyResult, KeyResult.objective_id == Objective.id)
                    .where(KeyResult.id.in_(list(kr_ids)))
                )
            )
        return found


def key_result_ids(ws: Workspace, objective_ids: Sequence[int]) -> list[int]:
    """The key results of these objectives, in their order."""
    with ws.read() as session:
        return list(
            session.scalars(
                select(KeyResult.id)
                .join(Objective, KeyResult.objective_id == Objective.id)
                .where(KeyResult.objective_id.in_(list(objective_ids)))
                .order_by(Objective.position, Objective.id, KeyResult.position, KeyResult.id)
            )
        )


def deletion_counts(ws: Workspace, table: str, ids: Sequence[int]) -> dict[str, int]:
    """How many rows of each table deleting *ids* would take with it (nothing is deleted)."""
    with ws.read() as session:
        gone = removal.collect(session, table, ids)
    counts: dict[str, int] = {}
    for image in gone.rows:
        counts[image.table] = counts.get(image.table, 0) + 1
    return counts


def restore(ws: Workspace, removed: Removed) -> None:
    """Undo a deletion: every row and reference comes back as it was."""
    with ws.write() as session:
        removal.restore(session, removed)


# -- people -----------------------------------------------------------------------


def add_person(ws: Workspace, *, name: str, role: str = "", email: str | None = None) -> PersonInfo:
    """Add someone to the team."""
    with ws.write() as session:
        name = valid.title(name, QT_TRANSLATE_NOOP("okrdesk.errors", "name"))
        position = _next_position(session, Person.position)
        person = Person(
            name=name,
            role=valid.text(role, "role", 200),
            email=(email or "").strip() or None,
            position=position,
        )
        session.add(person)
        session.flush()
        return person_info(person)


def edit_person(ws: Workspace, person_id: int, *, expected_revision: int | None = None, **changes: Any) -> Edit:
    """Change a person's name, role, email or whether they are active."""
    allowed = {"name", "role", "email", "active"}
    _refuse_unknown(changes, allowed)
    with ws.write() as session:
        person = get_row(session, Person, person_id, QT_TRANSLATE_NOOP("okrdesk.errors", "person"))
        check_revision(person, expected_revision, "person", changes)
        if "name" in changes:
            changes["name"] = valid.title(changes["name"], QT_TRANSLATE_NOOP("okrdesk.errors", "name"))
        if "role" in changes:
            changes["role"] = valid.text(changes["role"], "role", 200)
        before, after = apply_changes(person, changes)
        session.flush()
        return Edit("people", person_id, before, after, person.revision)


def reorder_person(ws: Workspace, person_id: int, index: int) -> list[Placement]:
    """Move someone to *index* in the team list; returns the old order for undo."""
    with ws.write() as session:
        people = list(session.scalars(select(Person).order_by(Person.position, Person.name, Person.id)))
        old = [Placement(p.id, None, p.position) for p in people]
        moving = get_row(session, Person, person_id, QT_TRANSLATE_NOOP("okrdesk.errors", "person"))
        reorder(people, [moving], index)
        return old


def place_people(ws: Workspace, placements: Sequence[Placement]) -> None:
    """Put the team list back in an earlier order (undo of a reorder)."""
    with ws.write() as session:
        for p in placements:
            person = get_row(session, Person, p.id, QT_TRANSLATE_NOOP("okrdesk.errors", "person"))
            person.position = p.position


def delete_person(ws: Workspace, person_id: int) -> Removed:
    """Remove someone; what they own stays, without an owner."""
    return remove_rows(ws, "people", [person_id])


# -- the workspace ------------------------------------------------------------------


def set_team_name(ws: Workspace, name: str) -> str:
    """Name the team the workspace belongs to (shown in titles and reports); returns the old name."""
    cleaned = valid.text(name, QT_TRANSLATE_NOOP("okrdesk.errors", "team name"), valid.MAX_TITLE)
    cleaned = " ".join(cleaned.split())
    with ws.write() as session:
        setting = session.get(Setting, "team")
        old = setting.value if setting else ""
        if setting is None:
            session.add(Setting(key="team", value=cleaned))
        else:
            setting.value = cleaned
        return old


# -- cycles -----------------------------------------------------------------------


def _unique_cycle_name(session: Session, name: str, except_id: int | None = None) -> str:
    name = valid.title(name, QT_TRANSLATE_NOOP("okrdesk.errors", "cycle name"))
    clash = session.scalar(
        select(Cycle.id).where(func.lower(Cycle.name) == name.lower(), Cycle.id != (except_id or -1))
    )
    if clash is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors", "There is already a cycle called \u201c{name}\u201d; choose another name."
            ),
            name=name,
        )
    return name


def add_cycle(
    ws: Workspace, *, name: str, start: date, end: date, cadence: str = "weekly", status: str = "planning"
) -> CycleInfo:
    """Create a cycle."""
    start, end = valid.dates(start, end)
    with ws.write() as session:
        cycle = Cycle(
            name=_unique_cycle_name(session, name),
            start_date=start,
            end_date=end,
            cadence=valid.cadence(cadence),
            status=valid.cycle_status(status),
            position=_next_position(session, Cycle.position),
        )
        session.add(cycle)
        session.flush()
        return cycle_info(cycle)


def edit_cycle(ws: Workspace, cycle_id: int, *, expected_revision: int | None = None, **changes: Any) -> Edit:
    """Rename a cycle, change its dates, cadence or status."""
    _refuse_unknown(changes, {"name", "start_date", "end_date", "cadence", "status"})
    with ws.write() as session:
        cycle = get_row(session, Cycle, cycle_id, QT_TRANSLATE_NOOP("okrdesk.errors", "cycle"))
        check_revision(cycle, expected_revision, "cycle", changes)
        if "name" in changes:
            changes["name"] = _unique_cycle_name(session, changes["name"], cycle_id)
        valid.dates(changes.get("start_date", cycle.start_date), changes.get("end_date", cycle.end_date))
        if "cadence" in changes:
            valid.cadence(changes["cadence"])
        if "status" in changes:
            valid.cycle_status(changes["status"])
        before, after = apply_changes(cycle, changes)
        session.flush()
        return Edit("cycles", cycle_id, before, after, cycle.revision)


def delete_cycle(ws: Workspace, cycle_id: int) -> Removed:
    """Delete a cycle with its objectives, key results, check-ins and review."""
    return remove_rows(ws, "cycles", [cycle_id])


def reorder_cycle(ws: Workspace, cycle_id: int, index: int) -> list[Placement]:
    """Move a cycle to *index* in the list; returns the old order for undo."""
    with ws.write() as session:
        cycles = list(session.scalars(select(Cycle).order_by(Cycle.position, Cycle.id)))
        old = [Placement(c.id, None, c.position) for c in cycles]
        moving = get_row(session, Cycle, cycle_id, QT_TRANSLATE_NOOP("okrdesk.errors", "cycle"))
        reorder(cycles, [moving], index)
        return old


# -- objectives -----------------------------------------------------------------


def add_objective(
    ws: Workspace,
    *,
    cycle_id: int | None,
    title: str,
    description: str = "",
    owner_id: int | None = None,
    position: int | None = None,
) -> int:
    """Add an objective to a cycle (None: the Backlog); returns its id."""
    with ws.write() as session:
        if cycle_id is not None:
            get_row(session, Cycle, cycle_id, QT_TRANSLATE_NOOP("okrdesk.errors", "cycle"))
        objective = Objective(
            cycle_id=cycle_id,
            title=valid.title(title, QT_TRANSLATE_NOOP("okrdesk.errors", "title")),
            description=valid.text(description, QT_TRANSLATE_NOOP("okrdesk.errors", "description")),
            owner_id=person_or_none(session, owner_id),
            position=_next_position(session, Objective.position, Objective.cycle_id, cycle_id),
        )
        session.add(objective)
        session.flush()
        if position is not None:
            siblings = _objectives_in(session, cycle_id)
            reorder(siblings, [objective], position)
        return objective.id


def edit_objective(ws: Workspace, objective_id: int, *, expected_revision: int | None = None, **changes: Any) -> Edit:
    """Change an objective's title, description or owner."""
    _refuse_unknown(changes, {"title", "description", "owner_id"})
    with ws.write() as session:
        objective = get_row(session, Objective, objective_id, QT_TRANSLATE_NOOP("okrdesk.errors", "objective"))
        check_revision(objective, expected_revision, "objective", changes)
        if "title" in changes:
            changes["title"] = valid.title(changes["title"], QT_TRANSLATE_NOOP("okrdesk.errors", "title"))
        if "description" in changes:
            changes["description"] = valid.text(
                changes["description"], QT_TRANSLATE_NOOP("okrdesk.errors", "description")
            )
        if "owner_id" in changes:
            changes["owner_id"] = person_or_none(session, changes["owner_id"])
        before, after = apply_changes(objective, changes)
        session.flush()
        return Edit("objectives", objective_id, before, after, objective.revision)


def delete_objectives(ws: Workspace, objective_ids: Sequence[int]) -> Removed:
    """Delete objectives with their key results and check-ins."""
    return remove_rows(ws, "objectives", objective_ids)


def _objectives_in(session: Session, cycle_id: int | None) -> list[Objective]:
    where = Objective.cycle_id.is_(None) if cycle_id is None else Objective.cycle_id == cycle_id
    return list(session.scalars(select(Objective).where(where).order_by(Objective.position, Objective.id)))


def move_objectives(
    ws: Workspace, objective_ids: Sequence[int], cycle_id: int | None, index: int | None = None
) -> list[Placement]:
    """Move objectives to a cycle (None: Backlog) at *index*; returns where they were."""
    with ws.write() as session:
        if cycle_id is not None:
            get_row(session, Cycle, cycle_id, QT_TRANSLATE_NOOP("okrdesk.errors", "cycle"))
        moving = [
            get_row(session, Objective, i, QT_TRANSLATE_NOOP("okrdesk.errors", "objective")) for i in objective_ids
        ]
        old = [Placement(o.id, o.cycle_id, o.position) for o in moving]
        for o in moving:
            o.cycle_id = cycle_id
        session.flush()
        siblings = _objectives_in(session, cycle_id)
        reorder(siblings, moving, len(siblings) if index is None else index)
        return old


def place_objectives(ws: Workspace, placements: Sequence[Placement]) -> None:
    """Put objectives back exactly where they were (undo of a move or reorder)."""
    with ws.write() as session:
        for p in placements:
            o = get_row(session, Objective, p.id, QT_TRANSLATE_NOOP("okrdesk.errors", "objective"))
            o.cycle_id, o.position = p.parent_id, p.position


# -- key results ------------------------------------------------------------------

KR_FIELDS = {
    "title",
    "owner_id",
    "kind",
    "unit",
    "start_value",
    "target_value",
    "target_percent",
    "comparison",
    "weight",
}


def _settle_key_result(kr: KeyResult, changes: dict[str, Any]) -> dict[str, Any]:
    """Validate the key result as it would be after *changes*; returns the column changes.

    ``target_percent`` set means the target was entered as "by N %": the
    absolute target follows from the start. ``target_value`` set means an
    absolute target.
    """
    out: dict[str, Any] = {}
    if "title" in changes:
        out["title"] = valid.title(changes["title"], QT_TRANSLATE_NOOP("okrdesk.errors", "title"))
    if "unit" in changes:
        out["unit"] = valid.unit(changes["unit"])
    if "weight" in changes:
        out["weight"] = valid.weight(changes["weight"])
    kind = changes.get("kind", kr.kind)
    try:
        kind = maths.Kind(kind)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                "A key result is a metric, a threshold or a milestone, not \u201c{value}\u201d.",
            ),
            value=kind,
        ) from None
    out["kind"] = kind.value
    start = valid.number(changes.get("start_value", kr.start_value), QT_TRANSLATE_NOOP("okrdesk.errors", "start value"))
    mode, percent = kr.target_mode, kr.target_percent
    if "target_value" in changes and changes["target_value"] is not None:
        mode, percent = maths.TargetMode.ABSOLUTE.value, None
        target = valid.number(changes["target_value"], QT_TRANSLATE_NOOP("okrdesk.errors", "target"))
    else:
        target = kr.target_value
    if "target_percent" in changes and changes["target_percent"] is not None:
        mode = maths.TargetMode.RELATIVE.value
        percent = valid.number(changes["target_percent"], QT_TRANSLATE_NOOP("okrdesk.errors", "change in %"))
    comparison = changes.get("comparison", kr.comparison)
    if kind == maths.Kind.MILESTONE:
        start, target, mode, percent, comparison = 0.0, 1.0, "absolute", None, None
    else:
        if mode == maths.TargetMode.RELATIVE.value:
            target = maths.relative_target(start, percent)  # type: ignore[arg-type]
        if target is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("okrdesk.errors", "A key result needs a target."))
        if kind == maths.Kind.METRIC:
            maths.validate_metric(start, target)
            comparison = None
        else:
            comparison = comparison or maths.Comparison.AT_LEAST.value
            try:
                comparison = maths.Comparison(comparison).value
            except ValueError:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "okrdesk.errors",
                        "A threshold is kept at least or at most at its limit, not \u201c{value}\u201d.",
                    ),
                    value=comparison,
                ) from None
    out.update(
        start_value=start,
        target_value=target,
        target_mode=mode,
        target_percent=percent,
        comparison=comparison,
    )
    return out


def add_key_result(
    ws: Workspace,
    *,
    objective_id: int,
    title: str,
    kind: str = "metric",
    start: float = 0.0,
    target: float | None = None,
    target_percent: float | None = None,
    unit: str = "",
    comparison: str | None = None,
    weight: float = 1.0,
    owner_id: int | None = None,
    position: int | None = None,
    carried_from_id: int | None = None,
) -> int:
    """Add a key result to an objective; give *target*, or *target_percent* for "by N %"."""
    with ws.write() as session:
        get_row(session, Objective, objective_id, QT_TRANSLATE_NOOP("okrdesk.errors", "objective"))
        kr = KeyResult(
            objective_id=objective_id,
            title="",
            target_value=0.0,
            start_value=0.0,
            kind="metric",
            target_mode="absolute",
        )
        values = _settle_key_result(
            kr,
            dict(
                title=title,
                kind=kind,
                start_value=start,
                target_value=target,
                target_percent=target_percent,
                unit=unit,
                comparison=comparison,
                weight=weight,
            ),
        )
        if target is None and target_percent is None and kind != maths.Kind.MILESTONE:
            raise InvalidInput(QT_TRANSLATE_NOOP("okrdesk.errors", "A key result needs a target."))
        for name, value in values.items():
            setattr(kr, name, value)
        kr.owner_id = person_or_none(session, owner_id)
        kr.carried_from_id = carried_from_id
        kr.position = _next_position(session, KeyResult.position, KeyResult.objective_id, objective_id)
        session.add(kr)
        session.flush()
        if position is not None:
            reorder(_krs_in(session, objective_id), [kr], position)
        return kr.id


def edit_key_result(ws: Workspace, kr_id: int, *, expected_revision: int | None = None, **changes: Any) -> Edit:
    """Change a key result; the whole result is checked (a metric's start differs from its target)."""
    _refuse_unknown(changes, KR_FIELDS)
    with ws.write() as session:
        kr = get_row(session, KeyResult, kr_id, QT_TRANSLATE_NOOP("okrdesk.errors", "key result"))
        check_revision(kr, expected_revision, "key result", changes)
        values = _settle_key_result(kr, changes)
        if "owner_id" in changes:
            values["owner_id"] = person_or_none(session, changes["owner_id"])
        values = {k: v for k, v in values.items() if getattr(kr, k) != v}
        before, after = apply_changes(kr, values)
        session.flush()
        return Edit("key_results", kr_id, before, after, kr.revision)


def delete_key_results(ws: Workspace, kr_ids: Sequence[int]) -> Removed:
    """Delete key results with their check-ins."""
    return remove_rows(ws, "key_results", kr_ids)


def _krs_in(session: Session, objective_id: int) -> list[KeyResult]:
    return list(
        session.scalars(
            select(KeyResult).where(KeyResult.objective_id == objective_id).order_by(KeyResult.position, KeyResult.id)
        )
    )


def move_key_results(
    ws: Workspace, kr_ids: Sequence[int], objective_id: int, index: int | None = None
) -> list[Placement]:
    """Move key results to an objective (any cycle) at *index*; returns where they were."""
    with ws.write() as session:
        get_row(session, Objective, objective_id, QT_TRANSLATE_NOOP("okrdesk.errors", "objective"))
        moving = [get_row(session, KeyResult, i, QT_TRANSLATE_NOOP("okrdesk.errors", "key result")) for i in kr_ids]
        old = [Placement(k.id, k.objective_id, k.position) for k in moving]
        for kr in moving:
            kr.objective_id = objective_id
        session.flush()
        siblings = _krs_in(session, objective_id)
        reorder(siblings, moving, len(siblings) if index is None else index)
        return old


def place_key_results(ws: Workspace, placements: Sequence[Placement]) -> None:
    """Put key results back exactly where they were (undo of a move or reorder)."""
    with ws.write() as session:
        for p in placements:
            kr = get_row(session, KeyResult, p.id, QT_TRANSLATE_NOOP("okrdesk.errors", "key result"))
            kr.objective_id, kr.position = p.parent_id, p.position  # type: ignore[assignment]


def objective_for_title(session: Session, cycle_id: int, title: str) -> tuple[Objective, bool]:
    """The objective of this title in the cycle, created if there is none; (objective, created)."""
    found = session.scalar(
        select(Objective)
        .where(Objective.cycle_id == cycle_id, func.lower(Objective.title) == title.lower())
        .order_by(Objective.position, Objective.id)
        .limit(1)
    )
    if found is not None:
        return found, False
    source_owner = session.scalar(select(Objective.owner_id).where(Objective.title == title).limit(1))
    objective = Objective(
        cycle_id=cycle_id,
        title=title,
        owner_id=source_owner,
        position=_next_position(session, Objective.position, Objective.cycle_id, cycle_id),
    )
    session.add(objective)
    session.flush()
    return objective, True


@dataclass(frozen=True, slots=True)
class CycleMove:
    """What moving or carrying key results to a cycle did, for undo."""

    placements: tuple[Placement, ...]
    created_objectives: tuple[int, ...]
    created_key_results: tuple[int, ...]


def _check_open_cycle(cycle: Cycle) -> None:
    if cycle.status == "closed":
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors", "\u201c{name}\u201d is closed; reopen it before adding key results to it."
            ),
            name=cycle.name,
        )


def move_key_results_to_cycle(ws: Workspace, kr_ids: Sequence[int], cycle_id: int) -> CycleMove:
    """Move key results into a cycle, each under the objective of the same title (made if missing)."""
    with ws.write() as session:
        cycle = get_row(session, Cycle, cycle_id, QT_TRANSLATE_NOOP("okrdesk.errors", "cycle"))
        _check_open_cycle(cycle)
        placements, created = [], []
        for kr_id in kr_ids:
            kr = get_row(session, KeyResult, kr_id, QT_TRANSLATE_NOOP("okrdesk.errors", "key result"))
            placements.append(Placement(kr.id, kr.objective_id, kr.position))
            if kr.objective.cycle_id == cycle_id:
                continue
            target, made = objective_for_title(session, cycle_id, kr.objective.title)
            if made:
                created.append(target.id)
            kr.objective_id = target.id
            kr.position = _next_position(session, KeyResult.position, KeyResult.objective_id, target.id)
            session.flush()
        return CycleMove(tuple(placements), tuple(created), ())


def carry_forward(ws: Workspace, kr_ids: Sequence[int], cycle_id: int, objective_id: int | None = None) -> CycleMove:
    """Continue key results in another cycle: new KRs that start from the last value.

    Each new key result keeps title, unit, kind, target, weight and owner,
    takes the latest check-in value as its start and remembers where it came
    from (``carried_from``). The originals stay untouched with their history.
    Without *objective_id*, each lands under the objective of the same title.
    """
    with ws.write() as session:
        cycle = get_row(session, Cycle, cycle_id, QT_TRANSLATE_NOOP("okrdesk.errors", "cycle"))
        _check_open_cycle(cycle)
        created_objectives, created = [], []
        for kr_id in kr_ids:
            source = get_row(session, KeyResult, kr_id, QT_TRANSLATE_NOOP("okrdesk.errors", "key result"))
            if objective_id is not None:
                target = get_row(session, Objective, objective_id, QT_TRANSLATE_NOOP("okrdesk.errors", "objective"))
            else:
                target, made = objective_for_title(session, cycle_id, source.objective.title)
                if made:
                    created_objectives.append(target.id)
            new_kr = carried_copy(session, source, target)
            created.append(new_kr.id)
        return CycleMove((), tuple(created_objectives), tuple(created))


def carried_copy(session: Session, source: KeyResult, target: Objective) -> KeyResult:
    """A new key result in *target* continuing *source* from its last value (inside a session)."""
    since = source.objective.cycle.start_date if source.objective.cycle else None
    values = [
        maths.Measurement(c.checked_on, c.value, c.created_at, c.id)
        for c in session.scalars(select(CheckIn).where(CheckIn.key_result_id == source.id))
    ]
    last = maths.latest(values, since=since)
    start = last.value if last else source.start_value
    kr = KeyResult(
        objective_id=target.id,
        title=source.title,
        owner_id=source.owner_id,
        kind=source.kind,
        unit=source.unit,
        start_value=start,
        target_value=source.target_value,
        comparison=source.comparison,
        target_mode="absolute",
        target_percent=None,
        weight=source.weight,
        carried_from_id=source.id,
        position=_next_position(session, KeyResult.position, KeyResult.objective_id, target.id),
    )
    if kr.kind == maths.Kind.METRIC and kr.start_value == kr.target_value:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                "\u201c{title}\u201d already reached its target of {target}; there is nothing left to carry forward.",
            ),
            title=source.title,
            target=maths.format_number(source.target_value),
        )
    if kr.kind == maths.Kind.MILESTONE:
        kr.start_value, kr.target_value = 0.0, 1.0
    session.add(kr)
    session.flush()
    return kr


def undo_cycle_move(ws: Workspace, move: CycleMove) -> None:
    """Undo a move or carry-forward to a cycle, deleting what it created."""
    with ws.write() as session:
        for p in move.placements:
            kr = get_row(session, KeyResult, p.id, QT_TRANSLATE_NOOP("okrdesk.errors", "key result"))
            kr.objective_id, kr.position = p.parent_id, p.position  # type: ignore[assignment]
        session.flush()
        if move.created_key_results:
            removal.remove(session, removal.collect(session, "key_results", move.created_key_results))
        if move.created_objectives:
            removal.remove(session, removal.collect(session, "objectives", move.created_objectives))


def _refuse_unknown(changes: dict[str, Any], allowed: set[str]) -> None:
    unknown = set(changes) - allowed
    if unknown:
        raise TypeError(f"cannot change {', '.join(sorted(unknown))}")
