"""The Alembic head this build expects, known without importing Alembic (keeps start-up fast).

tests/edulab_app/storage/test_migrations.py proves it equals the head of the shipped migration scripts.
"""

SCHEMA_HEAD = "0008_school_reviews"
