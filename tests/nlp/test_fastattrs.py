"""The fast attribute ruler must give exactly what the model's own attribute_ruler gives."""
from __future__ import annotations

from pathlib import Path

import spacy

from frontwire.nlp.fastattrs import install
from frontwire.nlp import model_name

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [path.read_text() for path in sorted((ROOT / "tests" / "corpus").glob("*.txt"))] + [
    (ROOT / "samples" / "moscowtimes-alaska-summit.txt").read_text(),
    "There are gonna be talks, y'all. Let's see: it ain't over, he gets it, they got it. C'mon! "
    "But the ministry, which isn't sure, said it wasn't — and won't be — ready.",
    "KYIV, Ukraine (AP) — Russia's drones hit 3 buildings; 12 were hurt. \"We'll rebuild,\" said Ihor Terekhov.",
]


def annotations(nlp, text):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in nlp(text)]


def test_same_tags_pos_morph_and_lemmas_as_the_model():
    plain = spacy.load(model_name())
    fast = spacy.load(model_name())
    assert install(fast)
    assert "attribute_ruler" not in fast.pipe_names  # disabled, its rules live on in the fast one
    for text in TEXTS:
        assert annotations(fast, text) == annotations(plain, text)
