"""The extraction pipeline: named components run in order over one parsed article.

Modelled on spaCy: each component is a small function registered by name that reads the
parsed article and fills one part of the record; the list of names is configuration.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator

# Context and component live with the components (frontwire.extract.component); they are
# re-exported here for code written against the older layout.
from frontwire.extract.component import COMPONENTS, Context, PipelineError, check_order, component  # noqa: F401
from frontwire.models import Article, ArticleRecord

logger = logging.getLogger(__name__)

DEFAULT_COMPONENTS = ("entities", "places", "quotes", "events", "verification")
# The NLP model components extraction never reads; disabling them is free speed.
UNUSED_SPACY_PIPES = ()


def _load_components() -> None:
    # Importing the modules registers their components.
    from frontwire.extract import entities, events, places, quotes, verification  # noqa: F401


class Pipeline:
    def __init__(self, components: Iterable[str] = DEFAULT_COMPONENTS, model: str | None = None):
        from frontwire.extract.triggers import (headline_verb_forms, headline_verb_particles, hyphenated_trigger_forms,
                                                intransitive_trigger_verbs, patientless_trigger_verbs)
        from frontwire.nlp import headlines, load_model
        from frontwire.nlp.model import keep_words_whole

        _load_components()
        self.names = tuple(components)
        self.components = check_order(self.names)
        self.nlp = load_model(model)
        # the event lexicon's hyphenated words ("sit-in", "lathi-charge") must reach it whole
        keep_words_whole(self.nlp, hyphenated_trigger_forms())
        # a headline's verb the model read as a noun is one of the lexicon's
        headlines.install(self.nlp, headline_verb_forms(), intransitive_trigger_verbs(), patientless_trigger_verbs(),
                          headline_verb_particles())

    def _run(self, article: Article, doc) -> ArticleRecord:
        ctx = Context(article=article, doc=doc, record=ArticleRecord(article=article))
        for spec in self.components:
            name = spec.name
            try:
                spec.fn(ctx)
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
