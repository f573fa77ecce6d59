"""Wordings of stop 29's lexicon data for probe set h's data classes (hdata29): closures, bans and prohibitory
sections; releases of kin, warrants and bail; troops leaving and relocating; materiel and fuel given; disbursements
halted and entity lists; idioms of talks, cooperation, support and charges; threats and call-ups; labour and land
protest idioms; crowds dispersed and people beaten with a weapon named. None is a set h sentence; each positive
fails on main 42f004f, the negatives keep the entries' limits."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # coerce.yaml: media off the air, an association's activities suspended, a paper's closure ordered, foreigners
    # barred, a prohibitory section invoked by its code, people barred in the participle of an order
    ("Authorities in Bamako pulled the French news channel off the air on Tuesday.", "COERCE"),
    ("The junta took two private radio stations off the air.", "COERCE"),
    ("A decree issued by the junta suspended the activities of all political associations until further notice.", "COERCE"),
    ("The government ordered the closure of two opposition newspapers in the capital.", "COERCE"),
    ("Pyongyang barred foreigners from entering the country after the outbreak.", "COERCE"),
    ("The district magistrate invoked Section 163 of the BNSS in the town.", "COERCE"),
    ("The collector imposed prohibitory orders, barring outsiders from entering the villages.", "COERCE"),
    # concede.yaml: kin freed, warrants suspended or quashed, bail granted, a prohibitory section or orders lifted,
    # a withdrawal announced for later (the codebook's CONCEDE)
    ("The rebels freed the father of the striker after twelve days in captivity.", "CONCEDE"),
    ("The military authorities released the wife of the jailed opposition leader on Monday.", "CONCEDE"),
    ("The government suspended arrest warrants against 12 guerrilla leaders.", "CONCEDE"),
    ("The court quashed the warrant against the opposition leader.", "CONCEDE"),
    ("The high court granted bail to the jailed student leader on Friday.", "CONCEDE"),
    ("The administration lifted Section 144 in the town on Thursday.", "CONCEDE"),
    ("The district magistrate withdrew the prohibitory orders in the old city.", "CONCEDE"),
    ("The regional bloc announced it would withdraw its troops from Mozambique by July.", "CONCEDE"),
    ("France announced that it would pull its troops out of Mali.", "CONCEDE"),
    # retreat.yaml: troops leaving a country or a base, units relocating away
    ("The last Russian troops left Syria on Friday.", "RETREAT"),
    ("UN peacekeepers left the country after ten years.", "RETREAT"),
    ("The militia units began relocating away from the border on Sunday.", "RETREAT"),
    # aid.yaml: drones handed to an army, fuel given
    ("Turkey handed over six armed drones to the Somali army.", "AID"),
    ("The UAE gave 20,000 litres of diesel to the main hospital in Gaza.", "AID"),
    # sanction.yaml: a tranche frozen, disbursements halted, firms added to an entity list
    ("The IMF froze the next tranche of its loan to Sri Lanka.", "SANCTION"),
    ("The European Union halted disbursements to the Nigerien government after the coup.", "SANCTION"),
    ("Washington added 30 Chinese firms to its entity list.", "SANCTION"),
    # consult, cooperate, support, accuse: back at the table, fighting alongside, a referendum backed, thanks for
    # help, responsibility for killings, charges laid, charged in connection with, an FIR registered (passive)
    ("Government and rebel negotiators returned to the table in Oslo on Monday.", "CONSULT"),
    ("Chadian soldiers fought alongside the Nigerian army against the jihadists.", "COOPERATE"),
    ("Moscow said it supports the referendum planned by the separatist authorities.", "SUPPORT"),
    ("Zelensky met the Polish president and thanked him for Poland's help.", "SUPPORT"),
    ("Kyiv said Moscow bears full responsibility for the killings.", "ACCUSE"),
    ("Moscow called the strike on the market a war crime.", "ACCUSE"),
    ("The opposition laid charges of fraud against the mayor.", "ACCUSE"),
    ("Police charged three men in connection with the killing of the journalist.", "ACCUSE"),
    ("An FIR was registered against 150 villagers for blocking the highway.", "ACCUSE"),
    # threaten.yaml, mobilize.yaml: a move that means war, a march vowed to topple a government; reservists called
    # up, a conscription law enforced, bombers and warships sent for drills
    ("Beijing warned that any move towards independence means war.", "THREATEN"),
    ("The rebel leader vowed to march on the capital and topple the government.", "THREATEN"),
    ("The defence ministry called up 10,000 reservists on Saturday.", "MOBILIZE"),
    ("The junta enforced a conscription law, calling up thousands of young men for military service.", "MOBILIZE"),
    ("Russia sent bombers and warships to the Sea of Japan for joint drills.", "MOBILIZE"),
    # protest.yaml: a stoppage, tools downed, a fast-unto-death, a march resumed, a ranch occupied, a gathering
    # outside a city hall, a strike embarked on, a shutter-down strike observed
    ("Bus drivers held a two-day stoppage over unpaid wages.", "PROTEST"),
    ("Mineworkers downed tools over unpaid bonuses.", "PROTEST"),
    ("The activists launched a fast-unto-death in Imphal.", "PROTEST"),
    ("The marchers resumed their march towards the capital on Tuesday.", "PROTEST"),
    ("Landless peasants occupied a cattle ranch in Para state.", "PROTEST"),
    ("Hundreds of residents gathered outside the city hall to protest against the water cuts.", "PROTEST"),
    ("Truck drivers embarked on a strike over fuel prices.", "PROTEST"),
    ("Shopkeepers observed a shutter-down strike against the killing.", "PROTEST"),
    # assault.yaml: a patrol under fire from gang members, protesters dispersed with tear gas, detainees beaten with
    # rifle butts
    ("A police patrol came under fire from gang members in Port-au-Prince.", "ASSAULT"),
    ("Police dispersed the protesters with tear gas and batons.", "ASSAULT"),
    ("Soldiers beat the detainees with rifle butts.", "ASSAULT"),
]

NOT_THESE = [
    # a network's show, a firm's operations, a media group's own station, a museum's rule, an income-tax section
    ("The network took the comedy show off the air after one season.", "COERCE"),
    ("The mining group suspended its operations in the country after the floods.", "COERCE"),
    ("The media group announced the closure of its regional radio station.", "COERCE"),
    ("The museum barred visitors from taking photographs in the gallery.", "COERCE"),
    ("The assessing officer invoked section 144 of the Income Tax Act in the case.", "COERCE"),
    # a patient discharged; a warrant issued; bail refused; a section imposed; cases withdrawn for later
    ("The hospital released the father after treatment for minor injuries.", "CONCEDE"),
    ("The court issued a warrant against the former minister.", "CONCEDE"),
    ("The court refused to grant bail to the activist.", "CONCEDE"),
    ("The administration imposed Section 144 in the town.", "CONCEDE"),
    ("Israel will evacuate all 21 settlements, a spokesman said.", "CONCEDE"),
    # a commander travelling, soldiers going out on patrol
    ("The army chief left Moscow for talks in Paris.", "RETREAT"),
    ("The soldiers left the base for a patrol along the river.", "RETREAT"),
    # a firm's delivery; a name on a list; a strike's effects
    ("The company delivered 50 vehicles to the army.", "AID"),
    ("The firm is not on the entity list.", "SANCTION"),
    ("The unions staged a general strike across the country, halting trains and flights.", "SANCTION"),
    ("The CGT staged a general strike against the austerity programme, halting trains and flights.", "SANCTION"),
    # a dinner table, a highway, a ministry's duty, a crime branch, thanks for coming or for a mediation, an army
    # deployed alongside peacekeepers (a deployment), a wreath
    ("The family returned to the table after the toast.", "CONSULT"),
    ("The rebels operated alongside the main highway.", "COOPERATE"),
    ("The minister thanked reporters for coming.", "SUPPORT"),
    ("He thanked the UAE for its mediation.", "SUPPORT"),
    ("The Lebanese army deployed alongside UNIFIL in the south.", "COOPERATE"),
    ("The ministry bears responsibility for the welfare of refugees.", "ACCUSE"),
    ("Police called the crime branch to the scene.", "ACCUSE"),
    ("The president laid a wreath at the memorial.", "ACCUSE"),
    # a protest march vowed; a player called up
    ("The farmers vowed to march on the capital next week.", "THREATEN"),
    ("The coach called up three players for the friendly.", "MOBILIZE"),
    # play stopped, a religious fast, an army's march, armed men on a farm
    ("The referee called a stoppage in play.", "PROTEST"),
    ("Muslims began their fast at dawn.", "PROTEST"),
    ("The rebels resumed their march on the capital.", "PROTEST"),
    ("Armed men occupied the farm after killing its owner.", "PROTEST"),
    ("Members of the militia occupied the farm.", "PROTEST"),
    ("The army embarked on strikes against militant hideouts.", "PROTEST"),
    # a crowd dispersing of itself; drums beaten
    ("The crowd dispersed with chants of victory.", "ASSAULT"),
    ("The drummers beat the drums with sticks.", "ASSAULT"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_hdata29_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
