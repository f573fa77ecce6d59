"""Classes of wording added to the PLOVER lexicon for AGREE, CONSULT, COOPERATE, AID, SUPPORT, CONCEDE,
RETREAT and MOBILIZE from long wire sentences (stop 21, plover21a), and the readings they must not take."""
import pytest


def types_of(record):
    return [(e.type, e.trigger) for e in record.events]


WORDINGS = [
    # an accord initialled; names put to a text; a unilateral truce to be observed
    ("Ethiopia and Eritrea initialled a cessation of hostilities accord in Algiers on Sunday.", "AGREE"),
    ("Macedonian and ethnic Albanian leaders put their names to a framework agreement at Ohrid.", "AGREE"),
    ("The guerrilla group said it would observe a unilateral Christmas truce.", "AGREE"),
    # travel for a visit
    ("Argentina's foreign minister will travel to London next week for an official visit, his ministry announced.", "CONSULT"),
    # police working with or alongside another state's agents; a state letting another's police patrol its coast
    ("Turkey's intelligence agency worked with Iraqi security forces to capture the suspect, officials said.", "COOPERATE"),
    ("Kenyan police, working alongside FBI agents, searched the home of a suspect.", "COOPERATE"),
    ("Albania's government has allowed Italian police to patrol its coastline to stem the flow of migrants.", "COOPERATE"),
    ("Uganda and Sudan resumed intelligence cooperation on the Lord's Resistance Army, officials said.", "COOPERATE"),
    # sums announced or approved; aid stepped up; camps opened for refugees
    ("The United States announced $150 million in humanitarian aid for the Rohingya.", "AID"),
    ("The European Union approved 15 million ecus in humanitarian assistance for victims of the war in Chechnya.", "AID"),
    ("Washington has stepped up military assistance to Colombia, U.S. officials said.", "AID"),
    ("The U.N. refugee agency opened a camp for 20,000 Burundian refugees near Kigoma in western Tanzania.", "AID"),
    # office-holders freed; a team let into a country
    ("Zapatista rebels freed the former Chiapas governor on Monday, the interior ministry said.", "CONCEDE"),
    ("Belgrade allowed a team of international forensic experts into Kosovo to investigate the killings at Racak.", "CONCEDE"),
    # soldiers' dispatch named
    ("The dispatch of 800 Brazilian soldiers to Haiti was approved by Congress on Thursday.", "MOBILIZE"),
    # round 2: rounds of dialogue, contacts held, heads of bodies received
    ("The Mexican interior minister travelled to San Andres for a fresh round of dialogue with Zapatista commanders.", "CONSULT"),
    ("Representatives of the Algerian government and the banned Islamic Salvation Front held secret contacts in Rome.", "CONSULT"),
    ("The Serbian president received the OSCE chairman in Belgrade on Monday, Tanjug news agency reported.", "CONSULT"),
    # an act done in cooperation with another state's agency
    ("Ecuador's police, in cooperation with Interpol, captured a fugitive banker in Guayaquil on Sunday.", "COOPERATE"),
    # arming told after training; recognition spelled with -ise; a group allowed to register
    ("Iran was training and arming Shiite militiamen in southern Lebanon, Western intelligence sources said.", "AID"),
    ("Germany was the first Western state to recognise Slovenia and Croatia.", "SUPPORT"),
    ("Uzbekistan's government allowed an independent human rights group to register for the first time.", "CONCEDE"),
    # irregular fighters trained or massed
    ("Thousands of Hutu militiamen were trained in camps in eastern Zaire, a UN report said.", "MOBILIZE"),
    ("The Taliban massed thousands of fighters north of Kabul, an opposition spokesman said.", "MOBILIZE"),
    # round 3: data exchanged; a joint investigation with a subject; a man extradited to a named state
    ("The intelligence services of Egypt and Sudan have been exchanging data on Islamic militants.", "COOPERATE"),
    ("South African and Zimbabwean police officers jointly investigated the smuggling of stolen cars.", "COOPERATE"),
    ("Bulgaria extradited to Turkey a Kurdish militant wanted by the courts.", "COOPERATE"),
    # staple food distributed; money deposited in another state's central bank
    ("The World Food Programme began distributing maize to 200,000 drought victims in southern Zambia.", "AID"),
    ("Saudi Arabia deposited $500 million in Pakistan's central bank to shore up its reserves.", "AID"),
    # standing by a named leader; an army's campaign defended
    ("The ruling party in South Africa stood by Mugabe despite criticism, a spokesman said.", "SUPPORT"),
    ("The Bolivian government defended the army's eradication of coca fields in the Chapare.", "SUPPORT"),
    # inmates released; parties legalised; bodies handed back; controls on travel relaxed
    ("The authorities released 3,000 inmates from overcrowded prisons, citing lack of evidence.", "CONCEDE"),
    ("The Kenyan government legalised opposition parties, ending 10 years of one-party rule.", "CONCEDE"),
    ("The Serbian authorities handed back the bodies of 45 Albanians to their families.", "CONCEDE"),
    ("The Chinese authorities relaxed controls on travel to Tibet, the official Xinhua news agency said.", "CONCEDE"),
    # power handed to a successor; exile; a buffer zone vacated; units demobilised
    ("The Liberian president left for exile in Nigeria on Monday, handing power to his deputy.", "RETREAT"),
    ("The Bosnian Serb army vacated the heavy weapons exclusion zone around Sarajevo, NATO officials said.", "RETREAT"),
    ("The Tajik opposition's armed units were demobilised and integrated into the national army.", "RETREAT"),
    # ranks joined
    ("Hundreds of young Chechens have joined the ranks of the separatist fighters, a rebel commander said.", "MOBILIZE"),
    # round 4: undertakings signed; centres opened for returnees
    ("The Albanian rebel leaders signed an undertaking to disband their army within 90 days.", "AGREE"),
    ("The UNHCR opened a transit centre for returning Afghan refugees in Peshawar, a UNHCR official said.", "AID"),
    # the death penalty abolished; wrongs admitted by a state
    ("The Turkish parliament abolished the death penalty, meeting a key demand of the European Union.", "CONCEDE"),
    ("The Indonesian president admitted that the army had committed abuses in East Timor.", "CONCEDE"),
    # a town handed over; roadblocks dismantled
    ("UNITA handed over the central highland town of Bailundo to government administrators, the UN said.", "RETREAT"),
    ("The paramilitary group dismantled its roadblocks on the highway to Medellin, police said.", "RETREAT"),
    # hundreds recruited by an armed group; a missile test-launched; troops airlifted
    ("The Kosovo Liberation Army recruited hundreds of ethnic Albanians from the diaspora in Germany.", "MOBILIZE"),
    ("India test-launched its Prithvi missile from a range in Orissa, the defence ministry said.", "MOBILIZE"),
    ("Peru airlifted 2,000 troops to the Cenepa valley, a military spokesman said.", "MOBILIZE"),
    # round 5: a charter approved; a ceasefire renewed
    ("The rival Somali factions approved a charter for a transitional government in Djibouti.", "AGREE"),
    ("Khartoum and the rebels renewed their ceasefire in the Nuba Mountains for a further six months.", "AGREE"),
    # a network uncovered jointly; police assisted by another state's detectives
    ("Russian and Kazakh intelligence officers jointly uncovered an arms-smuggling network in Almaty.", "COOPERATE"),
    ("Kenya's police, assisted by Scotland Yard detectives, arrested two suspects.", "COOPERATE"),
    # ecus granted; the Taliban armed; part of an aid package; repatriation paid for
    ("The European Commission granted 2 million ecus in emergency aid to victims of the cyclone in Orissa.", "AID"),
    ("Pakistan's military intelligence has been arming and training the Taliban, a UN report said.", "AID"),
    ("China will build a hospital in Monrovia as part of a $20 million aid package.", "AID"),
    ("The Norwegian government paid for the repatriation of 3,000 Liberian refugees from Ghana.", "AID"),
    # support lent
    ("The United States lent its support to the Brazilian plan for a peacekeeping force in Haiti.", "SUPPORT"),
    # an adviser freed; schoolgirls handed over; exit permits granted
    ("The Serb authorities released Ibrahim Rugova's closest adviser, his family said.", "CONCEDE"),
    ("The Ugandan rebels handed over 20 abducted schoolgirls to Catholic missionaries.", "CONCEDE"),
    ("Beijing granted exit permits to the wife and children of a prominent dissident.", "CONCEDE"),
    # heavy guns pulled back; live-fire drills held
    ("Serb forces began pulling back their heavy guns from the hills around Sarajevo.", "RETREAT"),
    ("Chinese warships and fighter jets held live-fire drills near the Taiwan Strait, state media reported.", "MOBILIZE"),
    # round 6: a fugitive tracked down jointly; a man handed over to a named state; an act in a joint operation
    ("Interpol and Brazilian federal police jointly tracked down the fugitive Italian banker in Rio de Janeiro.", "COOPERATE"),
    ("Italy turned over to Egypt a man suspected of involvement in the embassy attack.", "COOPERATE"),
    ("Spanish and French police dismantled an ETA cell in a joint operation near Bayonne.", "COOPERATE"),
    # grain trucked; students recruited by an army
    ("The World Food Programme trucked 3,000 tonnes of grain into Kosovo, a WFP spokeswoman said.", "AID"),
    ("The Eritrean army has been recruiting students and civil servants for the border war, diplomats said.", "MOBILIZE"),
    # round 7: an army trained by another's instructors; agents let operate on a state's territory
    ("Cuban military instructors have been training the Angolan army, Western diplomats said.", "AID"),
    ("The Mexican government allowed U.S. agents to operate on its territory in the fight against drug cartels.", "COOPERATE"),
    # round 8: power handed to a successor (the parser reads the 'to' as a dative)
    ("The Nigerian military ruler handed power to an elected civilian president.", "RETREAT"),
]

NOT_THESE = [
    # a signing, a meeting or a summit named only to date or place another act
    ("Serb forces completed their withdrawal from Kosovo on Sunday, 11 days after the signing of the military-technical agreement.", "AGREE"),
    ("Both parties undertook to respect the results of the referendum, the communique issued after the meeting said.", "CONSULT"),
    ("Latin American leaders voiced support for Venezuela's embattled president at a summit in Costa Rica.", "CONSULT"),
    ("Jordan and Syria coordinated their stances ahead of the Arab League summit.", "CONSULT"),
    ("The foreign ministers held a news conference at the close of the summit in Durban.", "CONSULT"),
    # a match or a festival hosted
    ("The Ghanaian government hosted the African Nations Cup final in Accra, attended by 40,000 fans.", "CONSULT"),
    # a budget approved is no aid
    ("The cabinet approved a $400 billion defence budget on Tuesday.", "AID"),
    # rights granted in a participle's clause: the content of an accord
    ("Macedonian and Albanian leaders put their names to a framework agreement, granting the Albanian minority wider rights.", "CONCEDE"),
    # riders withdrawn from a race
    ("Organisers withdrew the cyclists after a spate of crashes.", "RETREAT"),
    ("The champion withdrew from the final stage with a knee injury.", "RETREAT"),
    # a deployment named as what something is for; acts barred; rescue teams; a deployment denied
    ("The signing of the Dayton accord paved the way for the deployment of 60,000 NATO troops.", "MOBILIZE"),
    ("Nepal's Maoist rebels have agreed to a code of conduct for the ceasefire, which bars both sides from recruiting fighters and moving troops, a government negotiator said.", "MOBILIZE"),
    ("Rescue teams were mobilised across Gujarat after the earthquake.", "MOBILIZE"),
    ("A spokesman said the soldiers were on routine patrol and had not been deployed to the border.", "MOBILIZE"),
    # round 2: a sponsorship deal; an accord named by its broker as the frame of another act
    ("The Ugandan football association signed a sponsorship deal with a brewery on Tuesday.", "AGREE"),
    ("Ethnic Albanian guerrillas handed over control of the village of Aracinovo to Macedonian police under a NATO-brokered deal.", "AGREE"),
    # a union meeting management over pay
    ("Chile's copper workers' union met management to discuss the new wage contract.", "CONSULT"),
    ("Union leaders discussed the new wage contract with the employers.", "CONSULT"),
    # qualifiers left; jets delivered to an airline; a ferry carrying relief workers; a birth welcomed; dogs deployed
    ("The Angolan national team withdrew from the African Nations Cup qualifiers for financial reasons.", "RETREAT"),
    ("Brazil's Embraer delivered six regional jets to a U.S. airline last month.", "AID"),
    ("A ferry carrying relief workers capsized on Lake Victoria, killing 12 people.", "AID"),
    ("The actress welcomed her first child, a daughter, in a Buenos Aires clinic.", "SUPPORT"),
    ("Police deployed sniffer dogs at the airport ahead of the holiday season.", "MOBILIZE"),
    # training told beside arming is military aid, no mobilisation
    ("Iran has been arming and training Hezbollah guerrillas, Israeli officials said.", "MOBILIZE"),
    # round 3: teams meeting in a qualifier; a summit as the speaker of a stance
    ("The Rwandan national football team met Uganda in a World Cup qualifier in Kigali on Saturday.", "CONSULT"),
    ("The Islamic summit in Tehran expressed solidarity with the Lebanese people, a final communique said.", "CONSULT"),
    # scientists cooperating; a game conceded; players retreating to the locker rooms; a fire brigade deployed
    ("Mexican and U.S. scientists cooperated on a study of migratory birds.", "COOPERATE"),
    ("The chess champion conceded defeat after five hours of play.", "CONCEDE"),
    ("Rain forced the tennis players to retreat to the locker rooms.", "RETREAT"),
    ("A fire brigade was deployed to the market after a gas cylinder exploded.", "MOBILIZE"),
    # round 4: a ceasefire described by its day of agreement; a merger agreed by a bank's board
    ("Government troops shelled rebel positions near Kisangani despite the ceasefire agreed last month in Lusaka.", "AGREE"),
    ("The bank's board agreed to merge with a Nigerian rival, creating West Africa's largest lender.", "AGREE"),
    # a suspect admitting a killing; cities to be handed over, a demand
    ("The suspect admitted that he had killed his wife.", "CONCEDE"),
    ("The demands include that all six cities be handed over to the army.", "RETREAT"),
    # a deployment objected to; players praised by their coach
    ("The government dropped its objection to the deployment of UN peacekeepers in the Ogaden.", "MOBILIZE"),
    ("The team's coach praised his players for their discipline in the 2-0 win over Ghana.", "SUPPORT"),
    # round 5: paintings returned by a museum; candidates meeting voters; a minister visiting a school
    ("The museum agreed to return the stolen paintings to their owners.", "AGREE"),
    ("The two leading candidates met voters in the northern city of Kano on the last day of campaigning.", "CONSULT"),
    ("The minister visited a school in his constituency to open a new library.", "CONSULT"),
    # patients released by a hospital; banknotes withdrawn; live-fire exercises announced
    ("The hospital released the two injured journalists after treatment.", "CONCEDE"),
    ("The central bank withdrew old banknotes from circulation.", "RETREAT"),
    ("The maritime administration said live-fire exercises would be held on Wednesday in waters off Pingtan.", "MOBILIZE"),
    # round 6: fighters to be demobilised with the money given; stones handed over to an observer (passive)
    ("Britain will provide 20 million pounds to help demobilise fighters in Sierra Leone.", "RETREAT"),
    ("fifteen minutes later, the shilas was handed over to pmo observer shatrughan singh and everyone was breathing a sigh of relief.", "COOPERATE"),
    # round 7: aircraft withdrawn from service; a rider retreating; a return to work agreed; exporters welcoming a devaluation
    ("The airline withdrew its Boeing 737s from service for safety checks.", "RETREAT"),
    ("The cyclist retreated to the back of the pack after a puncture.", "RETREAT"),
    ("Workers at the copper mine agreed to return to work after management raised wages.", "AGREE"),
    ("Exporters welcomed the devaluation of the currency.", "SUPPORT"),
    # round 8: national teams meeting
    ("The national rugby team met Argentina in Buenos Aires on Saturday.", "CONSULT"),
]

CASES = [(text, event_type, True) for text, event_type in WORDINGS] + [
    (text, event_type, False) for text, event_type in NOT_THESE]


@pytest.mark.parametrize("text,event_type,expected", CASES,
                         ids=[f"{'' if want else 'not-'}{t}-{s.split()[1]}" for s, t, want in CASES])
def test_wire_wording_gives_its_plover_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2005-06-01")
    assert (event_type in {e.type for e in record.events}) == expected, types_of(record)
