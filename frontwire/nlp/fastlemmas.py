"""A memo in front of the model's rule lemmatizer.

Why by hand: spaCy's English rule lemmatizer caches only the words it had to analyse. Base
forms (singular nouns, infinitives, plain adjectives: most tokens) skip its cache and are
re-checked on every occurrence through `token.morph.to_dict()`, and every lemma is set one
Python attribute at a time. Its answer depends on nothing but the token's text, POS and
morphology, so this component asks the model's own lemmatizer once per (ORTH, POS, MORPH)
and writes a document's lemmas with one array call. The output is identical;
tests/nlp/test_fastlemmas.py checks that token by token.
"""
from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS

from frontwire.nlp.standins import stand_in

# A stream of millions of articles keeps meeting new words; a bounded memo keeps memory flat.
MEMO_LIMIT = 200_000


class MemoLemmatizer:
    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.memo: dict[tuple[int, int, int], int] = {}

    def lemma_hash(self, token) -> int:
        return self.strings.add(self.lemmatizer.lemmatize(token)[0])

    def __call__(self, doc):
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        overwrite = self.lemmatizer.overwrite
        memo = self.memo
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = memo.get(key)
                if found is None:
                    found = memo[key] = self.lemma_hash(doc[i])
                lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


FACTORY = "frontwire_lemmas"


def _make(nlp, name: str):
    return MemoLemmatizer(nlp.get_pipe("lemmatizer"))


def install(nlp) -> bool:
    """Run the memo in place of the model's rule lemmatizer (kept, disabled, as the one that
    answers). False, and nothing changed, for a lemmatizer that is not rule-based."""
    if "lemmatizer" not in nlp.pipe_names or FACTORY in nlp.pipe_names:
        return False
    if getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return False
    stand_in(nlp, "lemmatizer", FACTORY, _make)
    return True
