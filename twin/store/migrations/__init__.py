"""Alembic migration scripts of the twin database, run by `twin.store.database.migrate`."""
