"""The output folder both engines write: Parquet part files plus Spark's _SUCCESS marker."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterable

from frontwire.batch.schema import NAMES, Row, arrow_schema
from frontwire.errors import FrontwireError

# What a finished job leaves; an --overwrite deletes a folder holding nothing else.
OWN_FILES = ("part-", "_SUCCESS", "._SUCCESS", ".part-")


def prepare(output: str, overwrite: bool) -> Path:
    path = Path(output)
    if path.exists():
        if not overwrite:
            raise FrontwireError(f"{output} exists: choose another output or pass --overwrite")
        if not path.is_dir() or any(not p.name.startswith(OWN_FILES) for p in path.iterdir()):
            raise FrontwireError(f"{output} is not a frontwire batch output; not overwriting it")
        shutil.rmtree(path)
    return path


def prime_arrow() -> None:
    """Pay pyarrow's one-time cost now: its first array imports pandas where pandas is installed
    (about 0.4 s of CPU), which the first row group would otherwise pay in the middle of a job."""
    import pyarrow as pa

    pa.array([], type=pa.string())


class ParquetSink:
    """Rows -> one Parquet file, a row group at a time: memory holds one group, not the job."""

    def __init__(self, folder: Path, rows_per_group: int = 256):
        import pyarrow.parquet as pq

        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.final = folder / "part-00000.parquet"
        self.partial = folder / ".part-00000.parquet.tmp"
        self.schema = arrow_schema()
        self.rows_per_group = rows_per_group
        self._writer = pq.ParquetWriter(self.partial, self.schema, compression="zstd")
        self._buffer: list[Row] = []

    def write(self, row: Row) -> None:
        self._buffer.append(row)
        if len(self._buffer) >= self.rows_per_group:
            self.flush()

    def write_all(self, rows: Iterable[Row]) -> None:
        for row in rows:
            self.write(row)

    def flush(self) -> None:
        import pyarrow as pa

        if self._buffer:
            columns = {name: [r[name] for r in self._buffer] for name in NAMES}
            self._writer.write_table(pa.Table.from_pydict(columns, schema=self.schema))
            self._buffer.clear()

    def close(self) -> None:
        self.flush()
        self._writer.close()
        self.partial.rename(self.final)
        (self.folder / "_SUCCESS").touch()

    def abort(self) -> None:
        self._writer.close()
        self.partial.unlink(missing_ok=True)
