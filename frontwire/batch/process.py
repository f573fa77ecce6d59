"""Documents -> rows with frontwire's own functions, never raising on one bad document.

run.articles_from and Pipeline.pipe do the work; this module only adds what a long job
needs: an unexpected exception costs the one document that raised it, in its place.
"""
from __future__ import annotations

import datetime as dt
from itertools import islice
from typing import Iterable, Iterator, Union

from frontwire.batch.schema import Row, error_row, record_row
from frontwire.errors import BadDocument
from frontwire.models import Article, Document
from frontwire.pipeline import Pipeline
from frontwire.run import articles_from

Item = Union[Document, BadDocument]
Unit = Union[Article, Row]  # what a worker receives: articles to extract, rows passed through


def _problem(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:500]


def safe_articles(
    items: Iterable[Item], published: dt.date | None = None
) -> Iterator[Article | BadDocument]:
    """run.articles_from, restarted after a crash (its boilerplate memory then starts afresh)."""
    pending = iter(items)
    current: list[Item] = []

    def tracked() -> Iterator[Item]:
        for item in pending:
            current[:] = [item]
            yield item

    while True:
        try:
            for out in articles_from(tracked(), published):
                yield out
            return
        except Exception as exc:  # noqa: BLE001 - a cleaning bug must not end the job
            where = getattr(current[0], "source", "?") if current else "?"
            yield BadDocument(where, f"cleaning failed ({_problem(exc)})")


def units(
    items: Iterable[Item], published: dt.date | None = None
) -> Iterator[Unit]:
    """Cleaned articles, and error rows for documents that did not make it to an article."""
    for out in safe_articles(items, published):
        if isinstance(out, BadDocument):
            yield error_row(out.source, out.problem)
        else:
            yield out


def chunked(stream: Iterable[Unit], size: int) -> Iterator[list[Unit]]:
    stream = iter(stream)
    while chunk := list(islice(stream, size)):
        yield chunk


def _one(pipeline: Pipeline, article: Article) -> Row:
    try:
        return record_row(pipeline.process(article))
    except Exception as exc:  # noqa: BLE001
        return error_row(article.source, f"extraction failed ({_problem(exc)})")


def process_chunk(pipeline: Pipeline, chunk: list[Unit]) -> list[Row]:
    """Rows for a chunk, in order; the NLP model sees its articles as one batch."""
    articles = [u for u in chunk if isinstance(u, Article)]
    try:
        done = [record_row(r) for r in pipeline.pipe(articles, batch_size=max(1, len(articles)))]
    except Exception:  # noqa: BLE001 - find the article that failed, keep the rest
        done = [_one(pipeline, a) for a in articles]
    rows = iter(done)
    return [next(rows) if isinstance(u, Article) else u for u in chunk]


def rows_from(
    items: Iterable[Item], pipeline: Pipeline, batch_size: int = 16, published: dt.date | None = None
) -> Iterator[Row]:
    """The whole job in one process: documents -> rows, streaming."""
    for chunk in chunked(units(items, published), batch_size):
        yield from process_chunk(pipeline, chunk)
