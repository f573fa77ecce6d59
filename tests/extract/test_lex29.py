"""Wordings of stop 29's lexicon data (lex29): a pledge to defend another party is SUPPORT (support.yaml, the
other_party condition), a restriction told as still in force is COERCE (coerce.yaml). The positives fail on main
42f004f; the negatives keep the entries' limits."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # a pledge to defend another state, an ally by its title, or to come to its defence
    ("Washington pledged to defend Taiwan.", "SUPPORT"),
    ("France promised to defend Lebanon against any aggression.", "SUPPORT"),
    ("Britain vowed to come to Kyiv's defence.", "SUPPORT"),
    ("Britain came to the defence of Kyiv.", "SUPPORT"),
    ("Britain pledged to come to the defence of Kyiv.", "SUPPORT"),
    # a restriction still in force, going on, or a place still under it
    ("A curfew remained in force in the old city on Sunday.", "COERCE"),
    ("An indefinite curfew has been in force in the town since the arson.", "COERCE"),
    ("Prohibitory orders continue to be in force in the district.", "COERCE"),
    ("Curfew continued in the riot-hit areas of Ahmedabad on Saturday.", "COERCE"),
    ("Section 144 remained in force in the city.", "COERCE"),
    ("The old city remained under curfew for the third day.", "COERCE"),
]

NOT_THESE = [
    # a party defending itself or a place of its own, by arms or in a pledge
    ("Israel pledged to defend itself.", "SUPPORT"),
    ("Ukraine pledged to defend Kyiv.", "SUPPORT"),
    ("Ukraine defended Kyiv against the drone attack.", "SUPPORT"),
    ("The army vowed to defend the city.", "SUPPORT"),
    ("The Russian army vowed to defend Crimea.", "SUPPORT"),
    ("Biden pledged to defend American workers.", "SUPPORT"),
    ("The rebels pledged not to defend Iraq.", "SUPPORT"),
    ("The lawyer came to the defence of his client.", "SUPPORT"),
    ("The army came to the defence of the city.", "SUPPORT"),
    # no restriction on a population, or one that is only the scene of another act
    ("The ceasefire remained in force.", "COERCE"),
    ("The law remains in force.", "COERCE"),
    ("The ban stays in force until further orders.", "COERCE"),
    ("Police were out in force on the streets.", "COERCE"),
    ("Section 3 of the act remained in force.", "COERCE"),
    ("The attack took place when a curfew was in force in the area.", "COERCE"),
    ("The curfew, which had been in force since Monday, was lifted on Friday.", "COERCE"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_lex29_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
