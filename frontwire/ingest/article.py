"""Document -> Article: boilerplate removed, metadata read, language checked."""
from __future__ import annotations

import datetime as dt

from frontwire.errors import BadDocument
from frontwire.ingest.boilerplate import BoilerplateMemory, clean_text
from frontwire.ingest.html import extract_html
from frontwire.ingest.language import detect_language
from frontwire.ingest.metadata import find_date, find_publisher, find_title
from frontwire.models import Article, Document

# The NLP stage parses the whole article at once: spaCy refuses texts over nlp.max_length
# (1,000,000 characters) and its time grows with length, so longer articles are truncated
# (with a warning in Article.warnings). The longest real news articles and daily reports
# are well under this; what exceeds it is a dump, a log or an attack.
MAX_ARTICLE_CHARS = 200_000
MAX_TITLE_CHARS = 500


class NotEnglish(BadDocument):
    """Reported and skipped: frontwire reads English news."""


def _truncate(text: str, limit: int) -> str:
    """text[:limit], ending at a paragraph or sentence break when there is one near the end."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    for mark in ("\n\n", ". ", "\n", " "):
        cut = head.rfind(mark)
        if cut > limit * 0.8:
            return head[: cut + (1 if mark == ". " else 0)].rstrip()
    return head


def _clean_title(title) -> str | None:
    if not isinstance(title, str):
        return None
    title = " ".join(title.split())
    return _truncate(title, MAX_TITLE_CHARS) or None


def to_article(
    document: Document,
    published: dt.date | None = None,
    memory: BoilerplateMemory | None = None,
) -> Article:
    """Clean one document into an article. `published` overrides dates found in the document."""
    title, publisher, found_date = document.title, document.publisher, document.published
    warnings = list(document.warnings)
    if document.kind == "html":
        page = extract_html(document.content, document.source, document.url)
        if page.get("fallback"):
            warnings.append("article text read by stripping tags (the HTML parser found none)")
        cleaned = clean_text(page["text"], memory)  # trafilatura keeps some in-article chrome
        title = title or page["title"]
        publisher = publisher or page["publisher"]
        found_date = found_date or page["published"]
        if page.get("fallback"):
            title = title or find_title(cleaned.before, cleaned.body)
    else:
        cleaned = clean_text(document.content, memory)
        title = title or find_title(cleaned.before, cleaned.body)
        publisher = publisher or find_publisher(cleaned.before + cleaned.after + cleaned.dropped)
        found_date = found_date or find_date(cleaned.before)
    title = _clean_title(title)
    body = cleaned.body
    if title and body and " ".join(body[0].split()) == title:
        body = body[1:]
    text = "\n\n".join(body)
    if not text.strip():
        raise BadDocument(document.source, "no article text left after removing boilerplate")
    if len(text) > MAX_ARTICLE_CHARS:
        warnings.append(f"article text truncated to {MAX_ARTICLE_CHARS} characters (was {len(text)})")
        text = _truncate(text, MAX_ARTICLE_CHARS)
    language = detect_language(text)
    if language != "en":
        raise NotEnglish(document.source, f"language {language!r} is not English; skipped")
    return Article(
        source=document.source,
        text=text,
        title=title,
        published=published or found_date,
        publisher=_clean_title(publisher),
        url=document.url,
        language=language,
        warnings=warnings,
    )
