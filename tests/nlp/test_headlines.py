"""nlp.headlines on the model's parse: the repairs a headline's sentence gets, and their limits."""
import pytest


@pytest.mark.parametrize("text,sentences", [
    # _rejoin_prepositional_tails: a sentence the parser opened at a headline's preposition is
    # that headline's phrase ...
    ("Houthis Fire Missiles At Tanker In Red Sea", ["Houthis Fire Missiles At Tanker In Red Sea"]),
    ("Rebels Seize Town In Eastern Congo", ["Rebels Seize Town In Eastern Congo"]),
    # ... not across a line, nor after a full stop
    ("Houthis Fire Missiles\nAt Tanker In Red Sea", ["Houthis Fire Missiles\n", "At Tanker In Red Sea"]),
    ("Rebels seized the town. In the east, troops held out.", ["Rebels seized the town.", "In the east, troops held out."]),
])
def test_a_headlines_prepositional_tail_stays_in_its_sentence(pipeline, text, sentences):
    assert [s.text for s in pipeline.nlp(text).sents] == sentences


@pytest.mark.parametrize("text,word,lemma", [
    # _lemmatise_capitalised_nouns: a title-case headline's common noun read as a proper noun gets its lemma
    ("Houthis Fire Missiles At Tanker", "Missiles", "missile"),
    ("Mass Arrests Follow Protests In Tehran", "Arrests", "arrest"),
    # ... not a name the dictionary does not hold, nor a word of running prose
    ("Houthis Fire Missiles At Tanker", "Houthis", "Houthis"),
    ("The Missiles were fired at the tanker.", "Missiles", "Missiles"),
])
def test_a_capitalised_headlines_nouns_get_their_lemmas(pipeline, text, word, lemma):
    assert next(t.lemma_ for t in pipeline.nlp(text) if t.text == word) == lemma


def test_a_prose_sentence_cut_at_a_lower_case_preposition_is_left(pipeline):
    # (the parser cuts this wrapped prose before "that": a word of prose, in lower case, is no headline's)
    text = ('His brother announced his death on Friday.\n            In a statement, Mr Smith said that while Chad '
            'remained "a troubled country, it is my hope that today\n            marks a move away from the horrors".')
    assert "that today\n            " in [s.text for s in pipeline.nlp(text).sents]


def test_plurals_with_no_s_are_data():
    # (words.yaml's plural_without_s, not a list in the code: "Taliban Seize Town" has a plural subject)
    from frontwire import vocab
    from frontwire.nlp import headlines

    assert headlines.PLURAL_WITHOUT_S == vocab.words("plural_without_s") >= {"police", "people", "taliban"}
