"""Wordings left open by the s25 probe set (set d) and RETREAT wording classes, mended as classes (stop 26):
businesses as parties of agreements, bodies of ordinary people found, munitions as names opening a sentence,
wanted persons surrendered, numerals counting the accused, a headline's subject read as an adjective, and
armed forces fleeing, disengaging, drawing down or returning what they seized. Each positive fails on main
5d248bc but the two said to hold there; the negatives keep the entries' limits. None of these sentences is one of the set's."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # munitions named by a plural the tagger reads as a name when it opens the sentence (classes.yaml MUNITIONS)
    ("Rockets slammed into Kiryat Shmona on Monday.", "ASSAULT"),
    ("Missiles slammed into a residential block in Dnipro.", "ASSAULT"),
    # a wanted person surrendered or extradited whoever receives them (cooperate.yaml)
    ("Kenya surrendered a suspect wanted in connection with the genocide to the tribunal.", "COOPERATE"),
    ("Italy surrendered a fugitive wanted for the bombing to the Albanian authorities.", "COOPERATE"),
    # a numeral counting the accused, the "to" under the participle (triggers.py prep_object)
    ("the court sent the three accused to judicial custody.", "COERCE"),
    # a headline verb whose subject the tagger read as an adjective (triggers.py match_at)
    ("Kyiv decries Slovak veto on aid package", "ACCUSE"),
    # the killing of someone with a public role found, or with the killers named, stays an attack (these two
    # hold on main too: they keep the limits of assault.yaml's ordinary-victim entry)
    ("A constable was found murdered on the outskirts of the town.", "ASSAULT"),
    ("Two men were found killed by unidentified gunmen.", "ASSAULT"),
    # RETREAT (retreat.yaml): armed forces fleeing what they held, disengaging, drawing down, ending an occupation,
    # weapons decommissioned or put down, fighters turning themselves in, seized ships returned, a post quit
    ("Rebel fighters fled the town as government troops advanced.", "RETREAT"),
    ("Islamic State militants fled Raqqa under a deal with the Kurdish-led forces.", "RETREAT"),
    ("Chinese and Indian troops disengaged along the Line of Actual Control.", "RETREAT"),
    ("The United States drew down its troops in Iraq.", "RETREAT"),
    ("Turkish troops ended their occupation of the border villages.", "RETREAT"),
    ("The IRA decommissioned its weapons.", "RETREAT"),
    ("The rebels put down their weapons in Cauca.", "RETREAT"),
    ("Some 200 fighters turned themselves in to the authorities.", "RETREAT"),
    ("Iran returned the seized British tanker.", "RETREAT"),
    ("Government troops vacated the ridge overlooking the town.", "RETREAT"),
    ("The defence minister quit the cabinet.", "RETREAT"),
]

NOT_THESE = [
    # a business's deal, whoever the other side (agree.yaml private_names, private_whoever_the_other_side)
    ("TSMC agreed to open a design centre in Munich.", "AGREE"),
    ("Foxconn agreed to invest $1 billion in a new factory in Vietnam.", "AGREE"),
    ("Siemens signed an agreement with Egypt to build a high-speed rail line.", "AGREE"),
    ("The firm signed a deal with the ministry to build a power station.", "AGREE"),
    ("Amazon and Google agreed to cooperate on cloud security.", "COOPERATE"),
    # the body of someone no public role names found, no killer named (assault.yaml, classes.yaml ORDINARY_VICTIMS)
    ("a woman was found murdered in her house in the city, police said.", "ASSAULT"),
    ("A trader was found shot dead in his shop on Monday.", "ASSAULT"),
    # fleeing residents, gunmen escaping, a firm scaling back, oil retreating (retreat.yaml)
    ("Thousands of residents fled the town.", "RETREAT"),
    ("The gunmen fled the scene in a car.", "RETREAT"),
    ("The company scaled back its presence in Russia.", "RETREAT"),
    ("Protesters demanded an end to the occupation.", "RETREAT"),
    ("The fishermen returned their boats to the harbour.", "RETREAT"),
    ("The rebels surrendered their weapons to the army.", "COOPERATE"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_lex26_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)


def test_a_state_agreeing_to_build_keeps_its_agreement(extract):
    """The business names are names: a state agreeing to build a plant is no business deal."""
    record = extract("Russia agreed to build a nuclear power plant in Egypt.", "2002-03-10")
    assert "AGREE" in {e.type for e in record.events}
