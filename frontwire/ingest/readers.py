"""Reading inputs into Documents: text, HTML, JSON Lines, RSS/Atom feeds, WARC, folders, stdin.

Each reader yields Documents, or BadDocument errors in their place, so a batch can report a
bad input and carry on with the rest.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zlib
from pathlib import Path
from typing import Callable, Iterable, Iterator, Union

from frontwire.errors import BadDocument
from frontwire.ingest.decode import MAX_BYTES, decode
from frontwire.ingest.files import FileFilter, iter_files, printable_name
from frontwire.ingest.gunzip import DecompressionLimit, gunzip_stream
from frontwire.models import Document

Item = Union[Document, BadDocument]
NAMED_TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".feed"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
GZIP_MAGIC = b"\x1f\x8b"
# A container (JSON Lines, feed) holds many documents and may be larger than one; each
# record is then capped at MAX_BYTES characters.
MAX_CONTAINER_BYTES = 200_000_000
MAX_STDIN_BYTES = MAX_CONTAINER_BYTES
MAX_META_CHARS = 1000  # titles, publishers, urls


def _looks_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in text[:5000].lower()


def _looks_feed(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf" in head) or head.startswith(("<rss", "<feed"))


def _parse_date(value) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) > 100:
        return None  # numbers, lists, objects, essays: not a date we can trust
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    try:
        import dateparser

        parsed = dateparser.parse(value)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd strings
        return None
    return parsed.date() if parsed else None


def _string(value) -> str | None:
    """A metadata field as one clean line, or None: JSON may hold numbers, lists or objects."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")  # {"source": {"id": .., "name": ..}}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())[:MAX_META_CHARS]
    return value or None


def _cap(doc: Document) -> Document:
    """Truncate an over-long record inside a container, as read_bytes does for whole files."""
    if len(doc.content) > MAX_BYTES:
        doc.warnings.append(f"truncated to {MAX_BYTES} characters (was {len(doc.content)})")
        doc.content = doc.content[:MAX_BYTES]
    return doc


def _cut(data: bytes, limit: int) -> bytes:
    """data[:limit], backed off so that no UTF-8 (or UTF-16) character is cut in half."""
    if len(data) <= limit:
        return data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data[: limit - limit % 2]
    end = limit
    back = 0
    while back < 3 and end > 0 and 0x80 <= data[end] < 0xC0:  # data[end] continues a character
        end -= 1
        back += 1
    return data[:end] if back and data[end] >= 0xC0 else data[:limit]


def _text_document(text: str, source: str, **meta) -> Document:
    kind = "html" if _looks_html(text) else "text"
    return Document(source=source, content=text, kind=kind, **meta)


def _whole_json(text: str):
    """A .json file holding one object or an array of objects, rather than JSON Lines."""
    head = text.lstrip()[:1]
    if head not in ("{", "[") or "\n" not in text.strip():
        return None
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return None
    return [value] if isinstance(value, dict) else value if isinstance(value, list) else None


def read_jsonl(text: str, source: str) -> Iterator[Item]:
    whole = _whole_json(text)
    if whole is not None:
        lines = [(n, json.dumps(v)) for n, v in enumerate(whole, 1)]
    else:
        lines = list(enumerate(text.splitlines(), 1))
    for number, line in lines:
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadDocument(where, f"broken JSON line ({exc.msg})")
            continue
        except RecursionError:
            yield BadDocument(where, "JSON line nested too deeply")
            continue
        if not isinstance(record, dict):
            yield BadDocument(where, "JSON line is not an object")
            continue
        fields = [record.get(k) for k in ("html", "text", "content", "body")]
        body = next((f for f in fields if isinstance(f, str) and f.strip()), None)
        if body is None:
            yield BadDocument(where, "JSON line has no 'text' or 'html' field")
            continue
        meta = dict(
            url=_string(record.get("url")),
            title=_string(record.get("title")),
            published=_parse_date(record.get("published") or record.get("date")),
            publisher=_string(record.get("publisher") or record.get("source")),
        )
        doc = _text_document(body, where, **meta)
        if body is record.get("html"):
            doc.kind = "html"
        yield _cap(doc)


def read_feed(text: str, source: str) -> Iterator[Item]:
    import feedparser

    try:
        feed = feedparser.parse(text)
    except Exception as exc:  # noqa: BLE001 - feedparser is tolerant, but not on everything
        yield BadDocument(source, f"unreadable feed ({type(exc).__name__})")
        return
    if feed.bozo and not feed.entries:
        yield BadDocument(source, f"unreadable feed ({type(feed.get('bozo_exception')).__name__})")
        return
    if not feed.entries:
        yield BadDocument(source, "feed has no entries")
        return
    publisher = _string(feed.feed.get("title"))
    for number, entry in enumerate(feed.entries, 1):
        where = f"{source}#{number}"
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "") or ""
        body = body or entry.get("summary", "") or ""
        if not body.strip():
            yield BadDocument(where, "feed entry has no content or summary")
            continue
        published = None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            try:
                published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
            except (ValueError, TypeError, AttributeError):
                published = None
        kind = "html" if re.search(r"<[a-zA-Z/!]", body) else "text"
        yield _cap(Document(source=where, content=body, kind=kind, url=_string(entry.get("link")),
                            title=_string(entry.get("title")), published=published, publisher=publisher))


def read_gzip(raw, source: str, inner_suffix: str) -> Iterator[Item]:
    """A gzip file: a WARC archive is streamed record by record; anything else is read as the
    file it holds (`news.jsonl.gz` as JSON Lines), up to the container limit. Decompression is
    bounded (ratio and absolute size): a bomb is one line, not the machine's memory."""
    stream = gunzip_stream(raw)
    try:
        head = stream.peek(8)[:8]
        if head[:4] == b"WARC":
            yield from _read_warc_stream(stream, source, lambda: stream.raw.truncated)
            return
        data = stream.read(MAX_CONTAINER_BYTES + 1)
    except DecompressionLimit as exc:
        yield BadDocument(source, f"gzip file refused: {exc}")
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield BadDocument(source, f"unreadable gzip file ({_reason(exc)})")
        return
    if head[:2] == GZIP_MAGIC:
        yield BadDocument(source, "gzip inside gzip; not read")
        return
    if stream.raw.truncated:
        yield BadDocument(source, "gzip file refused: it ends inside its compressed data (cut short)")
        return
    yield from read_bytes(data, source, inner_suffix)


def read_warc(data: bytes, source: str) -> Iterator[Item]:
    yield from _read_warc_stream(io.BytesIO(data), source)


def _read_warc_stream(stream, source: str, truncated: Callable[[], bool] = lambda: False) -> Iterator[Item]:
    """The HTML and text responses of a WARC archive (each capped at MAX_BYTES).

    WARC-Date is when the page was crawled, not published, so it is not used as the date;
    the page's own metadata gives that.
    """
    from warcio.archiveiterator import ArchiveIterator

    number = found = 0
    cut_reported = False
    try:
        for number, record in enumerate(ArchiveIterator(stream), 1):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{url or number}"
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if ctype and "html" not in ctype and "text" not in ctype:
                continue
            try:
                payload = record.content_stream().read(MAX_BYTES + 1)
                warning = None
                if len(payload) > MAX_BYTES:
                    payload = _cut(payload, MAX_BYTES)
                    warning = f"truncated to {MAX_BYTES} bytes"
                else:
                    _check_whole(record)
                text = decode(payload, where)
            except BadDocument as exc:
                found += 1
                yield exc
                continue
            except TruncatedRecord as exc:
                found += 1
                cut_reported = True
                yield BadDocument(where, f"truncated WARC record refused ({exc}); the archive is cut short")
                continue
            except DecompressionLimit:
                raise  # the archive's problem, not this record's: reported once below
            except Exception as exc:  # noqa: BLE001 - a damaged record (bad gzip, chunking) costs only itself
                found += 1
                yield BadDocument(where, f"unreadable WARC record ({type(exc).__name__})")
                continue
            doc = Document(source=where, content=text, kind="html" if _looks_html(text) else "text", url=url)
            if warning:
                doc.warnings.append(warning)
            found += 1
            yield doc
    except DecompressionLimit as exc:
        where = source if number <= 1 else f"{source} (after record {number})"
        yield BadDocument(where, f"gzip archive refused: {exc}")
        return
    except Exception as exc:  # noqa: BLE001 - ArchiveLoadFailed, zlib.error, ValueError...
        where = source if number <= 1 else f"{source} (after record {number})"
        yield BadDocument(where, f"unreadable WARC archive ({_reason(exc)})")
        return
    if truncated() and not cut_reported:
        yield BadDocument(source, f"WARC archive cut short inside its compressed data (after record {number}); "
                                  "the records before the cut were read")
    elif not found:
        yield BadDocument(source, "WARC archive has no readable HTML or text responses")


class TruncatedRecord(Exception):
    pass


def _check_whole(record) -> None:
    """Raise TruncatedRecord when the archive ended before the record's declared length."""
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:
        declared = record.rec_headers.get_header("Content-Length") or "?"
        raise TruncatedRecord(f"{missing} of its {declared} bytes are missing")


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _first_line_is_json_object(text: str) -> bool:
    line = text.lstrip().split("\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, RecursionError):
        return False


def _kind(text: str, suffix: str) -> str:
    """By extension and content together: a `.txt` that starts with "{" is still text."""
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix not in HTML_SUFFIXES | NAMED_TEXT_SUFFIXES and text.lstrip().startswith("{") \
            and (_first_line_is_json_object(text) or _whole_json(text) is not None):
        return "jsonl"
    if suffix in FEED_SUFFIXES or _looks_feed(text):
        return "feed"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text"


def read_bytes(data: bytes, source: str, suffix: str = "") -> Iterator[Item]:
    """Dispatch one input's bytes to the reader its name or content calls for.

    A single document larger than MAX_BYTES is truncated with a warning; a container (JSON
    Lines, feed) may be larger - up to MAX_CONTAINER_BYTES - and each of its records is capped.
    Every problem is a BadDocument in the stream, never an exception.
    """
    if data[:2] == GZIP_MAGIC:
        yield from read_gzip(io.BytesIO(data), source, suffix)
        return
    if data[:4] == b"WARC":
        yield from read_warc(data, source)
        return
    warning = None
    if suffix in JSONL_SUFFIXES and data.strip():
        # One binary or mis-encoded line must not cost the other records: JSON Lines are
        # UTF-8 by definition, and each line that does not parse is reported on its own.
        data = _cut(data, MAX_CONTAINER_BYTES)
        text = data.decode("utf-8-sig", errors="replace")
        if len(data) >= MAX_CONTAINER_BYTES:
            yield BadDocument(source, f"truncated to {MAX_CONTAINER_BYTES} bytes; later records skipped")
        yield from read_jsonl(text, source)
        return
    try:
        text = decode(_cut(data, MAX_BYTES), source)
        kind = _kind(text, suffix)
        if len(data) > MAX_BYTES:
            limit = MAX_CONTAINER_BYTES if kind in ("jsonl", "feed") else MAX_BYTES
            if len(data) > limit:
                warning = f"truncated to {limit} bytes (was {len(data)})"
            if kind in ("jsonl", "feed"):
                text = decode(_cut(data, limit), source)
    except BadDocument as exc:
        yield exc
        return
    except Exception as exc:  # noqa: BLE001 - a decoder bug must cost one document, not the batch
        yield BadDocument(source, f"cannot decode ({_reason(exc)})")
        return
    if kind == "jsonl":
        items = read_jsonl(text, source)
    elif kind == "feed":
        items = read_feed(text, source)
    elif kind == "html":
        items = iter([Document(source=source, content=text, kind="html")])
    else:
        items = iter([_text_document(text, source)])
    for item in items:
        if warning and isinstance(item, Document):
            item.warnings.append(warning)
        yield item


def read_documents(paths: Iterable[str], chosen: FileFilter | None = None) -> Iterator[Item]:
    """Every Document in the given files, folders and '-' (stdin), or a BadDocument for each failure.
    `chosen` filters the files found in folders (and counts what it skips)."""
    for path in iter_files(paths, chosen):
        if path == "-":
            yield from read_stdin()
            continue
        yield from _read_path(path)


def read_stdin(limit: int | None = None) -> Iterator[Item]:
    """Standard input, up to `limit` bytes (MAX_STDIN_BYTES): a pipe has no size to check first."""
    limit = MAX_STDIN_BYTES if limit is None else limit
    try:
        data = sys.stdin.buffer.read(limit)
        more = bool(sys.stdin.buffer.read(1))
        while more and sys.stdin.buffer.read(1 << 20):  # drain it, so the writer is not killed by SIGPIPE
            pass
    except (OSError, ValueError, AttributeError) as exc:
        yield BadDocument("<stdin>", f"cannot read ({exc})")
        return
    if more:
        yield BadDocument("<stdin>", f"larger than {limit} bytes: only the first {limit} are read")
    yield from read_bytes(data, "<stdin>")


def _read_path(path: Path) -> Iterator[Item]:
    source = printable_name(path)
    suffix = path.suffix.lower()
    try:
        if not path.exists():
            yield BadDocument(source, "no such file")
            return
        if path.is_dir():
            yield BadDocument(source, "is a directory")
            return
        if not path.is_file():
            yield BadDocument(source, "not a regular file")
            return
        with path.open("rb") as handle:
            head = handle.read(4)
            handle.seek(0)
            if head[:2] == GZIP_MAGIC:
                inner = Path(path.name[: -len(path.suffix)]).suffix.lower() if suffix == ".gz" else suffix
                yield from read_gzip(handle, source, inner)
                return
            if head == b"WARC":
                yield from _read_warc_stream(handle, source)  # archives are streamed, not loaded whole
                return
            data = handle.read(MAX_CONTAINER_BYTES + 1)
    except OSError as exc:
        yield BadDocument(source, f"cannot read ({exc.strerror or exc})")
        return
    yield from read_bytes(data, source, suffix)
