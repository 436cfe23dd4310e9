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
