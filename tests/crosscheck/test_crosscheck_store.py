"""Three reports of one Russian advance near Dobropillia, from three publishers, through the
real pipeline and store: one claim (Russian MoD via a wire), one map-based report, one
Ukrainian military denial -> one cluster with three sources and a contradiction."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontwire.cli import app
from frontwire.crosscheck import crosscheck, load_records
from frontwire.store import open_store
from frontwire.store.ingest import ingest

FIXTURES = Path(__file__).parents[1] / "fixtures" / "crosscheck"
CLAIM, MAP, DENIAL = (FIXTURES / n for n in ("baltic-wire-russia-claims-dobropillia.txt",
                                              "frontline-monitor-map-dobropillia.txt",
                                              "kyiv-courier-army-denies-breakthrough.txt"))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("crosscheck") / "frontwire.db")
    with open_store(path) as store:
        summary = ingest(store, [str(CLAIM), str(MAP), str(DENIAL)])
    assert summary.stored == 3, summary.line()
    return path


@pytest.fixture(scope="module")
def clusters(db: str) -> list[dict]:
    with open_store(db, create=False) as store:
        return crosscheck(load_records(store))


def _dobropillia(clusters: list[dict]) -> dict:
    found = [c for c in clusters if c["place"] == "Dobropillia"]
    assert len(found) == 1, [(c["place"], c["n_sources"]) for c in clusters]
    return found[0]


def test_one_cluster_three_sources(clusters):
    c = _dobropillia(clusters)
    assert c["type"] == "ASSAULT" and c["family"] == "ground"
    assert c["n_sources"] == 3 and c["n_publishers"] == 3
    assert {s["publisher"] for s in c["sources"]} == {"Baltic Wire", "Frontline Monitor", "The Kyiv Courier"}
    stances = {s["publisher"]: s["stance"] for s in c["sources"]}
    assert stances == {"Baltic Wire": "asserts", "Frontline Monitor": "asserts", "The Kyiv Courier": "denies"}
    assert c["region"] == "Donetsk, UA"
    assert c["first_reported"] == "2025-08-11"  # the map came first
    assert c["figures"]["distance_km"]["value"] == 10.0
    assert c["figures"]["killed"]["value"] == 120 and c["figures"]["killed"]["speaker"] == "Defence Ministry"
    baltic = next(s for s in c["sources"] if s["publisher"] == "Baltic Wire")
    assert "could not be independently verified" in baltic["qualifiers"]


def test_contradictions_with_provenance(clusters):
    c = _dobropillia(clusters)
    assert c["disputed"]
    denials = [x for x in c["contradictions"] if x["kind"] == "denial"]
    assert denials, c["contradictions"]
    for x in denials:
        assert x["counter"]["publisher"] == "The Kyiv Courier"
        assert x["claim"]["publisher"] in {"Baltic Wire", "Frontline Monitor"}
        assert x["counter"]["article_id"] != x["claim"]["article_id"]
        assert "Dobropillia" in x["counter"]["evidence"] or "breakthrough" in x["counter"]["evidence"]
    speakers = {x["counter"]["speaker"] for x in denials}
    assert speakers & {"Ukrainian army", "Oleksiy Horbach"}
    figure = [x for x in c["contradictions"] if x["kind"] == "figure"]
    assert len(figure) == 1 and figure[0]["field"] == "distance_km"
    assert figure[0]["claim"]["value"] == 10.0 and figure[0]["counter"]["value"] == 2.0
    assert figure[0]["counter"]["publisher"] == "The Kyiv Courier"
    horbach = [x for x in denials if x.get("disputed")]
    assert horbach and horbach[0]["disputed"] == {"distance_km": 10.0}
    assert {"premature", "exaggerated"} <= set(horbach[0]["qualifiers"])


def test_other_events_stay_apart(clusters):
    kharkiv = [c for c in clusters if c["place"] == "Kharkiv"]
    assert len(kharkiv) == 1 and kharkiv[0]["n_sources"] == 1 and not kharkiv[0]["contradictions"]


def test_claims_command(db):
    result = CliRunner().invoke(app, ["claims", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert isinstance(data, list) and all("sources" in c and "contradictions" in c for c in data)
    c = _dobropillia(data)
    assert len(c["sources"]) == 3 and c["contradictions"]
    text = CliRunner().invoke(app, ["claims", "--db", db, "--format", "text", "--disputed"])
    assert text.exit_code == 0 and "DISPUTED" in text.output and "Kharkiv" not in text.output


def test_sitrep_markdown_and_html(db, tmp_path):
    result = CliRunner().invoke(app, ["sitrep", "--date", "2025-08-12", "--db", db])
    assert result.exit_code == 0, result.output
    md = result.output
    assert "# Situation report, 2025-08-12" in md and "## Donetsk, UA" in md and "## Kharkiv, UA" in md
    line = next(l for l in md.splitlines() if "near Dobropillia" in l)
    assert "DISPUTED" in line and line.count("[a") == 3
    assert any(l.strip().startswith("- Dispute:") and "denies" in l for l in md.splitlines())
    assert "## Articles cited" in md
    out = tmp_path / "sitrep.html"
    result = CliRunner().invoke(app, ["sitrep", "--date", "2025-08-13", "--region", "Donetsk", "--db", db,
                                      "--format", "html", "--output", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text()
    assert page.startswith("<!DOCTYPE html>") and "Donetsk, UA" in page and "Kharkiv" not in page
    assert 'href="#a' in page and "DISPUTED" in page
    empty = CliRunner().invoke(app, ["sitrep", "--date", "2024-01-01", "--db", db])
    assert empty.exit_code == 0 and "No reported events." in empty.output


def test_a_region_the_store_does_not_know_is_an_error_listing_the_known_ones(db):
    for verb in (["sitrep", "--date", "2025-08-12"], ["claims"]):
        result = CliRunner().invoke(app, [*verb, "--region", "Narnia", "--db", db])
        assert result.exit_code == 2, result.output
        assert "--region 'Narnia'" in result.output and "Donetsk, UA" in result.output
    assert CliRunner().invoke(app, ["sitrep", "--date", "2025-08-12", "--region", "donetsk", "--db", db]).exit_code == 0
