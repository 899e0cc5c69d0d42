"""Progress, pace, forecast and review scores: the maths DESIGN.md pins by numbers."""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from okrdesk.models.errors import QT_TRANSLATE_NOOP, InvalidInput

# Progress within this distance of the expected progress counts as "on pace".
PACE_TOLERANCE = 0.1


class Kind(enum.StrEnum):
    """How a key result is measured."""

    METRIC = "metric"
    THRESHOLD = "threshold"
    MILESTONE = "milestone"


class Comparison(enum.StrEnum):
    """Which side of a threshold key result's limit is good."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class TargetMode(enum.StrEnum):
    """How the target was entered: a number, or "by N %" relative to the start."""

    ABSOLUTE = "absolute"
    RELATIVE = "relative"


class Confidence(enum.StrEnum):
    """How sure the owner is, at a check-in, of reaching the target."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"


class Pace(enum.StrEnum):
    """Progress compared with where a straight line from start to target would be today."""

    AHEAD = "ahead"
    ON_PACE = "on_pace"
    BEHIND = "behind"


class Band(enum.StrEnum):
    """Colour band of a review score."""

    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"


@dataclass(frozen=True, slots=True)
class Progress:
    """Progress of one key result: ``raw`` may leave [0, 1], ``shown`` never does."""

    raw: float
    shown: float

    @classmethod
    def of(cls, raw: float) -> Progress:
        return cls(raw=raw, shown=clamp(raw))


@dataclass(frozen=True, slots=True)
class Measurement:
    """One check-in as the maths sees it: when it counts for, its value, when it was entered."""

    on: date
    value: float
    entered: datetime | None = None
    sequence: int = 0


def clamp(x: float, low: float = 0.0, high: float = 1.0) -> float:
    """Clamp *x* into [low, high]."""
    return max(low, min(high, x))


def direction_label(start: float, target: float) -> str:
    """'increase' or 'decrease', following from the numbers."""
    return "increase" if target > start else "decrease"


def validate_metric(start: float, target: float) -> None:
    """Refuse a metric key result whose start equals its target."""
    for value in (start, target):
        if not math.isfinite(value):
            raise InvalidInput(QT_TRANSLATE_NOOP("okrdesk.errors", "Start and target must be ordinary numbers."))
    if start == target:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                "The start and the target are both {value}: a metric key result needs a "
                "target different from its start, or it would be done before it began.",
            ),
            value=format_number(start),
        )


def relative_target(start: float, percent: float) -> float:
    """The absolute target of "by *percent* %" from *start* (40, +50 -> 60; 20, -60 -> 8)."""
    if start == 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                'A target relative to the start ("by N %") needs a start other than 0; '
                "enter the target as a number instead.",
            )
        )
    if percent == 0 or not math.isfinite(percent):
        raise InvalidInput(QT_TRANSLATE_NOOP("okrdesk.errors", "A relative target needs a change other than 0 %."))
    # Round away binary noise such as 7.999999999999999 for 20 by -60 %.
    return round(start * (1 + percent / 100.0), 9)


def metric_progress(start: float, target: float, current: float) -> Progress:
    """(C − S) / (T − S); direction follows from the numbers."""
    validate_metric(start, target)
    return Progress.of((current - start) / (target - start))


def threshold_progress(limit: float, comparison: Comparison, current: float | None) -> Progress:
    """1 when the latest value keeps to the limit, else 0."""
    if current is None:
        return Progress.of(0.0)
    if comparison == Comparison.AT_LEAST:
        ok = current >= limit
    else:
        ok = current <= limit
    return Progress.of(1.0 if ok else 0.0)


def milestone_progress(current: float | None) -> Progress:
    """Done (a value of 1 or more) or not."""
    return Progress.of(1.0 if current is not None and current >= 1 else 0.0)


def key_result_progress(
    kind: Kind | str,
    start: float,
    target: float,
    current: float | None,
    comparison: Comparison | str | None = None,
) -> Progress:
    """Progress of a key result of any kind at value *current* (None: no check-in yet)."""
    kind = Kind(kind)
    if kind == Kind.METRIC:
        return metric_progress(start, target, start if current is None else current)
    if kind == Kind.THRESHOLD:
        return threshold_progress(
            target, Comparison(comparison or Comparison.AT_LEAST), start if current is None else current
        )
    return milestone_progress(current)


def latest(measurements: Iterable[Measurement], *, since: date | None = None) -> Measurement | None:
    """The latest measurement by date; on one date the last entered wins.

    Measurements dated before *since* (the cycle's start) do not count.
    """
    best: Measurement | None = None
    for m in measurements:
        if since is not None and m.on < since:
            continue
        if best is None or _order_key(m) > _order_key(best):
            best = m
    return best


def _order_key(m: Measurement) -> tuple:
    return (m.on, m.entered or datetime.min, m.sequence)


def one_per_date(measurements: Iterable[Measurement], *, since: date | None = None) -> list[Measurement]:
    """The measurement that counts on each date, in date order."""
    by_date: dict[date, Measurement] = {}
    for m in measurements:
        if since is not None and m.on < since:
            continue
        kept = by_date.get(m.on)
        if kept is None or _order_key(m) > _order_key(kept):
            by_date[m.on] = m
    return [by_date[d] for d in sorted(by_date)]


def weighted_mean(pairs: Iterable[tuple[float, float]]) -> float | None:
    """Weighted mean of (value, weight) pairs; None when there are none."""
    total = weight_sum = 0.0
    for value, weight in pairs:
        total += value * weight
        weight_sum += weight
    if weight_sum <= 0:
        return None
    return total / weight_sum


def objective_progress(key_results: Iterable[tuple[Progress, float]]) -> float | None:
    """Weighted mean of the KRs' shown progress; None for an objective with no KR."""
    return weighted_mean((p.shown, w) for p, w in key_results)


def cycle_progress(objectives: Iterable[float | None]) -> float | None:
    """Mean of the objectives' progress; objectives without KRs do not count."""
    return weighted_mean((p, 1.0) for p in objectives if p is not None)


def expected_progress(start: date, end: date, on: date) -> float:
    """Where a straight line from start to target would be on date *on*, in [0, 1]."""
    span = (end - start).days
    if span <= 0:
        return 1.0
    return clamp((on - start).days / span)


def pace(shown: float, expected: float, tolerance: float = PACE_TOLERANCE) -> Pace:
    """Ahead, on pace or behind, comparing progress with the expected progress."""
    if shown > expected + tolerance:
        return Pace.AHEAD
    if shown < expected - tolerance:
        return Pace.BEHIND
    return Pace.ON_PACE


def forecast(points: Sequence[tuple[date, float]], at: date) -> float | None:
    """Least-squares line through (date, value) points, read at date *at*.

    None with fewer than two distinct dates, since no line is defined.
    """
    if len({d for d, _ in points}) < 2:
        return None
    xs = [d.toordinal() for d, _ in points]
    ys = [v for _, v in points]
    n = len(xs)
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    slope = sxy / sxx
    return mean_y + slope * (at.toordinal() - mean_x)


def review_score(shown: float) -> float:
    """Default review score: shown progress rounded half-up to one decimal."""
    value = Decimal(repr(clamp(shown))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return float(value)


def validate_score(score: float) -> None:
    """Refuse a given score outside 0.0–1.0 or not in 0.1 steps."""
    if not (0.0 <= score <= 1.0) or abs(score * 10 - round(score * 10)) > 1e-9:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("okrdesk.errors", "A score is a number from 0.0 to 1.0 in steps of 0.1, not {score}."),
            score=format_number(score),
        )


def roll_up_score(scores: Iterable[tuple[float | None, float]]) -> float | None:
    """Weighted mean of (score, weight), rounded half-up to one decimal; missing scores do not count."""
    mean = weighted_mean((s, w) for s, w in scores if s is not None)
    return None if mean is None else review_score(mean)


def score_band(score: float) -> Band:
    """0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green."""
    tenths = round(score * 10)
    if tenths <= 3:
        return Band.RED
    if tenths <= 6:
        return Band.YELLOW
    return Band.GREEN


def format_number(value: float | None) -> str:
    """A number without needless decimals: 16, 10.5, 0.333 (None: empty)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6g}"
