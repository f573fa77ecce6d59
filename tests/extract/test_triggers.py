"""The event lexicon (extract/lexicon/*.yaml) read by extract/triggers.py: classes of wording per
PLOVER type, and the general mechanisms that decide which of two triggers in a sentence is the act."""
from __future__ import annotations

import pytest


def types_of(record) -> set[str]:
    return {e.type for e in record.events}


# (sentence, type it must give, type it must not give)
RETREAT_AND_ITS_NEIGHBOURS = [
    # a withdrawal named is one when something makes it happen, not when it is talked about
    ("Rebel commanders said their fighters had completed their withdrawal from the town.", "RETREAT", None),
    ("Negotiators remained divided over the withdrawal of troops from the border areas.", None, "RETREAT"),
    # withdrawing a mission (envoys, monitors, aid workers) reduces relations; announcing it threatens
    ("Germany withdrew its election monitors from the country on Friday.", "SANCTION", "RETREAT"),
    ("The agency said it will pull out its aid workers from the province.", "THREATEN", "RETREAT"),
    # yielding said to come is a promise, announced the concession made (hdata29: the codebook's example), on a
    # condition a threat
    ("Moscow said that it would withdraw its troops from the border region.", "AGREE", "RETREAT"),
    ("Moscow announced that it would withdraw its troops from the border region.", "CONCEDE", "RETREAT"),
    ("Ankara said it will withdraw its troops from the enclave unless the militia disarms within a week.",
     "THREATEN", "AGREE"),
    # opening a border to people in flight is taking them in
    ("Turkey opened its border to Syrian refugees fleeing the fighting in Idlib.", "AID", "RETREAT"),
]


@pytest.mark.parametrize("text,wanted,unwanted", RETREAT_AND_ITS_NEIGHBOURS,
                         ids=[c[0].split()[0] + "-" + str(c[1] or "no-" + c[2]) for c in RETREAT_AND_ITS_NEIGHBOURS])
def test_retreat_and_the_types_beside_it(extract, text, wanted, unwanted):
    found = types_of(extract(text, "2025-05-14"))
    if wanted:
        assert wanted in found, found
    if unwanted:
        assert unwanted not in found, found


def test_what_an_agreement_is_about_is_not_a_second_event(extract):
    found = types_of(extract("The rebels agreed to withdraw their fighters from the city by Sunday.", "2025-05-14"))
    assert found == {"AGREE"}, found


def test_an_act_coordinated_with_an_accusation_is_its_own_event(extract):
    found = types_of(extract("The interior minister has been charged with corruption and will resign.", "2025-05-14"))
    assert found >= {"ACCUSE", "RETREAT"}, found


def test_offered_troops_are_an_offer(extract):
    found = types_of(extract("Syria has offered its troops to the new government to help restore order.", "2025-05-14"))
    assert "AGREE" in found, found


def test_a_date_in_a_clause_on_another_verb_does_not_date_the_event(extract):
    record = extract("The government said on Monday it had paid compensation to villagers whose homes were "
                     "destroyed when the army shelled the village in 2014.", "2025-05-14")
    payments = [e for e in record.events if e.type == "RETREAT"]
    assert payments and not payments[0].background and payments[0].date == "2025-05-12"


def test_not_clause_mark_is_a_documented_condition():
    from frontwire.extract import triggers as T

    assert "not_clause_mark" in T.CONDITIONS
    readme = (T.LEXICON / "README.md").read_text()
    assert all(f"`{name}" in readme for name in T.CONDITIONS), [n for n in T.CONDITIONS if f"`{n}" not in readme]


# -- the same vocabulary serves crosscheck ---------------------------------------------------------
def test_crosscheck_cues_are_every_form_of_the_lexicons_words():
    from frontwire.crosscheck.reports import cues

    ground, strike = cues()["ground"], cues()["strike"]
    assert ground.search("Russian troops took control of the village on Monday")
    assert ground.search("Ukrainian units withdrew from two villages east of Pokrovsk")
    assert ground.search("the army said it had liberated the town")
    # a name is no claim: "Sudan People's Liberation Movement" liberates nothing
    assert not ground.search("the Sudan People's Liberation Movement-in Opposition said")
    # the war named in passing claims no movement on the front
    assert not ground.search("dozens of exchanges since Moscow's full-scale invasion in February 2022")
    assert strike.search("Russian forces pounded Kharkiv overnight") and strike.search("two glide bombs hit the town")


def test_crosscheck_reads_subtypes_of_irregular_and_unlisted_forms():
    from frontwire.crosscheck.reports import subtype_of
    from frontwire.models import Event

    def read_back(event_type: str, trigger: str) -> str | None:
        return subtype_of(Event(type=event_type, evidence="", trigger=trigger, start=0, end=0))

    assert read_back("RETREAT", "withdrew") == "withdrawal"
    assert read_back("CONSULT", "met") == "meeting"
    assert read_back("ASSAULT", "Airstrikes") == "strike"


def test_a_mission_shipped_out_is_withdrawn(extract):
    found = types_of(extract("Eighty UN peacekeepers were shipped out of the enclave on Friday.", "2025-05-14"))
    assert "SANCTION" in found, found


def test_a_demand_on_forces_named_by_their_countries(extract):
    record = extract("The Red Cross said US and British forces must ensure security in the city.", "2025-05-14")
    assert "REQUEST" in types_of(record)


def test_a_date_in_a_clause_on_a_noun_that_is_no_participant_is_its_own(extract):
    record = extract("A Saudi businessman is suing the United States for damages to his plant which were "
                     "caused by a missile attack in August 2024, his lawyer said.", "2025-05-14")
    suits = [e for e in record.events if e.type == "ACCUSE"]
    assert suits and not suits[0].background


def test_what_an_endorsement_defends_is_not_a_second_event(extract):
    found = types_of(extract("The United States on Thursday defended the right of Israeli troops to fire on "
                             "militants in Gaza.", "2025-05-14"))
    assert "SUPPORT" in found and "ASSAULT" not in found, found


def test_leaving_a_treaty_is_a_refusal_not_a_retreat(extract):
    found = types_of(extract("The United States formally withdrew from a landmark nuclear missile pact with Russia "
                             "on Thursday.", "2025-05-14"))
    assert "REJECT" in found and "RETREAT" not in found, found


def test_may_match_rules_out_only_words_match_rules_out(pipeline):
    """run() builds a Token only for words may_match_at lets through: it must never drop a trigger."""
    from frontwire.extract.triggers import match, may_match_at
    from frontwire.nlp.tokens import tokens_of

    doc = pipeline.nlp("Russian attack drones struck Odesa on Monday, and the wounded were taken to hospital "
                       "after officials said talks would resume unless the shelling continued. Europe will "
                       "trigger the mechanism unless Iran complies.")
    table = tokens_of(doc)
    triggers = [t.i for t in doc if match(t) is not None]
    assert triggers  # real triggers in the sentence
    assert all(may_match_at(table, i) for i in triggers)
    attack = [t for t in doc if t.text == "attack"][0]
    assert attack.dep_ == "compound" and not may_match_at(table, attack.i)  # "attack drones"
    # a verb no entry names is tried only against the '*' entries, which all ask for will/would
    trigger = [t for t in doc if t.text == "trigger"][0]
    assert may_match_at(table, trigger.i) and match(trigger) == ("THREATEN", "ultimatum")
    complies = [t for t in doc if t.text == "complies"][0]
    assert not may_match_at(table, complies.i)


def test_the_patient_of_a_passive_clause_or_bare_participle_is_its_object():
    from frontwire.extract.triggers import object_lemmas
    from frontwire.nlp.model import load_model

    nlp = load_model()
    doc = nlp("The floods forced 1,141 people to be evacuated from three districts.")
    assert "people" in object_lemmas(next(t for t in doc if t.text == "evacuated"))
    doc = nlp("Scores were injured in the disaster, with some 6,800 people evacuated to temporary shelters.")
    assert "people" in object_lemmas(next(t for t in doc if t.text == "evacuated"))


def test_an_alternation_matches_its_words_as_written_longest_first():
    import re

    from frontwire.extract.triggers import alternation, verb_forms

    pattern = re.compile(rf"(?:{alternation(['u.s.', 'u.s. army', 'a+b'])})$")
    assert pattern.match("u.s. army") and pattern.match("a+b")
    assert not pattern.match("uxsx") and not pattern.match("aab")  # "." and "+" are no metacharacters here
    assert verb_forms(["say", "write"], ("VBD", "VBZ")) == {"said", "says", "wrote", "writes"}
