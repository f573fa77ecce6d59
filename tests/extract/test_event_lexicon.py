"""Classes of wording of the PLOVER lexicon (frontwire/extract/lexicon/*.yaml) on wire-style
sentences: each entry added for a gap found on unseen wire news, and the readings it must not take."""
import pytest

from wordings import assert_gives_type_or_not, gives_type_or_not


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


# Stop 20, AGREE, CONSULT, COOPERATE, AID, SUPPORT, CONCEDE, RETREAT and MOBILIZE:
# held-out wire-style probe sets written from the PLOVER definitions
WORDINGS += [
    ("Hamas has consented to a six-month truce with Israel, Egyptian officials said.", "AGREE"),
    ("The two sides put their signatures to a power-sharing accord late on Saturday in Arusha.", "AGREE"),
    ("Peru and Ecuador settled their long-running border dispute with a treaty.", "AGREE"),
    ("North Korea expressed willingness to return to the six-party talks.", "AGREE"),
    ("Serbian and Kosovo negotiators reached a breakthrough on the issue of car licence plates.", "AGREE"),
    ("The Ivorian president vowed to disarm the militias loyal to him before the elections.", "AGREE"),
    ("Blair and Ahern conferred by telephone about the stalled peace process.", "CONSULT"),
    ("Foreign ministers of the Arab League gathered in Cairo for an emergency session on Lebanon.", "CONSULT"),
    ("Syria handed over Saddam Hussein's half-brother to Iraqi authorities.", "COOPERATE"),
    ("Egypt and Israel coordinated their patrols along the Gaza border.", "COOPERATE"),
    ("U.S. military helicopters ferried food and medicine to flood victims in northern Mozambique.", "AID"),
    ("Aid trucks carrying medicine crossed into Gaza through the Rafah crossing.", "AID"),
    ("Washington provided Bogota with Black Hawk helicopters to fight drug traffickers.", "AID"),
    ("China sent a team of 60 rescue workers to the quake zone in Pakistan.", "AID"),
    ("Britain said it fully supported the decision to refer Iran to the Security Council.", "SUPPORT"),
    ("China has stood firmly behind its ally North Korea, a foreign ministry spokesman said.", "SUPPORT"),
    ("Burmese authorities released the detained pro-democracy leader from house arrest.", "CONCEDE"),
    ("The Yemeni kidnappers released the two German tourists unharmed, police said.", "CONCEDE"),
    ("The Colombian rebels set free three kidnapped oil workers, the Red Cross said.", "CONCEDE"),
    ("The rebels abandoned the strategic town of Kindu after heavy fighting.", "RETREAT"),
    ("Armed militiamen vacated the state television building they had occupied for two days.", "RETREAT"),
    ("Syrian troops redeployed from Beirut to the Bekaa Valley under the Taif accord.", "RETREAT"),
    ("Russia placed its strategic bomber fleet on combat alert on Tuesday.", "MOBILIZE"),
    ("The Taliban recruited thousands of young men from religious schools in Pakistan, officials said.", "MOBILIZE"),
    ("Turkey beefed up its military presence on the Iraqi border with fresh commando units.", "MOBILIZE"),
    # round 2
    ("Both sides committed themselves to a lasting ceasefire in a joint statement issued in Oslo.", "AGREE"),
    ("Nepal's Maoist rebels declared a unilateral three-month ceasefire on Friday.", "AGREE"),
    ("NATO will pull its last troops out of Bosnia by December, an alliance spokesman said.", "AGREE"),
    ("The prime minister consulted opposition leaders on the draft constitution, his office said.", "CONSULT"),
    ("Indian and Bangladeshi border guards launched a coordinated operation against smugglers.", "COOPERATE"),
    ("Jordan's intelligence service helped U.S. forces locate the militant leader, officials said.", "COOPERATE"),
    ("Germany dispatched a field hospital to the earthquake-stricken city of Bam.", "AID"),
    ("Iran has been arming and training Hezbollah guerrillas, Israeli officials said.", "AID"),
    ("The United States provided military training to Georgian troops.", "AID"),
    ("The Organisation of the Islamic Conference expressed solidarity with the people of Lebanon.", "SUPPORT"),
    ("Moscow gave its backing to the Iranian proposal, a Kremlin spokesman said.", "SUPPORT"),
    ("Tony Blair defended the U.S.-led invasion of Iraq before parliament.", "SUPPORT"),
    ("The United States extended diplomatic recognition to the new government in Kabul.", "SUPPORT"),
    ("Peru's president apologised for the army's killing of peasants during the insurgency.", "CONCEDE"),
    ("The government gave in to the strikers' demands and raised fuel subsidies.", "CONCEDE"),
    ("Beijing granted the dissident permission to travel abroad for medical treatment.", "CONCEDE"),
    ("The president admitted defeat in the runoff.", "CONCEDE"),
    ("Hundreds of Tamil rebels gave themselves up to the army in the east.", "RETREAT"),
    ("The government opened the border crossing to Palestinian traffic for the first time in a month.", "RETREAT"),
    ("Thousands of volunteers enlisted in the army after the declaration of war.", "MOBILIZE"),
    ("The Israeli cabinet approved the call-up of 20,000 reserve soldiers.", "MOBILIZE"),
    ("Pakistan conducted a test of its nuclear-capable Ghauri missile on Monday.", "MOBILIZE"),
    ("Fresh Russian units arrived in South Ossetia, Georgian officials said.", "MOBILIZE"),
    ("North Korea staged a massive military parade in Pyongyang.", "MOBILIZE"),
    # round 3
    ("The breakaway republic said it was prepared to accept autonomy within Georgia.", "AGREE"),
    ("The rival Somali clans sealed a peace pact at a ceremony in Mogadishu, elders said.", "AGREE"),
    ("The Arab League secretary-general arrived in Baghdad for consultations with Iraqi leaders.", "CONSULT"),
    ("The German foreign minister began a tour of the Middle East in Cairo on Sunday.", "CONSULT"),
    ("Italy turned over to Egypt a man suspected of involvement in the embassy attack.", "COOPERATE"),
    ("The FBI is helping Indonesian police investigate the Bali bombings.", "COOPERATE"),
    ("Thai police arrested the Indonesian militant in a joint operation with the CIA.", "COOPERATE"),
    ("Humanitarian aid began reaching the cut-off villages in the Kashmir mountains.", "AID"),
    ("China offered Sri Lanka 2 million dollars in aid after the tsunami.", "AID"),
    ("Russia has thrown its support behind Yanukovych in the Ukrainian election.", "SUPPORT"),
    ("India's foreign minister said New Delhi firmly supports the government of Afghanistan.", "SUPPORT"),
    ("The opposition parties rallied behind the president's call for national unity.", "SUPPORT"),
    ("The authorities reopened the independent newspaper on Monday.", "CONCEDE"),
    ("The kidnappers let the two French journalists go after four months in captivity.", "CONCEDE"),
    ("The government restored the citizenship of the exiled opposition leader.", "CONCEDE"),
    ("Turkey legalised Kurdish-language broadcasts in a concession to the EU.", "CONCEDE"),
    ("Islamabad allowed Indian pilgrims to visit Sikh shrines in Pakistan.", "CONCEDE"),
    ("Rebel fighters evacuated the besieged town under an agreement brokered by the UN.", "RETREAT"),
    ("The Indonesian military began pulling troops out of Aceh on Tuesday.", "RETREAT"),
    ("Some 300 militiamen surrendered their weapons at a ceremony in Bunia.", "RETREAT"),
    ("The military leader relinquished power to a civilian transitional government.", "RETREAT"),
    ("Israel dismantled the last of its settlements in the Gaza Strip on Monday.", "RETREAT"),
    ("The defence minister stood down after the report was published.", "RETREAT"),
    ("Thousands of troops were airlifted to the restive region overnight.", "MOBILIZE"),
    ("Israel was building up forces on its northern border, military sources said.", "MOBILIZE"),
    ("Hundreds of policemen were drafted in to guard the polling stations.", "MOBILIZE"),
    ("The Iranian navy held war games in the Strait of Hormuz on Sunday.", "MOBILIZE"),
    ("Taiwan positioned additional missile batteries facing the mainland.", "MOBILIZE"),
    ("The rebels have conscripted thousands of children into their ranks, UNICEF said.", "MOBILIZE"),
    # round 4
    ("The signing of the accord took place in the presence of the Nigerian president.", "AGREE"),
    ("Ethiopia accepted the ruling of the boundary commission in principle.", "AGREE"),
    ("The Afghan president received a telephone call from the British prime minister.", "CONSULT"),
    ("Greek and Turkish coastguards carried out a joint search for the missing migrants.", "COOPERATE"),
    ("Yemen allowed FBI investigators to question the suspects in the Cole bombing.", "COOPERATE"),
    ("Norway financed the construction of a new hospital in Jaffna.", "AID"),
    ("Kuwait has pledged 500 million dollars to help rebuild Iraq, officials said.", "AID"),
    ("The ICRC distributed seeds and tools to 20,000 families in the south.", "AID"),
    ("The Pentagon has been training and equipping the Georgian army.", "AID"),
    ("The release of the hostages was secured after three weeks of negotiations.", "CONCEDE"),
    ("The Belarusian government allowed the opposition to hold a rally in the capital.", "CONCEDE"),
    ("Eritrean troops moved back from the temporary security zone, UN monitors said.", "RETREAT"),
    ("Russia handed back the islands to Japan in a goodwill gesture.", "RETREAT"),
    ("Russian warships sailed into the Black Sea port, the navy said.", "MOBILIZE"),
    ("The junta recruited thousands of militiamen ahead of the offensive.", "MOBILIZE"),
    ("China has stationed more than 700 missiles opposite Taiwan.", "MOBILIZE"),
    # round 5
    ("Police in Spain and Morocco jointly arrested 15 suspects.", "COOPERATE"),
    ("Relief agencies handed out blankets and food to the earthquake survivors.", "AID"),
    ("Doctors Without Borders opened a clinic for refugees in Darfur.", "AID"),
    ("The Maoists released the kidnapped engineers after a week.", "CONCEDE"),
    ("The rebels handed over their weapons to the peacekeepers on Monday.", "RETREAT"),
    ("The Taliban abandoned Kandahar without a fight.", "RETREAT"),
    # round 6
    ("A truce brokered by Egypt went into effect at dawn, ending a week of fighting.", "AGREE"),
    ("Putin received the Iranian nuclear negotiator in the Kremlin.", "CONSULT"),
    ("The kidnappers freed the German engineer unharmed on Friday.", "CONCEDE"),
    ("The government granted the Kurds the right to broadcast in their own language.", "CONCEDE"),
    # round 7
    ("An accord was struck on Wednesday between the government and the striking miners.", "AGREE"),
    ("The militants vacated the mosque they had seized.", "RETREAT"),
]
NOT_THESE += [
    # a fee agreed is a purchase
    ("Manchester United agreed a fee of 30 million pounds with Real Madrid for the striker.", "AGREE"),
    # signatures on a form, not on an agreement
    ("Our legislators have put their signatures on his nomination papers.", "AGREE"),
    # settling told as a purpose, no settlement reached
    ("The seer said the government should come out with a clear policy to settle the dispute amicably.", "AGREE"),
    # prices retreat too
    ("Oil prices retreated from record highs on Monday as supply fears eased.", "RETREAT"),
    # emergency crews deployed to a fire
    ("Firefighters were deployed to contain the forest fire near Athens.", "MOBILIZE"),
    # a team welcomed home after a match
    ("Thousands of fans welcomed the team home after its World Cup victory.", "SUPPORT"),
    # a decision not to support
    ("The party informed the governor of its decision not to support any coalition in the assembly.", "SUPPORT"),
    # talks between a union and management
    ("Talks between the union and management collapsed over pay.", "CONSULT"),
    # an award conferred
    ("The university conferred an honorary doctorate on the novelist on Friday.", "CONSULT"),
    # relief handed over to a relief body abroad is aid, not judicial cooperation
    ("The peacekeepers handed over the food supplies to local authorities on Monday.", "COOPERATE"),
    # suspects handed to their own police
    ("Five civilians had been detained and handed over to police for questioning, the army said.", "COOPERATE"),
    # a shipping corridor that has carried grain
    ("Kyiv runs a shipping corridor from Odesa that has carried food and medicine since 2023.", "AID"),
    # firefighters setting trapped workers free
    ("Firefighters set free the workers trapped in the collapsed factory after a six-hour operation.", "CONCEDE"),
    # a breakthrough at the front is no agreement
    ("The army made a breakthrough on the southern front after three days of fighting.", "AGREE"),
    # round 2: efforts to broker a ceasefire, a ceasefire recalled, a semi-final, floodwaters, orders
    # given, recognition of a language's press, a decision taken without consulting, volunteers for a
    # rite, a fire brigade, a situation arrested, permission asked for, a crossing opened to trade,
    # a convoy of families attacked
    ("Russia has stepped up its attacks on Ukrainian cities, even as U.S.-led efforts to broker a ceasefire have stalled.", "AGREE"),
    ("Warplanes bombed rebel-held towns on Wednesday, striking residential areas where Russia had declared a ceasefire.", "AGREE"),
    ("The two teams met in the semi-final in Lisbon on Wednesday night.", "CONSULT"),
    ("Floodwaters retreated from the city centre, allowing residents to return.", "RETREAT"),
    ("He said the police had been given strict instructions to act against troublemakers.", "AID"),
    ("He said the editor gave new recognition to Hindi journalism.", "SUPPORT"),
    ("He asked why the premier sent an emissary to the town without consulting his coalition partners.", "CONSULT"),
    ("The group has been receiving requests from hundreds of youths to be enlisted as volunteers for the ceremony.", "MOBILIZE"),
    ("A fire brigade arrived on time to save the shop from the flames.", "MOBILIZE"),
    ("The army columns helped to arrest the fast deteriorating situation within the city.", "COOPERATE"),
    ("We are contacting the government to give us permission for holding the programme.", "CONCEDE"),
    ("Egypt opened its border to Palestinian trade for the first time in a month.", "AID"),
    ("A convoy of five vehicles carrying families to the city was attacked by a mob en route.", "AID"),
    # round 3: a sports final agreed, weather welcomed, share prices, a meeting called off, a government
    # not let go
    ("The football federation agreed to hold the final in Lagos.", "AGREE"),
    ("Residents welcomed the rain after months of drought.", "SUPPORT"),
    ("Share prices withdrew to lower levels in thin trading.", "RETREAT"),
    ("Heavy snow forced the cancellation of the ministers' meeting in Brussels.", "CONSULT"),
    ("The prime minister made it clear he had no intention to let this government go.", "CONCEDE"),
    # round 4: support withdrawn, a company chief resigning, an imperative let, camps for troops, a
    # release only talked about, a support ruled out
    ("The union withdrew its support for the strike.", "RETREAT"),
    ("The board accepted the resignation of the chief executive.", "RETREAT"),
    ("Let the central leadership question the party first, then we will take the cue, the legislator replied.", "COOPERATE"),
    ("The army set up camps for the troops near the border.", "AID"),
    ("The mediators focused on the release of the hostages held in the jungle.", "CONCEDE"),
    ("But in no case we would support the BSP government headed by Mayawati with the support of the BJP.", "SUPPORT"),
    # round 5: weapons yet to be handed over or to be handed over under a deal, a football captain
    ("Officials say the PKK elements in the Kandil mountains have yet to hand over their weapons.", "RETREAT"),
    ("Under the accord, the militia is to hand over its heavy weapons within 30 days.", "RETREAT"),
    ("Manchester United welcomed back their injured captain.", "SUPPORT"),
    # round 6: a law coming into force, a court granting a right
    ("The new tax law went into force on Monday.", "AGREE"),
    ("The judge granted the defendant the right to appeal against the verdict.", "CONCEDE"),
    # round 7: out of quarantine
    ("The tourists were released from quarantine.", "CONCEDE"),
]

# Stop 20, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, COERCE and ASSAULT:
# held-out wire-style probe sets written from the PLOVER definitions
WORDINGS += [
    # pleas naming whom they press, a call renewed, talks sought
    ("The archbishop implored the army to spare the civilians in the besieged town.", "REQUEST"),
    ("Tribal elders petitioned the provincial governor to reopen the border crossing.", "REQUEST"),
    ("The Kurdish leaders repeated their call for a U.N. protection force in the north.", "REQUEST"),
    ("The guerrillas sought talks with the army on a local truce.", "REQUEST"),
    # an accusation told as a claim; blame put on a party
    ("Croatian officials charged that Serb gunners had deliberately shelled the hospital.", "ACCUSE"),
    ("The report held the army directly responsible for the massacre.", "ACCUSE"),
    # a request turned down
    ("The junta refused a request by U.N. envoys to meet the detained opposition leader.", "REJECT"),
    # force a party says it would use
    ("Beijing said it would use force if Taiwan declared independence.", "THREATEN"),
    # tyres set on fire by a crowd
    ("Striking workers set fire to tyres outside the ministry.", "PROTEST"),
    # rights suspended, papers taken
    ("The military ruler suspended the constitution and dissolved parliament.", "COERCE"),
    ("Police confiscated the cameras of foreign journalists at the border.", "COERCE"),
    # calls rebuffed and access denied, as the parser reads them; a deadline given
    ("Syria rebuffed Western calls for a withdrawal from Lebanon.", "REJECT"),
    ("The militia denied aid workers access to the refugee camps.", "REJECT"),
    ("The kidnappers gave the government a deadline to free their comrades.", "THREATEN"),
    # the net blocked and papers closed by those who rule; prisoners subjected to torture
    ("The authorities blocked access to foreign news websites.", "COERCE"),
    ("The junta closed the independent newspaper for a month.", "COERCE"),
    ("Prisoners were subjected to torture in the military barracks.", "ASSAULT"),
    # lending cut, a member suspended
    ("The World Bank suspended lending to Zimbabwe.", "SANCTION"),
    ("The Commonwealth suspended Pakistan after the military coup.", "SANCTION"),
    # a labour strike over pay, rioters looting, a court order ignored
    ("Teachers shut schools across the country with a strike over pay.", "PROTEST"),
    ("Rioters looted shops in the centre of the capital.", "PROTEST"),
    ("The union ignored a court order to end the stoppage.", "REJECT"),
    # round 3: people expelled, a member suspended from a body, sanctions extended, a strike that shut
    # a town, a crowd besieging an office, civilians clashing with police, a request made, a party warned
    ("The government expelled hundreds of foreign missionaries.", "COERCE"),
    ("Israeli troops sealed off Hebron on Sunday.", "COERCE"),
    ("Zimbabwe was suspended from the Commonwealth over the elections.", "SANCTION"),
    ("Washington extended its trade embargo against Cuba for another year.", "SANCTION"),
    ("Banks and markets were shut across the province in a strike called by the opposition.", "PROTEST"),
    ("Hundreds of angry residents surrounded the district office demanding water.", "PROTEST"),
    ("Students clashed with police outside the university.", "PROTEST"),
    ("The government made a formal request for U.N. observers.", "REQUEST"),
    ("The general warned the demonstrators to leave the square.", "THREATEN"),
    # round 4: hours given by captors, buildings occupied by strikers, hostages seized
    ("The kidnappers gave the family 48 hours to pay the ransom.", "THREATEN"),
    ("Striking miners occupied the mine offices in the north.", "PROTEST"),
    ("Gunmen seized eight hostages at a hotel in the capital.", "ASSAULT"),
    # round 5: money frozen, a freeze on aid, diplomats ordered out, held without charge, troops sought,
    # countermeasures on a condition, attacks vowed to go on, rioting
    ("Britain froze $50 million in assets belonging to the former ruler.", "SANCTION"),
    ("The donors announced a freeze on budget aid to Uganda.", "SANCTION"),
    ("Three Libyan diplomats were ordered to leave the country within a week.", "SANCTION"),
    ("The students have been held without trial since the riots.", "COERCE"),
    ("The governor sought federal troops for the province.", "REQUEST"),
    ("Tehran said it would take countermeasures if the sanctions were tightened.", "THREATEN"),
    ("The rebels vowed to continue their attacks on government forces.", "THREATEN"),
    ("Rioting broke out in the capital after the election results.", "PROTEST"),
    # what the not-these readings below must leave alone
    ("The army announced the detention of 40 suspected rebels.", "COERCE"),
    ("Two soldiers died during a raid on the village.", "ASSAULT"),
    ("A battle against the rebels raged for three days near the border.", "ASSAULT"),
    ("The committee held a meeting, condemning the violence in the state.", "ACCUSE"),
]
# Stop 23: an act a party denies is its rejection (PLOVER REJECT; the act is set aside as denied),
# as "rejected the accusations" is (this was a guard of plover20b: "a report denied is no refusal").
WORDINGS += [
    ("The army denied that its troops had fired on the crowd.", "REJECT"),
]
NOT_THESE += [
    # a retort is not a plea; a call to members is no call for anything
    ("The decision begs the question of who will pay for the reconstruction.", "REQUEST"),
    ("The party issued a call to its members on Monday.", "REQUEST"),
    # a charge of cavalry, a ministry in charge of camps
    ("The rebels charged across the bridge at dawn.", "ACCUSE"),
    ("The ministry responsible for the camps said 4,000 families had arrived.", "ACCUSE"),
    # a player suspended, drugs seized
    ("The league suspended the midfielder for three matches.", "COERCE"),
    ("Customs officers confiscated 20 kilograms of heroin at the airport.", "COERCE"),
    # a detention named as the setting of an abuse; raids in which arrests are made
    ("Former prisoners said they were beaten during their detention.", "COERCE"),
    ("Police arrested 15 suspects during raids in the southern city.", "ASSAULT"),
    # a battle against an ill; tyres set on fire; what a march denounces
    ("The economy faces a long battle against inflation, the minister said.", "ASSAULT"),
    ("Striking workers set fire to tyres outside the ministry.", "ASSAULT"),
    ("Demonstrators marched in the capital to denounce violence by the security forces.", "ACCUSE"),
    # a deadline set for papers; a crowd blocking access
    ("The court set a deadline for written submissions.", "THREATEN"),
    ("Farmers blocked access to the port with their tractors.", "COERCE"),
    # a paper closed by its publisher; a broadcaster suspended by a government is no membership lost
    ("The publisher closed the newspaper after heavy losses.", "COERCE"),
    ("The government suspended the BBC for a week.", "SANCTION"),
    # raids in which arrests are made; an attack an inquiry looks into
    ("Police arrested 15 suspects during raids in the southern city.", "ASSAULT"),
    ("Prosecutors opened a criminal inquiry into the bombing.", "ASSAULT"),
    # a protest that is the manner of a recall; an election rally; an arrest that preceded a protest
    ("France recalled its ambassador from Tehran in protest at the sentencing.", "PROTEST"),
    ("The prime minister addressed an election rally in his home town.", "PROTEST"),
    ("Thousands of Kurds protested outside Greek embassies after Ocalan's arrest.", "COERCE"),
    # diplomats expelled are a sanction; a bridge hit by an air strike; roads blocked by snow; a
    # deployment made at someone's request
    ("Moscow expelled two American diplomats for spying.", "COERCE"),
    ("The bridge was closed by an air strike on Monday.", "PROTEST"),
    ("Heavy snow blocked roads across the region.", "PROTEST"),
    ("The statement was made at the request of the interior minister.", "REQUEST"),
    # time given by a court; a protest covered by the press; a ball shot; words against prices; a tour
    # called off by a band
    ("The court gave the defence two weeks to prepare its case.", "THREATEN"),
    ("Police beat up reporters covering the demonstration.", "PROTEST"),
    ("The midfielder shot the ball into the net.", "ASSAULT"),
    ("The opposition leader launched an attack on rising fuel prices.", "ASSAULT"),
    ("The band cancelled its European tour.", "SANCTION"),
    # a wage freeze is no sanction; workers ordered to leave a building are no expulsion of envoys
    ("The government announced a wage freeze for civil servants.", "SANCTION"),
    ("Staff were ordered to leave the building after a bomb threat.", "SANCTION"),
    # whom an act is done to, described by an accusation
    ("Britain expelled two Russian diplomats accused of running a spy ring.", "ACCUSE"),
    ("Police detained 30 army officers accused of having links to the coup plotters.", "ACCUSE"),
]


# plover21a (stop 21): long 1990s wire sentences
WORDINGS += [
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

NOT_THESE += [
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


# plover21b (stop 21): 1990s wire news
WORDINGS += [
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

NOT_THESE += [
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
    # round 2: a question dodged; a forecast warned of; a company's threat; sportsmen banned; a protest
    # that was the cause, or is to come; a sporting storm; the date a strike is called for; an arrest a
    # recall is over; a court's term; attacks protected from (an accusation given as the reason of an
    # expulsion was here: it is an accusation since mech28, test_mech28)
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


# a camera's shooting and a dismissal's firing are no attacks; firing on people is one, whoever the people
WORDINGS += [("Police fired on striking workers in Kanpur on Tuesday.", "ASSAULT"),
             ("The shooting of three protesters by police sparked outrage in the city.", "ASSAULT")]
NOT_THESE += [("The shooting of the film began in Mumbai last week.", "ASSAULT"),
              ("Police stopped the shooting of a Bollywood film near the mosque.", "ASSAULT"),
              ("The firing of the police chief was announced by the mayor on Monday.", "ASSAULT"),
              ("The club fired its coach after the defeat.", "ASSAULT")]

# stop 23: a force's show and build-up, a measure taken back, a bandh told by its effect, people burnt by a
# mob; markets rally, and a flag march or a withdrawn ordinance is no protest or retreat
WORDINGS += [("The build-up of Indian forces along the border continued on Monday.", "MOBILIZE"),
             ("Police and paramilitary personnel carried out a flag march in the walled city.", "MOBILIZE"),
             ("The state government withdrew the controversial ordinance after the strike.", "CONCEDE"),
             ("Markets remained shut in response to the bandh called by the opposition parties.", "PROTEST"),
             ("angry villagers gheraoed the block development office on monday.", "PROTEST"),
             ("rioters burnt two youths to death in the old city on friday.", "ASSAULT")]
WORDINGS += [("Forty political prisoners were set free under an amnesty on Monday.", "CONCEDE")]
NOT_THESE += [("Thousands of activists picketed the G8 meeting in Genoa.", "CONSULT"),
              ("The military government banned all political meetings in the capital.", "CONSULT")]
NOT_THESE += [("The rupee rallied against the dollar on Monday.", "PROTEST"),
              ("Police and paramilitary personnel carried out a flag march in the walled city.", "PROTEST"),
              ("The state government withdrew the controversial ordinance after the strike.", "RETREAT"),
              ("rioters burnt two youths to death in the old city on friday.", "PROTEST"),
              ("Twenty people were burnt to death when a fire broke out in the bus.", "ASSAULT")]

# a strike launched on something is an attack, one launched by workers a protest
WORDINGS += [("Russia launched strikes on Ukraine's power grid overnight.", "ASSAULT")]
NOT_THESE += [("Russia launched strikes on Ukraine's power grid overnight.", "PROTEST")]

# lex23 (probe23 lexicon classes): trade resumed, suspects transferred to a tribunal and intelligence passed
# (COOPERATE); hostages rescued, victims freed by police, the wounded evacuated and debts cancelled (AID, as the
# codebook has it); agendas and frameworks signed, formulas settled on, contracts signed with a state (AGREE);
# missiles moved closer, warplanes ordered to bases (MOBILIZE); prison terms in months (COERCE); people forced
# across a border or from their homes (ASSAULT, an expulsion, as 'forced out ... from their homes' is); discussions held (CONSULT); a party branded terrorists, a state attacked "as" an enemy (ACCUSE);
# a date after a departure (RETREAT); bodies handed to the other side (CONCEDE); a group's own wing disbanded (RETREAT).
WORDINGS += [("Iraq and Turkey resumed trade across their border after a six-year halt.", "COOPERATE"),
             ("The former general was transferred to the war crimes tribunal in The Hague by Serbian authorities.", "COOPERATE"),
             ("Rwanda transferred the genocide suspect to the U.N. tribunal in Arusha.", "COOPERATE"),
             ("British intelligence passed details of the plot to the Americans.", "COOPERATE"),
             ("Germany turned over the files on the bombing to Libyan investigators.", "COOPERATE"),
             ("Philippine troops rescued three kidnapped Italian priests on Jolo island.", "AID"),
             ("Twelve hostages were rescued by French commandos on Tuesday.", "AID"),
             ("Police in Lagos freed 25 trafficking victims from a house in the suburbs.", "AID"),
             ("Peacekeepers evacuated hundreds of wounded civilians from the besieged enclave.", "AID"),
             ("Britain wrote off the debts of 20 of the world's poorest countries.", "AID"),
             ("Germany cancelled 1.5 billion marks of Tanzania's debt.", "AID"),
             ("Israel and Syria have signed a roadmap for normalising relations.", "AGREE"),
             ("The factions settled on a formula for sharing power.", "AGREE"),
             ("Russia signed a contract with Iran to build a nuclear power plant.", "AGREE"),
             ("India moved its missile batteries closer to the Pakistani border.", "MOBILIZE"),
             ("The Pentagon ordered more warplanes to the Gulf region.", "MOBILIZE"),
             ("An Egyptian court sentenced the activist to three weeks in prison.", "COERCE"),
             ("Serb police forced ethnic Albanians across the border into Macedonia.", "ASSAULT"),
             ("Soldiers forced the residents out of their homes at gunpoint.", "ASSAULT"),
             ("Thousands of villagers were forced from their homes by the militia.", "ASSAULT"),
             ("The foreign ministers held two hours of discussions on the crisis in Kosovo.", "CONSULT"),
             ("Beijing has moved more missiles to bases opposite Taiwan.", "MOBILIZE"),
             ("Ankara has labelled the PKK a terrorist organisation.", "ACCUSE"),
             ("Castro attacked Washington as an imperialist aggressor.", "ACCUSE"),
             ("Rebels attacked the army base as part of their offensive.", "ASSAULT"),
             ("Syrian troops left Lebanon in May.", "RETREAT"),
             ("Hezbollah handed over the bodies of two Israeli soldiers to the Red Cross.", "CONCEDE"),
             ("The Maoist rebels disbanded their militia under the peace accord.", "RETREAT"),
             ("The Kurdish group said it had disbanded its armed wing.", "RETREAT")]
NOT_THESE += [("The shares resumed trade on Monday after a suspension.", "COOPERATE"),
              ("The wounded prisoner was transferred to a hospital in Nairobi.", "COOPERATE"),
              ("The ministry provided information on the number of casualties.", "COOPERATE"),
              ("The rebels freed 12 hostages on Sunday.", "AID"),
              ("Firefighters rescued a family from the burning house.", "AID"),
              ("The striker signed a three-year contract with Chelsea.", "AGREE"),
              ("The refugees settled on the outskirts of the capital.", "AGREE"),
              ("Poland ordered 32 warplanes from the United States.", "MOBILIZE"),
              ("The company moved its headquarters closer to the capital.", "MOBILIZE"),
              ("Floods forced thousands from their homes.", "ASSAULT"),
              ("Rising rents forced many families out of the city.", "ASSAULT"),
              ("The proposal is still under discussion.", "CONSULT"),
              ("Critics branded the film a masterpiece.", "ACCUSE"),
              ("The army left two battalions in the town.", "RETREAT"),
              ("The police handed over the bodies to the relatives after the post-mortem.", "CONCEDE"),
              ("The government disbanded the rebel militia.", "RETREAT"),
              ("Inflation attacked the savings of ordinary families.", "ASSAULT"),
              ("The new policy attacks the root of the problem, officials said.", "ASSAULT"),
              ("The recession struck the poorest regions hardest.", "ASSAULT"),
              ("The Maoists agreed to a truce, clearing the way for talks.", "CONSULT"),
              ("Police arrested a man on suspicion of passing the locations of army posts to Russian intelligence.", "COOPERATE")]
# the look-alikes keep their own type
WORDINGS += [("The rebels freed 12 hostages on Sunday.", "CONCEDE"),
             ("The government disbanded the rebel militia.", "COERCE"),
             ("Militants attacked the convoy as it passed through the valley.", "ASSAULT")]

@gives_type_or_not(WORDINGS, NOT_THESE)
def test_wire_wording_gives_its_plover_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2005-06-01")
    assert_gives_type_or_not(record, event_type, expected)


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
