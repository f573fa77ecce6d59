"""Wordings of stop 30's lexicon data for probe set i's data classes (idata30): labour strikes against a fee or a
law; tools downed, offices occupied by students, sit-ins told by a demand, shops kept shut to oppose; fire traded and
homes torched by settlers; joint sweeps, coordinated patrols and joint security bodies; warships donated; tanks
massed, batteries moved and warships sent to encircle; punitive measures; a state's congratulations; bases handed
over (the model read "bases" as basis); payments eased, services restored, a quota or a law withdrawn; a post set
ablaze, a spokesman seized, charities ordered to stop; a harsh response vowed; gas purchases defended; a grant
transferred, a frigate donated; an envoy arriving on a trip; a highway shut by people demanding. None is a set i sentence; the near-misses
keep each entry's limits: another subject, another sense, a figurative use."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # protest.yaml: a strike against a fee or a law, a national strike; tools downed; a building seized by students;
    # a sit-in told by its demand; shops kept shut to oppose a measure
    ("Taxi drivers kept off the roads in a strike against the new parking levy.", "PROTEST"),
    ("Nurses stayed away from the wards as part of a national strike.", "PROTEST"),
    ("The nurses downed their tools over unpaid allowances.", "PROTEST"),
    ("Students seized the administration building of the university, demanding lower fees.", "PROTEST"),
    ("Party workers squatted in front of the police station, demanding the release of their leader.", "PROTEST"),
    ("The traders kept their shops closed to oppose the new levy.", "PROTEST"),
    # assault.yaml: fire traded; homes torched by settlers
    ("Rival militias traded mortar fire overnight.", "ASSAULT"),
    ("Armed settlers torched two houses and a mosque in the village.", "ASSAULT"),
    # cooperate.yaml: a joint sweep, coordinated patrols, a joint security body
    ("Iraqi and Kurdish forces carried out a joint security sweep in the desert.", "COOPERATE"),
    ("Police from both countries launched coordinated patrols on the border.", "COOPERATE"),
    ("Ethiopia and Kenya established a joint border security committee.", "COOPERATE"),
    # aid.yaml, classes.yaml MATERIEL: a warship donated
    ("Seoul donated a decommissioned frigate to the Vietnamese navy.", "AID"),
    # mobilize.yaml: tanks massed, batteries moved to a country, warships sent to encircle
    ("The army was concentrating tanks and infantry near the border.", "MOBILIZE"),
    ("Moscow moved two more air defence batteries to Belarus.", "MOBILIZE"),
    ("Beijing sent destroyers and bombers to surround the island in a show of force.", "MOBILIZE"),
    # sanction.yaml: punitive measures against a state
    ("The bloc adopted new punitive measures against Belarus.", "SANCTION"),
    # support.yaml: a head of state's congratulations
    ("The Chinese president sent congratulations to the newly elected leader of Vietnam.", "SUPPORT"),
    # retreat.yaml through the lemma of "bases"
    ("The peacekeepers handed over two bases to the national army.", "RETREAT"),
    # concede.yaml: controls on payments relaxed, banking restored to a region, a quota withdrawn, a law dropped
    ("The Treasury relaxed restrictions on transactions with the Syrian central bank.", "CONCEDE"),
    ("The government restored banking services to the northern region.", "CONCEDE"),
    ("The government withdrew the job quota that had sparked the protests.", "CONCEDE"),
    ("The ruling party dropped its contested foreign agents law.", "CONCEDE"),
    # assault.yaml: a police post set ablaze (the parser's particle)
    ("Gunmen set ablaze the police station in the early hours of Friday.", "ASSAULT"),
    # coerce.yaml: a spokesman seized by agents; charities ordered to stop their work
    ("Security agents seized an opposition spokesman outside his home.", "COERCE"),
    ("The Taliban ordered aid groups to stop employing women.", "COERCE"),
    # threaten.yaml: a harsh response vowed
    ("Tehran's leaders vowed a harsh response to the attack on its embassy.", "THREATEN"),
    # support.yaml: a state's gas purchases defended
    ("The minister defended Ankara's purchases of Russian gas.", "SUPPORT"),
    # aid.yaml: shelters for Rohingya, a grant transferred to a state's bank
    ("The agency set up shelters for 50,000 Rohingya in the camps.", "AID"),
    ("Abu Dhabi transferred a grant of $300 million to the central bank of Sudan.", "AID"),
    # consult.yaml: an envoy arriving on a trip
    ("The Qatari envoy arrived in Kabul on his third trip this year.", "CONSULT"),
    # protest.yaml: a highway shut by relatives demanding answers
    ("Relatives of the detained fishermen shut down the coastal highway, demanding their release.", "PROTEST"),
    ("Angry residents kept the road blocked for hours after the killing.", "PROTEST"),
]

NOT_THESE = [
    # a strike against a depot or a militant hideout is an attack; a labour strike is no attack
    ("The army carried out a strike against an arms depot near the border.", "PROTEST"),
    ("A drone strike against a militant hideout killed four.", "PROTEST"),
    ("Taxi drivers kept off the roads in a strike against the new parking levy.", "ASSAULT"),
    ("Nurses stayed away from the wards as part of a national strike.", "ASSAULT"),
    # a drone downed; a building seized by the police; squatting to eat; shops shut for a holiday
    ("The air force downed a surveillance drone.", "PROTEST"),
    ("Police seized the building used by the fraudsters.", "PROTEST"),
    ("The labourers squatted outside the hut to eat their lunch.", "PROTEST"),
    ("The traders kept their shops closed for the holiday.", "PROTEST"),
    # barbs traded in a debate; stubble torched by farmers
    ("The two candidates traded barbs during the debate.", "ASSAULT"),
    ("Farmers torched the stubble in their fields.", "ASSAULT"),
    # a parents' committee; coordinated attacks are attacks
    ("The parents formed a joint welfare committee.", "COOPERATE"),
    ("Rebels launched coordinated attacks on three towns.", "COOPERATE"),
    # compensation to victims' kin is no aid (probe sets b and d)
    ("The chief minister announced Rs 2 lakh for the families of those killed in the fire.", "AID"),
    # a firm's production moved; a coach's measures and congratulations
    ("The carmaker moved its battery production to Hungary.", "MOBILIZE"),
    ("The coach took punitive measures against the players.", "SANCTION"),
    ("The coach sent congratulations to the team after the final.", "SUPPORT"),
    # a basis is no base
    ("The firm handed over its accounts on a monthly basis.", "RETREAT"),
    # a bank's own services; a club's ticket rules; a striker dropped from a team
    ("The bank restored online banking services after the outage.", "CONCEDE"),
    ("The club relaxed restrictions on ticket sales.", "CONCEDE"),
    ("The coach dropped the striker for the final.", "CONCEDE"),
    # a stage set ablaze by a band; a coach's order
    ("The band set ablaze the stage with their final song.", "ASSAULT"),
    ("The rampaging mob set afire a dozen handcarts near the market.", "ASSAULT"),
    ("The coach ordered the players to stop training.", "COERCE"),
    # a swift response to floods; a firm's purchases; a player transferred; a ship given to a charity
    ("The ministry pledged a swift response to the floods.", "THREATEN"),
    ("The chief executive defended the company's purchases of steel.", "SUPPORT"),
    ("The club transferred the player to Lazio.", "AID"),
    ("The shipping line gave two old vessels to a charity.", "AID"),
    # ships sent on patrol are a deployment, no aid
    ("China sent frigates to patrol the disputed waters.", "AID"),
    # a singer on tour; police closing a road after a crash
    ("The singer arrived in Tokyo on a concert tour.", "CONSULT"),
    ("Police shut down the highway after the crash.", "PROTEST"),
    ("Engineers kept the bridge closed for repairs.", "PROTEST"),
    # a mob torching buses is a riot (protest.yaml), no attack by settlers or gunmen
    ("A mob torched three buses near the stadium.", "ASSAULT"),
    # a road blocked with a demand: the demanded arrest stays a demand, no arrest
    ("Villagers shut down the highway, demanding the arrest of the driver.", "COERCE"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_idata30_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
