"""Stop 31 (jfix31): an act in a question a speaker leaves open ("did not specify if the brigades would
pull out") is told neither way. Each case in the first list fails without the change; the second guards
its limit (acts told beside such a question, or a question about an act presumed told)."""
from wordings import assert_gives_type_or_not, gives_type_or_not

QUESTIONS_LEFT_OPEN = [
    # modality.modality_of: a whether/if clause under a negated classes.yaml ANSWERING_VERBS verb
    ("The defence ministry did not specify if its brigades would pull out of the enclave before winter.", "RETREAT"),
    ("Union leaders have not indicated whether they will accept the government's wage offer.", "AGREE"),
    ("The interior ministry did not explain whether the police would detain the strike leaders.", "COERCE"),
    ("The rebels accepted the truce on Sunday, but did not reveal whether they would disarm.", "RETREAT"),
]

ACTS_TOLD_BESIDE_A_QUESTION = [
    ("The rebels accepted the truce on Sunday, but did not reveal whether they would disarm.", "AGREE"),
    ("The brigade pulled out of the enclave, the ministry said, without specifying if it would come back.", "RETREAT"),
    ("Both capitals confirmed that the two sides had accepted the ceasefire plan.", "AGREE"),
    ("The palace disclosed on Monday that the king had signed the peace accord.", "AGREE"),
    ("The interior ministry said police detained the strike leaders before dawn.", "COERCE"),
    ("The union did not reveal why it accepted the wage offer, but its leader welcomed the terms.", "AGREE"),
    ("The ministry did not specify when the brigades withdrew from the enclave.", "RETREAT"),
    ("Police detained nine men, though it is unclear whether for the riot or for looting.", "COERCE"),
    ("Union leaders accepted the government's wage offer after a night of talks, the ministry confirmed.", "AGREE"),
    ("Officials did not say how many troops remained after the battalion withdrew from the valley.", "RETREAT"),
    ("It is not clear whether police detained the men for the riot or for the theft.", "COERCE"),
    # modality._told_act_weighed: a past act on a definite object is told; the question weighs its reason
    ("The police did not say whether they detained the strike leaders for the riot or for the looting.", "COERCE"),
    ("The ministry did not disclose whether police arrested the editor for the cartoon or for his reporting.", "COERCE"),
]


@gives_type_or_not(ACTS_TOLD_BESIDE_A_QUESTION, QUESTIONS_LEFT_OPEN)
def test_an_act_in_an_open_question_is_not_told(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)
