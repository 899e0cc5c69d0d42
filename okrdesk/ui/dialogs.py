"""Dialogs: check in, new key result, new cycle, the team, the first-run welcome."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from okrdesk.models.errors import OkrdeskError
from okrdesk.services import overview
from okrdesk.services.info import KeyResultInfo
from okrdesk.ui import commands
from okrdesk.ui.document import Changes, Document
from okrdesk.ui.editors import CycleFields, KeyResultForm, NoteEdit, NumberEdit
from okrdesk.ui.text import (
    confidence_label,
    error_text,
    format_date,
    format_number,
    from_qdate,
    plain_label,
    problem_label,
    to_qdate,
)


class _CommandDialog(QDialog):
    """A dialog whose OK runs one command; a refusal is shown in the dialog, which stays open."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.command: commands.ServiceCommand | None = None

    def make_command(self) -> commands.ServiceCommand | None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            command = self.make_command()
            if command is None:
                return
            self.document.execute(command)
        except OkrdeskError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        self.command = command
        super().accept()


class CheckInDialog(_CommandDialog):
    """Record a key result's value, confidence and note; the date defaults to today."""

    def __init__(self, document: Document, key_result: KeyResultInfo, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.key_result = key_result
        self.setWindowTitle(self.tr("Check in"))
        heading = plain_label(key_result.title, self, wrap=True)
        heading.setObjectName("heading")
        heading.setStyleSheet("font-weight: bold;")
        unit = f" {key_result.unit}" if key_result.unit else ""
        if key_result.kind == "milestone":
            context = self.tr("Milestone: 1 when it is done, 0 when it is not.")
        else:
            last = (
                self.tr("last {value} on {date}").format(
                    value=format_number(key_result.current), date=format_date(key_result.last_check_in)
                )
                if key_result.last_check_in
                else self.tr("no check-in yet")
            )
            context = self.tr("From {start} to {target}{unit}; {last}.").format(
                start=format_number(key_result.start),
                target=format_number(key_result.target),
                unit=unit,
                last=last,
            )
        self.context = plain_label(context, self, wrap=True)
        self.value = NumberEdit(self)
        suggestion = key_result.current if key_result.current is not None else key_result.start
        self.value.set_value(suggestion)
        self.value.selectAll()
        self.confidence = QButtonGroup(self)
        row = QHBoxLayout()
        for i, value in enumerate(("on_track", "at_risk", "off_track")):
            button = QRadioButton(confidence_label(value), self)
            button.setProperty("confidence", value)
            self.confidence.addButton(button, i)
            row.addWidget(button)
        previous = ["on_track", "at_risk", "off_track"].index(key_result.confidence) if key_result.confidence else 0
        self.confidence.button(previous).setChecked(True)
        self.note = NoteEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What changed, or what blocks progress?"))
        self.note.setMaximumHeight(100)
        self.date = QDateEdit(self, calendarPopup=True)
        self.date.setDate(to_qdate(document.today()))
        self.date.setMaximumDate(to_qdate(document.today() + timedelta(days=366)))
        form = QFormLayout()
        form.addRow(self.tr("&Value") + (f" ({key_result.unit})" if key_result.unit else ""), self.value)
        form.addRow(self.tr("Confidence"), row)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("&Date"), self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.context)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.value.setFocus()

    def make_command(self) -> commands.ServiceCommand | None:
        value = self.value.value()
        if value is None:
            self.problem.setText(self.tr("“{text}” is not a number.").format(text=self.value.text()))
            self.problem.show()
            return None
        kr = self.key_result
        return commands.AddCheckIn(
            self.document,
            kr.id,
            Changes.of(objectives=[kr.objective_id], key_results=[kr.id]),
            value=value,
            on=from_qdate(self.date.date()),
            confidence=self.confidence.checkedButton().property("confidence"),
            note=self.note.toPlainText(),
        )


class NewKeyResultDialog(_CommandDialog):
    """Add a key result to an objective: title, kind, numbers, owner."""

    def __init__(
        self, document: Document, objective_id: int, cycle_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, parent)
        self.objective_id = objective_id
        self.cycle_id = cycle_id
        self.setWindowTitle(self.tr("New key result"))
        self.form = KeyResultForm(overview.list_people(document.workspace), self)
        self.form.target.set_value(None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.form.title.setFocus()

    def make_command(self) -> commands.ServiceCommand | None:
        values = self.form.values()
        return commands.AddKeyResult(self.document, self.cycle_id, self.objective_id, **values)


class CycleDialog(_CommandDialog):
    """Create a cycle: name, dates, cadence, status."""

    def __init__(self, document: Document, proposal: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setWindowTitle(self.tr("New cycle"))
        fields = CycleFields(self)
        self.name, self.start, self.end, self.cadence, self.status = (
            fields.name,
            fields.start,
            fields.end,
            fields.cadence,
            fields.status,
        )
        self.name.setText(proposal.get("name", ""))
        self.start.setDate(to_qdate(proposal["start"]))
        self.end.setDate(to_qdate(proposal["end"]))
        self.cadence.setCurrentIndex(self.cadence.findData(proposal.get("cadence", "weekly")))
        self.status.setCurrentIndex(self.status.findData(proposal.get("status", "planning")))
        layout = QVBoxLayout(self)
        layout.addWidget(fields)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.name.selectAll()
        self.name.setFocus()

    def make_command(self) -> commands.ServiceCommand | None:
        return commands.AddCycle(
            self.document,
            name=self.name.text(),
            start=from_qdate(self.start.date()),
            end=from_qdate(self.end.date()),
            cadence=self.cadence.currentData(),
            status=self.status.currentData(),
        )


def propose_next_cycle(last_start: date | None, last_end: date | None, today: date) -> dict[str, Any]:
    """Name and dates for a new cycle: right after the last one, as long as it was."""
    if last_start is None or last_end is None:
        quarter = (today.month - 1) // 3
        start = date(today.year, quarter * 3 + 1, 1)
        end = date(today.year + (quarter == 3), (quarter * 3 + 3) % 12 + 1, 1) - timedelta(days=1)
        return {"name": f"Q{quarter + 1} {today.year}", "start": start, "end": end, "status": "active"}
    length = last_end - last_start
    start = last_end + timedelta(days=1)
    end = start + length
    if start.day == 1 and (end + timedelta(days=1)).day == 1 and start.month % 3 == 1:
        quarter = (start.month - 1) // 3 + 1
        return {"name": f"Q{quarter} {start.year}", "start": start, "end": end}
    return {"name": f"{start:%b} \u2013 {end:%b %Y}", "start": start, "end": end}


class TeamDialog(QDialog):
    """The team: add, rename, deactivate people (each an undoable step)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Team"))
        self.team_name = QLineEdit(overview.team_name(document.workspace), self)
        self.team_name.setPlaceholderText(self.tr("Your team's name, e.g. Customer Success"))
        self.team_name.editingFinished.connect(self._rename_team)
        self.list = QListWidget(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Name of a new team member"))
        self.role = QLineEdit(self)
        self.role.setPlaceholderText(self.tr("Role (optional)"))
        add = QPushButton(self.tr("&Add"), self)
        add.clicked.connect(self.add_person)
        self.name.returnPressed.connect(self.add_person)
        self.toggle = QPushButton(self.tr("&Deactivate"), self)
        self.toggle.clicked.connect(self.toggle_active)
        self.problem = problem_label(self)
        row = QHBoxLayout()
        row.addWidget(self.name, 2)
        row.addWidget(self.role, 2)
        row.addWidget(add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        name_row = QFormLayout()
        name_row.addRow(self.tr("Team &name"), self.team_name)
        layout.addLayout(name_row)
        layout.addWidget(plain_label(self.tr("Members (double-click a name to rename):"), self))
        layout.addWidget(self.list)
        layout.addWidget(self.toggle)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.list.itemChanged.connect(self._renamed)
        self.list.currentItemChanged.connect(lambda *_: self._update_toggle())
        self.reload()

    def reload(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for person in overview.list_people(self.document.workspace):
            label = person.name if person.active else self.tr("{name} (inactive)").format(name=person.name)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person)
            if person.active and not self.document.read_only:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_toggle()

    def _rename_team(self) -> None:
        if self.team_name.text().strip() != overview.team_name(self.document.workspace):
            self._execute(commands.SetTeamName(self.document, self.team_name.text()))

    def _update_toggle(self) -> None:
        item = self.list.currentItem()
        person = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.toggle.setEnabled(person is not None and not self.document.read_only)
        self.toggle.setText(
            self.tr("&Reactivate") if person is not None and not person.active else self.tr("&Deactivate")
        )

    def _execute(self, command: commands.ServiceCommand) -> bool:
        try:
            self.document.execute(command)
        except OkrdeskError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return False
        self.problem.hide()
        self.reload()
        return True

    def add_person(self) -> None:
        if self._execute(commands.AddPerson(self.document, self.name.text(), self.role.text())):
            self.name.clear()
            self.role.clear()

    def toggle_active(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        person = item.data(Qt.ItemDataRole.UserRole)
        self._execute(
            commands.EditFields(
                self.document,
                "people",
                person.id,
                {"active": not person.active},
                Changes.of(people=True),
                self.tr("Reactivate {name}").format(name=person.name)
                if not person.active
                else self.tr("Deactivate {name}").format(name=person.name),
            )
        )

    def _renamed(self, item: QListWidgetItem) -> None:
        person = item.data(Qt.ItemDataRole.UserRole)
        if item.text() != person.name:
            if not self._execute(
                commands.EditFields(
                    self.document,
                    "people",
                    person.id,
                    {"name": item.text()},
                    Changes.of(people=True),
                    self.tr("Rename {name}").format(name=person.name),
                    expected_revision=person.revision,
                )
            ):
                self.reload()


class WelcomeDialog(QDialog):
    """First run: start from the demo workspace or an empty one, or open a file."""

    DEMO, EMPTY, OPEN = 1, 2, 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to okrdesk"))
        text = plain_label(
            self.tr(
                "okrdesk keeps your team's objectives, key results and check-ins in one file that you own.\n\n"
                "Start with the demo workspace (a Customer Success team with two cycles and weekly check-ins) "
                "to look around, or start with an empty workspace."
            ),
            self,
            wrap=True,
        )
        demo = QPushButton(self.tr("Start with the &demo"), self)
        empty = QPushButton(self.tr("Start &empty"), self)
        other = QPushButton(self.tr("&Open a file…"), self)
        demo.setDefault(True)
        demo.clicked.connect(lambda: self.done(self.DEMO))
        empty.clicked.connect(lambda: self.done(self.EMPTY))
        other.clicked.connect(lambda: self.done(self.OPEN))
        row = QHBoxLayout()
        row.addWidget(demo)
        row.addWidget(empty)
        row.addWidget(other)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        self.setMinimumWidth(460)
