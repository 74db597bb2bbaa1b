"""Storage: SQLAlchemy 2 typed models, the database connection, Alembic migrations and backups."""
