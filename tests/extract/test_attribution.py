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


def test_a_quotation_tagged_content_in_part_is_content_from_mark_to_mark(pipeline):
    from frontwire.extract.attribution import _fill_quotations
    from frontwire.extract.quotespans import find_quote_spans

    text = '"Trump is a disgusting fraud. By any definition, he is a fraud," said Rep. Hill.'
    doc = pipeline.nlp(text)
    tags = ["O"] * len(doc)
    fraud = [t.i for t in doc if t.text == "fraud"]
    tags[1:fraud[0] + 1] = ["B-CONTENT"] + ["I-CONTENT"] * fraud[0]  # 'Trump is a disgusting fraud', then a gap
    tags[fraud[1]] = "B-CUE"  # a quoted word taken for a cue
    _fill_quotations(doc, tags, find_quote_spans(text))
    closing = [t.i for t in doc if t.text == '"'][1]
    assert tags[0] == "B-CONTENT" and all(tag == "I-CONTENT" for tag in tags[1:closing + 1])
    assert tags[closing + 2] == "O"  # 'said' after the quotation is untouched


def test_an_untagged_speech_verb_between_two_contents_starts_a_second_attribution(pipeline):
    text = '"We cannot afford this anymore," Trump said, adding later, "NATO is costing us a fortune."'
    doc = pipeline.nlp(text)
    said = next(t.i for t in doc if t.text == "said")
    trump = next(t.i for t in doc if t.text == "Trump")
    first_close = [t.i for t in doc if t.text == '"'][1]
    tagger = load_tagger()
    joined = Attribution(contents=[(0, first_close + 1), (said + 5, len(doc) - 1)], cue=(said, said + 1),
                         source=(trump, trump + 1))
    first, second = tagger._split_at_untagged_cues(doc, [joined])
    assert first.contents == [(0, first_close + 1)] and first.cue == (said, said + 1)
    assert doc[slice(*second.cue)].text == "adding" and second.source == (trump, trump + 1)
    assert doc[slice(*second.contents[0])].text.startswith('"NATO')


def test_the_interrupting_cue_itself_does_not_split_a_quote(pipeline):
    text = '"We are ready," Trump said. "We will win."'
    doc = pipeline.nlp(text)
    said = next(t.i for t in doc if t.text == "said")
    joined = Attribution(contents=[(0, said - 1), (said + 2, len(doc))], cue=(said, said + 1), source=(said - 1, said))
    assert load_tagger()._split_at_untagged_cues(doc, [joined]) == [joined]


def test_a_content_goes_to_the_cue_of_its_own_sentence_before_a_nearer_one():
    # The Times(0) reported(1) at the time that the editor told Martin(2-10) that her statement was
    # "not in line"(11-17) .(17) The network(18) said(19) it would send her(20-23)
    found = [("SOURCE", 0, 1), ("CUE", 1, 2), ("CONTENT", 11, 17), ("SOURCE", 18, 19), ("CUE", 19, 20),
             ("CONTENT", 20, 23)]
    sentence_of = [0] * 18 + [1] * 5
    first, second = link(found, sentence_of)
    assert (first.source, first.cue, first.contents) == ((0, 1), (1, 2), [(11, 17)])
    assert (second.cue, second.contents) == ((19, 20), [(20, 23)])
    # by distance alone the next sentence's cue would take both
    assert link(found) == [Attribution(contents=[(11, 17), (20, 23)], cue=(19, 20), source=(18, 19))]
    # a quote whose own sentence has no cue still joins the cue that interrupts it: '"A," X said. "B."'
    split = [("CONTENT", 0, 3), ("SOURCE", 3, 4), ("CUE", 4, 5), ("CONTENT", 6, 9)]
    assert link(split, [0] * 6 + [1] * 3) == [Attribution(contents=[(0, 3), (6, 9)], cue=(4, 5), source=(3, 4))]


def test_a_content_running_into_a_sentence_with_its_own_cue_is_cut_there():
    # team(0) says(1) she will continue this week .(2-7) In addition the campaign plans ..(7-12) ,(12) a spokesman(13) announced(14)
    found = [("SOURCE", 0, 1), ("CUE", 1, 2), ("CONTENT", 2, 12), ("SOURCE", 13, 14), ("CUE", 14, 15)]
    sentence_of = [0] * 7 + [1] * 9
    first, second = link(found, sentence_of)
    assert (first.cue, first.contents) == ((1, 2), [(2, 7)])
    assert (second.cue, second.source, second.contents) == ((14, 15), (13, 14), [(7, 12)])
    # a quote of several sentences with one cue stays one content
    quote = [("SOURCE", 0, 1), ("CUE", 1, 2), ("CONTENT", 2, 12)]
    assert link(quote, sentence_of)[0].contents == [(2, 12)]


def test_a_tagged_clause_stopped_at_a_comma_is_not_run_on_to_the_sentence_end(pipeline):
    from frontwire.extract.attribution import _to_sentence_end

    doc = pipeline.nlp("Critics say resources could be better spent with NATO, the existing military alliance.")
    nato = next(t.i for t in doc if t.text == "NATO")
    tags = ["O"] * len(doc)
    assert _to_sentence_end(doc, tags, (2, nato + 1)) == (2, nato + 1)
    spent = next(t.i for t in doc if t.text == "spent")
    assert _to_sentence_end(doc, tags, (2, spent + 1)) == (2, len(doc) - 1)  # stopped mid-phrase: runs on


def test_a_tokens_features_come_in_the_order_the_model_was_trained_with(pipeline):
    doc = pipeline.nlp('"We will not leave," the minister said on Monday.')
    rows = attribution.token_features(doc, [], load_tagger().cues)
    said = next(t.i for t in doc if t.text == "said")
    row = rows[said]
    assert row[:6] == ["bias", "w=said", "lemma=say", "pos=VERB", "tag=VBD", f"dep={doc[said].dep_}"]
    assert row[10:14] == [f"hpos={doc[said].head.pos_}", f"dep_h={doc[said].dep_}>{doc[said].head.lemma_.lower()}",
                          "cuelex=True", f"hcue={doc[said].head.lemma_.lower() in load_tagger().cues}"]
    # the four neighbours last, each as lemma, part of speech, dependency and quotation mark
    window = row[-16:]
    assert [f.split(":")[0] for f in window] == ["-2"] * 4 + ["-1"] * 4 + ["1"] * 4 + ["2"] * 4
    assert window[4:8] == ["-1:lemma=minister", "-1:pos=NOUN", f"-1:dep={doc[said - 1].dep_}", "-1:q="]
    assert rows[0][-10:-6] == ["-2:edge", "-1:edge", "1:lemma=we", "1:pos=PRON"]  # one feature past the edge


def test_only_the_given_ranges_get_feature_rows_and_they_match_the_whole_doc_rows(pipeline):
    doc = pipeline.nlp("The army said it had taken the town.\n\nResidents fled overnight, officials said.")
    cues = load_tagger().cues
    whole = attribution.token_features(doc, [], cues)
    paragraphs = attribution.sequences(doc)
    assert len(paragraphs) == 2
    second = attribution.token_features(doc, [], cues, paragraphs[1:])
    start, end = paragraphs[1]
    assert second[start:end] == whole[start:end] and not any(second[:start])


def test_the_feature_string_cache_starts_again_when_full_and_gives_the_same_strings(monkeypatch):
    monkeypatch.setattr(attribution, "CACHE_LIMIT", 2)
    named = attribution._Named(lambda value: "w=" + value)
    assert [named[w] for w in ("the", "army", "said", "the")] == ["w=the", "w=army", "w=said", "w=the"]
    assert len(named) <= 2


def test_the_near_column_names_each_tokens_nearest_cue_as_nearest_cue_does():
    from frontwire.extract.attribution import _near_column, _nearest_cue

    cues = [3, 9, 30]  # in the first sentence (tokens 0-39); the second (40-49) has none
    column = _near_column({0: cues}, [0] * 40 + [40] * 10, 0, 50)
    assert column[:40] == [f"near={_nearest_cue(cues, i)}" for i in range(40)]
    assert column[40:] == ["near=none"] * 10
    assert column[6] == "near=after2-3" and column[20] == "near=beforefar"
