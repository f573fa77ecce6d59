"""Hostile inputs to `frontwire ingest`, tried as an operator would, each in a batch with good files.

Every case runs the real command in a subprocess whose address space is capped (RLIMIT_AS,
MEMORY_LIMIT) and asserts: the good documents of the same batch are stored, the bad input is
one line on stderr that names it (escaped), and nothing crashes.
"""
from __future__ import annotations

import gzip
import io
import os
import resource
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from frontwire.store import open_store

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
GOOD = ["courier-geneva-talks.txt", "sentinel-port-blockade.txt"]
MEMORY_LIMIT = 1 << 30  # 1 GiB of address space for the whole ingest, model included


@pytest.fixture(scope="module", autouse=True)
def built_gazetteer() -> None:
    """The gazetteer index is built once per machine (a one-off cost, not ingest's); building it
    inside the capped subprocess would measure that build, not what a hostile input costs."""
    from frontwire.gazetteer import get_gazetteer

    get_gazetteer()


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def ingest(folder: Path, db: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    # RLIMIT_AS counts address space reserved, not used: each thread's malloc arena (64 MB) and
    # OpenBLAS's per-thread buffers are reservations, so they are kept few for the cap to
    # measure what ingest really holds.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200", "PYTHONUNBUFFERED": "1",
           "OPENBLAS_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2"}
    env.pop("FRONTWIRE_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "frontwire.cli", "ingest", os.fsencode(folder), *args, "--db", str(db)],
        input=stdin, capture_output=True, env=env, timeout=300, preexec_fn=_cap_memory,
    )


def add_good(folder: Path) -> None:
    for name in GOOD:
        (folder / name).write_bytes((FIXTURES / name).read_bytes())


def stored_sources(db: Path) -> list[str]:
    with open_store(str(db)) as store:
        return [s["source"] for a in store.articles(limit=1000) for s in a["sources"]]


def problem_lines(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    err = result.stderr.decode("utf-8")  # escaped names: always valid UTF-8
    assert "Traceback" not in err, err
    # Problems only: an undated article's warning ("frontwire: warning: ...") is no problem line.
    return [line for line in err.splitlines() if line.startswith("frontwire: ") and not line.startswith("frontwire: warning: ")]


def assert_good_stored(db: Path, result: subprocess.CompletedProcess[bytes]) -> None:
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    names = {Path(s).name for s in stored_sources(db)}
    assert set(GOOD) <= names, (names, result.stderr.decode(errors="replace"))


def gzip_of_zeros(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\0" * (1 << 20)
    return b"".join(packer.compress(chunk) for _ in range(size >> 20)) + packer.flush()


@pytest.mark.parametrize("name", ["bomb.txt.gz", "bomb.warc.gz", "bomb.gz"])
def test_gzip_bomb_is_one_line_and_the_batch_goes_on(tmp_path, name):
    folder = tmp_path / "in"
    folder.mkdir()
    add_good(folder)
    (folder / name).write_bytes(gzip_of_zeros(1 << 30))  # 1 MB on disk, 1 GiB inflated
    result = ingest(folder, tmp_path / "news.db")
    assert_good_stored(tmp_path / "news.db", result)
    [line] = problem_lines(result)
    assert line.startswith(f"frontwire: {folder / name}: ") and "expands" in line


def test_gzipped_json_lines_are_read_as_the_file_inside(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    add_good(folder)
    story = (FIXTURES / "frontline-digest-drone-strike.txt").read_text(encoding="utf-8")
    (folder / "feed.jsonl.gz").write_bytes(gzip.compress(('{"text": %s}\n' % __import__("json").dumps(story)).encode()))
    result = ingest(folder, tmp_path / "news.db")
    assert_good_stored(tmp_path / "news.db", result)
    assert any(s.endswith("feed.jsonl.gz#1") for s in stored_sources(tmp_path / "news.db"))


def write_warc(path: Path, pages: list[tuple[str, str]], compress: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_truncated_warc_record_is_refused_not_stored_partial(tmp_path, name):
    folder = tmp_path / "in"
    folder.mkdir()
    add_good(folder)
    page = (FIXTURES / "harbour-ceasefire.html").read_text(encoding="utf-8")
    second = page.replace("Saltmere", "Kelvport")
    path = folder / name
    write_warc(path, [("https://example.org/one", page), ("https://example.org/two", second)], name.endswith(".gz"))
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) - len(whole) // 4])  # cut inside the second record
    result = ingest(folder, tmp_path / "news.db")
    assert_good_stored(tmp_path / "news.db", result)
    sources = stored_sources(tmp_path / "news.db")
    assert any(s.endswith("#https://example.org/one") for s in sources)
    assert not any("example.org/two" in s for s in sources)
    [line] = problem_lines(result)
    assert line.startswith(f"frontwire: {path}") and ("truncated" in line or "ends inside" in line)


def test_stdin_is_capped(tmp_path, monkeypatch):
    from frontwire.ingest.readers import MAX_STDIN_BYTES

    folder = tmp_path / "in"
    folder.mkdir()
    add_good(folder)
    result = ingest(folder, tmp_path / "news.db", "-", stdin=b"x" * (MAX_STDIN_BYTES + 1000))
    assert_good_stored(tmp_path / "news.db", result)
    lines = problem_lines(result)
    assert lines and all(line.startswith("frontwire: <stdin>: ") for line in lines)
    assert any(f"larger than {MAX_STDIN_BYTES} bytes" in line for line in lines)


def test_file_names_that_are_not_utf8_are_stored_escaped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    add_good(folder)
    story = (FIXTURES / "frontline-digest-drone-strike.txt").read_bytes()
    os.makedirs(os.fsencode(folder) + b"/caf\xe9", exist_ok=True)
    with open(os.fsencode(folder) + b"/caf\xe9/r\xe9sum\xe9 \xff.txt", "wb") as handle:
        handle.write(story)
    with open(os.fsencode(folder) + b"/\xfe\xfe.txt", "wb") as handle:
        handle.write(b"\x00\x01binary")
    result = ingest(folder, tmp_path / "news.db")
    assert_good_stored(tmp_path / "news.db", result)
    assert any(s.endswith("caf\\xe9/r\\xe9sum\\xe9 \\xff.txt") for s in stored_sources(tmp_path / "news.db"))
    [line] = problem_lines(result)
    assert line.startswith(f"frontwire: {folder}/\\xfe\\xfe.txt: binary")


def test_names_with_newlines_and_terminal_escapes_cannot_fake_output(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    add_good(folder)
    evil = "x\nstored 99, duplicates 0, failed 0\n\x1b[2J\x1b[31mred.txt"
    (folder / evil).write_bytes(b"\x00\x01binary")
    result = ingest(folder, tmp_path / "news.db")
    assert_good_stored(tmp_path / "news.db", result)
    err = result.stderr.decode()
    assert "\x1b" not in err and "stored 99" not in err.splitlines()[-1]
    [line] = problem_lines(result)
    assert line.startswith(f"frontwire: {folder}/x\\nstored 99, duplicates 0, failed 0\\n\\x1b[2J\\x1b[31mred.txt: ")
    assert len(err.splitlines()) == 2  # the problem and the summary


def test_symlinks_leaving_the_folder_are_skipped_and_counted(tmp_path):
    folder, outside = tmp_path / "in", tmp_path / "private"
    folder.mkdir()
    outside.mkdir()
    add_good(folder)
    (outside / "secret.txt").write_bytes((FIXTURES / "frontline-digest-drone-strike.txt").read_bytes())
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    (folder / "linked-folder").symlink_to(outside)
    (folder / "inside-link.txt").symlink_to(folder / GOOD[0])  # stays in the tree: read (a duplicate)
    result = ingest(folder, tmp_path / "news.db")
    assert_good_stored(tmp_path / "news.db", result)
    sources = stored_sources(tmp_path / "news.db")
    assert not any("secret" in s or "link.txt" in s and "inside" not in s for s in sources), sources
    summary = result.stderr.decode().splitlines()[-1]
    assert "1 symlink leaving the folder" in summary, summary


def test_folder_skips_sidecars_readmes_and_hidden_files_by_default(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    add_good(folder)
    (folder / "README.md").write_text("# Corpus\n\nThirty articles written on 2026-11-29 for the tests; see below.\n")
    (folder / "courier-geneva-talks.gold.json").write_text('{"document": "courier-geneva-talks.txt"}')
    (folder / ".notes.txt").write_bytes((FIXTURES / "frontline-digest-drone-strike.txt").read_bytes())
    result = ingest(folder, tmp_path / "news.db")
    assert_good_stored(tmp_path / "news.db", result)
    assert problem_lines(result) == []
    assert {Path(s).name for s in stored_sources(tmp_path / "news.db")} == set(GOOD)
    summary = result.stderr.decode().splitlines()[-1]
    assert "1 *.gold.json sidecar" in summary and "1 README" in summary and "1 hidden" in summary, summary


def test_include_and_exclude_globs_choose_the_files(tmp_path):
    folder = tmp_path / "in"
    (folder / "wire").mkdir(parents=True)
    add_good(folder)
    (folder / "wire" / "digest.txt").write_bytes((FIXTURES / "frontline-digest-drone-strike.txt").read_bytes())
    (folder / "page.html").write_bytes((FIXTURES / "harbour-ceasefire.html").read_bytes())
    result = ingest(folder, tmp_path / "news.db", "--exclude", "*.html", "--exclude", "wire/*")
    assert_good_stored(tmp_path / "news.db", result)
    assert {Path(s).name for s in stored_sources(tmp_path / "news.db")} == set(GOOD)
    assert "2 --exclude" in result.stderr.decode().splitlines()[-1]
    result = ingest(folder, tmp_path / "other.db", "--include", "*.html")
    assert {Path(s).name for s in stored_sources(tmp_path / "other.db")} == {"page.html"}
    assert "3 not --include'd" in result.stderr.decode().splitlines()[-1]


RUSSIAN = ("Министр иностранных дел заявил во вторник, что переговоры в Женеве зашли в тупик из-за условий обмена "
           "пленными. По его словам, стороны не смогли договориться о порядке передачи списков, и следующий раунд "
           "встреч пока не назначен. Посредники из Швейцарии призвали делегации вернуться к работе на следующей неделе.")


def test_non_english_documents_are_counted_by_language(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    add_good(folder)
    (folder / "geneva-ru.txt").write_text(RUSSIAN, encoding="utf-8")
    result = ingest(folder, tmp_path / "news.db")
    assert_good_stored(tmp_path / "news.db", result)
    [line] = problem_lines(result)
    assert "geneva-ru.txt" in line and "'ru'" in line
    assert "not English: ru 1" in result.stderr.decode().splitlines()[-1]
    with open_store(str(tmp_path / "news.db")) as store:
        [failure] = store.failures()
    assert "'ru'" in failure["problem"]
