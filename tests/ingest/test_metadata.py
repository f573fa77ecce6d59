"""Header metadata read from the lines around a scraped article's body."""
import datetime as dt
from pathlib import Path

import pytest

from frontwire.ingest.metadata import find_date
from tests.ingest.test_ingest import article_of

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize(
    "line, published",
    [
        # Two stamps on one line: the publication day, not the later update, whichever comes first.
        ("Updated December 4, 2025 at 4:52 p.m. EST | Published December 3, 2025 at 9:14 a.m. EST", dt.date(2025, 12, 3)),
        ("Published 3 December 2025 · Updated 4 December 2025", dt.date(2025, 12, 3)),
        ("Updated December 3, 2025 at 4:52 p.m. EST", dt.date(2025, 12, 3)),
        ("News · 12 March 2024", dt.date(2024, 3, 12)),
    ],
)
def test_date_stamp_lines(line, published):
    assert find_date([line]) == published


def test_washington_post_stamp_line_dates_the_article():
    article = article_of(CORPUS / "washingtonpost-tanf-drone-attack.txt")
    assert article.published == dt.date(2025, 12, 3)
