"""The numbers the outline, the status table and the report show: progress, pace, trends."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, aliased

from okrdesk.models import progress as maths
from okrdesk.models.entities import CheckIn, Cycle, KeyResult, Objective, Person
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
    PersonInfo,
)


def person_info(p: Person) -> PersonInfo:
    """Snapshot of a person."""
    return PersonInfo(
        id=p.id, uid=p.uid, revision=p.revision, name=p.name, role=p.role, email=p.email, active=p.active
    )


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


def key_result_infos(session: Session, where: ColumnElement[bool], today: date) -> list[KeyResultInfo]:
    """Key results matching *where*, in objective then position order, with their numbers.

    Two queries whatever the count: the key results, then the latest counting
    check-in of each (a window function), so thousands of KRs stay quick.
    """
    owner = aliased(Person)
    rows = session.execute(
        select(KeyResult, Objective.cycle_id, Cycle.start_date, Cycle.end_date, owner.name)
        .join(Objective, KeyResult.objective_id == Objective.id)
        .outerjoin(Cycle, Objective.cycle_id == Cycle.id)
        .outerjoin(owner, KeyResult.owner_id == owner.id)
        .where(where)
        .order_by(Objective.position, Objective.id, KeyResult.position, KeyResult.id)
    ).all()
    if not rows:
        return []
    latest = _latest_check_ins(session, where)
    result = []
    for kr, cycle_id, start, end, owner_name in rows:
        found = latest.get(kr.id)
        result.append(_kr_info(kr, cycle_id, start, end, owner_name or "", found, today))
    return result


def _latest_check_ins(session: Session, where: ColumnElement[bool]) -> dict[int, tuple]:
    """{kr id: (value, date, confidence, count)} for the latest check-in that counts."""
    counts_for_cycle = or_(Cycle.start_date.is_(None), CheckIn.checked_on >= Cycle.start_date)
    ranked = (
        select(
            CheckIn.key_result_id.label("kr_id"),
            CheckIn.value,
            CheckIn.checked_on,
            CheckIn.confidence,
            func.row_number()
            .over(
                partition_by=CheckIn.key_result_id,
                order_by=(CheckIn.checked_on.desc(), CheckIn.created_at.desc(), CheckIn.id.desc()),
            )
            .label("rank"),
            func.count().over(partition_by=CheckIn.key_result_id).label("n"),
        )
        .join(KeyResult, CheckIn.key_result_id == KeyResult.id)
        .join(Objective, KeyResult.objective_id == Objective.id)
        .outerjoin(Cycle, Objective.cycle_id == Cycle.id)
        .where(where, counts_for_cycle)
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.kr_id, ranked.c.value, ranked.c.checked_on, ranked.c.confidence, ranked.c.n).where(
            ranked.c.rank == 1
        )
    )
    return {kr_id: (value, on, confidence, n) for kr_id, value, on, confidence, n in rows}


def _kr_info(
    kr: KeyResult,
    cycle_id: int | None,
    start: date | None,
    end: date | None,
    owner_name: str,
    latest: tuple | None,
    today: date,
) -> KeyResultInfo:
    current, on, confidence, count = latest if latest else (None, None, None, 0)
    progress = maths.key_result_progress(kr.kind, kr.start_value, kr.target_value, current, kr.comparison)
    expected = pace = None
    if start is not None and end is not None:
        expected = maths.expected_progress(start, end, today)
        pace = maths.pace(progress.shown, expected)
    return KeyResultInfo(
        id=kr.id,
        uid=kr.uid,
        revision=kr.revision,
        objective_id=kr.objective_id,
        cycle_id=cycle_id,
        title=kr.title,
        owner_id=kr.owner_id,
        owner_name=owner_name,
        kind=kr.kind,
        unit=kr.unit,
        start=kr.start_value,
        target=kr.target_value,
        comparison=kr.comparison,
        target_mode=kr.target_mode,
        target_percent=kr.target_percent,
        weight=kr.weight,
        position=kr.position,
        carried_from_id=kr.carried_from_id,
        current=current,
        last_check_in=on,
        confidence=confidence,
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


def _overview_in(session: Session, cycle: Cycle | None, today: date) -> CycleOverview:
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
        return _overview_in(session, cycle, today)


def list_cycles(ws: Workspace, today: date, *, with_progress: bool = True) -> list[CycleInfo]:
    """Every cycle in date order, with its overall progress."""
    with ws.read() as session:
        cycles = session.scalars(select(Cycle).order_by(Cycle.start_date, Cycle.position, Cycle.id)).all()
        if not with_progress:
            return [cycle_info(c, today) for c in cycles]
        return [_overview_in(session, c, today).cycle for c in cycles]  # type: ignore[misc]


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


def trend(ws: Workspace, kr_id: int, today: date) -> KeyResultTrend:
    """What the trend plot of a key result shows."""
    with ws.read() as session:
        found = key_result_infos(session, KeyResult.id == kr_id, today)
        if not found:
            raise NotFound(QT_TRANSLATE_NOOP("okrdesk.errors", "That key result no longer exists."))
        info = found[0]
        cycle = session.get(Cycle, info.cycle_id) if info.cycle_id is not None else None
        since = cycle.start_date if cycle else None
        author = aliased(Person)
        check_ins = tuple(
            check_in_info(ci, name or "", since)
            for ci, name in session.execute(
                select(CheckIn, author.name)
                .outerjoin(author, CheckIn.author_id == author.id)
                .where(CheckIn.key_result_id == kr_id)
                .order_by(CheckIn.checked_on, CheckIn.created_at, CheckIn.id)
            )
        )
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
