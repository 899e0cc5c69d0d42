"""UI speed on a large workspace: expanding an 8,000-KR cycle, editing, checking in, switching plots.

Run: QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_ui [FILE]
Targets: opening the window < 1 s; loading the big cycle < 1 s; an edit or a check-in < 0.15 s;
switching between key results with 10,000 check-ins < 0.25 s.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(label: str, action, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<55} {best * 1000:8.1f} ms")
    return best


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from okrdesk.models.workspace import Workspace
    from okrdesk.ui import commands
    from okrdesk.ui.document import Changes
    from okrdesk.ui.mainwindow import MainWindow
    from okrdesk.ui.qtmodels.outline import CYCLE, KEY_RESULT
    from tests.benchmarks.big_workspace import build

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else folder / "big.okrdesk"
    if not path.exists():
        build(path, cycles=2, key_results=8000, check_ins=10).close()
    today = date(2017, 5, 1)
    window = MainWindow(today=lambda: today)
    timed("open the window on the workspace", lambda: window.set_workspace(Workspace.open(path)))
    window.show()
    app.processEvents()
    model = window.model
    big = model.node_for(CYCLE, 1)
    timed("load the first cycle's 4,000 key results", lambda: model.ensure_loaded(big.id))
    timed("expand all of it", lambda: (window.outline.expandAll(), app.processEvents()))
    kr = model.node_for(KEY_RESULT, 3000).info

    def edit():
        command = commands.EditFields(
            window.document,
            "key_results",
            kr.id,
            {"title": f"KR {time.time()}"},
            Changes.of(objectives=[kr.objective_id], key_results=[kr.id]),
            "edit",
        )
        window.document.execute(command)
        app.processEvents()

    timed("edit a key result's title (command + refresh)", edit, repeat=5)

    def check_in():
        command = commands.AddCheckIn(
            window.document,
            kr.id,
            Changes.of(objectives=[kr.objective_id], key_results=[kr.id]),
            value=50.0,
            on=today,
        )
        window.document.execute(command)
        app.processEvents()

    timed("check in (command + refresh)", check_in, repeat=5)
    timed(
        "first plot: a key result with 10,000 check-ins",
        lambda: (window.select(KEY_RESULT, 1), app.processEvents()),
    )
    for _ in range(3):
        timed("switch to an ordinary key result", lambda: (window.select(KEY_RESULT, 2), app.processEvents()))
        timed("switch back to the 10,000 check-ins", lambda: (window.select(KEY_RESULT, 1), app.processEvents()))
    board_path = folder / "board.okrdesk"
    if not board_path.exists():
        build(board_path, cycles=40, key_results=8000, check_ins=10, heavy_kr_check_ins=10).close()
    timed("open 40 cycles / 8,000 key results", lambda: window.set_workspace(Workspace.open(board_path)))
    timed(
        "show the board (columns in view load)", lambda: (window.show_board(), app.processEvents(), app.processEvents())
    )
    scroll = window.board.scroll.horizontalScrollBar()
    timed(
        "scroll the board to the end",
        lambda: (scroll.setValue(scroll.maximum()), app.processEvents(), app.processEvents()),
    )
    loaded = sum(1 for c in window.board.columns if c.model.loaded)
    print(f"columns loaded after scrolling: {loaded} of {len(window.board.columns)}")
    window.close()
    window.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
