"""Reading inputs into Documents: text, HTML, JSON Lines, RSS/Atom feeds, WARC, folders, stdin.

Each reader yields Documents, or BadDocument errors in their place, so a batch can report a
bad input and carry on with the rest.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Iterable, Iterator, Union

from frontwire.errors import BadDocument
from frontwire.ingest.decode import MAX_BYTES, decode
from frontwire.models import Document

Item = Union[Document, BadDocument]
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".feed"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
WARC_SUFFIXES = {".warc", ".gz", ".arc"}


def _looks_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in text[:5000].lower()


def _looks_feed(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf" in head) or head.startswith(("<rss", "<feed"))


def _parse_date(value) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        import dateparser

        parsed = dateparser.parse(str(value))
        return parsed.date() if parsed else None


def _text_document(text: str, source: str, **meta) -> Document:
    kind = "html" if _looks_html(text) else "text"
    return Document(source=source, content=text, kind=kind, **meta)


def read_jsonl(text: str, source: str) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadDocument(where, f"broken JSON line ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield BadDocument(where, "JSON line is not an object")
            continue
        body = record.get("html") or record.get("text") or record.get("content") or record.get("body")
        if not isinstance(body, str) or not body.strip():
            yield BadDocument(where, "JSON line has no 'text' or 'html' field")
            continue
        meta = dict(
            url=record.get("url"),
            title=record.get("title"),
            published=_parse_date(record.get("published") or record.get("date")),
            publisher=record.get("publisher") or record.get("source"),
        )
        doc = _text_document(body, where, **meta)
        if record.get("html"):
            doc.kind = "html"
        yield doc


def read_feed(text: str, source: str) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        yield BadDocument(source, f"unreadable feed ({type(feed.bozo_exception).__name__})")
        return
    publisher = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, 1):
        where = f"{source}#{number}"
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "")
        if not body.strip():
            yield BadDocument(where, "feed entry has no content or summary")
            continue
        published = None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
        kind = "html" if "<" in body and ">" in body else "text"
        yield Document(source=where, content=body, kind=kind, url=entry.get("link"),
                       title=entry.get("title"), published=published, publisher=publisher)


def read_warc(data: bytes, source: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), 1):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{url or number}"
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if ctype and "html" not in ctype and "text" not in ctype:
                continue
            try:
                payload = record.content_stream().read()
                text = decode(payload, where)
            except BadDocument as exc:
                yield exc
                continue
            published = _parse_date(record.rec_headers.get_header("WARC-Date"))
            yield Document(source=where, content=text, kind="html" if _looks_html(text) else "text",
                           url=url, published=published)
    except ArchiveLoadFailed as exc:
        yield BadDocument(source, f"unreadable WARC archive ({exc})")


def read_bytes(data: bytes, source: str, suffix: str = "") -> Iterator[Item]:
    """Dispatch one input's bytes to the reader its name or content calls for."""
    if data[:4] == b"WARC" or (data[:2] == b"\x1f\x8b" and suffix in WARC_SUFFIXES):
        yield from read_warc(data, source)
        return
    warning = None
    if len(data) > MAX_BYTES:
        warning = f"truncated to {MAX_BYTES} bytes (was {len(data)})"
        data = data[:MAX_BYTES]
    try:
        text = decode(data, source)
    except BadDocument as exc:
        yield exc
        return
    if suffix in JSONL_SUFFIXES or (text.lstrip().startswith("{") and suffix not in HTML_SUFFIXES):
        items = list(read_jsonl(text, source))
    elif suffix in FEED_SUFFIXES or _looks_feed(text):
        items = list(read_feed(text, source))
    elif suffix in HTML_SUFFIXES:
        items = [Document(source=source, content=text, kind="html")]
    else:
        items = [_text_document(text, source)]
    for item in items:
        if warning and isinstance(item, Document):
            item.warnings.append(warning)
        yield item


def iter_files(paths: Iterable[str]) -> Iterator[Path | str]:
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def read_documents(paths: Iterable[str]) -> Iterator[Item]:
    """Every Document in the given files, folders and '-' (stdin), or a BadDocument for each failure."""
    for path in iter_files(paths):
        if path == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>")
            continue
        source = str(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            yield BadDocument(source, "no such file")
            continue
        except IsADirectoryError:
            yield BadDocument(source, "is a directory")
            continue
        except OSError as exc:
            yield BadDocument(source, f"cannot read ({exc.strerror or exc})")
            continue
        yield from read_bytes(data, source, path.suffix.lower())
