"""The lemma memo must give exactly the lemmas the model's own lemmatizer gives."""
from __future__ import annotations

import spacy

from frontwire.nlp.fastlemmas import install
from frontwire.nlp import model_name
from tests.nlp.test_fastattrs import TEXTS, annotations


def test_same_lemmas_as_the_model_token_by_token():
    plain = spacy.load(model_name())
    memo = spacy.load(model_name())
    assert install(memo)
    assert "lemmatizer" not in memo.pipe_names  # disabled: it answers through the memo
    for text in TEXTS + TEXTS[:3]:  # twice over: answers from the memo must match too
        assert annotations(memo, text) == annotations(plain, text)


def test_a_lemma_already_set_is_kept_as_the_model_keeps_it():
    nlp = spacy.load(model_name())
    install(nlp)
    doc = nlp.make_doc("The drones were shot down.")
    doc[1].lemma_ = "uav"
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [t.lemma_ for t in doc] == ["the", "uav", "be", "shoot", "down", "."]
