"""Saved web pages: the article body, its title, date and canonical URL.

The body comes from trafilatura (main-text extraction: navigation,
breadcrumbs, related links, share buttons, cookie banners and the footer
are left out); its paragraphs are separated by a blank line, as in a text
release. The title is og:title, else the page's h1, else <title> less the
site name. The date is the page's publication metadata as htmldate reads
it, else a visible date line; either goes through the date-line rules. A
page whose body cannot be found is refused, never published empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import htmldate
import lxml.html
import trafilatura
from lxml import etree

from pressfacts.ingest.datelines import parse_date_line
from pressfacts.ingest.errors import RejectedFile

# separators between a page's title and the site's name in <title>
_TITLE_SEPARATORS = re.compile(r"\s+[|–—:·•-]\s+")


@dataclass(frozen=True)
class Page:
    title: str
    published: date
    body: str
    url: str | None


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f"//meta[@{attr}=$n]/@content", n=name)
            if found and found[0].strip():
                return " ".join(found[0].split())
    return None


def _less_site(title: str, site: str | None) -> str | None:
    """`title` without the site's name before or after a separator, or None
    when the site's name is not there."""
    if not site:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1 and parts[-1].casefold() == site.casefold():
        return title[: title.rfind(parts[-1])].rstrip(" |–—:·•-")
    if len(parts) > 1 and parts[0].casefold() == site.casefold():
        return title[len(parts[0]) :].lstrip(" |–—:·•-")
    return None


def _title(tree) -> str | None:
    """og:title, else the h1, else <title>; less the site's name. Only the
    <title> loses its last part when the site's name is not known."""
    site = _meta(tree, "og:site_name", "application-name")
    title = _meta(tree, "og:title", "twitter:title")
    if not title:
        h1 = tree.xpath("//h1")
        title = " ".join(h1[0].text_content().split()) if h1 else None
    if title:
        return _less_site(title, site) or title
    heads = tree.xpath("//title")
    title = " ".join(heads[0].text_content().split()) if heads else None
    if not title:
        return None
    stripped = _less_site(title, site)
    if stripped:
        return stripped
    parts = list(_TITLE_SEPARATORS.finditer(title))
    return title[: parts[-1].start()] if parts else title


def _canonical(tree) -> str | None:
    found = tree.xpath("//link[@rel='canonical']/@href")
    return found[0].strip() if found and found[0].strip() else _meta(tree, "og:url")


def _metadata_only(tree) -> str:
    """The page's head and JSON-LD: htmldate reads only what the page states
    as metadata, never a date it would guess from the visible text."""
    head = tree.find("head")
    parts = [etree.tostring(head, encoding="unicode")] if head is not None else []
    parts += [
        etree.tostring(script, encoding="unicode")
        for script in tree.xpath("//body//script[@type='application/ld+json']")
    ]
    return f"<html>{''.join(parts)}<body></body></html>"


def _date(tree, date_order: str | None, today: date | None) -> date:
    found = htmldate.find_date(
        _metadata_only(tree), extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
    )
    if found:
        return parse_date_line(found, date_order=date_order, today=today)
    # <time datetime="..."> in the article, then a visible date line
    for value in tree.xpath("//article//time/@datetime | //main//time/@datetime"):
        if value.strip():
            return parse_date_line(value, date_order=date_order, today=today)
    for element in tree.xpath(
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' date ')]"
        " | //*[contains(@class, 'published')] | //time"
    ):
        text = " ".join(element.text_content().split())
        if text:
            return parse_date_line(text, date_order=date_order, today=today)
    raise RejectedFile(
        "no publication date in the page's metadata or a visible date line",
        "save the page with its date, or give it as a text release",
    )


def _body(html: str, title: str) -> str:
    text = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
    )
    paragraphs = [" ".join(p.split()) for p in (text or "").split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the title heading is the title, not the body
    return "\n\n".join(paragraphs)


_MARKUP = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|span|a|strong|em|b|i|table)\b", re.I)
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre")


def fragment_text(text: str) -> str:
    """An export's body as text: HTML markup (a feed's `content`) becomes
    paragraphs separated by a blank line; plain text is returned as it is."""
    if not _MARKUP.search(text):
        return text
    root = lxml.html.fragment_fromstring(text, create_parent="div")
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    paragraphs = []
    for element in root.iter(*_BLOCKS):
        if any(child.tag in _BLOCKS for child in element.iterdescendants()):
            continue  # its block children are paragraphs of their own
        lines = (" ".join(line.split()) for line in element.text_content().split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs) if paragraphs else " ".join(root.text_content().split())


def read_page(html: str, *, date_order: str | None = None, today: date | None = None) -> Page:
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        raise RejectedFile("not an HTML page", "save the page as HTML") from None
    title = _title(tree)
    if not title:
        raise RejectedFile("the page has no title", "save the page with its title")
    published = _date(tree, date_order, today)
    body = _body(html, title)
    if not body:
        raise RejectedFile(
            "no article body found in the page",
            "save the article's own page, not an index or a page that loads it by script",
        )
    return Page(title=title, published=published, body=body, url=_canonical(tree))
