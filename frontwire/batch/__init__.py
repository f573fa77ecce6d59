"""Batch extraction into Parquet: a streaming local engine and a PySpark engine for backfills.

Both engines share every step but the plumbing (sources -> documents -> articles -> rows),
so that they write the same rows with the same schema.
"""
from frontwire.batch.schema import COLUMNS, arrow_schema, error_row, record_row

__all__ = ["COLUMNS", "arrow_schema", "error_row", "record_row"]
