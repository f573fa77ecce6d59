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


@pytest.mark.parametrize("text,word,head,label", [
    # _split_at_prepositions_read_as_nouns: a title-case or capitals headline's preposition the tagger read
    # as a word of a name is a preposition of the phrase before it, the rest its object
    ("Lawyers Stage Walkout Over Court Fees", "Over", "Stage", "prep"),
    ("Lawyers Stage Walkout Over Court Fees", "Walkout", "Stage", "dobj"),
    ("Lawyers Stage Walkout Over Court Fees", "Fees", "Over", "pobj"),
    # ... not a word of a name ("Bank Of England"), nor a preposition of prose
    ("Bank Of England Raises Rates Again", "England", "Of", "pobj"),
])
def test_a_headlines_capitalised_preposition_is_a_preposition(pipeline, text, word, head, label):
    token = next(t for t in pipeline.nlp(text) if t.text == word)
    assert (token.head.text, token.dep_) == (head, label)


def test_a_headline_in_capitals_is_read_as_one_in_title_case(pipeline):
    # _plural: a word in capitals is plural by its ending whatever its tag; _capitalised_name: a plural of an
    # English noun at the start is no proper name ("NURSES" is the verb's subject, "STAGE" the verb)
    doc = pipeline.nlp("NURSES STAGE WALKOUT OVER UNPAID WAGES")
    assert [(t.text, t.dep_) for t in doc if t.dep_ in {"ROOT", "nsubj", "dobj"}] == [
        ("NURSES", "nsubj"), ("STAGE", "ROOT"), ("WALKOUT", "dobj")]
    # ... while a surname in capitals keeps the model's reading
    assert next(t for t in pipeline.nlp("AUSTIN WARNS IRAN OVER ATTACKS") if t.text == "AUSTIN").dep_ != "nsubj"


@pytest.mark.parametrize("text,word", [
    # _verb_of_name_before: in capitals a verb's third-person form right after a name is that name's verb, no
    # plural the next word agrees with as its subject
    ("HAMAS CLAIMS ATTACK ON ARMY BASE", "CLAIMS"),
    ("ISIS CLAIMS BOMBING OF MOSQUE", "CLAIMS"),
])
def test_a_capitals_verb_after_a_name_is_no_subject_of_the_word_after(pipeline, text, word):
    claims = next(t for t in pipeline.nlp(text) if t.text == word)
    assert claims.dep_ not in {"nsubj", "nsubjpass"}
