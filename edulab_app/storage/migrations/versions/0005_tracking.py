"""welcome committees, assistants, pupils, support, clinic assessments

Revision ID: 0005_tracking
Revises: 0004_security
"""

import sqlalchemy as sa
from alembic import op

revision = '0005_tracking'
down_revision = '0004_security'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('assistants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('name_enc', sa.LargeBinary(), nullable=False),
    sa.Column('legal_basis', sa.String(length=30), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('contract_from', sa.Date(), nullable=False),
    sa.Column('contract_to', sa.Date(), nullable=True),
    sa.Column('weekly_hours', sa.Float(), nullable=False),
    sa.Column('funding', sa.String(length=30), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("legal_basis IN ('helper_art165_8', 'intercultural_art165_8a')", name=op.f('ck_assistants_legal_basis_known')),
    sa.CheckConstraint('weekly_hours >= 0', name=op.f('ck_assistants_weekly_hours_non_negative')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_assistants_school_id_schools'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assistants')),
    sa.UniqueConstraint('uid', name=op.f('uq_assistants_uid'))
    )
    with op.batch_alter_table('assistants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assistants_school_id'), ['school_id'], unique=False)

    op.create_table('pupils',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name_enc', sa.LargeBinary(), nullable=False),
    sa.Column('notes_enc', sa.LargeBinary(), nullable=True),
    sa.Column('class_label', sa.String(length=20), nullable=False),
    sa.Column('arrived_in_poland', sa.Date(), nullable=True),
    sa.Column('at_school_since', sa.Date(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('polish_level', sa.String(length=2), nullable=False),
    sa.Column('regime', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("polish_level IN ('A0', 'A1', 'A2', 'B1', 'B2', 'C1')", name=op.f('ck_pupils_polish_level_known')),
    sa.CheckConstraint("regime IN ('general', 'ukrainian_special', 'returning_citizens')", name=op.f('ck_pupils_regime_known')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_pupils_school_id_schools'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pupils')),
    sa.UniqueConstraint('school_id', 'code', name='uq_pupils_school_code')
    )
    with op.batch_alter_table('pupils', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pupils_school_id'), ['school_id'], unique=False)

    op.create_table('welcome_committees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('school_year', sa.String(length=9), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_welcome_committees_school_id_schools'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_welcome_committees')),
    sa.UniqueConstraint('school_id', 'school_year', name='uq_welcome_committees_school_year')
    )
    with op.batch_alter_table('welcome_committees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_welcome_committees_school_id'), ['school_id'], unique=False)

    op.create_table('clinic_assessments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('pupil_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('clinic_name', sa.String(length=200), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('recommendations_enc', sa.LargeBinary(), nullable=False),
    sa.Column('file_ref', sa.String(length=40), nullable=True),
    sa.Column('file_size', sa.Integer(), nullable=False),
    sa.Column('file_pages', sa.Integer(), nullable=False),
    sa.Column('ipet_due', sa.Date(), nullable=True),
    sa.Column('ipet_done_on', sa.Date(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('opinia', 'orzeczenie')", name=op.f('ck_clinic_assessments_kind_known')),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupils.id'], name=op.f('fk_clinic_assessments_pupil_id_pupils'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clinic_assessments')),
    sa.UniqueConstraint('uid', name=op.f('uq_clinic_assessments_uid'))
    )
    with op.batch_alter_table('clinic_assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clinic_assessments_pupil_id'), ['pupil_id'], unique=False)

    op.create_table('committee_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('topic_enc', sa.LargeBinary(), nullable=False),
    sa.Column('notes_enc', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['welcome_committees.id'], name=op.f('fk_committee_meetings_committee_id_welcome_committees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_meetings')),
    sa.UniqueConstraint('uid', name=op.f('uq_committee_meetings_uid'))
    )
    with op.batch_alter_table('committee_meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_meetings_committee_id'), ['committee_id'], unique=False)

    op.create_table('committee_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('name_enc', sa.LargeBinary(), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("role IN ('teacher', 'polish_parent', 'migrant_parent', 'pupil_ambassador', 'assistant', 'other')", name=op.f('ck_committee_members_role_known')),
    sa.ForeignKeyConstraint(['committee_id'], ['welcome_committees.id'], name=op.f('fk_committee_members_committee_id_welcome_committees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_members')),
    sa.UniqueConstraint('uid', name=op.f('uq_committee_members_uid'))
    )
    with op.batch_alter_table('committee_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_members_committee_id'), ['committee_id'], unique=False)

    op.create_table('support_forms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pupil_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('subject', sa.String(length=60), nullable=True),
    sa.Column('assistant_id', sa.Integer(), nullable=True),
    sa.Column('ppp_kind', sa.String(length=20), nullable=True),
    sa.Column('hours_per_week', sa.Float(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('additional_polish', 'compensatory', 'preparatory_class', 'assistant', 'ppp_help')", name=op.f('ck_support_forms_kind_known')),
    sa.CheckConstraint('hours_per_week >= 0', name=op.f('ck_support_forms_hours_non_negative')),
    sa.ForeignKeyConstraint(['assistant_id'], ['assistants.id'], name=op.f('fk_support_forms_assistant_id_assistants'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupils.id'], name=op.f('fk_support_forms_pupil_id_pupils'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_forms'))
    )
    with op.batch_alter_table('support_forms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_support_forms_assistant_id'), ['assistant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_forms_pupil_id'), ['pupil_id'], unique=False)

    op.create_table('welcomed_families',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('arrival_date', sa.Date(), nullable=False),
    sa.Column('note_enc', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['welcome_committees.id'], name=op.f('fk_welcomed_families_committee_id_welcome_committees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_welcomed_families')),
    sa.UniqueConstraint('uid', name=op.f('uq_welcomed_families_uid'))
    )
    with op.batch_alter_table('welcomed_families', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_welcomed_families_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_welcomed_families_committee_id'), ['committee_id'], unique=False)

    op.create_table('welcome_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=20), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.CheckConstraint("step IN ('first_meeting', 'school_tour', 'buddy', 'info_pack', 'follow_up')", name=op.f('ck_welcome_steps_step_known')),
    sa.ForeignKeyConstraint(['family_id'], ['welcomed_families.id'], name=op.f('fk_welcome_steps_family_id_welcomed_families'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_welcome_steps')),
    sa.UniqueConstraint('family_id', 'step', name='uq_welcome_steps_family_step')
    )
    with op.batch_alter_table('welcome_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_welcome_steps_family_id'), ['family_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('welcome_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_welcome_steps_family_id'))

    op.drop_table('welcome_steps')
    with op.batch_alter_table('welcomed_families', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_welcomed_families_committee_id'))
        batch_op.drop_index(batch_op.f('ix_welcomed_families_code'))

    op.drop_table('welcomed_families')
    with op.batch_alter_table('support_forms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_support_forms_pupil_id'))
        batch_op.drop_index(batch_op.f('ix_support_forms_assistant_id'))

    op.drop_table('support_forms')
    with op.batch_alter_table('committee_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_members_committee_id'))

    op.drop_table('committee_members')
    with op.batch_alter_table('committee_meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_meetings_committee_id'))

    op.drop_table('committee_meetings')
    with op.batch_alter_table('clinic_assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clinic_assessments_pupil_id'))

    op.drop_table('clinic_assessments')
    with op.batch_alter_table('welcome_committees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_welcome_committees_school_id'))

    op.drop_table('welcome_committees')
    with op.batch_alter_table('pupils', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pupils_school_id'))

    op.drop_table('pupils')
    with op.batch_alter_table('assistants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assistants_school_id'))

    op.drop_table('assistants')
