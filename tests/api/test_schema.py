"""Schemathesis against the app's own OpenAPI schema, in process (ASGI): for every operation,
generated requests (valid and not) must never give a 5xx, and every answer must match the
status codes, content types, headers and bodies the schema declares; an operation that declares
security must refuse a request without it. The token is sent, so ingest runs the pipeline on
generated articles too. EXAMPLES per operation keep the whole run under a minute.

Not checked: that unknown query parameters are refused (they are ignored, as most APIs do) and
that every request the schema allows succeeds (a day that matches the date pattern but does
not exist, 2019-02-30, is a documented 422)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks
from tests.api.conftest import TOKEN, auth, filled_store

from rasd.api import create_app

EXAMPLES = 20
CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_headers_conformance, checks.response_schema_conformance, checks.ignored_auth]


def _app() -> Any:
    """Over a store of its own, made at import: schemathesis reads the schema from the app."""
    folder = Path(tempfile.mkdtemp(prefix="rasd-schema-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return create_app(filled_store(folder), token=TOKEN, web=False)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_the_api_keeps_to_its_schema(case: Any) -> None:
    case.call_and_validate(headers=auth(), checks=CHECKS)
