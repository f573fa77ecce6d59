"""Stop 25 (mech25): mechanisms the set d review found coding subordinate mentions, negated or
doubted acts and look-alikes as events. Each case fails without the change its comment names."""
import pytest

from wordings import assert_gives_type_or_not, gives_type_or_not, types_and_triggers


WORDINGS = [
    # an act a light verb carries is told as done when the light verb is not negated
    ("The insurgents launched an offensive on Tuesday.", "ASSAULT"),
    ("The rebels carried out an attack on the city.", "ASSAULT"),
    # a "police party" is a detachment: attacking it is an attack
    ("a police party was attacked by a mob in the village.", "ASSAULT"),
    ("A police party was attacked by smugglers near the border.", "ASSAULT"),
    ("the search party was attacked by villagers armed with sticks.", "ASSAULT"),
    ("the raiding party was attacked by villagers armed with sticks.", "ASSAULT"),
    # ... a political party attacked by another stays criticism
    ("The opposition party attacked the ruling party over the price hike.", "ACCUSE"),
    # a record is attacked in words
    ("The opposition launched a fierce attack on the minister's track record.", "ACCUSE"),
    # restitution to a state or a people stays RETREAT
    ("Germany paid compensation to Namibia for colonial-era killings.", "RETREAT"),
    # the agreement and the protest are told, whatever their content
    ("Kyiv and Moscow reached a deal to swap prisoners of war.", "AGREE"),
    # an act done beside the agreement is told
    ("The government signed a deal with the rebels and freed 40 prisoners.", "CONCEDE"),
    ("Farmers protested against the plan to impose sanctions on exporters.", "PROTEST"),
    ("Thousands rallied against the decision to suspend the peace talks.", "PROTEST"),
    # an act done beside a time phrase of a known attack is told
    ("More troops were sent to the district after the clashes.", "MOBILIZE"),
    # the measure a seizure or an alleged act leads to is told
    ("The rebels declared martial law in the province after capturing the city.", "COERCE"),
    ("Police arrested a shopkeeper for allegedly supplying arms to the militants.", "COERCE"),
    # ... and grounds of an arrest told as done stay (GROUNDS_TYPES leaves arrests out)
    ("Police arrested two youths for attacking a temple priest.", "ASSAULT"),
    # fire "into" a crowd is no inquiry's object
    ("Police opened fire into the crowd, killing two.", "ASSAULT"),
    # an ultimatum told with "hours" stays a threat when the giver expels no one
    ("The rebels gave the peacekeepers 48 hours to leave the port or face attack.", "THREATEN"),
]

NOT_THESE = [
    # the light verb's negation reaches the act it carries (ACT_VERBS)
    ("The militants have not carried out a bombing in the capital.", "ASSAULT"),
    ("The insurgents have not launched an offensive this year.", "ASSAULT"),
    ("The rebels have not staged an attack on the city in years.", "ASSAULT"),
    ("The group has not mounted a raid across the border.", "ASSAULT"),
    # a "party" of police, raiders or searchers is no political party (DETACHMENT_WORDS)
    ("a police party was attacked by a mob in the village.", "ACCUSE"),
    ("the search party was attacked by villagers armed with sticks.", "ACCUSE"),
    # an attack on a record is no armed attack (POLITICAL_TARGETS)
    ("The opposition launched a fierce attack on the minister's track record.", "ASSAULT"),
    ("The senator mounted a blistering attack on the governor's record on crime.", "ASSAULT"),
    # compensation to victims or their kin is relief, no restitution
    ("Compensation was paid to the victims' families.", "RETREAT"),
    ("The government paid compensation to the families of the dead.", "RETREAT"),
    ("the state will pay compensation to the kin of those killed in the stampede.", "RETREAT"),
    # an agreement's content told by an infinitive on its noun (read as a relative clause) is not done
    ("Kyiv and Moscow reached a deal to swap prisoners of war.", "CONCEDE"),
    ("Ukraine and Russia reached a deal to exchange prisoners.", "CONCEDE"),
    # ... or by a purpose infinitive the parser hangs on the verb whose object the agreement is
    ("Armenia and Azerbaijan reached a deal to free 32 detainees each under EU mediation.", "CONCEDE"),
    ("The two sides reached a deal to release 40 prisoners each under Qatari mediation.", "CONCEDE"),
    # what a protest is against, decided or planned, is the grievance (GRIEVANCE_PREPS)
    ("Farmers protested against the plan to impose sanctions on exporters.", "SANCTION"),
    ("Thousands rallied against the decision to suspend the peace talks.", "SANCTION"),
    # an attack named only by its article as the time after which the sentence's state comes is known
    ("Markets remained closed for a second day after the clashes.", "ASSAULT"),
    ("Tension prevailed in the old city after the clashes.", "ASSAULT"),
    # the assault an ultimatum's alternative names is threatened, not done
    ("The commander gave the army 48 hours to leave or face an assault.", "ASSAULT"),
    ("The militia told the villagers to disarm or face an attack.", "ASSAULT"),
    # the act a gerund after "after" tells is what the measure answers (answered_by)
    ("The rebels declared martial law in the province after capturing the city.", "ASSAULT"),
    ("The junta imposed a curfew on the capital after seizing the presidential palace.", "ASSAULT"),
    # the grounds of an arrest told as only alleged are not told as done
    ("Police arrested two youths for allegedly attacking a temple priest.", "ASSAULT"),
    ("Police arrested a shopkeeper for allegedly supplying arms to the militants.", "AID"),
    # the act an inquiry body is "into" is investigated, known (INQUIRY_NOUNS)
    ("The two ministries set up a joint investigation team into the drone incursions.", "ASSAULT"),
    ("Kenya and Somalia formed a joint investigation committee into the border clashes.", "ASSAULT"),
    # hours given to the one expelled are the expulsion's term
    ("The junta expelled the French ambassador and gave him 72 hours to leave.", "THREATEN"),
]

@gives_type_or_not(WORDINGS, NOT_THESE)
def test_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2025-01-15")
    assert_gives_type_or_not(record, event_type, expected)


@pytest.mark.parametrize("text,event_type", [
    # the negated light verb leaves the act told as denied, not dropped
    ("The militants have not carried out a bombing in the capital.", "ASSAULT"),
    ("The insurgents have not launched an offensive this year.", "ASSAULT"),
])
def test_negated_light_verb_denies_its_act(extract, text, event_type):
    record = extract(text, "2025-01-15")
    found = [e.modality for e in record.secondary_events if e.type == event_type]
    assert found == ["denied"], [(e.type, e.trigger, e.modality) for e in record.events + record.secondary_events]


@pytest.mark.parametrize("text,expected", [
    # a vehicle run into a thing by the road or another vehicle: an accident (IMPACT_VERBS, ROADSIDE_THINGS)
    ("a truck rammed into a roadside eatery near the toll plaza, killing four persons.", False),
    ("a speeding car rammed into an electric pole, killing two students.", False),
    ("Three pilgrims were killed when their bus rammed into a stationary truck near Nashik.", False),
    # ... a vehicle driven into people or a checkpoint is an attack
    ("A car rammed into a crowd of protesters, killing three.", True),
    ("A suicide bomber rammed a car into a checkpoint, killing six soldiers.", True),
])
def test_vehicle_run_into_a_thing_is_an_accident(extract, text, expected):
    record = extract(text, "2025-01-15")
    assert ("ASSAULT" in {e.type for e in record.events}) == expected, types_and_triggers(record)
