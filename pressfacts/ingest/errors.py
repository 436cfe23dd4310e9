"""A file (or record) that cannot honestly be read, and why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rejection:
    file: str
    reason: str
    hint: str


class RejectedFile(Exception):
    """Raised by every reader: the reason and the fix, quoting nothing that
    was not the user's own input."""

    def __init__(self, reason: str, hint: str):
        super().__init__(reason)
        self.reason = reason
        self.hint = hint


def shown_name(name: str) -> str:
    """A file name as it may be printed or logged: control characters (a
    newline would forge a log line) are written as escapes."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in name
    )
