"""HTML pages: trafilatura finds the article and its metadata."""
from __future__ import annotations

import datetime as dt

from frontwire.errors import BadDocument


def extract_html(html: str, source: str, url: str | None = None) -> dict:
    """Return {text, title, publisher, published} for an HTML page."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True,
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken pages
        raise BadDocument(source, f"unreadable HTML ({type(exc).__name__})") from None
    if result is None:
        raise BadDocument(source, "no article text found in the HTML page")
    data = result if isinstance(result, dict) else result.as_dict()
    published = None
    if data.get("date"):
        try:
            published = dt.date.fromisoformat(str(data["date"])[:10])
        except ValueError:
            published = None
    return {
        "text": data.get("text") or "",
        "title": data.get("title"),
        "publisher": data.get("sitename"),
        "published": published,
    }
