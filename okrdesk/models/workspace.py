"""The workspace file: create, check, open, migrate, back up; every SQLite detail lives here."""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, String, Text, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, StaticPool

from okrdesk.models.entities import Base, new_uid, utcnow
from okrdesk.models.errors import (
    QT_TRANSLATE_NOOP,
    DamagedWorkspace,
    NewerWorkspace,
    NotAWorkspace,
    ReadOnlyWorkspace,
    WorkspaceBusy,
    WorkspaceError,
    WorkspaceExists,
    WorkspaceNotFound,
)

APPLICATION_ID = 0x4F4B5244  # "OKRD"
SCHEMA_GENERATION = 2
SUFFIX = ".okrdesk"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# Longest string or row SQLite will store or read: refuses absurd text from hostile files.
MAX_VALUE_BYTES = 4_000_000
WRITE_ATTEMPTS = 4


def default_workspace_path() -> Path:
    """The workspace used when none is named: in the user's data folder."""
    from platformdirs import user_data_path

    return user_data_path("okrdesk", appauthor=False) / f"workspace{SUFFIX}"


@dataclass(frozen=True)
class FileFacts:
    """What opening found out about a workspace file before touching it."""

    path: Path
    generation: int
    read_only: bool
    read_only_reason: str = ""


@dataclass
class CheckReport:
    """The result of ``okrdesk check``: SQLite's integrity checks and ours."""

    path: Path
    generation: int
    sqlite_integrity: list[str] = field(default_factory=list)
    foreign_key_problems: list[str] = field(default_factory=list)
    schema_problems: list[str] = field(default_factory=list)
    data_problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return (
            self.sqlite_integrity == ["ok"]
            and not self.foreign_key_problems
            and not self.schema_problems
            and not self.data_problems
        )


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.absolute()))}?mode={mode}"


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    """A raw connection with okrdesk's settings; *mode* is ro, rw or rwc."""
    con = sqlite3.connect(
        _uri(path, mode),
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=False,
    )
    con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    con.execute("PRAGMA trusted_schema = OFF")
    if hasattr(con, "setconfig"):  # Python 3.12+: no writes to the schema behind SQLite's back
        con.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
    con.execute("PRAGMA foreign_keys = ON")
    if mode != "ro":
        con.execute("PRAGMA synchronous = FULL")
    return con


def _display(path: Path) -> str:
    return str(path)


def inspect_file(path: Path) -> FileFacts:
    """Check *path* is a usable okrdesk workspace without changing a byte of it.

    Raises a WorkspaceError subclass saying what is wrong and what to do.
    Returns the schema generation found and whether the file can be written.
    """
    shown = _display(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise WorkspaceNotFound(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                "There is no file at {path}. Check the name and the folder, or create a new workspace.",
            ),
            path=shown,
        ) from None
    except OSError as exc:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("okrdesk.errors", "{path} cannot be read: {reason}."),
            path=shown,
            reason=exc.strerror or str(exc),
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise NotAWorkspace(
            QT_TRANSLATE_NOOP("okrdesk.errors", "{path} is a folder, not an okrdesk workspace file."),
            path=shown,
        )
    if st.st_size == 0:
        raise NotAWorkspace(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                "{path} is empty, so it is not an okrdesk workspace. Perhaps a copy or "
                "download did not finish: get the file again.",
            ),
            path=shown,
        )
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("okrdesk.errors", "{path} cannot be read: {reason}."),
            path=shown,
            reason=exc.strerror or str(exc),
        ) from None
    if not header.startswith(SQLITE_HEADER):
        raise NotAWorkspace(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors", "{path} is not an okrdesk workspace: it is not a database file at all."
            ),
            path=shown,
        )
    _check_length(path, header, st.st_size)
    _recover_interrupted_write(path, header, st)

    try:
        con = _connect(path, "ro")
    except sqlite3.Error as exc:
        raise DamagedWorkspace(
            QT_TRANSLATE_NOOP("okrdesk.errors", "{path} cannot be opened: {reason}."),
            path=shown,
            reason=str(exc),
        ) from None
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        generation = con.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAWorkspace(
                QT_TRANSLATE_NOOP(
                    "okrdesk.errors", "{path} is a database of another application, not an okrdesk workspace."
                ),
                path=shown,
            )
        if generation > SCHEMA_GENERATION:
            raise NewerWorkspace(
                QT_TRANSLATE_NOOP(
                    "okrdesk.errors",
                    "{path} was saved by a newer okrdesk (file format {found}; this version "
                    "reads up to {ours}). Update okrdesk to open it.",
                ),
                path=shown,
                found=generation,
                ours=SCHEMA_GENERATION,
            )
        problems = [row[0] for row in con.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise DamagedWorkspace(
                QT_TRANSLATE_NOOP(
                    "okrdesk.errors",
                    "{path} is damaged ({detail}). Open a backup or an earlier copy instead.",
                ),
                path=shown,
                detail="; ".join(problems),
            )
        if generation == SCHEMA_GENERATION:
            mismatch = schema_differences(con)
            if mismatch:
                raise DamagedWorkspace(
                    QT_TRANSLATE_NOOP(
                        "okrdesk.errors",
                        "{path} has been changed by another program and okrdesk will not "
                        "use it ({detail}). Open a backup or an earlier copy instead.",
                    ),
                    path=shown,
                    detail="; ".join(mismatch[:3]),
                )
            too_long = _oversized_text(con)
            if too_long:
                raise DamagedWorkspace(
                    QT_TRANSLATE_NOOP(
                        "okrdesk.errors",
                        "{path} holds a text far longer than okrdesk ever writes ({detail}); it was made or "
                        "changed by another program. Open a backup or an earlier copy instead.",
                    ),
                    path=shown,
                    detail=too_long,
                )
    except sqlite3.DatabaseError as exc:
        raise DamagedWorkspace(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors", "{path} is damaged ({detail}). Open a backup or an earlier copy instead."
            ),
            path=shown,
            detail=str(exc),
        ) from None
    finally:
        con.close()

    reason = _read_only_reason(path, st)
    return FileFacts(path=path, generation=generation, read_only=bool(reason), read_only_reason=reason)


# Longest text okrdesk itself ever stores in one field (validation keeps input well under it).
MAX_TEXT_CHARS = 100_000


def _oversized_text(con: sqlite3.Connection) -> str:
    """'table.column' of a text far longer than okrdesk writes, or ''."""
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if not isinstance(column.type, (Text, String)):
                continue
            longest = con.execute(f'SELECT max(length("{column.name}")) FROM "{table.name}"').fetchone()[0]
            if longest is not None and longest > MAX_TEXT_CHARS:
                return f"{table.name}.{column.name}"
    return ""


def _recover_interrupted_write(path: Path, header: bytes, st: os.stat_result) -> None:
    """Finish what SQLite needs after a writer died mid-transaction (a "hot" rollback journal).

    A read-only connection cannot roll the journal back, so the file would look
    broken. For our own files (application_id read from the raw header) a
    writing connection rolls it back to the last committed state, as any
    SQLite reader would. Another application's file is never touched.
    """
    journal = path.with_name(path.name + "-journal")
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:
        return
    if struct.unpack(">I", header[68:72])[0] != APPLICATION_ID:
        return
    if _read_only_reason(path, st):
        raise DamagedWorkspace(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                "{path} was being written when a program stopped, and it is read-only, so okrdesk cannot "
                "finish the recovery. Make it writable, or open a copy of it.",
            ),
            path=_display(path),
        )
    try:
        con = _connect(path, "rw")
        try:
            con.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return  # the probe that follows says what is wrong


def _check_length(path: Path, header: bytes, size: int) -> None:
    """Refuse a file shorter than its own header says (a copy cut short)."""
    damaged = DamagedWorkspace(
        QT_TRANSLATE_NOOP(
            "okrdesk.errors",
            "{path} is damaged: the file is shorter than it should be (perhaps a copy or "
            "download did not finish). Open a backup or an earlier copy instead.",
        ),
        path=_display(path),
    )
    if len(header) < 100:
        raise damaged
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise damaged
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if size % page_size:
        raise damaged
    if change_counter == valid_for and page_count and size < page_count * page_size:
        raise damaged


def _read_only_reason(path: Path, st: os.stat_result) -> str:
    """Why the file cannot be written, or '' when it can."""
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        return QT_TRANSLATE_NOOP("okrdesk.errors", "the file is read-only")
    folder = path.absolute().parent
    if not os.access(folder, os.W_OK):
        return QT_TRANSLATE_NOOP("okrdesk.errors", "its folder cannot be written to")
    return ""


_expected_schema_cache: dict[str, list[str]] | None = None


def _schema_of(con: sqlite3.Connection) -> dict[str, list[str]]:
    """Objects and their columns: {'table people': ['id', ...], 'index ix_..': [], ...}."""
    shape: dict[str, list[str]] = {}
    rows = con.execute("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
    for kind, name in rows.fetchall():
        columns = []
        if kind == "table":
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{name}")')]
        shape[f"{kind} {name}"] = sorted(columns)
    return shape


def expected_schema() -> dict[str, list[str]]:
    """The objects and columns a current okrdesk workspace has."""
    global _expected_schema_cache
    if _expected_schema_cache is None:
        engine = create_engine("sqlite://")
        Base.metadata.create_all(engine)
        raw = engine.raw_connection()
        try:
            _expected_schema_cache = _schema_of(raw.driver_connection)
        finally:
            raw.close()
            engine.dispose()
    return _expected_schema_cache


def schema_differences(con: sqlite3.Connection) -> list[str]:
    """What in the file's schema is not what okrdesk expects (extra triggers, views, columns)."""
    found = _schema_of(con)
    expected = expected_schema()
    problems = []
    for name in sorted(set(found) - set(expected)):
        problems.append(f"unexpected {name}")
    for name in sorted(set(expected) - set(found)):
        problems.append(f"missing {name}")
    for name in sorted(set(found) & set(expected)):
        if found[name] != expected[name]:
            problems.append(f"different columns in {name}")
    return problems


class Workspace:
    """An open workspace file.

    ``write()`` gives a session in one immediate transaction that commits on
    exit; ``read()`` gives a read-only session. A read-only workspace refuses
    ``write()`` with ReadOnlyWorkspace.
    """

    def __init__(self, path: Path, *, read_only: bool, read_only_reason: str = "") -> None:
        self.path = path
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        mode = "ro" if read_only else "rw"
        # NullPool: every session gets a fresh connection, so no stale lock or
        # cached page survives between transactions of a shared file.
        self.engine: Engine = create_engine(
            "sqlite+pysqlite://", creator=lambda: _connect(path, mode), poolclass=NullPool
        )
        event.listen(self.engine, "begin", _begin)
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._watch: sqlite3.Connection | None = None
        self._seen_version: int | None = None
        self.identity = self.file_identity()
        self._write_sessions = sessionmaker(
            self.engine.execution_options(okrdesk_immediate=True), expire_on_commit=False
        )

    # -- opening and creating -------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> Workspace:
        """Open an existing workspace; migrate an older one after backing it up."""
        path = Path(path)
        facts = inspect_file(path)
        if facts.generation < SCHEMA_GENERATION:
            if facts.read_only:
                raise ReadOnlyWorkspace(
                    QT_TRANSLATE_NOOP(
                        "okrdesk.errors",
                        "{path} was made by an older okrdesk and needs upgrading, but {reason}. "
                        "Copy it somewhere you can write to and open the copy.",
                    ),
                    path=str(path),
                    reason=facts.read_only_reason,
                )
            _upgrade(path, facts.generation)
        ro = read_only or facts.read_only
        reason = facts.read_only_reason if facts.read_only else ""
        return cls(path, read_only=ro, read_only_reason=reason)

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> Workspace:
        """Create a new, empty workspace at *path*; an existing file is never overwritten."""
        path = Path(path)
        if path.exists():
            raise WorkspaceExists(
                QT_TRANSLATE_NOOP(
                    "okrdesk.errors",
                    "{path} already exists; okrdesk will not overwrite it. Choose another name.",
                ),
                path=str(path),
            )
        folder = path.absolute().parent
        if not folder.is_dir():
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("okrdesk.errors", "The folder {folder} does not exist."), folder=str(folder)
            )
        tmp = folder / f".{path.name}.{os.getpid()}.creating"
        try:
            con = _connect(tmp, "rwc")
            try:
                con.execute("PRAGMA journal_mode = DELETE")
                engine = create_engine("sqlite+pysqlite://", creator=lambda: con, poolclass=StaticPool)
                event.listen(engine, "begin", _begin)
                with engine.begin() as conn:
                    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                    Base.metadata.create_all(conn)
                    conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_GENERATION}")
                    conn.exec_driver_sql(
                        "INSERT INTO settings (key, value, updated_at) VALUES ('workspace_uid', ?, ?)",
                        (new_uid(), utcnow().isoformat(sep=" ")),
                    )
            finally:
                con.close()
            if path.exists():
                raise WorkspaceExists(
                    QT_TRANSLATE_NOOP(
                        "okrdesk.errors",
                        "{path} already exists; okrdesk will not overwrite it. Choose another name.",
                    ),
                    path=str(path),
                )
            os.replace(tmp, path)
        except OSError as exc:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("okrdesk.errors", "{path} cannot be created: {reason}."),
                path=str(path),
                reason=exc.strerror or str(exc),
            ) from None
        finally:
            with suppress(OSError):
                tmp.unlink()
        return cls.open(path)

    def close(self) -> None:
        """Release the file."""
        self.reconnect_watch()
        self.engine.dispose()

    # -- noticing other writers ----------------------------------------------------

    def file_identity(self) -> tuple[int, int] | None:
        """(device, inode) of the file now; None when it cannot be reached."""
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_dev, st.st_ino)

    def data_version(self) -> int | None:
        """SQLite's data_version seen from a long-lived connection: it moves when others commit.

        None when the file cannot be reached. Cheap enough to poll every second.
        """
        try:
            if self._watch is None:
                self._watch = _connect(self.path, "ro")
            return self._watch.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
            return None

    def changed_by_others(self) -> bool | None:
        """Whether someone else committed since the last call (None: the file cannot be reached)."""
        version = self.data_version()
        if version is None:
            return None
        changed = self._seen_version is not None and version != self._seen_version
        self._seen_version = version
        return changed

    def poll(self) -> str:
        """What happened to the file since the last poll, cheaply.

        "same"; "changed" (someone else committed); "replaced" (a new file is
        at the path: a sync client or a restored backup; it is checked before
        use); "missing" (the file or its share cannot be reached).
        """
        identity = self.file_identity()
        if identity is None:
            self.reconnect_watch()
            return "missing"
        if identity != self.identity:
            self.reconnect_watch()
            try:
                inspect_file(self.path)
            except WorkspaceError:
                return "missing"
            self.identity = identity
            self.data_version()
            return "replaced"
        changed = self.changed_by_others()
        if changed is None:
            return "missing"
        return "changed" if changed else "same"

    def reconnect_watch(self) -> None:
        """Forget the watching connection (the file was replaced: watch the new one)."""
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self._seen_version = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def name(self) -> str:
        """The workspace's name as people call it: the file name without extension."""
        return self.path.stem

    # -- transactions ---------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; its transaction ends on exit."""
        with self._read_sessions() as session, _translated_errors(self.path):
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction, committed on exit, rolled back on error."""
        if self.read_only:
            raise ReadOnlyWorkspace(
                QT_TRANSLATE_NOOP("okrdesk.errors", "{path} is open read-only ({reason}); nothing was changed."),
                path=str(self.path),
                reason=self.read_only_reason or QT_TRANSLATE_NOOP("okrdesk.errors", "as asked"),
            )
        with self._write_sessions() as session, _translated_errors(self.path):
            _begin_with_retries(session, self.path)
            yield session
            session.commit()
        if self._watch is not None:  # our own commit is not news for changed_by_others()
            self._seen_version = self.data_version()

    # -- file-level operations ------------------------------------------------

    def backup_to(self, destination: str | os.PathLike[str]) -> Path:
        """Write a consistent snapshot of the workspace to *destination* (SQLite backup API)."""
        return backup_file(self.path, Path(destination))

    def check(self) -> CheckReport:
        """Run SQLite's integrity checks and okrdesk's own; changes nothing."""
        return check_file(self.path)


def _begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy Connection
    """Take control of transactions: writers take the lock up front."""
    immediate = conn.get_execution_options().get("okrdesk_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _is_locked(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "locked" in text or "busy" in text


def _begin_with_retries(session: Session, path: Path) -> None:
    """Start the write transaction, waiting out other writers a few times before giving up."""
    delay = 0.05
    for attempt in range(WRITE_ATTEMPTS):
        try:
            session.connection()
            return
        except OperationalError as exc:
            if not _is_locked(exc) or attempt == WRITE_ATTEMPTS - 1:
                raise
            session.rollback()
            time.sleep(delay)
            delay *= 4


@contextmanager
def _translated_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's errors about the file into messages a team lead can act on."""
    try:
        yield
    except DBAPIError as exc:
        text = str(exc.orig).lower()
        if _is_locked(exc):
            raise WorkspaceBusy(
                QT_TRANSLATE_NOOP(
                    "okrdesk.errors",
                    "{path} is being changed by someone else and stayed locked; your change was "
                    "not saved. Try again in a moment.",
                ),
                path=str(path),
            ) from exc
        if "readonly" in text or "read-only" in text:
            raise ReadOnlyWorkspace(
                QT_TRANSLATE_NOOP(
                    "okrdesk.errors", "{path} cannot be written (it became read-only); nothing was changed."
                ),
                path=str(path),
            ) from exc
        if "malformed" in text or "not a database" in text:
            raise DamagedWorkspace(
                QT_TRANSLATE_NOOP(
                    "okrdesk.errors",
                    "{path} is damaged ({detail}). Open a backup or an earlier copy instead.",
                ),
                path=str(path),
                detail=str(exc.orig),
            ) from exc
        if "unable to open" in text or "disk i/o" in text:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "okrdesk.errors", "{path} cannot be reached any more ({detail}); nothing was changed."
                ),
                path=str(path),
                detail=str(exc.orig),
            ) from exc
        raise


def backup_file(source: Path, destination: Path) -> Path:
    """Copy *source* to *destination* with SQLite's backup API, safe while others write."""
    if destination.absolute() == source.absolute():
        raise WorkspaceExists(QT_TRANSLATE_NOOP("okrdesk.errors", "A copy cannot be saved over the workspace itself."))
    tmp = destination.with_name(f".{destination.name}.{os.getpid()}.partial")
    try:
        src = _connect(source, "ro")
        try:
            dst = sqlite3.connect(tmp, isolation_level=None)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, destination)
    except sqlite3.Error as exc:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("okrdesk.errors", "The copy could not be written: {reason}."), reason=str(exc)
        ) from None
    except OSError as exc:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("okrdesk.errors", "The copy could not be written: {reason}."),
            reason=exc.strerror or str(exc),
        ) from None
    finally:
        with suppress(OSError):
            tmp.unlink()
    return destination


def check_file(path: Path) -> CheckReport:
    """SQLite's integrity_check and foreign_key_check, our schema and data rules, row counts."""
    inspect_file(path)
    con = _connect(path, "ro")
    try:
        report = CheckReport(path=path, generation=con.execute("PRAGMA user_version").fetchone()[0])
        report.sqlite_integrity = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
        report.foreign_key_problems = [
            f"{table} row {rowid} points to a missing {parent}"
            for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check")
        ]
        report.schema_problems = schema_differences(con)
        if not report.schema_problems:
            for table in sorted(Base.metadata.tables):
                report.counts[table] = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            report.data_problems = _data_problems(con)
    finally:
        con.close()
    return report


def _data_problems(con: sqlite3.Connection) -> list[str]:
    """okrdesk's own rules that the schema alone cannot say."""
    problems = []
    for table in (
        "people",
        "cycles",
        "objectives",
        "key_results",
        "check_ins",
        "reviews",
        "review_participants",
        "kr_scores",
        "member_notes",
        "lessons",
    ):
        dupes = con.execute(f'SELECT count(*) FROM "{table}" t JOIN tombstones s ON s.uid = t.uid').fetchone()[0]
        if dupes:
            problems.append(f"{dupes} row(s) in {table} are marked deleted but still present")
    lineage = con.execute("SELECT count(*) FROM key_results WHERE carried_from_id = id").fetchone()[0]
    if lineage:
        problems.append(f"{lineage} key result(s) are carried forward from themselves")
    return problems


def _upgrade(path: Path, generation: int) -> None:
    """Back the file up beside itself, then migrate it to the current generation."""
    stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
    backup = path.with_name(f"{path.stem} (before upgrade {stamp}){path.suffix or SUFFIX}")
    backup_file(path, backup)
    from okrdesk.models.migrations import upgrade_connection

    con = _connect(path, "rw")
    try:
        # Batch migrations rebuild tables; foreign keys are checked once at the end instead.
        con.execute("PRAGMA foreign_keys = OFF")
        upgrade_connection(con, generation)
    except Exception as exc:
        raise DamagedWorkspace(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                "{path} could not be upgraded ({detail}); it was left as it was, and a backup is at {backup}.",
            ),
            path=str(path),
            detail=str(exc),
            backup=str(backup),
        ) from exc
    finally:
        con.close()
