"""One exception hierarchy with stable codes, so the CLI, the store and the API can report
the same failure the same way (rejects keep the code; the CLI maps classes to exit codes)."""

from __future__ import annotations


class RasdError(Exception):
    """Base of every error rasd raises on purpose. `code` is stable across releases."""

    code = "E000"

    def __init__(self, reason: str, *, path: str | None = None, locator: str | None = None):
        self.reason = reason
        self.path = path
        self.locator = locator
        super().__init__(self.message())

    def message(self) -> str:
        where = self.path or ""
        if self.locator:
            where = f"{where} ({self.locator})" if where else self.locator
        return f"{where}: {self.reason}" if where else self.reason


class InputError(RasdError):
    """An input (file, line, record, item) that cannot be turned into an article."""

    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class DecodeError(InputError):
    code = "E103"


class TooLarge(InputError):
    code = "E104"


class MalformedInput(InputError):
    """JSON that does not parse, a feed or WARC that is cut off, HTML with no article in it."""

    code = "E105"


class NoArticleText(InputError):
    """The input was readable but left no article body after extraction and cleaning."""

    code = "E106"


class UnreadablePath(InputError):
    code = "E107"


class StageError(RasdError):
    """A pipeline stage failed on one document; the message names the stage."""

    code = "E200"


class StoreError(RasdError):
    code = "E300"


class UsageError(RasdError):
    code = "E400"


CODE_NAMES = {
    "E100": "unreadable input", "E101": "empty", "E102": "binary, not text", "E103": "undecodable text",
    "E104": "too large", "E105": "malformed container", "E106": "no article text", "E107": "unreadable path",
    "E200": "internal error", "E300": "store failure", "E400": "usage",
}
"""Short names of the codes, for summaries that count rejects by reason."""
