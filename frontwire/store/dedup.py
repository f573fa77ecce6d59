"""Recognising an article seen before: exactly (content hash) or nearly (MinHash + LSH).

Exact: the SHA-256 of the cleaned text with whitespace and case normalised, so re-ingesting the
same file adds nothing. Near: syndicated or lightly edited copies (other chrome left over after
boilerplate removal, a changed sentence) share most of their word shingles; MinHash estimates
that Jaccard similarity and LSH finds candidates without comparing against every article.
Signatures are stored with the article so any process can rebuild the index.
"""
from __future__ import annotations

import hashlib
import inspect
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
SHINGLE_WORDS = 4
# Copies with a changed sentence or some leftover chrome score ~0.8-0.95; distinct stories on the
# same topic rarely share a fifth of their 4-word shingles.
THRESHOLD = 0.6
_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _scheme() -> tuple[str, dict[str, Any]]:
    """datasketch 2 has several permutation schemes whose signatures cannot be compared with each
    other; 1.x had one (now "legacy"). Stored signatures carry the scheme's name for that reason."""
    # Imported here: datasketch pulls in scipy (~0.6 s), which read-only commands never need.
    from datasketch import MinHash

    if "scheme" in inspect.signature(MinHash.__init__).parameters:
        return "affine32", {"scheme": "affine32"}
    return "legacy", {}


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_hash(text: str) -> str:
    normalised = " ".join(text.lower().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def minhash(text: str) -> "MinHash":
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, **_scheme()[1])
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


def to_bytes(m: "MinHash") -> bytes:
    import numpy as np

    return _scheme()[0].encode("ascii") + b":" + np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> "MinHash | None":
    """The stored signature, or None when it was made by another scheme (recompute it then)."""
    import numpy as np
    from datasketch import MinHash

    scheme, _, values = bytes(data).partition(b":")
    if scheme.decode("ascii", "replace") != _scheme()[0] or not values:
        return None
    array = np.frombuffer(values, dtype=np.uint64)
    if len(array) != NUM_PERM:
        return None
    return MinHash(num_perm=NUM_PERM, hashvalues=array, **_scheme()[1])


class NearDuplicates:
    """An LSH index of stored articles' signatures, keyed by article id."""

    def __init__(self, threshold: float = THRESHOLD):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[int, "MinHash"] = {}
        self.last_id = 0  # the newest article indexed: later ones (other processes') are loaded by catch_up

    def load(self, rows: Iterable[tuple[int, bytes | None]], text_of: Callable[[int], str]) -> None:
        for article_id, data in rows:
            signature = from_bytes(data) if data else None
            self.add(article_id, signature if signature is not None else minhash(text_of(article_id)))

    def add(self, article_id: int, signature: "MinHash") -> None:
        if article_id in self._signatures:
            return
        self._signatures[article_id] = signature
        self._lsh.insert(article_id, signature)
        self.last_id = max(self.last_id, article_id)

    def best(self, signature: "MinHash") -> tuple[int, float] | None:
        """The most similar stored article at or above the threshold, with its estimated Jaccard."""
        scored = [(signature.jaccard(self._signatures[c]), c) for c in self._lsh.query(signature)]
        scored = [(s, c) for s, c in scored if s >= self.threshold]
        if not scored:
            return None
        score, article_id = max(scored, key=lambda sc: (sc[0], -sc[1]))
        return article_id, score

    def __len__(self) -> int:
        return len(self._signatures)
