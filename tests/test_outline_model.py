"""The outline item model: model tester, edits into the file, undo, refreshes in place."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from okrdesk.services import lookup
from okrdesk.ui.qtmodels.outline import BACKLOG, CYCLE, KEY_RESULT, OBJECTIVE, Column, OutlineModel, Role


@pytest.fixture
def model(document):
    m = OutlineModel(document)
    for row in range(m.rowCount()):
        index = m.index(row, 0)
        if m.canFetchMore(index):
            m.fetchMore(index)
    return m


def file_value(document, sql):
    con = sqlite3.connect(document.workspace.path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def kr_index(model, title, column=0):
    for node in list(model._nodes.values()):
        if node.kind == KEY_RESULT and node.info.title == title and node.info.cycle_id == model.document.current:
            return model.index_for(KEY_RESULT, node.id, column)
    raise LookupError(title)


@pytest.fixture(autouse=True)
def current_cycle(document, today):
    document.current = lookup.current_cycle(document.workspace, today).id


def test_model_passes_the_model_tester(qtmodeltester, document):
    model = OutlineModel(document)
    qtmodeltester.check(model, force_py=True)
    # ...and again once cycles are loaded, with edits and moves going on.
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.canFetchMore(index):
            model.fetchMore(index)
    qtmodeltester.check(model, force_py=True)


def test_top_level_is_cycles_in_date_order_then_backlog(model):
    kinds = [model.index(r, 0).data(Role.KIND) for r in range(model.rowCount())]
    assert kinds == [CYCLE, CYCLE, BACKLOG]
    assert model.index(1, Column.OWNER).data() == "Active"
    assert model.index(2, 0).data() == "Backlog (no cycle)"


def test_key_result_row_shows_its_numbers(model):
    assert kr_index(model, "Cut average handling time to 10 min", Column.START).data() == "25"
    assert kr_index(model, "Cut average handling time to 10 min", Column.CURRENT).data() == "16"
    assert kr_index(model, "Cut average handling time to 10 min", Column.TARGET).data() == "10"
    assert kr_index(model, "Cut average handling time to 10 min", Column.UNIT).data() == "min"
    assert kr_index(model, "Cut average handling time to 10 min", Column.PROGRESS).data() == "60 %"
    assert kr_index(model, "Solve 50 % more tickets in one contact", Column.TARGET).data() == "60 (by +50 %)"
    assert kr_index(model, "Reach NPS 80", Column.PROGRESS).data() == "120 %"
    assert kr_index(model, "Cut monthly complaints to 10", Column.PROGRESS).data() == "−25 %"
    assert kr_index(model, "Reach NPS 80", Column.PROGRESS).data(Role.PROGRESS) == 1.0
    assert kr_index(model, "Cut monthly complaints to 10", Column.PROGRESS).data(Role.PACE) == "behind"
    assert kr_index(model, "Reach NPS 80", Column.CONFIDENCE).data() == "On track"


def test_editing_a_title_commits_to_the_file_and_undo_restores_it(model, document, qtmodeltester):
    index = kr_index(model, "Reach NPS 80")
    kr_id = index.data(Role.ID)
    assert model.setData(index, "Reach NPS 85")
    assert file_value(document, f"SELECT title FROM key_results WHERE id = {kr_id}") == "Reach NPS 85"
    assert model.index_for(KEY_RESULT, kr_id).data() == "Reach NPS 85"
    assert document.undo_stack.undoText() == "Edit key result “Reach NPS 80”"
    document.undo_stack.undo()
    assert file_value(document, f"SELECT title FROM key_results WHERE id = {kr_id}") == "Reach NPS 80"
    assert model.index_for(KEY_RESULT, kr_id).data() == "Reach NPS 80"
    document.undo_stack.redo()
    assert model.index_for(KEY_RESULT, kr_id).data() == "Reach NPS 85"
    qtmodeltester.check(model, force_py=True)


def test_editing_a_target_updates_progress_up_the_tree(model, document):
    index = kr_index(model, "Reach NPS 80", Column.TARGET)
    objective = model.parent(index)
    cycle = model.parent(objective)
    before = (
        objective.siblingAtColumn(Column.PROGRESS).data(Role.PROGRESS),
        cycle.siblingAtColumn(Column.PROGRESS).data(Role.PROGRESS),
    )
    assert model.setData(index, 110.0)  # NPS 86 from 50 towards 110: 60 %
    assert index.siblingAtColumn(Column.PROGRESS).data(Role.PROGRESS) == pytest.approx(0.6)
    after = (
        objective.siblingAtColumn(Column.PROGRESS).data(Role.PROGRESS),
        cycle.siblingAtColumn(Column.PROGRESS).data(Role.PROGRESS),
    )
    assert after[0] < before[0] and after[1] < before[1]


def test_relative_target_typed_in_the_cell(model, document):
    index = kr_index(model, "Raise retention by 30 %", Column.TARGET)
    assert model.setData(index, ("percent", 50.0))
    assert index.data() == "90 (by +50 %)"


def test_invalid_numbers_are_refused_and_not_stored(model, document, qtbot):
    index = kr_index(model, "Reach NPS 80", Column.TARGET)
    kr_id = index.data(Role.ID)
    with qtbot.waitSignal(document.failed) as failed:
        assert not model.setData(index, 50.0)  # the start is 50
    assert "both 50" in str(failed.args[0])
    assert file_value(document, f"SELECT target_value FROM key_results WHERE id = {kr_id}") == 80
    assert index.data() == "80"
    assert document.undo_stack.count() == 0


def test_cycle_dates_are_edited_as_dates(model, document):
    cycle = model.index_for(CYCLE, document.current, Column.TARGET)
    new_end = cycle.data(Qt.ItemDataRole.EditRole).addDays(7)
    assert isinstance(new_end, QDate)
    assert model.setData(cycle, new_end)
    stored = file_value(document, f"SELECT end_date FROM cycles WHERE id = {document.current}")
    assert stored == new_end.toString("yyyy-MM-dd")


def test_plain_text_titles_are_shown_literally(model, document):
    index = kr_index(model, "Reach NPS 80")
    assert model.setData(index, "<b>bold</b><img src=x>")
    assert index.data() == "<b>bold</b><img src=x>"
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold&lt;/b&gt;&lt;img src=x&gt;" in tooltip and "<b>" not in tooltip


def test_reordering_by_drop_between_rows(model, document):
    first = kr_index(model, "Cut average handling time to 10 min")
    objective = model.parent(first)
    data = model.mimeData([first])
    # Drop between the 2nd and 3rd key results: the first one becomes second.
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 2, 0, objective)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, objective)
    titles = [model.index(r, 0, objective).data() for r in range(model.rowCount(objective))]
    assert titles[:3] == [
        "Solve 50 % more tickets in one contact",
        "Cut average handling time to 10 min",
        "Cut waiting time by 60 %",
    ]
    document.undo_stack.undo()
    titles = [model.index(r, 0, objective).data() for r in range(model.rowCount(objective))]
    assert titles[0] == "Cut average handling time to 10 min"


def test_drop_onto_another_objective_moves_the_key_result(model, document, qtmodeltester):
    kr = kr_index(model, "Reach NPS 80")
    kr_id = kr.data(Role.ID)
    target = model.index(0, 0, model.index_for(CYCLE, document.current))
    model.dropMimeData(model.mimeData([kr]), Qt.DropAction.MoveAction, -1, 0, target)
    assert model.index_for(KEY_RESULT, kr_id).parent() == target
    objective_id = target.data(Role.ID)
    assert file_value(document, f"SELECT objective_id FROM key_results WHERE id = {kr_id}") == objective_id
    document.undo_stack.undo()
    assert model.index_for(KEY_RESULT, kr_id).parent() != target
    qtmodeltester.check(model, force_py=True)


def test_drop_into_a_closed_cycle_is_refused(model, document, qtbot):
    kr = kr_index(model, "Reach NPS 80")
    closed_cycle = model.index(0, 0)
    objective = model.index(0, 0, closed_cycle)
    data = model.mimeData([kr])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, objective)
    with qtbot.waitSignal(model.refused) as refused:
        model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, objective)
    assert "is closed" in refused.args[0]
    assert document.undo_stack.count() == 0


def test_objective_dragged_to_the_backlog(model, document):
    objective = model.index(0, 0, model.index_for(CYCLE, document.current))
    objective_id = objective.data(Role.ID)
    backlog = model.index_for(BACKLOG, None)
    model.dropMimeData(model.mimeData([objective]), Qt.DropAction.MoveAction, -1, 0, backlog)
    assert model.index_for(OBJECTIVE, objective_id).parent() == backlog
    assert file_value(document, f"SELECT cycle_id FROM objectives WHERE id = {objective_id}") is None
    document.undo_stack.undo()
    assert model.index_for(OBJECTIVE, objective_id).parent() == model.index_for(CYCLE, document.current)


def test_an_edit_updates_rows_without_resetting_the_model(model, document, qtbot):
    index = kr_index(model, "Reach NPS 80")
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged):
        model.setData(index, "Reach NPS 90")
    assert resets == []


def test_lazy_loading_of_cycles(document):
    model = OutlineModel(document)
    cycle = model.index_for(CYCLE, document.current)
    assert model.rowCount(cycle) == 0 and model.hasChildren(cycle) and model.canFetchMore(cycle)
    model.fetchMore(cycle)
    assert model.rowCount(cycle) == 3 and not model.canFetchMore(cycle)
    assert model.index(0, 0, QModelIndex()).isValid()
