"""Stop 31's guarded lexicon rows for probe set i's classes still missed (evrows31). Each row names who acts and on
what; the look-alikes (other doers, figurative and other senses, negation) keep those limits. Own sentences."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # assault.yaml: police or soldiers responding with crowd weapons; armed forces trading fire
    ("Riot police responded with tear gas and batons when the crowd refused to disperse.", "ASSAULT"),
    ("Soldiers at the checkpoint responded with live fire, witnesses said.", "ASSAULT"),
    ("Government troops and rebels traded mortar fire near the airport overnight.", "ASSAULT"),
    ("Border guards of the two Koreas traded fire across the demilitarised zone after a soldier defected.", "ASSAULT"),
    # threaten.yaml: an armed force's conditional clearing out; a response vowed to an attack
    ("The general said his troops could wipe out the rebel camps if the attacks continued.", "THREATEN"),
    ("The defence minister said the army would clean out the militant hideouts if the shelling did not stop.",
     "THREATEN"),
    ("The Iranian government promised a harsh retaliation to the killing of its general.", "THREATEN"),
    ("Pakistan's army chief promised a befitting response to the attack on the air base.", "THREATEN"),
    # mobilize.yaml: named exercises of states' forces, at sea or near a country
    ("Indian and French warships began the Varuna exercises in the Arabian Sea.", "MOBILIZE"),
    ("The two navies began the Malabar exercise in the Bay of Bengal.", "MOBILIZE"),
    ("Egyptian and Saudi naval forces began the Morgan drill near Hurghada.", "MOBILIZE"),
    # concede.yaml: relief let into a territory, promised
    ("Israel will allow food supplies into northern Gaza through a new crossing, officials said.", "CONCEDE"),
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
    # retreat.yaml: a force drawing down, no object
    ("French forces drew down from the Sahel after a decade.", "RETREAT"),
    ("The peacekeepers drew down gradually over the summer.", "RETREAT"),
    # aid.yaml: vessels donated or gifted to another state's navy or coast guard
    ("Japan gifted two patrol vessels to the Vietnamese coast guard.", "AID"),
    ("Australia donated three patrol boats to the Solomon Islands navy.", "AID"),
]

NOT_THESE = [
    # assault.yaml respond: a firm's, a team's, a fire brigade's response; gas masks, fire engines, a fire sale; negated
    ("The company responded with a statement denying any wrongdoing.", "ASSAULT"),
    ("The fire brigade responded with water cannon to the blaze at the warehouse.", "ASSAULT"),
    ("Police responded with fire engines and ambulances after the blast at the factory.", "ASSAULT"),
    ("The home side responded with fire in the second half and scored twice.", "ASSAULT"),
    ("Police did not respond with tear gas, choosing to negotiate with the crowd.", "ASSAULT"),
    ("The police chief responded with a letter to the editor.", "ASSAULT"),
    ("Soldiers responded with gas masks when the chemical alarm sounded during the drill.", "ASSAULT"),
    ("The army responded with a fire sale of surplus trucks.", "ASSAULT"),
    ("The bank responded with higher interest rates.", "ASSAULT"),
    ("Police responded with a smile when asked about the bullets found at the range.", "ASSAULT"),
    ("The minister responded with sharp words in parliament.", "ASSAULT"),
    # assault.yaml trade: debates, sport, drinks, prisoners, rockets for cash
    ("The candidates traded fire during the televised debate.", "ASSAULT"),
    ("The two parties traded fire over the budget on social media.", "ASSAULT"),
    ("The army and navy teams traded shots in the hockey final.", "ASSAULT"),
    ("The two strikers traded shots from the edge of the box.", "ASSAULT"),
    ("The ministers traded fire in the cabinet meeting over the water dispute.", "ASSAULT"),
    ("The traders traded shares of the arms maker all morning.", "ASSAULT"),
    ("The soldiers traded stories around the fire at the camp.", "ASSAULT"),
    ("Police officers traded shots of whisky at the farewell party.", "ASSAULT"),
    ("The armies traded prisoners at the border crossing.", "ASSAULT"),
    ("The rebels traded rockets for cash with the smugglers, the report said.", "ASSAULT"),
    ("Rival photographers traded shots of the red carpet.", "ASSAULT"),
    # threaten.yaml clean/wipe/flush out: debts, harvests, drains; an act done, not threatened; negated
    ("The company could wipe out its debts if sales recover.", "THREATEN"),
    ("The floods could wipe out the harvest if the rains continue.", "THREATEN"),
    ("The army said it could wipe out its budget deficit if the cuts went through.", "THREATEN"),
    ("Soldiers cleaned out the barracks before the inspection.", "THREATEN"),
    ("Troops wiped out the rebel camps last week, the army said.", "THREATEN"),
    ("The army said it would not clean out the camps even if the attacks continued.", "THREATEN"),
    ("Investors could be wiped out if the bank collapses.", "THREATEN"),
    ("The coach said his team could wipe out the lead if they keep attacking.", "THREATEN"),
    ("The mayor said volunteers would clean out the drains if the rains continue.", "THREATEN"),
    ("The army would flush out the pipes if the water supply failed.", "THREATEN"),
    ("A single storm could wipe out the rebels' crops if it hits in April.", "THREATEN"),
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
    # concede.yaml allow/let/permit: a club, a museum, a market, customs; refused or negated
    ("The club will allow food into the stadium for the final.", "CONCEDE"),
    ("The museum will permit drinks and food into the galleries.", "CONCEDE"),
    ("Canada will allow more goods into its market under the trade deal.", "CONCEDE"),
    ("Israel will not allow fuel into Gaza, the defence minister said.", "CONCEDE"),
    ("The airline will let passengers bring food into the cabin.", "CONCEDE"),
    ("Customs will allow duty-free goods into the country from Monday.", "CONCEDE"),
    ("The school will not let junk food into the canteen.", "CONCEDE"),
    ("The stadium will let fans bring food into the stands.", "CONCEDE"),
    ("Egypt refused to allow aid trucks into Gaza.", "CONCEDE"),
    ("The warehouse owner would let the goods into the depot after inspection.", "CONCEDE"),
    ("The zoo will allow visitors' food into the park.", "CONCEDE"),
    ("The hospital will allow medicines into the ward only with a prescription.", "CONCEDE"),
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
    # threaten.yaml vow/promise a response: fans, teams, unions, firms; a response to floods or a petition; negated
    ("Fans vowed a fitting reply on the pitch.", "THREATEN"),
    ("The team vowed a fierce reply in the second leg.", "THREATEN"),
    ("The union vowed a harsh response to the layoffs.", "THREATEN"),
    ("The company promised a quick response to the complaints.", "THREATEN"),
    ("The opposition vowed a strong response to the attack on its leader's record.", "THREATEN"),
    ("The minister promised a response to the petition within a week.", "THREATEN"),
    ("The government vowed a swift response to the floods.", "THREATEN"),
    ("The club vowed a strong response to the attack on its team bus.", "THREATEN"),
    ("The president did not vow any response to the strike on the tanker.", "THREATEN"),
    ("The ministry promised a detailed reply to the questions on the war.", "THREATEN"),
    ("The government pledged a generous response to the appeal for aid after the war.", "THREATEN"),
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
    # retreat.yaml draw down: a reservoir, a fund, investors, a lake; drawing on stocks; an object drawn; negated
    ("The reservoir drew down sharply during the drought.", "RETREAT"),
    ("The fund drew down on its reserves to pay the bonuses.", "RETREAT"),
    ("Investors drew down after the market fell.", "RETREAT"),
    ("The army drew down on its stocks of fuel during the winter.", "RETREAT"),
    ("The company drew down from its credit line.", "RETREAT"),
    ("The troops drew down their rifles and waited.", "RETREAT"),
    ("The peacekeepers did not draw down despite the attacks.", "RETREAT"),
    ("The lake drew down below the intake pipes.", "RETREAT"),
    ("The team drew down the curtain on a fine season.", "RETREAT"),
    ("The mission drew down its budget for the year.", "RETREAT"),
    ("The coalition drew down a loan from the bank.", "RETREAT"),
    # aid.yaml donate/gift: an actor, a shipyard, a club, a company, a state to its fishermen; a ship's bell or a
    # painting; negated
    ("The actor donated a boat to the Kerala fisheries department.", "AID"),
    ("The shipyard gifted a model ship to the navy museum.", "AID"),
    ("The retired admiral donated his yacht to the navy sailing club.", "AID"),
    ("Kerala donated two rescue boats to the fishermen's cooperative.", "AID"),
    ("The company gifted two boats to the coast guard.", "AID"),
    ("The club donated a boat to the rowing federation.", "AID"),
    ("The navy gifted a ship's bell to the city museum.", "AID"),
    ("The school gifted a painting of a ship to the navy.", "AID"),
    ("The town donated a boat to the coastguard volunteers.", "AID"),
    ("India did not gift the frigate to the Sri Lankan navy after all.", "AID"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_evrows31_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
