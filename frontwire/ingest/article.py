"""Document -> Article: boilerplate removed, metadata read, language checked."""
from __future__ import annotations

import datetime as dt
import re

from frontwire.errors import BadDocument
from frontwire.ingest.boilerplate import BoilerplateMemory, CleanText, clean_text, filter_extracted
from frontwire.ingest.cues import SENTENCE_END
from frontwire.ingest.html import extract_html
from frontwire.ingest.language import UNDETERMINED, detect_language
from frontwire.ingest.metadata import DATE_LINE, find_date, find_publisher, find_title, is_byline
from frontwire.models import Article, Document

# The NLP stage parses the whole article at once: spaCy refuses texts over nlp.max_length
# (1,000,000 characters) and its time grows with length, so longer articles are truncated
# (with a warning in Article.warnings). The longest real news articles and daily reports
# are well under this; what exceeds it is a dump, a log or an attack.
MAX_ARTICLE_CHARS = 200_000
MAX_TITLE_CHARS = 500


class NotEnglish(BadDocument):
    """Reported and skipped: frontwire reads English news. The language goes into the failure."""

    def __init__(self, source: str, language: str):
        super().__init__(source, f"language {language!r} is not English; skipped")
        self.language = language

    def __reduce__(self):  # picklable for the batch engines' worker processes
        return (NotEnglish, (self.source, self.language))


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


# A kept text may open with the page's header: headline, date line, byline. Those lines give the
# title and date; prose (a line that ends a sentence) ends the header.
HEADER_LINES = 3
HEADER_WORDS = 30


def _leading_header(body: list[str]) -> list[str]:
    header = []
    for line in body[: min(HEADER_LINES, len(body) - 1)]:
        if len(line.split()) > HEADER_WORDS or SENTENCE_END.search(line.strip()):
            break
        header.append(line)
    return header


def _clean_title(title) -> str | None:
    if not isinstance(title, str):
        return None
    title = " ".join(title.split())
    return _truncate(title, MAX_TITLE_CHARS) or None


def _continues(line: str, title: str, next_line: str) -> bool:
    """The line found as the title is the story's hard-wrapped first line ("... US President-elect Donald Trump
    has" / "said, hours after the 90-year-old's death was announced."): the next line goes on with its sentence in
    lower case, which no headline's next line (a deck, a byline, a dateline, the story's first sentence) does."""
    next_line = next_line.lstrip()
    return (" ".join(line.split()) == title and line.lstrip()[:1].isalnum() and CONTINUED_SENTENCE.match(next_line)
            is not None and not is_byline(next_line))


# The rest of a sentence wrapped onto the next line opens with a word in lower case and a space or a comma ("said,
# hours after", "mobile devices, asking"); a byline in lower case ("by John on July 7, 2012"), a file name
# ("sc4_pub_logo.jpgWow") or a photo's name ("christie-whoa.JPG Gov. Chris Christie ...") is no such rest, and a
# list item ("* KentuckySpace is a non-profit ...") no story's first line.
CONTINUED_SENTENCE = re.compile(r"[a-z]+[ ,]")


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
        title = title or page["title"]
        publisher = publisher or page["publisher"]
        found_date = found_date or page["published"]
        if page.get("fallback"):
            # trafilatura found no article: the tag stripper's text is judged block by block.
            warnings.append("article text read by stripping tags (the HTML parser found none)")
            cleaned = clean_text(page["text"], memory)
            title = title or find_title(cleaned.before, cleaned.body)
        else:
            # trafilatura's body without what is chrome by its own marks (comment thread, photo credits,
            # link lists): a second classifier over it would only lose article text.
            cleaned = CleanText(body=filter_extracted(page["text"].split("\n")), before=[], after=[], dropped=[])
    else:
        cleaned = clean_text(document.content, memory)
        header = _leading_header(cleaned.body)
        title = title or find_title(cleaned.before + header, cleaned.body[len(header):])
        publisher = publisher or find_publisher(cleaned.before + cleaned.after + cleaned.dropped)
        # the time stamp may sit under the headline, or open the kept text
        found_date = found_date or find_date(cleaned.before + cleaned.dropped + header)
        cleaned.body = [line for line in header if not DATE_LINE.match(line.strip())] + cleaned.body[len(header):]
        if title and cleaned.before and cleaned.body and _continues(cleaned.before[-1], title, cleaned.body[0]):
            cleaned.body = [cleaned.before[-1], *cleaned.body]
            title = None
    if cleaned.doubtful and cleaned.body:
        warnings.append("doubtful article: no part of the text reads like an article; its longest paragraph was kept")
    title = _clean_title(title)
    body = cleaned.body
    if title and len(body) > 1 and " ".join(body[0].split()) == title:
        if _continues(body[0], title, body[1]):
            title = None
        else:
            body = body[1:]
    text = "\n\n".join(body)
    if not text.strip():
        raise BadDocument(document.source, "no article text left after removing boilerplate")
    if len(text) > MAX_ARTICLE_CHARS:
        warnings.append(f"article text truncated to {MAX_ARTICLE_CHARS} characters (was {len(text)})")
        text = _truncate(text, MAX_ARTICLE_CHARS)
    language = detect_language(text)
    if language == UNDETERMINED:
        warnings.append("too little text to tell its language; read as English")
        language = "en"
    elif language != "en":
        raise NotEnglish(document.source, language)
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


_WARM_UP_PROSE = ("Negotiators from both sides met in Doha on Tuesday to resume talks on a ceasefire, officials said. "
                  "The talks were expected to last several days, according to two diplomats briefed on the plans.")
WARM_UP_DOCUMENTS = (
    Document(source="<warm-up>", kind="text",
             content=f"Talks resume in Doha\n\nPublished: 12 August 2025, 14:05 GMT\n\n{_WARM_UP_PROSE}\n\n{_WARM_UP_PROSE}"),
    Document(source="<warm-up>", kind="html",
             content=f"<html><head><title>Talks resume in Doha</title></head><body><article><h1>Talks resume in Doha</h1>"
                     f"<time datetime='2025-08-12'>12 August 2025</time><p>{_WARM_UP_PROSE}</p><p>{_WARM_UP_PROSE}</p>"
                     f"</article></body></html>"),
)


def warm_up() -> None:
    """Clean a text scrape with a date stamp and a page: the first use of trafilatura and dateparser
    imports them and compiles their patterns (about half a second of CPU), which a parallel job's
    first documents would otherwise pay while the workers wait for them."""
    for document in WARM_UP_DOCUMENTS:
        to_article(document)

