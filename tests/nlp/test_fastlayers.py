"""The inference passes of the Maxout and LayerNorm layers must give exactly thinc's numbers."""
from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.layers.layernorm import forward as thinc_layernorm_forward
from thinc.layers.maxout import forward as thinc_maxout_forward

from frontwire.nlp import model_name
from frontwire.nlp.fastlayers import layernorm_forward, maxout_forward, install
from tests.nlp.test_fastattrs import TEXTS

PASSES = {"maxout": (thinc_maxout_forward, maxout_forward), "layernorm": (thinc_layernorm_forward, layernorm_forward)}


def layers(nlp, name):
    return list({id(node): node for _, component in nlp.components if hasattr(getattr(component, "model", None), "walk")
                 for node in component.model.walk() if node.name == name}.values())


@pytest.fixture(scope="module")
def plain():
    return spacy.load(model_name())


def test_install_gives_every_maxout_and_layernorm_layer_its_inference_pass():
    nlp = spacy.load(model_name())
    found = {name: layers(nlp, name) for name in PASSES}
    assert all(found.values()) and all(layer._func is PASSES[name][0] for name in PASSES for layer in found[name])
    assert install(nlp) == sum(map(len, found.values()))
    assert all(layer._func is PASSES[name][1] for name in PASSES for layer in found[name])


def test_load_model_installs_the_inference_passes():
    from frontwire.nlp import load_model

    nlp = load_model()
    found = [layer for name in PASSES for layer in layers(nlp, name)]
    assert found and all(layer._func is PASSES[layer.name][1] for layer in found)
    assert install(nlp) == 0


@pytest.mark.parametrize("name", PASSES)
@pytest.mark.parametrize("rows", [0, 1, 2, 7, 513])
def test_the_same_outputs_as_thinc_bit_for_bit(plain, name, rows):
    thinc_forward, inference_forward = PASSES[name]
    random = numpy.random.default_rng(rows)
    for layer in layers(plain, name):
        X = 3 * random.standard_normal((rows, layer.get_dim("nI")), dtype="float32")
        if rows >= 2:  # a constant row and a nearly constant one: LayerNorm's epsilon decides those
            X[0] = 0.5
            X[1] = 1e-4 * X[1]
        expected, _ = thinc_forward(layer, X, is_train=False)
        found, _ = inference_forward(layer, X, is_train=False)
        assert found.dtype == expected.dtype and found.shape == expected.shape and found.flags.c_contiguous
        assert found.tobytes() == expected.tobytes()


def test_the_same_tensors_and_annotations_as_the_model(plain):
    fast = spacy.load(model_name())
    install(fast)
    for text in TEXTS:
        expected, found = plain(text), fast(text)
        assert found.tensor.tobytes() == expected.tensor.tobytes()
        assert [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in found] == \
            [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in expected]


@pytest.mark.parametrize("name", PASSES)
def test_training_runs_thincs_own_forward_and_its_backward_pass(name):
    layer = layers(spacy.load(model_name()), name)[0]
    layer.replace_callbacks(PASSES[name][1], init=layer.init)
    X = numpy.random.default_rng(0).standard_normal((4, layer.get_dim("nI")), dtype="float32")
    Y, backprop = layer(X, is_train=True)
    assert backprop(numpy.ones_like(Y)).shape == X.shape
    _, no_backprop = layer(X, is_train=False)
    with pytest.raises(NotImplementedError):
        no_backprop(numpy.ones_like(Y))
