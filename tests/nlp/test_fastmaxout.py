"""The inference pass of the Maxout layers must give exactly thinc's numbers."""
from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.layers.maxout import forward as thinc_forward

from frontwire.nlp import model_name
from frontwire.nlp.fastmaxout import inference_forward, install
from tests.nlp.test_fastattrs import TEXTS


def maxout_layers(nlp):
    return list({id(node): node for _, component in nlp.components if hasattr(getattr(component, "model", None), "walk")
                 for node in component.model.walk() if node.name == "maxout"}.values())


def test_install_gives_every_maxout_layer_of_the_networks_the_inference_pass():
    nlp = spacy.load(model_name())
    layers = maxout_layers(nlp)
    assert layers and all(layer._func is thinc_forward for layer in layers)
    assert install(nlp) == len(layers)
    assert all(layer._func is inference_forward for layer in layers)


@pytest.mark.parametrize("rows", [0, 1, 2, 7, 513])
def test_the_same_outputs_as_thinc_bit_for_bit(rows):
    nlp = spacy.load(model_name())
    random = numpy.random.default_rng(rows)
    for layer in maxout_layers(nlp):
        X = random.standard_normal((rows, layer.get_dim("nI")), dtype="float32")
        expected, _ = thinc_forward(layer, X, is_train=False)
        found, _ = inference_forward(layer, X, is_train=False)
        assert found.dtype == expected.dtype and found.shape == expected.shape and found.flags.c_contiguous
        assert found.tobytes() == expected.tobytes()


def test_the_same_tensors_and_annotations_as_the_model():
    plain = spacy.load(model_name())
    fast = spacy.load(model_name())
    install(fast)
    for text in TEXTS:
        expected, found = plain(text), fast(text)
        assert found.tensor.tobytes() == expected.tensor.tobytes()
        assert [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in found] == \
            [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in expected]


def test_training_runs_thincs_own_forward_and_its_backward_pass():
    layer = maxout_layers(spacy.load(model_name()))[0]
    layer.replace_callbacks(inference_forward, init=layer.init)
    X = numpy.random.default_rng(0).standard_normal((4, layer.get_dim("nI")), dtype="float32")
    Y, backprop = layer(X, is_train=True)
    assert backprop(numpy.ones_like(Y)).shape == X.shape
    _, no_backprop = layer(X, is_train=False)
    with pytest.raises(NotImplementedError):
        no_backprop(numpy.ones_like(Y))
