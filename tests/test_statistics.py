"""Statistics extractor on sentences taken from the seed and development releases
and the Recognizers-Text money examples (written inline: no shared data needed)."""

import pytest

from pressfacts.extract.currency import code_for_name, dollar_code
from pressfacts.extract.statistics import extract_statistics
from pressfacts.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture
def stats(nlp):
    def run(text):
        doc = nlp(text)
        records = extract_statistics(doc)
        for r in records:
            assert doc.text[r.char_start : r.char_end] == r.surface
        return records

    return run


def one(records, surface):
    found = [r for r in records if r.surface == surface]
    assert len(found) == 1, [r.surface for r in records]
    return found[0]


# --- money ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        (
            "Today, the AIFC has attracted $8 billion of investment into our country.",
            "$8 billion",
            8e9,
            "USD",
        ),
        (
            "Gross domestic product exceeded 135 trillion tenge for the first time.",
            "135 trillion tenge",
            135e12,
            "KZT",
        ),
        (
            "The transfer from the National Fund totalled KZT 5.3 trillion.",
            "KZT 5.3 trillion",
            5.3e12,
            "KZT",
        ),
        (
            "The first stage, costing 45 million euros, is scheduled to open in 2021.",
            "45 million euros",
            45e6,
            "EUR",
        ),
        ("It costs you 10 us dollar and me 100 chinese yuan.", "100 chinese yuan", 100, "CNY"),
        (
            "the price of the second simulator ranges between c $ 16.4 million",
            "c $ 16.4 million",
            16.4e6,
            "CAD",
        ),
        (
            "125 million australian dollars of zero - coupon eurobonds",
            "125 million australian dollars",
            125e6,
            "AUD",
        ),
        ("The client estimates an increase to 120 MEUR", "120 MEUR", 120e6, "EUR"),
        ("I would like to buy this item for GBP 350.", "GBP 350", 350, "GBP"),
        ("It costs 15 dollars 50.", "15 dollars 50", 15.5, "USD"),
        ("Banknotes: 5 €, 10 €.", "5 €", 5, "EUR"),
        ("Supply limit: ₿21,000,000", "₿21,000,000", 21e6, None),
    ],
)
def test_money(stats, text, surface, value, unit):
    r = one(stats(text), surface)
    assert (r.kind, r.value, r.unit) == ("money", pytest.approx(value), unit)


def test_money_qualifiers(stats):
    records = stats(
        "The joint investment portfolio now includes 25 projects worth over "
        "$800 million, and the guaranteed transfer will be no more than KZT 2 "
        "trillion annually."
    )
    assert one(records, "over $800 million").qualifier == "over"
    assert one(records, "no more than KZT 2 trillion").qualifier == "at_most"


def test_qualifying_verb_stays_outside_the_surface(stats):
    r = one(stats("GDP per capita has exceeded $14,000."), "$14,000")
    assert r.qualifier == "over"
    r = one(stats("Inflation must not exceed 3% next year."), "3%")
    assert r.qualifier == "at_most"


def test_bare_amount_takes_the_currency_of_its_sentence(stats):
    records = stats(
        "Last year, republican budget revenues amounted to 19.4 trillion tenge, "
        "while expenditures reached 25.1 trillion."
    )
    r = one(records, "25.1 trillion")
    assert (r.kind, r.unit, r.value) == ("money", "KZT", 25.1e12)


def test_change_is_two_plain_figures(stats):
    records = stats("The minimum wage was raised from 85,000 to 100,000 tenge.")
    low, high = records
    assert (low.value, low.unit, low.qualifier) == (85000, "KZT", None)
    assert (high.value, high.unit, high.qualifier) == (100000, "KZT", None)


# --- percent, shares -----------------------------------------------------------------


def test_range_is_two_bounds(stats):
    records = stats(
        "The National Bank and the Government must bring it into the corridor "
        "from 3 to 5 percent by the end of 2026."
    )
    low, high = records
    assert (low.surface, low.value, low.kind, low.qualifier) == ("from 3", 3, "percent", "at_least")
    assert (high.surface, high.qualifier, high.unit) == ("to 5 percent", "at_most", "percent")
    assert low.range_group == high.range_group is not None


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        ("The national economy grew by 4.8 percent last year.", "4.8 percent", 4.8, None),
        ("It now accounts for over 10% of the country's GDP.", "over 10%", 10, "over"),
        ("Prices rose by almost 11 percent.", "almost 11 percent", 11, "approx"),
        (
            "Nearly a third of this money went to current spending.",
            "Nearly a third",
            100 / 3,
            "approx",
        ),
        (
            "Kazakh oil covers about a fifth of the Czech Republic's crude imports.",
            "about a fifth",
            20,
            "approx",
        ),
        (
            "Machine building accounted for a quarter of the sector's production.",
            "a quarter",
            25,
            None,
        ),
        ("More than half of the staff are local specialists.", "More than half", 50, "over"),
        ("just need minus five percent", "minus five percent", -5, None),
    ],
)
def test_percent(stats, text, surface, value, qualifier):
    r = one(stats(text), surface)
    assert (r.kind, r.unit, r.value, r.qualifier) == (
        "percent",
        "percent",
        pytest.approx(value),
        qualifier,
    )


def test_percent_subject(stats):
    r = one(stats("It now accounts for over 10% of the country's GDP."), "over 10%")
    assert r.subject == "GDP"


# --- multipliers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "subject"),
    [
        (
            "Over the past quarter century, the territory of the main city has tripled.",
            "tripled",
            3,
            "territory",
        ),
        ("Investment in fixed capital has increased 1.5 times.", "1.5 times", 1.5, "investment"),
        ("Non-resource exports have grown twofold.", "twofold", 2, "export"),
        (
            "The city's economic potential has grown more than a hundred times.",
            "more than a hundred times",
            100,
            "potential",
        ),
        ("We must double it by 2025.", "double", 2, None),
    ],
)
def test_multipliers(stats, text, surface, value, subject):
    r = one(stats(text), surface)
    assert (r.kind, r.value, r.subject) == ("multiplier", value, subject)


def test_exceeding_an_average_is_a_plain_multiplier(stats):
    r = one(stats("The region exceeded the average 2.7 times."), "2.7 times")
    assert (r.kind, r.qualifier) == ("multiplier", None)


# --- ranks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Kazakhstan climbed to 35th place in an international ranking.", "35th place", 35),
        ("The city was included in the top 21 of the most intelligent communities.", "top 21", 21),
        ("Kazakhstan ranked 12th in the Global Innovation Index.", "12th", 12),
        ("Germany ranks third among the trading partners.", "third", 3),
    ],
)
def test_ranks(stats, text, surface, value):
    r = one(stats(text), surface)
    assert (r.kind, r.value) == ("rank", value)


# --- counts and measures -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier", "subject"),
    [
        (
            "Over 2,000 companies from 75 countries have chosen the AIFC.",
            "Over 2,000 companies",
            2000,
            "over",
            "company",
        ),
        (
            "Over 2,000 companies from 75 countries have chosen the AIFC.",
            "75 countries",
            75,
            None,
            "country",
        ),
        (
            "More than 70 Czech companies are already working in your country.",
            "More than 70 Czech companies",
            70,
            "over",
            "company",
        ),
        ("The plant will create nearly 800 jobs.", "nearly 800 jobs", 800, "approx", "job"),
        (
            "Veteran steelmaker Sergei Pavlov noted that three generations of his family have "
            "worked at the plant.",
            "three generations",
            3,
            None,
            "generation",
        ),
        (
            "The number of capital residents will reach two million by 2030.",
            "two million",
            2e6,
            None,
            "capital resident",
        ),
        ("The number of operating SMEs exceeded 2.1 million.", "2.1 million", 2.1e6, "over", "SME"),
    ],
)
def test_counts(stats, text, surface, value, qualifier, subject):
    r = one(stats(text), surface)
    assert (r.kind, r.value, r.qualifier, r.subject) == ("count", value, qualifier, subject)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "qualifier"),
    [
        (
            "The grain harvest amounted to about 17.4 million tonnes.",
            "about 17.4 million tonnes",
            17.4e6,
            "tonne",
            "approx",
        ),
        (
            "18.9 million square metres of housing were commissioned.",
            "18.9 million square metres",
            18.9e6,
            "square metre",
            None,
        ),
        (
            "More than 4,000 kilometres of local roads were repaired.",
            "More than 4,000 kilometres",
            4000,
            "kilometre",
            "over",
        ),
        (
            "Facilities with a total capacity of up to 1,700 megawatts will be commissioned.",
            "up to 1,700 megawatts",
            1700,
            "megawatt",
            "up_to",
        ),
        (
            "Drip irrigation now covers 42,000 hectares of cotton fields.",
            "42,000 hectares",
            42000,
            "hectare",
            None,
        ),
        ("The 500 kV line was built.", "500 kV", 500, "kilovolt", None),
    ],
)
def test_measures(stats, text, surface, value, unit, qualifier):
    r = one(stats(text), surface)
    assert (r.kind, r.value, r.unit, r.qualifier) == ("measure", value, unit, qualifier)


# --- what is not a statistic ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Council on July 6, 1994 decided to move the capital to Akmola.",
        "25 years ago, on May 6, 1998, Akmola was renamed Astana.",
        "On the initiative of the First President Nursultan Nazarbayev.",
        "The construction of Astana became one of the most significant events.",
        "The capital also created the largest technopark Astana Hub 2.0 and School No. 12.",
        "The forum held in Muscat on 14–15 March was a success.",
        "A quarter of a century ago, the capital was moved.",
        "In the first half of 2024 the parties met for the first time.",
        "He has driven freight trains for 32 years without a single accident.",
        "The COVID-19 pandemic changed the plans for 2025.",
        "The two leaders discussed the 2024 budget.",
        "You can go to https://www.test.com/search?q=30%25%2020% for more details.",
    ],
)
def test_not_statistics(stats, text):
    assert stats(text) == []


def test_date_spans_are_left_out(nlp):
    text = "The number of residents will reach two million by 2030."
    doc = nlp(text)
    assert [r.surface for r in extract_statistics(doc)] == ["two million"]
    start = text.index("two million")
    assert extract_statistics(doc, [(start, start + len("two million"))]) == []


# --- record fields -------------------------------------------------------------------


def test_sentence_and_speaker(stats):
    text = (
        "– Over 2,000 companies from 75 countries have chosen the AIFC. This is a good "
        "indicator,” the President said.\nThe forum closed."
    )
    r = one(stats(text), "Over 2,000 companies")
    assert r.sentence == "– Over 2,000 companies from 75 countries have chosen the AIFC."
    assert r.speaker == "President"


def test_records_in_text_order(stats):
    records = stats("Exports grew by 12 percent to $1.4 billion, and 650 jobs were created.")
    assert [r.char_start for r in records] == sorted(r.char_start for r in records)
    assert [r.kind for r in records] == ["percent", "money", "count"]


# --- currency table ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("tenge", "KZT"),
        ("roubles", "RUB"),
        ("rubles", "RUB"),
        ("renminbi", "CNY"),
        ("yuan", "CNY"),
        ("euros", "EUR"),
        ("Swiss francs", "CHF"),
        ("pounds", "GBP"),
        ("yen", "JPY"),
        ("hryvnia", "UAH"),
        ("cents", None),
    ],
)
def test_currency_names(name, code):
    assert code_for_name(name) == code


def test_dollar_prefixes():
    assert dollar_code("") == "USD"
    assert dollar_code("hk") == "HKD"
    assert dollar_code("cad") == "CAD"
    assert dollar_code("C") == "CAD"


@pytest.mark.parametrize(
    "text",
    [
        "By a 6-3 vote, the court upheld the law.",
        "Delegates voted 89-52 for a republic.",
        "The embassy is at 285 Toure Drive; (255-51) 666-015.",
    ],
)
def test_scores_tallies_phone_numbers_and_addresses_are_not_figures(stats, text):
    assert stats(text) == []


def test_a_fall_from_a_higher_to_a_lower_figure_is_not_a_range(stats):
    records = stats("Prices fell from 10 to 5 percent.")
    assert [(r.value, r.qualifier, r.range_group) for r in records] == [
        (10.0, None, None),
        (5.0, None, None),
    ]


def test_a_ratio_is_a_share_in_percent(stats):
    records = stats("One in five new jobs was created in industry; three out of four firms grew.")
    assert [(r.surface, round(r.value, 3), r.kind) for r in records] == [
        ("One in five", 20.0, "percent"),
        ("three out of four", 75.0, "percent"),
    ]
    assert stats("One in 2020 was different.") == []  # a year, not a ratio


def test_a_range_without_from_is_two_bounds(stats):
    records = stats("Keep inflation within 5 to 7 percent; invest 2 to 3 billion dollars.")
    assert [(r.surface, r.value, r.unit, r.qualifier) for r in records] == [
        ("5", 5.0, "percent", "at_least"),
        ("to 7 percent", 7.0, "percent", "at_most"),
        ("2", 2e9, "USD", "at_least"),
        ("to 3 billion dollars", 3e9, "USD", "at_most"),
    ]
    assert stats("They won 5 to 7.") == []  # a score


def test_the_subject_of_a_change_to_a_figure_is_what_changes(stats):
    records = stats(
        "The Head of State instructed the Government to raise the share of renewable energy "
        "to 15% by 2030. Kazakhstan increased exports to $80 billion. The economy grew by "
        "4.8 percent."
    )
    assert [(r.surface, r.subject) for r in records] == [
        ("15%", "share"),
        ("$80 billion", "export"),
        ("4.8 percent", "economy"),
    ]
