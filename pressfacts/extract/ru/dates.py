"""Russian temporal expressions to TIMEX3 values.

A set of patterns over the text, each with a resolver; the calendar
arithmetic (intervals, weekdays, month years) is the English extractor's.
Surfaces leave out a leading preposition (в, к, с, до, за, на) and keep
"года", as the corpus conventions ask.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from pressfacts.extract.dates import Candidate  # one candidate type for every language
from pressfacts.extract.dates.calendar import (
    add_months,
    interval,
    iso_week,
    pick_weekday,
    pick_year_for_month,
)
from pressfacts.extract.records import DateRecord
from pressfacts.extract.ru import lexicon
from pressfacts.extract.ru.morph import parses
from pressfacts.extract.ru.text import Occupied, mention, sentence_at, sentences, words

YEAR = r"(?:1[6-9]\d\d|20\d\d|21\d\d)"
YEAR_WORD = r"(?:год(?:а|у|е|ы|ов|ах|ам)?|гг?\.)"
DASH = r"\s*[-–—]\s*"
L = r"(?<![\w.,-])"  # nothing glued on the left
R = r"(?!\w)"
ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True)
class Context:
    text: str
    published: date
    sentences: list[tuple[int, int]]

    def sentence(self, char: int) -> str:
        s, e = sentence_at(self.sentences, char)
        return self.text[s:e]

    def direction(self, char: int) -> int:
        """+1 when the sentence speaks of the future, else -1 (releases report)."""
        return 1 if _future(self.sentence(char)) else -1


_FUTURE_WORDS = re.compile(
    r"(?i)\b(?:будет|будут|будем|буду|будете|планиру\w*|намер\w*|предстоит)\b"
)


@cache
def _future_word(word: str) -> bool:
    return any(p.tag.POS == "VERB" and "futr" in p.tag for p in parses(word)[:1])


def _future(sentence: str) -> bool:
    if _FUTURE_WORDS.search(sentence):
        return True
    return any(_future_word(w.lower) for w in words(sentence))


@cache
def _vocab() -> dict[str, str]:
    months = lexicon.inflected("months.tsv")
    weekdays = lexicon.inflected("weekdays.tsv")
    seasons = lexicon.inflected("seasons.tsv")
    rel = lexicon.inflected("relative_years.tsv")
    numerals = {**lexicon.inflected("numerals.tsv"), **lexicon.table("duration_numbers.tsv")}
    ordinals = lexicon.inflected("ordinals.tsv")
    units = lexicon.inflected("duration_units.tsv")
    units.update({"лет": "Y", "года": "Y", "годы": "Y", "суток": "D"})
    return {
        "MONTH": lexicon.alternation(months),
        "WEEKDAY": lexicon.alternation(weekdays),
        "SEASON": lexicon.alternation(seasons),
        "REL": lexicon.alternation(rel),
        "NUMWORD": lexicon.alternation(numerals),
        "ORD": lexicon.alternation(ordinals),
        "UNIT": lexicon.alternation(units),
    }


def _month(word: str) -> int:
    return int(lexicon.inflected("months.tsv")[word.lower()])


def _rel(word: str) -> int:
    return int(lexicon.inflected("relative_years.tsv")[word.lower()])


def _ordinal(word: str) -> int | None:
    v = lexicon.inflected("ordinals.tsv").get(word.lower())
    return int(v) if v else None


def _number(word: str) -> float | None:
    w = word.lower().replace(",", ".")
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    extra = lexicon.table("duration_numbers.tsv")
    if w in extra:
        return float(extra[w])
    v = lexicon.inflected("numerals.tsv").get(w)
    return float(v) if v else None


def _unit(word: str) -> str | None:
    w = word.lower()
    if w in {"лет", "года", "годы"}:
        return "Y"
    if w == "суток":
        return "D"
    return lexicon.inflected("duration_units.tsv").get(w)


def _year_of_rel(g: str | None, ctx: Context) -> int:
    return ctx.published.year + (_rel(g) if g else 0)


Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Context], list[Candidate]]]


def _span(m: re.Match[str], group: str = "t") -> tuple[int, int]:
    return m.start(group), m.end(group)


def on_day_month(m: re.Match[str], ctx: Context) -> list[Candidate]:
    month = _month(m["m"])
    out = []
    days = [(m.start("d1"), m.end("d1"), int(m["d1"]))]
    if m["d2"]:
        days.append((m.start("d2"), m.end(), int(m["d2"])))
    else:
        days[0] = (m.start("d1"), m.end(), int(m["d1"]))
    for i, (s, e, day) in enumerate(days):
        if m["y"]:
            year = int(m["y"])
        else:
            year = pick_year_for_month(month, day, ctx.published, ctx.direction(s))
        try:
            value = date(year, month, day).isoformat()
        except ValueError:
            return []
        out.append(Candidate(s, e if i or not m["d2"] else m.end("d1"), value))
    return out


def on_month_range(m: re.Match[str], ctx: Context) -> list[Candidate]:
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    if m["y"]:
        y2 = int(m["y"])
    elif m["rel"]:
        y2 = _year_of_rel(m["rel"], ctx)
    else:
        y2 = pick_year_for_month(m2, None, ctx.published, ctx.direction(m.start()))
    y1 = y2 if m1 <= m2 else y2 - 1
    return [
        Candidate(m.start("m1"), m.end("m1"), f"{y1:04d}-{m1:02d}"),
        Candidate(m.start("m2"), m.end(), f"{y2:04d}-{m2:02d}"),
    ]


def on_month(m: re.Match[str], ctx: Context) -> list[Candidate]:
    month = _month(m["m"])
    if m["y"]:
        year = int(m["y"])
    elif m["rel"]:
        year = _year_of_rel(m["rel"], ctx)
    else:
        if m["m"][0].isupper() and m.start() > 0 and ctx.text[m.start() - 1] not in '\n«"(':
            # a capitalised inflected month inside a sentence is a name (Марта)
            before = ctx.text[max(0, m.start() - 2) : m.start()]
            if not before.endswith((". ", "\n")):
                return []
        year = pick_year_for_month(month, None, ctx.published, ctx.direction(m.start()))
    return [Candidate(m.start(), m.end(), f"{year:04d}-{month:02d}")]


def _period_year(m: re.Match[str], ctx: Context, number: int, per_year: int) -> int:
    if m["y"]:
        return int(m["y"])
    if m["rel"]:
        return _year_of_rel(m["rel"], ctx)
    current = (ctx.published.month - 1) * per_year // 12 + 1
    year = ctx.published.year
    if number > current and ctx.direction(m.start()) < 0 and _past(ctx.sentence(m.start())):
        year -= 1
    return year


@cache
def _past_word(word: str) -> bool:
    return any(p.tag.POS == "VERB" and "past" in p.tag for p in parses(word)[:1])


def _past(sentence: str) -> bool:
    return any(_past_word(w.lower) for w in words(sentence))


def on_quarter(m: re.Match[str], ctx: Context) -> list[Candidate]:
    if m["roman"]:
        q = ROMAN_QUARTERS[m["roman"].upper()]
    elif m["digit"]:
        q = int(m["digit"])
    else:
        q = _ordinal(m["ord"]) or 0
    if not 1 <= q <= 4:
        return []
    year = _period_year(m, ctx, q, 4)
    return [Candidate(m.start(), m.end(), f"{year:04d}-Q{q}")]


def on_half(m: re.Match[str], ctx: Context) -> list[Candidate]:
    h = int(m["digit"]) if m["digit"] else _ordinal(m["ord"]) or 0
    if h not in (1, 2):
        return []
    year = _period_year(m, ctx, h, 2)
    return [Candidate(m.start(), m.end(), f"{year:04d}-H{h}")]


def on_same_period(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "SAME_PERIOD")]


def on_season(m: re.Match[str], ctx: Context) -> list[Candidate]:
    season = lexicon.inflected("seasons.tsv")[m["s"].lower()]
    if m["y"]:
        year = int(m["y"])
    else:
        year = _year_of_rel(m["rel"], ctx)
    return [Candidate(m.start(), m.end(), f"{year:04d}-{season}")]


def on_rel_year(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), f"{_year_of_rel(m['rel'], ctx):04d}")]


def on_year_part(m: re.Match[str], ctx: Context) -> list[Candidate]:
    year = int(m["y"]) if m["y"] else _year_of_rel(m["rel"], ctx)
    return [Candidate(m.start(), m.end(), f"{year:04d}")]


def on_year_range(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return [
        Candidate(m.start("y1"), m.end("y1"), m["y1"]),
        Candidate(m.start("y2"), m.end(), m["y2"]),
    ]


def on_rel_unit(m: re.Match[str], ctx: Context) -> list[Candidate]:
    """'на следующей неделе', 'в прошлом месяце'."""
    shift = _rel(m["rel"])
    pub = ctx.published
    if m["u"].lower().startswith("недел"):
        return [Candidate(m.start(), m.end(), iso_week(pub + timedelta(weeks=shift)))]
    month = add_months(pub.replace(day=1), shift)
    return [Candidate(m.start(), m.end(), f"{month.year:04d}-{month.month:02d}")]


def on_ago(m: re.Match[str], ctx: Context) -> list[Candidate]:
    """'три года назад': the year (month, day) that far back."""
    n = _number(m["n"])
    unit = _unit(m["u"])
    if n is None or n != int(n) or unit not in {"Y", "M", "D", "W"}:
        return []
    pub, k = ctx.published, int(n)
    if unit == "Y":
        value = f"{pub.year - k:04d}"
    elif unit == "M":
        back = add_months(pub, -k)
        value = f"{back.year:04d}-{back.month:02d}"
    else:
        value = (pub - timedelta(days=k * (7 if unit == "W" else 1))).isoformat()
    return [Candidate(m.start(), m.end(), value)]


def on_year(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), m["y"])]


def on_decade(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), m["y"][:3] + "X")]


def on_short_decade(m: re.Match[str], ctx: Context) -> list[Candidate]:
    """'90-х годов' is the 1990s; '20-х годов' the nearest past such decade."""
    decade = int(m["d"])
    century = 19 if "прошлого" in m.group().lower() else ctx.published.year // 100
    if century * 100 + decade > ctx.published.year:
        century -= 1
    return [Candidate(m.start(), m.end(), f"{century:02d}{decade // 10}X")]


@cache
def _season_adverbs() -> dict[str, tuple[str, int, int]]:
    out = {}
    for line in lexicon.lines("season_adverbs.tsv"):
        word, season, first, last = line.split("\t")
        out[word] = (season, int(first), int(last))
    return out


def _split_words() -> str:
    return "|".join(sorted(lexicon.words("split_years.txt"), key=len, reverse=True))


def on_split_year(m: re.Match[str], ctx: Context) -> list[Candidate]:
    """'2024/2025 учебный год', '2025/26': FY and the year in which it ends."""
    end = m["y2"] if len(m["y2"]) == 4 else m["y1"][:2] + m["y2"]
    if int(end) != int(m["y1"]) + 1:
        return []
    return [Candidate(m.start(), m.end(), f"FY{end}")]


def on_season_adverb(m: re.Match[str], ctx: Context) -> list[Candidate]:
    """'летом': this year's summer, or the next one when the text looks ahead
    and this one is over (the last one when it reports and this one is to come)."""
    season, first, last = _season_adverbs()[m["t"].lower()]
    pub, year = ctx.published, ctx.published.year
    direction = ctx.direction(m.start())
    if direction > 0 and season != "WI" and last < pub.month:
        year += 1
    elif direction < 0 and first > pub.month and season != "WI":
        year -= 1
    return [Candidate(m.start(), m.end(), f"{year:04d}-{season}")]


def on_century(m: re.Match[str], ctx: Context) -> list[Candidate]:
    roman = {"I": 1, "V": 5, "X": 10}
    total, prev = 0, 0
    for ch in reversed(m["c"].upper()):
        v = roman[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return [Candidate(m.start(), m.end(), f"{total - 1:02d}")] if 1 <= total <= 22 else []


def on_duration(m: re.Match[str], ctx: Context) -> list[Candidate]:
    n = _number(m["n"])
    unit = _unit(m["u"])
    if n is None or unit is None:
        return []
    if unit == "H":
        return [Candidate(m.start(), m.end(), f"PT{_fmt(n)}H", "DURATION")]
    return [Candidate(m.start(), m.end(), f"P{_fmt(n)}{unit}", "DURATION")]


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def on_set(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), lexicon.table("sets.tsv")[m["t"].lower()], "SET")]


def on_every(m: re.Match[str], ctx: Context) -> list[Candidate]:
    unit = _unit(m["u"])
    return [Candidate(m.start(), m.end(), f"P1{unit}", "SET")] if unit else []


def on_day_word(m: re.Match[str], ctx: Context) -> list[Candidate]:
    shift = int(lexicon.table("days.tsv")[m["t"].lower()])
    return [Candidate(m.start(), m.end(), (ctx.published + timedelta(days=shift)).isoformat())]


def on_weekday(m: re.Match[str], ctx: Context) -> list[Candidate]:
    wd = int(lexicon.inflected("weekdays.tsv")[m["t"].lower()])
    direction = 1 if _future(ctx.sentence(m.start())) else 0
    day = pick_weekday(wd, ctx.published, direction)
    return [Candidate(m.start("t"), m.end("t"), day.isoformat())]


def on_numeric(m: re.Match[str], ctx: Context) -> list[Candidate]:
    try:
        value = date(int(m["y"]), int(m["mo"]), int(m["d"])).isoformat()
    except ValueError:
        return []
    return [Candidate(m.start(), m.end(), value)]


@cache
def rules() -> list[Rule]:
    v = _vocab()
    i = re.IGNORECASE
    yr = rf"(?:\s+(?P<y>{YEAR})\s*{YEAR_WORD}|\s+(?P<rel>{v['REL']})\s+года)"
    return [
        (re.compile(rf"{L}(?P<d>\d{{1,2}})\.(?P<mo>\d{{1,2}})\.(?P<y>{YEAR}){R}"), on_numeric),
        (re.compile(rf"{L}(?P<y>{YEAR})-(?P<mo>\d\d)-(?P<d>\d\d){R}"), on_numeric),
        (
            re.compile(
                rf"{L}(?P<d1>[12]\d|3[01]|0?[1-9])(?:(?:{DASH}|\s+по\s+)(?P<d2>[12]\d|3[01]|0?[1-9]))?"
                rf"\s+(?P<m>{v['MONTH']})(?:\s+(?P<y>{YEAR})(?:\s*{YEAR_WORD})?)?{R}",
                i,
            ),
            on_day_month,
        ),
        (
            re.compile(
                rf"{L}(?P<m1>{v['MONTH']}){DASH}(?P<m2>{v['MONTH']})"
                rf"(?:\s+(?P<y>{YEAR})(?:\s*{YEAR_WORD})?|\s+(?P<rel>{v['REL']})\s+года)?{R}",
                i,
            ),
            on_month_range,
        ),
        (
            re.compile(
                rf"{L}(?P<m>{v['MONTH']})"
                rf"(?:\s+(?P<y>{YEAR})(?:\s*{YEAR_WORD})?|\s+(?P<rel>{v['REL']})\s+года)?{R}",
                i,
            ),
            on_month,
        ),
        (
            re.compile(
                rf"{L}(?:(?P<roman>IV|I{{1,3}})|(?P<digit>[1-4])-?(?:м|й|го|ом|ый)?|(?P<ord>{v['ORD']}))"
                rf"\s+квартал\w*{yr}?{R}",
                i,
            ),
            on_quarter,
        ),
        (
            re.compile(
                rf"{L}(?:(?P<digit>[12])-?(?:м|е|го|ом|ое)?|(?P<ord>{v['ORD']}))"
                rf"\s+полугоди\w*{yr}?{R}",
                i,
            ),
            on_half,
        ),
        (
            re.compile(
                rf"{L}(?:аналогичн|соответствующ|сопоставим)\w*\s+период\w*\s+"
                rf"(?:прошлого|предыдущего|минувшего)\s+года{R}",
                i,
            ),
            on_same_period,
        ),
        (
            re.compile(
                rf"{L}(?P<s>{v['SEASON']})(?:\s+(?P<y>{YEAR})\s*{YEAR_WORD}|\s+(?P<rel>{v['REL']})\s+года){R}",
                i,
            ),
            on_season,
        ),
        (
            re.compile(
                rf"{L}(?:начал[аеоу]?|конц[аеу]|конец|середин[аеуыой]+|исход[аеу]?)"
                rf"\s+(?:(?P<y>{YEAR})\s*{YEAR_WORD}|(?:(?P<rel>{v['REL']})\s+)?года){R}",
                i,
            ),
            on_year_part,
        ),
        (re.compile(rf"{L}(?P<rel>{v['REL']})\s+(?:год|году|года){R}", i), on_rel_year),
        (
            re.compile(rf"{L}(?P<rel>{v['REL']})\s+(?P<u>недел[еияю]|месяц[еау]?){R}", i),
            on_rel_unit,
        ),
        (
            re.compile(
                rf"{L}(?P<n>\d+|{v['NUMWORD']})\s+(?P<u>{v['UNIT']})\s+(?:тому\s+)?назад{R}", i
            ),
            on_ago,
        ),
        (re.compile(rf"{L}(?P<y>{YEAR})-е\s+год\w*{R}", i), on_decade),
        (
            re.compile(rf"{L}(?P<d>[1-9]0)-(?:е|х)\s+год\w*(?:\s+прошлого\s+века)?{R}", i),
            on_short_decade,
        ),
        (re.compile(rf"{L}(?P<c>[IVX]{{1,5}})\s+(?:век|века|веке|веку|столети\w+){R}"), on_century),
        (
            re.compile(
                rf"{L}(?P<y1>{YEAR}){DASH}(?P<y2>{YEAR})\s*(?:год(?:ы|ов|ах|ам)|гг\.){R}", i
            ),
            on_year_range,
        ),
        (
            re.compile(
                rf"{L}(?P<y1>{YEAR})/(?P<y2>{YEAR}|\d\d)(?:\s+(?:{_split_words()})\s+{YEAR_WORD})?{R}",
                i,
            ),
            on_split_year,
        ),
        (re.compile(rf"{L}(?P<y>{YEAR})(?:-(?:м|й|го|ом))?\s*{YEAR_WORD}{R}", i), on_year),
        (
            re.compile(rf"{L}(?P<t>{lexicon.alternation(frozenset(_season_adverbs()))}){R}", i),
            on_season_adverb,
        ),
        (
            re.compile(rf"(?<=\b[вВсСкКдДоО]\s)(?P<y>{YEAR})(?![\w%,.]\d|\s*%|\s*[-–—]\s*\d)"),
            on_year,
        ),
        (re.compile(rf"(?<=\bдо\s)(?P<y>{YEAR})(?![\w%]|[,.]\d)"), on_year),
        (
            re.compile(
                rf"{L}(?:(?:последни[ехм]|ближайши[ехм]|следующи[ехм]|предстоящи[ехм]|прошедши[ехм]|"
                rf"первы[ехм]|минувши[ехм])\s+)?(?P<n>\d+(?:,\d+)?|{v['NUMWORD']})"
                rf"\s+(?P<u>{v['UNIT']})(?:\s+(?:{YEAR}|{v['REL']})\s+года)?{R}",
                i,
            ),
            on_duration,
        ),
        (
            re.compile(rf"{L}(?P<t>ежедневно|еженедельно|ежемесячно|ежеквартально|ежегодно){R}", i),
            on_set,
        ),
        (re.compile(rf"{L}кажд\w+\s+(?P<u>год|месяц|неделю|день){R}", i), on_every),
        (re.compile(rf"{L}(?P<t>сегодня|завтра|послезавтра|вчера|позавчера){R}", i), on_day_word),
        (re.compile(rf"(?i:\bв?о?\s)(?P<t>{v['WEEKDAY']}){R}"), on_weekday),
    ]


_WEEKDAY_PREP = re.compile(r"(?i)(?:^|[\s(«])(?:в|во|на|к|ко|до|с|со)\s+$")


def extract_dates(
    text: str, published: date, *, exclude: Sequence[tuple[int, int]] = ()
) -> list[DateRecord]:
    """Every temporal expression of `text`, resolved against `published`."""
    ctx = Context(text, published, sentences(text))
    found: list[Candidate] = []
    for pattern, handler in rules():
        for m in pattern.finditer(text):
            if handler is on_weekday and not _WEEKDAY_PREP.search(
                text[max(0, m.start("t") - 6) : m.start("t")]
            ):
                continue
            if handler is on_duration and _is_count(text, m):
                continue
            found.extend(handler(m, ctx))
    kept: list[Candidate] = []
    occupied = Occupied(len(text), exclude)
    for c in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if occupied.free(c.start, c.end):
            occupied.claim(c.start, c.end)
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    _resolve_same_period(kept, published)
    out = []
    for c in kept:
        start, end = interval(c.value) if c.type == "DATE" else (None, None)
        out.append(
            DateRecord(
                **mention(text, ctx.sentences, c.start, c.end),
                value=c.value,
                type=c.type,
                start_date=start,
                end_date=end,
            )
        )
    return out


def _is_count(text: str, m: re.Match[str]) -> bool:
    """'в 2 раза' or a figure glued to money is not a duration; neither is a
    digit right after a number ('2 640 лет' is rare, '12 месяцев' is kept)."""
    return bool(re.search(r"\d[\s ]$", text[max(0, m.start() - 2) : m.start()]))


def _resolve_same_period(kept: list[Candidate], published: date) -> None:
    """'аналогичный период прошлого года': the period named before, a year back;
    after a month range or a year, the year before it."""
    for i, c in enumerate(kept):
        if c.value != "SAME_PERIOD":
            continue
        value = f"{published.year - 1:04d}"
        for prev in reversed(kept[:i]):
            if prev.type != "DATE" or prev.value == "SAME_PERIOD":
                continue
            if re.fullmatch(r"\d{4}-(?:Q[1-4]|H[12])", prev.value):
                value = f"{int(prev.value[:4]) - 1:04d}{prev.value[4:]}"
            elif re.match(r"\d{4}", prev.value):
                value = f"{int(prev.value[:4]) - 1:04d}"
            break
        c.value = value
