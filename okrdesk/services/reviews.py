"""The end-of-cycle review: scores, reflection, people, lessons, the next cycle; saved as a draft as it goes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from okrdesk.models import progress as maths
from okrdesk.models import removal
from okrdesk.models.entities import (
    Cycle,
    KeyResult,
    KRScore,
    Lesson,
    MemberNote,
    Objective,
    ObjectiveReflection,
    Participant,
    Person,
    Review,
    Setting,
    utcnow,
)
from okrdesk.models.errors import QT_TRANSLATE_NOOP, InvalidInput
from okrdesk.models.workspace import Workspace
from okrdesk.services import validation as valid
from okrdesk.services.common import Edit, edit_row, get_row
from okrdesk.services.info import (
    KeyResultInfo,
    LessonInfo,
    MemberNoteInfo,
    ObjectiveScore,
    ReviewData,
    ScoreRow,
)
from okrdesk.services.overview import (
    cycle_info,
    key_result_infos,
    overview_in,
    person_info,
)
from okrdesk.services.planning import Placement, carried_copy, objective_for_title, reorder

MAX_LESSON = 1000
MAX_NOTES = 4000


# -- opening --------------------------------------------------------------------------


def open_review(ws: Workspace, cycle_id: int, today: date) -> ReviewData:
    """The cycle's review, started as a draft the first time (everyone active takes part).

    Every key result of the cycle gets a score line (final value: its latest
    check-in) and every objective a reflection, so that the wizard only edits.
    """
    with ws.write() as session:
        cycle = get_row(session, Cycle, cycle_id, QT_TRANSLATE_NOOP("okrdesk.errors", "cycle"))
        review = cycle.review
        if review is None:
            review = Review(cycle_id=cycle_id)
            session.add(review)
            session.flush()
            for person in session.scalars(select(Person).where(Person.active.is_(True))):
                session.add(Participant(review_id=review.id, person_id=person.id))
                session.add(MemberNote(review_id=review.id, person_id=person.id))
        _ensure_lines(session, review, today)
    return review_data(ws, cycle_id, today)


def _ensure_lines(session: Session, review: Review, today: date) -> None:
    scored = set(session.scalars(select(KRScore.key_result_id).where(KRScore.review_id == review.id)))
    for kr in key_result_infos(session, Objective.cycle_id == review.cycle_id, today):
        if kr.id not in scored:
            final = kr.current if kr.current is not None else None
            session.add(
                KRScore(
                    review_id=review.id, key_result_id=kr.id, final_value=final, computed_score=_computed(kr, final)
                )
            )
    reflected = set(
        session.scalars(select(ObjectiveReflection.objective_id).where(ObjectiveReflection.review_id == review.id))
    )
    for objective_id in session.scalars(select(Objective.id).where(Objective.cycle_id == review.cycle_id)):
        if objective_id not in reflected:
            session.add(ObjectiveReflection(review_id=review.id, objective_id=objective_id))
    noted = set(session.scalars(select(MemberNote.person_id).where(MemberNote.review_id == review.id)))
    for person_id in session.scalars(select(Participant.person_id).where(Participant.review_id == review.id)):
        if person_id not in noted:
            session.add(MemberNote(review_id=review.id, person_id=person_id))


def _computed(kr: KeyResultInfo, final: float | None) -> float:
    progress = maths.key_result_progress(kr.kind, kr.start, kr.target, final, kr.comparison)
    return maths.review_score(progress.shown)


def review_id_of(ws: Workspace, cycle_id: int) -> int | None:
    """The cycle's review, if one was started."""
    with ws.read() as session:
        return session.scalar(select(Review.id).where(Review.cycle_id == cycle_id))


# -- reading --------------------------------------------------------------------------


def review_data(ws: Workspace, cycle_id: int, today: date) -> ReviewData:
    """The whole review of a cycle (it must have been opened)."""
    with ws.read() as session:
        cycle = get_row(session, Cycle, cycle_id, QT_TRANSLATE_NOOP("okrdesk.errors", "cycle"))
        review = cycle.review
        if review is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("okrdesk.errors", "The cycle “{name}” has no review yet."), name=cycle.name
            )
        overview = overview_in(session, cycle, today)
        scores = {s.key_result_id: s for s in session.scalars(select(KRScore).where(KRScore.review_id == review.id))}
        reflections = {
            r.objective_id: r
            for r in session.scalars(select(ObjectiveReflection).where(ObjectiveReflection.review_id == review.id))
        }
        objectives = []
        for ov in overview.objectives:
            rows = tuple(_score_row(scores[k.id], k) for k in ov.key_results if k.id in scores)
            reflection = reflections.get(ov.objective.id)
            objectives.append(
                ObjectiveScore(
                    objective=ov.objective,
                    scores=rows,
                    score=maths.roll_up_score((r.score, r.key_result.weight) for r in rows),
                    reflection_id=reflection.id if reflection else None,
                    went_well=reflection.went_well if reflection else "",
                    went_wrong=reflection.went_wrong if reflection else "",
                )
            )
        participants = tuple(session.scalars(select(Participant.person_id).where(Participant.review_id == review.id)))
        members = tuple(
            MemberNoteInfo(id=n.id, revision=n.revision, person=person_info(p), notes=n.notes, rating=n.rating)
            for n, p in session.execute(
                select(MemberNote, Person)
                .join(Person, MemberNote.person_id == Person.id)
                .where(MemberNote.review_id == review.id)
                .order_by(Person.position, Person.name)
            )
        )
        lessons = tuple(_lesson_infos(session, Lesson.review_id == review.id))
        inherited = tuple(_lesson_infos(session, Lesson.carried_to_id == cycle_id))
        next_cycle = cycle_info(review.next_cycle, today) if review.next_cycle else None
        carried = ()
        if review.next_cycle_id is not None:
            carried = tuple(
                key_result_infos(
                    session,
                    (Objective.cycle_id == review.next_cycle_id) & KeyResult.carried_from_id.in_(list(scores)),
                    today,
                )
            )
        team = session.get(Setting, "team")
        return ReviewData(
            id=review.id,
            revision=review.revision,
            status=review.status,
            cycle=overview.cycle,
            team=team.value if team else "",
            objectives=tuple(objectives),
            cycle_score=maths.roll_up_score((o.score, 1.0) for o in objectives),
            went_well=review.went_well,
            went_wrong=review.went_wrong,
            participants=participants,
            members=members,
            lessons=lessons,
            inherited_lessons=inherited,
            next_cycle=next_cycle,
            resume_page=review.resume_page,
            completed_at=review.completed_at,
            carried=carried,
        )


def _score_row(score: KRScore, kr: KeyResultInfo) -> ScoreRow:
    progress = maths.key_result_progress(kr.kind, kr.start, kr.target, score.final_value, kr.comparison)
    return ScoreRow(
        id=score.id,
        revision=score.revision,
        key_result=kr,
        final_value=score.final_value,
        final_progress=progress,
        computed_score=score.computed_score,
        given_score=score.given_score,
        comment=score.comment,
        carry_forward=score.carry_forward,
    )


def _lesson_infos(session: Session, where: Any) -> list[LessonInfo]:
    result = []
    for lesson in session.scalars(select(Lesson).where(where).order_by(Lesson.position, Lesson.id)):
        source = ""
        if lesson.review is not None and lesson.review.cycle is not None:
            source = lesson.review.cycle.name
        shaped = ""
        if lesson.key_result_id is not None:
            shaped = session.scalar(select(KeyResult.title).where(KeyResult.id == lesson.key_result_id)) or ""
        elif lesson.objective_id is not None:
            shaped = session.scalar(select(Objective.title).where(Objective.id == lesson.objective_id)) or ""
        result.append(
            LessonInfo(
                id=lesson.id,
                uid=lesson.uid,
                revision=lesson.revision,
                text=lesson.text,
                review_id=lesson.review_id,
                source_cycle=source,
                carried_to_id=lesson.carried_to_id,
                acted_on=lesson.acted_on,
                objective_id=lesson.objective_id,
                key_result_id=lesson.key_result_id,
                shaped=shaped,
                position=lesson.position,
            )
        )
    return result


def lessons_for_cycle(ws: Workspace, cycle_id: int) -> list[LessonInfo]:
    """The lessons carried into a cycle from earlier reviews."""
    with ws.read() as session:
        return _lesson_infos(session, Lesson.carried_to_id == cycle_id)


# -- editing (each returns what undo needs; the UI wraps them in commands) -------------


def score_changes(ws: Workspace, score_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Check and complete a score line's changes: a new final value recomputes the score."""
    allowed = {"final_value", "given_score", "comment", "carry_forward"}
    unknown = set(changes) - allowed
    if unknown:
        raise TypeError(f"cannot change {', '.join(sorted(unknown))}")
    out = dict(changes)
    with ws.read() as session:
        score = get_row(session, KRScore, score_id, QT_TRANSLATE_NOOP("okrdesk.errors", "score"))
        if "final_value" in out and out["final_value"] is not None:
            out["final_value"] = valid.number(out["final_value"], QT_TRANSLATE_NOOP("okrdesk.errors", "final value"))
        if "final_value" in out:
            kr = key_result_infos(session, KeyResult.id == score.key_result_id, date.today())[0]
            out["computed_score"] = _computed(kr, out["final_value"])
        if out.get("given_score") is not None:
            value = round(valid.number(out["given_score"], QT_TRANSLATE_NOOP("okrdesk.errors", "score")), 6)
            maths.validate_score(value)
            out["given_score"] = round(value, 1)
        if "comment" in out:
            out["comment"] = valid.text(out["comment"], QT_TRANSLATE_NOOP("okrdesk.errors", "comment"), MAX_NOTES)
        if "carry_forward" in out:
            out["carry_forward"] = bool(out["carry_forward"])
    return out


def member_note_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Check a member note's changes: plain notes, a rating from 1 to 5 or none."""
    out = dict(changes)
    if "notes" in out:
        out["notes"] = valid.text(out["notes"], QT_TRANSLATE_NOOP("okrdesk.errors", "note"), MAX_NOTES)
    if out.get("rating") is not None:
        rating = out["rating"]
        if not isinstance(rating, int) or not 1 <= rating <= 5:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("okrdesk.errors", "A rating is 1 to 5 stars, not {value}."), value=rating
            )
    return out


def text_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Check reflection texts (what went well, what went wrong)."""
    return {
        name: valid.text(value, QT_TRANSLATE_NOOP("okrdesk.errors", "reflection"), MAX_NOTES)
        for name, value in changes.items()
    }


def lesson_changes(ws: Workspace, changes: dict[str, Any]) -> dict[str, Any]:
    """Check a lesson's changes: its text, acted on, the objective or key result it shaped."""
    out = dict(changes)
    if "text" in out:
        out["text"] = _lesson_text(out["text"])
    if "acted_on" in out:
        out["acted_on"] = bool(out["acted_on"])
    with ws.read() as session:
        if out.get("objective_id") is not None:
            get_row(session, Objective, out["objective_id"], QT_TRANSLATE_NOOP("okrdesk.errors", "objective"))
        if out.get("key_result_id") is not None:
            get_row(session, KeyResult, out["key_result_id"], QT_TRANSLATE_NOOP("okrdesk.errors", "key result"))
    return out


def _lesson_text(text: object) -> str:
    cleaned = valid.text(text, QT_TRANSLATE_NOOP("okrdesk.errors", "lesson"), MAX_LESSON)
    if not cleaned:
        raise InvalidInput(QT_TRANSLATE_NOOP("okrdesk.errors", "A lesson cannot be empty."))
    return cleaned


def edit_score(ws: Workspace, score_id: int, *, expected_revision: int | None = None, **changes: Any) -> Edit:
    """Change a key result's final value, given score, comment or carry-forward tick."""
    return edit_row(
        ws,
        KRScore,
        score_id,
        score_changes(ws, score_id, changes),
        what=QT_TRANSLATE_NOOP("okrdesk.errors", "score"),
        expected_revision=expected_revision,
    )


def edit_member_note(ws: Workspace, note_id: int, *, expected_revision: int | None = None, **changes: Any) -> Edit:
    """Change the note or rating on a member's contribution."""
    return edit_row(
        ws,
        MemberNote,
        note_id,
        member_note_changes(changes),
        what=QT_TRANSLATE_NOOP("okrdesk.errors", "note"),
        expected_revision=expected_revision,
    )


def edit_reflection(ws: Workspace, reflection_id: int, *, expected_revision: int | None = None, **changes: Any) -> Edit:
    """Change what went well or wrong for one objective."""
    return edit_row(
        ws,
        ObjectiveReflection,
        reflection_id,
        text_changes(changes),
        what=QT_TRANSLATE_NOOP("okrdesk.errors", "reflection"),
        expected_revision=expected_revision,
    )


def edit_review(ws: Workspace, review_id: int, *, expected_revision: int | None = None, **changes: Any) -> Edit:
    """Change the cycle's reflection, the next cycle or the page to resume on."""
    unknown = set(changes) - {"went_well", "went_wrong", "next_cycle_id", "resume_page", "status"}
    if unknown:
        raise TypeError(f"cannot change {', '.join(sorted(unknown))}")
    checked = text_changes({k: v for k, v in changes.items() if k in ("went_well", "went_wrong")})
    checked.update({k: v for k, v in changes.items() if k in ("next_cycle_id", "resume_page")})
    if "status" in changes:
        if changes["status"] not in ("draft", "completed"):
            raise InvalidInput(QT_TRANSLATE_NOOP("okrdesk.errors", "A review is a draft or completed."))
        checked["status"] = changes["status"]
    if checked.get("next_cycle_id") is not None:
        with ws.read() as session:
            cycle = get_row(session, Cycle, checked["next_cycle_id"], QT_TRANSLATE_NOOP("okrdesk.errors", "cycle"))
            if cycle.status == "closed":
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("okrdesk.errors", "“{name}” is closed; choose an open cycle to carry work into."),
                    name=cycle.name,
                )
    return edit_row(
        ws,
        Review,
        review_id,
        checked,
        what=QT_TRANSLATE_NOOP("okrdesk.errors", "review"),
        expected_revision=expected_revision,
    )


def edit_lesson(ws: Workspace, lesson_id: int, *, expected_revision: int | None = None, **changes: Any) -> Edit:
    """Change a lesson's text, whether it was acted on, and what it shaped."""
    return edit_row(
        ws,
        Lesson,
        lesson_id,
        lesson_changes(ws, changes),
        what=QT_TRANSLATE_NOOP("okrdesk.errors", "lesson"),
        expected_revision=expected_revision,
    )


def add_lesson(ws: Workspace, review_id: int, text: str) -> int:
    """Write down a lesson of the review; returns its id."""
    cleaned = _lesson_text(text)
    with ws.write() as session:
        review = get_row(session, Review, review_id, QT_TRANSLATE_NOOP("okrdesk.errors", "review"))
        position = session.scalar(select(func.max(Lesson.position)).where(Lesson.review_id == review_id))
        lesson = Lesson(
            text=cleaned,
            review_id=review_id,
            carried_to_id=review.next_cycle_id,
            position=0 if position is None else position + 1,
        )
        session.add(lesson)
        session.flush()
        return lesson.id


def move_lesson(ws: Workspace, lesson_id: int, index: int) -> list[Placement]:
    """Put a lesson at *index* in its review's list; returns the old order."""
    with ws.write() as session:
        lesson = get_row(session, Lesson, lesson_id, QT_TRANSLATE_NOOP("okrdesk.errors", "lesson"))
        siblings = list(
            session.scalars(
                select(Lesson).where(Lesson.review_id == lesson.review_id).order_by(Lesson.position, Lesson.id)
            )
        )
        old = [Placement(s.id, s.review_id, s.position) for s in siblings]
        reorder(siblings, [lesson], index)
        return old


def place_lessons(ws: Workspace, placements: Sequence[Placement]) -> None:
    """Put lessons back in an earlier order."""
    with ws.write() as session:
        for p in placements:
            get_row(session, Lesson, p.id, QT_TRANSLATE_NOOP("okrdesk.errors", "lesson")).position = p.position


def set_participants(ws: Workspace, review_id: int, person_ids: Sequence[int]) -> list[int]:
    """Who takes part in the review; returns who did before. Their member notes are kept."""
    wanted = set(person_ids)
    with ws.write() as session:
        get_row(session, Review, review_id, QT_TRANSLATE_NOOP("okrdesk.errors", "review"))
        rows = list(session.scalars(select(Participant).where(Participant.review_id == review_id)))
        old = sorted(r.person_id for r in rows)
        for row in rows:
            if row.person_id not in wanted:
                session.delete(row)
        for person_id in wanted - set(old):
            get_row(session, Person, person_id, QT_TRANSLATE_NOOP("okrdesk.errors", "person"))
            session.add(Participant(review_id=review_id, person_id=person_id))
            exists = session.scalar(
                select(MemberNote.id).where(MemberNote.review_id == review_id, MemberNote.person_id == person_id)
            )
            if exists is None:
                session.add(MemberNote(review_id=review_id, person_id=person_id))
        return old


# -- completing -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Completion:
    """What completing a review did, so that it can be undone."""

    review_id: int
    cycle_status: str
    created_key_results: tuple[int, ...]
    created_objectives: tuple[int, ...]
    attached_lessons: tuple[tuple[int, int | None], ...]


def complete_review(ws: Workspace, review_id: int) -> Completion:
    """Finish the review in one step: carry the ticked key results and the lessons into the
    next cycle, close the cycle and mark the review completed."""
    with ws.write() as session:
        review = get_row(session, Review, review_id, QT_TRANSLATE_NOOP("okrdesk.errors", "review"))
        ticked = list(
            session.scalars(
                select(KRScore.key_result_id).where(KRScore.review_id == review_id, KRScore.carry_forward.is_(True))
            )
        )
        next_cycle = review.next_cycle
        if ticked and next_cycle is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("okrdesk.errors", "Choose the next cycle before carrying key results forward.")
            )
        created, made_objectives = [], []
        lessons: list[tuple[int, int | None]] = []
        if next_cycle is not None:
            if next_cycle.status == "closed":
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("okrdesk.errors", "“{name}” is closed; choose an open cycle to carry work into."),
                    name=next_cycle.name,
                )
            already = set(
                session.scalars(
                    select(KeyResult.carried_from_id)
                    .join(Objective, KeyResult.objective_id == Objective.id)
                    .where(Objective.cycle_id == next_cycle.id)
                )
            )
            for kr_id in ticked:
                if kr_id in already:
                    continue
                source = session.get(KeyResult, kr_id)
                target, made = objective_for_title(session, next_cycle.id, source.objective.title)
                if made:
                    made_objectives.append(target.id)
                created.append(carried_copy(session, source, target).id)
            for lesson in session.scalars(select(Lesson).where(Lesson.review_id == review_id)):
                lessons.append((lesson.id, lesson.carried_to_id))
                lesson.carried_to_id = next_cycle.id
        completion = Completion(review_id, review.cycle.status, tuple(created), tuple(made_objectives), tuple(lessons))
        review.cycle.status = "closed"
        review.status = "completed"
        review.completed_at = utcnow()
        return completion


def undo_completion(ws: Workspace, completion: Completion) -> None:
    """Take a completion back: the review is a draft again and the cycle as it was."""
    with ws.write() as session:
        review = get_row(session, Review, completion.review_id, QT_TRANSLATE_NOOP("okrdesk.errors", "review"))
        if completion.created_key_results:
            removal.remove(session, removal.collect(session, "key_results", completion.created_key_results))
        if completion.created_objectives:
            removal.remove(session, removal.collect(session, "objectives", completion.created_objectives))
        for lesson_id, carried_to in completion.attached_lessons:
            lesson = session.get(Lesson, lesson_id)
            if lesson is not None:
                lesson.carried_to_id = carried_to
        review = session.get(Review, completion.review_id)
        review.status = "draft"
        review.completed_at = None
        review.cycle.status = completion.cycle_status


def reopen_review(ws: Workspace, review_id: int) -> None:
    """Amend a completed review: it is a draft again (the cycle stays closed)."""
    with ws.write() as session:
        review = get_row(session, Review, review_id, QT_TRANSLATE_NOOP("okrdesk.errors", "review"))
        review.status = "draft"
