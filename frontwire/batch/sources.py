"""Inputs -> Documents, streaming: JSON Lines line by line, every other file whole.

frontwire.ingest.read_documents decodes a whole JSON Lines file before its first record;
a backfill's JSONL can be gigabytes, so here each line is handed to frontwire's own
read_jsonl on its own. Both engines use these functions, so a record's `source` is the
same whichever engine read it: "PATH#LINE" as `frontwire extract` names it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Union

from frontwire.errors import BadDocument
from frontwire.ingest.readers import JSONL_SUFFIXES, iter_files, read_bytes, read_jsonl
from frontwire.models import Document

Item = Union[Document, BadDocument]


def is_jsonl(path: str | Path) -> bool:
    return Path(path).suffix.lower() in JSONL_SUFFIXES


def list_inputs(paths: Iterable[str]) -> list[str]:
    """The input files, in the order `frontwire extract` reads them ('-' is not allowed)."""
    files = []
    for path in iter_files(paths):
        if path == "-":
            raise BadDocument("-", "batch jobs read files and folders, not stdin")
        files.append(str(path))
    return files


def documents_from_line(line: str, where: str) -> list[Item]:
    """One JSON Lines record, named `where` ("PATH#LINE")."""
    line = line.lstrip("\ufeff")  # a BOM on the first line is not part of the JSON
    if not line.strip():
        return []
    out: list[Item] = []
    for item in read_jsonl(line, where):
        if isinstance(item, BadDocument):
            out.append(BadDocument(where, item.problem))
        else:
            item.source = where
            out.append(item)
    return out


def documents_from_bytes(data: bytes, source: str) -> Iterator[Item]:
    """A whole file (text, HTML, feed, WARC); a reader that breaks costs only this file."""
    try:
        yield from list(read_bytes(data, source, Path(source).suffix.lower()))
    except Exception as exc:  # noqa: BLE001 - one odd file must not end a backfill
        yield BadDocument(source, f"unreadable ({type(exc).__name__}: {exc})")


def iter_jsonl_lines(path: str) -> Iterator[tuple[str, str]]:
    """(where, line) for each line of a JSON Lines file, without reading it whole."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            # Spark's text reader also replaces undecodable bytes; both engines agree.
            yield f"{path}#{number}", raw.decode("utf-8", errors="replace").rstrip("\r\n")


def read_file(path: str) -> Iterator[Item]:
    if is_jsonl(path):
        try:
            for where, line in iter_jsonl_lines(path):
                yield from documents_from_line(line, where)
        except OSError as exc:
            yield BadDocument(path, f"cannot read ({exc.strerror or exc})")
        return
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        yield BadDocument(path, f"cannot read ({exc.strerror or exc})")
        return
    yield from documents_from_bytes(data, path)


def iter_documents(paths: Iterable[str]) -> Iterator[Item]:
    for path in list_inputs(paths):
        yield from read_file(path)
