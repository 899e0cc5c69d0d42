"""Undoable edits: one small QUndoCommand per kind of edit, each calling a service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from okrdesk.models.removal import Removed
from okrdesk.services import checkins, planning, reviews
from okrdesk.services.common import Edit, remove_rows
from okrdesk.services.planning import CycleMove, Placement
from okrdesk.ui.document import Changes, Document, ServiceCommand


class AddCycle(ServiceCommand):
    """Create a cycle."""

    def __init__(self, document: Document, **fields: Any) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("okrdesk.commands", "Add cycle “{name}”").format(name=fields.get("name", "")),
        )
        self.fields = fields
        self.cycle_id: int | None = None
        self._removed: Removed | None = None

    def perform(self) -> Changes:
        if self._removed is None:
            self.cycle_id = planning.add_cycle(self.document.workspace, **self.fields).id
        else:
            planning.restore(self.document.workspace, self._removed)
        return Changes.of(cycle_list=True, cycles=[self.cycle_id])

    def revert(self) -> Changes:
        self._removed = planning.delete_cycle(self.document.workspace, self.cycle_id)
        return Changes.of(cycle_list=True, cycles=[self.cycle_id])


class AddObjective(ServiceCommand):
    """Add an objective to a cycle or the Backlog."""

    def __init__(self, document: Document, cycle_id: int | None, title: str, **fields: Any) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("okrdesk.commands", "Add objective “{title}”").format(title=title),
        )
        self.cycle_id = cycle_id
        self.fields = dict(fields, title=title)
        self.objective_id: int | None = None
        self._removed: Removed | None = None

    def perform(self) -> Changes:
        if self._removed is None:
            self.objective_id = planning.add_objective(self.document.workspace, cycle_id=self.cycle_id, **self.fields)
        else:
            planning.restore(self.document.workspace, self._removed)
        return Changes.of(cycles=[self.cycle_id], cycle_list=True)

    def revert(self) -> Changes:
        self._removed = planning.delete_objectives(self.document.workspace, [self.objective_id])
        return Changes.of(cycles=[self.cycle_id], cycle_list=True)


class AddKeyResult(ServiceCommand):
    """Add a key result to an objective."""

    def __init__(self, document: Document, cycle_id: int | None, objective_id: int, **fields: Any) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("okrdesk.commands", "Add key result “{title}”").format(
                title=fields.get("title", "")
            ),
        )
        self.cycle_id = cycle_id
        self.objective_id = objective_id
        self.fields = fields
        self.kr_id: int | None = None
        self._removed: Removed | None = None

    def perform(self) -> Changes:
        if self._removed is None:
            self.kr_id = planning.add_key_result(self.document.workspace, objective_id=self.objective_id, **self.fields)
        else:
            planning.restore(self.document.workspace, self._removed)
        return Changes.of(cycles=[self.cycle_id], cycle_list=True)

    def revert(self) -> Changes:
        self._removed = planning.delete_key_results(self.document.workspace, [self.kr_id])
        return Changes.of(cycles=[self.cycle_id], cycle_list=True)


_EDITORS = {
    "people": planning.edit_person,
    "cycles": planning.edit_cycle,
    "objectives": planning.edit_objective,
    "key_results": planning.edit_key_result,
    "check_ins": checkins.edit_check_in,
    "kr_scores": reviews.edit_score,
    "member_notes": reviews.edit_member_note,
    "objective_reflections": reviews.edit_reflection,
    "reviews": reviews.edit_review,
    "lessons": reviews.edit_lesson,
}


class EditFields(ServiceCommand):
    """Change some fields of one row; undo puts the old values back."""

    def __init__(
        self,
        document: Document,
        table: str,
        row_id: int,
        changes: dict[str, Any],
        affected: Changes,
        text: str,
        expected_revision: int | None = None,
    ) -> None:
        super().__init__(document, text)
        self.table = table
        self.row_id = row_id
        self.changes = changes
        self.affected = affected
        self.expected_revision = expected_revision
        self.edit: Edit | None = None

    def perform(self) -> Changes:
        if self.edit is None:
            self.edit = _EDITORS[self.table](
                self.document.workspace, self.row_id, expected_revision=self.expected_revision, **self.changes
            )
        else:
            planning.reapply(self.document.workspace, self.edit)
        return self.affected

    def revert(self) -> Changes:
        planning.revert(self.document.workspace, self.edit)
        return self.affected


class Delete(ServiceCommand):
    """Delete rows with what hangs on them; undo brings everything back."""

    _DELETERS = {
        "cycles": lambda ws, ids: planning.delete_cycle(ws, ids[0]),
        "objectives": planning.delete_objectives,
        "key_results": planning.delete_key_results,
        "check_ins": checkins.delete_check_ins,
        "people": lambda ws, ids: planning.delete_person(ws, ids[0]),
        "lessons": lambda ws, ids: remove_rows(ws, "lessons", ids),
    }

    def __init__(self, document: Document, table: str, ids: Sequence[int], affected: Changes, text: str) -> None:
        super().__init__(document, text)
        self.table = table
        self.ids = list(ids)
        self.affected = affected
        self._removed: Removed | None = None

    def perform(self) -> Changes:
        ws = self.document.workspace
        if self.table in ("objectives", "key_results"):
            ids = {"objective_ids" if self.table == "objectives" else "kr_ids": self.ids}
            self.affected = self.affected | Changes.of(cycles=planning.cycles_of(ws, **ids))
        elif self.table == "cycles":
            self.affected = self.affected | Changes.of(cycles=self.ids, cycle_list=True)
        self._removed = self._DELETERS[self.table](ws, self.ids)
        return self.affected

    def revert(self) -> Changes:
        planning.restore(self.document.workspace, self._removed)
        return self.affected


class _Move(ServiceCommand):
    """A move: what changed is the cycles the rows came from and the cycle they went to."""

    def __init__(
        self,
        document: Document,
        text: str,
        *,
        kr_ids: Sequence[int] = (),
        objective_ids: Sequence[int] = (),
        target_cycle: int | None = None,
    ) -> None:
        super().__init__(document, text)
        self.kr_ids = list(kr_ids)
        self.objective_ids = list(objective_ids)
        self.target_cycle = target_cycle
        self._sources: set[int | None] = set()

    def _changes(self) -> Changes:
        return Changes.of(cycles=self._sources | {self.target_cycle}, cycle_list=True)

    def _note_sources(self) -> None:
        if not self._sources:
            self._sources = planning.cycles_of(
                self.document.workspace, objective_ids=self.objective_ids, kr_ids=self.kr_ids
            )


class MoveKeyResults(_Move):
    """Move key results to an objective, at a position (None: at the end)."""

    def __init__(
        self, document: Document, kr_ids: Sequence[int], objective_id: int, index: int | None, target_cycle: int | None
    ) -> None:
        text = (
            QCoreApplication.translate("okrdesk.commands", "Move key results")
            if len(kr_ids) > 1
            else QCoreApplication.translate("okrdesk.commands", "Move key result")
        )
        super().__init__(document, text, kr_ids=kr_ids, target_cycle=target_cycle)
        self.objective_id = objective_id
        self.index = index
        self._old: list[Placement] = []

    def perform(self) -> Changes:
        self._note_sources()
        self._old = planning.move_key_results(self.document.workspace, self.kr_ids, self.objective_id, self.index)
        return self._changes()

    def revert(self) -> Changes:
        planning.place_key_results(self.document.workspace, self._old)
        return self._changes()


class MoveObjectives(_Move):
    """Move objectives to a cycle (or the Backlog), at a position (None: at the end)."""

    def __init__(
        self, document: Document, objective_ids: Sequence[int], cycle_id: int | None, index: int | None
    ) -> None:
        text = (
            QCoreApplication.translate("okrdesk.commands", "Move objectives")
            if len(objective_ids) > 1
            else QCoreApplication.translate("okrdesk.commands", "Move objective")
        )
        super().__init__(document, text, objective_ids=objective_ids, target_cycle=cycle_id)
        self.index = index
        self._old: list[Placement] = []

    def perform(self) -> Changes:
        self._note_sources()
        self._old = planning.move_objectives(self.document.workspace, self.objective_ids, self.target_cycle, self.index)
        return self._changes()

    def revert(self) -> Changes:
        planning.place_objectives(self.document.workspace, self._old)
        return self._changes()


class MoveToCycle(_Move):
    """Move key results to a cycle, or carry them forward into it (a copy that remembers its source).

    Without *objective_id*, each key result goes under the objective of the
    same title in the cycle, made if there is none.
    """

    def __init__(
        self,
        document: Document,
        kr_ids: Sequence[int],
        cycle_id: int,
        *,
        carry: bool,
        objective_id: int | None = None,
        objective_ids: Sequence[int] = (),
    ) -> None:
        text = (
            QCoreApplication.translate("okrdesk.commands", "Carry forward")
            if carry
            else QCoreApplication.translate("okrdesk.commands", "Move to cycle")
        )
        super().__init__(document, text, kr_ids=kr_ids, objective_ids=objective_ids, target_cycle=cycle_id)
        self.objective_id = objective_id
        self.carry = carry
        self.move: CycleMove | None = None

    def perform(self) -> Changes:
        ws = self.document.workspace
        self._note_sources()
        if self.objective_ids and not self.kr_ids:  # whole objectives: all their key results
            self.kr_ids = planning.key_result_ids(ws, self.objective_ids)
        if self.carry:
            self.move = planning.carry_forward(ws, self.kr_ids, self.target_cycle, self.objective_id)
        elif self.objective_id is not None:
            placements = planning.move_key_results(ws, self.kr_ids, self.objective_id)
            self.move = CycleMove(tuple(placements), (), ())
        else:
            self.move = planning.move_key_results_to_cycle(ws, self.kr_ids, self.target_cycle)
        return self._changes()

    def revert(self) -> Changes:
        planning.undo_cycle_move(self.document.workspace, self.move)
        return self._changes()


class AddCheckIn(ServiceCommand):
    """Record a check-in."""

    def __init__(self, document: Document, kr_id: int, affected: Changes, **fields: Any) -> None:
        super().__init__(document, QCoreApplication.translate("okrdesk.commands", "Check in"))
        self.kr_id = kr_id
        self.fields = fields
        self.affected = affected
        self.check_in_id: int | None = None
        self._removed: Removed | None = None

    def perform(self) -> Changes:
        if self._removed is None:
            self.check_in_id = checkins.add_check_in(self.document.workspace, self.kr_id, **self.fields).id
        else:
            planning.restore(self.document.workspace, self._removed)
        return self.affected

    def revert(self) -> Changes:
        self._removed = checkins.delete_check_ins(self.document.workspace, [self.check_in_id])
        return self.affected


class AddPerson(ServiceCommand):
    """Add someone to the team."""

    def __init__(self, document: Document, name: str, role: str = "") -> None:
        super().__init__(
            document,
            QCoreApplication.translate("okrdesk.commands", "Add {name} to the team").format(name=name),
        )
        self.name = name
        self.role = role
        self.person_id: int | None = None
        self._removed: Removed | None = None

    def perform(self) -> Changes:
        if self._removed is None:
            self.person_id = planning.add_person(self.document.workspace, name=self.name, role=self.role).id
        else:
            planning.restore(self.document.workspace, self._removed)
        return Changes.of(people=True)

    def revert(self) -> Changes:
        self._removed = planning.delete_person(self.document.workspace, self.person_id)
        return Changes.of(people=True)


class SetTeamName(ServiceCommand):
    """Name the team."""

    def __init__(self, document: Document, name: str) -> None:
        super().__init__(document, QCoreApplication.translate("okrdesk.commands", "Rename the team"))
        self.name = name
        self.old: str | None = None

    def perform(self) -> Changes:
        old = planning.set_team_name(self.document.workspace, self.name)
        if self.old is None:
            self.old = old
        return Changes.of(people=True)

    def revert(self) -> Changes:
        planning.set_team_name(self.document.workspace, self.old or "")
        return Changes.of(people=True)


class AddLesson(ServiceCommand):
    """Write down a lesson in a review."""

    def __init__(self, document: Document, review_id: int, text: str) -> None:
        super().__init__(document, QCoreApplication.translate("okrdesk.commands", "Add lesson"))
        self.review_id = review_id
        self.text = text
        self.lesson_id: int | None = None
        self._removed: Removed | None = None

    def perform(self) -> Changes:
        if self._removed is None:
            self.lesson_id = reviews.add_lesson(self.document.workspace, self.review_id, self.text)
        else:
            planning.restore(self.document.workspace, self._removed)
        return Changes.of(reviews=[self.review_id])

    def revert(self) -> Changes:
        self._removed = remove_rows(self.document.workspace, "lessons", [self.lesson_id])
        return Changes.of(reviews=[self.review_id])


class MoveLesson(ServiceCommand):
    """Reorder a review's lessons."""

    def __init__(self, document: Document, review_id: int, lesson_id: int, index: int) -> None:
        super().__init__(document, QCoreApplication.translate("okrdesk.commands", "Reorder lessons"))
        self.review_id, self.lesson_id, self.index = review_id, lesson_id, index
        self._old: list[Placement] = []

    def perform(self) -> Changes:
        self._old = reviews.move_lesson(self.document.workspace, self.lesson_id, self.index)
        return Changes.of(reviews=[self.review_id])

    def revert(self) -> Changes:
        reviews.place_lessons(self.document.workspace, self._old)
        return Changes.of(reviews=[self.review_id])


class SetParticipants(ServiceCommand):
    """Choose who takes part in a review."""

    def __init__(self, document: Document, review_id: int, person_ids: Sequence[int]) -> None:
        super().__init__(document, QCoreApplication.translate("okrdesk.commands", "Choose participants"))
        self.review_id = review_id
        self.person_ids = list(person_ids)
        self._old: list[int] | None = None

    def perform(self) -> Changes:
        old = reviews.set_participants(self.document.workspace, self.review_id, self.person_ids)
        if self._old is None:
            self._old = old
        return Changes.of(reviews=[self.review_id])

    def revert(self) -> Changes:
        reviews.set_participants(self.document.workspace, self.review_id, self._old or [])
        return Changes.of(reviews=[self.review_id])


class CompleteReview(ServiceCommand):
    """Finish a review: carry work and lessons forward, close the cycle."""

    def __init__(self, document: Document, review_id: int, cycle_name: str) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("okrdesk.commands", "Complete the review of “{name}”").format(name=cycle_name),
        )
        self.review_id = review_id
        self.completion: reviews.Completion | None = None

    def perform(self) -> Changes:
        self.completion = reviews.complete_review(self.document.workspace, self.review_id)
        return Changes.of(reviews=[self.review_id], cycle_list=True, everything=True)

    def revert(self) -> Changes:
        reviews.undo_completion(self.document.workspace, self.completion)
        return Changes.of(reviews=[self.review_id], cycle_list=True, everything=True)
