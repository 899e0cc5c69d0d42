"""The review wizard end to end on the demo, resuming half-way, lessons in the next cycle, and the PDF."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from conftest import TODAY
from okrdesk.services import lookup, overview, reviews
from okrdesk.ui.qtmodels.outline import CYCLE
from okrdesk.ui.qtmodels.review import ScoreColumn
from okrdesk.ui.review_wizard import ReviewWizard

MARKUP = "<b>x</b><img src=x>"


def query(ws, sql):
    con = sqlite3.connect(ws.path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def open_wizard(window, qtbot, monkeypatch):
    """Start the wizard from the Cycle menu's action, without blocking on exec()."""
    opened: list[ReviewWizard] = []

    def show(wizard):
        qtbot.addWidget(wizard)
        wizard.show()
        opened.append(wizard)

    monkeypatch.setattr(window, "open_wizard", show)

    def start(cycle_id):
        window.select(CYCLE, cycle_id)
        window.review_action.trigger()
        return opened[-1]

    return start


def test_the_team_reviews_the_cycle_end_to_end(window, open_wizard, qtbot):
    ws = window.document.workspace
    cycle = lookup.current_cycle(ws, TODAY)
    wizard = open_wizard(cycle.id)
    overview_page, score, reflection, people, lessons, nxt, finish = wizard.pages
    # Overview: the cycle, who takes part, the lessons carried in (one acted on).
    assert cycle.name in overview_page.heading.text()
    assert overview_page.people.count() == 2
    assert [overview_page.lessons.item(i).text()[0] for i in range(overview_page.lessons.count())] == [
        "\u2713",
        "\u2610",
        "\u2610",
    ]
    overview_page.people.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert (
        len(
            query(
                ws,
                "SELECT * FROM review_participants p JOIN reviews r ON r.id = p.review_id "
                f"WHERE r.cycle_id = {cycle.id}",
            )
        )
        == 1
    )
    wizard.next()
    # Score: the team gives 0.9 to handling time, the cycle score follows.
    model = score.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.line(r)[0] == "score" and model.line(r)[1].key_result.title == "Cut average handling time to 10 min"
    )
    objective_row = next(r for r in range(model.rowCount()) if model.line(r)[0] == "objective")
    assert model.index(objective_row, ScoreColumn.SCORE).data() == "0.7"
    assert model.setData(model.index(row, ScoreColumn.SCORE), 0.9)
    assert model.index(row, ScoreColumn.SCORE).data().startswith("0.9")
    assert model.index(objective_row, ScoreColumn.SCORE).data() == "0.8"  # (0.9 + 0.5 + 0.8 + 1.0) / 4
    assert score.summary.text() == "Cycle score: 0.5"
    assert model.setData(model.index(row, ScoreColumn.COMMENT), "Macros paid off")
    wizard.next()
    reflection.well.setPlainText("Pairing new hires worked")
    reflection.well.editing_finished.emit()
    wizard.next()
    ana = next(iter(people.rows.values()))
    ana[0].setPlainText("Led the hiring")
    ana[0].editing_finished.emit()
    ana[1].setCurrentIndex(5)
    ana[1].activated.emit(5)
    wizard.next()
    lessons.add_lesson("Check in on Mondays")
    lessons.add_lesson("Hire before the peak")
    lessons.add_lesson("A mistake")
    lessons.view.setCurrentIndex(lessons.model.index(2))
    lessons.delete_lesson()
    lessons.view.setCurrentIndex(lessons.model.index(1))
    lessons.move(-1)
    assert [lessons.model.lesson(r).text for r in range(lessons.model.rowCount())] == [
        "Hire before the peak",
        "Check in on Mondays",
    ]
    wizard.next()
    nxt.create_next_cycle()
    new_cycle = wizard.data.next_cycle
    assert new_cycle is not None and new_cycle.start == cycle.end + (new_cycle.start - cycle.end)
    assert (new_cycle.start - cycle.end).days == 1 and new_cycle.end - new_cycle.start == cycle.end - cycle.start
    item = next(
        nxt.carry.item(i)
        for i in range(nxt.carry.count())
        if nxt.carry.item(i).text().startswith("Cut average handling time")
    )
    item.setCheckState(Qt.CheckState.Checked)
    wizard.next()
    assert "Cycle score" in finish.summary.text() and "1 key results carry forward" in finish.summary.text()
    wizard.accept()
    # The file afterwards: the cycle closed, the review completed, the key result carried, the lessons moved.
    assert query(ws, f"SELECT status FROM cycles WHERE id = {cycle.id}") == [("closed",)]
    data = reviews.review_data(ws, cycle.id, TODAY)
    assert data.status == "completed" and data.went_well == "Pairing new hires worked"
    assert next(m for m in data.members if m.notes).rating == 5
    carried = overview.cycle_overview(ws, data.next_cycle.id, TODAY).objectives[0].key_results[0]
    source = lookup.key_result_id(ws, "Cut average handling time to 10 min", cycle.id)
    assert (carried.title, carried.start, carried.carried_from_id) == (
        "Cut average handling time to 10 min",
        16,
        source,
    )
    assert [lesson.text for lesson in reviews.lessons_for_cycle(ws, data.next_cycle.id)] == [
        "Hire before the peak",
        "Check in on Mondays",
    ]
    # One undo step takes the completion back.
    window.document.undo_stack.undo()
    assert query(ws, f"SELECT status FROM cycles WHERE id = {cycle.id}") == [("active",)]


def test_closing_half_way_and_reopening_resumes_with_nothing_lost(window, open_wizard):
    cycle = lookup.current_cycle(window.document.workspace, TODAY)
    wizard = open_wizard(cycle.id)
    wizard.next()
    wizard.next()
    wizard.pages[2].wrong.setPlainText("Hiring started late")
    wizard.pages[2].wrong.editing_finished.emit()
    wizard.next()
    wizard.reject()
    again = open_wizard(cycle.id)
    assert again.currentId() == again.pageIds()[3]
    assert again.pages[2].wrong.toPlainText() == "Hiring started late"
    assert reviews.review_data(window.document.workspace, cycle.id, TODAY).status == "draft"


def test_a_completed_review_opens_read_only_or_is_amended(window, open_wizard, monkeypatch):
    closed = next(c for c in overview.list_cycles(window.document.workspace, TODAY) if c.status == "closed")
    monkeypatch.setattr(window, "ask_review_mode", lambda name: "view")
    wizard = open_wizard(closed.id)
    assert wizard.read_only
    assert (
        not wizard.pages[1].view.isEnabled()
        or not wizard.pages[1].model.flags(wizard.pages[1].model.index(1, ScoreColumn.SCORE))
        & Qt.ItemFlag.ItemIsEditable
    )
    assert not wizard.pages[4].add_button.isEnabled()
    wizard.accept()
    assert reviews.review_data(window.document.workspace, closed.id, TODAY).status == "completed"
    monkeypatch.setattr(window, "ask_review_mode", lambda name: "amend")
    amended = open_wizard(closed.id)
    assert not amended.read_only
    assert reviews.review_data(window.document.workspace, closed.id, TODAY).status == "draft"
    amended.accept()
    assert reviews.review_data(window.document.workspace, closed.id, TODAY).status == "completed"


def test_lessons_panel_in_the_next_cycle(window):
    ws = window.document.workspace
    current = lookup.current_cycle(ws, TODAY)
    window.select(CYCLE, current.id)
    panel = window.lessons
    assert panel.model.rowCount() == 3
    assert panel.model.index(0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    second = panel.model.lesson(1)
    assert panel.model.setData(panel.model.index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert query(ws, f"SELECT acted_on FROM lessons WHERE id = {second.id}") == [(1,)]
    panel.view.setCurrentIndex(panel.model.index(1))
    index = next(i for i in range(panel.shaped.count()) if panel.shaped.itemText(i).strip() == "Reach NPS 80")
    panel.shaped.setCurrentIndex(index)
    panel.shaped.activated.emit(index)
    kr = lookup.key_result_id(ws, "Reach NPS 80", current.id)
    assert query(ws, f"SELECT key_result_id FROM lessons WHERE id = {second.id}") == [(kr,)]
    assert "Reach NPS 80" in panel.model.index(1).data()


# -- the PDF ---------------------------------------------------------------------------


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is needed")


@needs_poppler
def test_the_review_pdf_says_everything(window, tmp_path):
    ws = window.document.workspace
    closed = next(c for c in overview.list_cycles(ws, TODAY) if c.status == "closed")
    path = window.write_review_pdf(closed.id, tmp_path / "review.pdf", include_people=True, page_size="A4")
    text = " ".join(pdftotext(path).split())
    data = reviews.review_data(ws, closed.id, TODAY)
    for objective in data.objectives:
        assert objective.objective.title in text
        for row in objective.scores:
            assert row.key_result.title in text
            assert f"score {row.score:.1f}" in text
    for lesson in data.lessons:
        assert lesson.text in text
    for member in data.members:
        assert member.notes in text
    assert "Customer Success" in text and f"Cycle score: {data.cycle_score:.1f}" in text
    assert "page 1 of" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts
    for line in fonts.splitlines()[2:]:
        assert line.split()[-5] == "yes", line  # every font embedded


@needs_poppler
def test_people_notes_can_be_left_out(window, tmp_path):
    ws = window.document.workspace
    closed = next(c for c in overview.list_cycles(ws, TODAY) if c.status == "closed")
    path = window.write_review_pdf(closed.id, tmp_path / "wide.pdf", include_people=False, page_size="Letter")
    text = " ".join(pdftotext(path).split())
    for member in reviews.review_data(ws, closed.id, TODAY).members:
        assert member.notes not in text
    assert "People" not in text
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792" in info  # Letter


@needs_poppler
def test_markup_in_titles_prints_literally(window, tmp_path):
    from okrdesk.ui import commands
    from okrdesk.ui.document import Changes

    ws = window.document.workspace
    closed = next(c for c in overview.list_cycles(ws, TODAY) if c.status == "closed")
    kr = reviews.review_data(ws, closed.id, TODAY).objectives[0].scores[0].key_result
    window.document.execute(
        commands.EditFields(
            window.document, "key_results", kr.id, {"title": MARKUP}, Changes.of(objectives=[kr.objective_id]), "t"
        )
    )
    path = window.write_review_pdf(closed.id, tmp_path / "markup.pdf", include_people=True, page_size="A4")
    assert MARKUP in pdftotext(path)


@needs_poppler
def test_report_command_needs_no_display(demo_ws, tmp_path):
    import os

    out = tmp_path / "cli.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    closed = next(c for c in overview.list_cycles(demo_ws, TODAY) if c.status == "closed")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "okrdesk",
            "report",
            str(demo_ws.path),
            "--cycle",
            closed.name,
            "--output",
            str(out),
            "--no-people",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    text = pdftotext(out)
    assert "Reach NPS 70" in text and "Hire before the peak season" in text
    assert "Led the macro project" not in text
    current = lookup.current_cycle(demo_ws, TODAY)
    refused = subprocess.run(
        [
            sys.executable,
            "-m",
            "okrdesk",
            "report",
            str(demo_ws.path),
            "--cycle",
            current.name,
            "--output",
            str(tmp_path / "none.pdf"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert refused.returncode == 2 and "has no review yet" in refused.stderr
    assert not (tmp_path / "none.pdf").exists()
