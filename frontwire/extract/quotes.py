"""Quotes and reported speech, each with its real speaker.

Three passes over the parsed article, in text order:
1. direct quotes: quotation-mark spans that stand as a sentence or paragraph, attributed by the
   cue right after the closing mark (", Zelensky said") or right before the opening one
   ("Zelensky told reporters:"), else carried over from the quote before it;
2. reported speech: a speech verb (say, tell, deny, warn, ...) with a clausal complement, or
   "according to X"; a reported clause containing quotation marks is a mixed quote;
3. long quotation-mark spans inside a sentence that no pass claimed.
Short quoted words with no cue are scare quotes or titles and are not quotes.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import logging
import re

from spacy.tokens import Span

from frontwire.errors import FrontwireError
from frontwire.extract.attribution import Attribution, AttributionTagger, load_tagger
from frontwire.extract.entities import clean_name
from frontwire.extract.quotespans import QuoteSpan, find_quote_spans, with_pair_marks
from frontwire.extract.speakers import (NAME_MODIFIERS, SHARE_HEADS, WORDS, Speaker, SpeakerResolver,
                                       is_quantifier_subject, mention_of)
from frontwire.extract.triggers import alternation, verb_forms
from frontwire.models import Quote
from frontwire.extract.component import Context, component
from frontwire.nlp.text import text_of
from frontwire.nlp.tokens import FINITE_TAGS, tokens_of

logger = logging.getLogger(__name__)

QUOTE_CUE_VERBS = WORDS["QUOTE_CUE_VERBS"]
# Verbs that introduce speech only with a clause ("believes that ...") are not speech.
CLAUSE_DEPS = {"ccomp"}
SOURCE_PREPOSITIONS = WORDS["SOURCE_PREPOSITIONS"]
PARTICIPLE_SUBJECT_PREPOSITIONS = WORDS["PARTICIPLE_SUBJECT_PREPOSITIONS"]
STATEMENT_NOUNS = WORDS["STATEMENT_NOUNS"]
LINE_END_COLON = re.compile(r":(?=[ \t]*\n)")
ATTRIBUTION_WINDOW = 90  # characters after a closing mark in which the cue must start
MIN_DIRECT_WORDS = 4
MIN_QUOTE_WORDS = 2  # fewer words are no quote at all (`QuoteExtractor._add`)
SPLIT_GAP_WORDS = 40  # words of cue between two parts of one direct quote, at most
DOCUMENT_NOUNS = WORDS["DOCUMENT_NOUNS"]
TEXT_NOUNS = WORDS["TEXT_NOUNS"]
HEADLINE_WORDS = 20


# The forms of a headline's cue: its verbs' third person, and HEADLINE_CUE_OTHER_FORMS.
HEADLINE_CUE_FORMS = verb_forms(WORDS["HEADLINE_VERBS"], ("VBZ",)) | WORDS["HEADLINE_CUE_OTHER_FORMS"]
# A headline's cue, maybe after an adverb ("Trump Now Says").
_HEADLINE_CUE = (rf"(?:(?i:{alternation(WORDS['HEADLINE_CUE_ADVERBS'])})\s+)?"
                 rf"(?P<said>(?i:{alternation(HEADLINE_CUE_FORMS)}))")
# A label before the headline proper: "The Latest: Mourners say ...".
_HEADLINE_LABEL = r"(?:[A-Z][\w’']*(?: [A-Z][\w’']*)?: )?"
# A source in a headline: one to five words, the first capitalised ("Lindsey Graham", "Former White
# House Doctor", "SEIU chief"), none of them HEADLINE_NOT_SOURCE or the cue's adverb, the first no
# capitalised QUESTION_WORDS.
_NOT_SOURCE = alternation(WORDS["HEADLINE_NOT_SOURCE"] | WORDS["HEADLINE_CUE_ADVERBS"])
_SOURCE_WORD = rf"(?!(?i:{_NOT_SOURCE})\s)[\w.'’-]+"
_QUESTION = alternation(word.capitalize() for word in WORDS["QUESTION_WORDS"])
_HEADLINE_SOURCE = rf"(?P<source>(?!(?:{_QUESTION})\s)[A-Z][\w.'’-]*(?:\s{_SOURCE_WORD}){{0,4}})"
HEADLINE_AFTER = re.compile(rf"^{_HEADLINE_LABEL}(?P<content>.+\S),\s+(?P<source>{_SOURCE_WORD}(?:\s{_SOURCE_WORD}){{0,4}})"
                            rf"\s+{_HEADLINE_CUE}\.?\s*$")
HEADLINE_BEFORE = re.compile(rf"^{_HEADLINE_LABEL}{_HEADLINE_SOURCE}\s+{_HEADLINE_CUE}\s+"
                             rf"(?!(?i:{alternation(WORDS['HEADLINE_TOPIC_PREPS'])})\s)(?P<content>.+?)[.;\s]*$")
# Where a cue fragment after a quotation ends: a sentence end, a line break or the next quotation,
# but not the full stop of a title (TITLE_ABBREVIATIONS) or an initial ("Mr. Barrett said", "Charles E.
# Grassley said").
_NOT_AN_ABBREVIATION = "".join(rf"(?<!\b{re.escape(title.capitalize())})" for title in sorted(WORDS["TITLE_ABBREVIATIONS"])) \
    + r"(?<!\b[A-Z])"
SENTENCE_STOP = re.compile(_NOT_AN_ABBREVIATION + r"[.!?](?:\s|$)|\n|[\"“]")
# Where the sentence of a cue before a quotation starts: after the last full stop or question
# mark that is no title's or initial's ('... under Mr. Putin, had said, "...'), closing marks included.
SENTENCE_END = re.compile(_NOT_AN_ABBREVIATION + r"[.!?][\"”’']*\s")
LONGER = 1.3  # a tagged quote this many times as long as the rule quote it overlaps replaces it
OPENING_MARKS = "\"“”'‘"
# A quotation closed with a comma, as before its cue ('"A," she said'; the comma outside the mark in British style).
QUOTATION_BEFORE_CUE = re.compile(",[\"”’]|[\"”],")
# The cue fragment after such a quotation: up to three words of its speaker and a cue that ends the clause ('she said.',
# 'said Lin.'); not a clause of its own ('"dead," Israel says talks go on').
CUE_AFTER_QUOTATION = re.compile(rf"\s*(?:[\w.'’-]+\s+){{0,3}}(?i:{alternation(verb_forms(WORDS['QUOTE_CUE_VERBS'], ('VBD', 'VBZ')))})"
                                 rf"(?:\s+[\w.'’-]+){{0,2}}\s*(?:[.,;!?]|$)")
QUOTATION_END = re.compile("[,.!?]?[\"”'’]")
TRAILING = " ,.;:—–-\n\"“”'’"
TRAILING_COORDINATOR = re.compile(r"\s(?:and|but|or|nor|yet)$")  # a coordinator left at the end of a cut clause


def _clean(text: str) -> str:
    text = " ".join(text.split())
    return text.strip(" ,;:—–-").removeprefix("that ").strip()


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n,;:—–-":
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return start, end


def _strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Without the quotation marks at either end: a quote's text is the quoted words."""
    while start < end and text[start] in OPENING_MARKS:
        start += 1
    return start, end


def _title_case(text: str) -> bool:
    """Every word of four letters or more capitalised ('Coal Isn't the Villain.'), as headings are."""
    long_words = [w for w in re.findall(r"[A-Za-z][\w'’]*", text) if len(w) >= 4]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


CONTRAST_MARKS = WORDS["CONTRAST_MARKS"]


# The labels of the clauses a report's words may hold that are no part of them (`_clause_of_its_own`,
# `_speakers_next_act`, `_second_report_verb`): no other token needs those tests.
_CLAUSE_LABELS = frozenset({"conj", "advcl"})


def _clause_heads(extractor, start: int, end: int):
    """The tokens from `start` up to `end` (exclusive) that may head such a clause: their labels read in the
    token table, so that the others' Token objects are never made."""
    labels, doc = extractor.tokens.dep, extractor.doc
    return (doc[i] for i in range(start, end) if labels[i] in _CLAUSE_LABELS)


def _clause_of_its_own(child) -> bool:
    """Whether a clause hung on a speech verb after its report is no part of the report: a
    coordinated clause with a subject of its own ("Cook said Carter stopped the practice, but Cook
    did not say when": the content stops before it 52 times in PolNeAR train, holds it 27 times),
    or one a CONTRAST_MARKS conjunction introduces."""
    if child.dep_ not in {"conj", "advcl"} or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
        return False
    marks = {c.lower_ for c in child.children if c.dep_ in {"mark", "cc"}}
    return child.dep_ == "conj" and not marks & {"that"} or bool(marks & CONTRAST_MARKS)


def _subject(verb):
    return next(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})


COORDINATORS = WORDS["COORDINATORS"]


def _after_coordinator(token) -> bool:
    """Whether a COORDINATORS word stands before a verb, maybe with COORDINATED_CUE_ADVERBS between ("and then
    asked")."""
    before = token.i - 1
    while before >= 0 and token.doc[before].lower_ in WORDS["COORDINATED_CUE_ADVERBS"]:
        before -= 1
    return before >= 0 and token.doc[before].lower_ in COORDINATORS


def _own_tense(verb) -> str:
    """The tag that gives a verb its tense: its own when finite, else its first auxiliary's ("has
    released": VBZ, "would visit": MD); "" for neither."""
    if verb.tag_ in FINITE_TAGS:
        return verb.tag_
    return next((c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS), "")


def _in_perfect(verb) -> bool:
    """Whether a verb is a participle under "have" ("has withdrawn", "should have allowed"). A regular verb
    coordinated with it ("... and handed") may be a participle under the same "have", which the tagger reads
    as a past; every SPEAKER_ACTS verb is regular, so after a perfect none of them is cut off."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _speakers_next_act(token, cue) -> bool:
    """Whether a verb inside a report is the speaker's next act, not part of what was said: a past verb of a
    SPEAKER_ACTS lemma right after a COORDINATORS word (so with no subject of its own), with the reported clause's
    verb when that verb is not in the past ('said the talks are over and thanked the mediators').
    Not when both are in the past ('said it withheld emails and declined to comment' may be either), nor
    when the reported verb is in the perfect (`_in_perfect`), nor a verb hung on the cue itself ('said he did not,
    but was referring to ...'), which PolNeAR and the product's golds give as part of the report as often as
    not."""
    if token.dep_ != "conj" or token.pos_ != "VERB" or token.tag_ != "VBD" \
            or token.lemma_.lower() not in WORDS["SPEAKER_ACTS"] or not _after_coordinator(token):
        return False  # (a verb with a subject of its own has it between: no coordinator right before the verb)
    head = token.head
    return head.dep_ == "ccomp" and head.head.i == cue.i and _own_tense(head) not in {"VBD", ""} \
        and not _in_perfect(head)


class QuoteExtractor:
    def __init__(self, ctx: Context, before: QuoteExtractor | None = None):
        """`before`: an extractor that already read this article, whose marked text, quotation
        spans and subject phrases this one takes over (with a discourse memory of its own)."""
        self.doc = ctx.doc
        # The marks and cues around a quote are read with an apostrophe pair as the double mark
        # it stands for ('said, ''I mean ...''', as the quote spans are found; same offsets);
        # what a quote reports (its words, sentence and cue) is cut from the article as written.
        self.text = with_pair_marks(ctx.text) if before is None else before.text
        self.article_text = ctx.text
        self.tokens = tokens_of(self.doc)  # the token attributes, read without building Token objects
        places = frozenset(n for p in ctx.record.places if not p.metonymy for n in (p.name, *p.mentions))
        self.resolver = SpeakerResolver(ctx.scratch["entities"], self.doc, self.text, places,
                                        None if before is None else before.resolver.phrases)
        self.spans = find_quote_spans(self.text) if before is None else before.spans
        # Spans long enough to be speech, sorted by start, for bisecting (spans never nest).
        self.long_spans = [s for s in self.spans if s.words(self.text) >= MIN_DIRECT_WORDS]
        self.long_starts = [s.start for s in self.long_spans]
        self.span_starts = [s.start for s in self.spans]
        self.claimed: list[tuple[int, int]] = []
        self.quotes: list[Quote] = []
        self.previous: Speaker | None = None  # speaker of the last direct quote
        self.previous_end = -1
        self.previous_close = -1  # closing mark of the last attributed direct quote
        self.sourced: set[int] = set()  # ids of the tagger's quotes whose source it marked

    # -- helpers -------------------------------------------------------------------------
    def _tokens_between(self, start: int, end: int):
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def _span_text(self, span) -> str:
        """`span.text` cut from the article's text (spaCy builds a Token object per token for it)."""
        return self.article_text[span.start_char : span.end_char]

    def _sentence_of(self, char: int):
        span = self.doc.char_span(char, min(char + 1, len(self.text)), alignment_mode="expand")
        return span[0].sent if span is not None and len(span) else None

    def _overlaps_claimed(self, start: int, end: int, share: float = 0.5) -> bool:
        for c_start, c_end in self.claimed:
            inter = min(end, c_end) - max(start, c_start)
            if inter > 0 and inter >= share * min(end - start, c_end - c_start):
                return True
        return False

    def _speech_verb_in(self, tokens):
        lemma, pos = self.tokens.lemma, self.tokens.pos  # the table's: a Token reads each through the StringStore
        for token in tokens:
            if lemma[token.i].lower() in QUOTE_CUE_VERBS and pos[token.i] in {"VERB", "AUX"}:
                return token
        return None

    def _subject_of(self, verb, window=None):
        # A subject inside quotation marks is a misparsed title ('said on "Fox and Friends"').
        t = self.tokens  # the table's children: Token objects only for the subjects
        subjects = [self.doc[c] for c in t.children[verb.i]
                    if t.dep[c] in {"nsubj", "nsubjpass", "csubj"} and not self._quoted(t.idx[c])]
        if not subjects and t.tag[verb.i] == "VBG":
            absolute = self._participle_subject(verb)
            if absolute is not None:
                return self.resolver.resolve(absolute)
        if not subjects and verb.dep_ in {"conj", "advcl", "xcomp", "acomp"}:
            if verb.dep_ in {"conj", "advcl"} and self._quantifier_across(verb):
                # "Some think ... Dr. Lilly says it could be a factor": the name before the cue is its subject
                named = self._entity_of(self.doc[self._word_before(verb.i)])
                if named is None or named.label_ not in {"PERSON", "ORG"}:
                    return None
                return Speaker(self.resolver.index.canonical(named.text), named.label_, named.text)
            return self._subject_of(verb.head)  # also "Caucus-goers were more likely to say ..."
        if not subjects and verb.dep_ == "acl":
            noun = verb.head
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in WORDS["ISSUING_VERBS"] and _names_a_text(noun, TEXT_NOUNS):
                # "the Trump campaign issued a statement saying ...": who issued it, not a name nearby
                return self._subject_of(noun.head)
            if noun.lower_ in SHARE_HEADS:
                return self.resolver.resolve(noun)  # "with 50 percent saying she is prepared"
        if subjects:
            # Two subjects is a misparse ("Near Kinmen, ..., the Coast Guard said"): the nearest is the speaker.
            subject = min(subjects, key=lambda c: abs(c.i - verb.i))
            # "About 3 in 10 say": the number heads the subject, the phrase is the source
            return (self._lost_subject(verb) if subject.pos_ == "NUM" else None) or self.resolver.resolve(subject)
        if window is None:
            adjacent = self._name_set_off_before(verb)
            if adjacent is not None:
                return self.resolver.resolve(adjacent.root)
            lost = self._lost_subject(verb)
            if lost is not None:
                return lost
            # No subject in the parse: the speaker stands between the reported clause and the
            # verb ("..., the agency's spokesperson, Mahmoud Basal, said") or right after it.
            clause = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and c.i < verb.i]
            sent_start, sent_end = t.sent_start[verb.i], t.sent_end[verb.i]  # verb.sent's, without building it
            start = clause[0].right_edge.i + 1 if clause else sent_start
            before = self.doc[start:verb.i] if start < verb.i else self.doc[max(sent_start, verb.i - 8) : verb.i]
            window = [*before, *self.doc[verb.i + 1 : min(verb.i + 6, sent_end)]]
        # "said Zelensky" parsed without an nsubj, or a cue fragment: the name nearest the verb that
        # heads its phrase ("Flynn, a top Trump surrogate, said": Flynn, not the Trump of the
        # apposition); one further after the verb than its subject would stand is in the report.
        window = sorted(window, key=lambda t: (t.dep_ in NAME_MODIFIERS, t.i - verb.i > 4, abs(t.i - verb.i)))
        for token in window:
            if token.ent_type_ == "PERSON":
                ent = self._entity_of(token)
                return Speaker(self.resolver.index.canonical(ent.text if ent is not None else token.text), "PERSON",
                               mention_of(ent.root) if ent is not None else None)
        for token in window:
            if token.ent_type_ == "ORG" or token.lower_ in {"he", "she", "it", "they"}:
                return self.resolver.resolve(token)
        return None

    def _participle_subject(self, verb):
        """The subject a participle cue has of its own before it, which the parser hangs elsewhere (an absolute
        construction): the object of PARTICIPLE_SUBJECT_PREPOSITIONS set off by a comma or opening the sentence ("...,
        with Mrs Haley once saying she was not a fan", "..., with officials saying ..."; not "met with reporters
        saying ...") or a noun set off by a comma ("Bush spoke to reporters, his aides saying ..."), with no
        punctuation between the noun and the participle. The speaker is that noun, not the main clause's subject (nor
        a name nearby); a text ("with a statement saying ...") speaks for whoever issued it, and is left to
        `_subject_of`."""
        if verb.dep_ == "acl":  # the participle on its noun: "with [officials saying ...]"
            noun = verb.head
            set_off = noun.left_edge.i > 0 and self.doc[noun.left_edge.i - 1].text == "," \
                and noun.dep_ in {"dobj", "npadvmod", "appos", "conj"}
            with_object = noun.dep_ == "pobj" and self._set_off_preposition(noun.head)
        else:  # the participle on the main verb, the "with" phrase right before it: "with Mrs Haley [once] saying"
            before = self._word_before(verb.i)
            prep = next((c for c in verb.head.children if c.dep_ == "prep" and c.right_edge.i == before
                         and self._set_off_preposition(c)), None)
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            set_off, with_object = False, noun is not None
        if noun is None or noun.i > verb.i or _names_a_text(noun, TEXT_NOUNS) or not (set_off or with_object):
            return None
        if any(self.tokens.pos[j] == "PUNCT" for j in range(noun.i + 1, verb.i)):
            return None  # "steam-rolls through the questions, talking and never admitting ...": a participle further on
        return noun

    def _set_off_preposition(self, token) -> bool:
        """Whether a token is one of PARTICIPLE_SUBJECT_PREPOSITIONS after a comma or opening its sentence."""
        i, t = token.i, self.tokens
        return t.lower[i] in PARTICIPLE_SUBJECT_PREPOSITIONS and (t.sent_start[i] == i or i > 0 and t.text[i - 1] == ",")

    def _word_before(self, i: int) -> int:
        """The position of the word before token `i`, past adverbs and auxiliaries ("with Mrs Haley once saying",
        "and then said", "and has since said")."""
        j, start = i - 1, self.tokens.sent_start[i]
        while j > start and self.tokens.pos[j] in {"ADV", "PART", "AUX"}:
            j -= 1
        return j

    def _quantifier_across(self, verb) -> bool:
        """Whether a cue with no subject of its own would take a quantifier subject ("Some", "Both") from the verb it
        hangs on across another noun before it: "Some think ... by percentage Dr. Lilly says ...". A quantifier
        speaks only as its own verb's subject, or one joined to it bare ("Many left, saying ...", "Some fled and
        said ..."), where nothing but punctuation, a coordinator or a preposition stands before the cue, or nothing at
        all ("Asked whether ..., some said ..."). A participle is the quantifier's too: the noun right before it is
        its verb's object or a place ("Both met President Bush at the White House insisting ..."), and a participle
        with a subject of its own is `_participle_subject`'s."""
        if self.tokens.tag[verb.i] == "VBG":
            return False
        head = verb.head
        while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children) \
                and head.dep_ in {"conj", "advcl", "xcomp", "acomp"} and head.head.i != head.i:
            head = head.head
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects or not is_quantifier_subject(min(subjects, key=lambda c: abs(c.i - head.i))):
            return False
        before = self._word_before(verb.i)
        return before >= self.tokens.sent_start[verb.i] and self.tokens.pos[before] not in {"PUNCT", "CCONJ", "SCONJ", "ADP"}

    def _lost_subject(self, verb) -> Speaker | None:
        """ "About 4 in 10 say ...", "Majorities of Democrats in five states going to the polls
        Tuesday say ...": a number or a group the small parser does not take for the subject of the
        speech verb (or takes a bare number of) is still the whole of what comes before it in the
        sentence, when that is a noun phrase (a noun or number, no finite verb, no comma, no
        quotation mark). In PolNeAR train 164 scored quotes have such a share of a poll as source."""
        t = self.tokens
        start = t.sent_start[verb.i]
        words = range(start, verb.i)
        if not 1 <= len(words) <= 12 or any(t.pos[j] in {"VERB", "AUX"} and t.tag[j] in FINITE_TAGS or t.text[j] in {",", ";", ":"}
                                            or t.pos[j] == "PRON" or self._quoted(t.idx[j]) for j in words):
            return None
        if t.pos[start] not in {"NOUN", "PROPN", "NUM", "ADV", "ADJ", "DET"} or not any(
                t.pos[j] in {"NOUN", "PROPN", "NUM"} for j in words):
            return None
        phrase = self.text[t.idx[start] : t.idx[verb.i - 1] + len(t.text[verb.i - 1])]
        return Speaker(clean_name(phrase) or phrase, "GROUP", phrase)

    def _name_set_off_before(self, verb):
        """ "... in Dnipro, Zaporizhzhia and Kremenchuk, the Ukrainian Air Force said.": the
        name between a comma and the verb, which the parser hung on the last place as an
        apposition, is the speaker, not a name inside the reported clause."""
        if verb.i == 0:
            return None
        for ent in self.resolver.ents:
            if ent.end == verb.i and ent.label_ in {"ORG", "PERSON", "NORP"}:
                start = ent.start - 1 if ent.start > 0 and self.doc[ent.start - 1].lower_ == "the" else ent.start
                if start > 0 and self.doc[start - 1].text == ",":
                    return ent
        return None

    def _entity_of(self, token):
        return self.resolver.entity_of(token.i)

    def _add(self, start: int, end: int, speaker: Speaker | None, kind: str, cue, sentence: str,
             gap: tuple[int, int] | None = None) -> None:
        start, end = _strip_span(self.text, start, end)
        if gap is None:
            words = _clean(self.article_text[start:end])
        else:  # the parts of a clause around an inserted cue
            words = f"{_clean(self.article_text[start : gap[0]])} {_clean(self.article_text[gap[1] : end])}".strip()
        if not words or len(words.split()) < MIN_QUOTE_WORDS:
            return
        self.claimed.append((start, end))
        self.quotes.append(Quote(
            text=words, speaker=speaker.shown if speaker else None, kind=kind,
            cue=cue, start=start, end=end, sentence=" ".join(sentence.split()),
            speaker_label=speaker.label if speaker else None, speaker_name=speaker.name if speaker else None,
        ))
        self.resolver.remember(speaker, end)
        if speaker is not None and start >= self.previous_close:
            # Any attributed quote can be continued by an uncued quote right after it; not a report
            # found after a direct quote further on in the same parsed sentence ('... default on the
            # debt, saying that ... ''We need Chapter 9,'' said Ms. Acosta'): the quotes of a sentence
            # are read before its reported speech.
            self.previous, self.previous_end = speaker, end

    # -- pass 1: direct quotes -------------------------------------------------------------
    def _standalone(self, span: QuoteSpan) -> bool:
        line_start = self.text.rfind("\n", 0, span.open_at) + 1
        before = self.text[line_start : span.open_at].rstrip()
        if not before or before.endswith(":"):
            return True
        # 'He added, "We believe ..."' and the second half of a quote split by its cue
        # ('"We are ready," he said, "but ..."'): a speech verb right before the mark.
        if before.endswith(","):
            tail_start = max(before.rfind(". "), before.rfind("\u201d"), before.rfind('"'), len(before) - 80)
            tail = self._tokens_between(line_start + max(0, tail_start), span.open_at)
            if self._speech_verb_in(tail) is not None:
                return True
        # After another sentence in the same paragraph: ". "This is ..."
        return before[-1] in ".!?\"”" and span.words(self.text) >= MIN_DIRECT_WORDS

    def _cue_after(self, span: QuoteSpan):
        rest = self.text[span.close_at : span.close_at + ATTRIBUTION_WINDOW]
        if not rest[:3].strip(" ,") == "" and not rest.lstrip(" ,")[:1].isalpha():
            return None
        stop = SENTENCE_STOP.search(rest)
        fragment_end = span.close_at + (stop.start() if stop else len(rest))
        tokens = self._tokens_between(span.close_at, fragment_end)
        verb = self._speech_verb_in(tokens)
        if verb is None:
            match = re.match(r"[\s,]*according to ", rest)
            if match:
                ents = [t for t in tokens if t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or t.pos_ == "PROPN"]
                return ("according to", self.resolver.resolve(ents[0]) if ents else None)
            return None
        return (verb.text, self._subject_of(verb, tokens))

    def _cue_before(self, span: QuoteSpan):
        line_start = self.text.rfind("\n", 0, span.open_at) + 1
        before = self.text[line_start : span.open_at].rstrip()
        if not before.strip() and self.text[:line_start].rstrip().endswith(":"):
            # "The New York Times reports:\n\n"In an illustration ...": the paragraph before introduces it.
            line_end = len(self.text[:line_start].rstrip())
            line_start = self.text.rfind("\n", 0, line_end) + 1
            before = self.text[line_start:line_end]
        if not before.endswith((":", ",")):
            return None
        sentence_start = max((end.end() for end in SENTENCE_END.finditer(before)), default=0)
        tokens = self._tokens_between(line_start + sentence_start, line_start + len(before))
        # '"Every time you say that," Tester said, "you give ...': the quoted "say" is no cue
        # and the cue nearest the mark introduces it ('Mrs. Clinton echoed ..., and Ms. Warren, she said, "...').
        verb = self._speech_verb_in([t for t in reversed(tokens) if not self._quoted(t.idx)])
        return (verb.text, self._subject_of(verb, tokens)) if verb is not None else None

    def _crosshead(self, span: QuoteSpan) -> bool:
        """ "'The sky was black with smoke'" alone on its line: a subheading quoting the story,
        not a statement (quote paragraphs end their sentences inside the marks)."""
        line_start = self.text.rfind("\n", 0, span.open_at) + 1
        line_end = self.text.find("\n", span.close_at)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)].strip()
        inside = self.text[span.start : span.end].rstrip()
        alone = len(line) <= span.close_at - span.open_at + 1 and span.words(self.text) <= 12
        # "'Legend in the Coal Fields.'": a heading in title case may end with a full stop.
        return alone and (not inside.endswith((".", "!", "?", "…", ",")) or _title_case(inside))

    def direct_quote(self, span: QuoteSpan) -> None:
        if not self._standalone(span) or span.words(self.text) < MIN_DIRECT_WORDS or self._crosshead(span):
            return
        cue = self._cue_after(span) or self._cue_before(span)
        if cue is None:
            # A quote with no cue continues the last speaker's words if nothing came between.
            gap = self.text[self.previous_end:span.open_at] if self.previous_end >= 0 else "x"
            between_words = len(re.sub(r"[\"“”]", " ", gap).split())
            # In the paragraph of a quote whose cue named its speaker ('"...," said Bonnie Lin,
            # director of ... . "That compresses ..."'), a further quote is still hers.
            cue_gap = self.text[self.previous_close:span.open_at] if self.previous_close >= 0 else "\n"
            same_paragraph = "\n" not in cue_gap and not re.search(r"[\"“”]", cue_gap.strip()[1:]) \
                and len(cue_gap.split()) <= 40
            speaker, cue_text = (self.previous, None) if between_words <= 12 or same_paragraph else (None, None)
        else:
            cue_text, speaker = cue
        sentence = self.article_text[span.open_at : span.close_at]
        self._add(span.start, span.end, speaker, "direct", cue_text, sentence)
        if speaker is not None:
            self.previous_end = span.close_at + ATTRIBUTION_WINDOW // 3
            self.previous_close = span.close_at

    # -- pass 2: reported speech -------------------------------------------------------------
    def _quoted(self, char: int) -> bool:
        """Whether the character stands inside quotation marks (a quote of any length)."""
        at = bisect.bisect_right(self.span_starts, char) - 1
        return at >= 0 and char < self.spans[at].end

    def _inside_quote(self, char: int) -> bool:
        at = bisect.bisect_right(self.long_starts, char) - 1
        return at >= 0 and char < self.long_spans[at].end

    def _kind(self, start: int, end: int) -> str:
        inside = [s for s in self.spans if min(end, s.end) > max(start, s.start)]
        if not inside:
            return "indirect"
        outside = self.text[start:end]
        for s in sorted(inside, key=lambda s: -s.start):
            outside = outside[: max(0, s.open_at - start)] + outside[s.close_at - start :]
        return "direct" if len(re.findall(r"\w+", outside)) <= 1 else "mixed"

    def _is_according_to(self, i: int) -> bool:
        lower = self.tokens.lower
        return lower[i] == "according" and i + 1 < len(lower) and lower[i + 1] == "to"

    def _reported_clause(self, verb, comp, sent) -> tuple[int, int]:
        """Characters of the clause a speech verb reports."""
        if comp.i < verb.i:  # "Russia is losing, he said."
            return sent.start_char, comp.right_edge.idx + len(comp.right_edge)
        first = comp.left_edge
        while first.i < comp.i and first.dep_ in {"mark", "punct"} and first.text not in "\"“":
            first = self.doc[first.i + 1]
        # The clause runs on through what the speaker adds: "..., but denied ...", "without elaborating".
        last = comp.right_edge
        for child in verb.rights:
            if child.dep_ in {"advcl", "conj"} and child.lemma_.lower() in QUOTE_CUE_VERBS and child.tag_ == "VBG":
                continue  # "..., adding that ...": a second report, taken on its own
            if child.i > comp.i and _clause_of_its_own(child) and not self._quoted(_subject(child).idx):
                # "..., but Cook did not say when", "..., while 9 percent found it a deterrent"; not
                # '..., "but the fleet is not safe there either"', the speaker's words going on
                while last.i > comp.i and (last.dep_ == "cc" or last.is_punct):
                    last = self.doc[last.i - 1]
                break
            if child.i > comp.i and child.dep_ in {"conj", "advcl", "prep"} and child.lower_ not in WORDS["SAYING_TIME_PREPS"]:
                last = max(last, child.right_edge, key=lambda t: t.i)
        nxt = last.i if last.text == "," else last.i + 1
        if nxt + 1 < sent.end and self.doc[nxt].text == "," and self.doc[nxt + 1].tag_ == "VBG" \
                and self.doc[nxt + 1].lemma_.lower() not in QUOTE_CUE_VERBS:
            # "..., massing hundreds of trucks west of the city": a participle the speaker adds,
            # which the small parser often hangs on a later word.
            last = self.doc[sent.end - 1]
            while last.i > nxt and last.is_punct and last.text not in "\"”’'":
                last = self.doc[last.i - 1]
        start, end = first.idx, last.idx + len(last)
        # An aside after a dash elaborates in the writer's voice ("— sanctions that Trump ...").
        dash = re.search(r"\s[—–]\s", self.text[start:end])
        if dash and not self._inside_quote(start + dash.start()) and len(self.text[start:start + dash.start()].split()) >= 5:
            end = start + dash.start()
        return start, end

    def reported_speech(self, sent) -> None:
        if len(sent) <= 15 and not re.search(r"[.!?…][\"'”’)\]]*\s*$", self._span_text(sent)):
            return  # a headline or live-blog entry title, not a reported statement
        t, cues = self.tokens, self._speech_cues
        for i in cues[bisect.bisect_left(cues, sent.start) : bisect.bisect_left(cues, sent.end)]:
            if self._is_according_to(i):
                self._according_to(sent, self.doc[i])
            if t.pos[i] != "VERB" or t.lemma[i].lower() not in QUOTE_CUE_VERBS or self._inside_quote(t.idx[i]):
                continue
            token = self.doc[i]
            clause = [self.doc[c] for c in t.children[i] if t.dep[c] in CLAUSE_DEPS]
            if token.dep_ == "parataxis" and token.head.i != token.i:
                # "X killed nine people, the health ministry says, in the deadliest day since ...":
                # an inserted cue reports the clause it interrupts, whatever the parser hung on it.
                self._interrupted_clause(sent, token)
                continue
            if not clause:
                self._fronted_clause(sent, token)
                continue
            start, end = _strip_span(self.text, *self._reported_clause(token, clause[0], sent))
            share = 0.3 if clause[0].i < token.i else 0.5
            self._report(start, end, sent, token, lambda token=token: self._subject_of(token), share=share, min_words=0, min_chars=10)

    @functools.cached_property
    def _sentences(self) -> list:
        """`doc.sents`, cut at the table's sentence starts (spaCy's property reads the Doc token
        by token to check that it has sentence boundaries before it yields the first)."""
        t = self.tokens
        return [Span(self.doc, start, t.sent_end[start]) for start in dict.fromkeys(t.sent_start)]

    @functools.cached_property
    def _speech_cues(self) -> list[int]:
        """The positions of the article's "according" and speech verbs: the tokens `reported_speech`
        looks at, found in one pass over the token table instead of one per sentence."""
        t = self.tokens
        return [i for i, (pos, lemma, lower) in enumerate(zip(t.pos, t.lemma, t.lower))
                if pos == "VERB" and lemma.lower() in QUOTE_CUE_VERBS or lower == "according" and self._is_according_to(i)]

    def _introduced_paragraph(self, sent) -> None:
        """ "Limbaugh added:\n\nAnd from a supposed front-runner, ...": a line ending with a speech
        verb and a colon introduces the next paragraph as the speaker's words, quotation marks or
        not (a block quote that lost them)."""
        for match in LINE_END_COLON.finditer(self.text, sent.start_char, min(sent.end_char + 8, len(self.text))):
            if match.start() >= sent.end_char:
                break
            colon = self._tokens_between(match.start(), match.start() + 1)[0]
            start = colon.idx + 1
            while start < len(self.text) and self.text[start].isspace():
                start += 1
            if start >= len(self.text) or self.text[start] in OPENING_MARKS:
                continue  # a quotation: the direct quote pass takes it with this cue (`_cue_before`)
            line_start = self.text.rfind("\n", 0, colon.idx) + 1
            verb = self._speech_verb_in(self._tokens_between(line_start, colon.idx))
            if verb is None or self._inside_quote(verb.idx) or colon.i - verb.i > 6 \
                    or any(t.pos_ in {"VERB", "AUX"} for t in self.doc[verb.i + 1 : colon.i]):
                continue  # '... suggested that Clinton has the following tasks:' introduces a list of its own
            stop = self.text.find("\n", start)
            stop = len(self.text) if stop < 0 else stop
            self._report(start, stop, sent, verb, lambda verb=verb: self._subject_of(verb), share=0.3,
                         min_words=MIN_DIRECT_WORDS)

    def _report(self, start: int, end: int, sent, cue, speaker_of, *, share: float = 0.3, min_words: int = 5,
                min_chars: int = 0, gap: tuple[int, int] | None = None) -> None:
        """Record a reported clause unless it is too short or mostly claimed already; the speaker
        is resolved only then (`speaker_of`). `gap`: the inserted cue's characters, left out."""
        if end - start < min_chars or len(self.text[start:end].split()) < min_words \
                or self._overlaps_claimed(start, end, share):
            return
        self._add(start, end, speaker_of(), self._kind(start, end), cue.text, self._span_text(sent), gap)

    def _interrupted_clause(self, sent, verb) -> None:
        """ "If this argument fails to persuade, Mr. Castañeda argues, there are other tools ...",
        "In Jenin, the military said, troops arrested 11 ...": the report is the clause around the
        inserted cue, both its parts (PolNeAR gives them as one content)."""
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects:
            return
        cut = subjects[0].left_edge
        start, end = _strip_span(self.text, sent.start_char, cut.idx)
        after = verb.i + 1
        while after < sent.end and self.doc[after].dep_ in {"prep", "pobj", "det", "amod", "compound", "advmod", "npadvmod"} \
                and self.doc[after].head.i >= verb.i:
            after += 1  # "the military said in a statement,"
        lead_in = len(self.text[start:end].split()) < 5
        # The clause goes on after the cue ("X killed nine people, the ministry says, in the deadliest
        # day since ...": PolNeAR contents hold such tails), unless the cue governs a participle of
        # its own ('Mr. Obama said, not even needing to mention ...': the writer's).
        goes_on = lead_in or verb.head.tag_ != "VBG"
        if after < sent.end and self.doc[after].text == "," and goes_on:
            rest_start, rest_end = _strip_span(self.text, self.doc[after].idx + 1, sent.end_char)
            if len(self.text[rest_start:rest_end].split()) >= 2:
                self._report(start, rest_end, sent, verb, lambda: self._subject_of(verb), gap=(end, rest_start))
                return
        if not lead_in:
            self._report(start, end, sent, verb, lambda: self._subject_of(verb))

    def _fronted_clause(self, sent, verb) -> None:
        """ "Russian infantry are trying ..., Oleh, a 34-year-old drone operator with the 93rd
        Brigade, told the Kyiv Independent.": the small parser makes the cue a conjunct of the
        reported clause; the speaker is the name set off by commas right before it."""
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or sent.end - verb.i > 7:
            return
        if self.doc[verb.i - 1].text != "," and not self.doc[verb.i - 1].ent_type_:
            return
        names = [e for e in self.resolver.ents if sent.start < e.start and e.end <= verb.i
                 and e.label_ in {"PERSON", "ORG"} and self.doc[e.start - 1].text == ","]
        people = [e for e in names if e.label_ == "PERSON"] or names
        if not people:
            return
        name = people[-1]
        start, end = _strip_span(self.text, sent.start_char, self.doc[name.start - 1].idx)
        self._report(start, end, sent, verb, lambda: self.resolver.resolve(name.root))

    def _according_source(self, sent, token) -> Speaker | None:
        """The source an "according to" names: the object of "to", whatever part of speech the parser
        gave its head ('the Real Clear Politics polling average': an adjective); inside a statement
        or a document, the one it comes from ('a statement from the ministry', 'an analysis by the Pew
        Research Center'); a name is never a document ('The Washington Post'). In PolNeAR train 27
        scored "according to" quotes had a wrong speaker, most of them for these."""
        later = [t for t in token.subtree if t.i > token.i + 1]
        # The object of "to" and those that say whose the document is ('a statement from the ministry',
        # 'interviews with party leaders'); not what it is of ('a Reuters analysis of voter lists')
        # nor when or where ('according to polls at the time').
        objects = [t for t in later if t.dep_ == "pobj" and t.ent_type_ not in {"DATE", "TIME"}
                   and t.head.lower_ in SOURCE_PREPOSITIONS
                   and not (t.head.lower_ == "of" and _names_a_document(t.head.head))] \
            or [t for t in later if t.dep_ == "dobj" and t.pos_ == "NOUN"]  # 'according to show insiders', parsed as a verb
        named = [t for t in objects if t.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"} or not _names_a_document(t)]
        if named:
            return self._object_speaker(named[0])
        if objects and objects[0].lemma_.lower() not in STATEMENT_NOUNS:
            # "according to a new poll", "according to a White House pool report": the document, not
            # who acts in the sentence ('Obama said ..., according to a pool report').
            return self._object_speaker(objects[0])
        # "..., according to a statement issued on Monday": the statement of the one acting.
        subject = [c for c in sent.root.children if c.dep_ == "nsubj" and c.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}]
        return self.resolver.resolve(subject[0]) if subject else self.resolver.last_speaker

    def _object_speaker(self, token) -> Speaker | None:
        """The speaker a noun phrase names, or the phrase itself as a group where it names no one the
        resolver knows ('the RealClearPolitics polling average', whose head the parser took for an adjective)."""
        speaker = self.resolver.resolve(token)
        if speaker is None and token.pos_ != "PRON":
            phrase = clean_name(self.text[token.left_edge.idx : token.idx + len(token)])
            speaker = Speaker(phrase, "GROUP", phrase) if phrase else None
        return speaker

    def _by_manner(self, token) -> bool:
        """Whether an "according to" tells how something went, not who says so: its object is one of
        ACCORDING_TO_MANNERS with no determiner ('the withdrawal went ahead according to plan'; not
        'according to her "clawback" plan', which PolNeAR gives as a source)."""
        return any(t.dep_ == "pobj" and t.head.i == token.i + 1 and t.lemma_.lower() in WORDS["ACCORDING_TO_MANNERS"]
                   and not any(c.dep_ in {"det", "poss"} for c in t.children) for t in token.subtree)

    def _according_to(self, sent, token) -> None:
        if self._by_manner(token):
            return
        if not any(t.i > token.i + 1 and (t.ent_type_ or t.pos_ in {"PROPN", "NOUN"} or t.dep_ == "pobj" and t.pos_ != "PRON")
                   for t in token.subtree):
            return
        phrase_end = max(t.i for t in token.subtree)
        speaker = self._according_source(sent, token)
        rest_start = self.doc[phrase_end + 1].idx if phrase_end + 1 < sent.end else sent.end_char
        gap = None
        if token.i == sent.start:
            start, end = rest_start, sent.end_char
        elif token.head.i > phrase_end and re.match(r"\s*[,—–-]\s*\w+\W+\w", self.text[rest_start : sent.end_char]):
            # "His criticism, according to an interview at the time, was the president's choice": the
            # clause goes on after the inserted source, and the report is both its parts (of 24 such
            # scored quotes in PolNeAR train, both parts match the content of 18, the first alone of 2).
            start, end, gap = sent.start_char, sent.end_char, (token.idx, rest_start)
        else:
            start, end = sent.start_char, token.idx
        if not self._overlaps_claimed(start, end):
            self._add(start, end, speaker, self._kind(start, end), "according to", self._span_text(sent), gap)

    def _remember_subjects(self, sent) -> None:
        """Keep the discourse memory current with who acts in each sentence."""
        t, root = self.tokens, sent.root.i
        for i in range(sent.start, sent.end):  # the root's children
            if t.head[i] == root and i != root and t.dep[i] == "nsubj" and t.pos[i] != "PRON":
                speaker = self.resolver.resolve(self.doc[i])
                if speaker is not None and (speaker.label == "PERSON" or t.ent_type[i] == "ORG"):
                    self.resolver.remember(speaker, t.idx[i])

    # -- pass 3 ------------------------------------------------------------------------------
    def embedded_quotes(self) -> None:
        for span in self.spans:
            if span.words(self.text) < 6 or self._overlaps_claimed(span.start, span.end, 0.3) or self._crosshead(span):
                continue
            sent = self._sentence_of(span.open_at)
            if sent is None:
                continue
            cue = self._cue_after(span)  # '"... the ability to use real estate losses ...," The Hill reported.'
            if cue is None:
                subject = [t for t in sent.root.children if t.dep_ == "nsubj" and not self._quoted(t.idx)]
                cue = (sent.root.text, self.resolver.resolve(subject[0]) if subject else None)
            self._add(span.start, span.end, cue[1], "direct", cue[0], self._span_text(sent))

    # -- the trained tagger -------------------------------------------------------------------
    def _chars(self, start: int, end: int) -> tuple[int, int]:
        return self.tokens.idx[start], self.tokens.idx[end - 1] + len(self.tokens.text[end - 1])

    def _source_speaker(self, attribution: Attribution) -> Speaker | None:
        if attribution.source is not None:
            span = self.doc[attribution.source[0] : attribution.source[1]]
            speaker = self.resolver.resolve(span.root)
            if speaker is None and span.root.pos_ != "PRON":
                name = clean_name(span.text)
                speaker = Speaker(name, "GROUP") if name else None
            if speaker is not None and speaker.mention is not None:
                # the source as tagged (the constructor: dataclasses.replace costs five times as much)
                speaker = Speaker(speaker.name, speaker.label, span.text.strip(" ,;:—–-"))
            return speaker
        if attribution.cue is not None:
            cue = self.doc[attribution.cue[0] : attribution.cue[1]].root
            if self._is_according_to(cue.i):
                return self._according_source(cue.sent, cue)  # its object, not a subject it has none of
            return self._subject_of(cue) if cue.pos_ in {"VERB", "AUX"} else None
        return None

    def _tagged(self, attribution: Attribution, previous: Quote | None, tagger: AttributionTagger) -> None:
        if attribution.cue is not None and not tagger.is_speech(self.doc, attribution.cue):
            return  # "called for", "believes", "supports": a stance, not a quote
        fragments = [_strip_marks(self.text, *_strip_span(self.text, *self._chars(s, e))) for s, e in attribution.contents]
        fragments = [(s, e) for s, e in fragments if e > s]
        if not fragments:
            return
        start, end = fragments[0][0], fragments[-1][1]
        text = _clean(" ".join(self.article_text[s:e] for s, e in fragments))
        if len(text.split()) < 2:
            return
        if attribution.source is None and attribution.cue is None:
            # An uncued quote continues the quote before it when nothing but its cue came between.
            gap = self.text[previous.end : start] if previous is not None else "x" * 200
            speaker = self.previous if previous is not None and len(gap.split()) <= 12 else None
            if speaker is None:
                return  # words with neither cue nor a quote before them: nobody said them
        else:
            speaker = self._source_speaker(attribution)
        cue = self.article_text[slice(*self._chars(*attribution.cue))] if attribution.cue else None
        first = attribution.contents[0][0]
        sentence = self.article_text[slice(*self._chars(self.tokens.sent_start[first], self.tokens.sent_end[first]))]
        kinds = {self._kind(s, e) for s, e in fragments}
        kind = kinds.pop() if len(kinds) == 1 else "mixed"  # '"A," X said, "B."' is direct: the cue is not content
        quote = Quote(text=text, speaker=speaker.shown if speaker else None, kind=kind,
                      cue=cue, start=start, end=end, sentence=" ".join(sentence.split()),
                      speaker_label=speaker.label if speaker else None,
                      speaker_name=speaker.name if speaker else None)
        self.quotes.append(quote)
        if attribution.source is not None:
            self.sourced.add(id(quote))
        self.claimed.append((start, end))
        self.resolver.remember(speaker, end)
        if speaker is not None:
            self.previous, self.previous_end = speaker, end

    def run_tagger(self, tagger: AttributionTagger) -> list[Quote]:
        attributions = tagger.attributions(self.doc, self.spans)
        sents = self._sentences
        done = 0
        for attribution in attributions:
            anchor = min(s for s, _ in [*attribution.contents, *filter(None, [attribution.source, attribution.cue])])
            while done < len(sents) and sents[done].end <= anchor:
                self._remember_subjects(sents[done])
                done += 1
            self._tagged(attribution, self.quotes[-1] if self.quotes else None, tagger)
        return sorted(self.quotes, key=lambda q: q.start)

    def headline(self) -> None:
        """ "Trump 'The Dealmaker' Could Address Clean Energy, Lindsey Graham Says.", "Flynn says
        Trump 'absolutely right' in saying ...": a headline names its source beside 'says' with
        no clause for the parser to find (title case, verbless)."""
        line_end = self.text.find("\n")
        line = self.text[: line_end if line_end >= 0 else len(self.text)]
        if not 3 <= len(line.split()) <= HEADLINE_WORDS:
            return
        match = HEADLINE_AFTER.match(line) or HEADLINE_BEFORE.match(line)
        if match is None:
            return
        source, said = match.group("source"), match.group("said")
        start, end = match.span("content")
        if SENTENCE_END.search(line.rstrip()) or any(CUE_AFTER_QUOTATION.match(line, m.end())
                                                     for m in QUOTATION_BEFORE_CUE.finditer(line, start, end)):
            # 'Lin said "A," she said. "Never again."' as a first line is a sentence of the body, which the
            # body's rules read: a headline is one sentence, and ends no quotation with the comma of a cue after it
            return
        if said.lower() in WORDS["DEED_CUES"] and _claims_a_thing(match.group("content")):
            return  # "Rebel Group Claims Town After Heavy Fighting": a town taken, not words
        self._add(start, end, Speaker(self.resolver.index.canonical(source), "PERSON" if self.resolver.index.lookup(source)
                                      else "GROUP", source), self._kind(start, end), said, line)

    def run_rules(self) -> list[Quote]:
        # In text order, so that "he said" and "it said" resolve to who came before.
        self.headline()
        pending = list(self.spans)
        for sent in self._sentences:
            while pending and pending[0].open_at < sent.end_char:
                self.direct_quote(pending.pop(0))
            self.reported_speech(sent)
            self._introduced_paragraph(sent)
            self._remember_subjects(sent)
        self.embedded_quotes()
        return sorted(self.quotes, key=lambda q: q.start)


def _claims_a_thing(content: str) -> bool:
    """Is a headline's object of "Claims" a thing taken (CLAIMED_THINGS: a town, a district, control,
    victory, responsibility), the head of the words before its first preposition (HEADLINE_PREPS)?"""
    words = []
    prepositions = WORDS["HEADLINE_PREPS"]
    for word in re.findall(r"[\w'’-]+", content.lower()):
        if word in prepositions:
            break
        words.append(word)
    return bool(words) and words[-1] in WORDS["CLAIMED_THINGS"]


def _overlaps(quote: Quote, other: Quote) -> bool:
    return min(quote.end, other.end) > max(quote.start, other.start)


def _speech_cue(quote: Quote, tagger: AttributionTagger, lemmas: dict[str, str]) -> bool:
    """A rule quote is kept when a speech word introduces it ('said', 'told', 'according to',
    'adding'), or when it has no cue but continues a speaker's quote; the root verb of a
    sentence with a long quotation in it ('called', 'condemned') is no cue. `lemmas`: the
    article's words and their lemmas."""
    if quote.cue is None:
        return quote.speaker is not None
    words = re.findall(r"[a-z]+", quote.cue.lower())
    # a headline's verb ("Urges") is often no verb to the tagger of title case: HEADLINE_CUE_FORMS are speech
    return bool(set(words) & tagger.speech) or any(lemmas.get(w) in QUOTE_CUE_VERBS or w in HEADLINE_CUE_FORMS for w in words)


def _attributed(quote: Quote) -> bool:
    """Reported speech is kept only with its source: with none ('Let's say you think ...', 'It's
    worth noting that ...', 'Now tell us this isn't ...') it is the writer's own voice. Words in
    quotation marks stay even when their speaker is not resolved."""
    return quote.speaker is not None or quote.kind == "direct"


# Where a reported clause that runs on to its sentence's end stops: a semicolon, or a participle
# of a speech verb that starts a report of its own (PARTICIPLE_CUES). In PolNeAR train, contents
# stop before "; " 92 times and hold one 22 times; they stop before ", saying/calling/telling/
# arguing/noting/pointing/citing/claiming/warning/..." some 170 times and hold one 9 times, also
# after a closing mark ('he has "expanded the Republican party," claiming that ...'). (", adding
# that ..." stays in: it continues the same statement, as the tests/corpus golds give it.)
CLAUSE_BREAK = re.compile(r";\s|,[\"”’]?\s+(?P<participle>[a-z]+ing)\b")
PARTICIPLE_CUES = (QUOTE_CUE_VERBS - WORDS["PARTICIPLE_GOING_ON"]) | WORDS["PARTICIPLE_OWN_REPORTS"]
# Participles of a quote's cue whose report stands between two parts of one statement ('"A," Clark
# said, noting ... "B."'), "adding" too: in PolNeAR train, after '"A," X said, adding R.', the
# quotation "B" is joined to A 2 times and to R 4 times (not done here), never given alone.
ASIDE_PARTICIPLES = QUOTE_CUE_VERBS | WORDS["PARTICIPLE_OWN_REPORTS"]


def _before_clause_break(quote: Quote, text: str, extractor: QuoteExtractor) -> Quote:
    """A reported clause that runs to the end of its sentence stops at a CLAUSE_BREAK outside
    quotation marks: what follows is the writer's ('the timing was not intentional; they only
    learned on Friday ...') or a second report ('..., arguing that it was divisions ...')."""
    if quote.kind == "direct" or not re.match(r"\s*[\"”’']?\s*[.!?]", text[quote.end : quote.end + 4]):
        return quote
    for match in CLAUSE_BREAK.finditer(text[quote.start : quote.end]):
        end = quote.start + match.start()
        if match.group("participle"):
            at = quote.start + match.start("participle")
            if extractor._quoted(at) or extractor.tokens.lemma[_token_at(extractor, at)].lower() not in PARTICIPLE_CUES:
                continue
        elif extractor._quoted(end):
            continue
        if len(text[quote.start : end].split()) >= MIN_DIRECT_WORDS:
            return dataclasses.replace(quote, text=_clean(text[quote.start : end]), end=end,
                                       kind=extractor._kind(quote.start, end))
    return quote


def _before_own_clause(quote: Quote, extractor: QuoteExtractor) -> Quote:
    """A reported clause, the tagger's too, stops before a clause hung on its cue that is no part of
    it (`_clause_of_its_own`: '... would face "strict legal consequences," and he again rejected
    calls for new elections'), as `_reported_clause` stops the rules' own."""
    if quote.kind == "direct":
        return quote
    doc, first = extractor.doc, _token_at(extractor, quote.start)
    last = _token_at(extractor, max(quote.end - 1, quote.start))
    # parts joined around their cue ('A, Jordan said, and B') are no one clause to read the speaker's next act in
    cue = _cue_token(quote, doc[first : last + 1]) if _in_one_piece(quote, extractor) else None
    for token in _clause_heads(extractor, first, last + 1):
        own_clause = token.head.i < first and token.head.i != token.i and _clause_of_its_own(token) \
            and not extractor._quoted(_subject(token).idx)
        next_act = cue is not None and _speakers_next_act(token, cue) and not extractor._quoted(token.idx)
        if own_clause or next_act:
            end = _cut_before(quote, token, extractor)
            if len(extractor.text[quote.start : end].split()) >= MIN_DIRECT_WORDS:
                return _ended_at(quote, end, extractor)
            return quote
    return quote


def _ended_at(quote: Quote, end: int, extractor: QuoteExtractor) -> Quote:
    """The quote with its words ending at `end` (a cut): its text, end and kind read afresh."""
    return dataclasses.replace(quote, text=_clean(extractor.article_text[quote.start : end]), end=end,
                               kind=extractor._kind(quote.start, end))


def _cut_before(quote: Quote, token, extractor: QuoteExtractor) -> int:
    """Where a quote's words end before the clause a token heads: before the clause's first word, and
    before a coordinator the parser hung on the clause before it."""
    end = _strip_span(extractor.text, quote.start, token.left_edge.idx)[1]
    trailing = TRAILING_COORDINATOR.search(extractor.text[quote.start : end])
    if trailing:
        end = _strip_span(extractor.text, quote.start, quote.start + trailing.start())[1]
    return end


def _in_one_piece(quote: Quote, extractor: QuoteExtractor) -> bool:
    """Whether a quote's words are the article's from its start to its end, not parts joined."""
    return quote.text == _clean(extractor.article_text[quote.start : quote.end])


def _cue_token(quote: Quote, tokens):
    """The verb before a report's words that its words hang on, when it is the report's cue word."""
    if quote.cue is None:
        return None
    word = quote.cue.split()[-1].lower()
    return next((t.head for t in tokens if t.head.i < tokens.start and t.head.lower_ == word), None)


_DOCUMENT_WORDS = STATEMENT_NOUNS | DOCUMENT_NOUNS


def _names_a_text(token, words) -> bool:
    """Whether a noun is one of these words ('statement', 'reports', 'interviews'), in any form."""
    return token.lower_ in words or token.lemma_.lower() in words


def _names_a_document(token) -> bool:
    """Whether a noun names a statement or a document."""
    return _names_a_text(token, _DOCUMENT_WORDS)


def _token_at(extractor: QuoteExtractor, char: int) -> int:
    return max(bisect.bisect_right(extractor.tokens.idx, char) - 1, 0)


# A second cue coordinated with a quote's own ("promised to keep supporting her and said she
# would ..."): PolNeAR train contents stop before it 99 times (and what it introduces is content
# of its own 94 times) and hold one 34 times. Only the cut is made: the tests/corpus and seed
# golds keep "said A and urged B" as one statement, so the second part is not given on its own.
COORDINATED_CUE = re.compile(rf",?\s+(?:{alternation(COORDINATORS)})\s+(?:(?:{alternation(WORDS['COORDINATED_CUE_ADVERBS'])})\s+)?"
                             rf"(?:{alternation(verb_forms(WORDS['COORDINATED_CUES'], ('VBD', 'VBZ')))})\b")


def _at_coordinated_cue(quote: Quote, text: str, extractor: QuoteExtractor) -> list[Quote]:
    """A reported clause stops before a second cue of its speaker outside quotation marks; a
    that-clause the second cue introduces ('... and asserted that she and the other families are
    tired of waiting') is a report of its own, by the same speaker."""
    if quote.kind == "direct":
        return [quote]
    match = COORDINATED_CUE.search(text, quote.start, quote.end)
    if match is None or extractor._quoted(match.start()) or len(text[quote.start : match.start()].split()) < 2:
        return [quote]
    cut = _strip_span(text, quote.start, match.start())[1]  # without the closing mark: 'her "passion and commitment"'
    first = dataclasses.replace(quote, text=_clean(text[quote.start : cut]), end=cut, kind=extractor._kind(quote.start, cut))
    start, end = _strip_span(text, match.end(), quote.end)
    if not re.match(r"that\s", text[start:end]) or len(text[start:end].split()) <= MIN_DIRECT_WORDS:
        return [first]
    second = dataclasses.replace(quote, text=_clean(text[start:end]), start=start, end=end,
                                 cue=text[match.start() : match.end()].split()[-1], kind=extractor._kind(start, end))
    return [first, second]


# Words that set a second report beside the first ('..., while 22 percent said they might change their minds').
SECOND_REPORT_BREAKS = frozenset({","}) | COORDINATORS | CONTRAST_MARKS


def _second_report_verb(token, first: int, last: int, extractor: QuoteExtractor):
    """The clause a verb inside a report's words reports when the verb is a second report: a speech verb
    outside quotation marks, with a tense and a subject of its own (no pronoun), which the parser hung as a
    coordinated or adverbial clause on a word of the report ('..., while eight in 10 said ...'), set off by
    SECOND_REPORT_BREAKS, and not marked "that" ('... and that the rebels had said ...': the first speaker's
    report of what others said). Not the report's own verb after a fronted phrase (its head is the cue,
    outside the words) nor a relative clause ('..., which critics say ..., would'); None when no second report."""
    if token.dep_ not in {"conj", "advcl"} or not first <= token.head.i <= last or token.pos_ != "VERB" \
            or token.lemma_.lower() not in QUOTE_CUE_VERBS or extractor._quoted(token.idx) or not _finite(token):
        return None  # '..., with a majority of voters saying ...' is the first report's own detail
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i]
    clauses = [c for c in token.children if c.dep_ == "ccomp" and c.left_edge.i > token.i and c.right_edge.i <= last]
    opening = token.left_edge.i
    if not subjects or not clauses or subjects[0].pos_ == "PRON" or opening <= first \
            or not {w.lower_ for w in token.doc[max(first, opening - 2) : opening + 1]} & SECOND_REPORT_BREAKS:
        return None
    return clauses[0]


def _at_second_report(quote: Quote, extractor: QuoteExtractor) -> list[Quote]:
    """A reported clause stops before a second report inside it (`_second_report_verb`: 'a third of the growers
    said prices would fall, while eight in 10 said they feared the tariffs more', '..., whereas the auditor
    acknowledged that ...'); the clause the second verb reports is a quote of its own, by its subject. A
    second report too short for a quote, or with no speaker found, is no quote at all: its words are not the
    first speaker's."""
    if quote.kind == "direct" or quote.cue is None or quote.cue.lower() == "according to" \
            or not _in_one_piece(quote, extractor):
        return [quote]
    doc, text = extractor.doc, extractor.text
    first, last = _token_at(extractor, quote.start), _token_at(extractor, max(quote.end - 1, quote.start))
    for token in _clause_heads(extractor, first + 1, last + 1):
        clause = _second_report_verb(token, first, last, extractor)
        if clause is None:
            continue
        cut = _cut_before(quote, token, extractor)
        # the first speaker's words end here however few they are ('Tehran would respond'); under
        # MIN_QUOTE_WORDS they are no quote
        heads = [_ended_at(quote, cut, extractor)] if len(text[quote.start : cut].split()) >= MIN_QUOTE_WORDS else []
        start = clause.left_edge.idx if clause.left_edge.lower_ != "that" else doc[clause.left_edge.i + 1].idx
        start, end = _strip_span(text, start, min(quote.end, clause.right_edge.idx + len(clause.right_edge)))
        speaker = extractor._subject_of(token)  # as the rules name the subject of any cue
        if speaker is None or len(text[start:end].split()) < MIN_DIRECT_WORDS:
            return heads
        second = dataclasses.replace(quote, text=_clean(extractor.article_text[start:end]), start=start, end=end,
                                     cue=token.text, kind=extractor._kind(start, end), speaker=speaker.shown,
                                     speaker_label=speaker.label, speaker_name=speaker.name)
        return [*heads, *_at_second_report(second, extractor)]
    return [quote]


# An "according to" set off after a report's words (by a comma, dash or bracket, or right after a closing mark; maybe
# after "and": '..., and according to the ministry, crime fell', the next clause's source): the source of what comes
# before it, never part of them; not one inside the clause ('carried out according to international law').
ACCORDING_TO = re.compile(r"(?:[,;—–(]|[\"”’'])\s*(?:(?:and|but)\s+)?(?P<according>according to)\b", re.I)


# More of the report after an "according to" phrase inside it ('..., according to satellite images, and that the water
# was rising'), which the phrase then does not end; a clause of its own after it ('; according to the ministry, a new
# round is planned') is no part of the report.
REPORT_GOES_ON = re.compile(r"[,;:)—–-]\s*(?:and|but|or)\b", re.I)
CLOSING_MARKS_OR_COMMA = frozenset({",", '"', "”", "’", "'", "''"})


def _according_phrase_end(according) -> int:
    """Where an "according to" phrase ends in the text: its subtree's last character."""
    edge = according.right_edge
    return edge.idx + len(edge)


def _reported_by_group(quote: Quote, extractor: QuoteExtractor) -> bool:
    """Whether the subject of the verb that reports `quote` names a group or a share of one: a plural
    head ('Senators', 'voters') or GROUP_SUBJECT_HEADS / SHARE_HEADS ('most', '55 percent'); not a
    single person or body ('the president', 'the army'), whom a source only reports."""
    token = extractor.doc[_token_at(extractor, quote.start)]
    while token.head.i != token.i:
        token = token.head
        if token.lower_ == quote.cue.lower() and token.idx < quote.start:
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            return bool(subjects) and (subjects[0].morph.get("Number") == ["Plur"]
                                       or subjects[0].lower_ in WORDS["GROUP_SUBJECT_HEADS"] | SHARE_HEADS)
    return False


def _sourced_after(quote: Quote, extractor: QuoteExtractor) -> Quote:
    """A reported clause stops before an "according to" outside quotation marks whose phrase ends it,
    which names where the words before it come from (PolNeAR train contents stop before ', according
    to' 256 times and hold one twice); one with more of the report after it ('..., according to
    satellite images, and that the water was rising') leaves the report whole. A group's report that
    an "according to" right after it sources (after a comma, the phrase closing the sentence) is the
    source's: 'Some 55 percent of voters said they do not believe ..., according to a Quinnipiac poll'
    is the poll's, 'More than 6 in 10 voters said ..., according to exit polling reported by CNN'
    CNN's: in PolNeAR train every one of 43 reports told inside an "according to" sentence has its
    source there (the poll, the report, the outlet), none the speaker of the verb. Only a document or a
    count (DOCUMENT_NOUNS) takes the group's words: 'Witnesses said ..., according to Reuters' stays the
    witnesses', whom the outlet only reports, as the product needs the people who saw it. A single speaker
    ('Kasich said', 'the president said ..., according to Le Monde') keeps his words, as the one who
    said them; so does a group whose "according to" sources the next clause ('...; according to the
    White House, it would also ...')."""
    if quote.kind == "direct" or quote.cue is None or quote.cue.lower() == "according to":
        return quote
    text = extractor.text
    inside = next((m for m in ACCORDING_TO.finditer(text, quote.start, quote.end)
                   if not extractor._quoted(m.start("according"))), None)
    if inside is not None:
        according = extractor.doc[_token_at(extractor, inside.start("according"))]
        if extractor._by_manner(according) or REPORT_GOES_ON.search(text, _according_phrase_end(according),
                                                                     quote.end):
            return quote
        end = _strip_span(text, quote.start, inside.start())[1]
        if len(text[quote.start : end].split()) < MIN_DIRECT_WORDS:
            return quote
        quote = _ended_at(quote, end, extractor)
    if quote.speaker_label != "GROUP" or not _reported_by_group(quote, extractor):
        return quote
    t = extractor.tokens
    i = bisect.bisect_left(t.idx, quote.end)
    while i < len(t) and t.lower[i] in CLOSING_MARKS_OR_COMMA:  # '..., according to', '...," according to'
        i += 1
    if i >= len(t) or not extractor._is_according_to(i) or t.sent_start[i] != t.sent_start[_token_at(extractor, quote.start)] \
            or extractor._by_manner(extractor.doc[i]):
        return quote
    according = extractor.doc[i]
    if any(after.dep_ in ("nsubj", "nsubjpass", "expl") for after in extractor.doc[according.right_edge.i + 1 : according.sent.end]):
        return quote  # the phrase sources the clause after it ('; according to the White House, it would also ...')
    if not any(_names_a_text(source, DOCUMENT_NOUNS) for to in according.children for source in to.children
               if source.dep_ == "pobj"):
        return quote  # an outlet or a person that reports the group ('..., according to Reuters') keeps its speakers
    speaker = extractor._according_source(according.sent, according)
    if speaker is None:
        return quote
    return dataclasses.replace(quote, speaker=speaker.shown, speaker_label=speaker.label, speaker_name=speaker.name)


def _join_split_quotes(quotes: list[Quote], doc) -> list[Quote]:
    """'"These are strange days," said X, a lawyer. "I don't know ..."': an uncued direct quote
    in the paragraph of its speaker's quote goes on with the same statement, one quote with its
    parts joined as PolNeAR gives them, also after a mixed quote that ends on its quotation ('Yet
    Trump is also a "change agent," Cole said. "That's exactly ..."'); not when the words between
    tell of something else ('said after he failed to show up', 'said, going on to contrast ...').
    A report of the speaker's own participle in between ('"...," Clark said, noting he would
    support any of them. "We've developed ..."') stays a quote of its own, and the parts around it
    are still joined, as PolNeAR gives them. `quotes` in text order."""
    text = text_of(doc)
    out: list[Quote] = []
    statement = None  # the index in `out` of the quote an uncued part may go on with, kept across an aside after it
    for quote in quotes:
        last = out[statement] if statement is not None else None
        if last is not None and quote.cue is None and quote.kind == "direct" and _ends_quoted(last, doc) \
                and quote.speaker and quote.speaker == last.speaker and _same_statement(text, last, quote) \
                and len(text[last.end : quote.start].split()) <= SPLIT_GAP_WORDS \
                and not _tells_more(doc.char_span(last.end, quote.start, alignment_mode="contract")):
            out[statement] = dataclasses.replace(last, text=f"{last.text} {quote.text}", end=quote.end)
            continue
        out.append(quote)
        if last is None or statement != len(out) - 2 or not _participle_aside(last, quote, doc):
            statement = len(out) - 1
    return out


def _participle_aside(last: Quote, report: Quote, doc) -> bool:
    """Whether a report is what the speaker of the quote before it says in a participle hung on
    that quote's cue ('"...," Buchanan said, noting that Manafort did not lose a single delegate.'),
    a participle of ASIDE_PARTICIPLES."""
    if report.kind == "direct" or report.cue is None or report.speaker != last.speaker or last.cue is None \
            or report.start < last.end:
        return False
    between = doc.char_span(last.end, report.start, alignment_mode="contract")
    cue = last.cue.split()[-1].lower()
    return between is not None and any(
        t.lower_ == report.cue.lower() and t.tag_ == "VBG" and t.lemma_.lower() in ASIDE_PARTICIPLES
        and t.dep_ in {"advcl", "xcomp"} and t.head.lower_ == cue and last.end <= t.head.idx < t.idx
        for t in between)


def _ends_quoted(quote: Quote, doc) -> bool:
    """Whether a quote's words end with a quotation its cue follows: a direct quote, or a mixed one
    whose last words stand before a closing mark (after the comma or stop inside it: 'a "change
    agent,"'), with no token of its cue word before it in its sentence when that cue follows it
    ('Asked about Sullivan, Feinstein said "I don't know anything about ...," she said. "I've never
    heard ..."', the mixed form, and 'Lin said "A," she said. "B."', the direct one: in PolNeAR
    train, after a quotation ended by a second cue, the next quotation is a statement of its own
    all 3 times a speech word stands before the first one in its sentence, and joins it 22 times
    of 30 when none does). Someone else's speech word ('As Putin said last year, "A," Lin said.
    "B."', `_said_by_another`) does not count."""
    text = text_of(doc)
    if quote.kind == "direct":
        if quote.cue is None or not _cue_follows(quote, text):
            return True
    elif quote.kind != "mixed" or not QUOTATION_END.match(text, quote.end) or quote.cue is None:
        return False
    # its sentence's start, read from the text (the parser may end a sentence at "Feinstein said")
    start = text.rfind("\n", 0, quote.start) + 1
    start = max((end.end() for end in SENTENCE_END.finditer(text, start, quote.start)), default=start)
    before = doc.char_span(start, quote.start, alignment_mode="contract")
    cue = quote.cue.split()[-1].lower()
    return before is None or all(t.lower_ != cue or _said_by_another(t, quote.speaker) for t in before)


def _said_by_another(verb, speaker: str | None) -> bool:
    """Whether a speech verb's subject names someone other than the quote's speaker: 'As Putin said
    last year, "A," Lin said.' (a pronoun, or no subject of its own, may be the speaker's)."""
    names = set(re.findall(r"\w+", (speaker or "").lower()))
    subjects = [verb.doc[c.left_edge.i : c.right_edge.i + 1] for c in verb.children
                if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"]
    return bool(subjects) and not any(names & set(re.findall(r"\w+", s.text.lower())) for s in subjects)


def _cue_follows(quote: Quote, text: str) -> bool:
    """Whether a quote's cue word stands after it, before its sentence ends ('"A," she said.')."""
    window = text[quote.end : quote.end + ATTRIBUTION_WINDOW]
    stop = SENTENCE_END.search(window)
    cue = quote.cue.split()[-1].lower()
    return cue in re.findall(r"[\w'’]+", window[: stop.start() if stop else len(window)].lower())


def _same_statement(text: str, last: Quote, quote: Quote) -> bool:
    """Whether an uncued quote can go on with the quote before it: in the same paragraph, or as
    the whole of the next paragraph when only the last one's cue stands between them
    ('"... steal that nomination," Collins told MSNBC.\n\n"So the best way we do it, we get to
    1,237. Game over."': PolNeAR joins such a paragraph to the statement before it 72 times in
    train, and gives it as a statement of its own 23 times)."""
    gap = text[last.end : quote.start]
    if "\n" not in gap:
        return True
    cue, _, between = gap.partition("\n")
    line_end = text.find("\n", quote.end)
    rest = text[quote.end : line_end if line_end >= 0 else len(text)]
    return last.cue is not None and not between.strip(" \n\"“”'‘") and not re.search(r"[\"“”]", cue.strip(" ,.\"“”’'")) \
        and not re.search(r"\w", rest)


def _tells_more(gap) -> bool:
    """Whether the cue between two quotations tells of something else besides: a clause it
    governs that is introduced by a conjunction ('said after he failed to show up') or
    coordinated with it ('said and left'); a participle ('said, referring to ...') or a relative
    clause on the speaker ('X, who helmed the DNC, ...') does not."""
    if gap is None:
        return False
    cue = next((t for t in gap if t.lemma_.lower() in QUOTE_CUE_VERBS and t.pos_ in {"VERB", "AUX"}), None)
    if cue is None:
        return False
    return any(c.i < gap.end and (c.dep_ in {"conj", "ccomp"} or c.dep_ == "advcl"
                                  and any(m.dep_ == "mark" for m in c.children)) for c in cue.children if c.i > cue.i)


def _worth_adding(quote: Quote, doc=None) -> bool:
    """A tagged quote no rule found: a cued report of a person, an organisation or a group of
    people; short objects ('claimed the attack', 'denied the claim') and documents or deeds given
    to a vague group are where the tagger errs most."""
    if quote.cue is None or len(quote.text.split()) < MIN_DIRECT_WORDS:
        return False
    if quote.speaker_label != "GROUP":
        return True
    if not quote.speaker:
        return False
    # A group of people ("Lawmakers", "Clinton's team") speaks; a document ("the poll", "federal
    # data") or a group the words themselves are about ('peacekeepers hurting the civilians') does not.
    words = set(re.findall(r"\w+", quote.speaker.lower()))
    if words & DOCUMENT_NOUNS or words & set(re.findall(r"\w+", quote.text.lower())):
        return False
    # ... and reports a clause: 'claimed responsibility for the attack', 'asked not to be named',
    # 'announced the complete liberation of the region' are deeds, not statements.
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand") if doc is not None else None
    return span is None or _finite(span.root)


def _finite(verb) -> bool:
    """Whether a token is a verb with a tense of its own ('rejects', "she'll continue")."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children)


def _takes_over(quote: Quote, hits: list[Quote], tagged: list[Quote]) -> bool:
    """Whether a tagged quote replaces the rule quotes it overlaps: a quote interrupted by its
    cue ('"A," X said. "B."'), which the rules give as two direct quotes and the tagger as one;
    or a reported clause the rules cut short (the tagged one, alone on it, is a third longer)."""
    if len(hits) >= 2:
        return all(r.kind == "direct" for r in hits)
    rule = hits[0]
    alone = sum(_overlaps(t, rule) for t in tagged) == 1
    return alone and quote.end - quote.start > LONGER * (rule.end - rule.start)


def merge(ruled: list[Quote], tagged: list[Quote], sourced: frozenset[int] = frozenset(), doc=None) -> list[Quote]:
    """The rules' quotes, with what the tagger adds: a tagged quote replaces rule quotes where it
    `_takes_over`, keeping the rules' speaker (which the discourse rules resolve) unless the
    tagger marked the source itself (`sourced`: ids of such tagged quotes); one no rule
    overlaps is added (`_worth_adding`)."""
    replaced: set[int] = set()
    added: list[Quote] = []
    for quote in tagged:
        hits = [i for i, r in enumerate(ruled) if _overlaps(quote, r)]
        if not hits:
            if _worth_adding(quote, doc):
                added.append(quote)
        elif _takes_over(quote, [ruled[i] for i in hits], tagged):
            speakers = [ruled[i] for i in hits if ruled[i].speaker]
            if speakers and not (id(quote) in sourced and quote.speaker):
                quote.speaker, quote.speaker_label = speakers[0].speaker, speakers[0].speaker_label
            added.append(quote)
            replaced.update(hits)
    kept = [r for i, r in enumerate(ruled) if i not in replaced]
    return sorted([*kept, *added], key=lambda q: q.start)


@component("quotes", requires=["entities", "places"], assigns=["quotes", "speakers"])
def extract_quotes(ctx: Context) -> None:
    rules = QuoteExtractor(ctx)
    ruled = rules.run_rules()
    ctx.scratch["speakers"] = rules.resolver  # later components read the rules' discourse memory
    try:
        tagger = load_tagger()
    except FrontwireError as exc:  # a bad FRONTWIRE_QUOTE_MODEL: say so once per article, keep the rules' quotes
        logger.warning("%s: %s; quotes from the rules only", ctx.article.source, exc)
        ctx.article.warnings.append(f"{exc}; quotes from the rules only")
        tagger = None
    if tagger is None:
        ctx.record.quotes = ruled
        return
    tagging = QuoteExtractor(ctx, rules)  # a fresh discourse memory for the tagger's pass
    tagged = tagging.run_tagger(tagger)
    t = tokens_of(ctx.doc)
    lemmas = {lower: lemma.lower() for lower, lemma, pos in zip(t.lower, t.lemma, t.pos) if pos in {"VERB", "AUX"}}
    ctx.record.quotes = merge([q for q in ruled if _speech_cue(q, tagger, lemmas)], tagged, frozenset(tagging.sourced),
                              ctx.doc)
    ctx.record.quotes = _without_nested_twins(_join_split_quotes(
        [_sourced_after(part, tagging) for q in ctx.record.quotes if _attributed(q) for cut in
         _at_coordinated_cue(_before_own_clause(_before_clause_break(q, ctx.text, tagging), tagging), ctx.text, tagging)
         for part in _at_second_report(cut, tagging)],
        ctx.doc))


def _without_nested_twins(quotes: list[Quote]) -> list[Quote]:
    """The quotes without one inside another of the same speaker: a report handed to its "according to"
    source can lie inside the sentence's own "according to" quote of that source, one claim counted twice
    (the text too, as parts joined around another's report span it and hold none of it)."""
    def inside(quote: Quote, other: Quote) -> bool:
        return other.start <= quote.start and quote.end <= other.end and quote.text in other.text \
            and (other.start, other.end) != (quote.start, quote.end)
    return [q for k, q in enumerate(quotes)
            if not any(o.speaker and (o.speaker or "").lower() == (q.speaker or "").lower()
                       and (inside(q, o) or (o.start, o.end) == (q.start, q.end) and j < k)
                       for j, o in enumerate(quotes) if j != k)]

