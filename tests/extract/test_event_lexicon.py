"""Classes of wording of the PLOVER lexicon (frontwire/extract/lexicon/*.yaml) on wire-style
sentences: each entry added for a gap found on unseen wire news, and the readings it must not take."""
import pytest


def types_of(record):
    return [(e.type, e.trigger) for e in record.events]


WORDINGS = [
    ("Colombia and the FARC concluded a peace accord in Havana on Thursday.", "AGREE"),
    ("The warring factions initialed a peace agreement at a U.S. air base in Dayton, Ohio.", "AGREE"),
    ("The African Union commended Kenya's leaders for the power-sharing deal.", "SUPPORT"),
    ("Brazil's president hailed the agreement as a historic step.", "SUPPORT"),
    ("China voiced support for Pakistan's position on Kashmir on Monday.", "SUPPORT"),
    ("India threw its weight behind the Afghan government.", "SUPPORT"),
    ("The rebels freed four kidnapped aid workers on Sunday.", "CONCEDE"),
    ("The president pardoned 300 political prisoners on independence day.", "CONCEDE"),
    ("Myanmar's junta granted amnesty to more than 5,000 prisoners.", "CONCEDE"),
    ("Belgrade handed over the remains of 36 Kosovo Albanians to international officials.", "CONCEDE"),
    ("Beijing relaxed its curbs on travel to Hong Kong.", "CONCEDE"),
    ("Spain extradited a suspected Basque separatist to France on Tuesday.", "COOPERATE"),
    ("Colombia handed over a drug lord to U.S. authorities.", "COOPERATE"),
    ("Russian and Chinese warships held joint naval exercises in the Sea of Japan.", "COOPERATE"),
    ("Jordan and Egypt coordinated their positions ahead of the Arab summit.", "COOPERATE"),
    ("Washington approved a $1.2 billion military aid package for Israel.", "AID"),
    ("Cuba sent 300 doctors to Haiti to help fight cholera.", "AID"),
    ("Ethiopian forces pulled out of the Somali capital on Friday.", "RETREAT"),
    ("The UNITA rebels handed in their weapons at quartering areas.", "RETREAT"),
    ("Armenia returned seven villages to Azerbaijan.", "RETREAT"),
    ("The militia demobilized 3,000 fighters under the peace deal.", "RETREAT"),
    ("The rebels turned down the government's offer of talks.", "REJECT"),
    ("Hamas spurned an Egyptian ceasefire proposal.", "REJECT"),
    ("The junta defied international calls to release the opposition leader.", "REJECT"),
    ("The families of the hostages pleaded with the kidnappers to free them.", "REQUEST"),
    ("Taiwan applied for membership of the World Health Organization.", "REQUEST"),
    ("Kenya's government deplored the attack on the embassy.", "ACCUSE"),
    ("The opposition hit out at the government over the price rise.", "ACCUSE"),
    ("Israel vowed to retaliate for the suicide bombing.", "THREATEN"),
    ("Russia vowed revenge for the expulsion of its diplomats.", "THREATEN"),
    ("China warned Taiwan against moves toward independence.", "THREATEN"),
    ("Angry residents burned tyres and shouted anti-government slogans in Lagos.", "PROTEST"),
    ("The Kurdish parties boycotted the parliamentary session.", "PROTEST"),
    ("Russia massed troops along the Ukrainian border.", "MOBILIZE"),
    ("Israel called up 60,000 reservists ahead of the Gaza operation.", "MOBILIZE"),
    ("Iran staged naval exercises in the Gulf.", "MOBILIZE"),
    ("Turkey put its army on high alert along the Syrian border.", "MOBILIZE"),
    ("The military junta shut down two independent radio stations.", "COERCE"),
    ("Authorities censored news coverage of the unrest.", "COERCE"),
    ("The U.N. envoy held consultations with Afghan factions in Kabul.", "CONSULT"),
    ("The two sides reached an understanding on the release of detainees.", "AGREE"),
    ("The Pakistani and Afghan presidents held a telephone conversation on Tuesday.", "CONSULT"),
    ("Moscow stood by its ally Damascus at the United Nations.", "SUPPORT"),
    ("The junta allowed the opposition leader to travel abroad.", "CONCEDE"),
    ("The European Union gave 50 million euros to help refugees in Chad.", "AID"),
    ("The U.S. military dropped food and water to stranded Yazidis.", "AID"),
    ("The rebels pulled out of the town after heavy fighting.", "RETREAT"),
    ("Ugandan troops left the eastern Congolese town of Bunia.", "RETREAT"),
    ("Moscow lashed out at Washington over its missile defence plans.", "ACCUSE"),
    ("Supporters of the jailed leader held a vigil outside the prison.", "PROTEST"),
    ("Russia said it would close down the U.S. consulate in St Petersburg.", "SANCTION"),
    ("North Korea conducted a nuclear test on Monday.", "MOBILIZE"),
    ("Israel confiscated Palestinian land near Bethlehem.", "COERCE"),
    ("The regime cut internet access across the country.", "COERCE"),
    ("The Saudi crown prince received the U.S. national security adviser in Riyadh on Sunday.", "CONSULT"),
    ("The German chancellor phoned the Russian president on Friday.", "CONSULT"),
    ("Several Arab states recognized the new Libyan government.", "SUPPORT"),
    ("Washington shared satellite imagery with Kyiv, U.S. officials said.", "COOPERATE"),
    ("The World Bank approved a $500 million loan to help Ukraine pay public sector wages.", "AID"),
    ("The Pentagon announced a new $400 million weapons package for Ukraine on Friday.", "AID"),
    ("UNICEF distributed vaccines and water purification tablets in flood-hit areas.", "AID"),
    ("Islamic State fighters abandoned their positions in the town.", "RETREAT"),
    ("Russian forces left the Chernobyl nuclear plant on Thursday.", "RETREAT"),
    ("The International Criminal Court issued an arrest warrant for the Sudanese president.", "ACCUSE"),
    ("The Serbian parliament voted down the Kosovo agreement.", "REJECT"),
    ("The coup leaders warned foreign powers not to intervene.", "THREATEN"),
    ("Japan tightened export controls on chip materials to South Korea.", "SANCTION"),
    ("Taiwan raised its combat readiness after Chinese warplanes entered its air defence zone.", "MOBILIZE"),
    ("Ukraine and Poland signed a cooperation pact on defence production.", "AGREE"),
    ("The Iraqi foreign minister is on a visit to Tehran, the ministry said.", "CONSULT"),
    ("Lebanese factions convened in Doha for a national dialogue conference.", "CONSULT"),
    ("The envoy shuttled between Jerusalem and Ramallah for a second day.", "CONSULT"),
    ("Germany gave its blessing to the Franco-British plan.", "SUPPORT"),
    ("The Arab League came out in support of the Palestinian bid for statehood.", "SUPPORT"),
    ("Italian and Libyan coast guards jointly patrolled the Mediterranean.", "COOPERATE"),
    ("The two countries' intelligence services exchanged information on the plot.", "COOPERATE"),
    ("Iran supplies Hezbollah with rockets and money, Israeli officials say.", "AID"),
    ("The European Commission released 10 million euros in emergency aid for flood victims.", "AID"),
    ("The militants vacated the seized government buildings.", "RETREAT"),
    ("The rebels gave up control of the airport to peacekeepers.", "RETREAT"),
    ("Government forces fell back to defensive positions around the city.", "RETREAT"),
    ("A court in Argentina charged nine Iranians over the bombing of a Jewish centre.", "ACCUSE"),
    ("Pyongyang vowed to take countermeasures against the joint drills.", "THREATEN"),
    ("Opposition supporters poured into the streets of Tbilisi.", "PROTEST"),
    ("The protesters set up barricades in the city centre.", "PROTEST"),
    ("The IMF suspended loans to Mozambique over hidden debt.", "SANCTION"),
    ("Turkey threw its support behind Azerbaijan in the conflict.", "SUPPORT"),
    ("The Syrian army handed control of the area to Kurdish forces.", "RETREAT"),
    ("The Chinese military launched large-scale drills around Taiwan.", "MOBILIZE"),
    ("Iran test-fired a new ballistic missile on Sunday.", "MOBILIZE"),
    ("The junta dissolved the political parties.", "COERCE"),
    ("Beijing and Manila struck a provisional arrangement on resupply missions to the shoal.", "AGREE"),
    ("The military junta released the deposed prime minister from house arrest, a spokesman said.", "CONCEDE"),
    ("The authorities lifted a week-long internet blackout in the region.", "CONCEDE"),
    ("Pakistani and Afghan forces launched a joint operation against militants on the border.", "COOPERATE"),
    ("The FBI is assisting Kenyan police with the investigation into the bombing.", "COOPERATE"),
    ("The military junta suspended the activities of political parties.", "COERCE"),
    ("Egypt and Israel stepped up security coordination in Sinai.", "COOPERATE"),
    ("Europol and U.S. agencies teamed up to take down the ransomware gang.", "COOPERATE"),
    ("Kuwait financed the reconstruction of schools in Gaza.", "AID"),
    ("Relief supplies reached the quake-hit region on Wednesday.", "AID"),
    ("Armenian forces handed the district of Kalbajar back to Azerbaijan.", "RETREAT"),
    ("The ruling party's leader quit amid a corruption scandal.", "RETREAT"),
    ("The Organisation of Islamic Cooperation declared its solidarity with the Palestinian people.", "SUPPORT"),
    ("Several countries recognized Juan Guaido as interim president.", "SUPPORT"),
    ("Hungary blocked the EU's aid package for Ukraine.", "REJECT"),
    ("The EU adopted a new package of sanctions against Russia.", "SANCTION"),
    ("Kenya recalled its high commissioner from Somalia.", "SANCTION"),
    ("Turkey suspended all trade with Israel.", "SANCTION"),
    ("Washington revoked the visas of Nicaraguan officials.", "SANCTION"),
    ("The president commuted the death sentences of 30 prisoners.", "CONCEDE"),
    ("The army withdrew the charges against the protesters.", "CONCEDE"),
    ("The authorities placed the region under lockdown.", "COERCE"),
    ("The Ukrainian president received the visiting Polish prime minister in Kyiv.", "CONSULT"),
]


NOT_THESE = [
    # a game left, a body given to its family, sympathy and a rally's purpose, self-praise, a border
    # closed for fighting, a watch kept, an allowing that is banned,
    # a participle describing what was seized long ago, an alert for floods, water released or
    # pouring into streets, a gang operating together, shareholders' votes, a firm's payments, a test firing,
    # an arrest one is released from, thanks (the dev gold codes no support for them), a minister's
    # convoy arriving, arming told inside an accusation, a crime not pardoned, fire engines on alert
    ("The tennis star withdrew from the tournament with a knee injury.", "RETREAT"),
    ("The body of the police firing victim was handed over to his family on Tuesday.", "CONCEDE"),
    ("France expressed its solidarity with the families of the victims.", "SUPPORT"),
    ("Thousands of protesters marched on Sunday to show support for the journalists.", "SUPPORT"),
    ("How can I laud myself, the chief minister told a press conference.", "SUPPORT"),
    ("Russia closed its southern borders because of the fighting between Azerbaijanis and Armenians.", "SANCTION"),
    ("The police were asked to keep a strict vigil on rumour mongers.", "PROTEST"),
    ("The district had imposed a ban on allowing reporters to enter the camp.", "CONCEDE"),
    ("The Colombian government returned confiscated land to displaced families.", "COERCE"),
    ("The weather office raised the flood alert level along the river.", "MOBILIZE"),
    ("The air base said it had accidentally released 150,000 gallons of contaminated water.", "AID"),
    ("Floodwater poured into the streets of the old town overnight.", "PROTEST"),
    ("Police said the accused used to operate together from the club.", "COOPERATE"),
    ("Shareholders voted down the merger proposal.", "REJECT"),
    ("The airline suspended payments to its suppliers.", "SANCTION"),
    ("Iran test-fired a new ballistic missile on Sunday.", "ASSAULT"),
    ("The military junta released the deposed prime minister from house arrest, a spokesman said.", "COERCE"),
    ("He thanked the UAE for its mediation.", "SUPPORT"),
    ("Word had got around that the chief minister's convoy was arriving.", "AID"),
    ("Kinshasa had chosen war over dialogue by continuing to arm the FDLR militia, the ministry said.", "AID"),
    ("Neither the Godhra incident can be pardoned nor the selective killings, he said.", "CONCEDE"),
    ("Fire brigade, electricity supply and public works department vehicles have been put on high alert, he said.", "MOBILIZE"),
]


CASES = [(text, event_type, True) for text, event_type in WORDINGS] + [
    (text, event_type, False) for text, event_type in NOT_THESE]


@pytest.mark.parametrize("text,event_type,expected", CASES,
                         ids=[f"{'' if want else 'not-'}{t}-{s.split()[1]}" for s, t, want in CASES])
def test_wire_wording_gives_its_plover_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2005-06-01")
    assert (event_type in {e.type for e in record.events}) == expected, types_of(record)


@pytest.mark.parametrize("text,event_type", [
    ("Rebels assailed the government positions with mortar fire on Sunday, killing five soldiers, the army said.", "ACCUSE"),
    ("A man phoned the police to report the explosion near the railway station on Sunday evening, officials said.", "CONSULT"),
    ("The family was on a trip to relatives in Karachi when the bomb exploded near the market on Sunday.", "CONSULT"),
    ("Fans poured into the streets of Buenos Aires to celebrate the national team's victory, police said.", "PROTEST"),
    ("The founder ceded control of the company to his son after forty years at the head of the textile business.", "RETREAT"),
    ("Troops left the base at dawn to patrol the border villages where smugglers had been seen, officials said.", "RETREAT"),
    ("Firefighters freed the workers trapped in the collapsed factory after a six-hour operation, officials said.", "CONCEDE"),
    ("Engineers ended the blackout in the city on Monday after the ice storm had brought down power lines.", "CONCEDE"),
    ("The earthquake cut internet access across the region on Monday, the telecommunications company said.", "COERCE"),
    ("The bank seized the farm after the owner defaulted on his mortgage payments for the third year in a row.", "COERCE"),
    ("The crowd applauded the players as they left the pitch after the final whistle in the capital on Sunday.", "SUPPORT"),
    ("Chelsea halted the transfer of the Brazilian striker on Friday after he failed a medical examination.", "SANCTION"),
    ("The State Department warned Americans to avoid travel to the country because of the unrest, officials said.", "THREATEN"),
])
def test_the_wordings_keep_their_sense_outside_conflict(extract, text, event_type):
    assert event_type not in {e.type for e in extract(text, "2025-05-19").events}


def test_a_quantity_of_protesters_is_the_subject_the_lexicon_reads(extract):
    record = extract("Thousands of protesters gathered in the capital on Sunday to demand the release of political prisoners, "
                     "witnesses said.", "2025-06-04")
    assert "PROTEST" in {e.type for e in record.events}
    record = extract("Thousands of fans poured into the streets of Buenos Aires to celebrate the national team's victory, "
                     "police said.", "2025-06-04")
    assert "PROTEST" not in {e.type for e in record.events}


@pytest.mark.parametrize("text,event_type", [
    ("The club clinched a deal to sign the Brazilian striker from Santos for a fee of forty million euros on Monday.", "AGREE"),
    ("The bank approved a loan of 5 million dollars to the property developer to build a shopping centre.", "AID"),
    ("Investors provided 10 million euros to the software startup in a funding round on Tuesday.", "AID"),
    ("The bank froze credit to the property developer after it missed two interest payments on its bonds.", "SANCTION"),
    ("The striker turned down a new contract offer from his club and left on Thursday.", "REJECT"),
    ("The company applied for a loan of 3 million euros to expand its factory in the north of the country.", "REQUEST"),
    ("The referee reprimanded the player for time-wasting in the second half of the match on Sunday.", "ACCUSE"),
])
def test_businesses_and_sport_are_no_parties_to_political_events(extract, text, event_type):
    assert event_type not in {e.type for e in extract(text, "2025-05-19").events}


@pytest.mark.parametrize("text,event_type", [
    ("The World Bank approved a loan of 500 million dollars to Ukraine to repair its power grid.", "AID"),
    ("An entire company of the Tarhuna Brigade surrendered to government forces at the front near Tripoli.", "RETREAT"),
    ("The government froze the assets of the company's owners over their links to the junta.", "SANCTION"),
    # a business acting toward a state, a government, an armed group, or one a state runs
    ("The central bank froze the assets of 20 militant groups on government orders.", "SANCTION"),
    ("The state-owned gas company cut off gas supplies to Ukraine.", "SANCTION"),
    ("The company accused the army of seizing its trucks.", "ACCUSE"),
    ("The airline asked the government to lift the ban on flights to Srinagar.", "REQUEST"),
    ("The company refused to pay protection money to the rebels.", "REJECT"),
    ("The bank froze the assets of the Taliban regime.", "SANCTION"),
    ("The bank rejected a request from Pakistan for a new loan.", "REJECT"),
])
def test_named_banks_units_and_acts_against_companies_stay_events(extract, text, event_type):
    assert event_type in {e.type for e in extract(text, "2025-05-19").events}


def test_a_vow_not_to_do_the_conciliatory_act_is_no_promise(extract):
    record = extract("An official Syrian newspaper called on Arabs to unite against Ariel Sharon, who has vowed not to "
                     "return the Golan Heights to Syria if he is elected prime minister.", "2001-01-04")
    assert "AGREE" not in {e.type for e in record.events}
    assert "AGREE" in {e.type for e in extract("The warlord vowed to disarm the militias loyal to him.", "2001-01-04").events}


@pytest.mark.parametrize("text,event_type", [
    ("The airline suspended flights to Paris after a strike by pilots.", "PROTEST"),
    ("A strike by Israeli jets killed five militants near Khan Younis.", "ASSAULT"),
])
def test_a_strike_by_workers_is_a_protest_and_by_jets_an_attack(extract, text, event_type):
    assert event_type in {e.type for e in extract(text, "2005-06-01").events}
