"""Stop 32 (khead32): headlines in capitals read through their lower-case forms, and the headline parse
repairs beside it. Each case fails without the change its comment names, or guards that change's limit."""
import pytest


def types(record):
    return {e.type for e in record.events}


def modalities(record, event_type):
    return [e.modality for e in record.events if e.type == event_type]


CAPITALS_READ_IN_LOWER_CASE = [
    # headlines.reread_capitals: in capitals the tagger made the verb a word of one long name
    ("US CUTS MILITARY AID TO GUATEMALA", {"SANCTION"}),
    ("GOVT BOWS TO STUDENTS' DEMANDS, UNIVERSITIES TO REOPEN", {"CONCEDE"}),
    ("SRI LANKA SEEKS NORWAY'S HELP TO REVIVE PEACE TALKS", {"REQUEST"}),
    ("BUSH WARNS IRAQ OF SERIOUS CONSEQUENCES", {"THREATEN"}),
    ("UN CONDEMNS ATTACK ON PEACEKEEPERS", {"ACCUSE"}),
    ("NATO JETS STRIKE SERB POSITIONS", {"ASSAULT"}),
    ("UN ENVOY MEETS REBEL LEADERS", {"CONSULT"}),
    ("REBELS FIRE ROCKETS AT ARMY BASE", {"ASSAULT"}),
    ("GUNMAN KILLS THREE IN INDEPENDENCE, MISSOURI", {"ASSAULT"}),
    # and _later_verb: an infinitive after "to" is no verb of the sentence
    ("TALIBAN SPURN DEMAND TO SURRENDER BIN LADEN", {"REJECT"}),
]


@pytest.mark.parametrize("text,expected", CAPITALS_READ_IN_LOWER_CASE)
def test_a_headline_in_capitals_is_read_in_lower_case(extract, text, expected):
    assert types(extract(text, "2002-03-10")) == expected


HEADLINES_THAT_STAY = [
    # limits: what main already read right in capitals, title case or prose stays as it was
    ("POLICE HELD 40 PROTESTERS", {"COERCE"}),
    ("NURSES STAGE WALKOUT OVER PAY", {"PROTEST"}),
    ("TURKEY SENDS TROOPS TO SYRIAN BORDER", {"MOBILIZE"}),
    ("US, RUSSIA SIGN ARMS CONTROL TREATY", {"AGREE"}),
    ("HAMAS FIGHTERS KILL TWO ISRAELI SOLDIERS", {"ASSAULT"}),
    ("CHINA, INDIA HOLD BORDER TALKS", {"CONSULT"}),
    ("OPPOSITION CALLS FOR GENERAL STRIKE", {"REQUEST"}),
    ("ARMY ARRESTS 20 SUSPECTED MILITANTS", {"COERCE"}),
    ("TALIBAN REJECT US DEMAND", {"REJECT"}),
    ("ISRAEL, PLO SIGN PEACE ACCORD", {"AGREE"}),
    ("KASHMIR MILITANTS ATTACK POLICE POST", {"ASSAULT"}),
    ("ISRAEL CALLS UP RESERVISTS AS GAZA TENSION MOUNTS", {"MOBILIZE"}),
    ("FLOODS KILL 40 IN CENTRAL VIETNAM", set()),
    ("BUDGET AXE FALLS ON DEFENCE SPENDING", set()),
    ("STOCKS FALL ON WALL STREET", set()),
    ("AUSTIN WARNS IRAN OVER STRAIT", set()),
    # a sentence opening with a name in capitals keeps the model's reading (reread_capitals, _capitalised_name)
    ("PUTIN, SCHROEDER DISCUSS AFGHANISTAN BY PHONE", set()),
    ("Proposal for talks rejected by rebels", {"CONSULT", "REJECT"}),
    ("Prisoners held at the base were freed", {"COERCE", "CONCEDE"}),
    ("Police Attack On Protesters Condemned", {"ACCUSE", "ASSAULT"}),
    ("Farmers Protest Against Land Law Enters Fifth Day", {"PROTEST"}),
    ("Rebels struck an army post near the border.", {"ASSAULT"}),
    ("Militants struck at dawn, killing six soldiers.", {"ASSAULT"}),
]


@pytest.mark.parametrize("text,expected", HEADLINES_THAT_STAY)
def test_headlines_read_right_before_stay(extract, text, expected):
    assert types(extract(text, "2002-03-10")) == expected


TITLE_CASE_REPAIRS = [
    # headlines._objects_read_as_appositions: a noun hung on a verb as an apposition is its object
    ("Moscow Slams NATO Expansion Plans", {"ACCUSE"}),
    # _later_verb: "to" and a bare verb complete the object, the candidate stays the verb
    ("Taliban Spurn Demand To Surrender Bin Laden", {"REJECT"}),
    # limits: a singular noun before the bare form is the noun's modifier; a later verb is the verb; a bare
    # verb with a preposition after it and no object is not read as the verb ("Fans Storm Into Stadium" is no attack)
    ("Student Protest Against Fee Hike", set()),
    ("Rebels Attack On Army Post Repulsed", {"ASSAULT"}),
    ("Fans Storm Into Stadium", set()),
]


@pytest.mark.parametrize("text,expected", TITLE_CASE_REPAIRS)
def test_title_case_headline_repairs(extract, text, expected):
    assert types(extract(text, "2002-03-10")) == expected


@pytest.mark.parametrize("text,expected", [
    # kheadfix32: workers "struck" in a passive or as an adjective is no strike of workers (none of these is a
    # PROTEST; protest.yaml has no row for the verb)
    ("Doctors were struck by a car outside the hospital.", set()),
    ("Employees were struck with batons by the police.", {"ASSAULT"}),
    ("Nurses struck by a bus on the way to work were treated in hospital.", set()),
    ("Staff struck by the earthquake fled the building.", set()),
])
def test_workers_struck_are_no_protest(extract, text, expected):
    assert types(extract(text, "2002-03-10")) == expected


@pytest.mark.parametrize("text", ["PM TO VISIT CHINA NEXT WEEK", "PM To Visit China Next Week"])
def test_a_headlines_to_and_verb_is_planned(extract, text):
    # modality: "to" and a verb for a headline's whole sentence is to come
    assert modalities(extract(text, "2002-03-10"), "CONSULT") == ["planned"]


def test_a_clause_on_a_headline_infinitive_keeps_its_own_modality(extract):
    record = extract("GOVT BOWS TO STUDENTS' DEMANDS, UNIVERSITIES TO REOPEN", "2002-03-10")
    assert modalities(record, "CONCEDE") == ["asserted"]


@pytest.mark.parametrize("text,places", [
    # reread_capitals keeps the entities of the capitals: a surname made the subject is no place, a dateline's
    # places stay ("TIJUANA & SAN DIEGO" read in lower case would run into one organisation)
    ("AUSTIN WARNS IRAN OVER ATTACKS", set()),
    ("JORDAN URGES RESTRAINT", {"JORDAN"}),
    ("US CUTS MILITARY AID TO GUATEMALA", {"US", "GUATEMALA"}),
    ("TIJUANA & SAN DIEGO,, MARCH 29, 2018 -- The Mexican government announced Monday that work will start.",
     {"SAN DIEGO"}),
])
def test_places_of_a_headline_in_capitals_stay(extract, text, places):
    assert {p.name for p in extract(text, "2002-03-10").places} == places


@pytest.mark.parametrize("text,places,events", [
    # reread_capitals: a proper noun of the capitals' reading that names a place by an English word keeps its
    # capital and its tag in the lower-case reading, and a sentence it opens keeps the model's reading
    ("TRUCK ATTACK KILLS 84 IN NICE", {"NICE"}, {"ASSAULT"}),
    ("BOMB SCARE IN READING TOWN CENTRE", {"READING"}, set()),
    ("MOBILE MAYOR MEETS MEXICAN CONSUL", {"MOBILE"}, set()),
    ("NICE MAYOR MEETS ISRAELI ENVOY", {"NICE"}, set()),
    ("POLICE ARREST TWO IN DERBY AFTER STABBING", {"DERBY"}, {"COERCE"}),
    ("VICTORIA POLICE ARREST PROTESTERS", {"VICTORIA"}, {"COERCE"}),
    ("FLOODS HIT BATH AND BRISTOL", {"BRISTOL"}, set()),
    # the same words as English words stay no place
    ("NICE WEATHER BRINGS CROWDS TO BEACHES", set(), set()),
    ("READING LIST FOR SUMMER HOLIDAYS", set(), set()),
    ("MOBILE PHONE SALES FALL IN CHINA", {"CHINA"}, set()),
    ("POLICE ARREST MAN OVER MOBILE PHONE THEFT", set(), {"COERCE"}),
    ("TROOPS SPLIT OVER PAY DEAL", set(), set()),
])
def test_places_named_by_english_words_in_capitals(extract, text, places, events):
    record = extract(text, "2002-03-10")
    assert {p.name for p in record.places} == places
    assert types(record) == events
