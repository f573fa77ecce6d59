"""Loading the model: the matrix backend and the fast stand-ins are in place."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from frontwire.errors import FrontwireError
from frontwire.nlp import load_model, matrix_backend
from frontwire.nlp.model import BLAS_THREAD_VARIABLES


def test_the_loaded_model_multiplies_through_numpy_and_runs_the_fast_components():
    nlp = load_model()
    ner_layers = list(nlp.get_pipe("ner").model.walk())
    assert any(layer.ops.name == "numpy" and not layer.ops.use_blis for layer in ner_layers)
    tok2vec_layers = list(nlp.get_pipe("tok2vec").model.walk())
    assert all(not layer.ops.use_blis for layer in tok2vec_layers)
    assert {"frontwire_attributes", "frontwire_lemmas"} <= set(nlp.pipe_names)
    doc = nlp("Russian forces shelled the villages on Friday, officials said.")
    assert [t.lemma_ for t in doc][:4] == ["russian", "force", "shell", "the"]


def test_the_model_lemmatises_regular_verbs_to_their_own_base_form():
    # spaCy 3.8.8+ wheels strip a final e as if it were part of the ending (hopes -> hop): the
    # event and quote lexicons are written in real base forms.
    doc = load_model()("The minister hopes the truce holds. The firm was fined after officials rated "
                       "the damage; shaming the ministry, the report shines a light on it.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert [lemmas[w] for w in ("hopes", "fined", "rated", "shaming", "shines")] == [
        "hope", "fine", "rate", "shame", "shine"]


def test_bases_and_taxes_are_read_as_the_plurals_of_base_and_tax():
    # The model's exceptions list basis and taxis as well and put them first; a lexicon row naming base or
    # tax missed "handed over two bases", "refused to pay taxes". A singular basis stays basis.
    doc = load_model()("The militia handed over two bases and stopped collecting taxes on a weekly basis.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert [lemmas[w] for w in ("bases", "taxes", "basis")] == ["base", "tax", "basis"]


def test_blas_runs_one_thread_per_process():
    from threadpoolctl import threadpool_info

    load_model()
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)


def test_a_blas_library_loaded_after_the_model_runs_one_thread_too():
    # scipy.linalg brings its own OpenBLAS (datasketch loads it when duplicates are collapsed);
    # in a fresh process, so that the library is loaded after the model, as in a batch worker.
    probe = (
        "from frontwire.nlp.model import load_model\n"
        "from threadpoolctl import threadpool_info\n"
        "load_model()\n"
        "import scipy.linalg\n"
        "print(sorted({p['num_threads'] for p in threadpool_info() if p['user_api'] == 'blas'}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in BLAS_THREAD_VARIABLES}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[1]"


def test_an_unknown_matrix_backend_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("FRONTWIRE_MATRIX", "gpu")
    with pytest.raises(FrontwireError, match="FRONTWIRE_MATRIX='gpu'.*numpy, blis"):
        matrix_backend()
    monkeypatch.setenv("FRONTWIRE_MATRIX", "blis")
    assert matrix_backend() == "blis"


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_model()(text).sents]


def test_a_line_break_or_a_footnote_marker_ends_a_sentence():
    # (the parser alone runs both pairs together)
    assert _sentences("Troops advanced near the river\nResidents fled the town on Monday.") \
        == ["Troops advanced near the river", "Residents fled the town on Monday."]
    assert _sentences("The unit withdrew from the village.[5] Saratov Oblast officials gave no figures.")[-1] \
        == "Saratov Oblast officials gave no figures."


def test_a_wire_dateline_is_cut_off_from_the_lede_it_opens():
    # The parser read "KYIV" as the subject of "released" and left Russia and Ukraine unattached.
    assert _sentences("KYIV, Oct 2 (Reuters) - Russia and Ukraine each released 185 prisoners of war.")[-1] \
        == "Russia and Ukraine each released 185 prisoners of war."
    assert _sentences("Headline\nTBILISI -- Police in Georgia detained at least 37 people.")[-1] \
        == "Police in Georgia detained at least 37 people."
    assert _sentences("NEW DELHI: Police arrested five men on Friday.")[-1] == "Police arrested five men on Friday."


def test_a_dateline_with_a_hyphenated_city_or_an_agency_before_its_colon_is_cut_off():
    assert _sentences("DEIR AL-BALAH, Gaza Strip (AP) — Israeli strikes killed at least 12 people overnight.")[-1] \
        == "Israeli strikes killed at least 12 people overnight."
    assert _sentences("PORT-AU-PRINCE, Haiti (AP) — Gangs attacked a police station in the capital.")[-1] \
        == "Gangs attacked a police station in the capital."
    assert _sentences("NEW DELHI (PTI): The police arrested five men on Friday.")[-1] \
        == "The police arrested five men on Friday."


def test_a_hyphen_inside_a_word_or_a_headline_label_is_no_dateline():
    assert _sentences("US-led forces struck Mosul on Friday.") == ["US-led forces struck Mosul on Friday."]
    assert len(_sentences("Pence: Flowers won't be at the debate.")) == 1


def test_a_title_before_a_name_or_a_glossed_acronym_is_no_dateline():
    assert len(_sentences("US President Donald Trump — who has pushed for a quick ceasefire — said he would "
                          "impose sanctions.")) == 1
    assert len(_sentences("ISIS - also known as Daesh - claimed the attack.")) == 1
    assert _sentences("GAZA CITY (AP) — Israeli airstrikes killed at least 17 people.")[-1] == \
        "Israeli airstrikes killed at least 17 people."


def test_initials_alone_before_a_dash_open_a_headline_not_a_dateline():
    assert len(_sentences("US - China trade talks collapse as tariffs rise.")) == 1
    assert len(_sentences("UN: Aid convoys reached the city on Monday.")) == 1
    assert len(_sentences("US-CHINA TALKS - Beijing said on Monday it would cut tariffs.")) == 1
    assert len(_sentences("ISRAEL-HAMAS WAR: Israeli strikes killed 20 people in Gaza on Monday.")) == 1
    assert len(_sentences("RUSSIA-UKRAINE WAR - Russia launched 40 drones overnight, officials said.")) == 1


# Three 8 MB buffers made and freed together, as a batch's arrays are, five times over; the
# minor page faults of the last four rounds. glibc's defaults hand the freed heap back, so each
# round faults its 6,000 pages in again.
_REUSE_PROBE = """
import resource, sys
from frontwire.nlp.model import _keep_freed_memory
if sys.argv[1] == "kept":
    assert _keep_freed_memory()
def batch():
    buffers = [bytearray(8 << 20) for _ in range(3)]
    del buffers
batch()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(4):
    batch()
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults_of_freed_buffers(mode: str) -> int:
    out = subprocess.run([sys.executable, "-c", _REUSE_PROBE, mode], capture_output=True, text=True, check=True)
    return int(out.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_the_model_process_reuses_freed_array_memory_instead_of_faulting_it_in_again():
    assert _faults_of_freed_buffers("default") > 4 * 3000
    assert _faults_of_freed_buffers("kept") < 200


def test_a_hyphenated_lexicon_word_in_title_case_is_one_token_in_prose_too(pipeline):
    # keep_words_whole adds each part capitalised for headlines; the special cases hold in any text
    doc = pipeline.nlp("Traders held a Sit-In outside the Cross-Border Trade Authority, State-Run radio said.")
    words = {t.text for t in doc}
    assert {"Sit-In", "Cross-Border", "State-Run"} <= words
