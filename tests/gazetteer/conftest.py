"""A gazetteer index shared by the tests: the user cache (built once, ~20 s, then reused)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from frontwire.gazetteer import Gazetteer, default_index_path, ensure_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "geonames"


@pytest.fixture(scope="session")
def bundled_index() -> Path:
    return ensure_index(default_index_path())


@pytest.fixture(scope="session")
def gazetteer(bundled_index: Path) -> Gazetteer:
    return Gazetteer(bundled_index)


@pytest.fixture
def index_copy(bundled_index: Path, tmp_path: Path) -> Path:
    """A private copy of the index for tests that load dumps into it."""
    target = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(bundled_index, target)
    return target
