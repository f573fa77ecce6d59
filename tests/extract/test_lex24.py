"""Wordings a held-out probe set (s24) found missed or miscoded, mended as classes of wording in the
lexicon (stop 24): Indian police and administrative wording, object lists too narrow for wire wording,
and look-alikes. Each positive fails without the entry it names; the negatives keep its limits."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # weapons seized or recovered by the police (coerce.yaml, classes.yaml SEIZED_ARMS)
    ("the police seized country-made pistols and swords from the house of a history-sheeter.", "COERCE"),
    ("police recovered 40 petrol bombs and acid bulbs during a combing operation in the walled city.", "COERCE"),
    # a security law invoked (SECURITY_ACTS), a person externed
    ("the government invoked tada against the three accused in the bomb case.", "COERCE"),
    ("the district magistrate externed four goons from the district for two years.", "COERCE"),
    # the army called out or in (mobilize.yaml), sent back to barracks (retreat.yaml)
    ("the state government called out the army in three districts.", "MOBILIZE"),
    ("the army was called in to control the situation in godhra.", "MOBILIZE"),
    ("the army columns were recalled to their barracks in baroda on friday.", "RETREAT"),
    # a curfew relaxation (concede.yaml), a dharna sat on (protest.yaml)
    ("a two-hour relaxation in curfew was announced in the old city.", "CONCEDE"),
    ("bjp workers sat on a dharna in front of the collectorate.", "PROTEST"),
    # foodgrains rushed (aid.yaml), a bandh defended (support.yaml)
    ("the state rushed 500 quintals of foodgrains to the relief camps.", "AID"),
    ("the minister defended the bandh call given by the vhp.", "SUPPORT"),
    # wire wordings whose object lists were too narrow: members of a party freed, access granted (concede.yaml)
    ("The junta freed 20 members of the banned opposition party.", "CONCEDE"),
    ("The government granted journalists access to the camp.", "CONCEDE"),
    # records turned over to investigators, fighters handed over (cooperate.yaml)
    ("The Swiss government turned over financial records to Peruvian prosecutors.", "COOPERATE"),
    ("Iran handed over five al Qaeda fighters to Saudi Arabia.", "COOPERATE"),
    # relief carried in by convoys (aid.yaml), a state defended by its title (support.yaml)
    ("UN convoys brought medicine and tents into the besieged city.", "AID"),
    ("Moscow defended its ally Syria against Western criticism.", "SUPPORT"),
    # premises padlocked (coerce.yaml SEALED_PREMISES), streets filled by protesters (protest.yaml)
    ("Authorities padlocked the headquarters of the banned party.", "COERCE"),
    ("Thousands of protesters filled the streets of Caracas against the president.", "PROTEST"),
    # talks broken off, called off or suspended are a SANCTION (sanction.yaml); police drafted into a city (mobilize.yaml)
    ("The rebels broke off peace talks with the government after the massacre.", "SANCTION"),
    ("The government called off talks with the rebels.", "SANCTION"),
    ("Hundreds of troops were drafted into the city for the election.", "MOBILIZE"),
    # the parliamentary protest: the well of the house stormed (protest.yaml)
    ("Opposition members stormed the well of the house.", "PROTEST"),
    # the look-alikes keep the real acts: troops storming a stronghold, a state's warning of what it would do
    ("Troops stormed the rebel stronghold.", "ASSAULT"),
    ("Israel warned that it would strike back if attacked.", "THREATEN"),
    # the main act of a sentence whose subordinate mention is set aside (class 6) stays
    ("The warring factions accepted a peace plan that calls for elections within two years.", "AGREE"),
    ("police arrested 45 persons for violating curfew in the shahpur area on sunday.", "COERCE"),
]

NOT_THESE = [
    ("the company recovered its losses in the second quarter.", "COERCE"),
    ("certain legal formalities needed to be completed before invoking poto.", "COERCE"),
    ("the minister invoked the memory of gandhi in his speech.", "COERCE"),
    ("the referee called out the player's name.", "MOBILIZE"),
    ("the minister sat on the committee for three years.", "PROTEST"),
    ("The club released two members of its squad.", "CONCEDE"),
    ("The bank granted customers access to their accounts online.", "CONCEDE"),
    ("The ferry carried passengers into the harbour.", "AID"),
    ("Workers sealed the cracks in the dam.", "COERCE"),
    ("Shoppers filled the streets ahead of Christmas.", "PROTEST"),
    # the march's message stays no accusation when protesters pack a square
    ("Demonstrators packed the main square to denounce the election result.", "ACCUSE"),
    # talks broken off are no talks held; rallies a deployment is for are not told as held
    ("The rebels broke off peace talks with the government after the massacre.", "CONSULT"),
    ("Thousands of police were drafted into the capital for the May Day rallies.", "PROTEST"),
    # look-alikes with no political event: a company's purchase, a foul in a match, an observer's warning,
    # the well of the house stormed
    ("Microsoft agreed to buy the software company for $1.2 billion.", "AGREE"),
    ("The striker was shown a red card for attacking a defender in the second half.", "ASSAULT"),
    ("If the talks fail, the region could slide back into war, analysts warned.", "THREATEN"),
    ("Diplomats warned that the truce could collapse.", "THREATEN"),
    ("Opposition members stormed the well of the house and raised slogans against the government.", "ASSAULT"),
    # subordinate mentions: what a plan calls for, a loan's purpose, the offence an arrest is for, a protest's grievance
    ("The warring factions accepted a peace plan that calls for elections within two years.", "REQUEST"),
    ("The IMF approved a $1.3 billion loan to Pakistan to support its economic reforms.", "SUPPORT"),
    ("police arrested 45 persons for violating curfew in the shahpur area on sunday.", "REJECT"),
    ("Students of the university boycotted classes to protest against the police firing.", "ASSAULT"),
]

@gives_type_or_not(WORDINGS, NOT_THESE)
def test_probe24_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
