"""rasd (رصد): Arabic news to a structured, evidence-linked record.

    >>> import rasd
    >>> doc = rasd.process("عنوان\\n\\nقال وزير الخارجية ...")
    >>> record = doc.to_json()
"""

from rasd.model import Document, RawArticle, Reject
from rasd.pipeline import Pipeline, process, process_many

__version__ = "0.1.0"
__all__ = ["Document", "Pipeline", "RawArticle", "Reject", "__version__", "process", "process_many"]
