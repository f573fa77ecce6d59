"""Stop 28 (mech28): general event mechanisms set f showed (a pledge to defend told as a noun, ...).
Each case fails without the change its comment names, or guards that change's limit."""
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
