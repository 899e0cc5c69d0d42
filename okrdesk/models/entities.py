"""The OKR domain as SQLAlchemy tables: people, cycles, objectives, key results, check-ins, reviews."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    declared_attr,
    mapped_column,
    relationship,
)

# Named constraints, so that batch-mode migrations can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CADENCES = ("daily", "weekly", "biweekly", "monthly")
CYCLE_STATUSES = ("planning", "active", "closed")
KINDS = ("metric", "threshold", "milestone")
COMPARISONS = ("at_least", "at_most")
TARGET_MODES = ("absolute", "relative")
CONFIDENCES = ("on_track", "at_risk", "off_track")
REVIEW_STATUSES = ("draft", "completed")


def new_uid() -> str:
    """A new stable row identity, the same in every copy of the workspace."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Now in UTC, without tzinfo (SQLite stores naive timestamps)."""
    return datetime.now(UTC).replace(tzinfo=None)


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class Base(DeclarativeBase):
    """Declarative base with the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """Identity and history every mergeable row carries.

    ``uid`` is stable across copies, ``updated_at`` decides which copy's edit is
    newer, and ``revision`` (SQLAlchemy's version counter) detects that someone
    else changed the row since it was loaded.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    revision: Mapped[int] = mapped_column(Integer)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.revision}


class Person(Tracked, Base):
    """Someone on the team: owns objectives and key results, checks in, is reviewed."""

    __tablename__ = "people"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Cycle(Tracked, Base):
    """A period the team sets objectives for: a month, a quarter, custom."""

    __tablename__ = "cycles"
    __table_args__ = (
        CheckConstraint("end_date > start_date", name="ends_after_start"),
        CheckConstraint(_in("cadence", CADENCES), name="cadence"),
        CheckConstraint(_in("status", CYCLE_STATUSES), name="status"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )

    name: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    cadence: Mapped[str] = mapped_column(String(16), default="weekly")
    status: Mapped[str] = mapped_column(String(16), default="planning")
    position: Mapped[int] = mapped_column(Integer, default=0)

    objectives: Mapped[list[Objective]] = relationship(
        back_populates="cycle", cascade="all, delete-orphan", order_by="Objective.position"
    )
    review: Mapped[Review | None] = relationship(
        back_populates="cycle", cascade="all, delete-orphan", uselist=False, foreign_keys="Review.cycle_id"
    )


class Objective(Tracked, Base):
    """What the team wants to achieve; a cycle of None is the Backlog."""

    __tablename__ = "objectives"
    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        Index("ix_objectives_cycle_position", "cycle_id", "position"),
    )

    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    cycle_id: Mapped[int | None] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    cycle: Mapped[Cycle | None] = relationship(back_populates="objectives")
    owner: Mapped[Person | None] = relationship()
    key_results: Mapped[list[KeyResult]] = relationship(
        back_populates="objective", cascade="all, delete-orphan", order_by="KeyResult.position"
    )


class KeyResult(Tracked, Base):
    """How an objective is measured: a number from start to target, a threshold or a milestone."""

    __tablename__ = "key_results"
    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint(_in("kind", KINDS), name="kind"),
        CheckConstraint("kind <> 'metric' OR start_value <> target_value", name="metric_moves"),
        CheckConstraint(f"comparison IS NULL OR {_in('comparison', COMPARISONS)}", name="comparison"),
        CheckConstraint("kind <> 'threshold' OR comparison IS NOT NULL", name="threshold_side"),
        CheckConstraint(_in("target_mode", TARGET_MODES), name="target_mode"),
        CheckConstraint("target_mode <> 'relative' OR target_percent IS NOT NULL", name="relative_has_percent"),
        CheckConstraint("weight > 0", name="weight_positive"),
        Index("ix_key_results_objective_position", "objective_id", "position"),
    )

    objective_id: Mapped[int] = mapped_column(ForeignKey("objectives.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16), default="metric")
    unit: Mapped[str] = mapped_column(Text, default="")
    start_value: Mapped[float] = mapped_column(Float, default=0.0)
    target_value: Mapped[float] = mapped_column(Float)
    comparison: Mapped[str | None] = mapped_column(String(16))
    target_mode: Mapped[str] = mapped_column(String(16), default="absolute")
    target_percent: Mapped[float | None] = mapped_column(Float)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("key_results.id", ondelete="SET NULL"))

    objective: Mapped[Objective] = relationship(back_populates="key_results")
    owner: Mapped[Person | None] = relationship()
    carried_from: Mapped[KeyResult | None] = relationship(remote_side="KeyResult.id")
    check_ins: Mapped[list[CheckIn]] = relationship(
        back_populates="key_result",
        cascade="all, delete-orphan",
        order_by=lambda: (CheckIn.checked_on, CheckIn.created_at, CheckIn.id),
    )


class CheckIn(Tracked, Base):
    """A key result's value on a date, with the owner's confidence and a note."""

    __tablename__ = "check_ins"
    __table_args__ = (
        CheckConstraint(f"confidence IS NULL OR {_in('confidence', CONFIDENCES)}", name="confidence"),
        Index("ix_check_ins_key_result_checked_on", "key_result_id", "checked_on"),
    )

    key_result_id: Mapped[int] = mapped_column(ForeignKey("key_results.id", ondelete="CASCADE"))
    checked_on: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    confidence: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))

    key_result: Mapped[KeyResult] = relationship(back_populates="check_ins")
    author: Mapped[Person | None] = relationship()


class Review(Tracked, Base):
    """The end-of-cycle review: one per cycle, a draft until the team completes it."""

    __tablename__ = "reviews"
    __table_args__ = (CheckConstraint(_in("status", REVIEW_STATUSES), name="status"),)

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    went_well: Mapped[str] = mapped_column(Text, default="")
    went_wrong: Mapped[str] = mapped_column(Text, default="")
    resume_page: Mapped[int] = mapped_column(Integer, default=0)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    next_cycle_id: Mapped[int | None] = mapped_column(ForeignKey("cycles.id", ondelete="SET NULL"))

    cycle: Mapped[Cycle] = relationship(back_populates="review", foreign_keys=[cycle_id])
    next_cycle: Mapped[Cycle | None] = relationship(foreign_keys=[next_cycle_id])
    participants: Mapped[list[Participant]] = relationship(back_populates="review", cascade="all, delete-orphan")
    scores: Mapped[list[KRScore]] = relationship(back_populates="review", cascade="all, delete-orphan")
    member_notes: Mapped[list[MemberNote]] = relationship(back_populates="review", cascade="all, delete-orphan")
    reflections: Mapped[list[ObjectiveReflection]] = relationship(back_populates="review", cascade="all, delete-orphan")


class Participant(Tracked, Base):
    """A person who takes part in a review."""

    __tablename__ = "review_participants"
    __table_args__ = (UniqueConstraint("review_id", "person_id", name="uq_review_participants_pair"),)

    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))

    review: Mapped[Review] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()


class KRScore(Tracked, Base):
    """A key result's final value and score in a review."""

    __tablename__ = "kr_scores"
    __table_args__ = (
        UniqueConstraint("review_id", "key_result_id", name="uq_kr_scores_pair"),
        CheckConstraint("computed_score IS NULL OR computed_score BETWEEN 0 AND 1", name="computed_range"),
        CheckConstraint("given_score IS NULL OR given_score BETWEEN 0 AND 1", name="given_range"),
    )

    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    key_result_id: Mapped[int] = mapped_column(ForeignKey("key_results.id", ondelete="CASCADE"))
    final_value: Mapped[float | None] = mapped_column(Float)
    computed_score: Mapped[float | None] = mapped_column(Float)
    given_score: Mapped[float | None] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text, default="")
    carry_forward: Mapped[bool] = mapped_column(Boolean, default=False)

    review: Mapped[Review] = relationship(back_populates="scores")
    key_result: Mapped[KeyResult] = relationship()


class ObjectiveReflection(Tracked, Base):
    """What went well and what went wrong for one objective, said at the review."""

    __tablename__ = "objective_reflections"
    __table_args__ = (UniqueConstraint("review_id", "objective_id", name="uq_objective_reflections_pair"),)

    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    objective_id: Mapped[int] = mapped_column(ForeignKey("objectives.id", ondelete="CASCADE"))
    went_well: Mapped[str] = mapped_column(Text, default="")
    went_wrong: Mapped[str] = mapped_column(Text, default="")

    review: Mapped[Review] = relationship(back_populates="reflections")
    objective: Mapped[Objective] = relationship()


class MemberNote(Tracked, Base):
    """A note, and optionally a 1–5 rating, on one member's contribution to the cycle."""

    __tablename__ = "member_notes"
    __table_args__ = (
        UniqueConstraint("review_id", "person_id", name="uq_member_notes_pair"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating_range"),
    )

    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    notes: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[int | None] = mapped_column(Integer)

    review: Mapped[Review] = relationship(back_populates="member_notes")
    person: Mapped[Person] = relationship()


class Lesson(Tracked, Base):
    """A lesson from a review, carried to a later cycle, perhaps acted on."""

    __tablename__ = "lessons"
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)

    text: Mapped[str] = mapped_column(Text)
    review_id: Mapped[int | None] = mapped_column(ForeignKey("reviews.id", ondelete="SET NULL"))
    carried_to_id: Mapped[int | None] = mapped_column(ForeignKey("cycles.id", ondelete="SET NULL"))
    acted_on: Mapped[bool] = mapped_column(Boolean, default=False)
    objective_id: Mapped[int | None] = mapped_column(ForeignKey("objectives.id", ondelete="SET NULL"))
    key_result_id: Mapped[int | None] = mapped_column(ForeignKey("key_results.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    review: Mapped[Review | None] = relationship()
    carried_to: Mapped[Cycle | None] = relationship()


class Setting(Base):
    """A workspace-wide setting, such as the team's name."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Tombstone(Base):
    """What was deleted, and when, so that a merged copy does not bring it back."""

    __tablename__ = "tombstones"

    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    deleted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


TRACKED_MODELS: tuple[type[Tracked], ...] = (
    Person,
    Cycle,
    Objective,
    KeyResult,
    CheckIn,
    Review,
    Participant,
    KRScore,
    ObjectiveReflection,
    MemberNote,
    Lesson,
)


@event.listens_for(Session, "before_flush")
def _leave_tombstones(session: Session, _context: object, _instances: object) -> None:
    """Every deleted tracked row leaves a tombstone (deletes cascade in the ORM, so children too)."""
    for obj in list(session.deleted):
        if isinstance(obj, Tracked):
            session.add(Tombstone(uid=obj.uid, table_name=type(obj).__tablename__, deleted_at=utcnow()))
