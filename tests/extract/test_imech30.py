"""Stop 30 (imech30): event mechanisms held-out set i showed (a conditional coercive act said is a
threat; a cause, charge or purpose is no event of the story; a rule a relative clause states is no
act; a second verb after an infinitive is told; two parse repairs). Each case fails without the
change its comment names, or guards that change's limit."""
from wordings import assert_gives_type_or_not, gives_type_or_not

CONDITIONAL_THREATS = [
    # modality.threatens_in_statement, classes.yaml CONDITIONAL_THREAT_TYPES: a coercive act the
    # speaker says it would do on a condition about another party is its threat
    ("The interior ministry said it would expel the ambassador if Oslo hosted the rebel leaders.", "THREATEN"),
    ("Police said they would arrest the organisers if the rally went ahead.", "THREATEN"),
    # ... under a governor's modal ("would not hesitate to"), the condition on the act
    ("The defence minister said he would not hesitate to deploy troops to the enclave if Armenians were harmed.", "THREATEN"),
]

NO_CONDITIONAL_THREATS = [
    # modality._demand_on_another: a condition that asks nothing of any party
    ("The defence minister said they would deploy troops to the islands if the weather allowed.", "THREATEN"),
    # ... nor one on the speaker itself
    ("The minister said they would deploy troops to the coast if they were asked.", "THREATEN"),
    # a non-coercive act on a condition is no threat (CONSULT is no CONDITIONAL_THREAT_TYPES)
    ("The president said he would meet the rebel leaders if the talks resumed.", "THREATEN"),
    # another party's act, as analysts tell it, is not the speaker's threat
    ("Analysts said the army would deploy troops if the militants attacked.", "THREATEN"),
]


@gives_type_or_not(CONDITIONAL_THREATS, NO_CONDITIONAL_THREATS)
def test_a_coercive_act_said_on_a_condition_is_a_threat(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)
