"""Police force and arrests in Indian English news wording (Times of India style, lower case, 2002),
stop 23: a subject shared by conjoined verbs, ... Each case fails without the change it names."""
import pytest


def types_of(record):
    return [(e.type, e.trigger) for e in record.events]


WORDINGS = [
    # a subject shared by conjoined verbs: the second verb's `subject` condition reads the first's
    ("the police acted swiftly and caught some of them.", "COERCE"),
    ("the police surrounded the house and caught the three accused.", "COERCE"),
]

NOT_THESE = [
    # ... and so does its `not_subject` condition: gunmen bundling people into a van arrest nobody
    ("the gunmen stopped the bus and bundled two passengers into a van.", "COERCE"),
]

CASES = [(text, event_type, True) for text, event_type in WORDINGS] + [
    (text, event_type, False) for text, event_type in NOT_THESE]


@pytest.mark.parametrize("text,event_type,expected", CASES,
                         ids=[f"{'' if want else 'not-'}{t}-{'-'.join(s.split()[1:3])}" for s, t, want in CASES])
def test_indian_police_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert (event_type in {e.type for e in record.events}) == expected, types_of(record)
