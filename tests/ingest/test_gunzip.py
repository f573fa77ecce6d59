"""Bounded gzip decompression: bombs refused early, multi-member files whole, cut files flagged."""
from __future__ import annotations

import gzip
import io
import zlib

import pytest

from frontwire.ingest.gunzip import DecompressionLimit, gunzip_stream


def test_members_are_read_one_after_the_other():
    data = gzip.compress(b"first member\n") + gzip.compress(b"second member\n")
    stream = gunzip_stream(io.BytesIO(data))
    assert stream.read() == b"first member\nsecond member\n"
    assert not stream.raw.truncated


def test_a_bomb_stops_at_the_ratio_without_inflating_it_all():
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = b"".join(packer.compress(b"\0" * (1 << 20)) for _ in range(256)) + packer.flush()  # 256 MiB of zeros
    stream = gunzip_stream(io.BytesIO(bomb))
    read = 0
    with pytest.raises(DecompressionLimit, match="times"):
        while chunk := stream.read(1 << 16):
            read += len(chunk)
    assert read < 20_000_000  # stopped soon after RATIO_AFTER, not at 256 MiB


def test_the_absolute_limit_holds_for_data_that_compresses_normally():
    text = b" ".join(str(n).encode() for n in range(200_000))
    with pytest.raises(DecompressionLimit, match="beyond 100000 bytes"):
        gunzip_stream(io.BytesIO(gzip.compress(text)), max_output=100_000).read()


def test_a_cut_file_is_flagged_after_what_it_holds_is_read():
    data = gzip.compress(b"whole record\n") + gzip.compress(b"a record that is cut " * 500)
    stream = gunzip_stream(io.BytesIO(data[:-40]))
    assert stream.read().startswith(b"whole record\n")
    assert stream.raw.truncated
