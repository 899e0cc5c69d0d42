"""Qt models of a review: the score sheet, the lessons written, the lessons carried into a cycle."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from okrdesk.models import progress as maths
from okrdesk.services import reviews
from okrdesk.services.info import LessonInfo, ReviewData, ScoreRow
from okrdesk.ui import commands
from okrdesk.ui.document import Changes, Document
from okrdesk.ui.qtmodels.rows import RowsTableModel, sync_rows
from okrdesk.ui.text import BAND_COLORS, format_number, rich_from_plain

AnyIndex = QModelIndex | QPersistentModelIndex


def score_text(score: float | None) -> str:
    """A score as people write it: 0.7 (in the user's locale)."""
    if score is None:
        return "\u2014"
    return QLocale().toString(float(score), "f", 1)


def band_brush(score: float | None) -> QBrush | None:
    if score is None:
        return None
    color = QColor(BAND_COLORS[maths.score_band(score).value])
    color.setAlpha(60)
    return QBrush(color)


class ScoreColumn(enum.IntEnum):
    KEY_RESULT = 0
    FINAL = 1
    COMPUTED = 2
    SCORE = 3
    COMMENT = 4


class ScoreModel(RowsTableModel):
    """The score sheet: each objective (its rolled-up score) followed by its key results' lines."""

    SCORE_ROLE = Qt.ItemDataRole.UserRole + 20

    def __init__(self, document: Document, data: ReviewData, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.read_only = False
        self._rows: list[tuple[str, Any]] = []
        self._headers = [
            self.tr("Key result"),
            self.tr("Final value"),
            self.tr("Computed"),
            self.tr("Score"),
            self.tr("Comment"),
        ]
        self.set_review(data)

    def set_review(self, data: ReviewData) -> None:
        """Show the review's lines (rows keep their place when the review is refreshed)."""
        self.review = data
        rows: list[tuple[str, Any]] = []
        for objective in data.objectives:
            rows.append(("objective", objective))
            rows += [("score", row) for row in objective.scores]
        sync_rows(
            self,
            self._rows,
            rows,
            key=lambda r: (r[0], r[1].objective.id if r[0] == "objective" else r[1].id),
            columns=len(ScoreColumn),
        )

    def line(self, row: int) -> tuple[str, Any]:
        return self._rows[row]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind, _ = self._rows[index.row()]
        editable = index.column() in (ScoreColumn.FINAL, ScoreColumn.SCORE, ScoreColumn.COMMENT)
        if kind == "score" and editable and not self.read_only and not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Objective lines (bold, rolled up) and key result lines with final value, scores, comment."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        kind, item = self._rows[index.row()]
        column = ScoreColumn(index.column())
        if kind == "objective":
            if role == Qt.ItemDataRole.DisplayRole:
                return {ScoreColumn.KEY_RESULT: item.objective.title, ScoreColumn.SCORE: score_text(item.score)}.get(
                    column
                )
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole and column == ScoreColumn.SCORE:
                return band_brush(item.score)
            if role == Qt.ItemDataRole.TextAlignmentRole and column == ScoreColumn.SCORE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == self.SCORE_ROLE:
                return item.score
            return None
        row: ScoreRow = item
        kr = row.key_result
        if role == Qt.ItemDataRole.DisplayRole:
            unit = f" {kr.unit}" if kr.unit else ""
            return {
                ScoreColumn.KEY_RESULT: "    " + kr.title,
                ScoreColumn.FINAL: (format_number(row.final_value) + unit) if row.final_value is not None else "\u00b7",
                ScoreColumn.COMPUTED: score_text(row.computed_score),
                ScoreColumn.SCORE: score_text(row.score) + (" \u270e" if row.given_score is not None else ""),
                ScoreColumn.COMMENT: row.comment.replace("\n", " "),
            }[column]
        if role == Qt.ItemDataRole.EditRole:
            return {
                ScoreColumn.FINAL: row.final_value,
                ScoreColumn.SCORE: row.given_score,
                ScoreColumn.COMMENT: row.comment,
            }.get(column)
        if role == Qt.ItemDataRole.BackgroundRole and column == ScoreColumn.SCORE:
            return band_brush(row.score)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ScoreColumn.SCORE and row.given_score is not None:
                return rich_from_plain(
                    self.tr("Given by the team; computed {score}.").format(score=score_text(row.computed_score))
                )
            if column == ScoreColumn.COMMENT and row.comment:
                return rich_from_plain(row.comment)
            if column == ScoreColumn.KEY_RESULT:
                return rich_from_plain(kr.title)
        if role == self.SCORE_ROLE:
            return row.score
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ScoreColumn.FINAL,
            ScoreColumn.COMPUTED,
            ScoreColumn.SCORE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Change a final value, the team's score or a comment (one undoable step each)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        kind, row = self._rows[index.row()]
        if kind != "score":
            return False
        field = {
            ScoreColumn.FINAL: "final_value",
            ScoreColumn.SCORE: "given_score",
            ScoreColumn.COMMENT: "comment",
        }.get(ScoreColumn(index.column()))
        if field is None or getattr(row, field) == value:
            return False
        command = commands.EditFields(
            self.document,
            "kr_scores",
            row.id,
            {field: value},
            Changes.of(reviews=[self.review.id]),
            self.tr("Score “{title}”").format(title=row.key_result.title),
            expected_revision=row.revision,
        )
        return self.document.attempt(command)


class LessonModel(QAbstractListModel):
    """Lessons as an editable list: written in a review, or carried into a cycle (acted on: checkable)."""

    def __init__(
        self,
        document: Document,
        lessons: tuple[LessonInfo, ...],
        *,
        review_id: int | None,
        checkable: bool = False,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.review_id = review_id
        self.checkable = checkable
        self.read_only = False
        self._rows: list[LessonInfo] = []
        self.set_lessons(lessons)

    def set_lessons(self, lessons: tuple[LessonInfo, ...] | list[LessonInfo]) -> None:
        sync_rows(self, self._rows, list(lessons), key=lambda lesson: lesson.id)

    def lesson(self, row: int) -> LessonInfo:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or self.document.read_only:
            return flags
        if self.checkable:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The lesson's text (and, carried into a cycle, what it shaped and whether it was acted on)."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        lesson = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if self.checkable and lesson.shaped:
                return self.tr("{lesson}  → {shaped}").format(lesson=lesson.text, shaped=lesson.shaped)
            return lesson.text
        if role == Qt.ItemDataRole.EditRole:
            return lesson.text
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable:
            return Qt.CheckState.Checked if lesson.acted_on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            text = lesson.text
            if lesson.source_cycle:
                text += "\n" + self.tr("From the review of {cycle}").format(cycle=lesson.source_cycle)
            return rich_from_plain(text)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit a lesson's text, or tick it as acted on."""
        if not index.isValid():
            return False
        lesson = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable:
            changes = {"acted_on": Qt.CheckState(value) == Qt.CheckState.Checked}
            text = self.tr("Lesson acted on") if changes["acted_on"] else self.tr("Lesson not acted on")
        elif role == Qt.ItemDataRole.EditRole and not self.checkable:
            if value == lesson.text:
                return False
            changes, text = {"text": value}, self.tr("Edit lesson")
        else:
            return False
        return self.edit(lesson, changes, text)

    def edit(self, lesson: LessonInfo, changes: dict[str, Any], text: str) -> bool:
        command = commands.EditFields(
            self.document,
            "lessons",
            lesson.id,
            changes,
            Changes.of(reviews=[lesson.review_id] if lesson.review_id else []),
            text,
            expected_revision=lesson.revision,
        )
        return self.document.attempt(command)

    def reload_carried(self, cycle_id: int | None) -> None:
        """Show the lessons carried into *cycle_id* (None: none)."""
        self.set_lessons([] if cycle_id is None else reviews.lessons_for_cycle(self.document.workspace, cycle_id))
