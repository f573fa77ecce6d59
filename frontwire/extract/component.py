"""Extraction components: small functions registered by name that declare what they need and give.

Modelled on spaCy's `@Language.component(..., requires=..., assigns=...)`: a component reads the
parsed article and what earlier components left on the `Context`, fills its part of the record
and may leave something for later components. The pipeline checks the declarations when it is
built, so a pipeline of only `quotes` is an error that names the missing `entities` component,
not an empty result.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Iterable

from frontwire.errors import FrontwireError
from frontwire.models import Article, ArticleRecord
from frontwire.nlp.text import text_of

# What components may leave for later ones. A component that gives one of these declares it in
# `assigns`; one that reads it declares it in `requires`.
# The record's own parts (record.places, record.quotes, ...) are declared the same way.
SHARED = {
    "entities": "record.entities, and the entity index of canonical names and mentions (extract.entities)",
    "places": "record.places, and the place mention spans (start, end, Place) (extract.places)",
    "speakers": "the speaker resolver built while reading quotes (extract.quotes)",
    "quotes": "record.quotes (extract.quotes)",
    "events": "record.events and record.secondary_events (extract.events)",
}


class PipelineError(FrontwireError):
    """A pipeline that cannot work as configured (unknown component, missing dependency)."""


class Shared(dict):
    """What components leave for later ones, keyed by the names in SHARED.

    Reading a name nobody gave is an error naming it, never a silent None: `Pipeline` checks
    the order up front, so this only fires for a component that reads what it did not declare.
    """

    def __missing__(self, key: str) -> Any:
        raise PipelineError(f"nothing in this pipeline gave {key!r} ({SHARED.get(key, 'not a shared name')}); "
                            f"declare it in the component's `requires` and run its provider first")

    def get(self, key: str, default: Any = None) -> Any:  # the same contract for .get()
        return self[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in SHARED:
            raise PipelineError(f"{key!r} is not a shared name; known: {', '.join(sorted(SHARED))}")
        super().__setitem__(key, value)


@dataclass
class Context:
    """What components share while processing one article."""

    article: Article
    doc: Any  # spacy.tokens.Doc
    record: ArticleRecord
    scratch: Shared = field(default_factory=Shared)  # what earlier components left (see SHARED)

    @cached_property
    def text(self) -> str:
        """The document's text, built once: spaCy rebuilds Doc.text from its tokens on every access."""
        return text_of(self.doc)


ComponentFn = Callable[[Context], None]


@dataclass(frozen=True)
class ComponentSpec:
    name: str
    fn: ComponentFn
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


COMPONENTS: dict[str, ComponentSpec] = {}


def component(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[ComponentFn], ComponentFn]:
    """Register an extraction component under `name`, with the shared names it reads and gives."""
    requires, assigns = tuple(requires), tuple(assigns)
    unknown = [key for key in requires + assigns if key not in SHARED]
    if unknown:
        raise PipelineError(f"component {name!r} declares unknown shared names: {', '.join(unknown)}")

    def register(fn: ComponentFn) -> ComponentFn:
        COMPONENTS[name] = ComponentSpec(name, fn, requires, assigns)
        return fn

    return register


def check_order(names: Iterable[str]) -> list[ComponentSpec]:
    """The specs of `names` in order; an error if one is unknown or needs what no earlier one gives."""
    names = list(names)
    unknown = [n for n in names if n not in COMPONENTS]
    if unknown:
        raise PipelineError(f"unknown pipeline components: {', '.join(unknown)}; known: {', '.join(sorted(COMPONENTS))}")
    given: dict[str, str] = {}
    specs = []
    for name in names:
        spec = COMPONENTS[name]
        for key in spec.requires:
            if key not in given:
                providers = sorted(s.name for s in COMPONENTS.values() if key in s.assigns)
                raise PipelineError(f"component {name!r} needs {key!r}, which no earlier component gives; "
                                    f"put {' or '.join(map(repr, providers)) or 'a provider'} before it")
        for key in spec.assigns:
            given[key] = name
        specs.append(spec)
    return specs
