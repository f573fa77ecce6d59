"""Stop 33 (head33): a headline in title case is read again by the model through its lower-case forms
(nlp.headlines.reread_title_case), as one in capitals was at stop 32. In title case the tagger reads the
capitalised verb as a word of a name ("EU Slaps Fresh Sanctions on Belarus" one ORG, "Slaps" a proper noun) and
the line gives no event. Each headline is its own one-line article, as a wire item whose headline is its only line."""
import pytest


def asserted_types(record):
    return {e.type for e in record.events if getattr(e, "modality", "asserted") == "asserted"}


# Headlines in title case that report an event (present tense: a past or present act). Those main read wrong
# (no event, or another type) and the re-read fixes: EU Slaps, Rebels Withdraw, US Imposes,
# Students March, Drone Strike Kills, Leaders Meet, Rwanda Denies Supporting, Fighters Abduct, Junta Jails, Troops
# Withdraw; the others main read right already and must stay so.
TITLE_CASE_EVENTS = [
    ("Turkey Threatens to Send Troops to Syria", "THREATEN"),
    ("Russia, Ukraine Hold Talks in Istanbul", "CONSULT"),
    ("EU Slaps Fresh Sanctions on Belarus", "SANCTION"),
    ("Rebels Withdraw From Key Town", "RETREAT"),
    ("Gunmen Kill Six Villagers in Northern Nigeria", "ASSAULT"),
    ("Police Arrest Dozens of Protesters in Nairobi", "COERCE"),
    ("Israel Strikes Targets in Southern Lebanon", "ASSAULT"),
    ("Pakistan, India Agree to Ceasefire Along Border", "AGREE"),
    ("Protesters Storm Parliament in Colombo", "PROTEST"),
    ("Army Shells Rebel Positions Near Aleppo", "ASSAULT"),
    ("US Imposes Sanctions on Venezuelan Officials", "SANCTION"),
    ("Turkey Deploys Troops to Syrian Border", "MOBILIZE"),
    ("China Condemns Taiwan Arms Sale", "ACCUSE"),
    ("Sudan Army Accuses Rebels of Shelling Hospital", "ACCUSE"),
    ("Ethiopia Expels UN Officials", "SANCTION"),
    ("Rebels Release Hostages After Talks", "CONCEDE"),
    ("Junta Frees Political Prisoners", "CONCEDE"),
    ("Opposition Leader Calls for General Strike", "REQUEST"),
    ("Kenya Sends Police to Haiti", "MOBILIZE"),
    ("France Recalls Ambassador From Niger", "SANCTION"),
    ("Mali Expels French Ambassador", "SANCTION"),
    ("Houthis Fire Missiles at Tanker in Red Sea", "ASSAULT"),
    ("Troops Kill Three Militants in Kashmir", "ASSAULT"),
    ("Workers Stage Strike Over Unpaid Wages", "PROTEST"),
    ("Students March Against Tuition Hikes in Santiago", "PROTEST"),
    ("Drone Strike Kills Four in Yemen", "ASSAULT"),
    ("Police Fire Tear Gas at Protesters in Dhaka", "ASSAULT"),
    ("Government Lifts Curfew in Capital", "CONCEDE"),
    ("Leaders Meet in Brussels to Discuss Migration", "CONSULT"),
    ("Serbia Recalls Envoy From Montenegro", "SANCTION"),
    ("Soldiers Detain Opposition Activists", "COERCE"),
    ("Insurgents Ambush Army Convoy in Mali", "ASSAULT"),
    ("Rebels Seize Border Town", "ASSAULT"),
    ("Army Retakes Key City From Rebels", "ASSAULT"),
    ("Egypt Hosts Gaza Truce Talks", "CONSULT"),
    ("Poland Demands Reparations From Germany", "REQUEST"),
    ("Armenia Accuses Azerbaijan of Border Attack", "ACCUSE"),
    ("Taliban Ban Women From Universities", "COERCE"),
    ("Nigeria Deploys Soldiers to Restive North", "MOBILIZE"),
    ("Opposition Boycotts Presidential Election", "PROTEST"),
    ("Rwanda Denies Supporting M23 Rebels", "REJECT"),
    ("Iraq Summons Turkish Ambassador Over Strikes", "ACCUSE"),
    ("Fighters Abduct Aid Workers in Darfur", "ASSAULT"),
    ("Hezbollah Fires Rockets Into Northern Israel", "ASSAULT"),
    ("Residents Flee as Fighting Spreads in Khartoum", "ASSAULT"),
    ("Police Raid Opposition Headquarters", "COERCE"),
    ("Uganda Sends Troops Into Congo", "MOBILIZE"),
    ("Georgia Bans Rallies in Tbilisi", "COERCE"),
    ("Myanmar Junta Jails Journalists", "COERCE"),
    ("Kosovo Police Seize Weapons in North", "COERCE"),
    ("Warplanes Bomb Rebel Camps in Idlib", "ASSAULT"),
    ("Lebanon Asks UN for Help With Refugees", "REQUEST"),
    ("Bolivia Expels US Diplomat", "SANCTION"),
    ("Ministers Discuss Trade Deal in Geneva", "CONSULT"),
    ("Pentagon Sends More Troops to Poland", "MOBILIZE"),
    ("Iran Seizes Oil Tanker in Gulf", "ASSAULT"),
    ("Rebels Attack Army Base Near Goma", "ASSAULT"),
    ("Police Detain Opposition Leader in Minsk", "COERCE"),
    ("Protesters Block Highway in La Paz", "PROTEST"),
    ("Israel Releases Palestinian Prisoners", "CONCEDE"),
    ("Gunmen Abduct Students in Kaduna", "ASSAULT"),
    ("Armenia Recalls Ambassador From Moscow", "SANCTION"),
    ("Troops Withdraw From Disputed Border Area", "RETREAT"),
    ("Police Disperse Protesters With Tear Gas", "ASSAULT"),
    ("Insurgents Kill Five Soldiers in Niger", "ASSAULT"),
    ("Militants Storm Hotel in Mogadishu", "ASSAULT"),
    ("Soldiers Arrest Journalists in Bamako", "COERCE"),
    ("Rebels Capture Strategic Town in Tigray", "ASSAULT"),
    ("Kenya Deploys Troops to Somali Border", "MOBILIZE"),
    ("Bombs Kill Dozens in Baghdad Market", "ASSAULT"),
]

TITLE_CASE_NEAR_MISSES = [
    "Battle of the Bands Returns to Austin",
    "City Storm Past United",
    "Arsenal Beat Chelsea in Derby Thriller",
    "Lakers Crush Celtics in Overtime",
    "Shoot the Messenger Premieres",
    "Apple Unveils New iPhone Models",
    "Oil Prices Fall on Weak Demand",
    "Stocks Rally as Fed Holds Rates",
    "Tesla Cuts Prices Across Europe",
    "Bombers Blitz Tigers in Season Opener",
    "Rebels Sweep Invaders in Home Series",
    "Marvel Studios Invades Box Office",
    "Strike Force Wins Best Picture",
    "Guns N' Roses Announce World Tour",
    "Killing Eve Returns for Final Season",
    "Army of Darkness Screens at Festival",
    "NATO Could Send Troops to Baltics",
    "Russia May Impose Sanctions on Georgia",
    "Protesters Set to March on Capital",
    "Rebels Plan to Attack Capital",
    "Government Plans to Lift Curfew",
    "EU Set to Slap Sanctions on Iran",
    "Talks Could Resume Next Week",
    "Storm Batters Coast, Thousands Without Power",
    "Floods Kill Dozens in Bangladesh",
    "Earthquake Strikes Off Japan Coast",
    "Chiefs Fire Coach After Losing Season",
    "Bulls Charge Into Playoffs",
    "Man City Storm Back to Beat Spurs",
    "Festival Celebrates War Poetry",
    "Giants Crush Eagles in Season Finale",
    "Bank Cuts Interest Rates Again",
    "Storm Kills Three in Texas",
    "Film About War Wins Top Prize",
    "Army Beats Navy in Annual Game",
]


@pytest.mark.parametrize("text,expected", TITLE_CASE_EVENTS)
def test_a_title_case_headline_reports_its_event(extract, text, expected):
    assert expected in asserted_types(extract(text, "2002-03-10"))


# Title-case lines that must give no asserted event: sport, business, entertainment and names read like a
# clause ("Shoot the Messenger Premieres", "Battle of the Bands Returns to Austin"), natural disasters, and
# headlines that plan or may ("Could", "May", "Set to", "Plans to": at most a planned or hypothetical event).


@pytest.mark.parametrize("text", TITLE_CASE_NEAR_MISSES)
def test_a_title_case_near_miss_asserts_no_event(extract, text):
    assert asserted_types(extract(text, "2002-03-10")) == set()


@pytest.mark.parametrize("text,expected,modality", [
    ("EU Set to Slap Sanctions on Iran", "SANCTION", "planned"),
    ("NATO Could Send Troops to Baltics", "MOBILIZE", "hypothetical"),
])
def test_a_planned_or_possible_title_case_headline_is_unasserted(extract, text, expected, modality):
    record = extract(text, "2002-03-10")
    assert [e.modality for e in record.events if e.type == expected] == [modality]


def test_the_lower_case_reading_keeps_names_and_places_capitalised(pipeline):
    from frontwire.nlp import headlines

    doc = pipeline.nlp.make_doc("Houthis Fire Missiles at Tanker in Red Sea Near Chad")
    kept = {doc[i].text for i in headlines._kept_capitalised(doc, 0, len(doc))}
    # the first word, a name no dictionary holds, a feature's name, a country named by an English word
    assert kept == {"Houthis", "Red", "Sea", "Chad"}


def test_the_reread_takes_entities_from_the_lower_case_reading_where_the_model_ran_a_name_over_the_verb(extract):
    record = extract("EU Slaps Fresh Sanctions on Belarus", "2002-03-10")
    assert {(e.name, e.label) for e in record.entities} >= {("Belarus", "GPE")}
    assert [p.name for p in record.places] == ["Belarus"]


def test_a_newspaper_named_in_a_headline_is_no_place(extract):
    # "Washington post hit piece ...": the lower-case reading's "Washington" is the first word of a name
    record = extract("Washington Post Hit Piece Exploits Trump Supporter", "2016-10-02")
    assert "Washington" not in [p.name for p in record.places]


@pytest.mark.parametrize("text", [
    # figurative objects (classes.yaml FIGURATIVE_OBJECTS): a vow to eliminate what is no enemy, an invasion of the charts
    "Railing Against Trump, Sanders Vows To Eliminate Tax Breaks Used By Real Estate Developers.",
    "Marvel Studios Invades Box Office",
    "The senator vowed to eliminate tax loopholes for oil companies.",
])
def test_figurative_objects_of_a_vow_or_an_invasion_give_no_event(extract, text):
    assert {e.type for e in extract(text, "2016-10-04").events} == set()


def test_vows_and_invasions_of_enemies_stay_events(extract):
    assert "THREATEN" in {e.type for e in extract("The army vowed to crush the rebels.", "2002-03-10").events}
    assert "ASSAULT" in asserted_types(extract("Russian troops invaded Ukraine.", "2002-03-10"))
