"""Bytes to text: encoding detection and refusal of binary files.

Order of evidence: a byte-order mark; UTF-16 without a mark (NUL bytes in every other
position); UTF-8 (strict, or with a little damage such as a file cut mid-character); then
legacy single-byte encodings, chosen by which decoding reads like words. charset_normalizer
proposes candidates, but on mostly-ASCII Latin text it often picks a Baltic or Cyrillic code
page ("Zürich" -> "Z³rich"), so each candidate is checked for words that mix scripts or are
made only of accented letters - the signature of a wrong code page - and the most plausible
one wins, with windows-1252 (what browsers use for "latin-1") as the default.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from frontwire.errors import BadDocument

MAX_BYTES = 5_000_000  # larger documents are truncated (with a warning), not refused
SAMPLE = 200_000  # bytes looked at when guessing an encoding

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
FALLBACKS = ("cp1252", "cp1251", "iso8859-15", "cp1250", "iso8859-7", "cp1256")
WORD = re.compile(r"[^\W\d_]+")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    for bom, name in BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'-be' when NULs fill one byte of each pair, as in UTF-16 Latin text."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / max(1, len(odd))
    if odd_nul > 0.6 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.6 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 and b != 27)
    return controls > len(sample) * 0.05


def _script(ch: str) -> str:
    if ch < "\u0250":
        return "LATIN"
    try:
        return unicodedata.name(ch).split()[0]
    except ValueError:
        return "?"


def implausibility(text: str) -> float:
    """Share of non-ASCII words that look like mojibake: mixed scripts, accent soup, symbols."""
    bad = total = 0
    for word in WORD.findall(text):
        if word.isascii():
            continue
        total += 1
        scripts = {_script(c) for c in word}
        if len(scripts) > 1:
            bad += 1  # "Josй", "Zьrich": a Latin word with a Cyrillic letter
        elif scripts == {"LATIN"} and len(word) >= 4 and sum(not c.isascii() for c in word) > len(word) / 2:
            bad += 1  # "Ìèíèñòð": Cyrillic read as windows-1252
    # Symbols that real prose rarely uses but wrong code pages produce: ³ ¶ ¤ ¦ Ð ...
    odd = sum(1 for c in text if unicodedata.category(c) in ("So", "Co", "Cn", "Cc") and c not in "\n\r\t\x1b©®°™")
    odd += sum(1 for c in text if c in "³¹²¶¤¦¬¯")
    return (bad + odd) / max(1, total + odd) if (total or odd) else 0.0


def _valid_utf8_ratio(data: bytes) -> tuple[int, int]:
    """(valid multi-byte sequences, invalid bytes) in a UTF-8 reading of data."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    return valid, invalid


def decode(data: bytes, source: str) -> str:
    """Decode document bytes, detecting the encoding; raise BadDocument for binary or empty input."""
    bom = bom_encoding(data)
    if bom:
        name, skip = bom
        text = data[skip:].decode(name, errors="replace")
        if not text.strip():
            raise BadDocument(source, "empty file")
        return text
    if not data.strip():
        raise BadDocument(source, "empty file")
    utf16 = utf16_without_bom(data)
    if utf16:
        return data[: len(data) - len(data) % 2].decode(utf16, errors="replace")
    if looks_binary(data):
        raise BadDocument(source, "binary data, not a text, HTML, feed or WARC document")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    valid, invalid = _valid_utf8_ratio(data[:SAMPLE])
    if valid and valid >= 4 * invalid:
        return data.decode("utf-8", errors="replace")  # UTF-8 with some damage
    return data.decode(_guess_single_byte(data[:SAMPLE]), errors="replace")


def _guess_single_byte(sample: bytes) -> str:
    candidates: list[str] = []
    try:
        from charset_normalizer import from_bytes

        candidates += [m.encoding for m in from_bytes(sample)][:3]
    except Exception:  # noqa: BLE001 - detection is a hint; the fallbacks still decide
        pass
    candidates += [c for c in FALLBACKS if c not in candidates]
    best, best_score = "cp1252", float("inf")
    ascii_share = sum(b < 128 for b in sample) / max(1, len(sample))
    for rank, name in enumerate(candidates):
        try:
            text = sample.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        score = implausibility(text) + rank * 1e-3  # earlier candidates win ties
        if ascii_share > 0.7 and CJK.search(text):
            # Mostly-ASCII text with a few high bytes is a European page with some accented
            # or Cyrillic words; a double-byte reading turns each pair into an ideograph.
            score += 0.5
        if name == "cp1252":
            score -= 5e-3  # the web's default for undeclared Latin text
        if score < best_score:
            best, best_score = name, score
    return best
