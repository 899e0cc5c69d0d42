"""Rolling backups of a workspace in the user data folder: taken on open, verified, rotated, restorable."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from okrdesk.models.errors import QT_TRANSLATE_NOOP, OkrdeskError, WorkspaceError
from okrdesk.models.workspace import SUFFIX, _connect, backup_file, inspect_file

KEEP_RECENT = 10
STAMP = "%Y-%m-%d %H%M%S.%f"  # to the microsecond: two snapshots never share a name


@dataclass(frozen=True)
class Backup:
    """One snapshot of a workspace."""

    path: Path
    taken_at: datetime

    def counts(self) -> dict[str, int]:
        """Cycles, key results and check-ins in the snapshot (read-only)."""
        con = _connect(self.path, "ro")
        try:
            return {
                table: con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                for table in ("cycles", "key_results", "check_ins")
            }
        finally:
            con.close()


def backups_root() -> Path:
    from platformdirs import user_data_path

    return user_data_path("okrdesk", appauthor=False) / "backups"


def backups_folder(workspace: Path) -> Path:
    """Where the backups of *workspace* live: one folder per workspace file."""
    absolute = str(Path(workspace).absolute())
    digest = hashlib.sha1(absolute.encode("utf-8")).hexdigest()[:10]
    return backups_root() / f"{Path(workspace).stem}-{digest}"


def list_backups(workspace: Path) -> list[Backup]:
    """The backups of *workspace*, newest first."""
    folder = backups_folder(workspace)
    found = []
    for path in folder.glob(f"*{SUFFIX}") if folder.is_dir() else ():
        try:
            taken = datetime.strptime(path.stem, STAMP)
        except ValueError:
            continue
        found.append(Backup(path, taken))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def snapshot(workspace: Path, *, now: datetime | None = None, force: bool = False) -> Path | None:
    """Back the workspace up (SQLite backup API), at most once a day unless *force*.

    The copy is verified by opening it; a copy that fails is removed and the
    error raised. Old backups are rotated: the last 10 and one per month stay.
    Returns the backup, or None when today's backup already exists.
    """
    now = now or datetime.now()
    existing = list_backups(workspace)
    if not force and existing and existing[0].taken_at.date() == now.date():
        return None
    folder = backups_folder(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{now.strftime(STAMP)}{SUFFIX}"
    if target.exists():
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("okrdesk.errors", "A backup named {path} already exists."), path=str(target)
        )
    backup_file(Path(workspace), target)
    try:
        inspect_file(target)
    except OkrdeskError:
        target.unlink(missing_ok=True)
        raise
    rotate(workspace)
    return target


def rotate(workspace: Path, keep: int = KEEP_RECENT) -> list[Path]:
    """Remove old backups: keep the newest *keep*, and the newest of every month before them."""
    backups = list_backups(workspace)
    kept_months = set()
    removed = []
    for index, backup in enumerate(backups):
        month = (backup.taken_at.year, backup.taken_at.month)
        if index < keep:
            kept_months.add(month)
            continue
        if month not in kept_months:
            kept_months.add(month)
            continue
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def restore(workspace: Path, backup: Path) -> Path | None:
    """Put a backup's content into the workspace file (after backing up what is there now).

    SQLite's backup API writes the workspace in one transaction, so another
    reader never sees half of it. Returns the snapshot taken first.
    """
    inspect_file(backup)
    before = snapshot(workspace, force=True)
    try:
        source = _connect(backup, "ro")
        target = _connect(Path(workspace), "rw")
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
    except sqlite3.Error as exc:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("okrdesk.errors", "The backup could not be restored: {reason}."), reason=str(exc)
        ) from None
    return before


def copy_beside(workspace: Path, backup: Path) -> Path:
    """Copy a backup next to a damaged workspace (which stays as it is) and return the copy."""
    stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
    target = Path(workspace).with_name(f"{Path(workspace).stem} (restored {stamp}){SUFFIX}")
    backup_file(backup, target)
    os.utime(target)
    return target
