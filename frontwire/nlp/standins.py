"""Running a faster stand-in in place of one of the model's components.

The original stays in the pipeline, disabled: the stand-ins read their rules from it or ask
it for answers, and `nlp.enable_pipe` brings it back.
"""
from __future__ import annotations

from typing import Any, Callable


def stand_in(nlp, original: str, factory: str, make: Callable[[Any, str], Any]) -> None:
    """Add the component `make` builds, registered as `factory`, right after `original`, and
    disable `original`."""
    from spacy.language import Language

    if not Language.has_factory(factory):
        Language.factory(factory, func=make)
    nlp.add_pipe(factory, after=original)
    nlp.disable_pipe(original)
