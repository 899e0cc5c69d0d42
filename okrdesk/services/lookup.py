"""Finding things the way people name them: the current cycle, a cycle or key result by name."""

from __future__ import annotations

import difflib
from datetime import date

from sqlalchemy import func, select

from okrdesk.models.entities import Cycle, KeyResult, Objective, Person
from okrdesk.models.errors import QT_TRANSLATE_NOOP, AmbiguousName, NotFound
from okrdesk.models.workspace import Workspace
from okrdesk.services.info import CycleInfo, PersonInfo
from okrdesk.services.overview import cycle_info, person_info

MAX_CANDIDATES = 12


def current_cycle(ws: Workspace, today: date) -> CycleInfo | None:
    """The cycle a lead means by "now": an active one around today, else the nearest one."""
    with ws.read() as session:
        cycles = list(session.scalars(select(Cycle).order_by(Cycle.start_date, Cycle.id)))
    if not cycles:
        return None

    def around_today(c: Cycle) -> bool:
        return c.start_date <= today <= c.end_date

    active = [c for c in cycles if c.status == "active"]
    upcoming = [c for c in cycles if c.status != "closed" and c.start_date > today]
    for matching in ([c for c in active if around_today(c)], active, [c for c in cycles if around_today(c)]):
        if matching:
            return cycle_info(matching[-1], today)
    return cycle_info(upcoming[0] if upcoming else cycles[-1], today)


def cycle_by_name(ws: Workspace, name: str, today: date | None = None) -> CycleInfo:
    """The cycle called *name* (case does not matter)."""
    with ws.read() as session:
        found = session.scalars(select(Cycle).where(func.lower(Cycle.name) == name.strip().lower())).all()
        if len(found) == 1:
            return cycle_info(found[0], today)
        names = list(session.scalars(select(Cycle.name).order_by(Cycle.start_date)))
    if not names:
        raise NotFound(QT_TRANSLATE_NOOP("okrdesk.errors", "The workspace has no cycles yet."))
    raise NotFound(
        QT_TRANSLATE_NOOP(
            "okrdesk.errors", "There is no cycle called \u201c{name}\u201d. The cycles are: {candidates}."
        ),
        name=name,
        candidates="; ".join(names),
    )


def key_result_id(ws: Workspace, wanted: str, cycle_id: int | None = None) -> int:
    """A key result given by id or by title; an unknown or ambiguous title lists candidates.

    A title is matched exactly (case does not matter), in *cycle_id* first
    when given, then in the whole workspace.
    """
    wanted = wanted.strip()
    with ws.read() as session:
        if wanted.isdigit() and session.get(KeyResult, int(wanted)) is not None:
            return int(wanted)
        rows = session.execute(
            select(KeyResult.id, KeyResult.title, Objective.title, Cycle.name, Cycle.id)
            .join(Objective, KeyResult.objective_id == Objective.id)
            .outerjoin(Cycle, Objective.cycle_id == Cycle.id)
            .order_by(Cycle.start_date, Objective.position, KeyResult.position)
        ).all()

    def label(row: tuple) -> str:
        return f"#{row[0]} {row[1]} ({row[3] or 'Backlog'})"

    exact = [r for r in rows if r[1].lower() == wanted.lower()]
    if cycle_id is not None and len(exact) > 1:
        in_cycle = [r for r in exact if r[4] == cycle_id]
        exact = in_cycle or exact
    if len(exact) == 1:
        return exact[0][0]
    if len(exact) > 1:
        raise AmbiguousName(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                "More than one key result is called \u201c{name}\u201d: "
                "{candidates}. Give its number instead, e.g. --kr {example}.",
            ),
            [label(r) for r in exact[:MAX_CANDIDATES]],
            name=wanted,
            example=exact[0][0],
        )
    titles = [r[1] for r in rows]
    close = set(difflib.get_close_matches(wanted, titles, n=MAX_CANDIDATES, cutoff=0.5))
    close |= {t for t in titles if wanted.lower() in t.lower()}
    candidates = [label(r) for r in rows if r[1] in close][:MAX_CANDIDATES]
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("okrdesk.errors", "The workspace has no key results yet."))
    if not candidates:
        candidates = [label(r) for r in rows[-MAX_CANDIDATES:]]
    raise AmbiguousName(
        QT_TRANSLATE_NOOP("okrdesk.errors", "No key result is called \u201c{name}\u201d. Did you mean: {candidates}?"),
        candidates,
        name=wanted,
    )


def person_by_name(ws: Workspace, name: str) -> PersonInfo:
    """A team member by name (case does not matter)."""
    with ws.read() as session:
        found = session.scalars(select(Person).where(func.lower(Person.name) == name.strip().lower())).all()
        if len(found) == 1:
            return person_info(found[0])
        names = list(session.scalars(select(Person.name).order_by(Person.position)))
    raise NotFound(
        QT_TRANSLATE_NOOP("okrdesk.errors", "Nobody on the team is called \u201c{name}\u201d. The team: {candidates}."),
        name=name,
        candidates="; ".join(names) or "-",
    )
