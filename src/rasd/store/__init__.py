"""Storage and search of documents and rejects: SQLite by default, PostgreSQL by URL.

Typical use: `with rasd.store.open("sqlite:///rasd.db") as store:` then `store.create()`,
`store.add(documents)`, `store.search("الأمريكي")`, `store.get(doc_id)`.
"""

from rasd.store.search import SearchHit
from rasd.store.store import AddResult, Store, StoredReject, open

__all__ = ["AddResult", "SearchHit", "Store", "StoredReject", "open"]
