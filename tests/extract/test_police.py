"""The police-action classifier (trained on IndiaPoliceEvents train) and its check on arrests."""
from __future__ import annotations

import datetime as dt

import pytest

from frontwire.errors import FrontwireError
from frontwire.extract.police import CONFIRM_AT, load_classifier, sentence_words
from frontwire.models import Article

DONE = "The police arrested 32 persons in Vadodara on Tuesday night for rioting."
PROMISED = "We will not hesitate in arresting even the senior leaders of the outfit, the commissioner said."
FIRING = "Police fired ten rounds and lobbed tear gas shells to disperse the stone-pelting mob."
CURFEW = "Curfew was imposed in four police station areas of the old city on Monday."
FOILED = "A mob tried to set the shops ablaze but was foiled by the police, who fired 12 rounds and lobbed tear gas shells."
FEARED = "We could be attacked again tomorrow, said a resident of the relief camp."
DENIED = "The police denied that the 12 activists arrested on Sunday had been beaten in custody."
ARTICLE = "VADODARA:\n\n" + "\n\n".join([DONE, PROMISED, CURFEW, FOILED, FEARED, DENIED])


def test_words_are_read_in_lower_case_with_figures_as_num():
    assert sentence_words("Police ARRESTED 32 persons.") == "police arrested NUM persons"
    assert sentence_words("—") == "EMPTY"


def test_classifier_tells_an_arrest_made_from_one_promised():
    done, promised, firing = load_classifier().scores([DONE, PROMISED, FIRING])
    assert done["COERCE"] >= 0.5 > done["ASSAULT"]
    assert promised["COERCE"] < CONFIRM_AT
    assert firing["ASSAULT"] >= 0.5 > firing["COERCE"]


def _events(pipeline, kind: str) -> set[tuple[str, str, str]]:
    """(type, trigger, the sentence) of the article's events or secondary events."""
    record = pipeline.process(Article(source="<test>", text=ARTICLE, published=dt.date(2002, 3, 5)))
    return {(e.type, e.trigger, e.evidence) for e in getattr(record, kind)}


def test_a_promised_arrest_is_set_aside_and_the_rest_kept(pipeline, monkeypatch):
    monkeypatch.delenv("FRONTWIRE_POLICE_MODEL", raising=False)
    events = _events(pipeline, "events")
    assert ("COERCE", "arrested", DONE) in events
    assert ("COERCE", "Curfew", CURFEW) in events  # a curfew is COERCE, never doubted
    assert ("COERCE", "arresting", PROMISED) not in events
    assert ("COERCE", "arresting", PROMISED) in _events(pipeline, "secondary_events")


def test_a_doubted_act_stays_only_when_the_classifier_confirms_it(pipeline, monkeypatch):
    monkeypatch.delenv("FRONTWIRE_POLICE_MODEL", raising=False)
    events, secondary = _events(pipeline, "events"), _events(pipeline, "secondary_events")
    # "denied that the activists arrested on Sunday had been beaten": the arrest itself was made
    assert ("COERCE", "arrested", DENIED) in events and ("COERCE", "arrested", DENIED) not in secondary
    # "we could be attacked": hypothetical, and no act of force in the sentence
    assert ("ASSAULT", "attacked", FEARED) in secondary and ("ASSAULT", "attacked", FEARED) not in events
    # an attack the rules call planned is not judged ("a mob tried to set the shops ablaze")
    assert ("ASSAULT", "set", FOILED) in events


def test_rules_alone_keep_the_doubted_acts(pipeline, monkeypatch):
    monkeypatch.setenv("FRONTWIRE_POLICE_MODEL", "rules")
    events = _events(pipeline, "events")
    assert ("COERCE", "arresting", PROMISED) in events and ("ASSAULT", "attacked", FEARED) in events


def test_a_missing_model_is_one_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("FRONTWIRE_POLICE_MODEL", str(tmp_path / "nowhere"))
    with pytest.raises(FrontwireError, match="nowhere.*FRONTWIRE_POLICE_MODEL"):
        load_classifier()
