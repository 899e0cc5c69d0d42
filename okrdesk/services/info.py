"""Plain, immutable snapshots of what the services return, safe to cache in views."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from okrdesk.models.progress import Pace, Progress


@dataclass(frozen=True, slots=True)
class PersonInfo:
    """Someone on the team."""

    id: int
    uid: str
    revision: int
    name: str
    role: str
    email: str | None
    active: bool


@dataclass(frozen=True, slots=True)
class CycleInfo:
    """A cycle with its overall numbers."""

    id: int
    uid: str
    revision: int
    name: str
    start: date
    end: date
    cadence: str
    status: str
    position: int
    progress: float | None = None
    expected: float | None = None
    objective_count: int = 0
    key_result_count: int = 0


@dataclass(frozen=True, slots=True)
class ObjectiveInfo:
    """An objective with its roll-up progress."""

    id: int
    uid: str
    revision: int
    cycle_id: int | None
    title: str
    description: str
    owner_id: int | None
    owner_name: str
    position: int
    progress: float | None = None
    key_result_count: int = 0


@dataclass(frozen=True, slots=True)
class KeyResultInfo:
    """A key result with the numbers a lead looks at: current value, progress, pace."""

    id: int
    uid: str
    revision: int
    objective_id: int
    cycle_id: int | None
    title: str
    owner_id: int | None
    owner_name: str
    kind: str
    unit: str
    start: float
    target: float
    comparison: str | None
    target_mode: str
    target_percent: float | None
    weight: float
    position: int
    carried_from_id: int | None
    current: float | None
    last_check_in: date | None
    confidence: str | None
    progress: Progress
    expected: float | None
    pace: Pace | None
    check_in_count: int = 0


@dataclass(frozen=True, slots=True)
class CheckInInfo:
    """One check-in; ``counts`` is False when it is dated before its cycle began."""

    id: int
    uid: str
    revision: int
    key_result_id: int
    on: date
    value: float
    confidence: str | None
    note: str
    author_id: int | None
    author_name: str
    entered: datetime
    counts: bool = True


@dataclass(frozen=True, slots=True)
class DueCheckIn:
    """A key result whose cadence says a check-in is due, and since when."""

    key_result: KeyResultInfo
    objective_title: str
    due_since: date


@dataclass(frozen=True, slots=True)
class ObjectiveOverview:
    """An objective with its key results."""

    objective: ObjectiveInfo
    key_results: tuple[KeyResultInfo, ...]


@dataclass(frozen=True, slots=True)
class CycleOverview:
    """A cycle's objectives and key results with every number the outline and status show."""

    cycle: CycleInfo | None
    objectives: tuple[ObjectiveOverview, ...]
    today: date


@dataclass(frozen=True, slots=True)
class KeyResultTrend:
    """What a key result's trend plot shows: check-ins, the ideal line, the forecast."""

    key_result: KeyResultInfo
    check_ins: tuple[CheckInInfo, ...]
    cycle_start: date | None
    cycle_end: date | None
    ideal: tuple[tuple[date, float], tuple[date, float]] | None
    forecast: float | None
    points: tuple[tuple[date, float], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class ProgressSeries:
    """One key result's progress over time, for an objective's plot."""

    key_result: KeyResultInfo
    points: tuple[tuple[date, float], ...]


@dataclass(frozen=True, slots=True)
class ObjectiveTrend:
    """What an objective's plot shows: each key result's progress over the cycle."""

    objective: ObjectiveInfo
    series: tuple[ProgressSeries, ...]
    cycle_start: date | None
    cycle_end: date | None


@dataclass(frozen=True, slots=True)
class ScoreRow:
    """A key result's line in a review: final value, the computed and the given score, a comment."""

    id: int
    revision: int
    key_result: KeyResultInfo
    final_value: float | None
    final_progress: Progress
    computed_score: float | None
    given_score: float | None
    comment: str
    carry_forward: bool

    @property
    def score(self) -> float | None:
        """The score that counts: the team's when given, else the computed one."""
        return self.given_score if self.given_score is not None else self.computed_score


@dataclass(frozen=True, slots=True)
class ObjectiveScore:
    """An objective in a review: its key results' scores, its own score, the team's reflection."""

    objective: ObjectiveInfo
    scores: tuple[ScoreRow, ...]
    score: float | None
    reflection_id: int | None
    went_well: str
    went_wrong: str


@dataclass(frozen=True, slots=True)
class MemberNoteInfo:
    """A note and an optional 1–5 rating on a member's contribution."""

    id: int
    revision: int
    person: PersonInfo
    notes: str
    rating: int | None


@dataclass(frozen=True, slots=True)
class LessonInfo:
    """A lesson, where it came from and what it shaped."""

    id: int
    uid: str
    revision: int
    text: str
    review_id: int | None
    source_cycle: str
    carried_to_id: int | None
    acted_on: bool
    objective_id: int | None
    key_result_id: int | None
    shaped: str  # the title of the objective or key result it is linked to, if any
    position: int


@dataclass(frozen=True, slots=True)
class ReviewData:
    """Everything the review wizard and the review report show."""

    id: int
    revision: int
    status: str
    cycle: CycleInfo
    team: str
    objectives: tuple[ObjectiveScore, ...]
    cycle_score: float | None
    went_well: str
    went_wrong: str
    participants: tuple[int, ...]
    members: tuple[MemberNoteInfo, ...]
    lessons: tuple[LessonInfo, ...]
    inherited_lessons: tuple[LessonInfo, ...]
    next_cycle: CycleInfo | None
    resume_page: int
    completed_at: datetime | None
    carried: tuple[KeyResultInfo, ...] = field(default=())
