"""text_of: a Doc's text built once."""
from frontwire.nlp.text import text_of


def test_text_of_is_the_docs_text_and_is_built_once(pipeline):
    doc = pipeline.nlp("KYIV — Russian drones struck Kharkiv overnight,  the governor said.\n\nTwo were hurt.")
    first = text_of(doc)
    assert first == doc.text
    assert text_of(doc) is first  # kept, not rebuilt from the tokens
