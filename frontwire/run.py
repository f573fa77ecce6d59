"""The main job, shared by the CLI, the store and the batch engines: paths -> records.

Documents are cleaned one by one and parsed by the NLP model in batches; a bad document
becomes a BadDocument in the output stream, in its place, and the stream goes on.
"""
from __future__ import annotations

import datetime as dt
from itertools import islice
from typing import Iterable, Iterator, Union

from frontwire.errors import BadDocument
from frontwire.ingest import BoilerplateMemory, read_documents, to_article
from frontwire.models import Article, ArticleRecord, Document
from frontwire.pipeline import Pipeline

Result = Union[ArticleRecord, BadDocument]


def articles_from(
    items: Iterable[Document | BadDocument], published: dt.date | None = None
) -> Iterator[Article | BadDocument]:
    memory = BoilerplateMemory()
    for item in items:
        if isinstance(item, BadDocument):
            yield item
            continue
        try:
            yield to_article(item, published=published, memory=memory)
        except BadDocument as exc:
            yield exc


def records_from(
    items: Iterable[Article | BadDocument], pipeline: Pipeline, batch_size: int = 16
) -> Iterator[Result]:
    stream = iter(items)
    while chunk := list(islice(stream, batch_size)):
        articles = [a for a in chunk if isinstance(a, Article)]
        records = iter(pipeline.pipe(articles, batch_size=batch_size)) if articles else iter(())
        for item in chunk:
            yield item if isinstance(item, BadDocument) else next(records)


def extract_paths(
    paths: Iterable[str], published: dt.date | None = None, pipeline: Pipeline | None = None
) -> Iterator[Result]:
    pipeline = pipeline or Pipeline()
    yield from records_from(articles_from(read_documents(paths), published), pipeline)
