"""Clause structure the event stage reads on wire sentences: the act another answers, verbs of
beginning and trying, particles that change a verb's sense, sieges lifted, days of acts to come,
parties described by what they did, and purposes. Each sentence a class of wording from held-out
PLOVER probes (stop 22)."""
import pytest


def types_of(record):
    return sorted({e.type for e in record.events})


@pytest.mark.parametrize("text,answer,answered", [
    ("Belgium cut off military cooperation with Zaire after troops fired on demonstrators.", "SANCTION", "ASSAULT"),
    ("Washington froze assistance to the junta following the army's crackdown on students.", "SANCTION", "COERCE"),
    ("Britain expelled two Russian diplomats after the embassy was bombed.", "SANCTION", "ASSAULT"),
    ("Thousands of students marched in Jakarta after police shot dead four demonstrators.", "PROTEST", "ASSAULT"),
    ("India rushed troops to the border after the clash.", "MOBILIZE", "ASSAULT"),
    ("Arab foreign ministers held an emergency meeting in Cairo after Israel bombed Gaza.", "CONSULT", "ASSAULT"),
    ("The Kyrgyz prime minister stepped down amid opposition protests over the arrest of a lawmaker.", "RETREAT", "PROTEST"),
    ("Washington imposed sanctions on Belgrade in response to the crackdown in Kosovo.", "SANCTION", "COERCE"),
])
def test_the_act_an_answer_of_another_type_follows_is_background(extract, text, answer, answered):
    record = extract(text, "2005-06-01")
    assert types_of(record) == [answer]
    assert any(e.type == answered and e.background for e in record.secondary_events), types_of(record)


@pytest.mark.parametrize("text", [
    "A protester was killed after troops opened fire on the crowd.",
    "Troops killed 12 guerrillas after the rebels attacked an army post.",
])
def test_an_attack_after_an_attack_is_told_with_it(extract, text):
    assert types_of(extract(text, "2005-06-01")) == ["ASSAULT"]


def test_what_happens_as_another_act_is_done_is_told_with_it(extract):
    record = extract("Russian police detained thousands of protesters on Sunday as activists took to the streets "
                     "across the country.", "2005-06-01")
    assert {"COERCE", "PROTEST"} <= set(types_of(record))


def test_an_agreement_keeps_the_concession_that_made_it(extract):
    record = extract("EU ambassadors agreed the package late on Tuesday after Hungary and Slovakia dropped their "
                     "objections in return for assurances on gas supplies, diplomats said.", "2025-05-21")
    assert {"AGREE", "CONCEDE"} <= set(types_of(record))


@pytest.mark.parametrize("text", [
    "The KLA began handing over its weapons to NATO peacekeepers.",
    "Rebel fighters started to pull out of the town.",
])
def test_the_subject_of_a_verb_of_beginning_is_the_acts(extract, text):
    assert types_of(extract(text, "2005-06-01")) == ["RETREAT"]


def test_a_subject_excluded_stays_excluded_through_began(extract):
    assert "RETREAT" not in types_of(extract("Residents began handing over their weapons to police.", "2005-06-01"))


def test_backing_down_is_no_support(extract):
    assert "SUPPORT" not in types_of(extract("The junta backed down on its demand for amnesty.", "2005-06-01"))
    assert types_of(extract("Washington backed the peace plan put forward by Norway.", "2005-06-01")) == ["SUPPORT"]


@pytest.mark.parametrize("text,expected", [
    ("Serb forces lifted their siege of Sarajevo.", "RETREAT"),
    ("The rebels lifted the siege of the town after two months.", "RETREAT"),
    ("The government lifted the state of emergency in the capital.", "CONCEDE"),
    # lex27: a blockade the army holds is military, eased as a siege is (PLOVER RETREAT: ease a military blockade)
    ("The army ended its blockade of the refugee camp on Sunday.", "RETREAT"),
    ("The government lifted the economic blockade on the region.", "CONCEDE"),
])
def test_a_siege_lifted_by_its_force_is_a_retreat(extract, text, expected):
    assert types_of(extract(text, "2005-06-01")) == [expected]


@pytest.mark.parametrize("text,day", [
    ("Israel warned that it would attack Hezbollah positions on Friday.", "2005-06-01"),
    ("Serbia said it would withdraw its troops from Kosovo on Friday.", "2005-06-01"),
    ("Israel warned on Monday that it would attack Hezbollah positions.", "2005-05-30"),
])
def test_the_day_of_an_act_to_come_does_not_date_the_warning_or_promise(extract, text, day):
    record = extract(text, "2005-06-01")  # a Wednesday
    assert [e.date for e in record.events] == [day]


@pytest.mark.parametrize("text,act", [
    ("The Taliban freed 20 Iranian truck drivers captured in the fighting in northern Afghanistan.", "CONCEDE"),
    ("Jordan granted refuge to thousands of Iraqis fleeing the fighting.", "AID"),
    ("The Algerian president granted an amnesty to thousands of Islamic militants who laid down their arms.", "CONCEDE"),
])
def test_a_party_described_by_a_participle_or_as_a_quantity_is_no_new_act(extract, text, act):
    assert types_of(extract(text, "2005-06-01")) == [act]


def test_a_party_described_by_what_it_did_is_no_new_act(extract):
    record = extract("The government granted an amnesty to militants who laid down their arms.", "2005-06-01")
    assert types_of(record) == ["CONCEDE"]
    dated = extract("Police arrested three men who attacked a shopkeeper on Sunday.", "2005-06-01")
    assert "ASSAULT" in types_of(dated)  # a day of its own: told as news


@pytest.mark.parametrize("text,expected", [
    ("The government deployed police to prevent protests in the capital.", ["MOBILIZE"]),
    ("NATO deployed warships to enforce the embargo on Yugoslavia.", ["MOBILIZE"]),
])
def test_a_purpose_is_no_act_done(extract, text, expected):
    assert types_of(extract(text, "2005-06-01")) == expected


@pytest.mark.parametrize("text,visit", [
    ("Blair called on President Assad in Damascus.", True),
    ("Annan called on President Kabila in Kinshasa on Sunday.", True),
    ("The opposition called on the president to resign.", False),
    ("Annan called on both sides to respect the ceasefire.", False),
])
def test_a_call_on_someone_with_no_infinitive_after_it_is_told_apart(pipeline, text, visit):
    from frontwire.extract.triggers import CONDITIONS

    doc = pipeline.nlp(text)
    called = next(t for t in doc if t.lower_ == "called")
    assert CONDITIONS["not_prep_then_to"](called, ["on"]) == visit
    assert CONDITIONS["prep_then_to"](called, ["on"]) == (not visit)


@pytest.mark.parametrize("text,attack", [
    ("Rebels shelled the capital after talks collapsed.", True),
    ("Rebels shelled the capital after the ceasefire collapsed.", True),
    ("Five people were killed after the building collapsed.", False),
])
def test_a_collapse_of_talks_is_no_disaster(extract, text, attack):
    assert ("ASSAULT" in types_of(extract(text, "2005-06-01"))) == attack


def test_protesters_storming_a_building_is_no_storm(extract):
    record = extract("Police opened fire on the crowd after protesters stormed the building.", "2005-06-01")
    assert types_of(record) == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    # an answered act with its own toll or its own day is news in its own right (the second review)
    "India recalled its ambassador after Pakistani troops killed two Indian soldiers along the Line of Control.",
    "Nigeria deployed troops to Plateau state after gunmen killed more than 100 villagers.",
])
def test_an_answered_act_told_with_its_own_toll_stays_news(extract, text):
    record = extract(text, "2005-06-01")
    assert [e for e in record.events if e.type == "ASSAULT" and e.killed]


@pytest.mark.parametrize("text", [
    "Police arrested 12 men who lynched a Muslim trader in Alwar.",
    "Aid workers reached villages attacked by Fulani gunmen in Plateau state.",
])
def test_an_attack_describing_a_party_stays_news_when_it_names_its_doer(extract, text):
    record = extract(text, "2005-06-01")
    assert "ASSAULT" in types_of(record)


@pytest.mark.parametrize("text", [
    "Government troops went on the offensive in the north on Monday.",
    "The destroyer fired a salvo at the incoming drones.",
    "Kurdish rebels have been fighting for their rights in the southeast since 1984.",
])
def test_words_of_debate_blocked_for_politicians_stay_acts_of_armed_forces(extract, text):
    record = extract(text, "2005-06-01")
    assert "ASSAULT" in types_of(record) + sorted({e.type for e in record.secondary_events})


@pytest.mark.parametrize("text", [
    "The supporters stormed out of the hall after the vote.",
    "The workers have been fighting for their rights for years.",
])
def test_words_of_debate_stay_blocked_for_crowds_and_workers(extract, text):
    assert "ASSAULT" not in types_of(extract(text, "2005-06-01"))
