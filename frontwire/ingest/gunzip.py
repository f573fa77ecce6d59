"""Streaming gzip decompression with limits, for `.gz` and `.warc.gz` inputs.

A gzip file may expand a thousandfold (a 1 MB file holding 1 GiB of zeros), so output is
produced in bounded chunks and checked against an absolute limit and a ratio to the input
read so far; a stream that ends inside a member is flagged (`truncated`) rather than read
as if it were whole. The standard library's gzip module has no such limits, and warcio's
own decompressor reads a truncated member as a short one without a word.
"""
from __future__ import annotations

import io
import zlib
from typing import BinaryIO

CHUNK = 64 * 1024
MAX_OUTPUT = 4_000_000_000  # bytes out of one file: a large crawl, not a bomb
MAX_RATIO = 100  # real news text and WARC archives compress 5-20 times
RATIO_AFTER = 10_000_000  # small files may compress far better than MAX_RATIO; judge after this much output


class DecompressionLimit(Exception):
    """The file expands beyond what frontwire reads (a decompression bomb or a huge archive)."""


class LimitedGunzip(io.RawIOBase):
    """A readable stream of the decompressed bytes of a (multi-member) gzip stream."""

    def __init__(self, raw: BinaryIO, max_output: int = MAX_OUTPUT, max_ratio: float = MAX_RATIO):
        self._raw = raw
        self._max_output = max_output
        self._max_ratio = max_ratio
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        self._pending = b""
        self._consumed = 0
        self._produced = 0
        self._done = False
        self.truncated = False  # the compressed data ended inside a member

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending and not self._done:
            self._pending = self._inflate()
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def _inflate(self) -> bytes:
        data = self._inflater.unconsumed_tail
        if not data:
            if self._inflater.eof:
                data = self._inflater.unused_data
                if data.strip(b"\x00"):
                    self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)  # the next member
                else:
                    data = b""
            if not data:
                data = self._raw.read(CHUNK)
                self._consumed += len(data)
                if not data:
                    # Not an exception here: the bytes before the cut are still to be read
                    # (whole WARC records); the reader checks `truncated` at the end.
                    self._done = True
                    self.truncated = not self._inflater.eof and self._produced > 0
                    return b""
                if self._inflater.eof:
                    self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        out = self._inflater.decompress(data, CHUNK)  # at most CHUNK bytes per call
        self._produced += len(out)
        if self._produced > self._max_output:
            raise DecompressionLimit(f"expands beyond {self._max_output} bytes")
        if self._produced > RATIO_AFTER and self._produced > self._max_ratio * max(1, self._consumed):
            raise DecompressionLimit(f"expands more than {self._max_ratio:g} times (a decompression bomb?)")
        return out


def gunzip_stream(raw: BinaryIO, max_output: int = MAX_OUTPUT) -> io.BufferedReader:
    """The decompressed stream; `.raw.truncated` tells, once it is read, whether it was cut short."""
    return io.BufferedReader(LimitedGunzip(raw, max_output=max_output), buffer_size=CHUNK)
