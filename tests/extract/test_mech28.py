"""Stop 28 (mech28): general event mechanisms set f showed (a pledge to defend told as a noun, ...).
Each case fails without the change its comment names, or guards that change's limit."""
import pytest

from test_events import events_of
from wordings import assert_gives_type_or_not, gives_type_or_not

ATTACKS_PROTECTED_AGAINST = [
    # assault.yaml: an attack a pledge protects against is a danger, not a happening (head from/against)
    ("Biden renewed his pledge to protect Taiwan against any attack.", "ASSAULT"),
]


@gives_type_or_not([], ATTACKS_PROTECTED_AGAINST)
def test_an_attack_protected_against_is_no_attack(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


def test_a_restated_pledge_to_support_keeps_the_party_supported(extract):
    # (the pledge itself is no SUPPORT of its own: the verb's SUPPORT keeps its target)
    support = events_of(extract("Germany reaffirmed its pledge to support Ukraine.", "2025-01-15"), "SUPPORT")
    assert [[(a.name, a.role) for a in e.actors if a.role == "target"] for e in support] == [[("Ukraine", "target")]]


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


NOUN_COMPOUND_HEADLINES = [
    # ... not a noun compound with a plural head whose real verb comes later (nlp.headlines._later_verb and
    # the compound before the candidate)
    ("Police Station Attacks Rise In Northern Province", "ASSAULT"),
    ("Paris Attacks Anniversary Marked", "ASSAULT"),
    ("Army deserter arrests double", "COERCE"),
    ("Border Clashes Fears Grow", "ASSAULT"),
]


@gives_type_or_not(HEADLINE_VERBS_READ_AS_NOUNS, NOUN_COMPOUND_HEADLINES)
def test_a_headline_verb_read_as_a_noun_is_the_sentences_verb(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


def test_a_headline_verb_read_as_a_noun_has_its_subject_and_object(extract):
    attacks = events_of(extract("Rebels attack army post near Bunia", "2025-01-15"), "ASSAULT")
    assert [[(a.name, a.role) for a in e.actors] for e in attacks] == [[("Rebels", "source"), ("army post", "target")]]


def test_a_headline_verbs_object_is_the_noun_phrase_right_after_it(extract):
    # (not the phrase the parser built round a later noun, prepositions inside: "tear gas at protesters")
    attacks = events_of(extract("POLICE FIRE TEAR GAS AT PROTESTERS IN NAIROBI", "2025-01-15"), "ASSAULT")
    assert not [a for e in attacks for a in e.actors if a.role == "target" and " AT " in a.name]


@pytest.mark.parametrize("text", [
    "AUSTIN WARNS IRAN. Defense Secretary Lloyd Austin said on Monday the United States would respond.",
    "GARLAND STEPS ASIDE. The mayor of the Texas city said on Monday he would not run again.",
])
def test_a_capitalised_headline_name_is_not_made_a_subject_places_read(extract, text):
    # (a surname in capitals: nlp.headlines leaves it as the model read it, so places does not take it for a city)
    assert not [p.name for p in extract(text, "2025-01-15").places if p.name.isupper()]


def test_a_headline_participle_of_a_verb_done_to_its_noun_is_passive(extract):
    # (not the noun's own act, as "vessels massed" is: the arrest's people are its target)
    arrests = events_of(extract("Dozens Detained As Georgians Mark A Year Of Protests", "2025-01-15"), "COERCE")
    assert [[a.role for a in e.actors] for e in arrests] == [["source"]]
    assert arrests[0].actors[0].sector == "police"


@pytest.mark.parametrize("text,event_type,background", [
    # events._names_an_agreement: a year on an agreement is its name, not the act's day, on the trigger's
    # own phrase ("withdrew from the 2015 nuclear deal") or elsewhere ("under the 1951 treaty")
    ("The United States withdrew from the 2015 nuclear deal.", "REJECT", False),
    ("Russia withdrew from the 1987 INF treaty.", "REJECT", False),
    ("The rebels attacked the town on Sunday in breach of the 1994 accord.", "ASSAULT", False),
    ("Washington reaffirmed its commitment to defend the Philippines under the 1951 mutual defence treaty.", "SUPPORT", False),
    # ... a year that dates the act still does
    ("The rebels attacked the town in 1998, in breach of the 1994 accord.", "ASSAULT", True),
])
def test_a_year_naming_an_agreement_does_not_date_the_act(extract, text, event_type, background):
    record = extract(text, "2018-06-10")
    found = [e for e in record.events + record.secondary_events if e.type == event_type]
    assert found and all(e.background == background for e in found), [(e.type, e.background) for e in found]
