"""diagnosis and answers

Revision ID: 0002_diagnosis
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = '0002_diagnosis'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('diagnoses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('school_year', sa.String(length=9), nullable=False),
    sa.Column('form_id', sa.String(length=40), nullable=False),
    sa.Column('form_version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('based_on_id', sa.Integer(), nullable=True),
    sa.Column('last_section', sa.String(length=60), nullable=False),
    sa.Column('last_item', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['based_on_id'], ['diagnoses.id'], name=op.f('fk_diagnoses_based_on_id_diagnoses'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_diagnoses_school_id_schools'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnoses')),
    sa.UniqueConstraint('school_id', 'school_year', name='uq_diagnoses_school_year')
    )
    with op.batch_alter_table('diagnoses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diagnoses_school_id'), ['school_id'], unique=False)

    op.create_table('diagnosis_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('diagnosis_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['diagnosis_id'], ['diagnoses.id'], name=op.f('fk_diagnosis_answers_diagnosis_id_diagnoses'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnosis_answers')),
    sa.UniqueConstraint('diagnosis_id', 'item_id', name='uq_diagnosis_answers_item')
    )
    with op.batch_alter_table('diagnosis_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diagnosis_answers_diagnosis_id'), ['diagnosis_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('diagnosis_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diagnosis_answers_diagnosis_id'))

    op.drop_table('diagnosis_answers')
    with op.batch_alter_table('diagnoses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diagnoses_school_id'))

    op.drop_table('diagnoses')
