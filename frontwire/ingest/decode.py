"""Bytes to text: encoding detection and refusal of binary files."""
from __future__ import annotations

from charset_normalizer import from_bytes

from frontwire.errors import BadDocument

MAX_BYTES = 5_000_000  # larger documents are truncated (with a warning), not refused


def looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample and not (sample.startswith(b"\xff\xfe") or sample.startswith(b"\xfe\xff")):
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def decode(data: bytes, source: str) -> str:
    """Decode document bytes, detecting the encoding; raise BadDocument for binary or empty input."""
    if not data.strip():
        raise BadDocument(source, "empty file")
    if looks_binary(data):
        raise BadDocument(source, "binary data, not a text, HTML, feed or WARC document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise BadDocument(source, "cannot detect the text encoding")
    return data.decode(best.encoding, errors="replace")
