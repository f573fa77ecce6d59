"""The shared vocabulary (frontwire/vocab.py over frontwire/data/): each word class written once,
read by the extractors and the cross-check alike."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from frontwire import vocab
from frontwire.crosscheck import cluster, reports
from frontwire.extract import dates, entities, events, places, quantities, speakers, verification

PACKAGE = Path(vocab.__file__).parent
WORDS = PACKAGE / "data" / "words.yaml"
USES = re.findall(r"^#   ([a-z_]+)\s", WORDS.read_text(encoding="utf-8"), re.M)


class _NoDuplicateKeys(yaml.SafeLoader):
    """A loader that refuses a key given twice (plain YAML keeps the last one silently)."""

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
        twice = {k for k in keys if keys.count(k) > 1}
        assert not twice, f"written twice in {WORDS.name}: {sorted(twice)}"
        return super().construct_mapping(node, deep=deep)


def test_every_word_is_written_once_and_every_use_is_documented_and_taken() -> None:
    data = yaml.load(WORDS.read_text(encoding="utf-8"), Loader=_NoDuplicateKeys)
    sections = [table for name, table in data.items() if name != "numbers"]
    words = [w for table in sections for w in table]
    assert len(words) == len(set(words)), "a word stands in two sections"
    given = {use for table in sections for uses in table.values() for use in uses}
    assert given == set(USES), "every use in the file's header is given to words, and only those"
    source = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    for use in USES:
        assert f'vocab.words("{use}")' in source, f"no rule takes {use!r}"


def test_rules_of_extract_and_crosscheck_read_their_words_from_the_vocabulary() -> None:
    assert places.ORG_WORDS == vocab.words("not_a_place") and "kremlin" in places.ORG_WORDS
    assert places.LOCATIVE_PREPS == vocab.words("before_a_place") and "between" in places.LOCATIVE_PREPS
    assert events.LOCATIVE_PREPS == vocab.words("event_place") and "off" in events.LOCATIVE_PREPS
    assert "via" in events.DIRECTION_PREPS and "via" not in places.LOCATIVE_PREPS
    assert entities.ROLE_WORDS == vocab.words("role_before_name") and "ombudswoman" in entities.ROLE_WORDS
    assert speakers.GENERIC_PERSON_HEADS <= speakers.PERSON_ROLES
    assert "general" in vocab.words("speaker_filler") and "general" not in vocab.words("not_a_person")
    # "Defence Ministry": the ministry of a speaker's name is too common to show a text names him.
    assert cluster._names("Russia's Defence Ministry", "russia's defence said")
    with pytest.raises(KeyError, match="words.yaml"):
        vocab.words("not_a_use")


def test_number_words_are_one_table_for_dates_quantities_and_the_crosscheck() -> None:
    assert quantities.parse_quantities("Seventeen people were killed and forty-two wounded").killed == 17
    assert dates.story_offset_days("Seven days earlier, drones hit the port.") == -7
    assert dates._NUM_WORDS["twelve"] == 12 and "thirteen" not in dates._NUM_WORDS
    assert reports._NUMBER_WORDS[12] == "twelve" and reports._NUMBER_WORDS[40] == "forty"
    assert set(vocab.numbers(0, 19)) | set(vocab.numbers(20, 90)) == set(vocab.numbers())


@pytest.mark.parametrize("sentence", [
    "The claim could not be independently verified.",
    "Reuters was unable to independently verify the report.",
    "There was no independent confirmation of the figures.",
    "The figures have not been independently verified.",
])
def test_a_disclaimer_is_unverified_to_the_extractor_and_a_qualifier_to_the_crosscheck(sentence: str) -> None:
    assert verification.is_disclaimer(sentence)
    assert reports.QUALIFIER_CUE.search(sentence)


def test_the_crosscheck_keeps_its_doubts_that_are_no_disclaimer() -> None:
    sentence = "Kyiv called the Russian figures exaggerated and the talk of a breakthrough premature."
    assert not verification.is_disclaimer(sentence)
    assert [m.group(0).lower() for m in reports.QUALIFIER_CUE.finditer(sentence)] == ["exaggerated", "premature"]
    # A disclaimer is a qualifier to the end of its word, as the report lists it.
    found = reports.QUALIFIER_CUE.search("The claim could not be independently verified.")
    assert found.group(0) == "could not be independently verified"


def test_no_word_class_is_written_out_again_in_extract_or_crosscheck() -> None:
    moved = {"ORG_WORDS", "NON_PERSON_WORDS", "ROLE_WORDS", "GROUP_HEADS", "GENERIC_GROUP_HEADS",
             "GENERIC_PERSON_HEADS", "PERSON_ROLES", "LOCATIVE_PREPS", "DIRECTION_PREPS", "_UNITS", "_TENS",
             "_NUM_WORDS", "_NUMBER_WORDS", "_SMALL_NUMBERS", "QUALIFIER_CUE"}
    # (not the articles a headline leaves small: "a" is also the number one, dates._NUM_WORDS; the
    # prepositions among those words are known by their other uses)
    known = set(vocab.numbers()) | {w for use in USES if use != "headline_small_word" for w in vocab.words(use)}
    for path in [*(PACKAGE / "extract").glob("*.py"), *(PACKAGE / "crosscheck").glob("*.py")]:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and node.targets[0].id in moved:
                written = {c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant)} & known
                assert not written, f"{path.name}: {node.targets[0].id} writes {sorted(written)} out again"
