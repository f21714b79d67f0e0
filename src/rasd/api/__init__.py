"""The REST API (`rasd serve`): FastAPI over a store, JSON under /api/, schema at /openapi.json.

    from rasd.api import create_app
    app = create_app("sqlite:///rasd.db", token="secret")   # uvicorn.run(app)
"""

from rasd.api.app import create_app

__all__ = ["create_app"]
