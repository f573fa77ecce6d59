"""Stop 29's withdrawn lexicon rows (hdata29, withdrawn by hdatafix29 after review rev29hd) returned with positive
guards (hrows30): thanks and elections backed by states; wars warned of by states and marches vowed by armed
groups; work stoppages, tools downed over a grievance, marches resumed by protesters, land occupied by squatters,
gatherings outside a municipality to demand; parties back at the negotiating table; responsibility borne for
violence, charges laid by a party, people charged by the police; units relocating away from a line; bail for
political detainees, arrest warrants against them lifted, prohibitory orders lifted; drones handed by a state to an
army; stations taken off the air, a prohibitory section invoked; a force's post or vehicle under fire from armed
men. Each positive fails on main 5d6ba1f; each near-miss has another subject (a singer, a CEO, a club, a school, a
family), a figurative or a non-conflict sense (and mobilize.yaml's call-up row now leaves selectors and an
orchestra out). None is a probe set or a dev sentence."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # support.yaml
    ("The president thanked Japan for its financial support.", "SUPPORT"),
    ("The prime minister thanked Japan for its financial help.", "SUPPORT"),
    ("Armenia thanked France for its solidarity after the offensive.", "SUPPORT"),
    ("Moscow supports the referendum planned by the separatist authorities.", "SUPPORT"),
    # threaten.yaml
    ("Beijing warned that any step towards secession means war.", "THREATEN"),
    ("The rebel commander vowed to march on the capital and overthrow the regime.", "THREATEN"),
    # protest.yaml
    ("Port workers began a two-day work stoppage on Monday.", "PROTEST"),
    ("Motorcycle taxi riders held a nationwide stoppage over new fees.", "PROTEST"),
    ("The bakery workers downed tools over unpaid overtime.", "PROTEST"),
    ("The striking miners resumed their march to the capital.", "PROTEST"),
    ("Hundreds of squatters occupied an abandoned estate outside the city.", "PROTEST"),
    ("Hundreds gathered outside the municipality to demand clean water.", "PROTEST"),
    # consult.yaml
    ("The government and the rebels returned to the negotiating table in Oslo.", "CONSULT"),
    ("Both sides returned to the table after a pause of six weeks.", "CONSULT"),
    # accuse.yaml
    ("The foreign ministry said the militia bore full responsibility for the massacre.", "ACCUSE"),
    ("The opposition party laid criminal charges against the finance minister.", "ACCUSE"),
    ("The NIA charged eleven people in connection with the bombing of the market.", "ACCUSE"),
    # retreat.yaml: the preposition on the word of direction is the verb's
    ("The militia units relocated away from the border.", "RETREAT"),
    ("The militia units began relocating south of the river.", "RETREAT"),
    # concede.yaml
    ("The high court granted bail to the jailed opposition leader.", "CONCEDE"),
    ("The detained journalist was granted interim bail.", "CONCEDE"),
    ("The government suspended arrest warrants against the guerrilla commanders.", "CONCEDE"),
    ("The district administration lifted the prohibitory orders in the old city.", "CONCEDE"),
    # aid.yaml
    ("Ankara handed over four armed drones to the Malian army.", "AID"),
    ("The United States gave two helicopters to the Nigerian air force.", "AID"),
    # coerce.yaml
    ("The junta took two private radio stations off the air.", "COERCE"),
    ("The authorities pulled Radio Free Asia off the air.", "COERCE"),
    ("The collector invoked section 163 of the BNSS in the district.", "COERCE"),
    # assault.yaml: members named by their body
    ("A police van came under fire from members of a gang near the market.", "ASSAULT"),
]

NOT_THESE = [
    # thanks by a singer, a headmaster, a family, a club, a CEO, a footballer, a governor to the Red Cross; polls of a
    # school and a club
    ("The singer thanked Ireland's fans for their support.", "SUPPORT"),
    ("The headmaster thanked the parents for their help with the fair.", "SUPPORT"),
    ("The family thanked the neighbours for their support after the funeral.", "SUPPORT"),
    ("Manchester United thanked the supporters for their backing.", "SUPPORT"),
    ("The CEO thanked Microsoft for its support during the merger.", "SUPPORT"),
    ("Messi thanked Argentina for its support during the tournament.", "SUPPORT"),
    ("The governor thanked the Red Cross for its help after the storm.", "SUPPORT"),
    ("The school backs the elections to the student council.", "SUPPORT"),
    ("The club members backed the vote on the new kit.", "SUPPORT"),
    # a coach's, an airline's and economists' warnings; a union's and students' marches
    ("The coach warned that the cup final would mean war on the pitch.", "THREATEN"),
    ("The airline warned that the strike would trigger chaos.", "THREATEN"),
    ("Economists warned that the dispute would provoke a price war.", "THREATEN"),
    ("The students vowed to march on the capital and topple the government.", "THREATEN"),
    ("The union leader vowed to march on the capital and bring down the government.", "THREATEN"),
    # a boxing stoppage, production stopped; tools downed for rain, holidays or the afternoon; scouts and a band
    # marching; an estate lived in, a school's land; pupils, parents, supporters, pensioners at a hall
    ("The boxing match ended with a stoppage in the fourth round.", "PROTEST"),
    ("The factory announced a stoppage of production for maintenance.", "PROTEST"),
    ("The gardeners downed tools when the rain came.", "PROTEST"),
    ("The school's cleaners downed tools for the summer holidays.", "PROTEST"),
    ("The builders downed tools in the afternoon.", "PROTEST"),
    ("The mechanics laid down their tools after the shift.", "PROTEST"),
    ("The scouts resumed their march through the forest.", "PROTEST"),
    ("The regiment's band resumed its march after the break.", "PROTEST"),
    ("The family occupied the estate for three generations.", "PROTEST"),
    ("The school occupied the land next to the church.", "PROTEST"),
    ("Parents gathered outside the school hall to collect their children.", "PROTEST"),
    ("Supporters gathered outside the municipality to celebrate the win.", "PROTEST"),
    ("Pensioners gathered outside the town hall in the rain.", "PROTEST"),
    ("Pupils gathered outside the school hall to sing carols.", "PROTEST"),
    # card and chess players at a table; a league table
    ("The card players came back to the table after the interval.", "CONSULT"),
    ("The chess players returned to the table after a break.", "CONSULT"),
    ("Liverpool returned to the top of the table.", "CONSULT"),
    # a referee's, a school's and a club's responsibility; a landlord's charges, neighbours' complaint; a school and
    # a singer charged
    ("The referee bears responsibility for the chaos at the match.", "ACCUSE"),
    ("The school bears responsibility for the safety of pupils.", "ACCUSE"),
    ("The chairman said the club bore responsibility for the defeat.", "ACCUSE"),
    ("The neighbours laid a complaint against the noisy bar.", "ACCUSE"),
    ("The landlord laid charges against the tenant.", "ACCUSE"),
    ("The school was charged in connection with the fire safety breach.", "ACCUSE"),
    ("The singer was charged in connection with the tax case.", "ACCUSE"),
    # a firm, a school, a family, a restaurant and a band moving
    ("The company relocated away from the city centre.", "RETREAT"),
    ("The school relocated from the border town after the flood.", "RETREAT"),
    ("The family relocated back to the village.", "RETREAT"),
    ("The restaurant relocated south of the river.", "RETREAT"),
    ("The band members moved away from the city.", "RETREAT"),
    # bail for a singer and a businessman, or refused; a businessman's warrant; share warrants; a bank's notice
    ("The court granted bail to the singer accused of tax evasion.", "CONCEDE"),
    ("The court granted bail to the student accused of murder.", "CONCEDE"),
    ("The businessman was granted bail in the fraud case.", "CONCEDE"),
    ("The court refused to grant bail to the student leader.", "CONCEDE"),
    ("The court cancelled the arrest warrant against the businessman.", "CONCEDE"),
    ("The company cancelled the warrants held by investors.", "CONCEDE"),
    ("The bank lifted the prohibitory notice on the loan.", "CONCEDE"),
    # toys, a museum's gift, a maker's delivery
    ("The toy company gave drones to the army cadets.", "AID"),
    ("The museum gave helicopters to the army museum.", "AID"),
    ("Embraer delivered four aircraft to the Brazilian air force.", "AID"),
    # a soap opera and an anchor off the air; a companies code
    ("The broadcaster took the soap opera off the air.", "COERCE"),
    ("The network pulled the news anchor off the air after the gaffe.", "COERCE"),
    ("The tribunal invoked section 144 of the companies code.", "COERCE"),
    # a coach's reserves, an orchestra's violinists, selectors' soldiers (mobilize.yaml's call-up row guarded)
    ("The coach called up the reserves for the final.", "MOBILIZE"),
    ("The orchestra called up two reserve violinists.", "MOBILIZE"),
    ("The selectors called up two army officers to the national polo side.", "MOBILIZE"),
    # a base, a convoy, a police station and a bus company under fire from members of a parliament, the press, a
    # council, the public
    ("The army base came under fire from members of parliament over its budget.", "ASSAULT"),
    ("The convoy came under fire from members of the press for its cost.", "ASSAULT"),
    ("The police station came under fire from members of the council over the delays.", "ASSAULT"),
    ("The bus company came under fire from members of the public over fares.", "ASSAULT"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_hrows30_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
