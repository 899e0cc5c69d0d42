"""Sharing the file: many writers, conflicts, copies merged back, backups, hostile and broken files."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from conftest import TODAY, sha256
from okrdesk.models import backups, errors
from okrdesk.models.workspace import Workspace
from okrdesk.services import checkins, lookup, merge, overview, planning

OKRDESK = [sys.executable, "-m", "okrdesk"]


def count(path: Path, sql: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


# -- several writers ---------------------------------------------------------------------


def test_concurrent_check_ins_from_several_processes_are_all_kept(demo_ws):
    path = demo_ws.path
    demo_ws.close()
    before = count(path, "SELECT count(*) FROM check_ins")
    writers, each = 4, 8
    script = (
        "import subprocess, sys\n"
        f"for i in range({each}):\n"
        f"    r = subprocess.run({OKRDESK!r} + ['checkin', {str(path)!r}, '--kr', 'Reach NPS 80', '--value', str(80 + i),"
        " '--note', sys.argv[1] + ':' + str(i)], capture_output=True, text=True)\n"
        "    if r.returncode: print(r.stderr); sys.exit(r.returncode)\n"
    )
    processes = [subprocess.Popen([sys.executable, "-c", script, f"w{n}"]) for n in range(writers)]
    codes = [p.wait(timeout=240) for p in processes]
    assert codes == [0] * writers
    assert count(path, "SELECT count(*) FROM check_ins") == before + writers * each
    assert count(path, "SELECT count(DISTINCT note) FROM check_ins WHERE note LIKE 'w%:%'") == writers * each
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_two_sessions_editing_one_title_get_a_conflict_and_nothing_is_lost(demo_ws, tmp_path):
    other = Workspace.open(demo_ws.path)  # a second window, another person
    kr = lookup.key_result_id(demo_ws, "Reach NPS 80")
    mine = overview.key_result(demo_ws, kr, TODAY)
    theirs = overview.key_result(other, kr, TODAY)
    planning.edit_key_result(other, kr, expected_revision=theirs.revision, title="Reach NPS 85")
    with pytest.raises(errors.Conflict) as caught:
        planning.edit_key_result(demo_ws, kr, expected_revision=mine.revision, title="Reach NPS 90")
    assert caught.value.theirs == {"title": "Reach NPS 85"} and caught.value.mine == {"title": "Reach NPS 90"}
    assert overview.key_result(demo_ws, kr, TODAY).title == "Reach NPS 85"
    # Keeping mine is a deliberate second edit on the latest revision.
    latest = overview.key_result(demo_ws, kr, TODAY)
    planning.edit_key_result(demo_ws, kr, expected_revision=latest.revision, title="Reach NPS 90")
    assert overview.key_result(other, kr, TODAY).title == "Reach NPS 90"
    other.close()


def test_check_ins_never_conflict(demo_ws):
    other = Workspace.open(demo_ws.path)
    kr = lookup.key_result_id(demo_ws, "Reach NPS 80")
    checkins.add_check_in(demo_ws, kr, value=87, on=TODAY)
    checkins.add_check_in(other, kr, value=88, on=TODAY)
    assert [c.value for c in checkins.history(demo_ws, kr)][-2:] == [87, 88]
    other.close()


def test_own_writes_are_not_news_but_others_are(demo_ws):
    assert demo_ws.changed_by_others() is False
    planning.add_person(demo_ws, name="Carla")
    assert demo_ws.changed_by_others() is False
    other = Workspace.open(demo_ws.path)
    planning.add_person(other, name="Davi")
    assert demo_ws.changed_by_others() is True
    assert demo_ws.changed_by_others() is False
    other.close()


def test_kill_9_of_writers_never_loses_a_committed_check_in(demo_ws, tmp_path):
    path = demo_ws.path
    demo_ws.close()
    kr = lookup.key_result_id(Workspace.open(path), "Reach NPS 80")
    log = tmp_path / "committed.log"
    writer = (
        "import sys\n"
        "from datetime import date\n"
        "from okrdesk.models.workspace import Workspace\n"
        "from okrdesk.services import checkins\n"
        f"ws = Workspace.open({str(path)!r})\n"
        "i = 0\n"
        "while True:\n"
        "    info = checkins.add_check_in(ws, "
        + str(kr)
        + ", value=i, on=date(2026, 12, 4), note=f'{sys.argv[1]}-{i}')\n"
        f"    with open({str(log)!r}, 'a') as f: f.write(info.uid + '\\n'); f.flush(); __import__('os').fsync(f.fileno())\n"
        "    i += 1\n"
    )

    def lines() -> int:
        return len(log.read_text().splitlines()) if log.exists() else 0

    for round_ in range(20):
        before = lines()
        process = subprocess.Popen([sys.executable, "-c", writer, str(round_)])
        deadline = time.monotonic() + 10
        while lines() == before and time.monotonic() < deadline:  # killed while it is writing
            time.sleep(0.01)
        time.sleep((round_ % 7) * 0.013)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    committed = [line for line in log.read_text().splitlines() if line]
    assert len(committed) >= 20
    con = sqlite3.connect(path)
    stored = {row[0] for row in con.execute("SELECT uid FROM check_ins")}
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert set(committed) <= stored
    with Workspace.open(path) as ws:
        assert ws.check().healthy


# -- copies that come back -----------------------------------------------------------------


@pytest.fixture
def two_copies(demo_ws, tmp_path):
    copy = tmp_path / "copy.okrdesk"
    shutil.copyfile(demo_ws.path, copy)
    other = Workspace.open(copy)
    yield demo_ws, other
    other.close()


def test_merging_both_ways_gives_the_same_content_and_twice_changes_nothing(two_copies):
    here, there = two_copies
    kr = lookup.key_result_id(here, "Reach NPS 80")
    time.sleep(0.01)
    # Edited apart: check-ins on both sides, a title edited on each, an objective deleted there, a KR added here.
    checkins.add_check_in(here, kr, value=88, on=TODAY, note="here")
    checkins.add_check_in(there, kr, value=89, on=TODAY, note="there")
    planning.edit_key_result(here, kr, title="Reach NPS 85")
    time.sleep(0.01)
    planning.edit_key_result(there, kr, title="Reach NPS 90")  # later: wins
    cycle = lookup.current_cycle(here, TODAY)
    team = overview.cycle_overview(there, cycle.id, TODAY).objectives[1].objective.id
    planning.delete_objectives(there, [team])
    objective = overview.cycle_overview(here, cycle.id, TODAY).objectives[0].objective.id
    planning.add_key_result(here, objective_id=objective, title="New here", start=0, target=10)
    plan = merge.plan_merge(here, there.path)
    assert plan.count("add", "check_ins") == 1 and plan.count("update", "key_results") == 1
    assert plan.count("delete", "objectives") == 1
    merge.apply_merge(here, there.path)
    merge.apply_merge(there, here.path)
    assert merge.content(here) == merge.content(there)
    assert overview.key_result(here, kr, TODAY).title == "Reach NPS 90"
    notes = [c.note for c in checkins.history(here, kr)]
    assert "here" in notes and "there" in notes
    assert "New here" in [
        k.title for o in overview.cycle_overview(there, cycle.id, TODAY).objectives for k in o.key_results
    ]
    assert len(overview.cycle_overview(here, cycle.id, TODAY).objectives) == 2
    assert here.check().healthy and there.check().healthy
    before = sha256(here.path)
    assert merge.plan_merge(here, there.path).empty
    assert merge.apply_merge(here, there.path).empty
    assert sha256(here.path) == before


def test_merging_a_stranger_is_refused(demo_ws, tmp_path):
    stranger = tmp_path / "stranger.okrdesk"
    from okrdesk.services.demo import fill_demo

    with Workspace.create(stranger) as ws:
        fill_demo(ws, TODAY)
    before = sha256(demo_ws.path)
    with pytest.raises(errors.InvalidInput, match="not a copy of this workspace"):
        merge.apply_merge(demo_ws, stranger)
    assert sha256(demo_ws.path) == before


def test_merge_command_previews_then_merges(two_copies):
    here, there = two_copies
    kr = lookup.key_result_id(there, "Reach NPS 80")
    checkins.add_check_in(there, kr, value=91, on=TODAY, note="from the copy")
    path = here.path
    here.close()
    preview = subprocess.run(
        OKRDESK + ["merge", str(path), str(there.path), "--dry-run"], capture_output=True, text=True
    )
    assert preview.returncode == 0 and "add" in preview.stdout and "dry run" in preview.stdout
    assert count(path, "SELECT count(*) FROM check_ins WHERE note = 'from the copy'") == 0
    done = subprocess.run(OKRDESK + ["merge", str(path), str(there.path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert count(path, "SELECT count(*) FROM check_ins WHERE note = 'from the copy'") == 1
    again = subprocess.run(OKRDESK + ["merge", str(path), str(there.path)], capture_output=True, text=True)
    assert "Nothing to merge" in again.stdout


# -- backups -------------------------------------------------------------------------------


def test_backups_are_made_verified_rotated_and_restored(demo_ws):
    path = demo_ws.path
    start = datetime(2026, 1, 1, 9, 0)
    first = backups.snapshot(path, now=start)
    assert first is not None and Workspace.open(first, read_only=True).check().healthy
    assert backups.snapshot(path, now=start + timedelta(hours=3)) is None  # once a day
    for day in range(1, 60):
        backups.snapshot(path, now=start + timedelta(days=day))
    kept = backups.list_backups(path)
    # The last 10, plus the newest of each earlier month (January; February is among the last 10's months).
    assert len(kept) == 11
    assert kept[-1].taken_at.month == 1 and kept[0].taken_at == start + timedelta(days=59)
    assert kept[0].counts()["key_results"] == 13
    kr = lookup.key_result_id(demo_ws, "Reach NPS 80")
    planning.delete_key_results(demo_ws, [kr])
    assert count(path, "SELECT count(*) FROM key_results") == 12
    saved = backups.restore(path, kept[0].path)
    assert count(path, "SELECT count(*) FROM key_results") == 13
    assert saved is not None and count(saved, "SELECT count(*) FROM key_results") == 12


# -- hostile and broken files ---------------------------------------------------------------


def _hostile(tmp_path: Path, name: str, sql: str) -> Path:
    path = tmp_path / f"{name}.okrdesk"
    Workspace.create(path).close()
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize(
    ("name", "sql", "message"),
    [
        (
            "trigger",
            "CREATE TRIGGER t AFTER INSERT ON check_ins BEGIN DELETE FROM key_results; END;",
            "changed by another program",
        ),
        ("view", "CREATE VIEW everything AS SELECT * FROM people;", "changed by another program"),
        (
            "swapped",
            "PRAGMA foreign_keys=OFF; ALTER TABLE people RENAME TO people_old; "
            "CREATE VIEW people AS SELECT * FROM people_old;",
            "changed by another program",
        ),
        (
            "huge",
            "INSERT INTO people (uid, created_at, updated_at, revision, name, role, active, position) "
            "VALUES ('u', '2026-01-01', '2026-01-01', 1, 'x', printf('%.*c', 2000000, 'a'), 1, 0);",
            "far longer than okrdesk ever writes",
        ),
    ],
)
def test_hostile_files_are_refused_untouched(tmp_path, name, sql, message):
    path = _hostile(tmp_path, name, sql)
    before = sha256(path)
    with pytest.raises(errors.WorkspaceError, match=message):
        Workspace.open(path)
    assert sha256(path) == before


def test_input_longer_than_allowed_is_refused(demo_ws):
    kr = lookup.key_result_id(demo_ws, "Reach NPS 80")
    with pytest.raises(errors.InvalidInput, match="keep it under"):
        checkins.add_check_in(demo_ws, kr, value=1, on=TODAY, note="x" * 100_000)


def test_a_vanished_file_is_said_and_comes_back(demo_ws, tmp_path):
    path = demo_ws.path
    assert demo_ws.poll() == "same"
    moved = tmp_path / "away.okrdesk"
    path.rename(moved)
    assert demo_ws.poll() == "missing"
    with pytest.raises(errors.WorkspaceError, match="cannot be reached"):
        planning.add_person(demo_ws, name="Lost")
    assert not path.exists()  # nothing was created in its place
    moved.rename(path)
    assert demo_ws.poll() in ("same", "changed")
    planning.add_person(demo_ws, name="Back")
    assert count(path, "SELECT count(*) FROM people WHERE name = 'Back'") == 1


def test_a_replaced_file_is_noticed_and_used(demo_ws, tmp_path):
    path = demo_ws.path
    assert demo_ws.poll() == "same"
    synced = tmp_path / "synced.okrdesk"
    shutil.copyfile(path, synced)
    with Workspace.open(synced) as other:
        planning.add_person(other, name="From the sync")
    os.replace(synced, path)  # what a sync client does
    assert demo_ws.poll() == "replaced"
    assert "From the sync" in [p.name for p in overview.list_people(demo_ws)]
    assert demo_ws.poll() == "same"


HALF_WRITE = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size = 1")  # spill the change into the file so the journal is hot
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE people SET name = name || ' (half written)'")
for _ in range(300):
    con.execute("UPDATE check_ins SET value = value + 1")
print("ready", flush=True)
time.sleep(60)
"""


def test_a_writer_killed_mid_transaction_leaves_a_file_that_opens_as_last_committed(demo_ws):
    path = demo_ws.path
    demo_ws.close()
    names = sorted(row[0] for row in sqlite3.connect(path).execute("SELECT name FROM people"))
    writer = subprocess.Popen([sys.executable, "-c", HALF_WRITE, str(path)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    assert Path(f"{path}-journal").stat().st_size > 0  # a hot journal: the write was cut half-way
    with Workspace.open(path) as ws:
        assert sorted(p.name for p in overview.list_people(ws)) == names
        assert ws.check().healthy


def test_a_lock_held_too_long_is_reported_and_nothing_is_dropped_silently(demo_ws, monkeypatch):
    from okrdesk.models import workspace

    monkeypatch.setattr(workspace, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(workspace, "WRITE_ATTEMPTS", 2)
    holder = sqlite3.connect(demo_ws.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # someone else's long write transaction
    try:
        with pytest.raises(errors.WorkspaceBusy, match="stayed locked; your change was not saved"):
            planning.add_person(demo_ws, name="Waiting")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    planning.add_person(demo_ws, name="Waiting")  # once the lock is gone, the same edit goes through
    assert count(demo_ws.path, "SELECT count(*) FROM people WHERE name = 'Waiting'") == 1
