"""Review of modal34 (rf34m): near-misses written for each of its changes, with the wordings each must still take.
The changes are narrowed where these showed them wrong on main's right outputs:
- a stop (classes.yaml FAILED_STOPS: stop, halt, thwart, foil) tells its act only when its failure is told ("failed
  to halt the massacre"); "could not halt the offensive" is as often an inability still to come ("without air power",
  "without reinforcements"), a plan's ("the attack they planned for next week") or a game's ("the attack by
  Manchester United"), and keeps main's reading;
- a planning verb with a particle builds only the acts of BUILT_ACT_TYPES (AID: "set up a field hospital"); "set up
  talks", "set up a meeting for next week", "planned out the offensive" stay planned;
- an act noun said to be possible (SPECULATIVE_COPULAS) only in the present ("new sanctions look likely"): "the talks
  in Cairo on Sunday were possible because Egypt mediated" told talks held.
Each KEPT case is what main (e5c3fd3) gives but the two hospitals and the two massacres (main: planned; secondary);
each SET_ASIDE case was asserted on main. None is a probe-set or dev sentence."""
import pytest


def current(record) -> set[tuple[str, str]]:
    return {(e.type, e.modality) for e in record.events}


def secondary(record) -> set[tuple[str, str]]:
    return {(e.type, e.modality) for e in record.secondary_events}


SET_ASIDE = [
    # "yet to" on the verb making the police's or an army's act
    ("Investigators are yet to make an arrest over the bombing.", "COERCE", "denied"),
    ("The rebels have yet to launch an attack on the capital.", "ASSAULT", "denied"),
    ("NATO has yet to carry out air strikes against the Serb positions.", "ASSAULT", "denied"),
    # a plan or intent "no" denies
    ("Russia does not have any plans to send troops to Georgia.", "MOBILIZE", "conditional"),
    ("The prime minister said he had no intention of meeting Arafat.", "CONSULT", "conditional"),
    # an act said to be possible, now
    ("An invasion looks imminent, residents said.", "ASSAULT", "conditional"),
    ("New sanctions against Pyongyang look likely.", "SANCTION", "conditional"),
]


@pytest.mark.parametrize("text,event_type,modality", SET_ASIDE)
def test_an_act_not_asserted_is_set_aside(extract, text, event_type, modality):
    record = extract(text)
    assert event_type not in {kind for kind, _ in current(record)}, current(record)
    assert (event_type, modality) in secondary(record), secondary(record)


KEPT = [
    # a built aid act, a told failure to stop
    ("The Red Cross set up a field hospital for the wounded.", "AID", "asserted"),
    ("The Red Cross set up field hospitals near the border.", "AID", "asserted"),
    ("UN peacekeepers failed to halt the killing of civilians in the town.", "ASSAULT", "asserted"),
    ("The peacekeepers failed to halt the massacre of 200 villagers.", "ASSAULT", "asserted"),
    # "yet to" on another act than the one told
    ("Police, who made three arrests on Monday, have yet to charge anyone.", "COERCE", "asserted"),
    ("Police arrested five men on Sunday, but have yet to make any further arrests.", "COERCE", "asserted"),
    # "no plans", "no intention" on someone else's or another act
    ("Police arrested 12 men who, officials said, had no plans to attack anyone.", "COERCE", "asserted"),
    ("Belgrade rejected the peace plan and said it had no intention of withdrawing from Kosovo.", "REJECT", "asserted"),
    ("The militants, who had no plans for a ceasefire, attacked the base at dawn.", "ASSAULT", "asserted"),
    # a possible passive beside a told act
    ("Twelve men were arrested on Sunday and could be charged with treason.", "COERCE", "asserted"),
    ("The aid convoy, which could be seen from the hills, was attacked by gunmen on Monday.", "ASSAULT", "asserted"),
    # possible in the past: it came
    ("The talks in Cairo on Sunday were possible because Egypt mediated.", "CONSULT", "asserted"),
    ("The arrests were possible after a months-long investigation.", "COERCE", "asserted"),
    # arranged, planned: not done
    ("The president set up talks with the rebel leaders.", "CONSULT", "planned"),
    ("Mediators set up a meeting between the two leaders for next week.", "CONSULT", "planned"),
    ("Diplomats set up a summit between the two presidents for next month.", "CONSULT", "planned"),
    ("The generals planned out the offensive for weeks.", "ASSAULT", "planned"),
    # "could not" stop: an inability, a plan's (main: hypothetical)
    ("The commander said his troops could not halt the offensive without reinforcements.", "ASSAULT", "hypothetical"),
    ("Parliament could not stop the proposed talks with the rebels.", "CONSULT", "hypothetical"),
]


@pytest.mark.parametrize("text,event_type,modality", KEPT)
def test_an_act_read_as_main_reads_it(extract, text, event_type, modality):
    record = extract(text)
    assert (event_type, modality) in current(record), (current(record), secondary(record))


@pytest.mark.parametrize("text", [
    "Without air power, the army could not halt the enemy's offensive, the general said.",
    "Rebels said they could not stop the attack they planned for next week.",
    "Police said they could not stop the planned attack on the embassy, of which they had been warned.",
    "Defenders could not stop the attack by Manchester United in the second half.",
])
def test_an_attack_a_stop_could_not_halt_is_not_asserted(extract, text):
    record = extract(text)
    assert ("ASSAULT", "asserted") not in current(record) | secondary(record)
