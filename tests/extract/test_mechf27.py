"""Set f's mechanism classes left open at stop 27 (a second pass): each a class of wording, with
near-misses that must not change."""
from wordings import assert_gives_type_or_not, gives_type_or_not

WORDINGS = [
    # "set X on fire" with a second verb after it: the parser hangs "on fire" on the object
    # (assault.yaml: set + prep_object on fire)
    ("the mob set a police outpost on fire and damaged two jeeps.", "ASSAULT"),
    ("angry villagers set a police post on fire and damaged two vehicles.", "ASSAULT"),
    ("the mob set a railway outpost on fire and damaged the tracks.", "ASSAULT"),
]

NOT_WORDINGS = [
    ("The government set a deadline on Friday and warned the rebels.", "ASSAULT"),
    # people held by a captor named in a participle: their captivity, a state, not an arrest told
    # (coerce.yaml: hold as acl with a "by" agent, not the police, suppressed)
    ("The release of 16 Ukrainian civilians held by Russia was completed at the border on Tuesday.", "COERCE"),
    ("Kyiv demanded the return of prisoners held by Russia.", "COERCE"),
    ("The fate of the hostages held by the militants worried the families.", "COERCE"),
]

# ... while a holding told as an act stays an arrest
HELD_ARRESTS = [
    ("fifteen rioters were held by the police in shahpur.", "COERCE"),
    ("Russia held 16 Ukrainian civilians at a camp near the border.", "COERCE"),
]


@gives_type_or_not(WORDINGS + HELD_ARRESTS, NOT_WORDINGS)
def test_set_f_mechanism_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2025-01-15")
    assert_gives_type_or_not(record, event_type, expected)
