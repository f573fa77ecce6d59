"""Wordings of stop 28's lexicon data for probe set g's data classes (gdata28): coercion and legal wording, people
of any kind as the objects of rescue, release, gherao, bar and book (classes.yaml PEOPLE_BY_ROLE), units arriving and
defences on alert, verbal and cooperation wording, diplomacy, support and protest wording, and the endorse decision.
None of them is a set g sentence; each positive fails on main 8854d6d, the negatives keep the entries' limits."""
import pytest

from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # coerce.yaml: a state of emergency over unrest; people barred, put on trial, sentenced; premises closed by the
    # police; mobile data cut; a law slapped on stone pelters; people of any kind booked; a lieutenant captured
    ("The government declared a state of emergency in the restive province after the riots.", "COERCE"),
    ("The Taliban have barred girls from attending secondary school.", "COERCE"),
    ("The militia barred women from working for aid agencies.", "COERCE"),
    ("The junta put the ousted president on trial in the capital.", "COERCE"),
    ("Dozens of opposition activists were put on trial in Minsk.", "COERCE"),
    ("A military court handed the journalist a ten-year prison sentence.", "COERCE"),
    ("A revolutionary court handed down death sentences to three protesters.", "COERCE"),
    ("Colombian troops captured a senior lieutenant of the Clan del Golfo.", "COERCE"),
    ("Police closed the offices of the opposition party in the capital.", "COERCE"),
    ("Authorities suspended mobile data in four districts.", "COERCE"),
    ("The administration slapped the public safety act on three stone pelters from the old quarter.", "COERCE"),
    ("The police booked the youtuber for a provocative video.", "COERCE"),
    # aid.yaml, concede.yaml, protest.yaml: people of any kind rescued by forces or from captors, released, gheraoed
    ("Police rescued a businessman from his kidnappers.", "AID"),
    ("Commandos rescued the contractor from a militant hideout.", "AID"),
    ("The rebels released a Swiss couple after four months.", "CONCEDE"),
    ("Students gheraoed the vice-chancellor for hours.", "PROTEST"),
    # mobilize.yaml: units reaching a place, air defences on alert, brigades redeployed to a front, manoeuvres held
    ("Two battalions of the army reached the border district.", "MOBILIZE"),
    ("The ministry put the capital's air defences on maximum alert after the drone sighting.", "MOBILIZE"),
    ("The army redeployed two brigades to the southern front.", "MOBILIZE"),
    ("The armed forces held snap manoeuvres near the border.", "MOBILIZE"),
    # accuse, request, reject, threaten: charges framed, a warrant sought, a veto cast, bail denied, a vow to target
    ("The court framed charges against the seven accused.", "ACCUSE"),
    ("Prosecutors requested arrest warrants for two army generals.", "ACCUSE"),
    ("Russia cast its veto against the draft resolution.", "REJECT"),
    ("The court denied bail to the former minister.", "REJECT"),
    ("The insurgents vowed to target police convoys on the highway.", "THREATEN"),
    # cooperate.yaml, aid.yaml: cartel members sent to a state, a joint project; relief reaching a town, meals
    # dropped, shelter provided, the wounded treated by a charity
    ("Mexico sent 26 cartel members to the United States.", "COOPERATE"),
    ("Kazakhstan and China launched a joint pipeline project.", "COOPERATE"),
    ("UN trucks reached the starving town with flour for 20,000 people.", "AID"),
    ("The air force dropped meals over the enclave.", "AID"),
    ("The agency provided shelter to hundreds of displaced families.", "AID"),
    ("The charity treated hundreds of wounded civilians.", "AID"),
    # consult, sanction, concede, support, protest: a session convened, a sanctions list, persona non grata, a demand
    # agreed to, a strike backed or resumed, streets flooded, traffic paralysed, a sit-in resumed
    ("The Arab League convened a special session in Cairo on the water dispute.", "CONSULT"),
    ("Ottawa placed twelve shipping companies on its sanctions list last week.", "SANCTION"),
    ("Moscow declared the ambassador persona non grata.", "SANCTION"),
    ("The government agreed to the demands of the striking nurses.", "CONCEDE"),
    ("The chamber of commerce backed the transport strike.", "SUPPORT"),
    ("The teachers resumed their strike on Monday.", "PROTEST"),
    ("Tens of thousands of marchers flooded the boulevards of the port city.", "PROTEST"),
    ("Protesters paralysed traffic in the capital.", "PROTEST"),
    ("Nurses resumed their sit-in in front of the health ministry.", "PROTEST"),
    # the coast guard's water cannon; militants eliminated (assault.yaml)
    ("The coast guard vessel blasted the fishing boat with water cannon.", "ASSAULT"),
    ("Two terrorists were eliminated by security forces in Kupwara.", "ASSAULT"),
    # the endorse decision (support.yaml): the parties to a deal endorsing it agree to it
    ("The two sides endorsed the ceasefire agreement.", "AGREE"),
]

NOT_THESE = [
    # an emergency declared for a flood or by a pilot; a club's or parents' bar; a firm's offices closed; a data cut-off
    ("The governor declared a state of emergency after the floods.", "COERCE"),
    ("The pilot declared an emergency shortly after takeoff.", "COERCE"),
    ("The club barred the striker from training with the first team.", "COERCE"),
    ("Parents barred their children from watching the film.", "COERCE"),
    ("The company closed its offices in the capital.", "COERCE"),
    ("The data cut-off for this report was noon.", "COERCE"),
    # rooms booked for people, a hotel booked; a curfew in force (ipe's gold: only its imposing is told)
    ("The leaders had booked rooms for the volunteers.", "COERCE"),
    ("The family booked a hotel room in Shimla.", "COERCE"),
    ("The curfew remained in force in three districts on Sunday.", "COERCE"),
    # people saved from a flood or a fire; a hospital discharging a patient
    ("Soldiers rescued 200 villagers from the floodwaters.", "AID"),
    ("Fire brigade personnel rescued a woman from the burning building.", "AID"),
    ("The hospital released the injured woman after treatment.", "CONCEDE"),
    # political manoeuvres are no drill
    ("The prime minister launched political manoeuvres to stay in power.", "MOBILIZE"),
    # the terms of a deal agreed to are an agreement, not a concession
    ("Hamas agreed to the terms of the ceasefire.", "CONCEDE"),
    # a tax eliminated; a labour strike backed is no attack; a third party's endorsement is support
    ("The government eliminated the tax on fuel.", "ASSAULT"),
    ("The union backed the strike.", "ASSAULT"),
    ("The United States endorsed the candidate for the post.", "AGREE"),
    # review of gdata28 (rev28g), each given on the branch before its fix:
    # strikes resumed, backed or opposed by a state or an army are attacks, not labour strikes
    ("Israel resumed strikes across Lebanon.", "PROTEST"),
    ("The army resumed its strikes after the truce collapsed.", "PROTEST"),
    ("Russia resumed strikes overnight.", "PROTEST"),
    ("The IDF resumed strikes throughout the Gaza Strip.", "PROTEST"),
    # support or money that a bill or a fund reaches something with is no relief
    ("The bill reached the Senate with bipartisan support.", "AID"),
    ("The fund reached its target with money from small donors.", "AID"),
    # people rescued from a disaster or an accident, with no captivity named, are the disaster's
    ("The army rescued 50 people stranded on the highway.", "AID"),
    ("Troops rescued 300 tourists stranded by heavy snowfall in Sikkim.", "AID"),
    ("Police rescued a man from the river.", "AID"),
    ("The army rescued the pilot after the helicopter crashed.", "AID"),
    # ... "held up" or "held back" by the weather is no captivity (rev28h)
    ("Soldiers rescued pilgrims held up by snow on the pass.", "AID"),
    ("Troops rescued tourists held back by floodwaters in the valley.", "AID"),
    # premises closed for safety
    ("Authorities closed the schools because of the heat wave.", "COERCE"),
    ("Police closed the school after a bomb threat.", "COERCE"),
    # singers booked for a show
    ("The organisers booked the singer for the festival.", "COERCE"),
    ("The club booked the rapper for New Year's Eve.", "COERCE"),
    # a session a court, a teacher, a university or a speaker convenes
    ("The court convened a session to hear the appeal.", "CONSULT"),
    ("The teacher convened a session with parents.", "CONSULT"),
    ("The university convened a session on climate change.", "CONSULT"),
    ("The Speaker convened a session of the assembly.", "CONSULT"),
    # a name that is on a sanctions list, not put on it
    ("The firm is not on the sanctions list.", "SANCTION"),
    ("His name appears on the US sanctions list.", "SANCTION"),
    # political parties endorsing a plan support it
    ("All political parties endorsed the government's peace plan.", "AGREE"),
    ("Opposition parties approved the roadmap.", "AGREE"),
    # a market rally or the march of prices backed
    ("Low interest rates backed the stock market rally.", "SUPPORT"),
    ("Prices supported the march of inflation.", "SUPPORT"),
    # water cannon on a fire, pellets on crows
    ("Fireboats blasted the burning ship with water cannon.", "ASSAULT"),
    ("The firefighters blasted the fire with water cannon.", "ASSAULT"),
    ("The farmer blasted the crows with pellets.", "ASSAULT"),
    # a hospital or a team medic treating the injured of an accident or a match
    ("AIIMS treated 20 injured passengers after the train accident.", "AID"),
    ("Apollo Hospital treated 30 injured passengers after the bus accident.", "AID"),
    ("The medical team treated the injured players on the field.", "AID"),
    # a principal's, an airline's or a judge's bar
    ("The principal barred the students from using phones in class.", "COERCE"),
    ("The airline barred the passenger from flying.", "COERCE"),
    ("The judge barred the lawyer from appearing in the case.", "COERCE"),
    # a state of emergency over a cyber attack or an energy crisis; an actor released from a contract
    ("The city declared a state of emergency after the ransomware attack.", "COERCE"),
    ("Moldova declared a state of emergency over the energy crisis amid the war in Ukraine.", "COERCE"),
    ("The studio released the actor from his contract.", "CONCEDE"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_gdata28_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)


@pytest.mark.parametrize("text", [
    "Israel resumed its strikes on Gaza on Sunday.",
    "Israel resumed strikes across Lebanon.",
    "Russia opposed the strikes.",
    "Washington backed Israel's strikes.",
])
def test_strikes_of_a_state_stay_attacks(extract, text):
    record = extract(text, "2002-03-10")
    assert "ASSAULT" in {e.type for e in record.events}


@pytest.mark.parametrize("text", [
    "Troops rescued three engineers abducted by rebels.",
    "Police rescued a businessman from his kidnappers.",
    "The police rescued three girls from traffickers.",
])
def test_a_rescue_from_captivity_named_on_the_captive_is_aid(extract, text):
    record = extract(text, "2002-03-10")
    assert "AID" in {e.type for e in record.events}
