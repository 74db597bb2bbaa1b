"""school documents and the incident register

Revision ID: 0007_documents
Revises: 0006_review
"""

import sqlalchemy as sa
from alembic import op

revision = '0007_documents'
down_revision = '0006_review'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('incidents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('school_year', sa.String(length=9), nullable=False),
    sa.Column('reported_at', sa.DateTime(), nullable=False),
    sa.Column('reporter_kind', sa.String(length=20), nullable=False),
    sa.Column('motives', sa.JSON(), nullable=False),
    sa.Column('description_enc', sa.LargeBinary(), nullable=False),
    sa.Column('persons_enc', sa.LargeBinary(), nullable=False),
    sa.Column('responsible', sa.String(length=200), nullable=False),
    sa.Column('steps', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('outcome_enc', sa.LargeBinary(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("reporter_kind IN ('anonymous', 'pupil', 'parent', 'staff', 'other')", name=op.f('ck_incidents_reporter_kind_known')),
    sa.CheckConstraint("status IN ('open', 'in_progress', 'closed')", name=op.f('ck_incidents_status_known')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_incidents_school_id_schools'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incidents')),
    sa.UniqueConstraint('school_id', 'number', name='uq_incidents_school_number'),
    sa.UniqueConstraint('uid', name=op.f('uq_incidents_uid'))
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incidents_school_id'), ['school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_school_year'), ['school_year'], unique=False)

    op.create_table('school_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('school_year', sa.String(length=9), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('versions', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('week', 'regulation')", name=op.f('ck_school_documents_kind_known')),
    sa.CheckConstraint("status IN ('draft', 'adopted')", name=op.f('ck_school_documents_status_known')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_school_documents_school_id_schools'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school_documents')),
    sa.UniqueConstraint('school_id', 'kind', 'school_year', name='uq_school_documents_school_kind_year')
    )
    with op.batch_alter_table('school_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_documents_school_id'), ['school_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('school_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_school_documents_school_id'))

    op.drop_table('school_documents')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incidents_school_year'))
        batch_op.drop_index(batch_op.f('ix_incidents_school_id'))

    op.drop_table('incidents')
