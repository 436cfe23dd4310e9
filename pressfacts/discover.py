"""The entry point the flow calls: raw folder in, documents and refusals out.

The reading itself lives in `pressfacts.ingest`, one module per job.
"""

from pressfacts.ingest import Document, RejectedFile, Rejection, Source, discover, read_document

__all__ = ["Document", "RejectedFile", "Rejection", "Source", "discover", "read_document"]
