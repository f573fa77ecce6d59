"""tokens_of: the token table every extractor shares says what spaCy's Token objects say."""
from frontwire.extract.entities import relabel_people
from frontwire.nlp import tokens
from frontwire.nlp.tokens import names_of, tokens_of

TEXT = ("KYIV — Russian drones struck Kharkiv overnight,  the governor said.\n\n"
        "\"We will rebuild,\" Mayor Ihor Terekhov told reporters on Monday. Two were hurt.")


def test_the_table_gives_each_tokens_attributes_and_sentence(pipeline):
    doc = pipeline.nlp(TEXT)
    table = tokens_of(doc)
    assert len(table) == len(doc)
    for token in doc:
        i = token.i
        assert (table.text[i], table.lower[i], table.lemma[i], table.pos[i], table.tag[i], table.dep[i]) == (
            token.text, token.lower_, token.lemma_, token.pos_, token.tag_, token.dep_)
        assert (table.ent_iob[i], table.ent_type[i], table.head[i], table.idx[i], table.is_space[i]) == (
            token.ent_iob_, token.ent_type_, token.head.i, token.idx, token.is_space)
        assert (table.sent_start[i], table.sent_end[i]) == (token.sent.start, token.sent.end)
        assert table.children[i] == [c.i for c in token.children]
    assert table.sent[-1] == len(list(doc.sents)) - 1
    assert "nsubj" in table.dep and "PERSON" in table.ent_type  # real parses, not empty columns


def test_the_table_is_read_once_per_doc_and_again_after_entities_relabels(pipeline):
    from spacy.tokens import Span

    doc = pipeline.nlp("Steve Witkoff arrived in Moscow. Witkoff said the talks went well.")
    later = [t.i for t in doc if t.text == "Witkoff"][1]
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, later, later + 1, label="ORG")]
    first = tokens_of(doc)
    assert tokens_of(doc) is first and first.ent_type[later] == "ORG"
    relabel_people(doc)  # the surname of a person named earlier is that person, not an ORG
    assert tokens_of(doc) is not first and tokens_of(doc).ent_type[later] == "PERSON"


def test_an_empty_doc_gives_an_empty_table(pipeline):
    assert len(tokens_of(pipeline.nlp(""))) == 0


def test_the_tables_subtree_walk_gives_spacys_subtree_in_its_order(pipeline):
    doc = pipeline.nlp("The regional governor, Vadym Filashkin, said on Telegram that Russian troops, who had "
                       "massed near the town, shelled two villages overnight, killing three residents.\n")
    table = tokens_of(doc)
    assert all(table.subtree(token.i) == [t.i for t in token.subtree] for token in doc)
    assert len(table.subtree(doc[0].sent.root.i)) > 20  # a real tree, not single tokens


def test_the_attribute_ruler_reads_its_strings_through_the_tables_memo(pipeline):
    doc = pipeline.nlp("Shelling hit Vysokopillianka overnight.")
    assert "frontwire.tokens" not in doc.user_data  # no table read yet: only the ruler has run
    assert tokens._NAMES[doc.vocab.strings["vysokopillianka"]] == "vysokopillianka"


def test_the_string_memo_starts_again_past_its_limit(pipeline, monkeypatch):
    strings = pipeline.nlp.vocab.strings
    monkeypatch.setattr(tokens, "_NAMES", {0: ""})  # apart from the process's memo
    monkeypatch.setattr(tokens, "NAMES_LIMIT", 3)
    words = ["drones", "struck", "Kharkiv", "overnight"]
    keys = [strings.add(word) for word in words]
    assert names_of(keys, strings) == words and len(tokens._NAMES) == 5
    governor = strings.add("governor")
    assert names_of([governor, 0], strings) == ["governor", ""]
    assert tokens._NAMES == {0: "", governor: "governor"}
    assert names_of(keys, strings) == words
