"""Rules tried only near their anchors find what a scan of the whole text finds."""

from __future__ import annotations

import pytest

from pressfacts.extract.dates.rules import RULES
from pressfacts.extract.dates.scanning import REACH, AnchoredText

# Sentences of our own in which every anchored rule matches at least once.
TEXT = """\
On Monday, March 3, 2025 the ministry met, and again on 12 March 2024; the talks of
14-15 March and of March 3-5, 2023 were held in January-May 2021, the week of May 5, 2020.
The plan was adopted in May, by the end of May this year, in Sept. 2019 and in late 2018.
Spending in fiscal 2017 and FY2024, in the 2019/20 marketing year and 2015-16 rose, as in
1999-2001, in Q3 2022 and in the nineteen nineties, the 1990s and the '80s, since 12.05.2016.
The bridge was built in the 19th century and will last to the end of this century and
beyond mid-century; the first quarter of 2024 and the second half of last year were
better than last quarter. In the spring of 1998, last summer and next winter the results
were better than this year, last month and next week, and by the end of the year.
Today, yesterday morning and tomorrow the teams met; last Tuesday and on Friday evening too.
Two years ago, some 25 years later and in three months, it grew more than in the same
period of last year, the past five years, the next decade, a quarter of a century and
for decades; in recent weeks and quarterly reports, now and in the near future, at 9 a.m.
and 14:30, and in nineteen ninety-four, more than the year before.
"""


def full_scan(rule, text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in rule.pattern.finditer(text)]


def anchored_scan(rule, text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in AnchoredText(text).matches(rule.pattern, rule.anchor)]


ANCHORED = [rule for rule in RULES if rule.anchor is not None]


@pytest.mark.parametrize("rule", ANCHORED, ids=lambda rule: rule.handler.__name__)
def test_every_match_of_an_anchored_rule_holds_its_anchor(rule):
    matches = list(rule.pattern.finditer(TEXT))
    assert matches, "the text must exercise the rule"
    for match in matches:
        assert rule.anchor.search(TEXT, match.start(), match.end()), match.group()


@pytest.mark.parametrize("rule", ANCHORED, ids=lambda rule: rule.handler.__name__)
def test_anchored_scans_find_what_a_full_scan_finds(rule):
    # far apart (each window on its own), and with long filler between sentences
    spread = ("x " * REACH).join(TEXT.split("\n"))
    for text in (TEXT, spread, TEXT.replace(" ", "  ")):
        assert anchored_scan(rule, text) == full_scan(rule, text)


def test_a_long_word_at_a_window_edge_is_taken_whole():
    text = f"The town was founded {'9' * (3 * REACH)} days ago."
    [rule] = [r for r in RULES if r.handler.__name__ == "on_ago"]
    assert anchored_scan(rule, text) == full_scan(rule, text)
    assert full_scan(rule, text)[0][0][0] == text.index("9")


def test_windows_around_near_anchors_are_merged_and_far_ones_kept_apart():
    [rule] = [r for r in RULES if r.handler.__name__ == "on_weekday"]
    near = AnchoredText("Monday and Tuesday")
    assert near.windows(rule.anchor) == [(0, len("Monday and Tuesday"))]
    gap = "word " * REACH
    far = AnchoredText(f"Monday {gap}Tuesday")
    assert len(far.windows(rule.anchor)) == 2
    assert AnchoredText("no day named").windows(rule.anchor) == []
