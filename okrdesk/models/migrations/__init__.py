"""Alembic migrations of the workspace schema; generation N is revision "000N"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.pool import StaticPool

HERE = Path(__file__).parent


def revision_of(generation: int) -> str | None:
    """The Alembic revision of a schema generation (None: the empty file)."""
    return f"{generation:04d}" if generation else None


def alembic_config():  # noqa: ANN201 - alembic.config.Config, imported lazily
    """An Alembic configuration pointing at this folder; no alembic.ini needed."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    return config


def head_generation() -> int:
    """The newest generation the migration scripts reach."""
    from alembic.script import ScriptDirectory

    return int(ScriptDirectory.from_config(alembic_config()).get_current_head())


def upgrade_connection(con: sqlite3.Connection, generation: int, target: str = "head") -> int:
    """Migrate the database on *con* from *generation* to the newest, in one transaction.

    The file's generation lives in PRAGMA user_version, not in an
    alembic_version table: the table exists only while the migration runs.
    *target* is a revision to stop at (tests make older files that way).
    Returns the new generation.
    """
    from alembic import command

    engine = create_engine("sqlite+pysqlite://", creator=lambda: con, poolclass=StaticPool)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    config = alembic_config()
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        start = revision_of(generation)
        if start is not None:
            conn.exec_driver_sql("INSERT INTO alembic_version VALUES (?)", (start,))
        config.attributes["connection"] = conn
        command.upgrade(config, target)
        head = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
        conn.exec_driver_sql("DROP TABLE alembic_version")
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"the migration left {len(broken)} broken reference(s)")
        conn.exec_driver_sql(f"PRAGMA user_version = {int(head)}")
    return int(head)
