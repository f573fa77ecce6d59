"""Stop 28 (mech28): general event mechanisms set f showed (a pledge to defend told as a noun, ...).
Each case fails without the change its comment names, or guards that change's limit."""
import pytest

from test_events import events_of
from wordings import assert_gives_type_or_not, gives_type_or_not

PLEDGES_TO_DEFEND = [
    # support.yaml: a commitment, pledge or promise to defend an ally restated is SUPPORT (the noun's
    # infinitive is its `clause`, triggers._clauses_at)
    ("Biden renewed his pledge to protect Taiwan.", "SUPPORT"),
    ("NATO reaffirmed its pledge to defend every inch of allied territory.", "SUPPORT"),
    ("Paris reiterated its commitment to protect its Baltic partners.", "SUPPORT"),
]

NOT_PLEDGES_TO_DEFEND = [
    # ... an attack the pledge protects against is no attack (assault.yaml: head from/against)
    ("Biden renewed his pledge to protect Taiwan against any attack.", "ASSAULT"),
    ("Tokyo reaffirmed its commitment to protect the islands against any invasion.", "ASSAULT"),
    # ... nor is a firm's commitment to its customers support
    ("The company reaffirmed its commitment to protect its customers.", "SUPPORT"),
]


@gives_type_or_not(PLEDGES_TO_DEFEND, NOT_PLEDGES_TO_DEFEND)
def test_a_pledge_to_defend_restated_is_support(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


def test_a_restated_pledge_is_support_by_the_one_restating_it(extract):
    support = events_of(extract("Biden renewed his pledge to protect Taiwan.", "2025-01-15"), "SUPPORT")
    assert [[(a.name, a.role) for a in e.actors if a.role == "source"] for e in support] == [[("Biden", "source")]]


ACCUSATIONS_GIVEN_AS_REASONS = [
    # accuse.yaml: an accusation given as the reason of another act is an ACCUSE of its own, before the
    # act or after it, as "blaming" is (the suppressing entry is gone)
    ("Accusing Rwanda of backing the rebels, Congo severed diplomatic ties with Kigali.", "ACCUSE"),
    ("Congo severed diplomatic ties with Kigali, accusing Rwanda of backing the rebels.", "ACCUSE"),
    ("Accusing them of spying, Kenya expelled three Sudanese diplomats.", "ACCUSE"),
    ("Kenya expelled three Sudanese diplomats, accusing them of spying.", "ACCUSE"),
    # ... beside the act itself
    ("Accusing Rwanda of backing the rebels, Congo severed diplomatic ties with Kigali.", "SANCTION"),
    ("Congo severed diplomatic ties with Kigali, accusing Rwanda of backing the rebels.", "SANCTION"),
]


@gives_type_or_not(ACCUSATIONS_GIVEN_AS_REASONS, [])
def test_an_accusation_given_as_a_reason_is_an_accusation_leading_or_trailing(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


@pytest.mark.parametrize("text,target", [
    # events._place_attacked: a place named by its kind stands for the country of its name, in
    # apposition or in an "of" phrase, and so does the place an attack noun is "of"
    ("The army shelled the town of Kidal.", ("town (Kidal)", "MLI")),
    ("Russian forces launched fresh attacks on the capital, Kyiv, overnight.", ("capital (Kyiv)", "UKR")),
    ("The RSF intensified its shelling of the port city, Port Sudan, on Tuesday.", ("port city (Port Sudan)", "SDN")),
])
def test_a_place_attacked_named_by_its_kind_is_a_target_of_its_country(extract, text, target):
    attacks = events_of(extract(text, "2025-01-15"), "ASSAULT")
    assert [[(a.name, a.country) for a in e.actors if a.role == "target"] for e in attacks] == [[target]]


def test_an_area_attacked_is_still_ground_not_a_party(extract):
    # (not a place-kind noun: NOT_ACTORS keeps it out)
    attacks = events_of(extract("The army shelled the area near Kidal.", "2025-01-15"), "ASSAULT")
    assert not [a for e in attacks for a in e.actors if a.role == "target" and a.name.startswith("area")]


HEADLINE_VERBS_READ_AS_NOUNS = [
    # nlp.headlines: in a sentence with no finite verb, a present-tense form of a lexicon verb between a
    # noun phrase it agrees with and a noun phrase is the sentence's verb
    ("Houthis fire missiles at tanker in Red Sea", "ASSAULT"),
    ("Rebels shell army base near Goma", "ASSAULT"),
    ("Army shells rebel positions in Idlib", "ASSAULT"),
    ("Police lathicharge protesters in Patna", "ASSAULT"),
    ("Militants ambush convoy in Borno", "ASSAULT"),
    ("Police detain opposition leaders in Tbilisi", "COERCE"),
]


@gives_type_or_not(HEADLINE_VERBS_READ_AS_NOUNS, [])
def test_a_headline_verb_read_as_a_noun_is_the_sentences_verb(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


def test_a_headline_verb_read_as_a_noun_has_its_subject_and_object(extract):
    attacks = events_of(extract("Rebels attack army post near Bunia", "2025-01-15"), "ASSAULT")
    assert [[(a.name, a.role) for a in e.actors] for e in attacks] == [[("Rebels", "source"), ("army post", "target")]]


def test_a_headline_participle_of_a_verb_done_to_its_noun_is_passive(extract):
    # (not the noun's own act, as "vessels massed" is: the arrest's people are its target)
    arrests = events_of(extract("Dozens Detained As Georgians Mark A Year Of Protests", "2025-01-15"), "COERCE")
    assert [[a.role for a in e.actors] for e in arrests] == [["source"]]
    assert arrests[0].actors[0].sector == "police"


@pytest.mark.parametrize("text,event_type,background", [
    # events._without_other_clauses: a year on an agreement a preposition names is its name, not the
    # act's day
    ("Washington reaffirmed its commitment to defend the Philippines under the 1951 mutual defence treaty.", "SUPPORT", False),
    # ... a year that dates the act still does
    ("The rebels attacked the town in 1998, in breach of the 1994 accord.", "ASSAULT", True),
])
def test_a_year_naming_an_agreement_does_not_date_the_act(extract, text, event_type, background):
    record = extract(text, "2025-01-15")
    found = [e for e in record.events + record.secondary_events if e.type == event_type]
    assert found and all(e.background == background for e in found), [(e.type, e.background) for e in found]
