"""Text from the raw folder is shown as written, never run: terminal, logs, Markdown."""

from __future__ import annotations

from pressfacts.discover import Rejection
from pressfacts.publish import write_dictionary
from pressfacts.schema import TABLES
from pressfacts.text import printable


def test_control_characters_are_shown_escaped_on_one_line():
    shown = printable("a\nforged: log line\x1b[31m\u202egnp.txt\r")
    assert shown == "a\\nforged: log line\\x1b[31m\\u202egnp.txt\\r"
    assert printable("Café – 5 July 2023") == "Café – 5 July 2023"


def test_markdown_renders_markup_as_text():
    shown = printable('<img src=x onerror="alert(1)"> | *bold* [link](http://x)', markdown=True)
    for raw in ("<img", '"alert', "| *", "[link]("):
        assert raw not in shown
    assert shown.startswith("&lt;img src=x onerror=&quot;alert\\(1\\)&quot;&gt;")


def test_the_release_readme_escapes_rejected_file_names_and_reasons(tmp_path):
    rejection = Rejection(
        "evil\n# heading.txt", 'date line "<script>alert(1)</script>" is not a date', "fix it"
    )
    write_dictionary(tmp_path, "abc", {n: 0 for n in TABLES}, "2023-07-05", [rejection])
    readme = (tmp_path / "README.md").read_text()
    assert "<script>" not in readme and "\n# heading" not in readme
    assert "evil\\\\n# heading.txt" in readme  # shown as written, on its row
