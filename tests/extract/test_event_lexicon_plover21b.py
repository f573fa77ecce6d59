"""Classes of wording added to the PLOVER lexicon (frontwire/extract/lexicon/*.yaml) for long wire
sentences of the 1990s (Africa, Latin America, Asia, the Balkans), and the readings each must not
take: a type the sentence does not tell is a false positive for the gold standard."""
import pytest


def types_of(record):
    return [(e.type, e.trigger) for e in record.events]


WORDINGS = [
    # a request in the passive, with who asked named
    ("Chad was asked by the African Union to send troops to the border with Sudan.", "REQUEST"),
    # wrongdoing alleged as a noun; blame put on a party
    ("Zambia's opposition alleged widespread fraud in the election.", "ACCUSE"),
    ("The interior minister held the army's intelligence wing responsible for the bomb blasts in the capital.", "ACCUSE"),
    ("The foreign ministry said the guerrillas were responsible for the massacre.", "ACCUSE"),
    # a refusal told as what a party would not allow
    ("Belgrade would not allow foreign troops on its soil, the foreign minister said.", "REJECT"),
    # force promised against a move of the other side; a move to be met with force
    ("The defence minister said troops would crush any attack from across the border.", "THREATEN"),
    ("Any attempt to annex the islands would be met with force, the army chief said.", "THREATEN"),
    # a strike declared illegal is a labour strike
    ("The labour court declared the strike illegal on Monday.", "PROTEST"),
    # ties cut told as a noun; money held back
    ("Egypt announced the severing of diplomatic relations with Qatar.", "SANCTION"),
    ("Washington is withholding 40 million dollars in military aid from Islamabad.", "SANCTION"),
    # people driven from their homes
    ("Thousands of Serbs were expelled from their villages by Croatian troops.", "COERCE"),
    # ground retaken, hostages taken, fire exchanged, buildings seized by armed men
    ("Rebel forces recaptured the town of Kindu on Sunday.", "ASSAULT"),
    ("Government troops retook the town of Kindu.", "ASSAULT"),
    ("Gunmen took dozens of villagers hostage in the north.", "ASSAULT"),
    ("Armenian and Azerbaijani troops exchanged fire along the border overnight.", "ASSAULT"),
    ("Rebels seized the airport in the eastern city of Goma.", "ASSAULT"),
    # round 2: a call whose infinitive the parser marks with for; consequences warned of; an act
    # promised by force; a day given to act; a mission occupied by civilians; travel banned; a
    # suspension from a body's meetings; a high commissioner withdrawn; people moved by force;
    # killed by hand
    ("Serbian opposition leaders called for foreign observers to be sent to monitor the vote.", "REQUEST"),
    ("Baghdad warned Kuwait of grave consequences over its oil policy.", "THREATEN"),
    ("The president said he would remove the squatters by force if they did not leave.", "THREATEN"),
    ("The military government gave the strikers until Friday to return to work.", "THREATEN"),
    ("Hundreds of Kurds occupied the Kenyan consulate in Bonn.", "PROTEST"),
    ("The European Union banned members of the junta from travel to its territory.", "SANCTION"),
    ("The Organisation of American States suspended Haiti from its meetings.", "SANCTION"),
    ("Canada withdrew its high commissioner from Nigeria.", "SANCTION"),
    ("Hundreds of Haitian migrants were forcibly repatriated by the Dominican army.", "COERCE"),
    ("Militiamen hacked to death a family of five in the village.", "ASSAULT"),
    # round 3: a protest made to a government; a vow to kill; warned to act or face the
    # consequences; ready to strike; a diplomatic presence cut; barred from leaving; an offensive
    # the tagger reads as an adjective; dynamite
    ("Greece protested to Ankara over the intrusion of Turkish jets into its airspace.", "ACCUSE"),
    ("The guerrilla leader vowed to kill the army commanders.", "THREATEN"),
    ("The rebels warned foreign workers to leave the region or face the consequences.", "THREATEN"),
    ("Moscow said it was ready to launch strikes on rebel bases.", "THREATEN"),
    ("Canada downgraded its diplomatic presence in Jakarta.", "SANCTION"),
    ("The military government barred the former president from leaving the country.", "COERCE"),
    ("Azerbaijani forces launched a counteroffensive to retake the town of Agdam from Armenian fighters.", "ASSAULT"),
    ("Guerrillas dynamited a bridge on the main highway.", "ASSAULT"),
    # round 4: a high commissioner summoned; criticism made by a party; what a party would not
    # hesitate to do; a walkout from work; a site blockaded by villagers; a crowd outside an
    # embassy; a clash during a demonstration; firms barred from business; an expulsion ordered;
    # an airport hit; strafing; a village looted and burned by rebels
    ("Colombo summoned the Indian high commissioner over the remarks.", "ACCUSE"),
    ("The criticism of the junta by the European Parliament angered Rangoon.", "ACCUSE"),
    ("The interior minister said police would not hesitate to open fire on rioters.", "THREATEN"),
    ("Teachers in Nairobi walked off the job over unpaid wages.", "PROTEST"),
    ("Farmers blockaded the road to the provincial capital.", "PROTEST"),
    ("Hundreds of Serbs gathered outside the U.S. embassy in Skopje.", "PROTEST"),
    ("Workers clashed with riot police during a march through the capital.", "PROTEST"),
    ("Washington barred American firms from trading with Iran.", "SANCTION"),
    ("Buenos Aires ordered the expulsion of two Iranian diplomats.", "SANCTION"),
    ("Mortar fire hit the airport in the besieged town.", "ASSAULT"),
    ("Government jets strafed the rebel-held villages.", "ASSAULT"),
    ("Rebels looted and burned the village of Masiaka.", "ASSAULT"),
    # round 5: war resumed on a condition; a move to be treated as an invasion; told to act or face
    # the consequences; cooperation halted; prison terms
    ("The rebels said they would resume the war if government troops entered the valley.", "THREATEN"),
    ("Ankara said any Greek move to extend its waters would be treated as an act of war.", "THREATEN"),
    ("The militia commander told aid workers to leave the town or face the consequences.", "THREATEN"),
    ("Japan halted military cooperation with Jakarta after the massacre.", "SANCTION"),
    ("A military tribunal sentenced 12 officers to long prison terms.", "COERCE"),
    # round 6: a vow to retake ground; "or risk attack"; a city to be turned into a sea of fire; aid
    # cancelled; a bill voted against
    ("Baku vowed to retake all the land occupied by Armenian forces.", "THREATEN"),
    ("The guerrillas warned foreign oil workers to leave the region or risk attack.", "THREATEN"),
    ("Pyongyang said it would turn Tokyo into a sea of fire.", "THREATEN"),
    ("Tokyo cancelled a planned loan to Rangoon over the arrests.", "SANCTION"),
    ("Parliament voted against a bill to grant amnesty to rebel fighters.", "REJECT"),
]

NOT_THESE = [
    # an instruction passed on, with nobody named as asking
    ("The army has been asked to remain on alert in the capital.", "REQUEST"),
    # an allegation made by protests (the protests are the event); what was alleged, as a pronoun
    ("Months of protests alleging a cover-up followed the student's death.", "ACCUSE"),
    ("That is what the opposition has alleged.", "ACCUSE"),
    # blame only weighed; an inquiry not made; the blame a report puts on a party for the attack it tells
    ("Officials were cautious about holding the group responsible for the attack.", "ACCUSE"),
    ("Washington suspended aid over the army's failure to investigate the massacre.", "ACCUSE"),
    ("A bomb exploded in the market, in an attack the police blamed on separatists.", "ACCUSE"),
    # comment declined; a plan that will not allow; a denial in sport
    ("The foreign minister declined to comment on the report.", "REJECT"),
    ("The cabinet approved a plan that will not allow exiles into the country.", "REJECT"),
    ("The team rejected claims it had thrown the game.", "REJECT"),
    # a time after a promise; a cabinet's plan against inflation
    ("Hours after the rebels gave a written commitment, the president met their leaders.", "THREATEN"),
    ("The new cabinet would crush inflation within a year, the finance minister said.", "THREATEN"),
    # who the hostages are; a building seized by the police; a foul; a currency under attack;
    # an attack written about; the attack someone is responsible for
    ("The families of the tourists who were taken hostage appealed to the government.", "ASSAULT"),
    ("Police seized the building used by the smugglers.", "ASSAULT"),
    ("The striker was booked after a clash with the referee.", "ASSAULT"),
    ("The peso came under attack from speculators.", "ASSAULT"),
    ("The government expelled two reporters who had written on the massacre.", "ASSAULT"),
    ("Police arrested the men responsible for the bombing.", "ASSAULT"),
    # the lead retaken in a race
    ("The champion retook the lead on the final lap.", "ASSAULT"),
    # round 2: an accusation given as the reason of an expulsion; a question dodged; a forecast
    # warned of; a company's threat; sportsmen banned; a protest that was the cause, or is to come;
    # a sporting storm; the date a strike is called for; an arrest a recall is over; a court's term;
    # attacks protected from
    ("Kenya expelled three Sudanese diplomats, accusing them of spying.", "ACCUSE"),
    ("The minister refused to be drawn on the timing of the election.", "REJECT"),
    ("The central bank warned that inflation would rise sharply this year.", "THREATEN"),
    ("The oil giant threatened to shut its refinery unless the strike ended.", "THREATEN"),
    ("The football federation banned three players for match-fixing.", "COERCE"),
    ("Thousands took to the streets of Lagos after the killing of the opposition leader.", "ASSAULT"),
    ("Police detained dozens of students ahead of planned protests in the capital.", "PROTEST"),
    ("The Brazilian team stormed to victory over Argentina in the final.", "ASSAULT"),
    ("Police arrested union leaders ahead of a general strike called for Monday.", "REQUEST"),
    ("Peru recalled its ambassador over the arrest of a former general.", "COERCE"),
    ("The court gave the defence until Monday to file its appeal.", "THREATEN"),
    ("Troops were sent to protect civilians from attacks by the militia.", "ASSAULT"),
    # round 3: a captain's demand; rates a bank will not cut; an accident's deaths; years of fighting
    # looked back on; the attack an arrest answers; killings blamed in
    # a participle; a footballer barred by an injury; a currency ready to be launched
    ("The team captain demanded an apology from the referee.", "REQUEST"),
    ("The central bank refused to cut interest rates.", "REJECT"),
    ("A bus collided with a truck near Lahore, killing 17 passengers.", "ASSAULT"),
    ("His book describes years of fighting in the mountains.", "ASSAULT"),
    ("Police arrested 40 men after the bombing in the capital.", "ASSAULT"),
    ("The government banned the group after a series of killings blamed on its members.", "ACCUSE"),
    ("A knee injury barred the striker from playing in the final.", "COERCE"),
    ("The cabinet was ready to launch the new currency.", "THREATEN"),
    # round 4: an attack named by someone's part in it; a protest reported on; a detention
    # protested at; a runner's attack; a pedestrian struck; clashes an arrest follows; fog at the
    # airport
    ("Two officers were arrested for their role in the massacre.", "ASSAULT"),
    ("The reporter was deported for writing about the protests.", "PROTEST"),
    ("Oslo halted aid in protest at the detention of dissidents.", "COERCE"),
    ("The Kenyan runner attacked on the final lap to win the race.", "ASSAULT"),
    ("The minister's motorcade struck a pedestrian in the capital.", "ASSAULT"),
    ("Police detained 30 youths after clashes between rival gangs.", "ASSAULT"),
    ("Heavy fog hit the airport on Monday.", "ASSAULT"),
    # round 5: a rally banned; a rally attacked; a book that attacks in words
    ("The authorities banned an opposition rally planned for Sunday.", "PROTEST"),
    ("A bomb attack on an opposition rally in Dhaka killed five people.", "PROTEST"),
    ("The film attacks the greed of the country's generals.", "ASSAULT"),
    # round 6: a debt cancelled; a protest an arrest follows
    ("Paris cancelled the debt of the poorest African countries.", "SANCTION"),
    ("Police arrested 30 students after a protest at the university.", "PROTEST"),
]

CASES = [(text, event_type, True) for text, event_type in WORDINGS] + [
    (text, event_type, False) for text, event_type in NOT_THESE]


@pytest.mark.parametrize("text,event_type,expected", CASES,
                         ids=[f"{'' if want else 'not-'}{t}-{s.split()[1]}" for s, t, want in CASES])
def test_wire_wording_gives_its_plover_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2005-06-01")
    assert (event_type in {e.type for e in record.events}) == expected, types_of(record)
