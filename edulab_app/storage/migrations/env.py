"""Alembic environment: runs on the engine handed over by edulab_app.storage.migrate."""

from alembic import context

from edulab_app.storage.all_models import metadata

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    context.run_migrations()
