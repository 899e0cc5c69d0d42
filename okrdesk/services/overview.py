"""The numbers the outline, the status table and the report show: progress, pace, trends."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, aliased

from okrdesk.models import progress as maths
from okrdesk.models.entities import CheckIn, Cycle, KeyResult, Objective, Person, Setting
from okrdesk.models.errors import QT_TRANSLATE_NOOP, NotFound
from okrdesk.models.workspace import Workspace
from okrdesk.services.info import (
    CheckInInfo,
    CycleInfo,
    CycleOverview,
    KeyResultInfo,
    KeyResultTrend,
    ObjectiveInfo,
    ObjectiveOverview,
    ObjectiveTrend,
    PersonInfo,
    ProgressSeries,
)


def person_info(p: Person) -> PersonInfo:
    """Snapshot of a person."""
    return PersonInfo(id=p.id, uid=p.uid, revision=p.revision, name=p.name, role=p.role, email=p.email, active=p.active)


def cycle_info(
    c: Cycle,
    today: date | None = None,
    *,
    progress: float | None = None,
    objective_count: int = 0,
    key_result_count: int = 0,
) -> CycleInfo:
    """Snapshot of a cycle (numbers given by the caller)."""
    expected = maths.expected_progress(c.start_date, c.end_date, today) if today else None
    return CycleInfo(
        id=c.id,
        uid=c.uid,
        revision=c.revision,
        name=c.name,
        start=c.start_date,
        end=c.end_date,
        cadence=c.cadence,
        status=c.status,
        position=c.position,
        progress=progress,
        expected=expected,
        objective_count=objective_count,
        key_result_count=key_result_count,
    )


def check_in_info(ci: CheckIn, author_name: str = "", since: date | None = None) -> CheckInInfo:
    """Snapshot of a check-in."""
    return CheckInInfo(
        id=ci.id,
        uid=ci.uid,
        revision=ci.revision,
        key_result_id=ci.key_result_id,
        on=ci.checked_on,
        value=ci.value,
        confidence=ci.confidence,
        note=ci.note,
        author_id=ci.author_id,
        author_name=author_name,
        entered=ci.created_at,
        counts=since is None or ci.checked_on >= since,
    )


_KR_COLUMNS = (
    KeyResult.id,
    KeyResult.uid,
    KeyResult.revision,
    KeyResult.objective_id,
    KeyResult.title,
    KeyResult.owner_id,
    KeyResult.kind,
    KeyResult.unit,
    KeyResult.start_value,
    KeyResult.target_value,
    KeyResult.comparison,
    KeyResult.target_mode,
    KeyResult.target_percent,
    KeyResult.weight,
    KeyResult.position,
    KeyResult.carried_from_id,
)


def key_result_infos(session: Session, where: ColumnElement[bool], today: date) -> list[KeyResultInfo]:
    """Key results matching *where*, in objective then position order, with their numbers.

    Plain columns, not ORM objects, and the latest counting check-in found by
    an indexed subquery per key result: thousands of KRs stay quick.
    """
    owner = aliased(Person)
    last = aliased(CheckIn)
    counts_for_cycle = or_(Cycle.start_date.is_(None), CheckIn.checked_on >= Cycle.start_date)
    latest_id = (
        select(CheckIn.id)
        .where(CheckIn.key_result_id == KeyResult.id, counts_for_cycle)
        .order_by(CheckIn.checked_on.desc(), CheckIn.created_at.desc(), CheckIn.id.desc())
        .limit(1)
        .correlate(KeyResult, Cycle)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            *_KR_COLUMNS,
            Objective.cycle_id,
            Cycle.start_date,
            Cycle.end_date,
            owner.name,
            last.value,
            last.checked_on,
            last.confidence,
        )
        .join(Objective, KeyResult.objective_id == Objective.id)
        .outerjoin(Cycle, Objective.cycle_id == Cycle.id)
        .outerjoin(owner, KeyResult.owner_id == owner.id)
        .outerjoin(last, last.id == latest_id)
        .where(where)
        .order_by(Objective.position, Objective.id, KeyResult.position, KeyResult.id)
    ).all()
    if not rows:
        return []
    counts = dict(
        session.execute(
            select(CheckIn.key_result_id, func.count())
            .join(KeyResult, CheckIn.key_result_id == KeyResult.id)
            .join(Objective, KeyResult.objective_id == Objective.id)
            .outerjoin(Cycle, Objective.cycle_id == Cycle.id)
            .where(where, counts_for_cycle)
            .group_by(CheckIn.key_result_id)
        ).all()
    )
    return [_kr_info(row, counts.get(row.id, 0), today) for row in rows]


def _kr_info(row: Any, count: int, today: date) -> KeyResultInfo:
    progress = maths.key_result_progress(row.kind, row.start_value, row.target_value, row.value, row.comparison)
    expected = pace = None
    if row.start_date is not None and row.end_date is not None:
        expected = maths.expected_progress(row.start_date, row.end_date, today)
        pace = maths.pace(progress.shown, expected)
    return KeyResultInfo(
        id=row.id,
        uid=row.uid,
        revision=row.revision,
        objective_id=row.objective_id,
        cycle_id=row.cycle_id,
        title=row.title,
        owner_id=row.owner_id,
        owner_name=row.name or "",
        kind=row.kind,
        unit=row.unit,
        start=row.start_value,
        target=row.target_value,
        comparison=row.comparison,
        target_mode=row.target_mode,
        target_percent=row.target_percent,
        weight=row.weight,
        position=row.position,
        carried_from_id=row.carried_from_id,
        current=row.value,
        last_check_in=row.checked_on,
        confidence=row.confidence,
        progress=progress,
        expected=expected,
        pace=pace,
        check_in_count=count,
    )


def objective_info(o: Objective, owner_name: str, krs: Iterable[KeyResultInfo]) -> ObjectiveInfo:
    """Snapshot of an objective; its progress is the weighted mean of *krs*."""
    krs = list(krs)
    return ObjectiveInfo(
        id=o.id,
        uid=o.uid,
        revision=o.revision,
        cycle_id=o.cycle_id,
        title=o.title,
        description=o.description,
        owner_id=o.owner_id,
        owner_name=owner_name,
        position=o.position,
        progress=maths.objective_progress((k.progress, k.weight) for k in krs),
        key_result_count=len(krs),
    )


def overview_in(session: Session, cycle: Cycle | None, today: date) -> CycleOverview:
    """A cycle's (None: the Backlog's) overview, inside an open session."""
    cycle_id = cycle.id if cycle else None
    where = Objective.cycle_id == cycle_id if cycle else Objective.cycle_id.is_(None)
    krs_by_objective: dict[int, list[KeyResultInfo]] = {}
    for info in key_result_infos(session, where, today):
        krs_by_objective.setdefault(info.objective_id, []).append(info)
    owner = aliased(Person)
    objectives = []
    for o, owner_name in session.execute(
        select(Objective, owner.name)
        .outerjoin(owner, Objective.owner_id == owner.id)
        .where(where)
        .order_by(Objective.position, Objective.id)
    ):
        krs = krs_by_objective.get(o.id, [])
        objectives.append(ObjectiveOverview(objective_info(o, owner_name or "", krs), tuple(krs)))
    info = None
    if cycle is not None:
        info = cycle_info(
            cycle,
            today,
            progress=maths.cycle_progress(ov.objective.progress for ov in objectives),
            objective_count=len(objectives),
            key_result_count=sum(len(ov.key_results) for ov in objectives),
        )
    return CycleOverview(cycle=info, objectives=tuple(objectives), today=today)


def cycle_overview(ws: Workspace, cycle_id: int | None, today: date) -> CycleOverview:
    """A cycle's objectives and key results with their numbers; None is the Backlog."""
    with ws.read() as session:
        cycle = None
        if cycle_id is not None:
            cycle = session.get(Cycle, cycle_id)
            if cycle is None:
                raise NotFound(QT_TRANSLATE_NOOP("okrdesk.errors", "That cycle no longer exists."))
        return overview_in(session, cycle, today)


def list_cycles(ws: Workspace, today: date, *, with_progress: bool = True) -> list[CycleInfo]:
    """Every cycle in date order, with its overall progress (one pass over all key results)."""
    with ws.read() as session:
        cycles = session.scalars(select(Cycle).order_by(Cycle.start_date, Cycle.position, Cycle.id)).all()
        if not with_progress:
            return [cycle_info(c, today) for c in cycles]
        return _cycle_summaries(session, cycles, today)


def cycle_summaries(ws: Workspace, cycle_ids: Iterable[int], today: date) -> list[CycleInfo]:
    """Chosen cycles with their overall numbers."""
    with ws.read() as session:
        cycles = session.scalars(select(Cycle).where(Cycle.id.in_(list(cycle_ids)))).all()
        return _cycle_summaries(session, cycles, today)


def _cycle_summaries(session: Session, cycles: Sequence[Cycle], today: date) -> list[CycleInfo]:
    ids = [c.id for c in cycles]
    krs: dict[int, list[KeyResultInfo]] = {}
    for info in key_result_infos(session, Objective.cycle_id.in_(ids), today):
        krs.setdefault(info.objective_id, []).append(info)
    objectives: dict[int, list[float | None]] = {}
    kr_counts: dict[int, int] = {}
    for objective_id, cycle_id in session.execute(
        select(Objective.id, Objective.cycle_id).where(Objective.cycle_id.in_(ids))
    ):
        mine = krs.get(objective_id, [])
        objectives.setdefault(cycle_id, []).append(maths.objective_progress((k.progress, k.weight) for k in mine))
        kr_counts[cycle_id] = kr_counts.get(cycle_id, 0) + len(mine)
    result = []
    for c in cycles:
        progress_list = objectives.get(c.id, [])
        result.append(
            cycle_info(
                c,
                today,
                progress=maths.cycle_progress(progress_list),
                objective_count=len(progress_list),
                key_result_count=kr_counts.get(c.id, 0),
            )
        )
    return result


def team_name(ws: Workspace) -> str:
    """The team's name ('' when not set)."""
    with ws.read() as session:
        setting = session.get(Setting, "team")
        return setting.value if setting else ""


def list_people(ws: Workspace, *, include_inactive: bool = True) -> list[PersonInfo]:
    """The team, in the order set."""
    with ws.read() as session:
        query = select(Person).order_by(Person.position, Person.name, Person.id)
        if not include_inactive:
            query = query.where(Person.active.is_(True))
        return [person_info(p) for p in session.scalars(query)]


def key_result(ws: Workspace, kr_id: int, today: date) -> KeyResultInfo:
    """One key result with its numbers."""
    with ws.read() as session:
        found = key_result_infos(session, KeyResult.id == kr_id, today)
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("okrdesk.errors", "That key result no longer exists."))
    return found[0]


def objective(ws: Workspace, objective_id: int, today: date) -> ObjectiveOverview:
    """One objective with its key results and numbers."""
    with ws.read() as session:
        o = session.get(Objective, objective_id)
        if o is None:
            raise NotFound(QT_TRANSLATE_NOOP("okrdesk.errors", "That objective no longer exists."))
        krs = key_result_infos(session, KeyResult.objective_id == objective_id, today)
        owner_name = o.owner.name if o.owner else ""
        return ObjectiveOverview(objective_info(o, owner_name, krs), tuple(krs))


def check_in_infos(session: Session, kr_id: int, since: date | None) -> list[CheckInInfo]:
    """A key result's check-ins, oldest first (plain columns: 10,000 of them load quickly)."""
    author = aliased(Person)
    rows = session.execute(
        select(
            CheckIn.id,
            CheckIn.uid,
            CheckIn.revision,
            CheckIn.key_result_id,
            CheckIn.checked_on,
            CheckIn.value,
            CheckIn.confidence,
            CheckIn.note,
            CheckIn.author_id,
            author.name,
            CheckIn.created_at,
        )
        .outerjoin(author, CheckIn.author_id == author.id)
        .where(CheckIn.key_result_id == kr_id)
        .order_by(CheckIn.checked_on, CheckIn.created_at, CheckIn.id)
    )
    return [
        CheckInInfo(
            id=r[0],
            uid=r[1],
            revision=r[2],
            key_result_id=r[3],
            on=r[4],
            value=r[5],
            confidence=r[6],
            note=r[7],
            author_id=r[8],
            author_name=r[9] or "",
            entered=r[10],
            counts=since is None or r[4] >= since,
        )
        for r in rows
    ]


def trend(ws: Workspace, kr_id: int, today: date) -> KeyResultTrend:
    """What the trend plot of a key result shows."""
    with ws.read() as session:
        found = key_result_infos(session, KeyResult.id == kr_id, today)
        if not found:
            raise NotFound(QT_TRANSLATE_NOOP("okrdesk.errors", "That key result no longer exists."))
        info = found[0]
        cycle = session.get(Cycle, info.cycle_id) if info.cycle_id is not None else None
        since = cycle.start_date if cycle else None
        check_ins = tuple(check_in_infos(session, kr_id, since))
    measurements = [maths.Measurement(c.on, c.value, c.entered, c.id) for c in check_ins]
    points = tuple((m.on, m.value) for m in maths.one_per_date(measurements, since=since))
    ideal = forecast = None
    if cycle is not None:
        ideal = ((cycle.start_date, info.start), (cycle.end_date, info.target))
        forecast = maths.forecast(points, cycle.end_date)
    return KeyResultTrend(
        key_result=info,
        check_ins=check_ins,
        cycle_start=cycle.start_date if cycle else None,
        cycle_end=cycle.end_date if cycle else None,
        ideal=ideal,
        forecast=forecast,
        points=points,
    )


def objective_trend(ws: Workspace, objective_id: int, today: date) -> ObjectiveTrend:
    """Each key result's shown progress at each check-in date, for an objective's plot."""
    with ws.read() as session:
        o = session.get(Objective, objective_id)
        if o is None:
            raise NotFound(QT_TRANSLATE_NOOP("okrdesk.errors", "That objective no longer exists."))
        krs = key_result_infos(session, KeyResult.objective_id == objective_id, today)
        cycle = o.cycle
        since = cycle.start_date if cycle else None
        info = objective_info(o, o.owner.name if o.owner else "", krs)
        series = []
        for kr in krs:
            measurements = [
                maths.Measurement(c.on, c.value, c.entered, c.id) for c in check_in_infos(session, kr.id, since)
            ]
            points = tuple(
                (m.on, maths.key_result_progress(kr.kind, kr.start, kr.target, m.value, kr.comparison).shown)
                for m in maths.one_per_date(measurements, since=since)
            )
            series.append(ProgressSeries(kr, points))
    return ObjectiveTrend(info, tuple(series), since, cycle.end_date if cycle else None)


CHANGE_NAMES = {
    "check_ins": QT_TRANSLATE_NOOP("okrdesk.changes", "check-in(s)"),
    "key_results": QT_TRANSLATE_NOOP("okrdesk.changes", "key result(s)"),
    "objectives": QT_TRANSLATE_NOOP("okrdesk.changes", "objective(s)"),
    "cycles": QT_TRANSLATE_NOOP("okrdesk.changes", "cycle(s)"),
    "people": QT_TRANSLATE_NOOP("okrdesk.changes", "person(s)"),
    "tombstones": QT_TRANSLATE_NOOP("okrdesk.changes", "deletion(s)"),
}


def recent_changes(ws: Workspace, since: datetime) -> dict[str, int]:
    """How many rows of each kind were written or deleted since *since* (UTC), by anyone."""
    from okrdesk.models.entities import Tombstone

    counts: dict[str, int] = {}
    with ws.read() as session:
        for model in (CheckIn, KeyResult, Objective, Cycle, Person):
            n = session.scalar(select(func.count()).select_from(model).where(model.updated_at >= since))
            if n:
                counts[CHANGE_NAMES[model.__tablename__]] = n
        n = session.scalar(select(func.count()).select_from(Tombstone).where(Tombstone.deleted_at >= since))
        if n:
            counts[CHANGE_NAMES["tombstones"]] = n
    return counts
