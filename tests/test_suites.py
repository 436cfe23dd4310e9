import json

from pressfacts import suites
from pressfacts.schema import TABLES


def test_every_suite_holds_what_the_schema_implies():
    for name in suites.SUITE_NAMES:
        stored = suites.read_suite(name)
        assert stored["name"] == name
        assert suites.missing_from(stored, name) == [], f"run python -m pressfacts.suites ({name})"


def test_scaffold_regeneration_keeps_hand_written_rules(tmp_path):
    for name in suites.SUITE_NAMES:
        (tmp_path / f"{name}.json").write_text(suites.suite_path(name).read_text())
    suites.write_scaffold(tmp_path)
    for name in suites.SUITE_NAMES:
        assert json.loads((tmp_path / f"{name}.json").read_text()) == suites.read_suite(name)


def test_closed_vocabularies_reach_the_suites():
    kinds = [
        e
        for e in suites.scaffold(TABLES["statistics"])
        if e["type"] == "expect_column_values_to_be_in_set" and e["kwargs"]["column"] == "kind"
    ]
    assert kinds[0]["kwargs"]["value_set"] == [
        "money",
        "percent",
        "count",
        "multiplier",
        "rank",
        "measure",
    ]


def test_timex_pattern_accepts_timeml_values_and_refuses_others():
    import re

    rules = [e for e in suites.read_suite("dates")["expectations"] if "regex" in e["kwargs"]]
    pattern = re.compile(rules[0]["kwargs"]["regex"])
    valid = [
        "1994-07-06",
        "2030",
        "199X",
        "19",
        "2024-Q3",
        "2024-H1",
        "2020-SU",
        "2023-W35",
        "1998-W33-WE",
        "2024-03-14TMO",
        "P25Y",
        "P3D",
        "PTXM",
        "PXQ",
        "P1DT2H",
        "PRESENT_REF",
        "XXXX-12-25",
    ]
    assert [v for v in valid if not pattern.match(v)] == []
    assert [v for v in ["P", "P5", "tomorrow", "2023-07-06-01", "NOW"] if pattern.match(v)] == []
