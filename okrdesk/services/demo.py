"""The demo workspace: the seed's Customer Success OKRs with a believable check-in history."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from okrdesk.models import progress as maths
from okrdesk.models.entities import CheckIn, Cycle, KeyResult, Objective, Person, Setting
from okrdesk.models.errors import QT_TRANSLATE_NOOP
from okrdesk.models.workspace import Workspace
from okrdesk.services import overview

CYCLE_WEEKS = 13
Translate = Callable[[str], str]


@dataclass(frozen=True)
class DemoKR:
    title: str
    unit: str
    start: float
    target: float
    latest: float | None
    owner: int
    kind: str = "metric"
    percent: float | None = None
    comparison: str | None = None
    late: bool = False  # its owner skipped last week's check-in, so it is due now


PEOPLE = [
    ("Ana Souza", QT_TRANSLATE_NOOP("okrdesk.demo", "Customer Success Lead")),
    ("Bruno Lima", QT_TRANSLATE_NOOP("okrdesk.demo", "Customer Success Specialist")),
]

# The current cycle: DESIGN.md's seed table, as three Customer Success objectives.
CURRENT = [
    (
        QT_TRANSLATE_NOOP("okrdesk.demo", "Give customers fast, first-time-right support"),
        0,
        [
            DemoKR(
                QT_TRANSLATE_NOOP("okrdesk.demo", "Cut average handling time to 10 min"),
                QT_TRANSLATE_NOOP("okrdesk.demo", "min"),
                25,
                10,
                16,
                1,
            ),
            DemoKR(
                QT_TRANSLATE_NOOP("okrdesk.demo", "Solve 50 % more tickets in one contact"),
                "%",
                40,
                60,
                50,
                1,
                percent=50,
            ),
            DemoKR(
                QT_TRANSLATE_NOOP("okrdesk.demo", "Cut waiting time by 60 %"),
                QT_TRANSLATE_NOOP("okrdesk.demo", "min"),
                20,
                8,
                11,
                0,
                percent=-60,
            ),
            DemoKR(
                QT_TRANSLATE_NOOP("okrdesk.demo", "Answer at least 95 % of tickets within the first-response SLA"),
                "%",
                91,
                95,
                96,
                1,
                kind="threshold",
                comparison="at_least",
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("okrdesk.demo", "Build a Customer Success team that scales"),
        0,
        [
            DemoKR(
                QT_TRANSLATE_NOOP("okrdesk.demo", "Recruit 2 Customer Success specialists"),
                QT_TRANSLATE_NOOP("okrdesk.demo", "people"),
                0,
                2,
                1,
                0,
                late=True,
            ),
            DemoKR(
                QT_TRANSLATE_NOOP("okrdesk.demo", "Publish the onboarding playbook for new specialists"),
                "",
                0,
                1,
                0,
                1,
                kind="milestone",
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("okrdesk.demo", "Make customers happier and keep them longer"),
        0,
        [
            DemoKR(
                QT_TRANSLATE_NOOP("okrdesk.demo", "Cut monthly complaints to 10"),
                QT_TRANSLATE_NOOP("okrdesk.demo", "complaints"),
                34,
                10,
                40,
                1,
            ),
            DemoKR(
                QT_TRANSLATE_NOOP("okrdesk.demo", "Reach NPS 80"),
                QT_TRANSLATE_NOOP("okrdesk.demo", "points"),
                50,
                80,
                86,
                0,
            ),
            DemoKR(
                QT_TRANSLATE_NOOP("okrdesk.demo", "Raise retention by 30 %"),
                "%",
                60,
                78,
                69,
                0,
                percent=30,
                late=True,
            ),
        ],
    ),
]

# The previous, closed cycle: where the current start values came from.
PREVIOUS = [
    (
        QT_TRANSLATE_NOOP("okrdesk.demo", "Give customers fast, first-time-right support"),
        0,
        [
            DemoKR(
                QT_TRANSLATE_NOOP("okrdesk.demo", "Cut average handling time to 10 min"),
                QT_TRANSLATE_NOOP("okrdesk.demo", "min"),
                32,
                10,
                25,
                1,
            ),
            DemoKR(
                QT_TRANSLATE_NOOP("okrdesk.demo", "Cut waiting time to 15 min"),
                QT_TRANSLATE_NOOP("okrdesk.demo", "min"),
                28,
                15,
                20,
                0,
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("okrdesk.demo", "Make customers happier and keep them longer"),
        0,
        [
            DemoKR(
                QT_TRANSLATE_NOOP("okrdesk.demo", "Reach NPS 70"),
                QT_TRANSLATE_NOOP("okrdesk.demo", "points"),
                42,
                70,
                50,
                0,
            ),
            DemoKR(
                QT_TRANSLATE_NOOP("okrdesk.demo", "Launch the customer health score"),
                "",
                0,
                1,
                1,
                1,
                kind="milestone",
            ),
        ],
    ),
]

REVIEW = {
    "went_well": QT_TRANSLATE_NOOP("okrdesk.demo", "Macros and pairing cut handling time by a fifth."),
    "went_wrong": QT_TRANSLATE_NOOP(
        "okrdesk.demo", "We set the waiting-time target before we had a second shift; it was never reachable."
    ),
    "lessons": [
        QT_TRANSLATE_NOOP("okrdesk.demo", "Hire before the peak season, not during it."),
        QT_TRANSLATE_NOOP("okrdesk.demo", "Measure NPS monthly so we can react within the cycle."),
        QT_TRANSLATE_NOOP("okrdesk.demo", "Keep the number of key results per objective at three or four."),
    ],
    "notes": [
        QT_TRANSLATE_NOOP("okrdesk.demo", "Led the macro project and coached the team."),
        QT_TRANSLATE_NOOP("okrdesk.demo", "Owned the queue during the billing incident."),
    ],
    "comment": QT_TRANSLATE_NOOP("okrdesk.demo", "Half way there; carried forward with the same target."),
}

NOTES = [
    QT_TRANSLATE_NOOP("okrdesk.demo", "New macros for the top 5 ticket types went live."),
    QT_TRANSLATE_NOOP("okrdesk.demo", "Holiday week: fewer people on the queue."),
    QT_TRANSLATE_NOOP("okrdesk.demo", "Backlog from the billing incident is cleared."),
    QT_TRANSLATE_NOOP("okrdesk.demo", "Started pairing new hires with senior specialists."),
    QT_TRANSLATE_NOOP("okrdesk.demo", "Chat channel opened for premium customers."),
    QT_TRANSLATE_NOOP("okrdesk.demo", "Two key accounts escalated; follow-up meetings booked."),
]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def demo_cycles(today: date) -> tuple[tuple[date, date], tuple[date, date]]:
    """(previous, current) cycle dates: the current one about two thirds through today."""
    start = _monday(today) - timedelta(weeks=9)
    end = start + timedelta(weeks=CYCLE_WEEKS) - timedelta(days=1)
    previous_start = start - timedelta(weeks=CYCLE_WEEKS)
    return (previous_start, start - timedelta(days=1)), (start, end)


def _cycle_name(start: date, end: date, month: Callable[[date], str]) -> str:
    if start.year == end.year:
        return f"{month(start)} \u2013 {month(end)} {end.year}"
    return f"{month(start)} {start.year} \u2013 {month(end)} {end.year}"


def _history(kr: DemoKR, start: date, last_day: date, rng: random.Random) -> list[tuple[date, float]]:
    """Weekly values from the start value to the KR's latest value, with a little noise."""
    if kr.latest is None:
        return []
    days = [start + timedelta(days=3 + 7 * week) for week in range(CYCLE_WEEKS)]
    days = [d for d in days if d <= last_day]
    if kr.kind == "milestone":
        return [(d, 1.0 if kr.latest and i == len(days) - 1 else 0.0) for i, d in enumerate(days)][-3:]
    values = []
    for i, d in enumerate(days):
        share = (i + 1) / len(days)
        value = kr.start + (kr.latest - kr.start) * share
        if i < len(days) - 1:
            value += rng.uniform(-0.08, 0.08) * abs(kr.target - kr.start)
        decimals = 0 if float(kr.start).is_integer() and abs(kr.target - kr.start) >= 10 else 1
        values.append((d, round(value, decimals)))
    values[-1] = (values[-1][0], kr.latest)
    return values


def _confidence(kr: DemoKR, value: float, expected: float) -> str:
    shown = maths.key_result_progress(kr.kind, kr.start, kr.target, value, kr.comparison).shown
    if shown >= expected - 0.1:
        return "on_track"
    return "at_risk" if shown >= expected - 0.35 else "off_track"


def fill_demo(
    ws: Workspace,
    today: date,
    translate: Translate = lambda s: s,
    month: Callable[[date], str] = lambda d: d.strftime("%b"),
) -> None:
    """Fill an empty workspace with the demo team, a closed and an active cycle.

    *translate* and *month* give the texts and month names in the user's language.
    """
    rng = random.Random(20261204)
    (p_start, p_end), (c_start, c_end) = demo_cycles(today)
    with ws.write() as session:
        session.add(Setting(key="team", value=translate(QT_TRANSLATE_NOOP("okrdesk.demo", "Customer Success"))))
        people = [Person(name=name, role=translate(role), position=i) for i, (name, role) in enumerate(PEOPLE)]
        session.add_all(people)
        previous = Cycle(
            name=_cycle_name(p_start, p_end, month),
            start_date=p_start,
            end_date=p_end,
            cadence="weekly",
            status="closed",
            position=0,
        )
        current = Cycle(
            name=_cycle_name(c_start, c_end, month),
            start_date=c_start,
            end_date=c_end,
            cadence="weekly",
            status="active",
            position=1,
        )
        session.add_all([previous, current])
        session.flush()
        carried: dict[str, KeyResult] = {}
        for cycle, plan, last_day in ((previous, PREVIOUS, p_end), (current, CURRENT, today)):
            for o_pos, (title, owner, krs) in enumerate(plan):
                objective = Objective(cycle_id=cycle.id, title=translate(title), owner=people[owner], position=o_pos)
                session.add(objective)
                session.flush()
                for k_pos, spec in enumerate(krs):
                    kr = KeyResult(
                        objective_id=objective.id,
                        title=translate(spec.title),
                        unit=translate(spec.unit),
                        kind=spec.kind,
                        start_value=spec.start,
                        target_value=spec.target,
                        target_mode="relative" if spec.percent is not None else "absolute",
                        target_percent=spec.percent,
                        comparison=spec.comparison,
                        owner=people[spec.owner],
                        position=k_pos,
                        carried_from=carried.get(spec.title) if cycle is current else None,
                    )
                    session.add(kr)
                    session.flush()
                    carried[spec.title] = kr
                    until = last_day - timedelta(days=7) if spec.late and cycle is current else last_day
                    for i, (on, value) in enumerate(_history(spec, cycle.start_date, until, rng)):
                        expected = maths.expected_progress(cycle.start_date, cycle.end_date, on)
                        note = translate(NOTES[(k_pos + i) % len(NOTES)]) if (i + k_pos) % 4 == 0 else ""
                        session.add(
                            CheckIn(
                                key_result_id=kr.id,
                                checked_on=on,
                                value=value,
                                confidence=_confidence(spec, value, expected),
                                note=note,
                                author=people[spec.owner],
                            )
                        )
    _review_previous(ws, previous.id, current.id, today, translate)


def _review_previous(ws: Workspace, previous_id: int, current_id: int, today: date, translate: Translate) -> None:
    """The closed cycle's completed review, whose lessons were carried into the current cycle."""
    from okrdesk.services import reviews

    data = reviews.open_review(ws, previous_id, today)
    reviews.edit_review(
        ws,
        data.id,
        went_well=translate(REVIEW["went_well"]),
        went_wrong=translate(REVIEW["went_wrong"]),
        next_cycle_id=current_id,
    )
    first = data.objectives[0].scores[0]
    reviews.edit_score(ws, first.id, given_score=0.4, comment=translate(REVIEW["comment"]))
    for member, note in zip(data.members, REVIEW["notes"], strict=False):
        reviews.edit_member_note(ws, member.id, notes=translate(note), rating=4)
    lessons = [reviews.add_lesson(ws, data.id, translate(text)) for text in REVIEW["lessons"]]
    reviews.complete_review(ws, data.id)
    team_objective = overview.cycle_overview(ws, current_id, today).objectives[1].objective.id
    reviews.edit_lesson(ws, lessons[0], acted_on=True, objective_id=team_objective)
