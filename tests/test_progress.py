"""The progress contract of DESIGN.md, pinned by its numbers and its edge cases."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from okrdesk.models import progress as m
from okrdesk.models.errors import InvalidInput

# key result, S, T ("by N %" when given), latest check-in, shown progress, raw progress
SEED = [
    ("cut average handling time to 10 min", 25, 10, None, 16, 0.60, 0.60),
    ("+50 % tickets solved in one contact", 40, None, 50, 50, 0.50, 0.50),
    ("cut waiting time by 60 %", 20, None, -60, 11, 0.75, 0.75),
    ("recruit 2 Customer Success specialists", 0, 2, None, 1, 0.50, 0.50),
    ("cut monthly complaints to 10", 34, 10, None, 40, 0.00, -0.25),
    ("reach NPS 80", 50, 80, None, 86, 1.00, 1.20),
    ("raise retention by 30 %", 60, None, 30, 69, 0.50, 0.50),
]
EXPECTED_TARGETS = {
    "+50 % tickets solved in one contact": 60,
    "cut waiting time by 60 %": 8,
    "raise retention by 30 %": 78,
}


@pytest.mark.parametrize(
    ("title", "start", "target", "percent", "latest", "shown", "raw"), SEED, ids=[row[0] for row in SEED]
)
def test_seed_table(title, start, target, percent, latest, shown, raw):
    if percent is not None:
        target = m.relative_target(start, percent)
        assert target == EXPECTED_TARGETS[title]
    p = m.key_result_progress("metric", start, target, latest)
    assert p.shown == pytest.approx(shown)
    assert p.raw == pytest.approx(raw)


def test_direction_follows_from_the_numbers():
    assert m.direction_label(25, 10) == "decrease"
    assert m.direction_label(50, 80) == "increase"
    # Lower is better: moving down is progress, moving up is negative raw progress.
    assert m.metric_progress(25, 10, 20).raw == pytest.approx(1 / 3)
    assert m.metric_progress(25, 10, 30).raw == pytest.approx(-1 / 3)
    assert m.metric_progress(25, 10, 30).shown == 0.0


def test_no_check_in_means_the_start_value():
    assert m.key_result_progress("metric", 25, 10, None) == m.Progress(0.0, 0.0)
    assert m.key_result_progress("milestone", 0, 1, None).shown == 0.0
    assert m.key_result_progress("threshold", 91, 95, None, "at_least").shown == 0.0


def test_start_equal_to_target_is_refused_with_a_clear_message():
    with pytest.raises(InvalidInput, match="both 20: a metric key result needs a target different"):
        m.key_result_progress("metric", 20, 20, 15)


def test_relative_target_from_zero_is_refused():
    with pytest.raises(InvalidInput, match="start other than 0"):
        m.relative_target(0, 50)


def test_threshold_at_least_and_at_most():
    assert m.key_result_progress("threshold", 0, 95, 96, "at_least").shown == 1.0
    assert m.key_result_progress("threshold", 0, 95, 94.9, "at_least").shown == 0.0
    assert m.key_result_progress("threshold", 0, 5, 5, "at_most").shown == 1.0
    assert m.key_result_progress("threshold", 0, 5, 6, "at_most").shown == 0.0


def test_milestone_is_done_or_not():
    assert m.key_result_progress("milestone", 0, 1, 1).shown == 1.0
    assert m.key_result_progress("milestone", 0, 1, 0).shown == 0.0


def test_latest_check_in_by_date_then_by_entry():
    d1, d2 = date(2026, 10, 1), date(2026, 10, 8)
    early = datetime(2026, 10, 8, 9, 0)
    late = datetime(2026, 10, 8, 17, 0)
    points = [
        m.Measurement(d2, 12, late, 3),
        m.Measurement(d2, 14, early, 2),
        m.Measurement(d1, 99, datetime(2026, 10, 9), 4),
    ]
    assert m.latest(points).value == 12  # same date: the one entered last wins
    assert [p.value for p in m.one_per_date(points)] == [99, 12]


def test_check_in_before_the_cycle_does_not_count():
    start = date(2026, 10, 1)
    points = [m.Measurement(date(2026, 9, 20), 5)]
    assert m.latest(points, since=start) is None
    points.append(m.Measurement(date(2026, 10, 2), 7))
    assert m.latest(points, since=start).value == 7


def test_objective_is_the_weighted_mean_and_empty_has_no_progress():
    krs = [(m.Progress.of(0.6), 1.0), (m.Progress.of(1.2), 1.0), (m.Progress.of(0.0), 2.0)]
    assert m.objective_progress(krs) == pytest.approx((0.6 + 1.0 + 0.0) / 4)
    assert m.objective_progress([]) is None


def test_cycle_is_the_mean_of_objectives_that_have_key_results():
    assert m.cycle_progress([0.5, None, 1.0]) == pytest.approx(0.75)
    assert m.cycle_progress([None]) is None


def test_expected_progress_and_pace():
    start, end = date(2026, 10, 1), date(2026, 12, 31)
    assert m.expected_progress(start, end, date(2026, 9, 1)) == 0.0
    assert m.expected_progress(start, end, date(2027, 1, 15)) == 1.0
    assert m.expected_progress(start, end, date(2026, 11, 15)) == pytest.approx(45 / 91)
    assert m.pace(0.7, 0.5) == m.Pace.AHEAD
    assert m.pace(0.55, 0.5) == m.Pace.ON_PACE
    assert m.pace(0.3, 0.5) == m.Pace.BEHIND


def test_forecast_is_a_least_squares_line_read_at_the_end():
    start = date(2026, 10, 1)
    points = [(start, 20.0), (date(2026, 10, 11), 18.0), (date(2026, 10, 21), 16.0)]
    assert m.forecast(points, date(2026, 10, 31)) == pytest.approx(14.0)
    noisy = [(start, 10.0), (date(2026, 10, 2), 14.0), (date(2026, 10, 3), 12.0)]
    # slope 1 a day through the mean (Oct 2, 12): Oct 10 -> 20
    assert m.forecast(noisy, date(2026, 10, 10)) == pytest.approx(20.0)
    assert m.forecast([(start, 1.0)], date(2026, 10, 31)) is None
    assert m.forecast([(start, 1.0), (start, 2.0)], date(2026, 10, 31)) is None


@pytest.mark.parametrize(
    ("shown", "score", "band"),
    [
        (0.0, 0.0, m.Band.RED),
        (0.25, 0.3, m.Band.RED),
        (0.34, 0.3, m.Band.RED),
        (0.35, 0.4, m.Band.YELLOW),
        (0.6, 0.6, m.Band.YELLOW),
        (0.65, 0.7, m.Band.GREEN),
        (0.75, 0.8, m.Band.GREEN),
        (1.2, 1.0, m.Band.GREEN),
        (-0.25, 0.0, m.Band.RED),
    ],
)
def test_review_score_rounds_half_up_to_one_decimal_and_bands(shown, score, band):
    assert m.review_score(shown) == score
    assert m.score_band(m.review_score(shown)) == band


def test_given_score_must_be_a_tenth_between_0_and_1():
    m.validate_score(0.7)
    for bad in (1.1, -0.1, 0.75):
        with pytest.raises(InvalidInput):
            m.validate_score(bad)
