"""Wordings of stop 27's lexicon data (lex27): businesses known by the first words of their name only when
its head says business (rev26b should 5), the acts of arms a vow threatens as one class (rev26b should 7),
blockades lifted by the force that holds them, and the seizures and damage the lexicon leaves uncoded by
decision. Each positive fails on main 58db75e; the negatives keep the entries' limits."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # a name opening with a business's name is no business unless its head says so (classes.yaml COMPANY_HEADS)
    ("The Amazon Cooperation Treaty Organization agreed to coordinate action against illegal mining.", "AGREE"),
    ("Apple Daily signed an agreement with the Taiwanese government.", "AGREE"),
    ("The Tata Institute of Social Sciences signed an agreement with the state government.", "AGREE"),
    # raids and attacks vowed to go on are threats, as the ones vowed to begin (classes.yaml VOWED_ATTACKS)
    ("The militants vowed to continue their raids on the capital.", "THREATEN"),
    ("The rebels vowed to resume the shelling of government positions.", "THREATEN"),
    # a blockade eased by the armed force that holds it is a retreat, as a siege lifted is (classes.yaml SIEGES)
    ("Haftar's forces ended their blockade of the eastern oil ports.", "RETREAT"),
    ("The army eased the blockade on the rebel-held city.", "RETREAT"),
]

NOT_THESE = [
    # a business's deal stays business when its name's head says so, or the name is known whole
    ("Samsung Electronics agreed to build a chip plant in Texas with the state government.", "AGREE"),
    ("Hyundai Heavy Industries signed a deal with the Philippine navy to build two frigates.", "AGREE"),
    ("Lockheed Martin Corp signed a deal with the Pentagon.", "AGREE"),
    # a workers' strike vowed, or a struggle or campaign with no arms named, is no threat
    ("Workers vowed to launch an indefinite strike from Monday.", "THREATEN"),
    ("The opposition vowed to continue its struggle for democracy.", "THREATEN"),
    ("The union vowed to continue the strike until wages are raised.", "THREATEN"),
    # a blockade lifted by a state, not named as its force, is a restriction eased
    ("Israel lifted its blockade of the Gaza Strip.", "RETREAT"),
    # contraband seized has no party it is taken from: police work on crime, no coercion of a party (PLOVER
    # codes acts between named actors; IndiaPoliceEvents labels arrests, not seizures); a party's land,
    # papers, offices or arms seized stay COERCE (coerce.yaml)
    ("Police seized 5 kilograms of heroin from a car in Amritsar.", "COERCE"),
    ("The coast guard seized a boat carrying two tonnes of cocaine.", "COERCE"),
    ("Customs officials confiscated a consignment of smuggled cigarettes at the port.", "COERCE"),
    # property damaged with no one hurt is no attack on people (PLOVER ASSAULT); a riot or a coercion of
    # a party at most, which IndiaPoliceEvents does not label either
    ("a mob ransacked the office of the ruling party.", "ASSAULT"),
    ("Miscreants vandalised a shrine on the outskirts of the town.", "ASSAULT"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_lex27_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
