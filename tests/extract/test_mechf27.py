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

# A measure withdrawn for later is the concession to come, not a promise to yield ground
# (agree.yaml's promise entry: not_patient WITHDRAWN_MEASURES; concede.yaml gives it, planned)
WITHDRAWN_LATER = [
    ("The cases against the protesting students will be withdrawn, the chief minister said.", "CONCEDE"),
    ("The government will withdraw the hike in bus fares, the minister announced.", "CONCEDE"),
    ("the state will withdraw the charges against the jailed activists.", "CONCEDE"),
    # ... while troops withdrawn for later are a promise when said (the gold's AGREE, agree.yaml), and the concession
    # made when announced or decided (hdata29: the codebook's "announced ... would withdraw troops", concede.yaml)
    ("Israel will withdraw its troops from southern Lebanon, the prime minister said.", "AGREE"),
    ("Israel announced it would withdraw its troops from southern Lebanon.", "CONCEDE"),
]

# An act named with the definite article as the topic of a hearing or debate (RECORD_NOUNS) is a
# known one, whatever adjectives describe it (events._definite_with_modifiers)
ON_THE_RECORD = [
    ("The Philippine senate will hold a hearing on the Chinese incursions next week.", "ASSAULT"),
    ("Parliament held a debate on the recent Israeli strikes on Gaza.", "ASSAULT"),
    ("Police arrested two suspects in the Mumbai train bombings.", "ASSAULT"),
]

# A raid the police make is a search, whatever the place (coerce.yaml: raid by the police sector)
POLICE_RAIDS = [
    ("Police raided the Iranian consulate in the city.", "COERCE"),
    ("Ecuadorian police raided the Mexican embassy in Quito.", "COERCE"),
    # ... raids by gunmen or troops stay attacks
    ("Gunmen raided the embassy and killed two guards.", "ASSAULT"),
    ("Troops raided a rebel camp near the border.", "ASSAULT"),
]

# ... while a holding told as an act stays an arrest
HELD_ARRESTS = [
    ("fifteen rioters were held by the police in shahpur.", "COERCE"),
    ("Russia held 16 Ukrainian civilians at a camp near the border.", "COERCE"),
    # a participle of the police, the army or a junta holding people is an arrest (rev27d S2)
    ("Twenty refugees held by the police at the border were sent back.", "COERCE"),
    ("Two civilians held by the army at the camp were released.", "COERCE"),
    ("Detainees held by the military junta were tortured.", "COERCE"),
]


TOLD_ANEW = [
    # ... not a part of them, nor an act the sentence tells
    ("One of the Russian strikes hit a hospital in Kharkiv.", "ASSAULT"),
    ("Gunmen attacked the trial court in Kabul.", "ASSAULT"),
]


@gives_type_or_not(WORDINGS + HELD_ARRESTS + WITHDRAWN_LATER + TOLD_ANEW + POLICE_RAIDS, NOT_WORDINGS + ON_THE_RECORD)
def test_set_f_mechanism_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2025-01-15")
    assert_gives_type_or_not(record, event_type, expected)
