"""Stop 29's withdrawn lexicon rows (hdata29, withdrawn by hdatafix29 after review rev29hd) that came back with
positive guards (hrows30) and kept them after review rev30hr (hrowsfix30): thanks for support between states or
peoples; helicopters or vehicles handed to another state's army; prohibitory orders lifted and a prohibitory section
invoked by those who impose them; parties back at the negotiating table; criminal charges laid by a party or a state;
an FIR against students or farmers. mobilize.yaml's call-up row leaves teams, federations and orchestras out, and a
call-up is no request (request.yaml). Each positive fails on main 5d6ba1f. The near-misses were written before the
guards were set: thanks withheld or given to firms, sports bodies and nurses; a state's deliveries to its own or its
police forces; civil prohibitory orders; a section cited by a petitioner, a judge or a professor; firms, clubs and
players at the table; crowds demanding autographs or refunds; charges laid by a private person; a club's call-up.
None is a probe set, a dev or a reviewer's sentence."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # support.yaml
    ("Latvia thanked Estonia for its solidarity during the gas crisis.", "SUPPORT"),
    ("Georgia thanked Ukraine for its support at the summit.", "SUPPORT"),
    # aid.yaml: the receiver another state's army
    ("Paris handed two armed helicopters to Chad's army.", "AID"),
    ("Turkey delivered armoured vehicles to the army of Somalia.", "AID"),
    # concede.yaml, coerce.yaml
    ("The collector eased the prohibitory orders in the three mandals.", "CONCEDE"),
    ("The police commissioner invoked section 163 of the BNSS around the stadium.", "COERCE"),
    # consult.yaml
    ("Khartoum and the rebel movement returned to the negotiating table in Juba.", "CONSULT"),
    # accuse.yaml
    ("The opposition laid charges of treason against two former ministers.", "ACCUSE"),
    ("A case was registered against thirty farmers for the road blockade.", "ACCUSE"),
]

NOT_THESE = [
    # thanks withheld; thanks to firms (one the parser takes for a place), a sports body, nurses
    ("The prime minister did not thank Norway for its support at the summit.", "SUPPORT"),
    ("The government never thanked Canada for its help, the opposition complained.", "SUPPORT"),
    ("The foreign minister thanked Siemens for its help in rebuilding the grid.", "SUPPORT"),
    ("The interior ministry thanked Toyota for its support of the road safety campaign.", "SUPPORT"),
    ("The president thanked FIFA for its backing of the bid.", "SUPPORT"),
    ("Chile thanked Netflix for its support of the film festival.", "SUPPORT"),
    ("The minister thanked the nurses for their help during the epidemic.", "SUPPORT"),
    ("The state department thanked Boeing for its assistance.", "SUPPORT"),
    ("The president thanked Netflix for its support of the film festival.", "SUPPORT"),
    ("The prime minister thanked Spotify for its help with the campaign.", "SUPPORT"),
    # a state's deliveries to its own army, its police or its coast guard
    ("The defence ministry handed over twelve armoured vehicles to the army's northern command.", "AID"),
    ("The government supplied new patrol vehicles to the traffic police force.", "AID"),
    ("Poland's defence ministry delivered two helicopters to the Polish army.", "AID"),
    ("The army gave its old trucks to the border security force for training.", "AID"),
    ("The navy transferred three boats to the coast guard forces.", "AID"),
    ("The ministry provided drones to the forces guarding the pipeline.", "AID"),
    # civil prohibitory orders lifted by courts and a bank
    ("The civil court lifted the prohibitory order on the transfer of the shares.", "CONCEDE"),
    ("The bank lifted the prohibitory order on the loan account.", "CONCEDE"),
    ("The family court removed the prohibitory order on the house.", "CONCEDE"),
    ("The judge relaxed the prohibitory order on the estate.", "CONCEDE"),
    # ... and the police's or a collector's order on an account, a property or a sale (classes.yaml HELD_ASSETS)
    ("The police relaxed the prohibitory order on the trader's bank accounts.", "CONCEDE"),
    ("The collector lifted the prohibitory order on the sale of the land.", "CONCEDE"),
    # a section cited, not imposed
    ("The petitioner invoked section 144 of the CrPC in his plea.", "COERCE"),
    ("The retired judge invoked section 163 of the BNSS in a newspaper article.", "COERCE"),
    ("The professor invoked section 144 of the CrPC in her lecture.", "COERCE"),
    ("The opposition leader invoked Section 144 of the CrPC to criticise the ban.", "COERCE"),
    # firms, clubs and players at the negotiating table
    ("The company returned to the negotiating table with the landlord.", "CONSULT"),
    ("The club came back to the negotiating table with the striker's agent.", "CONSULT"),
    ("The two football clubs returned to the negotiating table over the transfer fee.", "CONSULT"),
    ("The airline went back to the negotiating table with the pilots over pay.", "CONSULT"),
    ("The players returned to the negotiating table over image rights.", "CONSULT"),
    # crowds outside a hall demanding things (hdata29's gathering row is not returned)
    ("Journalists gathered outside the council to demand an interview with the mayor.", "PROTEST"),
    ("Fans gathered outside the town hall to demand autographs from the players.", "PROTEST"),
    ("Shoppers gathered outside the hall to demand their money back from the concert promoter.", "PROTEST"),
    ("The children gathered outside the hall to demand more sweets.", "PROTEST"),
    # charges laid by a private person; fans charged over a pitch invasion; baggage fees
    ("The ex-wife laid charges against the singer for assault.", "ACCUSE"),
    ("The police charged the fans in connection with the pitch invasion.", "ACCUSE"),
    ("The airline charged passengers in connection with extra baggage.", "ACCUSE"),
    # a club's, a federation's and a squad's call-ups: no mobilisation and no request
    ("The club called up two soldiers from the army team for the final.", "MOBILIZE"),
    ("The club called up two soldiers from the army team for the final.", "REQUEST"),
    ("The federation called up reserve players for the tournament.", "MOBILIZE"),
    ("The federation called up reserve players for the tournament.", "REQUEST"),
    ("The national squad called up three army officers.", "MOBILIZE"),
    ("The orchestra called up two reserve violinists.", "MOBILIZE"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_hrows30_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
