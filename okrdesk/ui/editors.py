"""Editors for the selected cycle, objective or key result; each change is one undoable command."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from okrdesk.models.errors import OkrdeskError
from okrdesk.services import overview
from okrdesk.services.info import CycleInfo, KeyResultInfo, ObjectiveInfo, PersonInfo
from okrdesk.ui import commands
from okrdesk.ui.document import Changes, Document
from okrdesk.ui.text import (
    cadence_label,
    error_text,
    format_date,
    format_number,
    format_percent,
    from_qdate,
    kind_label,
    pace_label,
    parse_number,
    plain_label,
    problem_label,
    status_label,
    to_qdate,
)

MIN_KEY_RESULTS, MAX_KEY_RESULTS = 2, 5


def unless_focused(widget: QWidget, apply: Any) -> None:
    """Show a fresh value, except in the field the user is typing in (others' changes arrive any time)."""
    if not widget.hasFocus():
        apply()


class NumberEdit(QLineEdit):
    """A line edit for a number in the user's locale; ``value()`` is None when it is not one."""

    def value(self) -> float | None:
        return parse_number(self.text())

    def set_value(self, value: float | None) -> None:
        self.setText("" if value is None else format_number(value).replace("\u2212", "-"))


class NoteEdit(QPlainTextEdit):
    """Multi-line plain text that says when the user leaves it.

    Signals:
        editing_finished(): focus left the editor.
    """

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


def people_combo(
    people: list[PersonInfo],
    selected: int | None,
    parent: QWidget | None = None,
    combo: QComboBox | None = None,
) -> QComboBox:
    """A combo of the team with "(nobody)" first."""
    combo = combo or QComboBox(parent)
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("okrdesk", "(nobody)"), None)
    for person in people:
        if person.active or person.id == selected:
            combo.addItem(person.name, person.id)
    combo.setCurrentIndex(max(combo.findData(selected), 0))
    combo.blockSignals(False)
    return combo


class _Editor(QWidget):
    """Shared behaviour: run an edit as a command, show a refusal in the form."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.problem = problem_label(self)

    def _run(self, command: commands.ServiceCommand) -> bool:
        try:
            self.document.execute(command)
        except OkrdeskError as exc:
            self.show_problem(error_text(exc))
            self.reload()
            return False
        self.problem.hide()
        return True

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def load(self, info: Any) -> None:
        """Edit *info* (a snapshot from the services)."""
        self.info = info
        self.problem.hide()
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError


class CycleFields(QWidget):
    """A cycle's name, dates, check-in cadence and status as a form (editor and new-cycle dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.start = QDateEdit(self, calendarPopup=True)
        self.end = QDateEdit(self, calendarPopup=True)
        self.cadence = QComboBox(self)
        for value in ("daily", "weekly", "biweekly", "monthly"):
            self.cadence.addItem(cadence_label(value), value)
        self.status = QComboBox(self)
        for value in ("planning", "active", "closed"):
            self.status.addItem(status_label(value), value)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Starts"), self.start)
        form.addRow(self.tr("&Ends"), self.end)
        form.addRow(self.tr("&Check-ins"), self.cadence)
        form.addRow(self.tr("S&tatus"), self.status)


class CycleEditor(_Editor):
    """Name, dates, cadence and status of a cycle."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.info: CycleInfo | None = None
        self.fields = CycleFields(self)
        f = self.fields
        self.name, self.start, self.end, self.cadence, self.status = f.name, f.start, f.end, f.cadence, f.status
        self.summary = plain_label("", self, wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Cycle"), self))
        layout.addWidget(self.fields)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addStretch()
        self.name.editingFinished.connect(lambda: self._commit("name", self.name.text()))
        self.start.editingFinished.connect(lambda: self._commit("start_date", from_qdate(self.start.date())))
        self.end.editingFinished.connect(lambda: self._commit("end_date", from_qdate(self.end.date())))
        self.cadence.activated.connect(lambda: self._commit("cadence", self.cadence.currentData()))
        self.status.activated.connect(lambda: self._commit("status", self.status.currentData()))

    def reload(self) -> None:
        info = self.info
        if info is None:
            return
        unless_focused(self.name, lambda: self.name.setText(info.name))
        unless_focused(self.start, lambda: self.start.setDate(to_qdate(info.start)))
        unless_focused(self.end, lambda: self.end.setDate(to_qdate(info.end)))
        unless_focused(self.cadence, lambda: self.cadence.setCurrentIndex(self.cadence.findData(info.cadence)))
        unless_focused(self.status, lambda: self.status.setCurrentIndex(self.status.findData(info.status)))
        self.summary.setText(
            self.tr(
                "{objectives} objectives, {krs} key results. Progress {progress}; expected by today {expected}."
            ).format(
                objectives=info.objective_count,
                krs=info.key_result_count,
                progress=format_percent(info.progress),
                expected=format_percent(info.expected),
            )
        )
        for widget in (self.name, self.start, self.end, self.cadence, self.status):
            widget.setEnabled(not self.document.read_only)

    def _commit(self, field: str, value: Any) -> None:
        info = self.info
        if info is None:
            return
        current = {
            "name": info.name,
            "start_date": info.start,
            "end_date": info.end,
            "cadence": info.cadence,
            "status": info.status,
        }[field]
        if value == current:
            return
        self._run(
            commands.EditFields(
                self.document,
                "cycles",
                info.id,
                {field: value},
                Changes.of(cycle_list=True, cycles=[info.id]),
                self.tr("Edit cycle “{name}”").format(name=info.name),
                expected_revision=info.revision,
            )
        )


class ObjectiveEditor(_Editor):
    """Title, owner and description of an objective, and the sentence it makes with its KRs."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.info: ObjectiveInfo | None = None
        self.key_results: tuple[KeyResultInfo, ...] = ()
        self.title = QLineEdit(self)
        self.owner = QComboBox(self)
        self.description = NoteEdit(self)
        self.description.setPlaceholderText(self.tr("Why this objective matters (optional)"))
        self.description.setMaximumHeight(90)
        self.sentence = plain_label("", self, wrap=True)
        self.sentence.setObjectName("sentence")
        self.sentence.setStyleSheet("font-style: italic;")
        self.warning = plain_label("", self, wrap=True)
        self.warning.setObjectName("warning")
        self.warning.setStyleSheet("color: #b9770e;")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Objective"), self.title)
        form.addRow(self.tr("O&wner"), self.owner)
        form.addRow(self.tr("&Description"), self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sentence)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        layout.addStretch()
        self.title.editingFinished.connect(lambda: self._commit("title", self.title.text()))
        self.owner.activated.connect(lambda: self._commit("owner_id", self.owner.currentData()))
        self.description.editing_finished.connect(lambda: self._commit("description", self.description.toPlainText()))

    def load(self, objective_id: int) -> None:
        data = overview.objective(self.document.workspace, objective_id, self.document.today())
        self.info = data.objective
        self.key_results = data.key_results
        self.problem.hide()
        self.reload()

    def reload(self) -> None:
        info = self.info
        if info is None:
            return
        unless_focused(self.title, lambda: self.title.setText(info.title))
        unless_focused(
            self.owner,
            lambda: people_combo(overview.list_people(self.document.workspace), info.owner_id, combo=self.owner),
        )
        if self.description.toPlainText() != info.description:
            unless_focused(self.description, lambda: self.description.setPlainText(info.description))
        self.sentence.setText(self.sentence_text(info, self.key_results))
        count = len(self.key_results)
        if count < MIN_KEY_RESULTS or count > MAX_KEY_RESULTS:
            self.warning.setText(
                self.tr("An objective is best measured by 2 to 5 key results; this one has {count}.").format(
                    count=count
                )
            )
            self.warning.show()
        else:
            self.warning.hide()
        for widget in (self.title, self.owner, self.description):
            widget.setEnabled(not self.document.read_only)

    def sentence_text(self, info: ObjectiveInfo, key_results: tuple[KeyResultInfo, ...]) -> str:
        """ "We will …, as measured by …" from the objective and its key results."""
        objective = info.title[:1].lower() + info.title[1:]
        if not key_results:
            return self.tr("We will {objective}, as measured by … (add key results).").format(objective=objective)
        titles = [k.title[:1].lower() + k.title[1:] for k in key_results]
        if len(titles) == 1:
            measures = titles[0]
        else:
            measures = self.tr("{list} and {last}").format(list="; ".join(titles[:-1]), last=titles[-1])
        return self.tr("We will {objective}, as measured by {measures}.").format(objective=objective, measures=measures)

    def _commit(self, field: str, value: Any) -> None:
        info = self.info
        if info is None or getattr(info, field) == value:
            return
        if field == "description" and value.strip() == info.description:
            return
        cycles = [] if info.cycle_id is None else [info.cycle_id]
        self._run(
            commands.EditFields(
                self.document,
                "objectives",
                info.id,
                {field: value},
                Changes.of(objectives=[info.id], cycles=cycles if field == "title" else []),
                self.tr("Edit objective “{title}”").format(title=info.title),
                expected_revision=info.revision,
            )
        )


class KeyResultForm(QWidget):
    """The fields of a key result: kind, unit, start, target (a value or "by N %"), weight, owner.

    Signals:
        edited(dict): one field was changed by the user ({field: value}).
    """

    edited = Signal(dict)

    def __init__(self, people: list[PersonInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.title.setMaxLength(300)
        self.kind = QComboBox(self)
        for value in ("metric", "threshold", "milestone"):
            self.kind.addItem(kind_label(value), value)
        self.comparison = QComboBox(self)
        self.comparison.addItem(self.tr("at least"), "at_least")
        self.comparison.addItem(self.tr("at most"), "at_most")
        self.unit = QLineEdit(self)
        self.unit.setMaxLength(40)
        self.unit.setPlaceholderText(self.tr("min, %, tickets…"))
        self.start = NumberEdit(self)
        self.target_mode = QComboBox(self)
        self.target_mode.addItem(self.tr("value"), "absolute")
        self.target_mode.addItem(self.tr("change from the start (%)"), "relative")
        self.target = NumberEdit(self)
        self.percent = NumberEdit(self)
        self.percent.setPlaceholderText(self.tr("+50 or −60"))
        self.weight = NumberEdit(self)
        self.owner = people_combo(people, None, self)
        self.direction = plain_label("", self, wrap=True)
        self.direction.setObjectName("direction")
        self.target_row = QWidget(self)
        target_row = QHBoxLayout(self.target_row)
        target_row.setContentsMargins(0, 0, 0, 0)
        target_row.addWidget(self.target_mode)
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.percent, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Key result"), self.title)
        form.addRow(self.tr("K&ind"), self.kind)
        form.addRow(self.tr("Kee&p it"), self.comparison)
        form.addRow(self.tr("&Unit"), self.unit)
        form.addRow(self.tr("&Start value"), self.start)
        form.addRow(self.tr("&Target"), self.target_row)
        form.addRow(self.tr("&Weight"), self.weight)
        form.addRow(self.tr("O&wner"), self.owner)
        form.addRow("", self.direction)
        self._form = form
        self.title.editingFinished.connect(lambda: self._emit("title", self.title.text()))
        self.kind.activated.connect(self._kind_chosen)
        self.comparison.activated.connect(lambda: self._emit("comparison", self.comparison.currentData()))
        self.unit.editingFinished.connect(lambda: self._emit("unit", self.unit.text()))
        self.start.editingFinished.connect(lambda: self._emit_number("start_value", self.start))
        self.target.editingFinished.connect(lambda: self._emit_number("target_value", self.target))
        self.percent.editingFinished.connect(lambda: self._emit_number("target_percent", self.percent))
        self.weight.editingFinished.connect(lambda: self._emit_number("weight", self.weight))
        self.owner.activated.connect(lambda: self._emit("owner_id", self.owner.currentData()))
        self.target_mode.activated.connect(self._mode_chosen)
        self.refused = ""
        self._loading = False
        self.set_values(
            kind="metric",
            start=0.0,
            target=None,
            target_percent=None,
            target_mode="absolute",
            weight=1.0,
            unit="",
            title="",
            comparison=None,
            owner_id=None,
        )

    def set_people(self, people: list[PersonInfo], selected: int | None) -> None:
        people_combo(people, selected, combo=self.owner)

    def set_values(self, **values: Any) -> None:
        """Show a key result's values (no signal is emitted)."""
        self._loading = True
        unless_focused(self.title, lambda: self.title.setText(values.get("title", "")))
        unless_focused(self.kind, lambda: self.kind.setCurrentIndex(self.kind.findData(values.get("kind", "metric"))))
        unless_focused(
            self.comparison,
            lambda: self.comparison.setCurrentIndex(max(self.comparison.findData(values.get("comparison")), 0)),
        )
        unless_focused(self.unit, lambda: self.unit.setText(values.get("unit", "")))
        unless_focused(self.start, lambda: self.start.set_value(values.get("start")))
        unless_focused(self.target, lambda: self.target.set_value(values.get("target")))
        unless_focused(self.percent, lambda: self.percent.set_value(values.get("target_percent")))
        unless_focused(
            self.target_mode,
            lambda: self.target_mode.setCurrentIndex(self.target_mode.findData(values.get("target_mode", "absolute"))),
        )
        unless_focused(self.weight, lambda: self.weight.set_value(values.get("weight", 1.0)))
        unless_focused(
            self.owner, lambda: self.owner.setCurrentIndex(max(self.owner.findData(values.get("owner_id")), 0))
        )
        self._loading = False
        self._update_visibility()

    def values(self) -> dict[str, Any]:
        """All fields, for creating a key result."""
        kind = self.kind.currentData()
        relative = self.target_mode.currentData() == "relative" and kind != "milestone"
        return {
            "title": self.title.text(),
            "kind": kind,
            "unit": self.unit.text(),
            "start": self.start.value() if self.start.value() is not None else self.start.text(),
            "target": None if relative else (self.target.value() if self.target.text() else None),
            "target_percent": self.percent.value() if relative else None,
            "comparison": self.comparison.currentData() if kind == "threshold" else None,
            "weight": self.weight.value() if self.weight.value() is not None else self.weight.text(),
            "owner_id": self.owner.currentData(),
        }

    def _update_visibility(self) -> None:
        kind = self.kind.currentData()
        relative = self.target_mode.currentData() == "relative" and kind == "metric"
        measured = kind != "milestone"
        self._form.setRowVisible(self.comparison, kind == "threshold")
        for widget in (self.unit, self.start, self.target_row):
            self._form.setRowVisible(widget, measured)
        self.target_mode.setVisible(kind == "metric")
        self.target.setVisible(not relative)
        self.percent.setVisible(relative)
        start, target = self.start.value(), self.target.value()
        if kind == "metric" and start is not None and target is not None and start != target:
            template = (
                self.tr("Lower is better: from {start} down to {target}.")
                if target < start
                else self.tr("Higher is better: from {start} up to {target}.")
            )
            self.direction.setText(template.format(start=format_number(start), target=format_number(target)))
        elif kind == "milestone":
            self.direction.setText(self.tr("Done or not: check in 1 when it is done."))
        else:
            self.direction.setText("")

    def _kind_chosen(self) -> None:
        self._update_visibility()
        self._emit("kind", self.kind.currentData())

    def _mode_chosen(self) -> None:
        self._update_visibility()
        if self.target_mode.currentData() == "relative" and self.percent.value() is not None:
            self._emit("target_percent", self.percent.value())
        elif self.target_mode.currentData() == "absolute" and self.target.value() is not None:
            self._emit("target_value", self.target.value())

    def _emit_number(self, field: str, edit: NumberEdit) -> None:
        if self._loading:
            return
        value = edit.value()
        if value is None:
            if edit.text().strip():
                self.refused = self.tr("“{text}” is not a number; nothing was changed.").format(text=edit.text())
                self.edited.emit({"__refused__": self.refused})
            return
        self._update_visibility()
        self.edited.emit({field: value})

    def _emit(self, field: str, value: Any) -> None:
        if not self._loading:
            self.edited.emit({field: value})


class KeyResultEditor(_Editor):
    """Edits the selected key result field by field."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.info: KeyResultInfo | None = None
        self.form = KeyResultForm([], self)
        self.numbers = plain_label("", self, wrap=True)
        self.numbers.setObjectName("numbers")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.numbers)
        layout.addWidget(self.problem)
        layout.addStretch()
        self.form.edited.connect(self._commit)

    def reload(self) -> None:
        info = self.info
        if info is None:
            return
        self.form.set_people(overview.list_people(self.document.workspace), info.owner_id)
        self.form.set_values(
            title=info.title,
            kind=info.kind,
            unit=info.unit,
            start=info.start,
            target=info.target,
            target_percent=info.target_percent,
            target_mode=info.target_mode,
            weight=info.weight,
            comparison=info.comparison,
            owner_id=info.owner_id,
        )
        current = format_number(info.current) if info.current is not None else "\u00b7"
        last = format_date(info.last_check_in) if info.last_check_in else self.tr("never")
        text = self.tr("Now {current} · progress {progress} · last check-in {last}").format(
            current=current, progress=format_percent(info.progress.shown), last=last
        )
        if info.pace:
            text += " · " + pace_label(info.pace.value)
        self.numbers.setText(text)
        self.form.setEnabled(not self.document.read_only)

    def _commit(self, change: dict[str, Any]) -> None:
        info = self.info
        if info is None:
            return
        if "__refused__" in change:
            self.show_problem(change["__refused__"])
            return
        self._run(
            commands.EditFields(
                self.document,
                "key_results",
                info.id,
                change,
                Changes.of(objectives=[info.objective_id], key_results=[info.id]),
                self.tr("Edit key result “{title}”").format(title=info.title),
                expected_revision=info.revision,
            )
        )


class DetailPanel(QStackedWidget):
    """Shows the editor for what is selected in the outline."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = plain_label(self.tr("Select a cycle, an objective or a key result to edit it."), self, wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.empty)
        self.set_document(document)

    def set_document(self, document: Document) -> None:
        for widget in [self.widget(i) for i in range(1, self.count())]:
            self.removeWidget(widget)
            widget.deleteLater()
        self.document = document
        self.cycle_editor = CycleEditor(document, self)
        self.objective_editor = ObjectiveEditor(document, self)
        self.key_result_editor = KeyResultEditor(document, self)
        for editor in (self.cycle_editor, self.objective_editor, self.key_result_editor):
            self.addWidget(editor)
        self.setCurrentWidget(self.empty)

    def show_item(self, kind: str | None, info: Any, item_id: int | None) -> None:
        """Edit the cycle, objective or key result selected (None: nothing)."""
        if kind == "cycle":
            self.cycle_editor.load(info)
            self.setCurrentWidget(self.cycle_editor)
        elif kind == "objective":
            self.objective_editor.load(item_id)
            self.setCurrentWidget(self.objective_editor)
        elif kind == "key_result":
            self.key_result_editor.load(info)
            self.setCurrentWidget(self.key_result_editor)
        else:
            self.setCurrentWidget(self.empty)
