"""The shape the event-wording tables share (test_event_lexicon, test_ipe22, test_ipe23, test_lex24,
test_fix24): sentences that must give a PLOVER type and look-alikes that must not, one test case
each, failing with the events the sentence did give."""
import re

import pytest


def types_and_triggers(record) -> list[tuple[str, str]]:
    """What a failed assertion shows: each event's type and trigger word."""
    return [(e.type, e.trigger) for e in record.events]


def gives_type_or_not(wordings: list[tuple[str, str]], not_these: list[tuple[str, str]]):
    """A parametrize mark over (text, event_type, expected): `wordings` expected True, `not_these` False,
    named by the type and the sentence's second and third words."""
    cases = [(text, event_type, True) for text, event_type in wordings] + [
        (text, event_type, False) for text, event_type in not_these]
    return pytest.mark.parametrize("text,event_type,expected", cases,
                                   ids=[f"{'' if want else 'not-'}{t}-{'-'.join(s.split()[1:3])}" for s, t, want in cases])


def assert_gives_type_or_not(record, event_type: str, expected: bool) -> None:
    assert (event_type in {e.type for e in record.events}) == expected, types_and_triggers(record)


def asserted_types(record) -> set[str]:
    """The types of the events the record asserts: a planned, hypothetical or denied event is marked by design,
    and is neither a hit for a wording nor a wrong output on a look-alike."""
    return {e.type for e in record.events if e.modality == "asserted"}


def assert_asserts_type_or_not(record, event_type: str, expected: bool) -> None:
    """assert_gives_type_or_not over asserted events only; a failure shows each event's modality too."""
    assert (event_type in asserted_types(record)) == expected, [
        (e.type, e.trigger, e.modality) for e in record.events]


def blanked_copies(sentence: str) -> list[str]:
    """The sentence with each run of one to four words blanked by spaces (offsets kept), as the events
    stage blanks other clauses, and victims told elsewhere, out before it reads dates and figures; and the
    sentence itself. The events stage's gates (dates.may_name_a_time, quantities.may_hold_figures) must
    hold for every such copy."""
    spans = [m.span() for m in re.finditer(r"\S+", sentence)]
    copies = [sentence]
    for first in range(len(spans)):
        for last in range(first, min(first + 4, len(spans))):
            left, right = spans[first][0], spans[last][1]
            copies.append(sentence[:left] + " " * (right - left) + sentence[right:])
    return copies
