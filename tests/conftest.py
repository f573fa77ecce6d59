"""Shared fixtures: the NLP pipeline is loaded once per test session."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "samples" / "moscowtimes-alaska-summit.txt"


@pytest.fixture(scope="session")
def pipeline():
    from frontwire.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def extract(pipeline):
    """Run the whole pipeline on an article's text: extract(text, published) -> ArticleRecord."""
    from frontwire.models import Article

    def run(text: str, published: str | None = "2025-08-12"):
        day = dt.date.fromisoformat(published) if published else None
        return pipeline.process(Article(source="<test>", text=text, published=day))

    return run


@pytest.fixture(scope="session")
def seed_record(extract):
    from frontwire.ingest import read_documents, to_article

    document = next(iter(read_documents([str(SEED)])))
    article = to_article(document, published=dt.date(2025, 8, 12))
    return extract(article.text)


# A skipped test is a test that did not run. Outside CI (a plain clone without ../shared, or
# without Chromium/Java/PostgreSQL) the run says so in one line per reason at the end; under CI,
# which installs everything and has ../shared beside it, any skip fails the run.
IN_CI = __import__("os").environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = terminalreporter.stats.get("skipped", [])
    if not skipped:
        return
    reasons: dict[str, int] = {}
    for report in skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        reasons[reason.removeprefix("Skipped: ")] = reasons.get(reason.removeprefix("Skipped: "), 0) + 1
    for reason, count in sorted(reasons.items()):
        terminalreporter.write_line(f"NOT RUN: {count} test(s): {reason}", red=IN_CI, yellow=not IN_CI)
    if IN_CI:
        terminalreporter.write_line("CI runs with every dependency and ../shared: a skip is a failure", red=True)


def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if IN_CI and reporter is not None and reporter.stats.get("skipped") and session.exitstatus == 0:
        session.exitstatus = 1
