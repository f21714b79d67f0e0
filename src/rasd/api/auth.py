"""Bearer-token access: writing always needs the token, reading only when configured so.

No token configured means ingest is off (403 saying how to turn it on), never open to anyone.
A missing token is 401 with `WWW-Authenticate: Bearer`; a wrong one 403. Tokens are compared
in constant time.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=False, description="The token given to `rasd serve --token` (or RASD_API_TOKEN).")


@dataclass(frozen=True, slots=True)
class Access:
    token: str | None = None
    read_token_required: bool = False


def _check(given: str | None, token: str) -> None:
    if not given:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "this endpoint needs 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not secrets.compare_digest(given.encode(), token.encode()):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "the bearer token is not the one this server was given")


def require_writer(request: Request,
                   credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    """Ingest: declared in the schema as needing the bearer token."""
    access: Access = request.app.state.access
    if access.token is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "ingest is disabled: no token is configured; start the "
                            "server with `rasd serve --token T` or set RASD_API_TOKEN")
    _check(credentials.credentials if credentials else None, access.token)


async def require_reader(request: Request) -> None:
    """Reads: the header is read by hand, so the schema states no security for them unless the
    server requires it (then `secure_reads` adds it)."""
    access: Access = request.app.state.access
    if access.read_token_required and access.token is not None:
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        _check(given.strip() if scheme.lower() == "bearer" else None, access.token)


def secure_reads(schema: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI schema of a server whose reads need the token: every GET under /api/ says so."""
    for path, operations in schema.get("paths", {}).items():
        if path.startswith("/api/") and "get" in operations:
            operations["get"]["security"] = [{"HTTPBearer": []}]
    return schema
