"""Generation 1: the first okrdesk schema, from an empty file."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cycles",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("cadence", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.CheckConstraint("cadence IN ('daily', 'weekly', 'biweekly', 'monthly')", name=op.f("ck_cycles_cadence")),
        sa.CheckConstraint("status IN ('planning', 'active', 'closed')", name=op.f("ck_cycles_status")),
        sa.CheckConstraint("end_date > start_date", name=op.f("ck_cycles_ends_after_start")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_cycles_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycles")),
        sa.UniqueConstraint("uid", name=op.f("uq_cycles_uid")),
    )
    op.create_table(
        "people",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_people_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("uid", name=op.f("uq_people_uid")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "tombstones",
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_tombstones")),
    )
    op.create_table(
        "objectives",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("cycle_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_objectives_title_not_blank")),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycles.id"],
            name=op.f("fk_objectives_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["people.id"],
            name=op.f("fk_objectives_owner_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objectives")),
        sa.UniqueConstraint("uid", name=op.f("uq_objectives_uid")),
    )
    with op.batch_alter_table("objectives", schema=None) as batch_op:
        batch_op.create_index("ix_objectives_cycle_position", ["cycle_id", "position"], unique=False)

    op.create_table(
        "reviews",
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("went_well", sa.Text(), nullable=False),
        sa.Column("went_wrong", sa.Text(), nullable=False),
        sa.Column("resume_page", sa.Integer(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('draft', 'completed')", name=op.f("ck_reviews_status")),
        sa.ForeignKeyConstraint(
            ["cycle_id"], ["cycles.id"], name=op.f("fk_reviews_cycle_id_cycles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
        sa.UniqueConstraint("cycle_id", name=op.f("uq_reviews_cycle_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_reviews_uid")),
    )
    op.create_table(
        "key_results",
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("start_value", sa.Float(), nullable=False),
        sa.Column("target_value", sa.Float(), nullable=False),
        sa.Column("comparison", sa.String(length=16), nullable=True),
        sa.Column("target_mode", sa.String(length=16), nullable=False),
        sa.Column("target_percent", sa.Float(), nullable=True),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "comparison IS NULL OR comparison IN ('at_least', 'at_most')",
            name=op.f("ck_key_results_comparison"),
        ),
        sa.CheckConstraint(
            "kind <> 'metric' OR start_value <> target_value",
            name=op.f("ck_key_results_metric_moves"),
        ),
        sa.CheckConstraint(
            "kind <> 'threshold' OR comparison IS NOT NULL",
            name=op.f("ck_key_results_threshold_side"),
        ),
        sa.CheckConstraint("kind IN ('metric', 'threshold', 'milestone')", name=op.f("ck_key_results_kind")),
        sa.CheckConstraint(
            "target_mode <> 'relative' OR target_percent IS NOT NULL",
            name=op.f("ck_key_results_relative_has_percent"),
        ),
        sa.CheckConstraint("target_mode IN ('absolute', 'relative')", name=op.f("ck_key_results_target_mode")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_key_results_title_not_blank")),
        sa.CheckConstraint("weight > 0", name=op.f("ck_key_results_weight_positive")),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["key_results.id"],
            name=op.f("fk_key_results_carried_from_id_key_results"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["objectives.id"],
            name=op.f("fk_key_results_objective_id_objectives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["people.id"],
            name=op.f("fk_key_results_owner_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_results")),
        sa.UniqueConstraint("uid", name=op.f("uq_key_results_uid")),
    )
    with op.batch_alter_table("key_results", schema=None) as batch_op:
        batch_op.create_index("ix_key_results_objective_position", ["objective_id", "position"], unique=False)

    op.create_table(
        "member_notes",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name=op.f("ck_member_notes_rating_range")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_member_notes_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_member_notes_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_notes")),
        sa.UniqueConstraint("review_id", "person_id", name="uq_member_notes_pair"),
        sa.UniqueConstraint("uid", name=op.f("uq_member_notes_uid")),
    )
    op.create_table(
        "objective_reflections",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.Column("went_well", sa.Text(), nullable=False),
        sa.Column("went_wrong", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["objectives.id"],
            name=op.f("fk_objective_reflections_objective_id_objectives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_objective_reflections_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objective_reflections")),
        sa.UniqueConstraint("review_id", "objective_id", name="uq_objective_reflections_pair"),
        sa.UniqueConstraint("uid", name=op.f("uq_objective_reflections_uid")),
    )
    op.create_table(
        "review_participants",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_review_participants_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_review_participants_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_participants")),
        sa.UniqueConstraint("review_id", "person_id", name="uq_review_participants_pair"),
        sa.UniqueConstraint("uid", name=op.f("uq_review_participants_uid")),
    )
    op.create_table(
        "check_ins",
        sa.Column("key_result_id", sa.Integer(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("confidence", sa.String(length=16), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "confidence IS NULL OR confidence IN ('on_track', 'at_risk', 'off_track')",
            name=op.f("ck_check_ins_confidence"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["people.id"],
            name=op.f("fk_check_ins_author_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["key_result_id"],
            ["key_results.id"],
            name=op.f("fk_check_ins_key_result_id_key_results"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_ins")),
        sa.UniqueConstraint("uid", name=op.f("uq_check_ins_uid")),
    )
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.create_index("ix_check_ins_key_result_checked_on", ["key_result_id", "checked_on"], unique=False)

    op.create_table(
        "kr_scores",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("key_result_id", sa.Integer(), nullable=False),
        sa.Column("final_value", sa.Float(), nullable=True),
        sa.Column("computed_score", sa.Float(), nullable=True),
        sa.Column("given_score", sa.Float(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "computed_score IS NULL OR computed_score BETWEEN 0 AND 1",
            name=op.f("ck_kr_scores_computed_range"),
        ),
        sa.CheckConstraint(
            "given_score IS NULL OR given_score BETWEEN 0 AND 1",
            name=op.f("ck_kr_scores_given_range"),
        ),
        sa.ForeignKeyConstraint(
            ["key_result_id"],
            ["key_results.id"],
            name=op.f("fk_kr_scores_key_result_id_key_results"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_kr_scores_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kr_scores")),
        sa.UniqueConstraint("review_id", "key_result_id", name="uq_kr_scores_pair"),
        sa.UniqueConstraint("uid", name=op.f("uq_kr_scores_uid")),
    )
    op.create_table(
        "lessons",
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=True),
        sa.Column("carried_to_id", sa.Integer(), nullable=True),
        sa.Column("acted_on", sa.Boolean(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=True),
        sa.Column("key_result_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_lessons_text_not_blank")),
        sa.ForeignKeyConstraint(
            ["carried_to_id"],
            ["cycles.id"],
            name=op.f("fk_lessons_carried_to_id_cycles"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["key_result_id"],
            ["key_results.id"],
            name=op.f("fk_lessons_key_result_id_key_results"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["objectives.id"],
            name=op.f("fk_lessons_objective_id_objectives"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_lessons_review_id_reviews"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lessons")),
        sa.UniqueConstraint("uid", name=op.f("uq_lessons_uid")),
    )


def downgrade() -> None:
    op.drop_table("lessons")
    op.drop_table("kr_scores")
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.drop_index("ix_check_ins_key_result_checked_on")

    op.drop_table("check_ins")
    op.drop_table("review_participants")
    op.drop_table("objective_reflections")
    op.drop_table("member_notes")
    with op.batch_alter_table("key_results", schema=None) as batch_op:
        batch_op.drop_index("ix_key_results_objective_position")

    op.drop_table("key_results")
    op.drop_table("reviews")
    with op.batch_alter_table("objectives", schema=None) as batch_op:
        batch_op.drop_index("ix_objectives_cycle_position")

    op.drop_table("objectives")
    op.drop_table("tombstones")
    op.drop_table("settings")
    op.drop_table("people")
    op.drop_table("cycles")
