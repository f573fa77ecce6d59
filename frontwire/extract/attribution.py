"""A trained attribution tagger: source, cue and content spans of reported speech.

A linear-chain CRF (trained with CRFsuite through python-crfsuite; its weights read and
decoded in numpy by crfmodel.py, with CRFsuite's arithmetic) tags each paragraph's tokens with
B/I-SOURCE, B/I-CUE, B/I-CONTENT or O, from features of the spaCy parse the pipeline has
already made (lemma, part of speech, dependency, the path to the nearest cue word, whether a
token stands inside quotation marks). It was trained on the PolNeAR train split
(`training/train_attribution.py`; what, how and its scores: data/attribution/DATA_CARD.md).
Why a CRF over the parse and not a second neural network: the parse is already paid for, so
tagging costs a few milliseconds per article.

The tagger finds spans; `link` groups them into attributions: every content span goes to the
nearest cue of its paragraph, so a quote interrupted by its cue ('"A," X said. "B."') is one
attribution with one source.

The model is chosen by FRONTWIRE_QUOTE_MODEL: unset for the packaged model, a path to
another CRFsuite model trained by the script, or `rules` for the hand-written extractor only.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from frontwire.errors import FrontwireError
from frontwire.extract.crfmodel import CrfWeights, ModelFormatError
from frontwire.extract.quotespans import QuoteSpan
from frontwire.nlp.model import component_model
from frontwire.nlp.text import text_of
from frontwire.nlp.tokens import Tokens, tokens_of

DATA = Path(__file__).with_name("data") / "attribution"
DEFAULT_MODEL = DATA / "attribution.crfsuite"
CUE_LEXICON = DATA / "cue_lemmas.tsv"
SPEECH_CUES = "speech_cues.tsv"
ROLES = ("SOURCE", "CUE", "CONTENT")
CUE_POS = {"VERB", "NOUN", "AUX", "ADP"}  # parts of speech a cue word governing a token may have
MAX_PATH = 4
CLAUSE_STOPS = {",", ";", "—", "–", "--"}  # punctuation at which a tagged reported clause may end
WORD = re.compile(r"[a-z]+")  # dependency steps up to the nearest cue word that still count as "governed by" it


def load_words(path: Path = CUE_LEXICON) -> frozenset[str]:
    """The words of a lexicon file (one per line, `word<TAB>count`, '#' comments)."""
    lemmas = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lemmas.add(line.split("\t")[0])
    return frozenset(lemmas)


# -- features ---------------------------------------------------------------------------------

def _shape(text: str) -> str:
    if text.isupper() and len(text) > 1:
        return "UPPER"
    if text[:1].isupper():
        return "Title"
    if text.islower():
        return "lower"
    if any(c.isdigit() for c in text):
        return "digit"
    return "other"


def _inside_marks(starts: list[int], spans: list[QuoteSpan]) -> list[str]:
    """For each token (`starts`: the tokens' character offsets): 'open'/'close' for a quotation
    mark of a span, 'in' inside one, '' else."""
    where = [""] * len(starts)

    def token_at(char: int) -> int:
        return max(bisect.bisect_right(starts, char) - 1, 0)

    for span in spans:
        first, last = token_at(span.start), token_at(max(span.end - 1, span.start))
        for i in range(first, last + 1):
            where[i] = where[i] or "in"
        if starts:
            where[token_at(span.open_at)] = "open"
            if span.closed:
                where[token_at(span.close_at - 1)] = "close"
    return where


@dataclass(frozen=True)
class _Tokens(Tokens):
    """The shared token table (`tokens_of`) as the features read it: the lemma in lower case, and
    the entity tag as one string ('B' + 'PERSON')."""

    ent: list[str]

    @classmethod
    def of(cls, doc) -> "_Tokens":
        t = tokens_of(doc)
        columns = {column.name: getattr(t, column.name) for column in fields(Tokens)}
        columns["lemma"] = [lemma.lower() for lemma in t.lemma]
        return cls(**columns, ent=[iob + kind for iob, kind in zip(t.ent_iob, t.ent_type)])


def _cue_path(tokens: _Tokens, i: int, cues: frozenset[str]) -> tuple[str, int, str]:
    """The dependency label by which token `i`'s branch hangs on its nearest cue ancestor, how
    many steps up that cue is, and the cue's lemma ('nsubj', 1, 'say' for the subject of 'said';
    'ccomp', 3 inside the reported clause); ('', 0, '') when no cue governs it within MAX_PATH steps."""
    node, steps = i, 0
    while steps < MAX_PATH and tokens.head[node] != node:
        child, node = node, tokens.head[node]
        steps += 1
        if tokens.lemma[node] in cues and tokens.pos[node] in CUE_POS:
            return tokens.dep[child], steps, tokens.lemma[node]
    return "", 0, ""


def _nearest_cue(cue_positions: list[int], i: int) -> str:
    """Where the nearest cue word of the sentence is, in buckets of distance ('before2-3': a cue
    two or three tokens after this one); the earlier of two equally near."""
    if not cue_positions:
        return "none"
    at = bisect.bisect_left(cue_positions, i)  # the first cue at or after i; the one before it is nearer on a tie
    if at < len(cue_positions) and (at == 0 or cue_positions[at] - i < i - cue_positions[at - 1]):
        distance = cue_positions[at] - i
    else:
        distance = cue_positions[at - 1] - i
    if distance == 0:
        return "at"
    side = "before" if distance > 0 else "after"  # the cue comes after / before this token
    size = abs(distance)
    bucket = "1" if size == 1 else "2-3" if size <= 3 else "4-8" if size <= 8 else "far"
    return f"{side}{bucket}"


# The `near=` feature by the signed distance to the nearest cue, clamped to [-9, 9] (past 8 all
# are "far"), and by None when the sentence has no cue: `_near_column` looks it up rather than
# calling `_nearest_cue` for every token.
NEAR_NAMES = {None: "near=none", **{d: f"near={_nearest_cue([0], -d)}" for d in range(-9, 10)}}


def _near_column(cue_positions: dict[int, list[int]], sent_start: list[int], start: int, end: int,
                 names: dict[int | None, object] = NEAR_NAMES) -> list:
    """The `near=` feature (`_nearest_cue`) of each token of [start, end), as `names` (a
    replacement of NEAR_NAMES) calls it."""
    out = []
    none = names[None]
    for i in range(start, end):
        cues = cue_positions.get(sent_start[i])
        if not cues:
            out.append(none)
            continue
        at = bisect.bisect_left(cues, i)  # as in _nearest_cue: the earlier of two equally near
        if at < len(cues) and (at == 0 or cues[at] - i < i - cues[at - 1]):
            distance = cues[at] - i
        else:
            distance = cues[at - 1] - i
        out.append(names[max(-9, min(9, distance))])
    return out


CACHE_LIMIT = 20_000  # feature names kept per kind (some 3 MB each at most); past that the kind's cache starts again


class _Named(dict):
    """Feature names by the value they name ('the' -> 'w=the'), made on first use by `make`
    and kept across documents: most values recur (words, tags, labels), and looking a name up
    costs a third of building it; `token_features` gives some 13,000 per article."""

    def __init__(self, make):
        super().__init__()
        self.make = make

    def __missing__(self, value):
        if len(self) >= CACHE_LIMIT:
            self.clear()
        name = self[value] = self.make(value)
        return name


class _FeatureNames:
    """The caches of feature names for one cue lexicon (`cuelex`, `hcue` and the path depend
    on it). Each attribute is the lookup of one kind of feature: `names.w('the')` -> 'w=the'.

    With a model's attribute `index`, a feature is named by its row there instead of its string
    (`unknown` for a string the model never saw): what the tagger scores with (`CrfWeights`)."""

    def __init__(self, cues: frozenset[str], index: dict[str, int] | None = None, unknown: int = -1):
        self.cues = cues
        name = (lambda feature: feature) if index is None else (lambda feature: index.get(feature, unknown))

        def prefixed(prefix: str):
            return _Named(lambda value: name(prefix + value)).__getitem__

        def flag(kind: str, test):
            return _Named(lambda value: name(f"{kind}={test(value)}")).__getitem__

        self.bias = name("bias")
        self.w, self.lemma, self.pos, self.tag, self.dep, self.ent, self.q, self.hlemma, self.hpos = (
            prefixed(f"{kind}=") for kind in ("w", "lemma", "pos", "tag", "dep", "ent", "q", "hlemma", "hpos"))
        self.shape = _Named(lambda text: name(f"shape={_shape(text)}")).__getitem__
        self.cuelex = flag("cuelex", lambda lemma: lemma in cues)
        self.hcue = flag("hcue", lambda lemma: lemma in cues)
        self.dep_h = _Named(lambda pair: name(f"dep_h={pair[0]}>{pair[1]}")).__getitem__
        # where a column holds no feature for a token: None (left out of its row), or `unknown`
        # (a row of zeros, which adds nothing to a score)
        self.absent = None if index is None else unknown
        # by _cue_path's (label, steps, cue lemma); a token no cue governs has no path_cue
        self.path = _Named(lambda path: name(f"path={path[0]}")).__getitem__
        self.path_steps = _Named(lambda path: name(f"path_steps={path[0]}{min(path[1], 3)}")).__getitem__
        self.path_cue = _Named(lambda path: name(f"path_cue={path[0]}>{path[2]}") if path[0] else self.absent).__getitem__
        self.near = {distance: name(feature) for distance, feature in NEAR_NAMES.items()}
        # by whether the token starts / ends its sentence, stands on the first line
        self.sstart, self.send, self.line0 = ((name(f"{kind}=False"), name(f"{kind}=True"))
                                              for kind in ("sstart", "send", "line0"))
        # by offset: the lemma, part of speech, dependency and quotation mark of the neighbour there
        self.window = {offset: tuple(prefixed(f"{offset}:{kind}=") for kind in ("lemma", "pos", "dep", "q"))
                       for offset in WINDOW}
        self.edge = {offset: name(f"{offset}:edge") for offset in WINDOW}


@lru_cache(maxsize=4)
def _feature_names(cues: frozenset[str]) -> _FeatureNames:
    return _FeatureNames(cues)


WINDOW = (-2, -1, 1, 2)  # the neighbours whose features a token's row holds


def _window_columns(t: _Tokens, marks: list[str], names: _FeatureNames, offset: int,
                    start: int, end: int) -> list[list]:
    """For the tokens [start, end): the features of each one's neighbour at i + `offset`, a
    column each ('-1:lemma=say', '-1:pos=VERB', '-1:dep=ROOT', '-1:q='); past the doc's edge the
    one feature '-1:edge' (in the first column; the others hold no feature there)."""
    n = len(t.lemma)
    low, high = start + offset, end + offset  # the neighbours' positions, [low, high)
    first, last = max(low, 0), max(min(high, n), 0)  # those inside the doc, [first, last)
    before, after = max(min(high, 0) - low, 0), max(high - max(n, low), 0)  # how many neighbours past either edge
    return [[*[edge] * before, *map(name, values[first:last]), *[edge] * after]
            for name, values, edge in zip(names.window[offset], (t.lemma, t.pos, t.dep, marks),
                                          (names.edge[offset], names.absent, names.absent, names.absent))]


def _range_columns(t: _Tokens, marks: list[str], names: _FeatureNames, cue_positions: dict[int, list[int]],
                   first_line_end: int, start: int, end: int) -> list[list]:
    """The features of the tokens [start, end) as columns, one kind of feature each, in the order
    of a token's row; built from slices of the table through the caches of `names`. The `path_cue`
    column (the 21st) and the neighbours' past the doc's edge hold `names.absent` where a token has
    no such feature."""
    positions = range(start, end)
    heads = t.head[start:end]
    hlemma = list(map(t.lemma.__getitem__, heads))
    paths = [_cue_path(t, i, names.cues) for i in positions]
    sstart, send, line0 = names.sstart, names.send, names.line0
    return [
        [names.bias] * len(positions), [*map(names.w, t.lower[start:end])], [*map(names.lemma, t.lemma[start:end])],
        [*map(names.pos, t.pos[start:end])], [*map(names.tag, t.tag[start:end])], [*map(names.dep, t.dep[start:end])],
        [*map(names.shape, t.text[start:end])], [*map(names.ent, t.ent[start:end])], [*map(names.q, marks[start:end])],
        [*map(names.hlemma, hlemma)], [*map(names.hpos, map(t.pos.__getitem__, heads))],
        [*map(names.dep_h, zip(t.dep[start:end], hlemma))], [*map(names.cuelex, t.lemma[start:end])],
        [*map(names.hcue, hlemma)], [*map(names.path, paths)], [*map(names.path_steps, paths)],
        _near_column(cue_positions, t.sent_start, start, end, names.near),
        [sstart[i == first] for i, first in zip(positions, t.sent_start[start:end])],
        [send[i == stop - 1] for i, stop in zip(positions, t.sent_end[start:end])],
        [line0[idx < first_line_end] for idx in t.idx[start:end]],
        [*map(names.path_cue, paths)],
        *(column for offset in WINDOW for column in _window_columns(t, marks, names, offset, start, end)),
    ]


def token_features(doc, spans: list[QuoteSpan], cues: frozenset[str],
                   ranges: list[tuple[int, int]] | None = None) -> list[list[str]]:
    """One list of `name=value` features per token of `doc` (of `ranges` only, when given;
    the other rows stay empty)."""
    n = len(doc)
    ranges = [(0, n)] if ranges is None else ranges
    rows: list[list[str]] = [[] for _ in range(n)]
    for (start, end), columns in zip(ranges, _ranges_columns(doc, spans, _feature_names(cues), ranges)):
        rows[start:end] = [[feature for feature in row if feature is not None] for row in zip(*columns)]
    return rows


def _ranges_columns(doc, spans: list[QuoteSpan], names: _FeatureNames,
                    ranges: list[tuple[int, int]]) -> list[list[list]]:
    """The feature columns (`_range_columns`) of each token range of `ranges`: the tagger reads
    only the ranges it tags."""
    t = _Tokens.of(doc)
    marks = _inside_marks(t.idx, spans)
    text = text_of(doc)
    first_line_end = text.find("\n") if "\n" in text else len(text)
    n = len(t.lemma)
    cues = names.cues
    cue_positions: dict[int, list[int]] = {}  # by sentence (its first token)
    for i, lemma, pos, lower in zip(range(n), t.lemma, t.pos, t.lower):
        if lemma in cues and pos in {"VERB", "NOUN"} or lower == "according":
            cue_positions.setdefault(t.sent_start[i], []).append(i)
    return [_range_columns(t, marks, names, cue_positions, first_line_end, start, end) for start, end in ranges]


def sequences(doc) -> list[tuple[int, int]]:
    """Token ranges tagged as one sequence: the paragraphs (a line break ends one)."""
    t = tokens_of(doc)
    ranges, start = [], 0
    for i in [i for i, (word, space) in enumerate(zip(t.text, t.is_space)) if space and "\n" in word]:
        if i > start:
            ranges.append((start, i))
        start = i + 1
    if start < len(t):
        ranges.append((start, len(t)))
    return ranges


# -- decoding ---------------------------------------------------------------------------------

@dataclass
class Attribution:
    """Token ranges [start, end) of one attribution's parts."""

    contents: list[tuple[int, int]] = field(default_factory=list)
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None


def spans_of(tags: list[str], offset: int = 0) -> list[tuple[str, int, int]]:
    """(role, start, end) runs of a BIO tag sequence; an I- after O or another role starts a span."""
    found: list[tuple[str, int, int]] = []
    role, start = None, 0
    for i, tag in enumerate([*tags, "O"]):
        kind = tag[2:] if tag != "O" else None
        if role is not None and (tag.startswith("B-") or kind != role):
            found.append((role, offset + start, offset + i))
            role = None
        if kind is not None and role is None:
            role, start = kind, i
    return found


def _sentence_pieces(s: int, e: int, sentence_of: Sequence[int] | None) -> list[tuple[int, int]]:
    """A content span cut at its sentence boundaries, so that each sentence can go to a cue of
    its own ('... later this week. In addition, the campaign plans ..., a spokesman announced')."""
    if sentence_of is None:
        return [(s, e)]
    pieces, start = [], s
    for i in range(s + 1, e):
        if sentence_of[i] != sentence_of[i - 1]:
            pieces.append((start, i))
            start = i
    return [*pieces, (start, e)]


def link(found: list[tuple[str, int, int]], sentence_of: Sequence[int] | None = None) -> list[Attribution]:
    """Group one paragraph's spans: each content and source goes to its nearest cue, preferring
    a cue of its own sentence (`sentence_of`: a sentence number per token of the doc) — in
    'The Times reported that her statement was "not in line with our policy." The network said
    ...' the next sentence's cue is nearer; contents of a paragraph without a cue make
    attributions of their own (speaker from the context)."""
    cues = [(s, e) for role, s, e in found if role == "CUE"]
    if not cues:
        return [Attribution(contents=[(s, e)]) for role, s, e in found if role == "CONTENT"]
    groups = {cue: Attribution(cue=cue) for cue in cues}

    def nearest(s: int, e: int) -> tuple[int, int]:
        own = cues
        if sentence_of is not None:
            own = [c for c in cues if sentence_of[s] <= sentence_of[c[0]] <= sentence_of[e - 1]] or cues
        return min(own, key=lambda c: max(c[0] - e, s - c[1], 0))

    for role, s, e in found:
        if role == "CONTENT":
            for piece in _sentence_pieces(s, e, sentence_of):
                contents = groups[nearest(*piece)].contents
                if contents and contents[-1][1] == piece[0]:
                    contents[-1] = (contents[-1][0], piece[1])  # the next sentence of the same quote
                else:
                    contents.append(piece)
        elif role == "SOURCE":
            group = groups[nearest(s, e)]
            if group.source is None:
                group.source = (s, e)
    return [g for g in groups.values() if g.contents]


# -- the model --------------------------------------------------------------------------------

class AttributionTagger:
    def __init__(self, model_path: Path, cue_path: Path | None = None):
        """`cue_path`: the cue lexicon trained with the model, by default the file next to it."""
        cue_path = cue_path or model_path.with_name(CUE_LEXICON.name)
        speech_path = cue_path.with_name(SPEECH_CUES)
        for path in (model_path, cue_path, speech_path):
            if not path.is_file():
                raise FrontwireError(f"attribution model file {str(path)!r} (FRONTWIRE_QUOTE_MODEL) does not exist")
        try:
            # python-crfsuite trains the model; tagging reads its weights (crfmodel.py: same tags, a fifth of the time)
            self.weights = CrfWeights(model_path)
        except (OSError, ModelFormatError) as exc:
            raise FrontwireError(f"attribution model {str(model_path)!r} cannot be read: {exc}") from None
        self.cues = load_words(cue_path)  # lemmas heading any attribution cue: a feature
        self.speech = load_words(speech_path)  # word forms of speech cues: what is reported as a quote
        # the features as rows of the model's weights (bounded caches, kept with the model)
        self.feature_rows = _FeatureNames(self.cues, self.weights.index, self.weights.unknown)

    def is_speech(self, doc, cue: tuple[int, int]) -> bool:
        lower = tokens_of(doc).lower
        return any(lower[i] in self.speech for i in range(*cue))

    def _may_attribute(self, text: str, start: int, end: int, spans: list[QuoteSpan]) -> bool:
        """Whether the paragraph text[start:end] can hold a reported quote: a speech word or a
        quotation in it. Only such paragraphs are tagged (what else the tagger finds is dropped
        as no speech, and an uncued quote is a quotation)."""
        return any(q.open_at < end and q.close_at > start for q in spans) \
            or not self.speech.isdisjoint(WORD.findall(text[start:end].lower()))

    def tag(self, doc, spans: list[QuoteSpan], paragraphs: list[tuple[int, int]] | None = None) -> list[str]:
        """`paragraphs`: `sequences(doc)` when the caller has them already."""
        text, t = text_of(doc), tokens_of(doc)
        ranges = [(s, e) for s, e in (sequences(doc) if paragraphs is None else paragraphs)
                  if self._may_attribute(text, t.idx[s], t.idx[e - 1] + len(t.text[e - 1]), spans)]
        tags = ["O"] * len(t)
        if not ranges:
            return tags
        columns = np.concatenate([np.array(c, dtype=np.intp) for c in _ranges_columns(doc, spans, self.feature_rows, ranges)],
                                 axis=1)
        found = iter(self.weights.decode(self.weights.scores(columns), [end - start for start, end in ranges]))
        for start, end in ranges:
            tags[start:end] = itertools.islice(found, end - start)
        return tags

    def attributions(self, doc, spans: list[QuoteSpan]) -> list[Attribution]:
        paragraphs = sequences(doc)
        tags = self.tag(doc, spans, paragraphs)
        _fill_quotations(doc, tags, spans)
        sentence_of = tokens_of(doc).sent
        out: list[Attribution] = []
        for start, end in paragraphs:
            for attribution in self._split_at_untagged_cues(doc, link(spans_of(tags[start:end], start), sentence_of)):
                attribution.contents = [_to_closing_mark(doc, tags, spans, c, end) for c in attribution.contents]
                if attribution.cue is not None:
                    attribution.contents = [_to_sentence_end(doc, tags, c) if c[0] >= attribution.cue[1] else c
                                            for c in attribution.contents]
                out.append(attribution)
        return sorted(out, key=lambda a: min(s for s, _ in a.contents))


    def _untagged_cue(self, t: Tokens, i: int, cue: tuple[int, int] | None) -> bool:
        """A speech verb ('said', 'told') or a participle of a cue word (', adding', ', noting')
        other than the attribution's own cue (`i`: a position in the token table `t`)."""
        if t.pos[i] != "VERB" or cue is not None and cue[0] <= i < cue[1]:
            return False
        return t.lower[i] in self.speech or t.tag[i] == "VBG" and t.lemma[i].lower() in self.cues

    def _split_at_untagged_cues(self, doc, found: list[Attribution]) -> list[Attribution]:
        """'"A," Trump said, adding later, "B."': a speech verb the tagger left untagged between
        two contents of one attribution introduces the later ones as a statement of its own, by
        the same source."""
        t = tokens_of(doc)
        out: list[Attribution] = []
        for attribution in found:
            contents = sorted(attribution.contents)
            current = Attribution(contents=contents[:1], cue=attribution.cue, source=attribution.source)
            for previous, content in zip(contents, contents[1:]):
                gap = range(previous[1], content[0])
                cue = next((i for i in gap if self._untagged_cue(t, i, attribution.cue)), None)
                if cue is not None:
                    out.append(current)
                    current = Attribution(contents=[content], cue=(cue, cue + 1), source=attribution.source)
                else:
                    current.contents.append(content)
            out.append(current)
        return out


def _fill_quotations(doc, tags: list[str], spans: list[QuoteSpan]) -> None:
    """A quotation the tagger marks content in part is content from its opening to its closing
    mark: inside long quotes the tagger leaves gaps ('By any definition,') and takes quoted
    speech verbs for cues, which would cut one quote into pieces."""
    if not len(doc) or not spans:
        return
    words, starts = tokens_of(doc).text, tokens_of(doc).idx
    for span in spans:
        if not span.closed:
            continue
        first = max(bisect.bisect_right(starts, span.open_at) - 1, 0)
        last = max(bisect.bisect_right(starts, span.close_at - 1) - 1, 0)
        inside = range(first, last + 1)
        if any("\n" in words[i] for i in inside) or not any(tags[i].endswith("CONTENT") for i in inside):
            continue
        for i in inside:
            tags[i] = "I-CONTENT" if i > first or (i > 0 and tags[i - 1].endswith("CONTENT")) else "B-CONTENT"


def _to_closing_mark(doc, tags: list[str], spans: list[QuoteSpan], content: tuple[int, int], limit: int):
    """A content that opens a quotation runs to its closing mark: the tagger tends to stop short
    in long quotes. Untagged tokens only, within the paragraph."""
    start, end = content
    starts = tokens_of(doc).idx
    first = starts[start]
    for span in spans:
        if span.open_at <= first <= span.start + 1 and starts[end - 1] < span.end:
            while end < limit and starts[end] < span.end and tags[end] == "O":
                end += 1
            break
    return start, end


def _to_sentence_end(doc, tags: list[str], content: tuple[int, int]):
    """A reported clause after its cue runs to the end of its sentence when nothing there is tagged,
    unless the tagger stopped it at a comma, semicolon or dash ('... in partnership with NATO, the
    existing military alliance ...'): what follows such a stop is mostly the writer's."""
    start, end = content
    t = tokens_of(doc)
    sent_end = t.sent_end[end - 1]
    if end < sent_end and t.text[end] in CLAUSE_STOPS:
        return start, end
    if all(t == "O" for t in tags[end:sent_end]):
        while sent_end > end and (doc[sent_end - 1].is_punct or doc[sent_end - 1].is_space):
            sent_end -= 1
        end = max(end, sent_end)
    return start, end



@lru_cache(maxsize=4)
def _load(path: str) -> AttributionTagger:
    return AttributionTagger(Path(path))


def load_tagger() -> AttributionTagger | None:
    """The tagger FRONTWIRE_QUOTE_MODEL names (default: the packaged one); None for 'rules'."""
    return component_model("FRONTWIRE_QUOTE_MODEL", str(DEFAULT_MODEL), _load)
