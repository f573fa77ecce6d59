"""A faster inference pass for the model's Maxout layers, with the same numbers.

Why by hand: en_core_web_sm's two token-to-vector networks (the shared one and the entity
recogniser's own) hold ten Maxout layers, each a matrix product followed by the best of three
pieces per output. thinc's NumpyOps.maxout picks that best with a scalar loop that also records
which piece won (kept only for training's backward pass); its unpredictable branches cost about
as much as the matrix products themselves (~5.5 ms of the model's ~45 ms per article on the
throughput corpus). At inference this pass takes the maximum with `numpy.maximum`, branch-free,
and records no winners; the matrix product is the layer's own (model.ops.gemm, whichever backend
the model was loaded with). The maximum is the same number thinc picks; only a tie between +0.0
and -0.0 (equal numbers) may keep the other sign, and NaN, which trained weights do not produce,
would spread where thinc's loop skips it. Training (is_train=True) runs thinc's own forward.
tests/nlp/test_fastmaxout.py checks the outputs bit for bit.
"""
from __future__ import annotations

from typing import Callable

import numpy
from thinc.layers.maxout import forward as thinc_maxout_forward


def _no_backprop(_):
    raise NotImplementedError("an inference pass has no backward pass: train with is_train=True")


def inference_forward(model, X, is_train: bool) -> tuple[numpy.ndarray, Callable]:
    if is_train or not isinstance(X, numpy.ndarray):
        return thinc_maxout_forward(model, X, is_train)
    n_out, n_pieces, n_in = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    weights = model.get_param("W").reshape(n_out * n_pieces, n_in)
    pieces = model.ops.gemm(X, weights, trans2=True)
    pieces += model.get_param("b").reshape(n_out * n_pieces)
    pieces = pieces.reshape(len(X), n_out, n_pieces)
    if n_pieces == 1:
        return numpy.ascontiguousarray(pieces[:, :, 0]), _no_backprop
    best = numpy.maximum(pieces[:, :, 0], pieces[:, :, 1])
    for piece in range(2, n_pieces):
        numpy.maximum(best, pieces[:, :, piece], out=best)
    return best, _no_backprop


def install(nlp) -> int:
    """Give every Maxout layer of the model's networks the inference pass; returns how many."""
    replaced = 0
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if node._func is thinc_maxout_forward:
                node.replace_callbacks(inference_forward, init=node.init)
                replaced += 1
    return replaced
