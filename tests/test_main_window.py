"""The main window as a team lead uses it: find the cycle, edit, check in, see the trend, undo."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from conftest import TODAY
from okrdesk.models.workspace import Workspace
from okrdesk.services import lookup, overview
from okrdesk.ui.dialogs import CheckInDialog, NewKeyResultDialog
from okrdesk.ui.mainwindow import MainWindow
from okrdesk.ui.plots import timestamp
from okrdesk.ui.qtmodels.checkins import CheckInTableModel
from okrdesk.ui.qtmodels.due import DueModel
from okrdesk.ui.qtmodels.outline import CYCLE, KEY_RESULT, OBJECTIVE, Column

MARKUP = "<b>bold</b><img src=x>"


def query(window, sql):
    con = sqlite3.connect(window.document.workspace.path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def kr_id(window, title):
    cycle = lookup.current_cycle(window.document.workspace, TODAY)
    return lookup.key_result_id(window.document.workspace, title, cycle.id)


def test_opens_on_the_current_cycle_with_its_key_results(window):
    kind, info, _ = window.current_node()
    assert kind == CYCLE and info.status == "active"
    model = window.model
    cycle = window.outline.currentIndex().siblingAtColumn(0)
    assert window.outline.isExpanded(cycle)
    first_objective = model.index(0, 0, cycle)
    assert window.outline.isExpanded(first_objective)
    assert model.index(0, 0, first_objective).data() == "Cut average handling time to 10 min"
    assert "demo" in window.windowTitle() and str(window.document.workspace.path) in window.windowTitle()


def test_pyqtgraph_loads_on_the_first_plot_not_at_start(demo_ws):
    code = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from okrdesk.ui.app import make_application\n"
        "from okrdesk.ui.mainwindow import MainWindow\n"
        "from okrdesk.models.workspace import Workspace\n"
        "app = make_application()\n"
        "w = MainWindow()\n"
        f"w.set_workspace(Workspace.open({str(demo_ws.path)!r}))\n"
        "w.show(); app.processEvents()\n"
        "print('pyqtgraph' in sys.modules, 'alembic' in sys.modules)\n"
        "w.select('key_result', 5); app.processEvents()\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["False", "False", "True"], out.stderr


def test_selecting_a_key_result_shows_editor_trend_and_check_ins(window):
    kr = kr_id(window, "Cut average handling time to 10 min")
    window.select(KEY_RESULT, kr)
    editor = window.panel.key_result_editor
    assert window.panel.currentWidget() is editor
    assert editor.form.title.text() == "Cut average handling time to 10 min"
    assert editor.form.start.text() == "25" and editor.form.target.text() == "10"
    trend = overview.trend(window.document.workspace, kr, TODAY)
    xs, ys = window.trend.data["values"]
    assert ys == [v for _, v in trend.points] and ys[-1] == 16
    assert xs == [timestamp(d) for d, _ in trend.points]
    cycle = lookup.current_cycle(window.document.workspace, TODAY)
    assert window.trend.data["ideal"] == ([timestamp(cycle.start), timestamp(cycle.end)], [25, 10])
    fx, fy = window.trend.data["forecast"]
    assert fx[-1] == timestamp(cycle.end) and fy[-1] == pytest.approx(trend.forecast)
    assert window.trend.data["today"] == timestamp(TODAY)
    assert window.trend.data["target_band"][1] == 10  # lower is better: the band is at and below 10
    assert window.check_ins.model.rowCount() == len(trend.check_ins)
    assert window.check_ins.model.index(0, 1).data() == "16 min"  # newest first


def test_hovering_a_check_in_shows_date_value_and_note(window):
    kr = kr_id(window, "Cut average handling time to 10 min")
    window.select(KEY_RESULT, kr)
    trend = overview.trend(window.document.workspace, kr, TODAY)
    noted = next(c for c in trend.check_ins if c.note)
    text = window.trend.hover_text_near(timestamp(noted.on) + 3600)
    assert noted.note in text and "min" in text


def test_objective_selected_plots_its_key_results_progress(window):
    cycle = lookup.current_cycle(window.document.workspace, TODAY)
    objective = overview.cycle_overview(window.document.workspace, cycle.id, TODAY).objectives[0]
    window.select(OBJECTIVE, objective.objective.id)
    series = window.trend.data["series"]
    assert set(series) == {k.id for k in objective.key_results}
    handling = next(k for k in objective.key_results if k.title.startswith("Cut average"))
    assert series[handling.id][1][-1] == pytest.approx(60)
    editor = window.panel.objective_editor
    assert editor.sentence.text().startswith(
        "We will give customers fast, first-time-right support, as measured by cut average handling time to 10 min;"
    )
    assert editor.warning.isHidden()


def test_editing_in_the_key_result_editor_commits_and_undo_restores(window, qtbot):
    kr = kr_id(window, "Reach NPS 80")
    window.select(KEY_RESULT, kr)
    form = window.panel.key_result_editor.form
    form.target.setText("90")
    form.target.editingFinished.emit()
    assert query(window, f"SELECT target_value FROM key_results WHERE id = {kr}") == [(90.0,)]
    assert window.model.index_for(KEY_RESULT, kr, Column.TARGET).data() == "90"
    assert window.undo_action.text().endswith("Edit key result “Reach NPS 80”")
    qtbot.keyClick(window.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert query(window, f"SELECT target_value FROM key_results WHERE id = {kr}") == [(80.0,)]
    assert window.model.index_for(KEY_RESULT, kr, Column.TARGET).data() == "80"
    qtbot.keyClick(
        window.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert query(window, f"SELECT target_value FROM key_results WHERE id = {kr}") == [(90.0,)]


def test_invalid_number_in_the_editor_is_refused_with_the_reason(window):
    kr = kr_id(window, "Reach NPS 80")
    window.select(KEY_RESULT, kr)
    editor = window.panel.key_result_editor
    editor.form.target.setText("lots")
    editor.form.target.editingFinished.emit()
    assert "“lots” is not a number" in editor.problem.text() and editor.problem.isVisible()
    editor.form.target.setText("50")  # equal to the start
    editor.form.target.editingFinished.emit()
    assert "both 50" in editor.problem.text()
    assert editor.form.target.text() == "80"
    assert query(window, f"SELECT target_value FROM key_results WHERE id = {kr}") == [(80.0,)]
    assert window.document.undo_stack.count() == 0


def test_relative_target_in_the_editor(window):
    kr = kr_id(window, "Raise retention by 30 %")
    window.select(KEY_RESULT, kr)
    form = window.panel.key_result_editor.form
    assert form.target_mode.currentData() == "relative" and form.percent.text() == "30"
    form.percent.setText("50")
    form.percent.editingFinished.emit()
    assert query(window, f"SELECT target_value, target_percent FROM key_results WHERE id = {kr}") == [(90.0, 50.0)]


def test_check_in_dialog_round_trip(window):
    kr = kr_id(window, "Cut average handling time to 10 min")
    info = overview.key_result(window.document.workspace, kr, TODAY)
    dialog = CheckInDialog(window.document, info, window)
    assert dialog.value.text() == "16" and dialog.date.date().toPython() == TODAY
    dialog.value.setText("14,5" if dialog.value.locale().decimalPoint() == "," else "14.5")
    dialog.confidence.button(1).setChecked(True)
    dialog.note.setPlainText("New macros helped")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    rows = query(
        window,
        f"SELECT value, confidence, note, checked_on FROM check_ins WHERE key_result_id = {kr} "
        "ORDER BY id DESC LIMIT 1",
    )
    assert rows == [(14.5, "at_risk", "New macros helped", TODAY.isoformat())]
    assert window.model.index_for(KEY_RESULT, kr, Column.CURRENT).data() == "14.5"
    window.document.undo_stack.undo()
    assert window.model.index_for(KEY_RESULT, kr, Column.CURRENT).data() == "16"


def test_check_in_dialog_refuses_bad_input_and_stays_open(window):
    kr = kr_id(window, "Publish the onboarding playbook for new specialists")
    info = overview.key_result(window.document.workspace, kr, TODAY)
    dialog = CheckInDialog(window.document, info, window)
    dialog.value.setText("0.5")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "milestone" in dialog.problem.text()
    count = query(window, f"SELECT count(*) FROM check_ins WHERE key_result_id = {kr}")[0][0]
    dialog.value.setText("1")
    dialog.accept()
    assert query(window, f"SELECT count(*) FROM check_ins WHERE key_result_id = {kr}")[0][0] == count + 1


def test_ctrl_k_opens_the_check_in_dialog(window, qtbot):
    kr = kr_id(window, "Reach NPS 80")
    window.select(KEY_RESULT, kr)
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        dialog.value.setText("90")
        dialog.accept()

    QTimer.singleShot(100, answer)
    qtbot.keyClick(window.outline, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["CheckInDialog"]
    assert query(window, f"SELECT max(value) FROM check_ins WHERE key_result_id = {kr}") == [(90.0,)]


def test_due_list_is_worked_down_with_the_keyboard(window, qtbot):
    model = window.due.model
    due_before = model.rowCount()
    due_titles = {model.index(r, 0).data() for r in range(due_before)}
    assert due_titles == {"Recruit 2 Customer Success specialists", "Raise retention by 30 %"}
    window.show_due()
    first = model.due_at(0).key_result.id

    def answer():
        dialog = QApplication.activeModalWidget()
        dialog.value.setText(dialog.value.text() or "1")
        dialog.accept()

    QTimer.singleShot(100, answer)
    qtbot.keyClick(window.due.view, Qt.Key.Key_Return)
    assert model.rowCount() == due_before - 1
    assert first not in [model.due_at(r).key_result.id for r in range(model.rowCount())]
    assert window.due.view.currentIndex().row() == 0


def test_delete_names_what_goes_and_undo_brings_it_back(window, monkeypatch):
    questions = []
    monkeypatch.setattr(window, "confirm", lambda q: questions.append(q) or True)
    cycle = lookup.current_cycle(window.document.workspace, TODAY)
    objective = overview.cycle_overview(window.document.workspace, cycle.id, TODAY).objectives[0]
    window.select(OBJECTIVE, objective.objective.id)
    window.delete_selected()
    assert (
        "the objective(s) “Give customers fast, first-time-right support” with its 4 key result(s), "
        "40 check-in(s)?" in questions[0]
    )
    assert query(window, f"SELECT count(*) FROM objectives WHERE id = {objective.objective.id}") == [(0,)]
    assert window.model.node_for(OBJECTIVE, objective.objective.id) is None
    window.document.undo_stack.undo()
    assert query(window, f"SELECT count(*) FROM key_results WHERE objective_id = {objective.objective.id}") == [(4,)]
    assert window.model.node_for(OBJECTIVE, objective.objective.id) is not None


def test_a_newcomer_adds_an_objective_with_three_key_results(window, qtbot, tmp_path):
    window.select_current_cycle()
    window.add_objective()
    kind, info, objective_id = window.current_node()
    assert kind == OBJECTIVE and info.title == "New objective"
    editors = [w for w in window.outline.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1  # the title is being edited in place
    editor = editors[0]
    assert editor.text() == "New objective"
    editor.setText("Onboard new customers in a week")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(
        lambda: (
            query(window, f"SELECT title FROM objectives WHERE id = {objective_id}")
            == [("Onboard new customers in a week",)]
        )
    )
    for title, start, target in (
        ("Cut onboarding to 7 days", "21", "7"),
        ("Reach 90 % setup completion", "60", "90"),
        ("Hold 4 onboarding webinars", "0", "4"),
    ):
        window.select(OBJECTIVE, objective_id)
        dialog = NewKeyResultDialog(window.document, objective_id, info.cycle_id, window)
        dialog.form.title.setText(title)
        dialog.form.start.setText(start)
        dialog.form.target.setText(target)
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.problem.text()
        new_kr = dialog.command.kr_id
        check_in = CheckInDialog(window.document, overview.key_result(window.document.workspace, new_kr, TODAY), window)
        check_in.value.setText(str(int(start) + (1 if int(target) > int(start) else -1)))
        check_in.accept()
    window.select(OBJECTIVE, objective_id)
    assert window.panel.objective_editor.warning.isHidden()
    assert len(window.trend.data["series"]) == 3
    # A mistake, undone.
    window.document.undo_stack.undo()
    rows = query(
        window,
        f"SELECT count(*) FROM check_ins c JOIN key_results k ON k.id = c.key_result_id "
        f"WHERE k.objective_id = {objective_id}",
    )
    assert rows == [(2,)]
    path = window.document.workspace.path
    window.close()
    with Workspace.open(path) as reopened:
        data = overview.objective(reopened, objective_id, TODAY)
    assert [k.title for k in data.key_results] == [
        "Cut onboarding to 7 days",
        "Reach 90 % setup completion",
        "Hold 4 onboarding webinars",
    ]


def test_objective_editor_warns_about_too_few_key_results(window):
    window.select_current_cycle()
    window.add_objective()
    window.outline.closePersistentEditor(window.outline.currentIndex())
    editor = window.panel.objective_editor
    assert not editor.warning.isHidden()
    assert "2 to 5 key results; this one has 0" in editor.warning.text()


def test_markup_in_titles_shows_literally(window):
    kr = kr_id(window, "Reach NPS 80")
    window.select(KEY_RESULT, kr)
    form = window.panel.key_result_editor.form
    form.title.setText(MARKUP)
    form.title.editingFinished.emit()
    assert window.model.index_for(KEY_RESULT, kr).data() == MARKUP
    assert window.check_ins.heading.text().startswith(MARKUP)
    assert window.check_ins.heading.textFormat() == Qt.TextFormat.PlainText
    objective_id = overview.key_result(window.document.workspace, kr, TODAY).objective_id
    window.select(OBJECTIVE, objective_id)
    sentence = window.panel.objective_editor.sentence
    assert sentence.textFormat() == Qt.TextFormat.PlainText and MARKUP in sentence.text()
    from okrdesk.ui.commands import SetTeamName

    window.document.execute(SetTeamName(window.document, MARKUP))
    assert window.windowTitle().startswith(MARKUP + " (")
    for label in window.findChildren(QLabel):
        if MARKUP in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_outline_edit_refused_shows_the_reason(window, qtbot):
    kr = kr_id(window, "Reach NPS 80")
    index = window.model.index_for(KEY_RESULT, kr, Column.TARGET)
    assert not window.model.setData(index, 50.0)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox, "errorBox")))
    box = next(b for b in window.findChildren(QMessageBox, "errorBox") if b.isVisible())
    assert "both 50" in box.text() and box.textFormat() == Qt.TextFormat.PlainText
    box.close()


def test_layout_and_recent_files_persist(window, qtbot, demo_ws):
    window.resize(760, 560)
    window.splitter.setSizes([500, 250])
    qtbot.wait(10)
    expected = window.splitter.sizes()[0]
    window.close()
    again = MainWindow(today=lambda: TODAY)
    qtbot.addWidget(again)
    assert again.settings.recent_files[0] == demo_ws.path.absolute()
    assert again.settings.last_file == demo_ws.path.absolute()
    assert again.size().width() == 760
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes()[0] == pytest.approx(expected, abs=5)


def test_item_models_pass_the_model_tester(window, qtmodeltester):
    window.select(KEY_RESULT, kr_id(window, "Reach NPS 80"))
    assert isinstance(window.check_ins.model, CheckInTableModel)
    qtmodeltester.check(window.check_ins.model, force_py=True)
    assert isinstance(window.due.model, DueModel)
    qtmodeltester.check(window.due.model, force_py=True)
    qtmodeltester.check(window.model, force_py=True)


def test_check_in_history_edit_and_delete_with_undo(window):
    kr = kr_id(window, "Reach NPS 80")
    window.select(KEY_RESULT, kr)
    model = window.check_ins.model
    newest = model.check_in_at(0)
    assert model.setData(model.index(0, 1), 85.0)
    assert query(window, f"SELECT value FROM check_ins WHERE id = {newest.id}") == [(85.0,)]
    model.delete_rows([0])
    assert query(window, f"SELECT count(*) FROM check_ins WHERE id = {newest.id}") == [(0,)]
    assert model.check_in_at(0).id != newest.id
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert query(window, f"SELECT value FROM check_ins WHERE id = {newest.id}") == [(86.0,)]
    assert model.check_in_at(0).id == newest.id


def test_read_only_workspace_refuses_edits_clearly(tmp_path, qtbot, demo_ws):
    path = demo_ws.path
    demo_ws.close()
    path.chmod(0o444)
    try:
        win = MainWindow(today=lambda: TODAY)
        qtbot.addWidget(win)
        assert win.open_path(path)
        assert "[read-only]" in win.windowTitle()
        assert not win.add_objective_action.isEnabled()
        index = win.model.index_for(KEY_RESULT, 12, Column.TITLE)
        assert not (win.model.flags(index) & Qt.ItemFlag.ItemIsEditable)
        win.close()
    finally:
        path.chmod(0o644)


def test_opening_a_bad_file_explains_and_keeps_the_current_one(window, tmp_path, qtbot):
    bad = tmp_path / "bad.okrdesk"
    bad.write_bytes(b"garbage" * 1000)
    before = window.document.workspace.path
    assert not window.open_path(bad)
    assert window.document.workspace.path == before
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "errorBox")))
    box = next(b for b in window.findChildren(QMessageBox, "errorBox") if b.isVisible())
    assert "not a database file" in box.text()
    box.close()


def test_save_a_copy_and_open_recent(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    copy = tmp_path / "copy.okrdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.save_copy()
    with Workspace.open(copy) as opened:
        assert opened.check().counts == window.document.workspace.check().counts
    assert window.open_path(copy)
    assert window.document.workspace.path == copy
    window._fill_recent_menu()
    entries = [a.text() for a in window.recent_menu.actions()]
    assert entries[0] == str(copy.absolute()) and len(entries) == 2
