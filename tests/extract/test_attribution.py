"""The trained attribution tagger: the packaged model loads offline, is replaceable, groups
a quote split by its cue into one attribution, and the training script runs on a tiny slice."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from frontwire.errors import FrontwireError
from frontwire.extract import attribution
from frontwire.extract.attribution import DEFAULT_MODEL, Attribution, AttributionTagger, link, load_tagger, spans_of

ROOT = Path(__file__).resolve().parents[2]


def test_packaged_model_ships_small_and_loads_without_network(monkeypatch):
    monkeypatch.delenv("FRONTWIRE_QUOTE_MODEL", raising=False)
    assert DEFAULT_MODEL.is_file() and DEFAULT_MODEL.stat().st_size < 8_000_000
    assert (DEFAULT_MODEL.parent / "DATA_CARD.md").is_file()
    tagger = load_tagger()
    assert isinstance(tagger, AttributionTagger)
    assert {"say", "tell", "accord"} <= tagger.cues


def test_rules_setting_switches_the_model_off_and_a_bad_path_is_one_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("FRONTWIRE_QUOTE_MODEL", "rules")
    assert load_tagger() is None
    monkeypatch.setenv("FRONTWIRE_QUOTE_MODEL", str(tmp_path / "nowhere.crfsuite"))
    with pytest.raises(FrontwireError, match="nowhere.crfsuite"):
        load_tagger()


def test_tagger_marks_source_cue_and_content_of_a_reported_statement(pipeline):
    doc = pipeline.nlp('Senator Charles Grassley said on Tuesday that the committee would not hold hearings.')
    tagger = load_tagger()
    found = tagger.attributions(doc, [])
    assert len(found) == 1
    quote = found[0]
    assert doc[slice(*quote.cue)].text.startswith("said")
    assert "Grassley" in doc[slice(*quote.source)].text
    assert "would not hold hearings" in doc[slice(*quote.contents[0])].text


def test_bio_runs_and_a_quote_split_by_its_cue_is_one_attribution():
    #          "A  ,"  X  said  .  "B  ."
    tags = ["B-CONTENT", "I-CONTENT", "B-SOURCE", "B-CUE", "O", "B-CONTENT", "I-CONTENT"]
    found = spans_of(tags)
    assert found == [("CONTENT", 0, 2), ("SOURCE", 2, 3), ("CUE", 3, 4), ("CONTENT", 5, 7)]
    assert link(found) == [Attribution(contents=[(0, 2), (5, 7)], cue=(3, 4), source=(2, 3))]


def test_each_content_goes_to_its_nearest_cue():
    found = [("SOURCE", 0, 1), ("CUE", 1, 2), ("CONTENT", 2, 6), ("SOURCE", 7, 8), ("CUE", 8, 9), ("CONTENT", 9, 12)]
    first, second = link(found)
    assert (first.source, first.contents) == ((0, 1), [(2, 6)])
    assert (second.source, second.contents) == ((7, 8), [(9, 12)])


def test_split_quote_comes_out_as_one_quote_with_its_speaker(extract):
    record = extract('"We will not accept this budget," Mr. Butterfield said on Thursday. "It cuts the programs our '
                     'districts depend on, and it will not pass the House."\n', "2016-03-10")
    quotes = [q for q in record.quotes if "budget" in q.text or "programs" in q.text]
    assert len(quotes) == 1
    assert "Butterfield" in quotes[0].speaker
    assert "will not pass the House" in quotes[0].text


TINY_TEXTS = [
    ('"We are not going to raise taxes," Senator Mark Hill said on Monday.', "Senator Mark Hill", "said",
     "We are not going to raise taxes"),
    ("The governor told reporters that the budget would pass by June.", "The governor", "told",
     "the budget would pass by June"),
    ("According to the campaign, the rally drew 5,000 people.", "the campaign", "According to",
     "the rally drew 5,000 people"),
]


def _training_script():
    sys.path.insert(0, str(ROOT / "training"))
    try:
        import train_attribution
    finally:
        sys.path.remove(str(ROOT / "training"))
    return train_attribution


def _span(text: str, part: str) -> list:
    start = text.index(part)
    return [start, start + len(part), part]


def test_training_script_runs_on_a_tiny_slice_and_its_model_tags(tmp_path, monkeypatch):
    spans = tmp_path / "tiny-train.spans.jsonl"
    with spans.open("w") as out:
        for n, (text, source, cue, content) in enumerate(TINY_TEXTS * 2):
            row = {"id": f"tiny-{n}", "text": text, "attributions": [
                {"source": _span(text, source), "cue": _span(text, cue), "content": _span(text, content)}]}
            out.write(json.dumps(row) + "\n")
    train_attribution = _training_script()
    model_dir = tmp_path / "model"
    assert train_attribution.main([str(spans), "--out", str(model_dir), "--iterations", "20", "--min-cue", "1"]) == 0
    tagger = AttributionTagger(model_dir / "attribution.crfsuite", model_dir / "cue_lemmas.tsv")
    assert "say" in tagger.cues
    monkeypatch.setenv("FRONTWIRE_QUOTE_MODEL", str(model_dir / "attribution.crfsuite"))
    attribution._load.cache_clear()
    # the replacement model is the one used, with its own cue lexicon next to it
    assert load_tagger().cues == tagger.cues


def test_training_refuses_a_dev_split(tmp_path):
    with pytest.raises(SystemExit):
        _training_script().main([str(tmp_path / "polnear-dev.spans.jsonl"), "--out", str(tmp_path)])


def test_a_missing_model_leaves_one_warning_and_the_rules_quotes(extract, monkeypatch):
    monkeypatch.setenv("FRONTWIRE_QUOTE_MODEL", "/nowhere/attribution.crfsuite")
    record = extract('"We will rebuild every school," Mayor Ihor Terekhov said on Monday.\n')
    assert len(record.quotes) == 1 and "Terekhov" in record.quotes[0].speaker
    assert any("/nowhere/attribution.crfsuite" in w and "rules only" in w for w in record.article.warnings)
