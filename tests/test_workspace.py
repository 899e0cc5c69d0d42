"""The workspace file: creating, opening, refusing bad files untouched, migrating, backing up."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from conftest import sha256
from okrdesk.models import errors
from okrdesk.models.workspace import (
    APPLICATION_ID,
    SCHEMA_GENERATION,
    Workspace,
    default_workspace_path,
    expected_schema,
    schema_differences,
)
from okrdesk.services import planning


def test_new_workspace_is_marked_as_ours(tmp_path):
    path = tmp_path / "new.okrdesk"
    Workspace.create(path).close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 1330336324
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_GENERATION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert not list(tmp_path.glob(".*")), "no temporary file is left behind"


def test_connection_settings(ws):
    with ws.write() as session:
        get = lambda name: session.execute(text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert get("foreign_keys") == 1
        assert get("journal_mode") == "delete"
        assert get("synchronous") == 2  # FULL
        assert get("busy_timeout") == 5000
        assert get("trusted_schema") == 0


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "mine.okrdesk"
    path.write_bytes(b"precious")
    with pytest.raises(errors.WorkspaceExists, match="will not overwrite"):
        Workspace.create(path)
    assert path.read_bytes() == b"precious"


def test_default_workspace_lives_in_the_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_workspace_path() == tmp_path / "data" / "okrdesk" / "workspace.okrdesk"


def test_reopened_workspace_keeps_its_content(tmp_path, today):
    path = tmp_path / "keep.okrdesk"
    with Workspace.create(path) as ws:
        planning.add_person(ws, name="Ana Souza", role="Lead")
    with Workspace.open(path) as ws:
        from okrdesk.services.overview import list_people

        assert [p.name for p in list_people(ws)] == ["Ana Souza"]


# -- bad files: refused with a clear message, bytes unchanged ----------------------


def _demo_bytes(tmp_path: Path) -> bytes:
    from conftest import TODAY
    from okrdesk.services.demo import fill_demo

    src = tmp_path / "src.okrdesk"
    with Workspace.create(src) as ws:
        fill_demo(ws, TODAY)
    data = src.read_bytes()
    src.unlink()
    return data


def _refused(path: Path, error: type, message: str) -> None:
    before = sha256(path) if path.is_file() else None
    with pytest.raises(error, match=message):
        Workspace.open(path)
    if before is not None:
        assert sha256(path) == before
    assert not Path(f"{path}-journal").exists()


def test_missing_file_is_refused_and_not_created(tmp_path):
    path = tmp_path / "nowhere.okrdesk"
    _refused(path, errors.WorkspaceNotFound, "There is no file at")
    assert not path.exists()


def test_folder_is_refused(tmp_path):
    folder = tmp_path / "folder.okrdesk"
    folder.mkdir()
    _refused(folder, errors.NotAWorkspace, "is a folder")


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.okrdesk"
    path.write_bytes(b"")
    _refused(path, errors.NotAWorkspace, "is empty")
    assert path.read_bytes() == b""


def test_garbage_is_refused(tmp_path):
    path = tmp_path / "garbage.okrdesk"
    path.write_bytes(os.urandom(8192))
    _refused(path, errors.NotAWorkspace, "not a database file")


def test_truncated_file_is_refused(tmp_path):
    data = _demo_bytes(tmp_path)
    half = tmp_path / "half.okrdesk"
    half.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    _refused(half, errors.DamagedWorkspace, "shorter than it should be")
    ragged = tmp_path / "ragged.okrdesk"
    ragged.write_bytes(data[:-1000])
    _refused(ragged, errors.DamagedWorkspace, "shorter than it should be")


def test_corrupt_pages_are_refused(tmp_path):
    data = bytearray(_demo_bytes(tmp_path))
    data[4096 * 3 : 4096 * 5] = os.urandom(8192)
    path = tmp_path / "corrupt.okrdesk"
    path.write_bytes(bytes(data))
    _refused(path, errors.DamagedWorkspace, "damaged")


def test_another_applications_database_is_refused(tmp_path):
    path = tmp_path / "places.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.execute("INSERT INTO moz_places (url) VALUES ('https://example.invalid')")
    con.commit()
    con.close()
    _refused(path, errors.NotAWorkspace, "another application")


def test_file_from_a_newer_okrdesk_is_refused(tmp_path):
    path = tmp_path / "future.okrdesk"
    Workspace.create(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_GENERATION + 7}")
    con.commit()
    con.close()
    _refused(path, errors.NewerWorkspace, "newer okrdesk .* Update okrdesk")


def test_a_changed_schema_is_refused(tmp_path):
    path = tmp_path / "trigger.okrdesk"
    Workspace.create(path).close()
    con = sqlite3.connect(path)
    con.execute("CREATE TRIGGER sneaky AFTER INSERT ON people BEGIN DELETE FROM cycles; END")
    con.commit()
    con.close()
    _refused(path, errors.DamagedWorkspace, "changed by another program")


def test_read_only_file_opens_read_only_and_refuses_edits(tmp_path):
    path = tmp_path / "locked.okrdesk"
    with Workspace.create(path) as ws:
        planning.add_person(ws, name="Ana")
    path.chmod(0o444)
    before = sha256(path)
    try:
        with Workspace.open(path) as ws:
            assert ws.read_only
            assert "read-only" in ws.read_only_reason
            with pytest.raises(errors.ReadOnlyWorkspace, match="open read-only"):
                planning.add_person(ws, name="Bruno")
            from okrdesk.services.overview import list_people

            assert [p.name for p in list_people(ws)] == ["Ana"]
    finally:
        path.chmod(0o644)
    assert sha256(path) == before


def test_read_only_request_is_honoured(ws):
    path = ws.path
    ws.close()
    before = sha256(path)
    with Workspace.open(path, read_only=True) as ro:
        with pytest.raises(errors.ReadOnlyWorkspace):
            planning.add_person(ro, name="Bruno")
    assert sha256(path) == before


# -- migrations --------------------------------------------------------------------


def _generation_zero(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.commit()
    con.close()


def test_older_file_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "old.okrdesk"
    _generation_zero(path)
    original = path.read_bytes()
    with Workspace.open(path) as ws:
        planning.add_person(ws, name="Ana")
        assert ws.check().healthy
    backups = list(tmp_path.glob("old (before upgrade *).okrdesk"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("PRAGMA user_version").fetchone()[0] == 0
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()
    assert len(original) > 0
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_GENERATION
    assert not con.execute("SELECT 1 FROM sqlite_schema WHERE name = 'alembic_version'").fetchone()
    con.close()


def test_migrations_reach_exactly_the_current_schema(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from okrdesk.models.entities import Base
    from okrdesk.models.migrations import head_generation

    assert head_generation() == SCHEMA_GENERATION
    path = tmp_path / "migrated.okrdesk"
    _generation_zero(path)
    Workspace.open(path).close()
    con = sqlite3.connect(path)
    assert schema_differences(con) == []
    con.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []
    assert expected_schema()


def test_opening_a_current_file_does_not_import_alembic(ws):
    code = (
        "import sys\n"
        "from okrdesk.models.workspace import Workspace\n"
        f"w = Workspace.open({str(ws.path)!r})\n"
        "from okrdesk.services import overview\n"
        "overview.list_people(w)\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_read_only_old_file_is_refused_without_migrating(tmp_path):
    path = tmp_path / "old-ro.okrdesk"
    _generation_zero(path)
    path.chmod(0o444)
    try:
        _refused(path, errors.ReadOnlyWorkspace, "needs upgrading")
    finally:
        path.chmod(0o644)
    assert not list(tmp_path.glob("*before upgrade*"))


# -- check and backup --------------------------------------------------------------


def test_check_reports_counts_and_health(demo_ws):
    report = demo_ws.check()
    assert report.healthy
    assert report.sqlite_integrity == ["ok"]
    assert report.counts["key_results"] == 13
    assert report.counts["people"] == 2


def test_backup_is_a_consistent_openable_copy(demo_ws, tmp_path):
    copy = demo_ws.backup_to(tmp_path / "copy.okrdesk")
    with Workspace.open(copy) as reopened:
        assert reopened.check().counts == demo_ws.check().counts


def test_tombstones_are_left_by_deletions(demo_ws, today):
    from okrdesk.services import lookup

    cycle = lookup.current_cycle(demo_ws, today)
    gone = planning.delete_cycle(demo_ws, cycle.id)
    with demo_ws.read() as session:
        stones = dict(session.execute(text("SELECT uid, table_name FROM tombstones")).all())
    assert {r.values["uid"] for r in gone.rows} == set(stones)
    assert {"cycles", "objectives", "key_results", "check_ins"} <= set(stones.values())


def test_copy_tool_copies_of_the_file_open_too(demo_ws, tmp_path):
    copy = tmp_path / "plain-copy.okrdesk"
    shutil.copyfile(demo_ws.path, copy)
    with Workspace.open(copy) as ws:
        assert ws.check().healthy


def test_a_generation_1_file_with_data_is_migrated_without_losing_anything(tmp_path):
    from okrdesk.models.migrations import upgrade_connection

    path = tmp_path / "gen1.okrdesk"
    _generation_zero(path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = OFF")
    assert upgrade_connection(con, 0, target="0001") == 1
    con.execute(
        "INSERT INTO cycles (id, uid, created_at, updated_at, revision, name, start_date, end_date, "
        "cadence, status, position) VALUES (1, 'c1', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, "
        "'Q1', '2026-01-01', '2026-03-31', 'weekly', 'closed', 0)"
    )
    con.execute(
        "INSERT INTO reviews (id, uid, created_at, updated_at, revision, cycle_id, status, went_well, "
        "went_wrong, resume_page) VALUES (1, 'r1', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, 1, "
        "'draft', 'Pairing worked', '', 2)"
    )
    con.close()
    with Workspace.open(path) as ws:
        with ws.read() as session:
            from okrdesk.models.entities import Review

            review = session.get(Review, 1)
            assert (review.went_well, review.resume_page, review.next_cycle_id) == ("Pairing worked", 2, None)
        assert ws.check().healthy
    backups = list(tmp_path.glob("gen1 (before upgrade *).okrdesk"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    con.close()
