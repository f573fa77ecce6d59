"""Faster inference passes for the model's Maxout and LayerNorm layers, with the same numbers.

Why by hand: en_core_web_sm's two token-to-vector networks (the shared one and the entity
recogniser's own) hold ten Maxout layers, each followed by a LayerNorm; with the parsers' own
loops they are most of the model's time. At inference (is_train=False) thinc computes more
than the answer needs:
- Maxout: a matrix product, then the best of three pieces per output. thinc's NumpyOps.maxout
  picks it with a scalar loop that also records which piece won (read only by training's backward
  pass); its unpredictable branches cost about as much as the matrix products themselves (~5.5 ms
  of the model's ~45 ms per article on the throughput corpus). Here `numpy.maximum` takes it,
  branch-free, and no winners are recorded. The maximum is the number thinc picks; only a tie
  between +0.0 and -0.0 (equal numbers) may keep the other sign, and a NaN, which trained weights
  do not produce, would spread where thinc's loop skips it.
- LayerNorm: thinc takes the mean twice (X.mean, then again inside X.var) and X - mean twice;
  here each once, by the same numpy operations in the same order, so the numbers are bit for bit
  thinc's (~0.7 ms per article).
The matrix products stay the layers' own (model.ops.gemm, whichever backend the model was loaded
with). Training (is_train=True), or arrays other than numpy's, run thinc's own forward.
tests/nlp/test_fastlayers.py checks the outputs bit for bit.
"""
from __future__ import annotations

from typing import Callable

import numpy
from thinc.layers import layernorm as thinc_layernorm
from thinc.layers import maxout as thinc_maxout

# Read with getattr: a thinc release that renames a layer's forward leaves that layer to thinc (slower, same
# numbers) instead of breaking the package's import. spaCy's pin keeps thinc at 8.3.x, where both exist.
thinc_maxout_forward = getattr(thinc_maxout, "forward", None)
thinc_layernorm_forward = getattr(thinc_layernorm, "forward", None)


def _no_backprop(_):
    raise NotImplementedError("an inference pass has no backward pass: train with is_train=True")


def maxout_forward(model, X, is_train: bool) -> tuple[numpy.ndarray, Callable]:
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


def layernorm_forward(model, X, is_train: bool) -> tuple[numpy.ndarray, Callable]:
    if is_train or not isinstance(X, numpy.ndarray):
        return thinc_layernorm_forward(model, X, is_train)
    # thinc: mu = X.mean(axis=1); var = X.var(axis=1) + 1e-08; Y = (X - mu) * var ** -0.5 * G + b.
    # numpy's var is: the mean as X.mean takes it, (X - mean) squared, summed, divided by the count
    # (an intp, as numpy passes it); the steps below are those, sharing the mean and X - mean.
    mean = X.mean(axis=1, keepdims=True)
    centred = X - mean
    var = numpy.add.reduce(centred * centred, axis=1, keepdims=True)
    numpy.true_divide(var, numpy.intp(X.shape[1]), out=var, casting="unsafe")
    var += 1e-08
    centred *= var ** (-1.0 / 2.0)
    centred *= model.get_param("G")
    centred += model.get_param("b")
    return centred, _no_backprop


INFERENCE_FORWARDS = {thinc: ours for thinc, ours in
                      ((thinc_maxout_forward, maxout_forward), (thinc_layernorm_forward, layernorm_forward))
                      if thinc is not None}


def install(nlp) -> int:
    """Give every Maxout and LayerNorm layer of the model's networks its inference pass; returns
    how many layers were given one."""
    replaced = 0
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            # (thinc 8.3 has no public reader of a layer's forward function; `_func` is what replace_callbacks sets)
            faster = INFERENCE_FORWARDS.get(getattr(node, "_func", None))
            if faster is not None:
                node.replace_callbacks(faster, init=node.init)
                replaced += 1
    return replaced
