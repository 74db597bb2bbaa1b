"""expert workspace: received packages, reviews, comments

Revision ID: 0006_review
Revises: 0005_tracking
"""

import sqlalchemy as sa
from alembic import op

revision = '0006_review'
down_revision = '0005_tracking'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('received_packages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rspo', sa.String(length=16), nullable=False),
    sa.Column('school_name', sa.String(length=300), nullable=False),
    sa.Column('county', sa.String(length=120), nullable=False),
    sa.Column('municipality', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('app_version', sa.String(length=50), nullable=False),
    sa.Column('format_version', sa.Integer(), nullable=False),
    sa.Column('superseded', sa.Boolean(), nullable=False),
    sa.Column('members', sa.JSON(), nullable=False),
    sa.Column('version_label', sa.String(length=200), nullable=False),
    sa.Column('plan_period', sa.String(length=40), nullable=False),
    sa.Column('pupils_total', sa.Integer(), nullable=True),
    sa.Column('pupils_migrant', sa.Integer(), nullable=False),
    sa.Column('total_cost', sa.Float(), nullable=False),
    sa.Column('costs_by_year', sa.JSON(), nullable=False),
    sa.Column('findings_count', sa.Integer(), nullable=False),
    sa.Column('errors_count', sa.Integer(), nullable=False),
    sa.Column('top_priorities', sa.JSON(), nullable=False),
    sa.Column('facts', sa.JSON(), nullable=False),
    sa.CheckConstraint('pupils_migrant >= 0', name=op.f('ck_received_packages_pupils_migrant_non_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_received_packages')),
    sa.UniqueConstraint('sha256', name=op.f('uq_received_packages_sha256'))
    )
    with op.batch_alter_table('received_packages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_received_packages_rspo'), ['rspo'], unique=False)
        batch_op.create_index('ix_received_packages_rspo_superseded', ['rspo', 'superseded'], unique=False)

    op.create_table('reviews',
    sa.Column('rspo', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('new', 'in_review', 'returned', 'accepted')", name=op.f('ck_reviews_status_known')),
    sa.PrimaryKeyConstraint('rspo', name=op.f('pk_reviews'))
    )
    op.create_table('review_comments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('rspo', sa.String(length=16), nullable=False),
    sa.Column('package_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.String(length=200), nullable=True),
    sa.Column('action_title', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('school_answer', sa.Text(), nullable=True),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.Column('answer_package_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['answer_package_id'], ['received_packages.id'], name=op.f('fk_review_comments_answer_package_id_received_packages'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['package_id'], ['received_packages.id'], name=op.f('fk_review_comments_package_id_received_packages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_comments')),
    sa.UniqueConstraint('uid', name=op.f('uq_review_comments_uid'))
    )
    with op.batch_alter_table('review_comments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_comments_package_id'), ['package_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_comments_rspo'), ['rspo'], unique=False)

    op.create_table('review_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rspo', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status_from', sa.String(length=16), nullable=True),
    sa.Column('status_to', sa.String(length=16), nullable=True),
    sa.Column('package_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['package_id'], ['received_packages.id'], name=op.f('fk_review_events_package_id_received_packages'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['rspo'], ['reviews.rspo'], name=op.f('fk_review_events_rspo_reviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_events'))
    )
    with op.batch_alter_table('review_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_events_rspo'), ['rspo'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('review_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_events_rspo'))

    op.drop_table('review_events')
    with op.batch_alter_table('review_comments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_comments_rspo'))
        batch_op.drop_index(batch_op.f('ix_review_comments_package_id'))

    op.drop_table('review_comments')
    op.drop_table('reviews')
    with op.batch_alter_table('received_packages', schema=None) as batch_op:
        batch_op.drop_index('ix_received_packages_rspo_superseded')
        batch_op.drop_index(batch_op.f('ix_received_packages_rspo'))

    op.drop_table('received_packages')
