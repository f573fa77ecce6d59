"""Stop 31's guarded lexicon rows for probe set i's classes still missed (evrows31; the five that survived review,
rev31rows, fixed by evrowsfix31). Each row names who acts and on what; the look-alikes (other doers, figurative and
other senses, negation) keep those limits. Own sentences and the reviewer's near-misses, none from a probe set."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # mobilize.yaml: named exercises of states' forces, at sea or near a country
    ("Indian and French warships began the Varuna exercises in the Arabian Sea.", "MOBILIZE"),
    ("The two navies began the Malabar exercise in the Bay of Bengal.", "MOBILIZE"),
    ("Egyptian and Saudi naval forces began the Morgan drill near Hurghada.", "MOBILIZE"),
    # accuse.yaml: a court pulling up officials
    ("The Supreme Court pulled up the state government for delaying the probe into the riots.", "ACCUSE"),
    ("Judges of the Madras high court pulled up the district collector over illegal sand mining.", "ACCUSE"),
    # coerce.yaml: aid groups ordered to stop work by rulers
    ("The military government ordered foreign NGOs to suspend their work in the camps.", "COERCE"),
    ("The Taliban ordered charities to halt all programmes in Kandahar.", "COERCE"),
    # support.yaml: congratulations to another country's leader on an election
    ("India conveyed its congratulations to Sri Lanka's new president on his election.", "SUPPORT"),
    # consult.yaml: parties sitting down under a mediator
    ("Under the mediation of Qatar, the two delegations sat down for a second round.", "CONSULT"),
    ("Negotiators for the government and the rebels sat down under the auspices of the African Union.", "CONSULT"),
]

NOT_THESE = [
    # mobilize.yaml exercise/drill: a state's civil exercise (mapping, census, tsunami, evacuation), forces' rescue
    # and relief drills, players' stretching
    ("India began a mapping exercise in Kerala to record forest cover.", "MOBILIZE"),
    ("The United States began a census exercise in Texas.", "MOBILIZE"),
    ("Japan held a tsunami drill in Sendai on Monday.", "MOBILIZE"),
    ("The navy held a rescue drill in Kochi harbour.", "MOBILIZE"),
    ("The army held a flood relief exercise in Assam.", "MOBILIZE"),
    ("The students began breathing exercises in the hall.", "MOBILIZE"),
    ("Pakistan conducted an evacuation drill in Karachi ahead of the cyclone.", "MOBILIZE"),
    ("The company held its annual branding exercise in London.", "MOBILIZE"),
    ("The state began a cost-cutting exercise in Punjab.", "MOBILIZE"),
    ("The players began their stretching exercises in Madrid.", "MOBILIZE"),
    ("Kenya held an earthquake drill in Nairobi.", "MOBILIZE"),
    ("The navy band held its rehearsal exercises in Manila this year.", "MOBILIZE"),
    ("Germany began a vaccination drill in Berlin hospitals.", "MOBILIZE"),
    # rev31rows M3 and own: an army's civic drills held in its own states and districts (blood donation, planting,
    # medical, yoga, recruitment, cleaning)
    ("Forces began the blood donation drill in Srinagar.", "MOBILIZE"),
    ("The army launched a plantation drill in Uttarakhand to plant 10,000 saplings.", "MOBILIZE"),
    ("The army held a medical exercise in Nepal for earthquake survivors.", "MOBILIZE"),
    ("The army held a yoga exercise in Ladakh for its soldiers.", "MOBILIZE"),
    ("The navy held a cleanliness drill in Goa beaches.", "MOBILIZE"),
    ("Troops began a vaccination drill in Manipur villages.", "MOBILIZE"),
    ("The army launched a recruitment drill in Bihar for young men.", "MOBILIZE"),
    ("Soldiers started a tree planting exercise in Rajasthan.", "MOBILIZE"),
    ("The marines held a swimming drill in Florida for recruits' families.", "MOBILIZE"),
    ("The army conducted an audit exercise in Punjab cantonments.", "MOBILIZE"),
    ("The navy held a beach cleaning exercise in Chennai.", "MOBILIZE"),
    ("The army held a literacy drill in Kashmir schools.", "MOBILIZE"),
    ("The forces conducted a sports drill in Assam for children.", "MOBILIZE"),
    # accuse.yaml pull up: a car, records, a runner, a coach or a teacher; negated
    ("The judge's car pulled up outside the court.", "ACCUSE"),
    ("The court pulled up the records for inspection.", "ACCUSE"),
    ("The tribunal pulled up the old files over the weekend.", "ACCUSE"),
    ("The police pulled up the driver for speeding.", "ACCUSE"),
    ("The coach pulled up the striker for missing training.", "ACCUSE"),
    ("The commission pulled up its socks after the criticism.", "ACCUSE"),
    ("The runner pulled up with a hamstring injury in the final.", "ACCUSE"),
    ("The bench pulled up the minutes of the meeting for review.", "ACCUSE"),
    ("The court did not pull up the police for the delay.", "ACCUSE"),
    ("The teacher pulled up the students over their homework.", "ACCUSE"),
    ("The tow truck pulled up the police jeep from the ditch.", "ACCUSE"),
    # own: a court pulling up records, chairs, a car; its registry, a lawyer, a petitioner, a builder (no public office)
    ("The court pulled up the parking lot records for the hearing.", "ACCUSE"),
    ("The tribunal pulled up the wrong file by mistake.", "ACCUSE"),
    ("The bench pulled up the chairs for the visitors.", "ACCUSE"),
    ("The judge pulled up the officer's car at the gate.", "ACCUSE"),
    ("The court pulled up its own registry for losing files.", "ACCUSE"),
    ("The commission pulled up the weeds in the garden of the office.", "ACCUSE"),
    ("The high court did not pull up the police for the delay in filing the chargesheet.", "ACCUSE"),
    ("The court pulled up the lawyer for arriving late.", "ACCUSE"),
    ("The bench pulled up the petitioner for wasting its time.", "ACCUSE"),
    ("The tribunal pulled up the builder for delaying the flats.", "ACCUSE"),
    # coerce.yaml order: a donor, a court, a board, an auditor; agencies told to stop hiring; negated
    ("The donor ordered the NGO to stop spending on travel.", "COERCE"),
    ("The court ordered the charity to stop using the logo.", "COERCE"),
    ("The government ordered agencies to stop hiring temporary staff.", "COERCE"),
    ("The board ordered the charity to close its London office to cut costs.", "COERCE"),
    ("The founder ordered the NGO to halt the project after the funds ran out.", "COERCE"),
    ("The government did not order NGOs to stop their work, the minister said.", "COERCE"),
    ("The auditor ordered the charities to stop mixing accounts.", "COERCE"),
    ("The government ordered NGOs to file their accounts by March.", "COERCE"),
    ("The regulator ordered the charity to end its lottery.", "COERCE"),
    ("The bishop ordered the charity to stop collecting in the church.", "COERCE"),
    ("The landlord ordered the NGO to vacate the premises.", "COERCE"),
    # rev31rows M5 and own: routine regulation of charities (late returns, a fraud, misuse of funds, loopholes, a
    # raffle, collections, bank accounts, cash), not their work stopped
    ("The government ordered NGOs to stop filing late returns.", "COERCE"),
    ("The authorities ordered charities to stop the fraud.", "COERCE"),
    ("The ministry ordered the charity to halt the misuse of donated funds.", "COERCE"),
    ("UK ordered charities to close loopholes in their accounts.", "COERCE"),
    ("The ministry ordered NGOs to end the practice of foreign contribution without registration.", "COERCE"),
    ("The governor ordered charities to end the food drive before the holidays.", "COERCE"),
    ("The army ordered the NGO to halt construction until the land survey was done.", "COERCE"),
    ("The state government ordered NGOs to close their accounts in private banks.", "COERCE"),
    ("The government ordered NGOs to stop using foreign names in their titles.", "COERCE"),
    ("The ministry ordered charities to stop sending letters asking for donations by post.", "COERCE"),
    ("The authorities ordered the charity to end the raffle.", "COERCE"),
    ("The government ordered NGOs to halt the hiring of expatriates without visas.", "COERCE"),
    ("The ministry ordered charities to suspend payments to their directors.", "COERCE"),
    ("The state ordered NGOs to close their bank accounts abroad.", "COERCE"),
    ("The government ordered the NGO to stop the sale of lottery tickets.", "COERCE"),
    ("The authorities ordered charities to cease door-to-door collections during the lockdown.", "COERCE"),
    ("The ministry ordered NGOs to end the use of cash in payments.", "COERCE"),
    ("The government did not order NGOs to suspend their work in the camps.", "COERCE"),
    # support.yaml send/convey congratulations: a team, a couple, a firm, students, a party's own candidate,
    # a chief justice at home; negated
    ("The President sent congratulations to the national football team on its victory.", "SUPPORT"),
    ("The king sent congratulations to the couple on their wedding anniversary.", "SUPPORT"),
    ("The king extended felicitations to the chess champion on her world title.", "SUPPORT"),
    ("The minister conveyed congratulations to the firm on its 50th anniversary.", "SUPPORT"),
    ("The party sent congratulations to its candidate on his election as mayor.", "SUPPORT"),
    ("The Indian president sent congratulations to India's new chief justice on his swearing-in.", "SUPPORT"),
    ("The prime minister sent congratulations to the students on their results.", "SUPPORT"),
    ("Moscow did not send congratulations to the Georgian president on his election.", "SUPPORT"),
    ("The chief minister extended greetings to the people on Diwali.", "SUPPORT"),
    ("The club sent congratulations to Real Madrid on their election of a new board.", "SUPPORT"),
    ("The governor offered congratulations to the mayor of Lagos on his election.", "SUPPORT"),
    # own: congratulations on a team's, a mayor's, a students' union's or a vice-chancellor's election or
    # appointment, a birthday, a climb, a listing; negated
    ("The president sent congratulations to the national hockey team on its election as team of the year.", "SUPPORT"),
    ("The king sent greetings to the Pope on his birthday.", "SUPPORT"),
    ("The prime minister offered congratulations to the new mayor of Paris on his election.", "SUPPORT"),
    ("The minister extended congratulations to the students' union president on her election.", "SUPPORT"),
    ("India did not convey congratulations to the Maldivian president on his election.", "SUPPORT"),
    ("The chancellor sent congratulations to Bayern Munich on winning the league.", "SUPPORT"),
    ("The president sent greetings to the nation on Independence Day.", "SUPPORT"),
    ("The president offered his congratulations to the Nepali climbers on their ascent.", "SUPPORT"),
    ("The minister conveyed congratulations to the company on its listing.", "SUPPORT"),
    ("The governor extended felicitations to the new vice-chancellor on his appointment.", "SUPPORT"),
    # consult.yaml sit down under: a tree, a tent, a coach's supervision; a couple, a family, firms, union and
    # management; refused
    ("The children sat down under the old banyan tree.", "CONSULT"),
    ("The couple sat down under a counsellor's mediation to settle the divorce.", "CONSULT"),
    ("The players sat down under the coach's supervision to watch the video.", "CONSULT"),
    ("The family sat down under the auspices of the village elders to divide the land.", "CONSULT"),
    ("The villagers sat down under a tent to escape the heat.", "CONSULT"),
    ("The delegates sat down under the chandeliers for dinner.", "CONSULT"),
    ("Union leaders and management sat down under the mediation of the labour commissioner.", "CONSULT"),
    ("The two companies sat down under the mediation of a retired judge.", "CONSULT"),
    ("The students sat down under the aegis of the debating society.", "CONSULT"),
    ("The two delegations refused to sit down under UN mediation.", "CONSULT"),
    # rev31rows M6 and own: "the two sides" or ministers in a strike, a sports or rights dispute, a family or
    # temple feud before a commissioner, a board, a church or a council; a tree, umbrellas; negated
    ("The two sides sat down under the mediation of the labour commissioner to end the strike.", "CONSULT"),
    ("The two sides sat down under the aegis of the cricket board to settle the dispute over television"
     " rights.", "CONSULT"),
    ("The rival sides sat down under the mediation of the church to end a family feud.", "CONSULT"),
    ("The ministers sat down under the auspices of the chamber of commerce for a business breakfast.", "CONSULT"),
    ("The two sides sat down under the mediation of the football federation to settle the transfer row.", "CONSULT"),
    ("The negotiators sat down under a big tree to eat lunch.", "CONSULT"),
    ("The ministers sat down under the mediation of the party chief to settle their feud.", "CONSULT"),
    ("The rival sides sat down under the auspices of the bar council to end the lawyers' strike.", "CONSULT"),
    ("The envoys sat down under the chandeliers of the palace for dinner.", "CONSULT"),
    ("The two sides sat down under the aegis of the tenants' association.", "CONSULT"),
    ("The delegations did not sit down under Norwegian mediation after all.", "CONSULT"),
    ("The diplomats sat down under umbrellas to watch the cricket match.", "CONSULT"),
    ("The two sides sat down under the mediation of the temple trust to share the land.", "CONSULT"),
    ("The minister's family sat down under the auspices of the village council to divide the property.", "CONSULT"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_evrows31_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
