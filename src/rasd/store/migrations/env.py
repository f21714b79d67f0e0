"""Alembic's environment for rasd; everything it does is in `rasd.store.migrate.run_env`."""

from alembic import context

from rasd.store.migrate import run_env

run_env(context)
