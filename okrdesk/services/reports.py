"""What the review report says: the review, each key result's trend, and the choices for the audience."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from okrdesk.models.errors import QT_TRANSLATE_NOOP, InvalidInput
from okrdesk.models.workspace import Workspace
from okrdesk.services import overview, reviews
from okrdesk.services.info import KeyResultTrend, ReviewData


@dataclass(frozen=True)
class ReviewReport:
    """The content of a review PDF; people notes are left out when ``include_people`` is False."""

    review: ReviewData
    trends: dict[int, KeyResultTrend] = field(default_factory=dict)
    include_people: bool = True
    generated_on: date | None = None


def review_report(ws: Workspace, cycle_id: int, today: date, *, include_people: bool = True) -> ReviewReport:
    """Gather a cycle's review for the report; the cycle must have a review (started or completed)."""
    if reviews.review_id_of(ws, cycle_id) is None:
        cycle = next((c for c in overview.list_cycles(ws, today, with_progress=False) if c.id == cycle_id), None)
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors", "The cycle “{name}” has no review yet: review it first (Cycle > Review this cycle…)."
            ),
            name=cycle.name if cycle else "?",
        )
    data = reviews.review_data(ws, cycle_id, today)
    trends = {
        row.key_result.id: overview.trend(ws, row.key_result.id, today)
        for objective in data.objectives
        for row in objective.scores
    }
    if not include_people:
        data = _without_people(data)
    return ReviewReport(review=data, trends=trends, include_people=include_people, generated_on=today)


def _without_people(data: ReviewData) -> ReviewData:
    from dataclasses import replace

    return replace(data, members=())
