"""Wordings of stop 29's lexicon data (lex29): a pledge to defend another party is SUPPORT (support.yaml, the
other_party condition), and classes of ipe-train's false positives and misses wrong by PLOVER too (figurative
beatings, plans executed, causes fought for, goods banned, a present participle's noun as its doer, "two years
back"). The positives fail on main 42f004f, except those marked as guards of a row's limits, and those kept by
rev29lex's fixes (land fought for with arms, a party beaten, return fire at gunmen), which fail on b6754fc; the
negatives keep the entries' limits."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # a pledge to defend another state, an ally by its title, or to come to its defence
    ("Washington pledged to defend Taiwan.", "SUPPORT"),
    ("France promised to defend Lebanon against any aggression.", "SUPPORT"),
    ("Britain vowed to come to Kyiv's defence.", "SUPPORT"),
    ("Britain came to the defence of Kyiv.", "SUPPORT"),
    ("Britain pledged to come to the defence of Kyiv.", "SUPPORT"),
    ("The US came to Israel's defence.", "SUPPORT"),
    ("Poland pledged to defend its neighbour Lithuania.", "SUPPORT"),
    ("Arafat defended Iraq and Libya.", "SUPPORT"),
    # a present participle's noun does it: a party attacking in words, the police bundling people into a van
    ("When asked about his response to the opposition attacking the centre on the issue, Gupta said he would not "
     "like to answer.", "ACCUSE"),
    ("Security men bundling the journalist into a jeep were seen by witnesses.", "COERCE"),
    # guards of the rows' limits (these give their type on main too): a literal beating taken, a ban on people
    ("The protesters took a severe beating from the police.", "ASSAULT"),
    ("Authorities banned all processions in the city.", "COERCE"),
    # land or a shrine fought for now, with arms or deaths, is a clash
    ("The villagers fought for the land with guns.", "ASSAULT"),
    ("Hindus and Muslims fought for the shrine, leaving six dead.", "ASSAULT"),
    # a party's people beaten by the police
    ("The party took a beating from the police at the rally.", "ASSAULT"),
]

NOT_THESE = [
    # a party defending itself or a place of its own, by arms or in a pledge
    ("Israel pledged to defend itself.", "SUPPORT"),
    ("Ukraine pledged to defend Kyiv.", "SUPPORT"),
    ("Ukraine defended Kyiv against the drone attack.", "SUPPORT"),
    ("The army vowed to defend the city.", "SUPPORT"),
    ("The Russian army vowed to defend Crimea.", "SUPPORT"),
    ("Biden pledged to defend American workers.", "SUPPORT"),
    ("The rebels pledged not to defend Iraq.", "SUPPORT"),
    # the foe it is defended against and the place it is done in are no party acted for
    ("Israel pledged to defend itself against Iran.", "SUPPORT"),
    ("Ukraine promised to defend its territory against Russia.", "SUPPORT"),
    ("Russia pledged to protect Russian citizens in Ukraine.", "SUPPORT"),
    # a leader or a person of no known country, or one of the country defended: no evidence of another party
    ("Zelensky pledged to defend Ukraine to the last man.", "SUPPORT"),
    ("Kenya's president pledged to defend Kenya.", "SUPPORT"),
    ("President Zelensky of Ukraine pledged to defend Ukraine.", "SUPPORT"),
    ("The mayor promised to protect Paris from floods.", "SUPPORT"),
    ("The minister promised to defend his friend in the assembly.", "SUPPORT"),
    ("Kenya's president defended Kenya against the charges.", "SUPPORT"),
    # coming to a state's defence is no visit to it
    ("The United States came to the defence of Israel at the UN.", "CONSULT"),
    ("The lawyer came to the defence of his client.", "SUPPORT"),
    ("The army came to the defence of the city.", "SUPPORT"),
    # a thing takes a beating, plans are executed, a cause is fought for, goods are banned
    ("Gujarat's image has taken a major beating because of the riots.", "ASSAULT"),
    ("The rupee took a beating on the currency market.", "ASSAULT"),
    ("The plans are yet to be executed, a member of the committee said.", "ASSAULT"),
    ("We will fight for our land till the end, the farmers said.", "ASSAULT"),
    ("Some countries in Europe have banned GM crops.", "COERCE"),
    ("The state government banned plastic bags last year.", "COERCE"),
    # a present participle's political noun attacking a party in words
    ("When asked about his response to the opposition attacking the centre on the issue, Gupta said he would not "
     "like to answer.", "ASSAULT"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_lex29_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)


def test_clashes_avoided_did_not_happen(extract):
    record = extract("The VHP went according to its plan and also avoided the bloody clashes.\n", "2002-03-10")
    assert "ASSAULT" not in {e.type for e in record.events}
    assert {e.modality for e in record.secondary_events if e.type == "ASSAULT"} == {"denied"}


def test_years_back_dates_the_act_as_ago(extract):
    # Indian English "two years back": the murder is two years old, background to the report
    record = extract("The mahant was murdered two years back in Ayodhya.\n", "2002-03-10")
    assert "ASSAULT" not in {e.type for e in record.events}
    assert [e.date[:4] for e in record.secondary_events if e.type == "ASSAULT"] == ["2000"]
    assert [e.date for e in extract("The mahant was murdered two days back in Ayodhya.\n", "2002-03-10").events] \
        == ["2002-03-08"]


def test_moved_weeks_back_is_no_ago(extract):
    # "pushed two weeks back" moves the talks by a fortnight: the report's news, dated by the report
    record = extract("Peace talks between India and Pakistan were pushed two weeks back.\n", "2002-03-10")
    assert [e.date for e in record.events if e.type == "CONSULT"] == ["2002-03-10"]


@gives_type_or_not([("The police fired back at the mob.", "ASSAULT"),
                    ("The militants fired on the patrol and the soldiers fired back.", "ASSAULT"),
                    ("The rebel leader fired back at the troops.", "ASSAULT"),
                    ("The police chief fired back at the gunmen.", "ASSAULT"),
                    # return fire at an armed group or attackers, whoever fires it
                    ("The activist shot back at the gunmen.", "ASSAULT"),
                    ("The MP fired back at the attackers.", "ASSAULT")],
                   [("The acharya shot back as the officials present at the scene looked on.", "ASSAULT"),
                    ("The minister hit back at the opposition over the remarks.", "ASSAULT")])
def test_a_retort_is_no_shot(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2002-03-10"), event_type, expected)
