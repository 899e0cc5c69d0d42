"""Use cases on a real workspace file: every result is read back from the file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from okrdesk.models import errors
from okrdesk.models.entities import CheckIn, KeyResult
from okrdesk.models.workspace import Workspace
from okrdesk.services import checkins, lookup, overview, planning

START, END = date(2026, 10, 1), date(2026, 12, 31)


@pytest.fixture
def cycle(ws):
    return planning.add_cycle(ws, name="Q4 2026", start=START, end=END, status="active")


@pytest.fixture
def objective(ws, cycle):
    return planning.add_objective(ws, cycle_id=cycle.id, title="Delight customers")


def reopen(ws: Workspace) -> Workspace:
    path = ws.path
    ws.close()
    return Workspace.open(path)


SEED = [  # title, start, target, percent, latest, shown
    ("Cut average handling time to 10 min", 25, 10, None, 16, 0.60),
    ("Solve 50 % more tickets in one contact", 40, None, 50, 50, 0.50),
    ("Cut waiting time by 60 %", 20, None, -60, 11, 0.75),
    ("Recruit 2 Customer Success specialists", 0, 2, None, 1, 0.50),
    ("Cut monthly complaints to 10", 34, 10, None, 40, 0.00),
    ("Reach NPS 80", 50, 80, None, 86, 1.00),
    ("Raise retention by 30 %", 60, None, 30, 69, 0.50),
]


def test_seed_table_through_the_file(ws, cycle, objective, today):
    for title, start, target, percent, latest, _ in SEED:
        kr = planning.add_key_result(
            ws, objective_id=objective, title=title, start=start, target=target, target_percent=percent
        )
        checkins.add_check_in(ws, kr, value=start, on=date(2026, 10, 5))
        checkins.add_check_in(ws, kr, value=latest, on=date(2026, 11, 20), confidence="on_track")
    ws = reopen(ws)
    data = overview.cycle_overview(ws, cycle.id, today)
    krs = {k.title: k for k in data.objectives[0].key_results}
    for title, _, _, percent, latest, shown in SEED:
        assert krs[title].progress.shown == pytest.approx(shown)
        assert krs[title].current == latest
        assert krs[title].last_check_in == date(2026, 11, 20)
        if percent is not None:
            assert krs[title].target_mode == "relative"
            assert krs[title].target_percent == percent
    assert krs["Cut waiting time by 60 %"].target == 8
    assert krs["Reach NPS 80"].progress.raw == pytest.approx(1.2)
    assert krs["Cut monthly complaints to 10"].progress.raw == pytest.approx(-0.25)
    assert data.objectives[0].objective.progress == pytest.approx(sum(s[5] for s in SEED) / 7)
    assert data.cycle.progress == pytest.approx(data.objectives[0].objective.progress)
    ws.close()


def test_metric_with_start_equal_to_target_is_refused_and_nothing_written(ws, objective):
    with pytest.raises(errors.InvalidInput, match="both 20"):
        planning.add_key_result(ws, objective_id=objective, title="Flat", start=20, target=20)
    kr = planning.add_key_result(ws, objective_id=objective, title="Moves", start=20, target=10)
    with pytest.raises(errors.InvalidInput, match="both 10"):
        planning.edit_key_result(ws, kr, start_value=10)
    with ws.read() as session:
        assert session.scalars(select(KeyResult.title)).all() == ["Moves"]
        assert session.get(KeyResult, kr).start_value == 20


def test_several_check_ins_on_one_date_the_latest_entered_wins(ws, objective, today):
    kr = planning.add_key_result(ws, objective_id=objective, title="Tickets", start=0, target=100)
    day = date(2026, 11, 2)
    checkins.add_check_in(ws, kr, value=30, on=day)
    checkins.add_check_in(ws, kr, value=35, on=day)
    checkins.add_check_in(ws, kr, value=10, on=day - timedelta(days=7))
    info = overview.key_result(ws, kr, today)
    assert info.current == 35
    assert info.progress.shown == pytest.approx(0.35)
    assert overview.trend(ws, kr, today).points[-1] == (day, 35)


def test_no_check_in_means_no_progress_yet(ws, objective, today):
    kr = planning.add_key_result(ws, objective_id=objective, title="Tickets", start=0, target=100)
    info = overview.key_result(ws, kr, today)
    assert info.current is None and info.last_check_in is None
    assert info.progress.shown == 0.0


def test_check_in_before_the_cycle_is_refused(ws, objective):
    kr = planning.add_key_result(ws, objective_id=objective, title="Tickets", start=0, target=100)
    with pytest.raises(errors.InvalidInput, match="before the cycle .* starts"):
        checkins.add_check_in(ws, kr, value=5, on=START - timedelta(days=1))
    with ws.read() as session:
        assert session.scalar(select(CheckIn.id)) is None


def test_check_in_dated_before_the_cycle_does_not_count(ws, cycle, today):
    """A KR moved from the backlog keeps older check-ins; they do not count in the cycle."""
    backlog = planning.add_objective(ws, cycle_id=None, title="Someday")
    kr = planning.add_key_result(ws, objective_id=backlog, title="Tickets", start=0, target=100)
    checkins.add_check_in(ws, kr, value=40, on=date(2026, 9, 1))
    assert overview.key_result(ws, kr, today).current == 40
    planning.move_objectives(ws, [backlog], cycle.id)
    info = overview.key_result(ws, kr, today)
    assert info.current is None and info.progress.shown == 0.0
    assert [c.counts for c in checkins.history(ws, kr)] == [False]


def test_objective_without_key_results_has_no_progress(ws, cycle, objective, today):
    other = planning.add_objective(ws, cycle_id=cycle.id, title="Empty for now")
    kr = planning.add_key_result(ws, objective_id=objective, title="Tickets", start=0, target=10)
    checkins.add_check_in(ws, kr, value=5, on=date(2026, 11, 1))
    data = overview.cycle_overview(ws, cycle.id, today)
    progress = {o.objective.id: o.objective.progress for o in data.objectives}
    assert progress[other] is None
    assert progress[objective] == pytest.approx(0.5)
    assert data.cycle.progress == pytest.approx(0.5)


def test_weights_count_in_the_objective(ws, cycle, objective, today):
    a = planning.add_key_result(ws, objective_id=objective, title="A", start=0, target=10, weight=3)
    planning.add_key_result(ws, objective_id=objective, title="B", start=0, target=10)
    checkins.add_check_in(ws, a, value=10, on=date(2026, 11, 1))
    assert overview.objective(ws, objective, today).objective.progress == pytest.approx(0.75)


def test_edit_and_undo_round_trip(ws, objective, today):
    kr = planning.add_key_result(ws, objective_id=objective, title="Reach NPS 70", start=50, target=70)
    edit = planning.edit_key_result(ws, kr, title="Reach NPS 80", target_value=80)
    assert edit.before == {"title": "Reach NPS 70", "target_value": 70}
    assert overview.key_result(ws, kr, today).target == 80
    planning.revert(ws, edit)
    ws = reopen(ws)
    info = overview.key_result(ws, kr, today)
    assert (info.title, info.target) == ("Reach NPS 70", 70)
    ws.close()


def test_relative_target_follows_the_start(ws, objective, today):
    kr = planning.add_key_result(ws, objective_id=objective, title="Retention", start=60, target_percent=30)
    planning.edit_key_result(ws, kr, start_value=50)
    info = overview.key_result(ws, kr, today)
    assert (info.target, info.target_mode, info.target_percent) == (65, "relative", 30)
    planning.edit_key_result(ws, kr, target_value=70)
    info = overview.key_result(ws, kr, today)
    assert (info.target, info.target_mode, info.target_percent) == (70, "absolute", None)


def test_stale_revision_is_a_conflict_and_nothing_is_overwritten(ws, objective, today):
    kr = planning.add_key_result(ws, objective_id=objective, title="Mine", start=0, target=10)
    loaded = overview.key_result(ws, kr, today)
    planning.edit_key_result(ws, kr, title="Theirs")
    with pytest.raises(errors.Conflict) as caught:
        planning.edit_key_result(ws, kr, expected_revision=loaded.revision, title="Mine again")
    assert caught.value.theirs == {"title": "Theirs"}
    assert caught.value.mine == {"title": "Mine again"}
    assert overview.key_result(ws, kr, today).title == "Theirs"


def test_delete_and_restore_bring_everything_back(demo_ws, today):
    cycle = lookup.current_cycle(demo_ws, today)
    before = overview.cycle_overview(demo_ws, cycle.id, today)
    counts = demo_ws.check().counts
    gone = planning.delete_cycle(demo_ws, cycle.id)
    assert gone.count("key_results") == 9
    assert demo_ws.check().counts["cycles"] == 1
    planning.restore(demo_ws, gone)
    after = overview.cycle_overview(demo_ws, cycle.id, today)
    assert after == before
    restored = demo_ws.check()
    assert restored.healthy
    assert {k: v for k, v in restored.counts.items() if k != "tombstones"} == {
        k: v for k, v in counts.items() if k != "tombstones"
    }
    assert restored.counts["tombstones"] == 0


def test_deleting_a_person_keeps_their_work_and_restore_relinks_it(demo_ws, today):
    ana = lookup.person_by_name(demo_ws, "Ana Souza")
    cycle = lookup.current_cycle(demo_ws, today)
    gone = planning.delete_person(demo_ws, ana.id)
    data = overview.cycle_overview(demo_ws, cycle.id, today)
    assert all(o.objective.owner_id is None for o in data.objectives)
    assert data.cycle.key_result_count == 9
    planning.restore(demo_ws, gone)
    data = overview.cycle_overview(demo_ws, cycle.id, today)
    assert {o.objective.owner_name for o in data.objectives} == {"Ana Souza"}


def test_reorder_and_move_key_results(ws, cycle, objective, today):
    ids = [planning.add_key_result(ws, objective_id=objective, title=t, start=0, target=1) for t in ("A", "B", "C")]
    old = planning.move_key_results(ws, [ids[2]], objective, 0)
    titles = lambda o: [k.title for k in overview.objective(ws, o, today).key_results]  # noqa: E731
    assert titles(objective) == ["C", "A", "B"]
    other = planning.add_objective(ws, cycle_id=cycle.id, title="Other")
    planning.move_key_results(ws, [ids[0]], other)
    assert titles(other) == ["A"] and titles(objective) == ["C", "B"]
    planning.place_key_results(ws, old)
    assert titles(objective) == ["B", "C"]


def test_move_to_another_cycle_finds_or_makes_the_objective(ws, cycle, objective, today):
    kr = planning.add_key_result(ws, objective_id=objective, title="Tickets", start=0, target=10)
    q1 = planning.add_cycle(ws, name="Q1 2027", start=date(2027, 1, 1), end=date(2027, 3, 31))
    move = planning.move_key_results_to_cycle(ws, [kr], q1.id)
    data = overview.cycle_overview(ws, q1.id, today)
    assert [o.objective.title for o in data.objectives] == ["Delight customers"]
    assert [k.id for k in data.objectives[0].key_results] == [kr]
    planning.undo_cycle_move(ws, move)
    assert overview.cycle_overview(ws, q1.id, today).objectives == ()
    assert overview.key_result(ws, kr, today).objective_id == objective


def test_carry_forward_starts_from_the_last_value_and_keeps_lineage(ws, cycle, objective, today):
    kr = planning.add_key_result(ws, objective_id=objective, title="Cut handling time", start=25, target=10, unit="min")
    checkins.add_check_in(ws, kr, value=16, on=date(2026, 12, 1))
    q1 = planning.add_cycle(ws, name="Q1 2027", start=date(2027, 1, 1), end=date(2027, 3, 31))
    move = planning.carry_forward(ws, [kr], q1.id)
    (new_id,) = move.created_key_results
    ws = reopen(ws)
    new = overview.key_result(ws, new_id, today)
    assert (new.title, new.start, new.target, new.unit, new.carried_from_id) == (
        "Cut handling time",
        16,
        10,
        "min",
        kr,
    )
    old = overview.key_result(ws, kr, today)
    assert (old.start, old.current, old.check_in_count) == (25, 16, 1)
    ws.close()


def test_carry_forward_into_a_closed_cycle_is_refused(ws, cycle, objective):
    kr = planning.add_key_result(ws, objective_id=objective, title="X", start=0, target=10)
    old = planning.add_cycle(ws, name="Q3 2026", start=date(2026, 7, 1), end=date(2026, 9, 30), status="closed")
    with pytest.raises(errors.InvalidInput, match="closed"):
        planning.carry_forward(ws, [kr], old.id)


def test_due_check_ins_follow_the_cadence(ws, cycle, objective):
    fresh = planning.add_key_result(ws, objective_id=objective, title="Never", start=0, target=1)
    weekly = planning.add_key_result(ws, objective_id=objective, title="Weekly", start=0, target=9)
    recent = planning.add_key_result(ws, objective_id=objective, title="Recent", start=0, target=9)
    checkins.add_check_in(ws, weekly, value=1, on=date(2026, 11, 20))
    checkins.add_check_in(ws, recent, value=1, on=date(2026, 11, 25))
    due = {d.key_result.id: d.due_since for d in checkins.due_check_ins(ws, date(2026, 11, 28))}
    assert due == {fresh: START, weekly: date(2026, 11, 27)}
    planning.edit_cycle(ws, cycle.id, cadence="biweekly")
    due = {d.key_result.id for d in checkins.due_check_ins(ws, date(2026, 11, 28))}
    assert due == {fresh}
    planning.edit_cycle(ws, cycle.id, cadence="monthly")
    assert checkins.next_due("monthly", date(2027, 1, 31)) == date(2027, 2, 28)


def test_invalid_input_is_refused_with_reasons(ws, cycle, objective):
    with pytest.raises(errors.InvalidInput, match="cannot be empty"):
        planning.add_objective(ws, cycle_id=cycle.id, title="   ")
    with pytest.raises(errors.InvalidInput, match="not after it starts"):
        planning.add_cycle(ws, name="Backwards", start=END, end=START)
    with pytest.raises(errors.InvalidInput, match="already a cycle called"):
        planning.add_cycle(ws, name="q4 2026", start=START, end=END)
    with pytest.raises(errors.InvalidInput, match="must be a number"):
        planning.add_key_result(ws, objective_id=objective, title="X", start="lots", target=5)
    with pytest.raises(errors.InvalidInput, match="keep it under"):
        planning.add_objective(ws, cycle_id=cycle.id, title="x" * 1000)
    kr = planning.add_key_result(ws, objective_id=objective, title="Done?", kind="milestone")
    with pytest.raises(errors.InvalidInput, match="milestone"):
        checkins.add_check_in(ws, kr, value=0.5, on=date(2026, 11, 1))
    with pytest.raises(errors.InvalidInput, match="weight"):
        planning.add_key_result(ws, objective_id=objective, title="W", start=0, target=5, weight=0)


def test_each_call_is_one_transaction(ws, cycle, objective):
    """A failing call leaves nothing half-written."""
    with pytest.raises(errors.InvalidInput):
        planning.add_key_result(ws, objective_id=objective, title="Bad", start=1, target=1)
    with ws.read() as session:
        assert session.execute(text("SELECT count(*) FROM key_results")).scalar() == 0


def test_lookup_by_title_lists_candidates(demo_ws, today):
    cycle = lookup.current_cycle(demo_ws, today)
    kr = lookup.key_result_id(demo_ws, "reach nps 80", cycle.id)
    assert overview.key_result(demo_ws, kr, today).title == "Reach NPS 80"
    with pytest.raises(errors.AmbiguousName) as caught:
        lookup.key_result_id(demo_ws, "Cut average handling time to 10 min")
    assert len(caught.value.candidates) == 2
    kr_current = lookup.key_result_id(demo_ws, "Cut average handling time to 10 min", cycle.id)
    assert overview.key_result(demo_ws, kr_current, today).cycle_id == cycle.id
    with pytest.raises(errors.AmbiguousName, match="Did you mean") as caught:
        lookup.key_result_id(demo_ws, "NPS")
    assert any("Reach NPS 80" in c for c in caught.value.candidates)


def test_demo_workspace_matches_the_seed(demo_ws, today):
    cycle = lookup.current_cycle(demo_ws, today)
    assert cycle.status == "active" and cycle.start <= today <= cycle.end
    data = overview.cycle_overview(demo_ws, cycle.id, today)
    krs = {k.title: k for o in data.objectives for k in o.key_results}
    for title, start, _target, _percent, latest, shown in SEED:
        assert krs[title].start == start
        assert krs[title].current == latest
        assert krs[title].progress.shown == pytest.approx(shown)
        assert krs[title].check_in_count >= 8
    handling = krs["Cut average handling time to 10 min"]
    assert handling.carried_from_id is not None
    previous = overview.key_result(demo_ws, handling.carried_from_id, today)
    assert previous.current == handling.start
    cycles = overview.list_cycles(demo_ws, today)
    assert [c.status for c in cycles] == ["closed", "active"]


def test_people_are_added_renamed_reordered_and_removed(ws):
    from okrdesk.services.overview import list_people

    ana = planning.add_person(ws, name="Ana Souza", role="Lead")
    bruno = planning.add_person(ws, name="  Bruno   Lima ")
    assert [p.name for p in list_people(ws)] == ["Ana Souza", "Bruno Lima"]
    old = planning.reorder_person(ws, bruno.id, 0)
    assert [p.name for p in list_people(ws)] == ["Bruno Lima", "Ana Souza"]
    planning.place_people(ws, old)
    assert [p.name for p in list_people(ws)] == ["Ana Souza", "Bruno Lima"]
    edit = planning.edit_person(ws, ana.id, name="Ana S. Souza", active=False)
    assert edit.before == {"name": "Ana Souza", "active": True}
    gone = planning.delete_person(ws, bruno.id)
    assert [p.name for p in list_people(ws)] == ["Ana S. Souza"]
    planning.restore(ws, gone)
    assert len(list_people(ws)) == 2


def test_cycles_are_reordered(ws):
    a = planning.add_cycle(ws, name="A", start=START, end=END)
    b = planning.add_cycle(ws, name="B", start=START, end=END)
    planning.reorder_cycle(ws, b.id, 0)
    with ws.read() as session:
        from okrdesk.models.entities import Cycle

        assert session.scalars(select(Cycle.name).order_by(Cycle.position)).all() == ["B", "A"]
    assert a.id != b.id
