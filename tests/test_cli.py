"""The okrdesk command: subcommands on a file, clear errors, exit status 2, nothing written."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import TODAY, sha256
from okrdesk import cli


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(cli, "_today", lambda: TODAY)


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.okrdesk"
    assert cli.main(["new", str(path), "--demo"]) == 0
    return path


def check_in_count(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM check_ins").fetchone()[0]
    finally:
        con.close()


def test_new_demo_then_status_prints_the_current_cycle(demo_file, capsys):
    capsys.readouterr()
    assert cli.main(["status", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "(active)" in out and "2026-09-28 → 2026-12-27" in out
    for title in (
        "Give customers fast, first-time-right support",
        "Reach NPS 80",
        "Cut average handling time to 10 min",
        "Raise retention by 30 %",
    ):
        assert title in out
    assert "25 → 16 → 10 min" in out
    assert "40 → 50 → 60 % (by +50 %)" in out
    assert "100 % (raw 120 %)" in out
    assert "0 % (raw -25 %)" in out
    con = sqlite3.connect(demo_file)
    assert con.execute("PRAGMA application_id").fetchone()[0] == 1330336324
    con.close()


def test_status_of_another_cycle_by_name(demo_file, capsys):
    capsys.readouterr()
    assert cli.main(["status", str(demo_file), "--cycle", "jun – sep 2026"]) == 0
    out = capsys.readouterr().out
    assert "(closed)" in out and "Reach NPS 70" in out


def test_status_of_an_unknown_cycle_lists_the_cycles(demo_file, capsys):
    assert cli.main(["status", str(demo_file), "--cycle", "Q9"]) == 2
    err = capsys.readouterr().err
    assert "no cycle called “Q9”" in err and "Sep – Dec 2026" in err


def test_new_refuses_an_existing_file(demo_file, capsys):
    before = sha256(demo_file)
    assert cli.main(["new", str(demo_file)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert sha256(demo_file) == before


def test_checkin_by_title(demo_file, capsys):
    before = check_in_count(demo_file)
    assert (
        cli.main(
            [
                "checkin",
                str(demo_file),
                "--kr",
                "Reach NPS 80",
                "--value",
                "88",
                "--confidence",
                "on_track",
                "--note",
                "Great month",
                "--date",
                "2026-12-04",
                "--author",
                "ana souza",
            ]
        )
        == 0
    )
    assert "Checked in 88 on 2026-12-04 for “Reach NPS 80”" in capsys.readouterr().out
    assert check_in_count(demo_file) == before + 1
    con = sqlite3.connect(demo_file)
    row = con.execute(
        "SELECT c.value, c.note, c.confidence, p.name FROM check_ins c "
        "JOIN people p ON p.id = c.author_id ORDER BY c.id DESC LIMIT 1"
    ).fetchone()
    con.close()
    assert row == (88.0, "Great month", "on_track", "Ana Souza")


def test_checkin_by_number_and_decimal_comma(demo_file, capsys):
    con = sqlite3.connect(demo_file)
    kr_id = con.execute("SELECT id FROM key_results WHERE title = 'Reach NPS 80'").fetchone()[0]
    con.close()
    assert cli.main(["checkin", str(demo_file), "--kr", str(kr_id), "--value", "87,5"]) == 0
    assert "Checked in 87.5" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kr", "NPS", "--value", "1"], "No key result is called “NPS”. Did you mean"),
        (["--kr", "Reach NPS 80", "--value", "lots"], "--value must be a number"),
        (["--kr", "Reach NPS 80", "--value", "1", "--date", "31/12/2026"], "--date must be a date"),
        (["--kr", "Reach NPS 80", "--value", "1", "--date", "2020-01-01"], "before the cycle"),
        (["--kr", "Reach NPS 80", "--value", "1", "--author", "Zed"], "Nobody on the team"),
        (["--kr", "Reach NPS 80", "--value", "1", "--confidence", "great"], "invalid choice"),
    ],
)
def test_checkin_errors_write_nothing(demo_file, capsys, args, message):
    before = sha256(demo_file)
    with pytest.raises(SystemExit) if "invalid choice" in message else _no_raise():
        assert cli.main(["checkin", str(demo_file), *args]) == 2
    assert message in capsys.readouterr().err
    assert sha256(demo_file) == before


class _no_raise:  # noqa: N801
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_ambiguous_title_lists_the_candidates(demo_file, capsys):
    # The title exists in both cycles; in the current cycle it is unique, so make it ambiguous there.
    before = sha256(demo_file)
    con = sqlite3.connect(demo_file)
    con.execute("UPDATE key_results SET title = 'Same' WHERE id IN (5, 6)")
    con.commit()
    con.close()
    before = sha256(demo_file)
    assert cli.main(["checkin", str(demo_file), "--kr", "same", "--value", "1"]) == 2
    err = capsys.readouterr().err
    assert "More than one key result is called “same”" in err
    assert "#5 Same" in err and "#6 Same" in err
    assert sha256(demo_file) == before


def test_check_reports_a_healthy_file(demo_file, capsys):
    assert cli.main(["check", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "SQLite integrity: ok" in out and "Healthy." in out and "key_results 13" in out


def test_check_refuses_a_bad_file(tmp_path, capsys):
    bad = tmp_path / "bad.okrdesk"
    bad.write_bytes(b"not a database at all" * 100)
    assert cli.main(["check", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a database file" in err[0]


def test_status_works_on_a_read_only_file(demo_file, capsys):
    demo_file.chmod(0o444)
    try:
        assert cli.main(["status", str(demo_file)]) == 0
    finally:
        demo_file.chmod(0o644)


def test_the_installed_command_and_python_m(tmp_path):
    path = tmp_path / "cmd.okrdesk"
    command = Path(sys.executable).parent / "okrdesk"
    made = subprocess.run([command, "new", str(path), "--demo"], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    shown = subprocess.run([sys.executable, "-m", "okrdesk", "status", str(path)], capture_output=True, text=True)
    assert shown.returncode == 0 and "Reach NPS 80" in shown.stdout
    missing = subprocess.run(
        [sys.executable, "-m", "okrdesk", "status", str(tmp_path / "no")], capture_output=True, text=True
    )
    assert missing.returncode == 2
    assert missing.stderr.startswith("okrdesk: There is no file at")
    assert date.today()  # the command uses the real date; the table is still printed
