"""Reading a CRFsuite model and decoding with its weights gives python-crfsuite's tags: on a small
model trained here (with ties and attributes it never saw) and on the packaged attribution model."""
from __future__ import annotations

import random

import numpy as np
import pycrfsuite
import pytest

from frontwire.errors import FrontwireError
from frontwire.extract import attribution
from frontwire.extract.crfmodel import CrfWeights, ModelFormatError
from frontwire.extract.quotespans import find_quote_spans


def _rows_as_columns(weights: CrfWeights, rows: list[list[str]]) -> np.ndarray:
    width = max(map(len, rows))
    return np.array([[weights.index.get(f, weights.unknown) for f in row] + [weights.unknown] * (width - len(row))
                     for row in rows], dtype=np.intp).T


@pytest.fixture(scope="module")
def small_model(tmp_path_factory):
    words = [f"w={w}" for w in "the army said it would leave town on monday".split()]
    rng = random.Random(7)
    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(40):
        length = rng.randint(1, 9)
        trainer.append([rng.sample(words, 3) for _ in range(length)], [rng.choice("ABC") for _ in range(length)])
    trainer.set_params({"max_iterations": 30, "feature.possible_transitions": True})
    path = tmp_path_factory.mktemp("crf") / "small.crfsuite"
    trainer.train(str(path))
    return path, words


def test_decoding_gives_crfsuites_tags_on_a_small_model(small_model):
    path, words = small_model
    reference = pycrfsuite.Tagger()
    reference.open(str(path))
    weights = CrfWeights(path)
    assert sorted(weights.labels) == ["A", "B", "C"]
    rng = random.Random(11)
    sequences = [[rng.sample([*words, "w=unseen", "w=other"], rng.randint(0, 4)) + rng.sample(words, 1)
                  for _ in range(rng.randint(1, 12))] for _ in range(60)]
    # tokens with no known attribute score 0 for every label: the lowest label index wins the tie
    sequences += [[["w=unseen"]], [["w=unseen"]] * 3, [["w=unseen"], *sequences[0]]]
    rows = [row for sequence in sequences for row in sequence]
    tags = weights.decode(weights.scores(_rows_as_columns(weights, rows)), [len(s) for s in sequences])
    assert tags == [tag for sequence in sequences for tag in reference.tag(sequence)]


def test_the_attribution_tagger_tags_as_crfsuite_does(pipeline):
    text = ('"We will not leave," the minister said on Monday, adding that talks would go on.\n\n'
            'Residents fled overnight, officials said. The army said it had taken the town.\n\n'
            'According to the governor, 12 people were hurt.')
    doc = pipeline.nlp(text)
    spans = find_quote_spans(text)
    tagger = attribution.load_tagger()
    reference = pycrfsuite.Tagger()
    reference.open(str(attribution.DEFAULT_MODEL))
    rows = attribution.token_features(doc, spans, tagger.cues)
    paragraphs = attribution.sequences(doc)
    assert len(paragraphs) == 3
    expected = ["O"] * len(doc)
    for start, end in paragraphs:
        expected[start:end] = reference.tag(rows[start:end])
    assert tagger.tag(doc, spans) == expected
    assert "B-CUE" in expected


def test_a_file_that_is_no_crfsuite_model_is_one_clear_error(tmp_path):
    bad = tmp_path / "attribution.crfsuite"
    bad.write_bytes(b"not a model at all")
    with pytest.raises(ModelFormatError):
        CrfWeights(bad)
    for name in ("cue_lemmas.tsv", "speech_cues.tsv"):
        (tmp_path / name).write_text("say\t1\n")
    with pytest.raises(FrontwireError, match="cannot be read"):
        attribution.AttributionTagger(bad)
