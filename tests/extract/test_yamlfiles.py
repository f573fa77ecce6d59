"""The one reader of the extractors' files of named word classes (lexicon/classes.yaml, data/quotes.yaml)."""
import re
from pathlib import Path

import pytest

from frontwire.extract.yamlfiles import read_yaml, word_classes

EXTRACT = Path(__file__).resolve().parents[2] / "frontwire" / "extract"


def test_a_word_yaml_reads_as_a_boolean_is_refused(tmp_path):
    # unquoted, "on" and "no" are booleans to YAML: the class would silently hold "true" and "false"
    path = tmp_path / "classes.yaml"
    path.write_text("TOPIC_PREPS: [about, on, no]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="quote it"):
        word_classes(path)


@pytest.mark.parametrize("text", ["TEXT_NOUNS:\n  statement: [HEADS]\n  poll:\n", "TEXT_NOUNS:\n", "TEXT_NOUNS: statement\n"])
def test_a_class_not_written_as_a_list_is_refused_by_name(tmp_path, text):
    # "poll:" with no list of other classes is None to YAML; a class with no list at all too
    path = tmp_path / "classes.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="classes.yaml: TEXT_NOUNS is not a list"):
        word_classes(path)


def test_a_class_defined_twice_in_one_file_is_refused_by_name(tmp_path):
    # PyYAML would keep the second definition and drop the first without a word (two branches each adding one)
    path = tmp_path / "classes.yaml"
    path.write_text("VOWED_ATTACKS: [attack]\nMILESTONE_WORDS: [first]\nVOWED_ATTACKS: [raid]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"classes.yaml: 'VOWED_ATTACKS' is defined twice .*line 3"):
        word_classes(path)


def test_a_key_given_twice_in_a_trigger_is_refused(tmp_path):
    path = tmp_path / "coerce.yaml"
    path.write_text("triggers:\n- {lemma: invoke, not_example: [a], not_example: [b]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="coerce.yaml: 'not_example' is defined twice"):
        read_yaml(path)


def test_equal_keys_in_different_mappings_are_read(tmp_path):
    path = tmp_path / "assault.yaml"
    path.write_text("triggers:\n- {lemma: shoot, note: a}\n- {lemma: stab, note: b}\n", encoding="utf-8")
    assert read_yaml(path) == {"triggers": [{"lemma": "shoot", "note": "a"}, {"lemma": "stab", "note": "b"}]}


def test_words_are_read_lower_case(tmp_path):
    path = tmp_path / "classes.yaml"
    path.write_text('TITLES: [Mr, "%", "on"]\n', encoding="utf-8")
    assert word_classes(path) == {"TITLES": frozenset({"mr", "%", "on"})}


def test_a_class_of_words_with_their_other_classes_puts_each_word_in_them(tmp_path):
    path = tmp_path / "classes.yaml"
    path.write_text("TEXT_NOUNS: {statement: [HEADS, ISSUED], poll: [DOCUMENTS]}\nHEADS: [letter]\n", encoding="utf-8")
    assert word_classes(path) == {"TEXT_NOUNS": frozenset({"statement", "poll"}), "HEADS": frozenset({"statement", "letter"}),
                                  "ISSUED": frozenset({"statement"}), "DOCUMENTS": frozenset({"poll"})}


def test_the_classes_every_importer_shares_are_read_only(tmp_path):
    path = tmp_path / "classes.yaml"
    path.write_text("TITLES: [mr]\n", encoding="utf-8")
    with pytest.raises(TypeError):
        word_classes(path)["TITLES"] = frozenset({"dr"})


def test_every_quote_class_is_read_by_the_quotes_stage():
    # read as WORDS["NAME"] (or WORDS['NAME']); a name in a comment or a docstring is no reading
    sources = "".join((EXTRACT / name).read_text(encoding="utf-8") for name in ("quotes.py", "speakers.py"))
    unused = [name for name in word_classes(EXTRACT / "data" / "quotes.yaml")
              if not re.search(rf"""WORDS\[["']{name}["']\]""", sources)]
    assert unused == []


def test_a_class_takes_in_the_subsets_it_names(tmp_path):
    # lex28: MILITARY_FORCES is a union of ARMED_DOERS's subsets, named once, written before or after them
    path = tmp_path / "classes.yaml"
    path.write_text("ARMED: ['@STATE', '@GROUPS', sniper]\nDOERS:\n  army: [STATE]\n  rebel: [GROUPS]\n  police: [POLICE]\n",
                    encoding="utf-8")
    assert word_classes(path)["ARMED"] == {"army", "rebel", "sniper"}
    assert word_classes(path)["DOERS"] == {"army", "rebel", "police"}


@pytest.mark.parametrize("text, message", [("A: ['@B']\nB: ['@A']\n", "A takes itself in"),
                                           ("A: ['@MISSING', word]\n", "@MISSING, which is no class")])
def test_a_union_of_itself_or_of_no_class_is_refused_by_name(tmp_path, text, message):
    path = tmp_path / "classes.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        word_classes(path)


def test_the_armed_doers_are_one_class_of_named_subsets():
    # lex28: every armed class the rows read is made of ARMED_DOERS's subsets, so none can hold a word the others lack
    classes = word_classes(EXTRACT / "lexicon" / "classes.yaml")
    for union in ("MILITARY_FORCES", "ARMED_MEN", "DEPLOYABLE_FORCES", "ARMED_COMBATANTS"):
        assert classes[union] <= classes["ARMED_DOERS"], union
    assert "police" in classes["DEPLOYABLE_FORCES"] and "police" not in classes["MILITARY_FORCES"]


def test_a_class_taken_in_as_a_word_of_subsets_is_refused(tmp_path):
    # in a class of words each with its subsets, '@STATE' would be dropped from the class and kept as a word of STATE
    path = tmp_path / "classes.yaml"
    path.write_text("DOERS:\n  army: [STATE]\n  '@STATE': [GROUPS]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="@STATE in DOERS takes in a class"):
        word_classes(path)
