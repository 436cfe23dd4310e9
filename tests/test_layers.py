"""The layers run one way: library <- flows <- command line.

The library (`pressfacts`, but for `pressfacts.flows` and `pressfacts.cli`)
imports neither Prefect nor the flows nor the command; the flows do not
import the command.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

LIBRARY = ROOT / "pressfacts"
FLOWS = ROOT / "flows"


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def library_modules() -> list[Path]:
    return [
        p
        for p in LIBRARY.rglob("*.py")
        if p.name != "cli.py" and "flows" not in p.relative_to(LIBRARY).parts
    ]


def offending(paths: list[Path], forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    for path in paths:
        bad = sorted(
            n for n in imported(path) if any(n == f or n.startswith(f + ".") for f in forbidden)
        )
        if bad:
            found[str(path.relative_to(ROOT))] = bad
    return found


def test_the_library_imports_neither_prefect_nor_the_flows_nor_the_command():
    assert library_modules()
    forbidden = ("prefect", "prefect_dask", "flows", "pressfacts.flows", "pressfacts.cli")
    assert offending(library_modules(), forbidden) == {}


def test_the_flows_do_not_import_the_command():
    assert offending(sorted(FLOWS.glob("*.py")), ("pressfacts.cli", "flows")) == {}
