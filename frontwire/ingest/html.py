"""HTML pages: trafilatura finds the article and its metadata.

trafilatura parses with lxml, which silently drops everything nested deeper than 256
elements and gives up on some broken pages. When it finds nothing, a plain tag stripper
(the standard library's tolerant, depth-free HTMLParser) recovers the visible text, minus
the parts of a page that are chrome by definition (nav, header, footer, aside, scripts);
the boilerplate classifier then treats that text like any plain-text scrape.
"""
from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

from frontwire.errors import BadDocument

SKIPPED = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
           "svg", "iframe", "button", "select", "head"}
BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
          "section", "article", "main", "blockquote", "pre", "figure", "figcaption", "dd", "dt", "hr"}
VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
SHORT_WORDS = 40  # below this, trafilatura may have missed the article: try the tag stripper too
PRECISE_SHORT_WORDS = 100  # a precision-mode text this short may be a teaser: compare the default mode
PRECISE_SHARE = 0.4  # ... and take the default mode's text when the teaser is under this share of it
META_TITLE = ("og:title", "twitter:title", "title", "headline")
META_DATE = ("article:published_time", "datepublished", "date", "pubdate", "publishdate",
             "dc.date", "dc.date.issued", "og:published_time", "publication_date", "sailthru.date")
META_SITE = ("og:site_name", "application-name", "publisher", "dc.publisher")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] | None = None
        self.page_title = ""
        self.h1: str | None = None
        self.h1_parts: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            values = {k.lower(): (v or "") for k, v in attrs if k}
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content") and key not in self.meta:
                self.meta[key] = values["content"]
            return
        if tag == "title" and self.title_parts is None:
            self.title_parts = []
        if tag == "h1" and self.h1 is None and self.h1_parts is None:
            self.h1_parts = []
        if tag in SKIPPED and tag not in VOID and tag != "head":
            self.skip_depth += 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title" and self.title_parts is not None and not self.page_title:
            self.page_title = " ".join("".join(self.title_parts).split())
        if tag == "h1" and self.h1_parts is not None and self.h1 is None:
            self.h1 = " ".join("".join(self.h1_parts).split())
        if tag in SKIPPED and tag != "head" and self.skip_depth:
            self.skip_depth -= 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.title_parts is not None and not self.page_title:
            self.title_parts.append(data)  # the <title> is metadata, not page text
            return
        if self.h1_parts is not None and self.h1 is None:
            self.h1_parts.append(data)
        if not self.skip_depth:
            self.parts.append(data)


def strip_tags(html: str) -> dict:
    """Visible text (one block per line) and meta-tag metadata, without lxml's depth limit."""
    collector = _TextCollector()
    collector.feed(html)  # no close(): it would flush an unterminated tag as if it were text
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    meta = collector.meta
    title = next((meta[k] for k in META_TITLE if meta.get(k)), None) or collector.h1 or collector.page_title or None
    date = next((meta[k] for k in META_DATE if meta.get(k)), None)
    return {
        "text": "\n".join(line for line in lines if line),
        "title": " ".join(title.split()) if title else None,
        "publisher": next((meta[k] for k in META_SITE if meta.get(k)), None),
        "published": _day(date),
    }


def _day(value) -> dt.date | None:
    if not value:
        return None
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value))
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _from_trafilatura(data: dict, fallback: bool) -> dict:
    return {
        "text": data.get("text") or "",
        "title": data.get("title"),
        "publisher": data.get("sitename"),
        "published": _day(data.get("date")),
        "fallback": fallback,
    }


def _trafilatura(html: str, url: str | None, precise: bool) -> dict | None:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            # Tables hold article text on many sites (layout tables), so they are kept.
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=precise,
        )
    except (Exception, RecursionError):  # trafilatura raises assorted parser errors on broken pages
        return None
    if result is None:
        return None
    return result if isinstance(result, dict) else result.as_dict()


def _words(data: dict | None) -> int:
    return len((data.get("text") or "").split()) if data else 0


def extract_html(html: str, source: str, url: str | None = None) -> dict:
    """Return {text, title, publisher, published, fallback} for an HTML page."""
    # Precision mode drops more chrome than body (boilerplate-html F1 0.935 against 0.923),
    # but on some page layouts it keeps only a teaser: when it finds a short text and the
    # default mode finds far more, the default mode's text is the article (0.941).
    data = _trafilatura(html, url, precise=True)
    if _words(data) < PRECISE_SHORT_WORDS:
        broad = _trafilatura(html, url, precise=False)
        if _words(broad) * PRECISE_SHARE > _words(data):
            data = broad
    found = (data.get("text") or "") if data else ""
    if len(found.split()) >= SHORT_WORDS:
        return _from_trafilatura(data, False)
    # Little or nothing found: the page may be deeper than lxml reads, or just short.
    try:
        page = strip_tags(html)
    except Exception:  # noqa: BLE001 - HTMLParser is tolerant; this is a last resort
        page = {"text": ""}
    if len(page["text"].split()) <= 2 * len(found.split()):
        if found.strip():
            return _from_trafilatura(data, False)
        raise BadDocument(source, "no article text found in the HTML page")
    if data:  # trafilatura read the metadata even if it missed the article body
        page["title"] = page["title"] or data.get("title")
        page["publisher"] = page["publisher"] or data.get("sitename")
        page["published"] = page["published"] or _day(data.get("date"))
    page["fallback"] = True
    return page
