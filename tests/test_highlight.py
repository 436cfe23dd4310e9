"""Marks over a text: properly nested however the spans overlap, and each
span's pieces cover exactly its offsets."""

from hypothesis import given
from hypothesis import strategies as st

from pressfacts.site.highlight import Span, pieces

TEXT = "The budget grew by 4.8 percent in 2024, said the minister on Monday."


def layout(text: str, spans: list[Span]) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """Walk the pieces as a browser walks nested elements."""
    out, open_, found = "", [], {}
    for piece in pieces(text, spans):
        if piece.op == "text":
            out += piece.text
        elif piece.op == "open":
            open_.append((piece.span.row_id, len(out)))
        else:
            row, start = open_.pop()
            assert row == piece.span.row_id  # closes the innermost open mark: well nested
            found.setdefault(row, []).append((start, len(out)))
    assert not open_
    return out, found


spans = st.lists(
    st.tuples(st.integers(0, len(TEXT)), st.integers(1, 20)).map(
        lambda p: (p[0], min(p[0] + p[1], len(TEXT)))
    ),
    max_size=12,
)


@given(spans)
def test_any_spans_nest_and_cover_their_offsets(bounds):
    given_spans = [Span(a, b, f"r{i}", "date", "") for i, (a, b) in enumerate(bounds)]
    text, found = layout(TEXT, given_spans)
    assert text == TEXT
    for span in given_spans:
        if span.start >= span.end:
            assert span.row_id not in found
            continue
        parts = sorted(found[span.row_id])
        assert parts[0][0] == span.start and parts[-1][1] == span.end
        assert all(a[1] == b[0] for a, b in zip(parts, parts[1:], strict=False))


def test_a_crossing_span_is_cut_at_the_inner_end_and_reopened():
    crossing = [Span(19, 30, "figure", "statistic", ""), Span(26, 38, "date", "date", "")]
    _, found = layout(TEXT, crossing)
    assert found["figure"] == [(19, 30)]
    assert sorted(found["date"]) == [(26, 30), (30, 38)]


def test_only_the_first_piece_is_the_link_target():
    crossing = [Span(19, 30, "figure", "statistic", ""), Span(26, 38, "date", "date", "")]
    opened = [p for p in pieces(TEXT, crossing) if p.op == "open"]
    assert [(p.span.row_id, p.first) for p in opened] == [
        ("figure", True),
        ("date", True),
        ("date", False),
    ]


def test_spans_outside_the_text_are_left_out():
    text, found = layout(TEXT, [Span(60, 99, "far", "date", ""), Span(5, 5, "empty", "date", "")])
    assert text == TEXT and found == {}
