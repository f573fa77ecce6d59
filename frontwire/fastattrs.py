"""A faster stand-in for spaCy's attribute_ruler, built from the model's own rules.

Why by hand: in en_core_web_sm the attribute_ruler (tag -> POS/morphology map plus ~120
exceptions) costs about a fifth of the whole pipeline, because it runs spaCy's general
Matcher for ~180 one-token patterns over every document. Indexing the same rules by tag
makes it a dictionary lookup per token. The rules, their order (later rules win) and the
attribute setter are the model's own, so the output is identical; tests/test_fastattrs.py
checks that token by token. A model whose rules use anything beyond what is handled here
keeps its original ruler.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from spacy.tokens._retokenize import set_token_attrs

# Token attributes the rules may test, read once per document.
READERS: dict[str, Callable[[Any], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
    "ORTH": lambda t: t.text,
    "POS": lambda t: t.pos_,
}


class Unsupported(Exception):
    """A rule the fast path does not handle; the original ruler is kept."""


def _condition(attr: str, wanted: Any) -> Callable[[Any], bool]:
    if attr not in READERS:
        raise Unsupported(attr)
    if isinstance(wanted, dict):
        if set(wanted) == {"IN"}:
            allowed = frozenset(wanted["IN"])
            return lambda value: value in allowed
        if set(wanted) == {"NOT_IN"}:
            refused = frozenset(wanted["NOT_IN"])
            return lambda value: value not in refused
        if set(wanted) == {"REGEX"}:
            pattern = re.compile(wanted["REGEX"])
            return lambda value: bool(pattern.search(value))
        raise Unsupported(str(wanted))
    return lambda value: value == wanted


@dataclass
class Rule:
    order: int  # position in the ruler: later rules override earlier ones
    tokens: list[list[tuple[str, Callable[[Any], bool]]]]  # conditions per token of the pattern
    attrs: dict
    index: int  # which token of the match gets the attributes
    indexed: bool = False  # one token tested on TAG/LOWER only: finding it in the index is a match


class FastAttributeRuler:
    def __init__(self, ruler):
        self.rules: list[Rule] = []
        # Rules indexed by what their first token asks of TAG and LOWER (None: anything), so
        # each token is tried against the few rules that can match it.
        self.index: dict[tuple[str | None, str | None], list[Rule]] = {}
        for order, spec in enumerate(ruler.patterns):
            for pattern in spec["patterns"]:
                tokens = [[(attr, _condition(attr, wanted)) for attr, wanted in token.items()] for token in pattern]
                indexed = len(pattern) == 1 and set(pattern[0]) <= {"TAG", "LOWER"} and all(
                    _keys(wanted) != [None] for wanted in pattern[0].values())
                rule = Rule(order, tokens, ruler.attrs[order], ruler.indices[order], indexed)
                self.rules.append(rule)
                for tag in _keys(pattern[0].get("TAG")):
                    for lower in _keys(pattern[0].get("LOWER")):
                        self.index.setdefault((tag, lower), []).append(rule)
        self.attrs_used = sorted({attr for rule in self.rules for token in rule.tokens for attr, _ in token} | {"TAG", "LOWER"})

    @staticmethod
    def _matches(rule: Rule, columns: dict[str, list[Any]], start: int, length: int) -> bool:
        if start + len(rule.tokens) > length:
            return False
        return all(test(columns[attr][start + k]) for k, token in enumerate(rule.tokens) for attr, test in token)

    def __call__(self, doc):
        tokens = list(doc)
        columns = {attr: [READERS[attr](token) for token in tokens] for attr in self.attrs_used}
        found: list[tuple[int, int, int, Rule]] = []  # (rule order, match start, target, rule)
        for i, (tag, lower) in enumerate(zip(columns["TAG"], columns["LOWER"])):
            for key in ((tag, lower), (tag, None), (None, lower), (None, None)):
                for rule in self.index.get(key, ()):
                    if rule.indexed or self._matches(rule, columns, i, len(tokens)):
                        end = i + len(rule.tokens)
                        target = i + rule.index if rule.index >= 0 else end + rule.index
                        found.append((rule.order, i, target, rule))
        # As spaCy does: every match is read from the untouched document, then the attributes
        # are set in rule order, so later rules win.
        found.sort(key=lambda match: match[:2])
        for _, _, target, rule in found:
            set_token_attrs(tokens[target], rule.attrs)
        return doc


def _keys(wanted: Any) -> list[str | None]:
    """The values a first-token condition can index under; [None] when it can't be indexed."""
    if isinstance(wanted, str):
        return [wanted]
    if isinstance(wanted, dict) and set(wanted) == {"IN"}:
        return list(wanted["IN"])
    return [None]


FACTORY = "frontwire_attributes"


def _make(nlp, name: str):
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))


def install(nlp) -> bool:
    """Run the fast ruler in place of the model's attribute_ruler (kept, disabled, as the
    source of the rules). False, and nothing changed, when the rules don't fit."""
    from spacy.language import Language

    if "attribute_ruler" not in nlp.pipe_names or FACTORY in nlp.pipe_names:
        return False
    try:
        FastAttributeRuler(nlp.get_pipe("attribute_ruler"))
    except Unsupported:
        return False
    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, func=_make)
    nlp.add_pipe(FACTORY, after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
    return True
