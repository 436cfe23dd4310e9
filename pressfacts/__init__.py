"""pressfacts: open datasets of the facts in official press releases."""

__version__ = "0.1.0"
