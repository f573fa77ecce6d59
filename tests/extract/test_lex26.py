"""Wordings left open by the s25 probe set (set d) and RETREAT wording classes, mended as classes (stop 26):
businesses as parties of agreements, bodies of ordinary people found, munitions as names opening a sentence,
wanted persons surrendered, numerals counting the accused, a headline's subject read as an adjective, and
armed forces fleeing, disengaging, drawing down or returning what they seized; then set e's (probe26)
lexicon classes. Each positive fails on main
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
    # set e's lexicon classes (probe26): a cessation of hostilities signed (agree.yaml); internet snapped, people packed
    # off to jail or confined to their home, an area cordoned off, buildings seized (coerce.yaml); an act branded piracy
    # or aggression (accuse.yaml); a removal sought (request.yaml); support extended to people (support.yaml); the
    # detained released, fighters pardoned, phone services restored, a release completed (concede.yaml); an army put
    # on a state of readiness, its alert level raised, security tightened, patrolling stepped up (mobilize.yaml);
    # pots banged, an effigy set on fire, a march taken out, squatting on a highway (protest.yaml); intelligence
    # sharing resumed (cooperate.yaml); separatists armed, tanks received (aid.yaml); batons wielded, a petrol bomb
    # lobbed (assault.yaml)
    ("The government and the rebels signed a cessation of hostilities in Nairobi.", "AGREE"),
    ("internet services were snapped across the valley.", "COERCE"),
    ("the four accused were packed off to jail.", "COERCE"),
    ("the opposition leader was confined to his residence by the police.", "COERCE"),
    ("police cordoned off the locality and searched every house.", "COERCE"),
    ("The police seized the municipal buildings in the north.", "COERCE"),
    ("The foreign ministry branded the blockade an act of piracy.", "ACCUSE"),
    ("the opposition sought the removal of the police commissioner.", "REQUEST"),
    ("the teachers' union extended support to the striking nurses.", "SUPPORT"),
    ("the police released the detained villagers after questioning.", "CONCEDE"),
    ("The president pardoned 200 rebel fighters who had surrendered.", "CONCEDE"),
    ("Phone services were restored in the region after a month.", "CONCEDE"),
    ("The release of 20 fishermen was completed at the border.", "CONCEDE"),
    ("Pakistan placed its air force on the highest state of readiness.", "MOBILIZE"),
    ("The army raised its alert level along the border.", "MOBILIZE"),
    ("Security was tightened around the parliament after the threat.", "MOBILIZE"),
    ("police intensified patrolling in the riot-hit areas.", "MOBILIZE"),
    ("Thousands of protesters banged pots and pans in Buenos Aires.", "PROTEST"),
    ("students set an effigy of the vice-chancellor on fire.", "PROTEST"),
    ("the villagers took out a protest march to the police station.", "PROTEST"),
    ("farmers squatted on the highway for two hours.", "PROTEST"),
    ("Turkey and Iraq resumed intelligence sharing on the PKK.", "COOPERATE"),
    ("Russia has been arming the separatists with tanks.", "AID"),
    ("Ukraine received 30 tanks from Poland last month.", "AID"),
    ("policemen wielded batons to disperse the crowd.", "ASSAULT"),
    ("a petrol bomb was lobbed at the house of the local leader.", "ASSAULT"),
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
    # set e's look-alikes: an offensive against inflation, a rally flagged off, a fire brigade on readiness, refugees or
    # an order received, a chairman's "crime", a court's bail, prisoners freed in a raid (the attack is the event)
    ("The central bank launched an offensive against inflation.", "ASSAULT"),
    ("the collector flagged off a rally to mark voters' day.", "PROTEST"),
    ("The fire brigade was placed on a state of readiness.", "MOBILIZE"),
    ("Germany received a million refugees in 2015.", "AID"),
    ("The company received an order for 20 aircraft from the airline.", "AID"),
    ("The chairman called the result a crime against football.", "ACCUSE"),
    ("Gunmen stormed the jail and freed 300 inmates.", "CONCEDE"),
    ("Our military has strengthened surveillance and vigilance in preparation for additional launches.", "MOBILIZE"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_lex26_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)


def test_a_state_agreeing_to_build_keeps_its_agreement(extract):
    """The business names are names: a state agreeing to build a plant is no business deal."""
    record = extract("Russia agreed to build a nuclear power plant in Egypt.", "2002-03-10")
    assert "AGREE" in {e.type for e in record.events}
