"""Query parameters shared by the endpoints, with the limits the OpenAPI schema states."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, Request
from fastapi.exceptions import RequestValidationError

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000_000
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page (1 to 500).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
DateFrom = Annotated[str | None, Query(pattern=DATE_PATTERN, description="First day, ISO YYYY-MM-DD, inclusive.",
                                       examples=["2019-11-01"])]
DateTo = Annotated[str | None, Query(pattern=DATE_PATTERN, description="Last day, ISO YYYY-MM-DD, inclusive.",
                                     examples=["2019-11-30"])]
Text = Annotated[str | None, Query(max_length=200)]
Actor = Annotated[str | None, Query(max_length=200, description="An entity id (trump-donald) or a CAMEO actor "
                                    "code (USAGOV), as the source or any target; matched exactly.")]
Duplicates = Annotated[bool, Query(description="Count near-duplicate articles' items too (off: each act once).")]


def invalid(message: str, where: str = "query") -> list[dict[str, Any]]:
    """A 422 body's `detail`, as FastAPI writes its own (HTTPValidationError in the schema)."""
    return [{"type": "value_error", "loc": [where], "msg": message, "input": None}]


async def no_nul(request: Request) -> None:
    """No database takes a NUL inside a string (PostgreSQL refuses it): say so instead of failing."""
    if any("\x00" in value for value in request.query_params.values()) or "\x00" in request.url.path:
        raise RequestValidationError(invalid("a parameter contains a NUL character"))
