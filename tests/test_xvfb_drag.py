"""Real mouse drags on a real X server (Xvfb): the views' drag-and-drop wiring, not only the models."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QPoint

from conftest import TODAY
from okrdesk.services import lookup, overview
from okrdesk.ui.qtmodels.outline import KEY_RESULT, OBJECTIVE

pytestmark = pytest.mark.xvfb


def drag(qtbot, start: QPoint, end: QPoint) -> None:
    """Press at *start*, move in steps, release at *end*, with the real X pointer.

    xdotool runs in the background: once the drag starts, Qt runs its own
    event loop until the button is released, so this thread cannot send the
    release itself.
    """
    steps = 12
    script = [
        f"xdotool mousemove --sync {start.x()} {start.y()}",
        "sleep 0.2",
        "xdotool mousedown 1",
        "sleep 0.2",
    ]
    for i in range(1, steps + 1):
        x = start.x() + (end.x() - start.x()) * i // steps
        y = start.y() + (end.y() - start.y()) * i // steps
        script += [f"xdotool mousemove --sync {x} {y}", "sleep 0.05"]
    script += ["sleep 0.3", "xdotool mouseup 1"]
    process = subprocess.Popen(["bash", "-c", "; ".join(script)])
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=15000)
    assert process.returncode == 0
    qtbot.wait(300)


@pytest.mark.skipif(shutil.which("xdotool") is None, reason="xdotool (Debian package) is needed")
def test_dragging_a_key_result_onto_another_objective_with_the_mouse(window, qtbot):
    window.move(0, 0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    cycle = lookup.current_cycle(window.document.workspace, TODAY)
    data = overview.cycle_overview(window.document.workspace, cycle.id, TODAY)
    kr = data.objectives[2].key_results[1]  # Reach NPS 80
    target = data.objectives[1].objective  # Build a Customer Success team that scales
    view = window.outline
    source_rect = view.visualRect(window.model.index_for(KEY_RESULT, kr.id))
    target_rect = view.visualRect(window.model.index_for(OBJECTIVE, target.id))
    start = view.viewport().mapToGlobal(source_rect.center())
    end = view.viewport().mapToGlobal(target_rect.center())
    drag(qtbot, start, end)
    qtbot.waitUntil(
        lambda: overview.key_result(window.document.workspace, kr.id, TODAY).objective_id == target.id,
        timeout=3000,
    )
    assert window.model.index_for(KEY_RESULT, kr.id).parent() == window.model.index_for(OBJECTIVE, target.id)
    window.document.undo_stack.undo()
    assert overview.key_result(window.document.workspace, kr.id, TODAY).objective_id == kr.objective_id


@pytest.fixture
def next_cycle(demo_ws):
    from datetime import date

    from okrdesk.services import planning

    return planning.add_cycle(demo_ws, name="Q1 2027", start=date(2026, 12, 28), end=date(2027, 3, 28))


def board_drag(qtbot, window, next_cycle, title, *, ctrl=False):
    window.move(0, 0)
    window.show_board()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    board = window.board
    cycle = lookup.current_cycle(window.document.workspace, TODAY)
    source = board.column_for(cycle.id)
    target = board.column_for(next_cycle.id)
    qtbot.waitUntil(lambda: source.model.loaded and target.model.loaded)
    kr = lookup.key_result_id(window.document.workspace, title, cycle.id)
    board.select(KEY_RESULT, kr, cycle.id)
    qtbot.wait(100)
    rect = board.card_rect(KEY_RESULT, kr, cycle.id)
    start = source.list.viewport().mapToGlobal(rect.center())
    end = target.list.viewport().mapToGlobal(target.list.viewport().rect().center())
    if ctrl:
        subprocess.run(["xdotool", "keydown", "ctrl"], check=True)
    try:
        drag(qtbot, start, end)
    finally:
        if ctrl:
            subprocess.run(["xdotool", "keyup", "ctrl"], check=True)
    return kr, source.model, target.model


@pytest.mark.skipif(shutil.which("xdotool") is None, reason="xdotool (Debian package) is needed")
def test_dragging_a_card_to_another_cycle_on_the_board(next_cycle, window, qtbot):
    kr, source, target = board_drag(qtbot, window, next_cycle, "Reach NPS 80")
    qtbot.waitUntil(
        lambda: overview.key_result(window.document.workspace, kr, TODAY).cycle_id == next_cycle.id, timeout=3000
    )
    titles = [target.row_at(r).info.title for r in range(target.rowCount())]
    assert titles == ["Make customers happier and keep them longer", "Reach NPS 80"]
    window.document.undo_stack.undo()
    assert overview.key_result(window.document.workspace, kr, TODAY).cycle_id != next_cycle.id
    assert target.rowCount() == 0


@pytest.mark.skipif(shutil.which("xdotool") is None, reason="xdotool (Debian package) is needed")
def test_ctrl_dragging_a_card_carries_it_forward(next_cycle, window, qtbot):
    kr, source, target = board_drag(qtbot, window, next_cycle, "Cut average handling time to 10 min", ctrl=True)
    qtbot.waitUntil(lambda: target.rowCount() == 2, timeout=3000)
    new = target.row_at(1).info
    assert new.carried_from_id == kr and new.start == 16
    assert overview.key_result(window.document.workspace, kr, TODAY).cycle_id == source.cycle_id
