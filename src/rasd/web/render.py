"""Templates to responses: one Jinja2 environment with autoescaping on for every template,
the language of the request, and the helpers templates use to build links.

Autoescaping is on for every file, so any value a template prints is escaped unless it is a
`Markup` built by rasd's own code (the highlighted article, whose pieces are escaped one by
one in `highlight.py`). Templates never use `|safe`; a test checks that.
"""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined

from rasd.web import i18n


@functools.cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("rasd.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["q"] = lambda value: quote(str(value), safe="")
    env.globals["query"] = query
    return env


def query(**params: Any) -> str:
    """A query string (with its `?`) of the parameters that have a value; "" when none has."""
    kept = {k: v for k, v in params.items() if v not in (None, "", False)}
    return "?" + urlencode(kept) if kept else ""


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Render `template` in the request's language; `?lang=` also sets the language cookie."""
    asked = request.query_params.get("lang")
    messages = i18n.Messages(i18n.choose(asked, request.cookies.get(i18n.COOKIE)))
    base = str(request.scope.get("root_path", "")).rstrip("/")
    html = environment().get_template(template).render(
        m=messages, request=request, base=base, lang_url=_lang_url(request, messages.other), **context
    )
    response = HTMLResponse(html, status_code=status)
    if asked in i18n.LANGUAGES:
        response.set_cookie(i18n.COOKIE, asked, max_age=365 * 24 * 3600, samesite="lax")
    return response


def _lang_url(request: Request, lang: str) -> str:
    """The same page in the other language."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    return request.url.path + "?" + urlencode([*params, ("lang", lang)])
