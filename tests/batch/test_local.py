"""The local engine: streaming JSON Lines -> Parquet, bad documents as error rows."""
from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from frontwire.batch.local import run_local
from frontwire.batch.process import process_chunk
from frontwire.batch.schema import NAMES, arrow_schema
from frontwire.errors import FrontwireError
from frontwire.models import Article


def rows(folder: Path) -> list[dict]:
    return sorted(pq.read_table(folder).to_pylist(), key=lambda r: r["source"])


def test_rows_schema_and_errors(jsonl_input: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    stats = run_local([str(jsonl_input)], str(out), workers=1)
    assert (stats.articles, stats.failures) == (4, 2)
    table = pq.read_table(out)
    assert table.schema.equals(arrow_schema(), check_metadata=False)
    by_source = {r["source"]: r for r in table.to_pylist()}
    # Line numbers count the blank line, as `frontwire extract` names JSON Lines records.
    assert set(by_source) == {f"{jsonl_input}#{n}" for n in (1, 2, 3, 5, 6, 7)}
    assert by_source[f"{jsonl_input}#3"]["error"].startswith("broken JSON line")
    assert "not English" in by_source[f"{jsonl_input}#6"]["error"]
    first = by_source[f"{jsonl_input}#1"]
    assert first["error"] is None and first["published"].isoformat() == "2025-08-12"
    assert "Kharkiv" in first["text"] and first["quotes"].startswith("[")


def test_workers_give_the_same_rows(jsonl_input: Path, tmp_path: Path) -> None:
    run_local([str(jsonl_input)], str(tmp_path / "one"), workers=1, batch_size=2)
    run_local([str(jsonl_input)], str(tmp_path / "two"), workers=2, batch_size=2)
    assert rows(tmp_path / "one") == rows(tmp_path / "two")


def test_output_is_not_overwritten_by_accident(jsonl_input: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_local([str(jsonl_input)], str(out), workers=1)
    with pytest.raises(FrontwireError):
        run_local([str(jsonl_input)], str(out), workers=1)
    run_local([str(jsonl_input)], str(out), workers=1, overwrite=True)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(FrontwireError):
        run_local([str(jsonl_input)], str(tmp_path / "mine"), workers=1, overwrite=True)


class ExplodingPipeline:
    """Fails on one article, as a component bug would."""

    def pipe(self, articles, batch_size=16):
        for article in articles:
            yield self.process(article)

    def process(self, article):
        from frontwire.models import ArticleRecord

        if "boom" in article.text:
            raise RuntimeError("component bug")
        return ArticleRecord(article=article)


def test_a_failing_article_costs_only_itself() -> None:
    chunk = [Article(source="a", text="fine"), Article(source="b", text="boom"), {n: None for n in NAMES} | {"source": "c", "error": "bad"}]
    out = process_chunk(ExplodingPipeline(), chunk)
    assert [r["source"] for r in out] == ["a", "b", "c"]
    assert out[0]["error"] is None
    assert "component bug" in out[1]["error"]
    assert out[2]["error"] == "bad"


def test_cli_batch_command(jsonl_input: Path, tmp_path: Path) -> None:
    from frontwire.cli import app

    out = tmp_path / "cli-out"
    result = CliRunner().invoke(app, ["batch", str(jsonl_input), str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert len(rows(out)) == 6


def test_worker_setup_loads_the_models_components_load_on_first_use_then_freezes_them() -> None:
    # A model loaded by the first chunk that needs it would be paid inside the job's timing
    # (about 0.2 s per worker for the police classifier); the warm-up article loads both. What is
    # loaded by then is frozen, out of the garbage collector's full passes.
    import gc

    from frontwire.batch.local import DEFAULT_COMPONENTS, WORKER_GC_THRESHOLD, _worker_pipeline
    from frontwire.extract import attribution, police

    police._load.cache_clear()
    attribution._load.cache_clear()
    thresholds = gc.get_threshold()
    try:
        _worker_pipeline(DEFAULT_COMPONENTS, None)
        assert police._load.cache_info().currsize == 1
        assert attribution._load.cache_info().currsize == 1
        assert gc.get_freeze_count() > 50_000
        # Short-lived objects are collected in fewer, larger young-generation passes.
        assert gc.get_threshold() == (WORKER_GC_THRESHOLD, *thresholds[1:])
    finally:
        gc.unfreeze()  # this is the test session, not a worker
        gc.set_threshold(*thresholds)


def _imports(setup: str, action: str) -> tuple[set[str], list[str]]:
    """In a fresh interpreter: the modules loaded once `setup` has run, and those `action` then imports."""
    import json
    import subprocess
    import sys

    script = (f"import json, sys\n{setup}\nbefore = set(sys.modules)\n{action}\n"
              "print(json.dumps([sorted(before), sorted(set(sys.modules) - before)]))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded, imported = json.loads(done.stdout)
    return set(loaded), imported


def test_primed_arrow_writes_its_first_row_group_without_importing_anything(tmp_path: Path) -> None:
    # pyarrow imports pandas on its first array; start_pool pays that while the workers load
    # their models, so the parent's first row group in the job imports nothing.
    _, imported = _imports(
        "from pathlib import Path\n"
        "from frontwire.batch.output import ParquetSink, prime_arrow\n"
        "from frontwire.batch.schema import error_row\n"
        f"sink = ParquetSink(Path({str(tmp_path / 'out')!r}))\n"
        "prime_arrow()",
        "sink.write(error_row('a.txt', 'not English'))\nsink.close()")
    assert imported == []


def test_after_the_ingest_warm_up_a_page_and_a_dated_scrape_import_nothing():
    # start_pool warms the parent's cleaning while the workers load their models: trafilatura and
    # dateparser are imported, and their patterns compiled, before the first documents arrive.
    loaded, imported = _imports(
        "from frontwire.ingest.article import WARM_UP_DOCUMENTS, to_article, warm_up\nwarm_up()",
        "for document in WARM_UP_DOCUMENTS:\n    to_article(document)")
    assert {"dateparser", "trafilatura"} <= loaded
    assert imported == []
