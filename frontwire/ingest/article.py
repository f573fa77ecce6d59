"""Document -> Article: boilerplate removed, metadata read, language checked."""
from __future__ import annotations

import datetime as dt

from frontwire.errors import BadDocument
from frontwire.ingest.boilerplate import BoilerplateMemory, clean_text
from frontwire.ingest.html import extract_html
from frontwire.ingest.language import detect_language
from frontwire.ingest.metadata import find_date, find_publisher, find_title
from frontwire.models import Article, Document


class NotEnglish(BadDocument):
    """Reported and skipped: frontwire reads English news."""


def to_article(
    document: Document,
    published: dt.date | None = None,
    memory: BoilerplateMemory | None = None,
) -> Article:
    """Clean one document into an article. `published` overrides dates found in the document."""
    title, publisher, found_date = document.title, document.publisher, document.published
    if document.kind == "html":
        page = extract_html(document.content, document.source, document.url)
        cleaned = clean_text(page["text"], memory)  # trafilatura keeps some in-article chrome
        text = "\n\n".join(cleaned.body)
        title = title or page["title"]
        publisher = publisher or page["publisher"]
        found_date = found_date or page["published"]
    else:
        cleaned = clean_text(document.content, memory)
        text = "\n\n".join(cleaned.body)
        title = title or find_title(cleaned.before, cleaned.body)
        publisher = publisher or find_publisher(cleaned.before + cleaned.after + cleaned.dropped)
        found_date = found_date or find_date(cleaned.before)
    if title and cleaned.body and cleaned.body[0] == title:
        text = "\n\n".join(cleaned.body[1:])
    if not text.strip():
        raise BadDocument(document.source, "no article text left after removing boilerplate")
    language = detect_language(text)
    if language != "en":
        raise NotEnglish(document.source, f"language {language!r} is not English; skipped")
    return Article(
        source=document.source,
        text=text,
        title=title,
        published=published or found_date,
        publisher=publisher,
        url=document.url,
        language=language,
        warnings=list(document.warnings),
    )
