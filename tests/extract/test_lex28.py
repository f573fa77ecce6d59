"""Wordings of stop 28's lexicon data (lex28): a coalition of states is an armed force (classes.yaml
MILITARY_COALITIONS), emergency services and the police leaving a place make no RETREAT (retreat.yaml), a war
or raids on crime vowed are no threat and raids on crime no attack (POLICED_ILLS), prohibitory orders and sections imposed are COERCE (PROHIBITORY_SECTIONS).
The positives fail on main 8854d6d but the coast guard vessels; the negatives keep the entries' limits (most hold on main too)."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # a coalition led by a state lifting its own blockade withdraws, as an army does (events._lifts_own_siege)
    ("The Saudi-led coalition lifted its blockade of the rebel-held port.", "RETREAT"),
    ("The US-led coalition pulled out of the northern province.", "RETREAT"),
    # orders banning gatherings under the CrPC or the BNSS are a restriction, as a curfew is
    ("The collector clamped prohibitory orders in the district after the riots.", "COERCE"),
    ("Authorities imposed section 163 of the BNSS across the district on Friday.", "COERCE"),
    # a coast guard's ships leaving disputed waters withdraw, though the guard is of the police's sector
    ("Japanese coast guard vessels withdrew from the disputed islands on Tuesday.", "RETREAT"),
    ("Section 144 was clamped across the city after the stabbing.", "COERCE"),
]

NOT_THESE = [
    # a section of a penal code one is booked under is no order imposed
    ("The court quashed the proceedings under section 144.", "COERCE"),
    # a coalition led by a party lifting a road blockade concedes (no armed force)
    ("The Congress-led coalition lifted its blockade of the highway.", "RETREAT"),
    # emergency services and the police leaving a place (retreat.yaml: no armed force yielding in a conflict)
    ("The fire brigade units withdrew after the fire was doused.", "RETREAT"),
    ("Rescue teams pulled out of the collapsed building at night.", "RETREAT"),
    ("The police withdrew from the village after the mob dispersed.", "RETREAT"),
    ("Police forces pulled out of the town after the curfew was lifted.", "RETREAT"),
    # a war or raids on crime vowed are a crackdown, no threat of arms against a party
    ("The chief minister vowed to continue the war on drugs.", "THREATEN"),
    ("The government vowed to step up raids against liquor smugglers.", "THREATEN"),
    # raids on crime are police searches, no attack (assault.yaml), done or vowed
    ("The excise police vowed to continue raids on illegal hooch dens.", "ASSAULT"),
    ("Police conducted raids against drug peddlers in the old city.", "ASSAULT"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_lex28_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
