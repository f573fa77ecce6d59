"""Stop 30's lexicon rows for probe set i's data classes (idata30). The near-misses keep each row's limits: a strike
on something national, a joint body of one government or of private bodies, players walking off, a police station
seized by villagers (still a capture). Own sentences, none from the probe set."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # protest.yaml: tools downed; a building seized by students; shops kept shut to oppose a measure
    ("The nurses downed their tools over unpaid allowances.", "PROTEST"),
    ("Demanding a say in the new syllabus, engineering students seized the hostel building on Monday.", "PROTEST"),
    ("Jewellers kept their showrooms closed to oppose the new hallmarking rule.", "PROTEST"),
    # assault.yaml: homes torched by settlers; schools set ablaze (the parser's particle); a police station or an
    # airport seized by villagers or protesters stays a capture
    ("Settlers torched an olive grove and a school bus near Nablus.", "ASSAULT"),
    ("Militants set ablaze two government schools in the district overnight.", "ASSAULT"),
    ("Villagers seized the police station and freed the detained men.", "ASSAULT"),
    ("Armed protesters seized the police station and took weapons.", "ASSAULT"),
    ("Protesters seized the airport, stranding thousands of tourists.", "ASSAULT"),
    # cooperate.yaml: a coordinated sweep, coordinated patrols, a joint command of two states
    ("Turkish and Iraqi troops began a coordinated sweep of the mountains.", "COOPERATE"),
    ("The two navies began coordinated patrols of the shipping lanes.", "COOPERATE"),
    ("Chad and Niger set up a joint command to pursue the gunmen across the border.", "COOPERATE"),
    # mobilize.yaml: armour massed, batteries moved to a country, warplanes sent to intercept
    ("Armour and infantry were being concentrated near the pass, the defence ministry said.", "MOBILIZE"),
    ("Moscow moved two more air defence batteries to Belarus.", "MOBILIZE"),
    ("Ankara sent warplanes to intercept the Greek jets over the Aegean.", "MOBILIZE"),
    # sanction.yaml: punitive measures against a state
    ("The bloc adopted new punitive measures against Belarus.", "SANCTION"),
    # retreat.yaml through the lemma of "bases"
    ("Retreating UN troops handed over the last two bases to Malian forces.", "RETREAT"),
    # concede.yaml: controls on payments relaxed
    ("Tehran loosened controls on transactions with Iraqi banks.", "CONCEDE"),
    # coerce.yaml: a spokesman seized by agents
    ("A rebel spokesman was seized by soldiers at a checkpoint.", "COERCE"),
    # aid.yaml: shelters for Rohingya, a grant transferred to a state's bank
    ("Shelters for 5,000 Rohingya were set up by volunteers near Teknaf.", "AID"),
    ("A $40 million grant was transferred by Kuwait to the Jordanian treasury.", "AID"),
]

NOT_THESE = [
    # a strike on something "national" is an attack, no labour strike ("national" marks no workers' strike)
    ("Russia carried out a missile strike on Ukraine's national power grid.", "PROTEST"),
    ("The national guard strike on the rebel base killed 20 people.", "PROTEST"),
    ("Jaish claimed the attack as a strike against India's national pride.", "PROTEST"),
    # a drone downed; players walking off; a building seized by the police
    ("The air force downed a surveillance drone.", "PROTEST"),
    ("The players downed tools in the training session after the coach left.", "PROTEST"),
    ("Police seized the building used by the fraudsters.", "PROTEST"),
    ("The traders kept their shops closed for the holiday.", "PROTEST"),
    # fire traded in a debate is no battle; stubble torched by farmers; a stage set ablaze by a band
    ("The candidates traded fire during the televised debate.", "ASSAULT"),
    ("Farmers torched the stubble in their fields.", "ASSAULT"),
    ("The band set ablaze the stage with their final song.", "ASSAULT"),
    ("The rampaging mob set afire a dozen handcarts near the market.", "ASSAULT"),
    ("A mob torched three buses near the stadium.", "ASSAULT"),
    # a joint body needs "joint" and two states or forces: not one government's unit, not private bodies
    ("The attack created a big headache for the security forces.", "COOPERATE"),
    ("The festival committee set up a security team for the Durga Puja pandals.", "COOPERATE"),
    ("The government formed a border force to stop cattle smuggling.", "COOPERATE"),
    ("The university and the hospital formed a joint security committee.", "COOPERATE"),
    ("The two hospitals formed a joint ethics committee.", "COOPERATE"),
    ("The cricket boards of the two countries formed a joint committee.", "COOPERATE"),
    ("The army formed a committee to investigate the killing.", "COOPERATE"),
    ("The two parties set up a joint election committee.", "COOPERATE"),
    ("The unions formed a joint action council.", "COOPERATE"),
    ("Residents of the two villages formed a joint security committee.", "COOPERATE"),
    ("The government set up a joint committee of officials to study fuel prices.", "COOPERATE"),
    ("Two rival gangs formed a joint council to divide the market.", "COOPERATE"),
    ("Two schools held a joint sweep of the playground for litter.", "COOPERATE"),
    ("Rebels launched coordinated attacks on three towns.", "COOPERATE"),
    # a foundation's grant, a player transferred
    ("The Gates Foundation transferred a grant to the state government.", "AID"),
    ("The club transferred the player to Lazio.", "AID"),
    # compensation to victims' kin is no aid (probe sets b and d)
    ("The state will pay Rs 4 lakh to each bereaved household, the revenue minister said.", "AID"),
    # a firm's production moved; a coach's measures
    ("The carmaker moved its battery production to Hungary.", "MOBILIZE"),
    ("The coach took punitive measures against the players.", "SANCTION"),
    # a basis is no base; a club's ticket rules
    ("The firm handed over its accounts on a monthly basis.", "RETREAT"),
    ("The club relaxed restrictions on ticket sales.", "CONCEDE"),
    # "seized on" a remark is no arrest
    ("The blogger seized on the remarks to criticise the minister.", "COERCE"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_idata30_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
