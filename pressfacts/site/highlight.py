"""A document's text cut into pieces so that every fact's span can be marked.

Spans may nest ("by 2030" holds the date "2030") or cross (a figure that ends
inside a name). The pieces always nest properly, as HTML needs: a span that
crosses the end of another is closed there and reopened at once, and every
piece of a span carries the span's id, so the marked text of one row, read
piece after piece, is exactly text[char_start:char_end].
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from markupsafe import Markup, escape


class Span(NamedTuple):
    start: int
    end: int
    row_id: str
    kind: str  # statistic, date, participant
    label: str  # what the mark's tooltip says


class Piece(NamedTuple):
    """One step of the marked-up text: a run of text, or a mark opening or closing."""

    op: Literal["text", "open", "close"]
    text: str = ""
    span: Span | None = None
    first: bool = False  # the span's first piece: the one a link points at


def pieces(text: str, spans: list[Span]) -> list[Piece]:
    """The text with open/close steps for every span that lies inside it
    (empty or out-of-range spans are left out)."""
    usable = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)),
        key=lambda s: (s.start, -s.end, s.row_id),  # longer spans open first, outside
    )
    bounds = sorted({0, len(text), *(s.start for s in usable), *(s.end for s in usable)})
    starting: dict[int, list[Span]] = {}
    for s in usable:
        starting.setdefault(s.start, []).append(s)
    out: list[Piece] = []
    stack: list[Span] = []
    for here, following in zip(bounds, bounds[1:] + [None], strict=True):
        # close what ends here; marks opened inside it are closed and reopened around it
        if any(s.end == here for s in stack):
            reopen = []
            while any(s.end == here for s in stack):
                top = stack.pop()
                out.append(Piece("close", span=top))
                if top.end != here:
                    reopen.append(top)
            for s in sorted(reopen, key=lambda s: -s.end):
                stack.append(s)
                out.append(Piece("open", span=s))
        for s in starting.get(here, []):
            # a longer span opens outside a shorter one; one crossing the top's end is cut there
            stack.append(s)
            out.append(Piece("open", span=s, first=True))
        if following is not None and following > here:
            out.append(Piece("text", text=text[here:following]))
    return out


def marked(text: str, spans: list[Span]) -> Markup:
    """The text as HTML with a <mark> per piece of every span. Built here rather
    than in a template because a long text has thousands of pieces; every value
    from the data goes through `escape`, so the text stays inert."""
    out = []
    for piece in pieces(text, spans):
        span = piece.span
        if piece.op == "text":
            out.append(escape(piece.text))
        elif piece.op == "close":
            out.append("</mark>")
        else:
            row = escape(span.row_id)
            target = f' id="{row}"' if piece.first else ""
            out.append(
                f'<mark class="{escape(span.kind)}" data-row="{row}"{target} '
                f'title="{escape(span.label)}">'
            )
    return Markup("".join(out))
