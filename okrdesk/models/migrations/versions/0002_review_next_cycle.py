"""Generation 2: a review remembers the next cycle and which key results it carries forward."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_cycle_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_reviews_next_cycle_id_cycles"), "cycles", ["next_cycle_id"], ["id"], ondelete="SET NULL"
        )
    with op.batch_alter_table("kr_scores", schema=None) as batch_op:
        batch_op.add_column(sa.Column("carry_forward", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("kr_scores", schema=None) as batch_op:
        batch_op.drop_column("carry_forward")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_reviews_next_cycle_id_cycles"), type_="foreignkey")
        batch_op.drop_column("next_cycle_id")
