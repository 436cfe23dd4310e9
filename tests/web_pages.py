"""Full web pages around a release, as government sites publish them: a
cookie banner, navigation, breadcrumbs, share buttons, related news and a
footer around the article. Written for the tests; no real site's text."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from string import Template

SITE = "Press Office of the Republic"
TEMPLATE = Template((Path(__file__).parent / "fixtures" / "web_page.html").read_text("utf-8"))


def web_page(title: str, published: date, body: str, url: str, *, visible_date: str = "") -> str:
    """The page of one release; `body` paragraphs are separated by blank lines."""
    paragraphs = "\n".join(
        f"      <p>{html.escape(' '.join(p.split()))}</p>" for p in body.split("\n\n") if p.strip()
    )
    shown = html.escape(visible_date or published.strftime("%d %B %Y"))
    t = html.escape(title)
    return TEMPLATE.substitute(
        t=t, SITE=SITE, url=url, shown=shown, paragraphs=paragraphs, iso=published.isoformat()
    )
