"""A CRFsuite model's weights, read from its file, and Viterbi decoding with them in numpy.

python-crfsuite's `Tagger.tag` takes every feature of every token as a string, which it encodes
and looks up in the model's dictionary: some 20 µs a token, two thirds of the attribution tagger's
time. Here a caller names features by their row in the weight table (looked up once per distinct
string and kept), scores a paragraph with a few array sums and decodes all paragraphs of an
article at once. The arithmetic is CRFsuite's own (crf1d_model.c, crf1d_context.c), in the same
order, so the tags are the same: a state score is the sum of the weights of the token's
attributes taken in the order given, a path's score adds the transitions, and on a tie the
lower label index wins.

The file layout (CRFsuite 0.12, model type "FOMC", version 100): a header of offsets, the
features (type, source, destination, weight) and two CQDB string tables, labels and attributes.
"""
from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4s9I")  # magic, size, type, version, counts and chunk offsets
_CQDB_HEADER = struct.Struct("<4s5I")  # chunk id, size, flag, byte order, backward array's size and offset
_CQDB_RECORD = struct.Struct("<iI")  # id, key size (with its terminating NUL)
_FEATURE = np.dtype([("type", "<u4"), ("source", "<u4"), ("destination", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1  # feature types: attribute -> label, label -> label


class ModelFormatError(ValueError):
    """The file is not a CRFsuite model of the layout this module reads."""


def _strings(data: bytes, at: int) -> list[str]:
    """The strings of the CQDB chunk at `at`, by id (its backward array: id -> record offset)."""
    try:
        chunk, _, _, _, count, backward = _CQDB_HEADER.unpack_from(data, at)
        if chunk != b"CQDB":
            raise ModelFormatError(f"no string table at offset {at}")
        strings = []
        for number, offset in enumerate(struct.unpack_from(f"<{count}I", data, at + backward)):
            key_id, size = _CQDB_RECORD.unpack_from(data, at + offset)
            start = at + offset + _CQDB_RECORD.size
            if key_id != number:
                raise ModelFormatError(f"string table at offset {at}: record {number} has id {key_id}")
            strings.append(data[start : start + size - 1].decode("utf-8"))
    except struct.error as exc:
        raise ModelFormatError(f"string table at offset {at} is cut short ({exc})") from None
    return strings


class CrfWeights:
    """A linear-chain CRF read from a CRFsuite model file: `labels` by index, `index` (attribute
    string -> row of `state`), `state` (a row of label weights per attribute, and a last row of
    zeros, `unknown`, for attributes the model never saw) and `transition` (from label, to label)."""

    def __init__(self, path: Path):
        data = Path(path).read_bytes()
        try:
            magic, _, kind, version, _, n_labels, n_attributes, features, labels, attributes, _, _ = \
                _HEADER.unpack_from(data)
        except struct.error:
            raise ModelFormatError("shorter than a CRFsuite header") from None
        if magic != b"lCRF" or kind != b"FOMC" or version != 100:
            raise ModelFormatError(f"not a CRFsuite 1st-order CRF model (magic {magic!r}, type {kind!r}, version {version})")
        if data[features : features + 4] != b"FEAT":
            raise ModelFormatError(f"no feature chunk at offset {features}")
        (count,) = struct.unpack_from("<I", data, features + 8)
        if features + 12 + count * _FEATURE.itemsize > len(data):
            raise ModelFormatError("the feature chunk is cut short")
        table = np.frombuffer(data, dtype=_FEATURE, count=count, offset=features + 12)
        self.labels = _strings(data, labels)
        names = _strings(data, attributes)
        if len(self.labels) != n_labels or len(names) != n_attributes:
            raise ModelFormatError("the string tables do not hold the header's counts")
        self.index = {name: row for row, name in enumerate(names)}
        self.unknown = len(names)
        # One feature per (attribute, label) and per (label, label): assignment, not a sum.
        self.state = np.zeros((len(names) + 1, len(self.labels)))
        state = table[table["type"] == _STATE]
        self.state[state["source"], state["destination"]] = state["weight"]
        self.transition = np.zeros((len(self.labels), len(self.labels)))
        moves = table[table["type"] == _TRANSITION]
        self.transition[moves["source"], moves["destination"]] = moves["weight"]

    def scores(self, columns: np.ndarray) -> np.ndarray:
        """The state scores (token, label) of tokens whose attributes are `columns` (attribute
        slot, token): row numbers in `index`, `unknown` where a token has no attribute in that slot.
        Summed a slot at a time, in order, as CRFsuite sums a token's attributes."""
        total = self.state[columns[0]]  # a copy (fancy indexing): the in-place sums below are safe
        for column in columns[1:]:
            total += self.state[column]
        return total

    def decode(self, scores: np.ndarray, lengths: list[int]) -> list[str]:
        """The best label sequence of each of the sequences whose state scores (token, label) lie
        one after another in `scores` (`lengths` tokens each, none empty), as one list of labels.
        The sequences are decoded side by side, a token position at a time."""
        steps, labels, count = max(lengths), len(self.labels), len(lengths)
        padded = np.zeros((steps, count, labels))  # (position, sequence, label)
        start = 0
        for number, length in enumerate(lengths):
            padded[:length, number] = scores[start : start + length]
            start += length
        best = np.empty((steps, count, labels))  # the best path's score ending in each label
        best[0] = padded[0]
        through = np.empty((count, labels, labels))  # (sequence, from, to): a step's scores through each label
        for step in range(1, steps):  # three calls a step: numpy's cost per call is what counts here
            np.add(best[step - 1][:, :, None], self.transition, out=through)
            np.maximum.reduce(through, axis=1, out=best[step])
            best[step] += padded[step]
        # The label before each on its best path, for all steps at once from the same sums; on a
        # tie the first, as CRFsuite's strict '<'.
        back = (best[:-1, :, :, None] + self.transition).argmax(axis=2)  # (step - 1, sequence, to)
        ends = best[np.array(lengths) - 1, np.arange(count)].argmax(axis=1).tolist()
        back_rows = back.tolist()
        out: list[str] = []
        for number, (length, label) in enumerate(zip(lengths, ends)):
            path = [label]
            for step in range(length - 1, 0, -1):
                label = back_rows[step - 1][number][label]
                path.append(label)
            out.extend(self.labels[label] for label in reversed(path))
        return out
