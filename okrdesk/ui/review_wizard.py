"""The end-of-cycle review wizard: every page saves as the team goes, and reopening resumes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from okrdesk.models.errors import OkrdeskError
from okrdesk.services import overview, reviews
from okrdesk.services.info import ReviewData
from okrdesk.ui import commands
from okrdesk.ui.delegates import NumberDelegate
from okrdesk.ui.dialogs import propose_next_cycle
from okrdesk.ui.document import Changes, Document
from okrdesk.ui.editors import NoteEdit
from okrdesk.ui.qtmodels.review import LessonModel, ScoreColumn, ScoreModel, score_text
from okrdesk.ui.text import error_text, format_date, format_number, format_percent, plain_label, problem_label


class GivenScoreDelegate(QStyledItemDelegate):
    """The team's score: "computed" or 0.0 to 1.0 in steps of 0.1."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(self.tr("as computed"), None)
        for tenth in range(11):
            combo.addItem(score_text(tenth / 10), tenth / 10)
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(0 if value is None else round(value * 10) + 1)

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ReviewPage(QWizardPage):
    """A page that shows the review and saves each edit as an undoable command."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard)
        self.review = wizard
        self.problem = problem_label(self)

    @property
    def document(self) -> Document:
        return self.review.document

    @property
    def data(self) -> ReviewData:
        return self.review.data

    def run(self, command: commands.ServiceCommand) -> bool:
        try:
            self.document.execute(command)
        except OkrdeskError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            self.load()
            return False
        self.problem.hide()
        return True

    def edit(self, table: str, row_id: int, changes: dict[str, Any], text: str, revision: int | None = None) -> bool:
        return self.run(
            commands.EditFields(
                self.document,
                table,
                row_id,
                changes,
                Changes.of(reviews=[self.data.id]),
                text,
                expected_revision=revision,
            )
        )

    def load(self) -> None:
        """Show the review as it is now (called after every change)."""

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (NoteEdit, QComboBox, QCheckBox, QPushButton)) or (
                isinstance(widget, (QListWidget, QTableView, QListView)) and read_only
            ):
                widget.setEnabled(not read_only)


def _text_edit(parent: QWidget, placeholder: str, save: Callable[[str], None]) -> NoteEdit:
    edit = NoteEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(80)
    edit.editing_finished.connect(lambda: save(edit.toPlainText()))
    return edit


def _set_text(edit: NoteEdit, text: str) -> None:
    if not edit.hasFocus() and edit.toPlainText() != text:
        edit.setPlainText(text)


class OverviewPage(ReviewPage):
    """The cycle: its objectives and key results with final values; who takes part."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Overview"))
        self.heading = plain_label("", self, wrap=True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [self.tr("Objective / key result"), self.tr("Start → final → target"), self.tr("Progress")]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.people = QListWidget(self)
        self.people.setObjectName("participants")
        self.people.setMaximumHeight(110)
        self.people.itemChanged.connect(self._participants_changed)
        self.lessons = QListWidget(self)
        self.lessons.setObjectName("inheritedLessons")
        self.lessons.setMaximumHeight(90)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(plain_label(self.tr("Who takes part:"), self))
        layout.addWidget(self.people)
        self.lessons_label = plain_label(self.tr("Lessons carried into this cycle (✓ acted on):"), self)
        layout.addWidget(self.lessons_label)
        layout.addWidget(self.lessons)
        layout.addWidget(self.problem)

    def load(self) -> None:
        data = self.data
        c = data.cycle
        self.heading.setText(
            self.tr("{name}: {start} – {end}. Progress {progress}; {objectives} objectives, {krs} key results.").format(
                name=c.name,
                start=format_date(c.start),
                end=format_date(c.end),
                progress=format_percent(c.progress),
                objectives=c.objective_count,
                krs=c.key_result_count,
            )
        )
        self.tree.clear()
        for objective in data.objectives:
            top = QTreeWidgetItem([objective.objective.title, "", format_percent(objective.objective.progress)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for row in objective.scores:
                kr = row.key_result
                final = format_number(row.final_value) if row.final_value is not None else "\u00b7"
                numbers = f"{format_number(kr.start)} → {final} → {format_number(kr.target)} {kr.unit}".strip()
                top.addChild(QTreeWidgetItem([kr.title, numbers, format_percent(row.final_progress.shown)]))
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.people.blockSignals(True)
        self.people.clear()
        for person in overview.list_people(self.document.workspace):
            if not person.active and person.id not in data.participants:
                continue
            item = QListWidgetItem(person.name, self.people)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in data.participants else Qt.CheckState.Unchecked)
        self.people.blockSignals(False)
        self.lessons.clear()
        for lesson in data.inherited_lessons:
            mark = "\u2713 " if lesson.acted_on else "\u2610 "
            shaped = f"  → {lesson.shaped}" if lesson.shaped else ""
            self.lessons.addItem(mark + lesson.text + shaped)
        self.lessons.setVisible(bool(data.inherited_lessons))
        self.lessons_label.setVisible(bool(data.inherited_lessons))

    def _participants_changed(self, _item: QListWidgetItem) -> None:
        chosen = [
            self.people.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.run(commands.SetParticipants(self.document, self.data.id, chosen))


class ScorePage(ReviewPage):
    """One line per key result: final value, computed score, the team's score and a comment."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Score"))
        self.setSubTitle(
            self.tr(
                "The computed score is the progress at the final value, to one decimal. Give "
                "another score where the team sees it differently. 0.7 is success for a "
                "stretch goal."
            )
        )
        self.model = ScoreModel(self.document, self.data, self)
        self.view = QTableView(self)
        self.view.setObjectName("scores")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(ScoreColumn.FINAL, NumberDelegate(self.view))
        self.view.setItemDelegateForColumn(ScoreColumn.SCORE, GivenScoreDelegate(self.view))
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ScoreColumn.KEY_RESULT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ScoreColumn.COMMENT, QHeaderView.ResizeMode.Stretch)
        self.summary = plain_label("", self)
        self.summary.setObjectName("cycleScore")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)

    def load(self) -> None:
        self.model.set_review(self.data)
        self.summary.setText(self.tr("Cycle score: {score}").format(score=score_text(self.data.cycle_score)))


class ReflectionPage(ReviewPage):
    """What went well and what went wrong, for the cycle and for each objective."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Reflection"))
        self.well = _text_edit(
            self, self.tr("What went well in this cycle?"), lambda text: self._save_cycle("went_well", text)
        )
        self.wrong = _text_edit(self, self.tr("What went wrong?"), lambda text: self._save_cycle("went_wrong", text))
        self.objectives: dict[int, tuple[NoteEdit, NoteEdit]] = {}
        container = QWidget(self)
        self.per_objective = QVBoxLayout(container)
        for objective in self.data.objectives:
            box = QGroupBox(container)
            box.setTitle(objective.objective.title)
            form = QFormLayout(box)
            oid = objective.objective.id
            well = _text_edit(box, self.tr("Went well"), lambda text, o=oid: self._save_objective(o, "went_well", text))
            wrong = _text_edit(
                box, self.tr("Went wrong"), lambda text, o=oid: self._save_objective(o, "went_wrong", text)
            )
            form.addRow(self.tr("Well"), well)
            form.addRow(self.tr("Wrong"), wrong)
            self.objectives[oid] = (well, wrong)
            self.per_objective.addWidget(box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(container)
        form = QFormLayout()
        form.addRow(self.tr("Went &well"), self.well)
        form.addRow(self.tr("Went w&rong"), self.wrong)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("For each objective:"), self))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)

    def load(self) -> None:
        _set_text(self.well, self.data.went_well)
        _set_text(self.wrong, self.data.went_wrong)
        for objective in self.data.objectives:
            edits = self.objectives.get(objective.objective.id)
            if edits:
                _set_text(edits[0], objective.went_well)
                _set_text(edits[1], objective.went_wrong)

    def _save_cycle(self, field: str, text: str) -> None:
        if getattr(self.data, field) != text.strip():
            self.edit("reviews", self.data.id, {field: text}, self.tr("Review reflection"), self.data.revision)

    def _save_objective(self, objective_id: int, field: str, text: str) -> None:
        found = next(o for o in self.data.objectives if o.objective.id == objective_id)
        if found.reflection_id is not None and getattr(found, field) != text.strip():
            self.edit("objective_reflections", found.reflection_id, {field: text}, self.tr("Review reflection"))


class PeoplePage(ReviewPage):
    """A note and an optional 1–5 rating on each member's contribution."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("People"))
        self.setSubTitle(self.tr("Notes on each member's contribution. The PDF can leave them out."))
        self.rows: dict[int, tuple[NoteEdit, QComboBox]] = {}
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.problem)

    def load(self) -> None:
        shown = {m.person.id for m in self.data.members if m.person.id in self.data.participants}
        if set(self.rows) != shown:
            while self.form.rowCount():
                self.form.removeRow(0)
            self.rows = {}
            for member in self.data.members:
                if member.person.id not in shown:
                    continue
                notes = _text_edit(
                    self, self.tr("Contribution"), lambda text, m=member.id: self._save(m, {"notes": text})
                )
                rating = QComboBox(self)
                rating.addItem(self.tr("no rating"), None)
                for stars in range(1, 6):
                    rating.addItem("\u2605" * stars, stars)
                rating.activated.connect(lambda _i, m=member.id, r=rating: self._save(m, {"rating": r.currentData()}))
                row = QWidget(self)
                box = QHBoxLayout(row)
                box.setContentsMargins(0, 0, 0, 0)
                box.addWidget(notes, 1)
                box.addWidget(rating)
                self.form.addRow(plain_label(member.person.name, self), row)
                self.rows[member.person.id] = (notes, rating)
        for member in self.data.members:
            if member.person.id in self.rows:
                notes, rating = self.rows[member.person.id]
                _set_text(notes, member.notes)
                rating.setCurrentIndex(rating.findData(member.rating) if member.rating else 0)

    def _save(self, note_id: int, changes: dict[str, Any]) -> None:
        member = next(m for m in self.data.members if m.id == note_id)
        if all(getattr(member, k) == (v.strip() if isinstance(v, str) else v) for k, v in changes.items()):
            return
        self.edit("member_notes", note_id, changes, self.tr("Note on {name}").format(name=member.person.name))


class LessonsPage(ReviewPage):
    """Short lessons: add, edit in place, delete, reorder."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Lessons"))
        self.setSubTitle(self.tr("What will the team do differently? The lessons go with you into the next cycle."))
        self.model = LessonModel(self.document, self.data.lessons, review_id=self.data.id, parent=self)
        self.view = QListView(self)
        self.view.setObjectName("lessons")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add lesson"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.add_button.clicked.connect(self.add_lesson)
        self.delete_button.clicked.connect(self.delete_lesson)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)

    def load(self) -> None:
        self.model.set_lessons(self.data.lessons)

    def add_lesson(self, text: str | None = None) -> None:
        command = commands.AddLesson(self.document, self.data.id, text or self.tr("New lesson"))
        if self.run(command) and text is None:
            row = next(r for r in range(self.model.rowCount()) if self.model.lesson(r).id == command.lesson_id)
            index = self.model.index(row)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def delete_lesson(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            lesson = self.model.lesson(index.row())
            self.run(
                commands.Delete(
                    self.document, "lessons", [lesson.id], Changes.of(reviews=[self.data.id]), self.tr("Delete lesson")
                )
            )

    def move(self, step: int) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        target = index.row() + step
        if 0 <= target < self.model.rowCount():
            lesson = self.model.lesson(index.row())
            if self.run(commands.MoveLesson(self.document, self.data.id, lesson.id, target)):
                self.view.setCurrentIndex(self.model.index(target))


class NextCyclePage(ReviewPage):
    """The next cycle (picked or made), and which unfinished key results continue in it."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Next cycle"))
        self.setSubTitle(
            self.tr("Ticked key results continue in the next cycle from their last value; the lessons go with them.")
        )
        self.cycle = QComboBox(self)
        self.cycle.setObjectName("nextCycle")
        self.cycle.activated.connect(self._cycle_chosen)
        self.create_button = QPushButton(self, objectName="createNextCycle")
        self.create_button.clicked.connect(self.create_next_cycle)
        self.carry = QListWidget(self)
        self.carry.setObjectName("carryForward")
        self.carry.itemChanged.connect(self._carry_changed)
        row = QHBoxLayout()
        row.addWidget(self.cycle, 1)
        row.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(plain_label(self.tr("Carry forward (unfinished key results):"), self))
        layout.addWidget(self.carry, 1)
        layout.addWidget(self.problem)

    def proposal(self) -> dict[str, Any]:
        c = self.data.cycle
        return propose_next_cycle(c.start, c.end, self.document.today())

    def load(self) -> None:
        data = self.data
        cycles = [
            c
            for c in overview.list_cycles(self.document.workspace, self.document.today(), with_progress=False)
            if c.id != data.cycle.id and c.status != "closed" and c.start >= data.cycle.start
        ]
        self.cycle.blockSignals(True)
        self.cycle.clear()
        self.cycle.addItem(self.tr("(no next cycle)"), None)
        for c in cycles:
            self.cycle.addItem(f"{c.name} ({format_date(c.start)} – {format_date(c.end)})", c.id)
        self.cycle.setCurrentIndex(max(self.cycle.findData(data.next_cycle.id if data.next_cycle else None), 0))
        self.cycle.blockSignals(False)
        proposal = self.proposal()
        self.create_button.setText(
            self.tr("Create “{name}” ({start} – {end})").format(
                name=proposal["name"], start=format_date(proposal["start"]), end=format_date(proposal["end"])
            )
        )
        self.create_button.setEnabled(all(c.name.lower() != proposal["name"].lower() for c in cycles))
        self.carry.blockSignals(True)
        self.carry.clear()
        for objective in data.objectives:
            for row in objective.scores:
                if row.final_progress.shown >= 1:
                    continue
                kr = row.key_result
                item = QListWidgetItem(
                    self.tr("{title} (score {score})").format(title=kr.title, score=score_text(row.score))
                )
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if row.carry_forward else Qt.CheckState.Unchecked)
                self.carry.addItem(item)
        self.carry.blockSignals(False)

    def _cycle_chosen(self) -> None:
        chosen = self.cycle.currentData()
        current = self.data.next_cycle.id if self.data.next_cycle else None
        if chosen != current:
            self.edit(
                "reviews", self.data.id, {"next_cycle_id": chosen}, self.tr("Choose the next cycle"), self.data.revision
            )

    def create_next_cycle(self) -> None:
        proposal = self.proposal()
        command = commands.AddCycle(
            self.document, name=proposal["name"], start=proposal["start"], end=proposal["end"], status="planning"
        )
        if self.run(command):
            self.edit("reviews", self.data.id, {"next_cycle_id": command.cycle_id}, self.tr("Choose the next cycle"))

    def _carry_changed(self, item: QListWidgetItem) -> None:
        self.edit(
            "kr_scores",
            item.data(Qt.ItemDataRole.UserRole),
            {"carry_forward": item.checkState() == Qt.CheckState.Checked},
            self.tr("Carry forward"),
        )


class FinishPage(ReviewPage):
    """The summary; export the PDF; finishing closes the cycle."""

    def __init__(self, wizard: ReviewWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Finish"))
        self.summary = plain_label("", self, wrap=True)
        self.summary.setObjectName("summary")
        self.export_button = QPushButton(self.tr("&Export PDF…"), self)
        self.export_button.clicked.connect(wizard.export_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.problem)
        self.setFinalPage(True)

    def load(self) -> None:
        data = self.data
        ticked = sum(1 for o in data.objectives for r in o.scores if r.carry_forward)
        lines = [
            self.tr("Cycle score: {score}").format(score=score_text(data.cycle_score)),
            self.tr("{count} lessons written.").format(count=len(data.lessons)),
        ]
        if data.next_cycle is not None:
            lines.append(
                self.tr("Next cycle: {name}. {count} key results carry forward, and the lessons go with them.").format(
                    name=data.next_cycle.name, count=ticked
                )
            )
        else:
            lines.append(self.tr("No next cycle chosen: nothing is carried forward."))
        if data.status == "completed":
            lines.append(self.tr("This review is completed."))
        else:
            lines.append(self.tr("Finishing closes “{name}”.").format(name=data.cycle.name))
        self.summary.setText("\n".join(lines))


class ReviewWizard(QWizard):
    """Walks the team through the review of one cycle; saves as it goes, resumes where it was left."""

    def __init__(
        self,
        document: Document,
        cycle_id: int,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
        export: Callable[[QWidget, int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.cycle_id = cycle_id
        self.read_only = read_only or document.read_only
        self.export = export
        self.data = (
            reviews.review_data(document.workspace, cycle_id, document.today())
            if self.read_only
            else reviews.open_review(document.workspace, cycle_id, document.today())
        )
        self.setWindowTitle(self.tr("Review of {name}").format(name=self.data.cycle.name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            self.tr("Close")
            if self.read_only or self.data.status == "completed"
            else self.tr("Finish and close the cycle"),
        )
        self.pages: list[ReviewPage] = [
            OverviewPage(self),
            ScorePage(self),
            ReflectionPage(self),
            PeoplePage(self),
            LessonsPage(self),
            NextCyclePage(self),
            FinishPage(self),
        ]
        for page in self.pages:
            self.addPage(page)
            page.set_read_only(self.read_only)
        self.resize(860, 600)
        self.reload_pages()
        document.changed.connect(self._document_changed)
        self.currentIdChanged.connect(self._page_changed)
        QShortcut(QKeySequence("Ctrl+Z"), self, document.undo_stack.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, document.undo_stack.redo)
        start = min(self.data.resume_page, len(self.pages) - 1) if not self.read_only else 0
        self.setStartId(self.pageIds()[start])

    def reload_pages(self) -> None:
        for page in self.pages:
            page.load()

    def _document_changed(self, changes: Changes) -> None:
        if changes.everything or self.data.id in changes.reviews or changes.cycle_list or changes.people:
            try:
                self.data = reviews.review_data(self.document.workspace, self.cycle_id, self.document.today())
            except OkrdeskError:
                return
            self.reload_pages()

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0 or self.read_only:
            return
        index = self.pageIds().index(page_id)
        try:  # where to resume: not an edit of the review, so not an undo step
            reviews.edit_review(self.document.workspace, self.data.id, resume_page=index)
        except OkrdeskError:
            return
        self.data = reviews.review_data(self.document.workspace, self.cycle_id, self.document.today())

    def accept(self) -> None:
        """Finish: complete the review (closing the cycle) unless it is only being looked at."""
        if not self.read_only and self.data.status != "completed":
            command = commands.CompleteReview(self.document, self.data.id, self.data.cycle.name)
            try:
                self.document.execute(command)
            except OkrdeskError as exc:
                page = self.currentPage()
                page.problem.setText(error_text(exc))
                page.problem.show()
                return
        super().accept()

    def export_pdf(self) -> None:
        if self.export is not None:
            self.export(self, self.cycle_id)


class ExportDialog(QDialog):
    """Where to save the review PDF, its page size, and whether notes on people go in it."""

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the review as PDF"))
        self.path = suggested
        self.people = QCheckBox(self.tr("Include the notes on &people (leave them out for a wider audience)"), self)
        self.people.setChecked(True)
        self.page_size = QComboBox(self)
        self.page_size.addItem("A4", "A4")
        self.page_size.addItem("Letter", "Letter")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.people)
        form.addRow(self.tr("Page size"), self.page_size)
        form.addRow(buttons)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the review"), str(self.path), self.tr("PDF documents (*.pdf)")
        )
        if name:
            self.path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
            self.accept()
