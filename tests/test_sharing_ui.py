"""A shared file seen from a running window: others' changes, conflicts, a vanished file, merge, restore,
and user text that looks like HTML shown literally everywhere."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from conftest import TODAY
from okrdesk.models import backups, errors
from okrdesk.models.workspace import Workspace
from okrdesk.services import checkins, lookup, overview, planning, reviews
from okrdesk.ui.guard import install_plain_text_guard
from okrdesk.ui.qtmodels.outline import KEY_RESULT, Column, Role
from okrdesk.ui.sharing import ConflictDialog

MARKUP = '<img src="http://example.invalid/x.png"><b>hi</b>'


def test_another_process_change_shows_up_with_the_selection_kept(window, qtbot):
    ws = window.document.workspace
    kr = lookup.key_result_id(ws, "Reach NPS 80", lookup.current_cycle(ws, TODAY).id)
    window.select(KEY_RESULT, kr)
    assert window.model.index_for(KEY_RESULT, kr, Column.CURRENT).data() == "86"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "okrdesk",
            "checkin",
            str(ws.path),
            "--kr",
            str(kr),
            "--value",
            "91",
            "--date",
            TODAY.isoformat(),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(
        lambda: window.model.index_for(KEY_RESULT, kr, Column.CURRENT).data() == "91",
        timeout=2 * window.document.POLL_MS + 500,
    )
    assert window.current_node()[2] == kr  # still selected
    assert window.check_ins.model.check_in_at(0).value == 91
    assert "Someone else changed the workspace: 1 check-in(s)" in window.statusBar().currentMessage()


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_editing_what_someone_else_changed_asks_and_loses_nothing(window, choice):
    ws = window.document.workspace
    kr = lookup.key_result_id(ws, "Reach NPS 80", lookup.current_cycle(ws, TODAY).id)
    other = Workspace.open(ws.path)
    planning.edit_key_result(other, kr, title="Reach NPS 85")  # before this window noticed
    asked = []
    window.document.resolve_conflict = lambda conflict, command: asked.append(conflict) or choice
    index = window.model.index_for(KEY_RESULT, kr, Column.TITLE)
    stored = window.model.setData(index, "Reach NPS 90")
    assert asked and asked[0].theirs == {"title": "Reach NPS 85"} and asked[0].mine == {"title": "Reach NPS 90"}
    dialog = ConflictDialog(asked[0], window)
    assert "theirs “Reach NPS 85”, yours “Reach NPS 90”" in dialog.text.text()
    expected = "Reach NPS 90" if choice == "mine" else "Reach NPS 85"
    assert stored == (choice == "mine")
    assert overview.key_result(other, kr, TODAY).title == expected
    assert window.model.index_for(KEY_RESULT, kr, Column.TITLE).data() == expected
    other.close()


def test_a_vanished_file_makes_the_window_read_only_until_it_is_back(window, tmp_path):
    path = window.document.workspace.path
    away = tmp_path / "away.okrdesk"
    path.rename(away)
    window.document.poll()
    assert window.document.read_only and not window.offline_label.isHidden()
    assert "[read-only]" in window.windowTitle() and not window.add_objective_action.isEnabled()
    away.rename(path)
    window.document.poll()
    assert not window.document.read_only and window.offline_label.isHidden()
    assert window.add_objective_action.isEnabled()


def test_merge_a_copy_from_the_window(window, tmp_path, monkeypatch):
    ws = window.document.workspace
    copy = tmp_path / "copy.okrdesk"
    shutil.copyfile(ws.path, copy)
    kr = lookup.key_result_id(ws, "Reach NPS 80", lookup.current_cycle(ws, TODAY).id)
    with Workspace.open(copy) as other:
        checkins.add_check_in(other, kr, value=92, on=TODAY, note="from the copy")
    previews = []
    monkeypatch.setattr(window, "confirm_merge", lambda plan: previews.append(plan) or True)
    assert window.merge_copy(copy)
    assert previews[0].count("add", "check_ins") == 1
    assert window.model.index_for(KEY_RESULT, kr, Column.CURRENT).data() == "92"
    assert backups.list_backups(ws.path)  # a backup was made first
    assert not window.merge_copy(copy)  # the second time there is nothing to merge


def test_restore_from_backup_in_the_window(window, monkeypatch):
    ws = window.document.workspace
    assert backups.list_backups(ws.path), "a backup is made when the workspace opens"
    kr = lookup.key_result_id(ws, "Reach NPS 80", lookup.current_cycle(ws, TODAY).id)
    planning.delete_key_results(ws, [kr])
    monkeypatch.setattr(window, "choose_backup", lambda found: found[-1])
    assert window.restore_backup()
    assert overview.key_result(ws, kr, TODAY).title == "Reach NPS 80"
    assert window.model.index_for(KEY_RESULT, kr).isValid()


def test_markup_in_user_text_is_shown_literally_everywhere(window, qtbot, tmp_path):
    install_plain_text_guard(QApplication.instance())
    ws = window.document.workspace
    current = lookup.current_cycle(ws, TODAY)
    kr = lookup.key_result_id(ws, "Publish the onboarding playbook for new specialists", current.id)
    with Workspace.open(ws.path) as other:  # someone else types it
        planning.edit_key_result(other, kr, title=MARKUP)
        closed = next(c for c in overview.list_cycles(other, TODAY) if c.status == "closed")
        lesson = reviews.review_data(other, closed.id, TODAY).lessons[0]
        reviews.edit_lesson(other, lesson.id, text=MARKUP)
    assert window.document.poll() == "changed"
    window.select(KEY_RESULT, kr)
    # The outline and its tooltip.
    index = window.model.index_for(KEY_RESULT, kr)
    assert index.data() == MARKUP
    assert "&lt;img src=&quot;http://example.invalid/x.png&quot;&gt;&lt;b&gt;hi&lt;/b&gt;" in index.data(
        Qt.ItemDataRole.ToolTipRole
    )
    # Labels: every label holding it is plain text (the app-wide guard sees to it).
    qtbot.wait(50)
    holders = [label for label in window.findChildren(QLabel) if MARKUP in label.text()]
    assert holders and all(label.textFormat() == Qt.TextFormat.PlainText for label in holders)
    stray = QLabel(MARKUP)  # even a label somebody forgets to set
    qtbot.addWidget(stray)
    stray.show()
    assert stray.textFormat() == Qt.TextFormat.PlainText
    # A message box quoting it.
    with pytest.raises(errors.InvalidInput) as caught:
        checkins.add_check_in(ws, kr, value=0.5, on=TODAY)
    window.report(caught.value)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "errorBox")))
    box = next(b for b in window.findChildren(QMessageBox, "errorBox") if b.isVisible())
    assert MARKUP in box.text() and box.textFormat() == Qt.TextFormat.PlainText
    box.close()
    # The board's card and the lessons panel.
    from okrdesk.ui.board import CardDelegate

    window.show_board()
    column = window.board.column_for(current.id)
    column.model.ensure_loaded()
    row = next(r for r in range(column.model.rowCount()) if column.model.row_at(r).id == kr)
    assert column.model.index(row).data() == MARKUP
    metrics = column.list.fontMetrics()
    assert "".join(CardDelegate._two_lines(MARKUP, metrics, 2000)) == MARKUP
    assert MARKUP in column.model.index(row).data(Qt.ItemDataRole.ToolTipRole).replace("&lt;", "<").replace(
        "&gt;", ">"
    ).replace("&quot;", '"')
    window.show_outline()
    window.select(KEY_RESULT, kr)
    assert any(MARKUP in window.lessons.model.index(r).data() for r in range(window.lessons.model.rowCount()))
    # The review wizard.
    from okrdesk.ui.review_wizard import ReviewWizard

    wizard = ReviewWizard(window.document, current.id, window)
    qtbot.addWidget(wizard)
    score = wizard.pages[1].model
    assert any(MARKUP in (score.index(r, 0).data() or "") for r in range(score.rowCount()))
    texts = [wizard.pages[0].lessons.item(i).text() for i in range(wizard.pages[0].lessons.count())]
    assert any(MARKUP in text for text in texts)
    # The PDF.
    if shutil.which("pdftotext"):
        path = window.write_review_pdf(closed.id, tmp_path / "markup.pdf", include_people=True, page_size="A4")
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        assert MARKUP in " ".join(text.split())
    assert Role.KIND


def test_a_corrupt_file_is_said_and_its_latest_good_backup_offered(window, tmp_path, monkeypatch):
    from conftest import sha256

    source = window.document.workspace.path
    damaged = tmp_path / "team.okrdesk"
    shutil.copyfile(source, damaged)
    backups.snapshot(damaged, force=True)
    data = bytearray(damaged.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\x00garbage" * (4096 * 3 // 8)
    damaged.write_bytes(bytes(data))
    before = sha256(damaged)
    questions = []
    monkeypatch.setattr(window, "confirm", lambda question: questions.append(question) or True)
    assert window.open_path(damaged)
    assert "is damaged" in questions[0] and "latest good backup" in questions[0]
    opened = window.document.workspace.path
    assert opened != damaged and opened.name.startswith("team (restored ")
    assert window.document.workspace.check().healthy
    assert sha256(damaged) == before
