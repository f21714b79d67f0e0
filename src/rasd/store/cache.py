"""Results of read queries kept while the store is unchanged: the read side's answer to many
clients asking for the same listings (rasd.store.queries).

A value is keyed by what was asked and stamped with the store's state when it was computed (the
number of documents and the newest one's time, see `queries._state`); a later state, or age over
`ttl` seconds (for a change the state does not show),
makes it stale. At most `size` values are kept, least recently used out first. Concurrent
callers of one missing key wait for a single computation instead of all running it.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")
_STRIPES = 64


class StateCache:
    def __init__(self, size: int = 256, ttl: float = 30.0):
        self.size = size
        self.ttl = ttl
        self._values: OrderedDict[Hashable, tuple[Any, float, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._stripes = [threading.Lock() for _ in range(_STRIPES)]

    def get(self, key: Hashable, state: Any, compute: Callable[[], T]) -> T:
        found, value = self._lookup(key, state)
        if found:
            return value  # type: ignore[no-any-return]
        with self._stripes[hash(key) % _STRIPES]:
            found, value = self._lookup(key, state)
            if found:
                return value  # type: ignore[no-any-return]
            value = compute()
            with self._lock:
                self._values[key] = (state, time.monotonic(), value)
                self._values.move_to_end(key)
                while len(self._values) > self.size:
                    self._values.popitem(last=False)
            return value  # type: ignore[no-any-return]

    def _lookup(self, key: Hashable, state: Any) -> tuple[bool, Any]:
        with self._lock:
            held = self._values.get(key)
            if held is None or held[0] != state or time.monotonic() - held[1] >= self.ttl:
                return False, None
            self._values.move_to_end(key)
            return True, held[2]

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
