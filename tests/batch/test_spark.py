"""The Spark engine (local mode) writes the same rows, with the same schema, as the local engine."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from frontwire.batch.local import run_local
from frontwire.batch.schema import arrow_schema

# CI installs Java (.ci/system-deps.sh): there a missing JVM is a failure, not a skip.
if shutil.which("java") is None and not os.environ.get("CI"):
    pytest.skip("Spark needs Java (install default-jre-headless); set CI=1 to make this fail instead", allow_module_level=True)


@pytest.fixture(scope="module")
def spark():
    from frontwire.batch.spark import session

    session_ = session("local[2]", app="frontwire-tests")
    yield session_
    session_.stop()


def rows(folder: Path) -> list[dict]:
    return sorted(pq.read_table(folder).to_pylist(), key=lambda r: r["source"])


@pytest.mark.timeout(240)
def test_spark_and_local_write_identical_rows(spark, jsonl_input: Path, tmp_path: Path) -> None:
    from frontwire.batch.spark import run_spark

    text_file = tmp_path / "note.txt"
    text_file.write_text(
        "Russian forces shelled Kherson on Sunday, killing two civilians, the regional governor said.\n\n"
        "\"The shelling did not stop all night,\" the governor said on Telegram.\n",
        encoding="utf-8",
    )
    inputs = [str(jsonl_input), str(text_file), str(tmp_path / "missing.txt")]
    local = run_local(inputs, str(tmp_path / "local"), workers=1)
    remote = run_spark(inputs, str(tmp_path / "spark"), spark=spark)
    assert (remote.articles, remote.failures) == (local.articles, local.failures) == (5, 3)
    schema = pq.read_table(tmp_path / "spark").schema
    assert schema.equals(arrow_schema(), check_metadata=False)
    assert rows(tmp_path / "spark") == rows(tmp_path / "local")
