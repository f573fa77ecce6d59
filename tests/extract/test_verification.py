"""Events the text marks as unchecked ("could not be independently verified") carry `unverified`."""
from __future__ import annotations

import re

import pytest

from frontwire.extract.verification import is_disclaimer, unverified_spans


@pytest.mark.parametrize("sentence", [
    "The claim could not be independently verified.",
    "Reuters could not immediately verify the report.",
    "The Kyiv Independent could not independently verify either side's claims.",
    "The Guardian was unable to independently verify the figures.",
    "The figures have not been independently confirmed.",
    "Neither account can be independently verified.",
    "The army provided no evidence for the claim.",
    "Hamas said the strike killed 12 people, without providing evidence.",
    "The toll is unconfirmed.",
])
def test_disclaimers_are_recognised(sentence: str) -> None:
    assert is_disclaimer(sentence)


@pytest.mark.parametrize("sentence", [
    "Officials confirmed that three people were killed.",
    "The ministry said its forces had advanced 10 kilometres.",
    "Investigators found evidence of shelling near the school.",
    "Inspectors verified the destruction of the stockpile.",
    "The ministry can confirm that three soldiers were wounded.",
    "Hospital officials could confirm only two deaths.",
])
def test_plain_reporting_is_not_a_disclaimer(sentence: str) -> None:
    assert not is_disclaimer(sentence)


def _bounds(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+\.", text)]


def test_a_disclaimer_covers_its_paragraph_back_to_the_claim_only() -> None:
    text = ("Drones struck Kharkiv on Monday, officials said.\n\n"
            "The ministry said its forces had killed 120 soldiers. The claim could not be independently verified.\n\n"
            "Talks resumed in Geneva.")
    covered = unverified_spans(text, _bounds(text))
    covered_text = [text[a:b].strip() for a, b in covered]
    assert "The ministry said its forces had killed 120 soldiers." in covered_text
    assert not any("Kharkiv" in t or "Geneva" in t for t in covered_text)  # other paragraphs stay as told


def test_the_pipeline_marks_the_ministrys_claim(extract) -> None:
    record = extract("MOSCOW - Russia's Defence Ministry said on Tuesday its troops had captured the village of "
                     "Novoekonomichne in Ukraine's Donetsk region.\n\n"
                     "The ministry said its forces had killed up to 120 Ukrainian servicemen in the area over the past day. "
                     "The claim could not be independently verified.\n\n"
                     "Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, the governor said.")
    unverified = [e.evidence for e in record.events if e.unverified]
    assert any("120 Ukrainian servicemen" in e for e in unverified)
    assert not any("Bryansk" in e for e in unverified)
