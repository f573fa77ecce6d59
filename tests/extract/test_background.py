"""frontwire.extract.background: what is no new event of the story."""
from frontwire.extract.background import cumulative_cues


def test_the_running_total_pattern_finds_its_phrases_whatever_their_first_letter():
    assert cumulative_cues("The death toll now stands at 667, officials said.")
    assert cumulative_cues("Attacks have claimed over 250 lives since the war began.")
    assert cumulative_cues("Cumulative losses have mounted to 3,000 tanks.")
    assert not cumulative_cues("Russian drones struck a power plant in Kharkiv overnight.")
