"""The cycle board: columns per cycle, cards dragged between them, carry-forward, undo, refusals."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from conftest import TODAY, sha256
from okrdesk.services import lookup, overview, planning
from okrdesk.ui.board import BoardView
from okrdesk.ui.qtmodels.board import BoardColumnModel
from okrdesk.ui.qtmodels.drops import KEY_RESULT, OBJECTIVE
from okrdesk.ui.qtmodels.outline import Column, OutlineModel

MOVE, COPY = Qt.DropAction.MoveAction, Qt.DropAction.CopyAction


@pytest.fixture
def next_cycle(demo_ws):
    return planning.add_cycle(demo_ws, name="Q1 2027", start=date(2026, 12, 28), end=date(2027, 3, 28))


@pytest.fixture
def columns(document, next_cycle):
    cycles = overview.list_cycles(document.workspace, TODAY)
    models = {c.status if c.id != next_cycle.id else "next": BoardColumnModel(document, c) for c in cycles}
    models["backlog"] = BoardColumnModel(document, None)
    for model in models.values():
        model.ensure_loaded()
    return models


def rows(model):
    return [(model.row_at(r).kind, model.row_at(r).info.title) for r in range(model.rowCount())]


def row_of(model, kind, title):
    return next(
        r for r in range(model.rowCount()) if model.row_at(r).kind == kind and model.row_at(r).info.title == title
    )


def drag(source, *titles, kind=KEY_RESULT):
    return source.mimeData([source.index(row_of(source, kind, t)) for t in titles])


def query(document, sql):
    con = sqlite3.connect(document.workspace.path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_column_model_passes_the_model_tester(columns, qtmodeltester):
    qtmodeltester.check(columns["active"], force_py=True)
    assert rows(columns["active"])[:2] == [
        (OBJECTIVE, "Give customers fast, first-time-right support"),
        (KEY_RESULT, "Cut average handling time to 10 min"),
    ]


def test_drop_on_an_objective_in_another_column_moves_the_card(columns, document, qtmodeltester):
    source, target = columns["active"], columns["next"]
    objective_id = planning.add_objective(document.workspace, cycle_id=target.cycle_id, title="Grow revenue")
    target.reload()
    header = target.index(row_of(target, OBJECTIVE, "Grow revenue"))
    data = drag(source, "Reach NPS 80")
    assert target.canDropMimeData(data, MOVE, -1, 0, header)
    assert target.dropMimeData(data, MOVE, -1, 0, header) is False  # the view must not remove rows itself
    assert (KEY_RESULT, "Reach NPS 80") in rows(target) and (KEY_RESULT, "Reach NPS 80") not in rows(source)
    kr = lookup.key_result_id(document.workspace, "Reach NPS 80")
    assert query(document, f"SELECT objective_id FROM key_results WHERE id = {kr}") == [(objective_id,)]
    document.undo_stack.undo()
    assert (KEY_RESULT, "Reach NPS 80") in rows(source) and (KEY_RESULT, "Reach NPS 80") not in rows(target)
    qtmodeltester.check(target, force_py=True)


def test_drop_on_free_space_uses_the_objective_of_the_same_title(columns, document):
    source, target = columns["active"], columns["next"]
    data = drag(source, "Reach NPS 80", "Raise retention by 30 %")  # two cards at once
    assert target.dropMimeData(data, MOVE, -1, 0, QModelIndex()) is False
    assert rows(target) == [
        (OBJECTIVE, "Make customers happier and keep them longer"),
        (KEY_RESULT, "Reach NPS 80"),
        (KEY_RESULT, "Raise retention by 30 %"),
    ]
    assert query(
        document, "SELECT count(*) FROM objectives WHERE title = 'Make customers happier and keep them longer'"
    ) == [(3,)]
    document.undo_stack.undo()  # one step puts both back and removes the objective it made
    assert rows(target) == []
    assert query(
        document, "SELECT count(*) FROM objectives WHERE title = 'Make customers happier and keep them longer'"
    ) == [(2,)]


def test_ctrl_drop_carries_forward_from_the_last_value_with_lineage(columns, document):
    source, target = columns["active"], columns["next"]
    before = sha256(document.workspace.path)
    kr = lookup.key_result_id(document.workspace, "Cut average handling time to 10 min", source.cycle_id)
    original = overview.trend(document.workspace, kr, TODAY)
    target.dropMimeData(drag(source, "Cut average handling time to 10 min"), COPY, -1, 0, QModelIndex())
    new_row = target.row_at(row_of(target, KEY_RESULT, "Cut average handling time to 10 min"))
    new = overview.key_result(document.workspace, new_row.id, TODAY)
    assert (new.start, new.target, new.unit, new.kind, new.owner_name) == (16, 10, "min", "metric", "Bruno Lima")
    assert new.carried_from_id == kr and new.check_in_count == 0
    assert overview.trend(document.workspace, kr, TODAY) == original  # the original keeps its history
    assert (KEY_RESULT, "Cut average handling time to 10 min") in rows(source)
    document.undo_stack.undo()
    assert rows(target) == []
    assert query(document, f"SELECT count(*) FROM key_results WHERE carried_from_id = {kr}") == [(0,)]
    assert sha256(document.workspace.path) != before  # undo is a change too, but the content is back:
    assert query(document, "SELECT count(*) FROM key_results") == [(13,)]


def test_a_whole_objective_is_dragged_by_its_header(columns, document):
    source, target = columns["active"], columns["next"]
    title = "Build a Customer Success team that scales"
    target.dropMimeData(drag(source, title, kind=OBJECTIVE), MOVE, -1, 0, QModelIndex())
    assert rows(target) == [
        (OBJECTIVE, title),
        (KEY_RESULT, "Recruit 2 Customer Success specialists"),
        (KEY_RESULT, "Publish the onboarding playbook for new specialists"),
    ]
    document.undo_stack.undo()
    assert rows(target) == [] and (OBJECTIVE, title) in rows(source)
    # With Ctrl, the objective's key results are carried forward instead.
    target.dropMimeData(drag(source, title, kind=OBJECTIVE), COPY, -1, 0, QModelIndex())
    assert [t for _, t in rows(target)] == [
        title,
        "Recruit 2 Customer Success specialists",
        "Publish the onboarding playbook for new specialists",
    ]
    assert (OBJECTIVE, title) in rows(source)


@pytest.mark.parametrize(
    "case",
    [
        "into a closed cycle",
        "onto its own objective",
        "out of a closed cycle",
        "objective onto itself",
        "into the backlog's free space",
    ],
)
def test_senseless_drops_are_refused_and_change_nothing(columns, document, qtbot, case):
    active, closed, backlog = columns["active"], columns["closed"], columns["backlog"]
    before = sha256(document.workspace.path)
    if case == "into a closed cycle":
        target, data, parent = closed, drag(active, "Reach NPS 80"), QModelIndex()
        reason = "is closed: reopen it"
    elif case == "onto its own objective":
        target, data = active, drag(active, "Reach NPS 80")
        parent = active.index(row_of(active, OBJECTIVE, "Make customers happier and keep them longer"))
        reason = "already in that objective"
    elif case == "out of a closed cycle":
        target, data, parent = columns["next"], drag(closed, "Reach NPS 70"), QModelIndex()
        reason = "hold Ctrl to carry"
    elif case == "objective onto itself":
        title = "Make customers happier and keep them longer"
        target, data = active, drag(active, title, kind=OBJECTIVE)
        parent = active.index(row_of(active, OBJECTIVE, title))
        reason = "onto itself"
    else:
        target, data, parent = backlog, drag(active, "Reach NPS 80"), QModelIndex()
        reason = "onto an objective"
    with qtbot.waitSignal(target.refused) as refused:
        assert not target.canDropMimeData(data, MOVE, -1, 0, parent)
    assert reason in refused.args[0]
    assert target.dropMimeData(data, MOVE, -1, 0, parent) is False
    assert sha256(document.workspace.path) == before
    assert document.undo_stack.count() == 0


def test_carry_forward_out_of_a_closed_cycle_is_allowed(columns, document):
    target = columns["next"]
    target.dropMimeData(drag(columns["closed"], "Reach NPS 70"), COPY, -1, 0, QModelIndex())
    new = target.row_at(row_of(target, KEY_RESULT, "Reach NPS 70")).info
    assert new.start == 50 and new.carried_from_id is not None


def test_reordering_cards_within_an_objective(columns, document):
    active = columns["active"]
    first = row_of(active, KEY_RESULT, "Cut average handling time to 10 min")
    # Drop between the 3rd and 4th card of the objective: the first card becomes third.
    active.dropMimeData(drag(active, "Cut average handling time to 10 min"), MOVE, first + 3, 0, QModelIndex())
    assert [t for _, t in rows(active)[1:5]] == [
        "Solve 50 % more tickets in one contact",
        "Cut waiting time by 60 %",
        "Cut average handling time to 10 min",
        "Answer at least 95 % of tickets within the first-response SLA",
    ]


def test_board_and_outline_show_the_same_edit_at_once(columns, document):
    outline = OutlineModel(document)
    active = columns["active"]
    outline.ensure_loaded(active.cycle_id)
    kr = lookup.key_result_id(document.workspace, "Reach NPS 80")
    assert outline.setData(outline.index_for(KEY_RESULT, kr, Column.TITLE), "Reach NPS 85")
    assert (KEY_RESULT, "Reach NPS 85") in rows(active)
    # ...and a drop on the board moves the row in the outline.
    columns["next"].dropMimeData(drag(active, "Reach NPS 85"), MOVE, -1, 0, QModelIndex())
    assert outline.index_for(KEY_RESULT, kr).parent().parent() != outline.index_for("cycle", active.cycle_id)


def test_board_columns_follow_the_cycles(next_cycle, window, qtbot):
    window.show_board()
    board: BoardView = window.board
    assert [c.model.cycle.name if c.model.cycle else "Backlog" for c in board.columns] == [
        "Jun – Sep 2026",
        "Sep – Dec 2026",
        "Q1 2027",
        "Backlog",
    ]
    active = board.columns[1]
    assert active.name.text() == "Sep – Dec 2026" and "Active" in active.details.text()
    assert active.bar.progress == pytest.approx(active.model.cycle.progress)
    board.show_closed.setChecked(False)
    assert [c.model.cycle_id for c in board.columns][-1] is None and len(board.columns) == 3
    board.show_closed.setChecked(True)
    assert len(board.columns) == 4


def test_keyboard_move_and_carry_forward_from_the_board(next_cycle, window, monkeypatch):
    window.show_board()
    kr = lookup.key_result_id(window.document.workspace, "Reach NPS 80")
    active = window.board.column_for(lookup.current_cycle(window.document.workspace, TODAY).id)
    assert window.board.select(KEY_RESULT, kr, active.model.cycle_id)
    monkeypatch.setattr(window, "choose_cycle", lambda carry: next_cycle.id)
    window.move_to_cycle(carry=True)
    target = window.board.column_for(next_cycle.id).model
    target.ensure_loaded()
    assert (KEY_RESULT, "Reach NPS 80") in rows(target) and (KEY_RESULT, "Reach NPS 80") in rows(active.model)
    window.document.undo_stack.undo()
    assert window.board.select(KEY_RESULT, kr, active.model.cycle_id)
    window.move_to_cycle(carry=False)
    assert (KEY_RESULT, "Reach NPS 80") in rows(target) and (KEY_RESULT, "Reach NPS 80") not in rows(active.model)
    assert window.undo_action.text().endswith("Move to cycle")


def test_board_loads_only_the_columns_in_view(tmp_path, qtbot):
    from okrdesk.models.workspace import Workspace
    from okrdesk.ui.document import Document
    from tests.benchmarks.big_workspace import build

    build(tmp_path / "big.okrdesk", cycles=40, key_results=800, check_ins=1, heavy_kr_check_ins=1).close()
    document = Document(Workspace.open(tmp_path / "big.okrdesk"), today=lambda: date(2017, 5, 1))
    board = BoardView()
    qtbot.addWidget(board)
    board.resize(1000, 600)
    board.set_document(document)
    board.show()
    qtbot.waitUntil(lambda: any(c.model.loaded for c in board.columns))
    loaded = [c.model.cycle_id for c in board.columns if c.model.loaded]
    assert len(board.columns) == 41 and 1 <= len(loaded) <= 8
    board.scroll.horizontalScrollBar().setValue(board.scroll.horizontalScrollBar().maximum())
    qtbot.waitUntil(lambda: board.columns[-1].model.loaded)
    document.workspace.close()
