"""Check-in use cases: record, correct and remove check-ins; which key results are due."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from okrdesk.models import progress as maths
from okrdesk.models.entities import CheckIn, Cycle, KeyResult, Objective
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
from okrdesk.services.info import CheckInInfo, DueCheckIn
from okrdesk.services.overview import check_in_info, check_in_infos, key_result_infos

MAX_NOTE = 4000


def _value_for(kr: KeyResult, value: object) -> float:
    number = valid.number(value, QT_TRANSLATE_NOOP("okrdesk.errors", "value"))
    if kr.kind == maths.Kind.MILESTONE and number not in (0.0, 1.0):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                "\u201c{title}\u201d is a milestone: check in 1 when it is done, 0 when it is not.",
            ),
            title=kr.title,
        )
    return number


def _date_for(kr: KeyResult, on: object) -> date:
    if not isinstance(on, date):
        raise InvalidInput(QT_TRANSLATE_NOOP("okrdesk.errors", "A check-in needs a date."))
    cycle = kr.objective.cycle
    if cycle is not None and on < cycle.start_date:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                "{date} is before the cycle \u201c{cycle}\u201d starts "
                "({start}); a check-in records a value during the cycle.",
            ),
            date=on.isoformat(),
            cycle=cycle.name,
            start=cycle.start_date.isoformat(),
        )
    return on


def add_check_in(
    ws: Workspace,
    kr_id: int,
    *,
    value: float,
    on: date,
    confidence: str | None = None,
    note: str = "",
    author_id: int | None = None,
) -> CheckInInfo:
    """Record a key result's value on a date, with a confidence and a note."""
    with ws.write() as session:
        kr = get_row(session, KeyResult, kr_id, QT_TRANSLATE_NOOP("okrdesk.errors", "key result"))
        check_in = CheckIn(
            key_result_id=kr_id,
            value=_value_for(kr, value),
            checked_on=_date_for(kr, on),
            confidence=valid.confidence(confidence),
            note=valid.text(note, QT_TRANSLATE_NOOP("okrdesk.errors", "note"), MAX_NOTE),
            author_id=person_or_none(session, author_id),
        )
        session.add(check_in)
        session.flush()
        author = check_in.author.name if check_in.author else ""
        return check_in_info(check_in, author)


def edit_check_in(ws: Workspace, check_in_id: int, *, expected_revision: int | None = None, **changes: Any) -> Edit:
    """Correct a check-in's value, date, confidence, note or author."""
    unknown = set(changes) - {"value", "checked_on", "confidence", "note", "author_id"}
    if unknown:
        raise TypeError(f"cannot change {', '.join(sorted(unknown))}")
    with ws.write() as session:
        check_in = get_row(session, CheckIn, check_in_id, QT_TRANSLATE_NOOP("okrdesk.errors", "check-in"))
        check_revision(check_in, expected_revision, "check-in", changes)
        kr = check_in.key_result
        if "value" in changes:
            changes["value"] = _value_for(kr, changes["value"])
        if "checked_on" in changes:
            changes["checked_on"] = _date_for(kr, changes["checked_on"])
        if "confidence" in changes:
            changes["confidence"] = valid.confidence(changes["confidence"])
        if "note" in changes:
            changes["note"] = valid.text(changes["note"], QT_TRANSLATE_NOOP("okrdesk.errors", "note"), MAX_NOTE)
        if "author_id" in changes:
            changes["author_id"] = person_or_none(session, changes["author_id"])
        before, after = apply_changes(check_in, changes)
        session.flush()
        return Edit("check_ins", check_in_id, before, after, check_in.revision)


def delete_check_ins(ws: Workspace, check_in_ids: list[int]) -> Removed:
    """Remove check-ins (undo with planning.restore)."""
    return remove_rows(ws, "check_ins", check_in_ids)


def add_months(day: date, months: int) -> date:
    """The same day *months* later, on the month's last day when it is shorter."""
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_due(cadence: str, last: date) -> date:
    """When the next check-in is due after one on *last*."""
    if cadence == "daily":
        return last + timedelta(days=1)
    if cadence == "weekly":
        return last + timedelta(days=7)
    if cadence == "biweekly":
        return last + timedelta(days=14)
    return add_months(last, 1)


def due_check_ins(ws: Workspace, today: date, cycle_id: int | None = None) -> list[DueCheckIn]:
    """Key results of active cycles (or of *cycle_id*) whose cadence says a check-in is due today.

    A key result is due when it has no check-in in the cycle yet, or when its
    last check-in plus the cycle's cadence is today or earlier. Milestones
    already done are never due. Only the due ones get their numbers worked out.
    """
    result = []
    with ws.read() as session:
        query = select(Cycle).where(Cycle.start_date <= today)
        query = query.where(Cycle.id == cycle_id) if cycle_id is not None else query.where(Cycle.status == "active")
        for cycle in session.scalars(query.order_by(Cycle.start_date, Cycle.id)):
            last_dates = session.execute(
                select(KeyResult.id, func.max(CheckIn.checked_on))
                .join(Objective, KeyResult.objective_id == Objective.id)
                .outerjoin(
                    CheckIn,
                    (CheckIn.key_result_id == KeyResult.id) & (CheckIn.checked_on >= cycle.start_date),
                )
                .where(Objective.cycle_id == cycle.id)
                .group_by(KeyResult.id)
            ).all()
            due_since = {}
            for kr_id, last in last_dates:
                since = cycle.start_date if last is None else next_due(cycle.cadence, last)
                if since <= today:
                    due_since[kr_id] = since
            if not due_since:
                continue
            titles = dict(
                session.execute(select(Objective.id, Objective.title).where(Objective.cycle_id == cycle.id)).all()
            )
            for kr in key_result_infos(session, KeyResult.id.in_(list(due_since)), today):
                if kr.kind == maths.Kind.MILESTONE and kr.progress.shown >= 1:
                    continue
                result.append(DueCheckIn(kr, titles.get(kr.objective_id, ""), due_since[kr.id]))
    return result


def history(ws: Workspace, kr_id: int) -> list[CheckInInfo]:
    """A key result's check-ins, oldest first; ``counts`` False for those before the cycle."""
    with ws.read() as session:
        kr = get_row(session, KeyResult, kr_id, QT_TRANSLATE_NOOP("okrdesk.errors", "key result"))
        since = kr.objective.cycle.start_date if kr.objective.cycle else None
        return check_in_infos(session, kr_id, since)
