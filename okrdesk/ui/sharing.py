"""Dialogs for a shared file: a conflict with someone else's edit, merging a copy, restoring a backup."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from okrdesk.models.backups import Backup
from okrdesk.models.errors import Conflict
from okrdesk.services.merge import MergePlan
from okrdesk.ui.text import error_text, format_date, format_number, plain_label


def _value(value: Any) -> str:
    if value is None:
        return "\u2014"
    if isinstance(value, bool):
        return "\u2713" if value else "\u2610"
    if isinstance(value, float | int):
        return format_number(value)
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return format_date(value)
    return str(value)


class ConflictDialog(QDialog):
    """Someone else changed what you edited: both versions side by side; keep yours or take theirs."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = "theirs"
        lines = [error_text(conflict), ""]
        for field, theirs in (conflict.theirs or {}).items():
            mine = (conflict.mine or {}).get(field)
            lines.append(
                self.tr("{field}: theirs “{theirs}”, yours “{mine}”").format(
                    field=field.replace("_", " "), theirs=_value(theirs), mine=_value(mine)
                )
            )
        self.text = plain_label("\n".join(lines), self, wrap=True)
        self.text.setObjectName("conflictText")
        mine = QPushButton(self.tr("Keep &mine"), self)
        theirs = QPushButton(self.tr("Take &theirs"), self)
        theirs.setDefault(True)
        mine.clicked.connect(lambda: self._choose("mine"))
        theirs.clicked.connect(lambda: self._choose("theirs"))
        buttons = QDialogButtonBox(self)
        buttons.addButton(mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(theirs, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class MergeDialog(QDialog):
    """The preview of a merge: every change it would make, before anything is written."""

    ACTIONS = {"add": "+", "update": "\u270e", "delete": "\u2212", "setting": "\u2699"}

    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge a copy"))
        summary = self.tr(
            "{adds} new, {updates} changed and {deletes} deleted rows come from {path}. A backup of "
            "this workspace is made first."
        ).format(
            adds=plan.count("add"), updates=plan.count("update"), deletes=plan.count("delete"), path=str(plan.other)
        )
        self.summary = plain_label(summary, self, wrap=True)
        self.list = QListWidget(self)
        self.list.setObjectName("mergeChanges")
        for change in plan.changes:
            fields = f" ({', '.join(change.fields)})" if change.fields else ""
            QListWidgetItem(
                f"{self.ACTIONS.get(change.action, '?')} {change.table.replace('_', ' ')}: {change.label}{fields}",
                self.list,
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        merge = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        merge.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(620, 420)


class RestoreDialog(QDialog):
    """The backups of this workspace, newest first, with what each holds."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = backups
        self.list = QListWidget(self)
        self.list.setObjectName("backups")
        for backup in backups:
            try:
                counts = backup.counts()
                what = self.tr("{cycles} cycles, {krs} key results, {checkins} check-ins").format(
                    cycles=counts["cycles"], krs=counts["key_results"], checkins=counts["check_ins"]
                )
            except Exception:  # noqa: BLE001 - an unreadable backup is listed, not fatal
                what = self.tr("cannot be read")
            item = QListWidgetItem(f"{backup.taken_at:%Y-%m-%d %H:%M} \u2014 {what}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, backup)
        if backups:
            self.list.setCurrentRow(0)
        note = plain_label(
            self.tr(
                "The workspace as it is now is backed up first, so a restore can be undone by restoring that backup."
            ),
            self,
            wrap=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        restore = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
