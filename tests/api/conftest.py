"""Apps over a SQLite file holding the read-side test documents (tests/store/test_queries.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from tests.store.test_queries import make_documents

import rasd.store
from rasd.api import create_app

TOKEN = "s3cret-token"


def filled_store(folder: Path) -> str:
    url = f"sqlite:///{folder / 'api.db'}"
    with rasd.store.open(url) as store:
        store.create()
        store.add(make_documents())
    return url


@pytest.fixture(scope="session")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One store for the read-only tests of the session."""
    return filled_store(tmp_path_factory.mktemp("api"))


@pytest.fixture(scope="session")
def app(db_url: str) -> FastAPI:
    return create_app(db_url, token=TOKEN, web=False)


@pytest.fixture(scope="session")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
