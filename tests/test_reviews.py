"""The review as a service: draft lines, scores and roll-ups, lessons, completion and its undo."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import TODAY
from okrdesk.models import errors
from okrdesk.services import lookup, overview, planning, reviews


@pytest.fixture
def current(demo_ws):
    return lookup.current_cycle(demo_ws, TODAY)


@pytest.fixture
def draft(demo_ws, current):
    return reviews.open_review(demo_ws, current.id, TODAY)


def scores_by_title(data):
    return {row.key_result.title: row for o in data.objectives for row in o.scores}


def test_opening_a_review_makes_a_draft_with_a_line_per_key_result(draft, demo_ws, current):
    assert draft.status == "draft" and draft.cycle.id == current.id
    scores = scores_by_title(draft)
    assert len(scores) == 9
    expected = {
        "Cut average handling time to 10 min": 0.6,
        "Solve 50 % more tickets in one contact": 0.5,
        "Cut waiting time by 60 %": 0.8,
        "Recruit 2 Customer Success specialists": 0.5,
        "Cut monthly complaints to 10": 0.0,
        "Reach NPS 80": 1.0,
        "Raise retention by 30 %": 0.5,
        "Publish the onboarding playbook for new specialists": 0.0,
        "Answer at least 95 % of tickets within the first-response SLA": 1.0,
    }
    assert {t: r.computed_score for t, r in scores.items()} == expected
    assert scores["Reach NPS 80"].final_value == 86
    assert len(draft.participants) == 2 and len(draft.members) == 2
    # Opening again does not duplicate anything.
    again = reviews.open_review(demo_ws, current.id, TODAY)
    assert again.id == draft.id and len(scores_by_title(again)) == 9


def test_scores_roll_up_to_objectives_and_the_cycle(draft, demo_ws, current):
    support = draft.objectives[0]
    # 0.6, 0.5, 0.8 and 1.0 with equal weights: 0.725 -> 0.7
    assert support.score == 0.7
    row = scores_by_title(draft)["Cut average handling time to 10 min"]
    reviews.edit_score(demo_ws, row.id, given_score=1.0, comment="Counted the new macros")
    data = reviews.review_data(demo_ws, current.id, TODAY)
    changed = scores_by_title(data)["Cut average handling time to 10 min"]
    assert (changed.computed_score, changed.given_score, changed.score) == (0.6, 1.0, 1.0)
    assert data.objectives[0].score == 0.8  # (1.0 + 0.5 + 0.8 + 1.0) / 4 = 0.825
    assert data.cycle_score == pytest.approx(round((0.8 + 0.3 + 0.5) / 3, 1))


def test_final_value_recomputes_the_score(draft, demo_ws, current):
    row = scores_by_title(draft)["Cut monthly complaints to 10"]
    reviews.edit_score(demo_ws, row.id, final_value=22)
    assert (
        scores_by_title(reviews.review_data(demo_ws, current.id, TODAY))["Cut monthly complaints to 10"].computed_score
        == 0.5
    )


def test_given_scores_are_tenths_between_0_and_1(draft, demo_ws):
    row = scores_by_title(draft)["Reach NPS 80"]
    for bad in (1.5, 0.75, -0.1):
        with pytest.raises(errors.InvalidInput):
            reviews.edit_score(demo_ws, row.id, given_score=bad)


def test_lessons_are_written_reordered_and_carried_on_completion(draft, demo_ws, current):
    first = reviews.add_lesson(demo_ws, draft.id, "Check in on Mondays, not Fridays")
    second = reviews.add_lesson(demo_ws, draft.id, "Hire before the peak season")
    reviews.move_lesson(demo_ws, second, 0)
    data = reviews.review_data(demo_ws, current.id, TODAY)
    assert [lesson.text for lesson in data.lessons] == [
        "Hire before the peak season",
        "Check in on Mondays, not Fridays",
    ]
    with pytest.raises(errors.InvalidInput):
        reviews.add_lesson(demo_ws, draft.id, "   ")
    nxt = planning.add_cycle(demo_ws, name="Q1 2027", start=date(2026, 12, 28), end=date(2027, 3, 28))
    reviews.edit_review(demo_ws, draft.id, next_cycle_id=nxt.id, went_well="Pairing")
    row = scores_by_title(data)["Cut average handling time to 10 min"]
    reviews.edit_score(demo_ws, row.id, carry_forward=True)
    done = reviews.complete_review(demo_ws, draft.id)
    assert len(done.created_key_results) == 1
    new = overview.key_result(demo_ws, done.created_key_results[0], TODAY)
    assert (new.cycle_id, new.start, new.carried_from_id) == (nxt.id, 16, row.key_result.id)
    assert [lesson.id for lesson in reviews.lessons_for_cycle(demo_ws, nxt.id)] == [second, first]
    assert lookup.cycle_by_name(demo_ws, current.name).status == "closed"
    assert reviews.review_data(demo_ws, current.id, TODAY).status == "completed"
    reviews.undo_completion(demo_ws, done)
    assert lookup.cycle_by_name(demo_ws, current.name).status == "active"
    assert reviews.lessons_for_cycle(demo_ws, nxt.id) == []
    assert overview.cycle_overview(demo_ws, nxt.id, TODAY).objectives == ()


def test_carrying_forward_needs_a_next_cycle(draft, demo_ws):
    row = scores_by_title(draft)["Reach NPS 80"]
    reviews.edit_score(demo_ws, row.id, carry_forward=True)
    with pytest.raises(errors.InvalidInput, match="Choose the next cycle"):
        reviews.complete_review(demo_ws, draft.id)


def test_participants_and_member_notes(draft, demo_ws, current):
    ana = lookup.person_by_name(demo_ws, "Ana Souza")
    old = reviews.set_participants(demo_ws, draft.id, [ana.id])
    assert len(old) == 2
    data = reviews.review_data(demo_ws, current.id, TODAY)
    assert data.participants == (ana.id,)
    note = next(m for m in data.members if m.person.id == ana.id)
    reviews.edit_member_note(demo_ws, note.id, notes="Led the hiring", rating=5)
    with pytest.raises(errors.InvalidInput):
        reviews.edit_member_note(demo_ws, note.id, rating=6)
    data = reviews.review_data(demo_ws, current.id, TODAY)
    assert next(m for m in data.members if m.person.id == ana.id).rating == 5
