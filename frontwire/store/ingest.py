"""Batch ingest: paths -> records -> store, surviving bad files and resuming after a kill.

Sources already in the store are dropped before the NLP model sees them, so a re-run after an
interruption only pays for what is missing. Every article commits on its own.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from frontwire.errors import BadDocument
from frontwire.ingest import read_documents
from frontwire.ingest.article import NotEnglish
from frontwire.ingest.files import FileFilter, iter_files
from frontwire.models import Article
from frontwire.run import articles_from, records_from
from frontwire.store.db import StoreError
from frontwire.store.store import Store
from frontwire.store.write import source_key


@dataclass
class Summary:
    stored: int = 0
    duplicates: int = 0  # exact or near copies: a source added to a stored article
    skipped: int = 0  # sources stored by an earlier run
    failed: int = 0
    article_ids: list[int] = field(default_factory=list)
    not_english: Counter = field(default_factory=Counter)  # language -> documents (counted in failed too)
    files: FileFilter = field(default_factory=FileFilter)  # what folder walking skipped, and why

    def line(self) -> str:
        text = f"stored {self.stored}, duplicates {self.duplicates}, failed {self.failed}"
        if self.not_english:
            languages = ", ".join(f"{lang} {n}" for lang, n in self.not_english.most_common())
            text += f" (not English: {languages})"
        text += f", already stored {self.skipped}" if self.skipped else ""
        skipped_files = self.files.summary()
        return text + (f"; files skipped: {skipped_files}" if skipped_files else "")


Report = Callable[[str], None]


def _skip_known(items: Iterable[Article | BadDocument], known: set[str], summary: Summary,
                seen: Callable[[str], None]) -> Iterator[Article | BadDocument]:
    for item in items:
        if isinstance(item, Article) and item.source != "<stdin>" and source_key(item.source) in known:
            summary.skipped += 1
            seen(item.source)
            continue
        yield item


def _inputs(paths: list[str], store: Store, chosen: FileFilter) -> list[str]:
    """The files to read, without the store's own SQLite files (`ingest . --db ./news.db`)."""
    own: set[str] = set()
    if store.db.path is not None:
        own = {str(store.db.path) + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    out = []
    for item in iter_files(paths, chosen):
        if item != "-" and str(Path(item).resolve()) in own:
            continue
        out.append(str(item))
    return out


def ingest(
    store: Store,
    paths: list[str],
    published: dt.date | None = None,
    report: Report = lambda line: None,
    progress: Callable[[int, int | None], None] = lambda done, total: None,
    batch_size: int = 16,
    pipeline=None,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
) -> Summary:
    """Store every article under `paths`; `report` gets one line per failure.
    `include`/`exclude` are globs choosing the files read from folders."""
    from frontwire.pipeline import Pipeline

    summary = Summary(files=FileFilter(tuple(include), tuple(exclude)))
    inputs = _inputs(paths, store, summary.files)
    total = None if "-" in inputs else len(inputs)
    files: set[str] = set()

    def seen(source: str) -> None:
        # Progress counts input files; containers (JSON Lines, feeds, WARC) hold many records.
        files.add(source.split("#", 1)[0])
        progress(len(files), total)

    pipeline = pipeline or Pipeline()
    articles = _skip_known(articles_from(read_documents(inputs), published), store.known_sources(), summary, seen)
    for result in records_from(articles, pipeline, batch_size=batch_size):
        if isinstance(result, BadDocument):
            summary.failed += 1
            if isinstance(result, NotEnglish):
                summary.not_english[result.language] += 1
            report(str(result))
            store.add_failure(result.source, result.problem)
            seen(result.source)
            continue
        try:
            added = store.put(result)
        except StoreError as exc:
            # One record the database refuses (too big, bad value) must not sink the batch.
            summary.failed += 1
            report(f"{result.article.source}: {exc}")
            store.add_failure(result.article.source, str(exc))
        else:
            if added.status == "stored":
                summary.stored += 1
                summary.article_ids.append(added.article_id)
            else:
                summary.duplicates += 1
        seen(result.article.source)
    return summary
