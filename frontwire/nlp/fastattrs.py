"""A faster stand-in for spaCy's attribute_ruler, built from the model's own rules.

Why by hand: in en_core_web_sm the attribute_ruler (tag -> POS/morphology map plus ~120
exceptions) costs about a fifth of the whole pipeline, because it runs spaCy's general
Matcher for ~180 one-token patterns over every document. Here the rules a token can start
are worked out once per distinct (tag, lower, dep, space) and then looked up, and the
token attributes are read with one Doc.to_array call. The rules, their order (later rules
win) and the attribute setter are the model's own, so the output is identical;
tests/nlp/test_fastattrs.py checks that token by token. A model whose rules use anything beyond what is handled here
keeps its original ruler.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from spacy import attrs
from spacy.tokens._retokenize import set_token_attrs

from frontwire.nlp.standins import stand_in
from frontwire.nlp.tokens import names_of

# Token attributes the rules may test, read once per document with Doc.to_array.
ATTR_IDS = {"TAG": attrs.TAG, "LOWER": attrs.LOWER, "DEP": attrs.DEP, "IS_SPACE": attrs.IS_SPACE,
            "ORTH": attrs.ORTH, "POS": attrs.POS}
FLAGS = {"IS_SPACE"}  # read as a bool; the others are strings


class Unsupported(Exception):
    """A rule the fast path does not handle; the original ruler is kept."""


def _condition(attr: str, wanted: Any) -> Callable[[Any], bool]:
    if attr not in ATTR_IDS:
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


# Distinct token shapes met in a stream grow with its vocabulary; the memo is bounded.
MEMO_LIMIT = 200_000


class FastAttributeRuler:
    def __init__(self, ruler):
        self.rules: list[Rule] = []
        # Rules by what their first token asks of TAG and LOWER (None: anything): the few a
        # token could start are found without trying all ~180.
        self.index: dict[tuple[str | None, str | None], list[Rule]] = {}
        for order, spec in enumerate(ruler.patterns):
            for pattern in spec["patterns"]:
                tokens = [[(attr, _condition(attr, wanted)) for attr, wanted in token.items()] for token in pattern]
                rule = Rule(order, tokens, ruler.attrs[order], ruler.indices[order])
                self.rules.append(rule)
                for tag in _keys(pattern[0].get("TAG")):
                    for lower in _keys(pattern[0].get("LOWER")):
                        self.index.setdefault((tag, lower), []).append(rule)
        self.attrs_used = sorted({attr for rule in self.rules for token in rule.tokens for attr, _ in token}
                                 | {"TAG", "LOWER"})
        self.position = {attr: k for k, attr in enumerate(self.attrs_used)}
        self.attr_ids = [ATTR_IDS[attr] for attr in self.attrs_used]
        self.flags = [attr in FLAGS for attr in self.attrs_used]
        # Which rules a token can start depends only on its values of attrs_used, so that is
        # worked out once per distinct tuple of values.
        self.first_token_memo: dict[tuple, Starts] = {}

    def rules_starting_at(self, values: tuple) -> "Starts":
        starts = self.first_token_memo.get(values)
        if starts is None:
            if len(self.first_token_memo) > MEMO_LIMIT:
                self.first_token_memo.clear()
            tag, lower = values[self.position["TAG"]], values[self.position["LOWER"]]
            rules = [rule for key in ((tag, lower), (tag, None), (None, lower), (None, None))
                     for rule in self.index.get(key, ())
                     if all(test(values[self.position[attr]]) for attr, test in rule.tokens[0])]
            starts = self.first_token_memo[values] = Starts.of(rules)
        return starts

    def _rest_matches(self, rule: Rule, rows: list[tuple], start: int) -> bool:
        if start + len(rule.tokens) > len(rows):
            return False
        return all(test(rows[start + k][self.position[attr]])
                   for k, token in enumerate(rule.tokens) if k for attr, test in token)

    def _rows(self, doc) -> list[tuple]:
        """Each token's values of attrs_used as the rules read them: strings, or a bool."""
        strings = doc.vocab.strings
        columns = doc.to_array(self.attr_ids).T.tolist()
        return list(zip(*(list(map(bool, column)) if is_flag else names_of(column, strings)
                          for is_flag, column in zip(self.flags, columns))))

    def __call__(self, doc):
        rows = self._rows(doc)
        starts = [self.rules_starting_at(row) for row in rows]
        # As spaCy does: every match is read from the untouched document, then the attributes
        # are set in rule order, so later rules win. A token's one-token matches come merged
        # with their starts; the few longer matches are merged in by their order.
        longer: dict[int, list[tuple[int, int, Rule]]] = {}  # by target: (rule order, match start, rule)
        for i, token_starts in enumerate(starts):
            for rule in token_starts.longer:
                if self._rest_matches(rule, rows, i):
                    longer.setdefault(_target(rule, i), []).append((rule.order, i, rule))
        merged = [token_starts.attrs for token_starts in starts]
        for target, matches in longer.items():
            matches += [(rule.order, target, rule) for rule in starts[target].single]
            matches.sort(key=lambda match: match[:2])
            merged[target] = {attr: value for _, _, rule in matches for attr, value in rule.attrs.items()}
        # One call per token: setting the merged attributes is setting each rule's in turn, as
        # every attribute is a field of its own.
        for i, attrs in enumerate(merged):
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc


def _target(rule: Rule, start: int) -> int:
    """The token a match of `rule` at `start` sets the attributes of."""
    return start + rule.index if rule.index >= 0 else start + len(rule.tokens) + rule.index


@dataclass
class Starts:
    """The rules a token's values let it start: `single`, the one-token rules on the token itself,
    in rule order, with `attrs`, what they set (merged: later rules win), and `longer`, the others,
    whose further tokens are yet to be tested."""
    single: list[Rule]
    attrs: dict
    longer: list[Rule]

    @classmethod
    def of(cls, rules: list[Rule]) -> "Starts":
        def on_itself(rule: Rule) -> bool:
            return len(rule.tokens) == 1 and _target(rule, 0) == 0

        single = sorted(filter(on_itself, rules), key=lambda rule: rule.order)
        return cls(single, {attr: value for rule in single for attr, value in rule.attrs.items()},
                   [rule for rule in rules if not on_itself(rule)])


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
    if "attribute_ruler" not in nlp.pipe_names or FACTORY in nlp.pipe_names:
        return False
    try:
        FastAttributeRuler(nlp.get_pipe("attribute_ruler"))
    except Unsupported:
        return False
    stand_in(nlp, "attribute_ruler", FACTORY, _make)
    return True
