"""The extraction pipeline: named components run in order over one parsed article.

Modelled on spaCy: each component is a small function registered by name that reads the
parsed article and fills one part of the record; the list of names is configuration.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Iterable, Iterator

from frontwire.models import Article, ArticleRecord

logger = logging.getLogger(__name__)

DEFAULT_COMPONENTS = ("entities", "places", "quotes", "events", "verification")
# The NLP model components extraction never reads; disabling them is free speed.
UNUSED_SPACY_PIPES = ()


@dataclass
class Context:
    """What components share while processing one article."""

    article: Article
    doc: Any  # spacy.tokens.Doc
    record: ArticleRecord
    scratch: dict[str, Any] = field(default_factory=dict)  # per-article data between components

    @cached_property
    def text(self) -> str:
        """The document's text, built once: spaCy rebuilds Doc.text from its tokens on every access."""
        return self.doc.text


Component = Callable[[Context], None]
COMPONENTS: dict[str, Component] = {}


def component(name: str) -> Callable[[Component], Component]:
    """Register an extraction component under `name`."""

    def register(fn: Component) -> Component:
        COMPONENTS[name] = fn
        return fn

    return register


def _load_components() -> None:
    # Importing the modules registers their components.
    from frontwire.extract import entities, events, places, quotes, verification  # noqa: F401


class Pipeline:
    def __init__(self, components: Iterable[str] = DEFAULT_COMPONENTS, model: str | None = None):
        from frontwire.nlp import load_model

        _load_components()
        self.names = tuple(components)
        unknown = [n for n in self.names if n not in COMPONENTS]
        if unknown:
            raise ValueError(f"unknown pipeline components: {', '.join(unknown)}; known: {', '.join(sorted(COMPONENTS))}")
        self.nlp = load_model(model)

    def _run(self, article: Article, doc) -> ArticleRecord:
        ctx = Context(article=article, doc=doc, record=ArticleRecord(article=article))
        for name in self.names:
            try:
                COMPONENTS[name](ctx)
            except Exception as exc:  # one component's bug must not lose the article or the batch
                logger.exception("component %r failed on %s", name, article.source)
                article.warnings.append(f"component {name!r} failed: {type(exc).__name__}: {exc}")
        return ctx.record

    def process(self, article: Article) -> ArticleRecord:
        return self._run(article, self.nlp(article.text))

    def pipe(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[ArticleRecord]:
        """Process many articles, batching the NLP model (much faster than one by one)."""
        stream = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
            yield self._run(article, doc)
