"""Who a subject noun phrase names: entity, organisation or group, or a pronoun's referent.

spaCy's small model has no coreference component, so pronouns and relative pronouns are
resolved here with a discourse memory of the last person and last organisation or group
that spoke or acted, which is how news prose uses "he said" and "it said in a statement".
"""
from __future__ import annotations

import bisect
import re
from pathlib import Path
from dataclasses import dataclass, field
from typing import NamedTuple

from frontwire import vocab
from frontwire.extract.entities import EntityIndex, clean_name
from frontwire.extract.triggers import alternation
from frontwire.extract.yamlfiles import word_classes
from frontwire.nlp.text import text_of
from frontwire.nlp.tokens import tokens_of

# The quotes stage's word classes (data/quotes.yaml), read as WORDS["SHARE_HEADS"].
WORDS = word_classes(Path(__file__).with_name("data") / "quotes.yaml")
PERSON_PRONOUNS = WORDS["PERSON_PRONOUNS"]
GROUP_PRONOUNS = WORDS["GROUP_PRONOUNS"]
RELATIVE_PRONOUNS = WORDS["RELATIVE_PRONOUNS"]
# Left modifiers that are part of a group's name ("Ukrainian police", "military group").
NAME_MODIFIERS = {"compound", "amod", "nmod", "npadvmod", "poss"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
# Heads that make a subject an institution or group, for "the ministry said" style anaphora.
GROUP_HEADS = vocab.words("group_subject")

# Definite descriptions that point back to an organisation named before ("the agency said").
GENERIC_GROUP_HEADS = vocab.words("group_anaphor")
# Definite role nouns that point back to a person named before ("the commander added").
GENERIC_PERSON_HEADS = vocab.words("person_anaphor")

# Role nouns whose apposed proper name is a person's.
PERSON_ROLES = vocab.words("person_role")

PERSON_FOLLOWERS = WORDS["PERSON_FOLLOWERS"]
STATEMENT_HEADS = WORDS["STATEMENT_HEADS"]

DATELINE_DASHES = {"--", "—", "–", "-"}


HONORIFICS = WORDS["HONORIFICS"]
NOT_NAME_WORDS = HONORIFICS | WORDS["MENTION_FILLERS"]
# A mention that names a person by the surname alone, after an honorific or none.
BARE_SURNAME = re.compile(rf"((?:{alternation(title.capitalize() for title in HONORIFICS)})\.? )?([A-Z][\w'’-]+)$")
MENTION_LIMIT = 30  # tokens: a longer subject phrase is a misparse, not a description
# Left dependents that belong to a subject phrase ("the", "Clinton spokesman", "Al Jazeera's").
MENTION_LEFT = NAME_MODIFIERS | {"det", "nummod", "quantmod", "predet", "prep"}
SHARE_HEADS = WORDS["SHARE_HEADS"]
# Quantifiers that stand as a subject and speak for a group ("Some of Clinton's allies said", "Another said").
QUANTIFIER_SUBJECTS = WORDS["GROUP_QUANTIFIERS"] | WORDS["SINGLE_QUANTIFIERS"]
# The parts of speech the parser gives such a quantifier standing alone ("Some said"; not "Some residents said").
QUANTIFIER_POS = frozenset({"PRON", "ADJ", "DET"})
NEGATIVE_QUANTIFIERS = WORDS["NEGATIVE_QUANTIFIERS"]
# What opens a writer's aside ("an aggressive - some say unrealistic - pledge", "(some say unrealistic)").
ASIDE_OPENERS = frozenset(DATELINE_DASHES | {"("})
ASIDE_LINKS = WORDS["ASIDE_LINKS"]
HYPOTHETICAL_MARKS = WORDS["HYPOTHETICAL_MARKS"]
# Where a quantifier's phrase ends ("Most of the residents, who fled on Sunday,"); a quotation mark inside it
# ("Most of the 40 "martyrs" named ...") leaves the quantifier alone.
QUANTIFIED_PHRASE_ENDS = frozenset(ASIDE_OPENERS | {",", ")", ";", ":"})
QUOTATION_MARKS = frozenset({'"', "“", "”", "''", "``"})


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower())) - NOT_NAME_WORDS


@dataclass
class Speaker:
    name: str
    label: str  # PERSON | ORG | GROUP
    # The subject phrase as the text writes it where it speaks ("Mr. Barrett, the lawyer for the
    # agency", "the mayor"); None for a pronoun or a speaker carried over from before.
    mention: str | None = None

    @property
    def shown(self) -> str:
        """How a quote names its speaker: the canonical name where it says all the mention says
        ("Andrii Sybiha" for "Foreign Minister Andrii Sybiha"); else the mention with the full
        name in it ("Mr. Kevin Barrett, the lawyer for the agency", "Michael Flynn, a top Trump
        surrogate"); a role standing for a named speaker with the name ("Bill de Blasio, the
        mayor"). Readers (and the PolNeAR annotations) take a source as the text describes it."""
        if not self.mention:
            return self.name
        words, own = _words(self.mention), _words(self.name)
        if not words - own or own <= words:
            return self.name
        head = self.mention.split(",")[0]  # the phrase before its apposition or relative clause
        bare = BARE_SURNAME.match(head)
        if self.label == "PERSON" and bare and bare.group(2) == self.name.split()[-1] and " " in self.name:
            # "Mr. Barrett, the lawyer ..." or "Flynn, a top Trump surrogate": the surname alone
            return self.mention[: bare.start(2)] + self.name + self.mention[bare.end(2) :]
        if words & own or any(w[:1].isupper() for w in head.split()[1:]):
            return self.mention  # a name given there: the text's, even where the resolver found another
        role = self.mention[0].lower() + self.mention[1:] if self.mention.startswith(("The ", "A ")) else self.mention
        return f"{self.name}, {role}"


@dataclass
class Phrases:
    """The subject phrases of one article's parse by token position (`mention_of` and the noun
    phrase a resolver names a group by), worked out once: the quote extractor's two passes (the
    rules' and the tagger's) each resolve every sentence's subjects with a resolver of its own."""

    mentions: dict[int, str | None] = field(default_factory=dict)
    noun_phrases: dict[int, str] = field(default_factory=dict)
    # `doc.ents`, which spaCy builds anew (a Token per entity token) on every access.
    ents: tuple | None = None
    # Its organisations with what the resolvers read of them for every "it"/"the ministry"
    # (a Span computes its text, end and root anew on every access).
    orgs: tuple[_Org, ...] | None = None
    # What each subject's words say of its speaker (`SpeakerResolver._read`), by token position.
    readings: dict[int, _Reading] = field(default_factory=dict)


class _Reading(NamedTuple):
    """What a subject's words alone say of its speaker: the speaker (or None) when they settle
    it; else (`settled` False) what the discourse memory resolves it with: the name after a
    dateline (`dated`), or the entity and phrase of a definite description ("the ministry");
    nothing more for a pronoun."""

    settled: bool
    speaker: Speaker | None = None
    dated: object = None
    ent: object = None
    phrase: str = ""


class _Org(NamedTuple):
    """An organisation entity and its attributes, read once."""

    span: object
    start: int
    end_char: int
    root_dep: str
    text: str
    words: tuple[str, ...]  # its words in lower case


class SpeakerResolver:
    """Names for subject tokens, with a memory of who was last mentioned as acting."""

    def __init__(self, index: EntityIndex, doc, text: str, places: frozenset[str] = frozenset(),
                 phrases: Phrases | None = None):
        """`phrases`: those of another resolver of the same Doc, to share."""
        self.index = index
        self.phrases = Phrases() if phrases is None else phrases
        self.text = text  # doc.text, which spaCy would rebuild from the tokens on every access
        if self.phrases.ents is None:
            self.phrases.ents = tuple(doc.ents)
        self.ents = self.phrases.ents  # likewise built once per Doc
        if self.phrases.orgs is None:
            self.phrases.orgs = tuple(_Org(e, e.start, e.end_char, e.root.dep_, e.text, tuple(e.text.lower().split()))
                                      for e in self.ents if e.label_ == "ORG")
        self.orgs = self.phrases.orgs
        self.tokens = tokens_of(doc)  # the token attributes, read without building Token objects
        self.ent_starts = [e.start for e in self.ents]  # in text order, for bisecting
        self.people = [e for e in self.ents if e.label_ == "PERSON"]
        self.people_starts = [e.start for e in self.people]
        self.places = places  # names of places (not used as metonyms): never an organisation that speaks
        self.last_person: Speaker | None = None
        self.last_group: Speaker | None = None
        self.last_group_at = -1
        self.last_speaker: Speaker | None = None
        self.groups: list[tuple[int, Speaker]] = []  # (character offset, group) of every group that spoke
        self.roles: dict[str, Speaker] = {}  # role word -> the person last named with it ("mayor")

    def remember(self, speaker: Speaker | None, position: int = -1) -> None:
        if speaker is None:
            return
        self.last_speaker = speaker
        if speaker.label == "PERSON":
            self.last_person = speaker
        else:
            self.last_group, self.last_group_at = speaker, position
            self.groups.append((position, speaker))

    def _group_before(self, token) -> Speaker | None:
        """The organisation last acting or named before `token`, whichever came later."""
        return self._group_before_at(token)[0]

    def _group_before_at(self, token) -> tuple[Speaker | None, int]:
        """The same, with the character offset where it was named or last spoke."""
        t, i = self.tokens, token.i
        sent_start = t.sent_start
        named = [e for e in self.orgs if e.end_char <= t.idx[i]
                 and e.end_char > self.last_group_at and e.root_dep not in {"pobj"} and e.text not in self.places]
        named = [e for e in named if sent_start[e.start] >= sent_start[i] - 200]
        if t.lower[i] == "it" and t.dep[i] == "nsubj" and i - sent_start[i] > 2:
            # "Russia fired 47 missiles, including Kinzhal ..., it said": a cue after its clause
            # points back past it; a name inside the reported clause is not the speaker.
            named = [e for e in named if e.start < sent_start[i]]
        if named and self.index.lookup(named[-1].text) is not None and self.index.lookup(named[-1].text).label != "PERSON":
            return Speaker(self.index.canonical(named[-1].text), "ORG"), named[-1].end_char
        return self.last_group, self.last_group_at

    def entity_of(self, i: int):
        """The entity token `i` stands in, if any (entities never overlap: the last starting at or before it)."""
        at = bisect.bisect_right(self.ent_starts, i) - 1
        return self.ents[at] if at >= 0 and i < self.ents[at].end else None

    def _entity_at(self, i: int):
        """The named entity token `i` stands in (a person, organisation, place or group), if any."""
        return self.entity_of(i) if self.tokens.ent_type[i] in NAME_LABELS else None

    def _noun_phrase(self, head) -> str:
        phrase = self.phrases.noun_phrases.get(head.i)
        if phrase is None:
            phrase = self.phrases.noun_phrases[head.i] = self._read_noun_phrase(head)
        return phrase

    def _read_noun_phrase(self, head) -> str:
        # Children from the table, Token objects only for the edges read.
        doc, children, at = head.doc, self.tokens.children, head.i
        text, dep = self.tokens.text, self.tokens.dep
        modifiers = NAME_MODIFIERS | {"nummod"} if self.tokens.lower[at] in SHARE_HEADS else NAME_MODIFIERS
        start = min([doc[c].left_edge.i for c in children[at] if c < at and dep[c] in modifiers], default=at)
        positions = [i for i in range(start, head.i + 1) if dep[i] not in {"det", "punct"}]
        # Capitalised "of"/"for" chains belong to names: "Institute for the Study of War".
        right = head.i
        for child in children[at]:
            if child > at and dep[child] == "prep" and self.tokens.lower[child] in {"of", "for"}:
                obj = [c for c in children[child] if c > child and dep[c] == "pobj"]
                if obj and text[obj[0]][:1].isupper():
                    right = max(doc[obj[0]].right_edge.i, right)
                    positions = list(range(positions[0] if positions else head.i, right + 1))
        words = [text[i] for i in positions if dep[i] != "det" or i > head.i]
        return clean_name(" ".join(words)).replace(" 's", "'s").replace(" ’s", "’s").replace(" %", "%")

    def _is_writers_aside(self, token) -> bool:
        """Whether a quantifier subject says what some might say, not what they said: a modal on its verb ("some
        would say", "many might argue"), a question ("Did some say ...", "Why do some say ...?"), a condition ("if
        some say ..."), a participle "said to" ("Many said to be close to the president have left"), or an aside
        after a dash or bracket ("an ambitious - and, some say, unrealistic - target"; not a dateline's dash), or
        a bare negative quantifier ("Few predicted he would win": almost no one said it; not "A few said")."""
        t, i = self.tokens, token.i
        if t.lower[i] in NEGATIVE_QUANTIFIERS and (i == 0 or t.lower[i - 1] != "a"):
            return True
        verb = t.head[i]
        for child in t.children[verb]:
            if t.tag[child] == "MD" or t.dep[child] in {"aux", "auxpass"} and child < i \
                    or t.dep[child] == "mark" and t.lower[child] in HYPOTHETICAL_MARKS:
                return True
        last = token.doc[verb].right_edge.i
        if t.text[last] == "?" and not any(t.text[j] in QUOTATION_MARKS for j in range(verb, last)):
            return True
        if verb + 2 < len(t.text) and t.lower[verb + 1] == "to" and t.tag[verb + 2] == "VB":
            return True
        j = i - 1
        while j >= 0 and t.lower[j] in ASIDE_LINKS:
            j -= 1
        return j >= 0 and t.text[j] in ASIDE_OPENERS and not self._closes_dateline(j)

    def _quantified_phrase(self, token) -> str:
        """ "Some of Clinton's longtime allies", "Many": a quantifier subject with the words it governs after it,
        as written, up to a comma, bracket, dash or line break ("Most of the residents, who fled on Sunday,") and
        before a relative clause that reports ("Several of the officials who said the talks had failed"); the
        quantifier alone where a quotation mark falls inside the phrase or it is too long for a mention."""
        t = self.tokens
        start, end = token.i, token.right_edge.i + 1
        for j in range(start + 1, end):
            if t.text[j] in QUOTATION_MARKS:
                end = start + 1
                break
            if t.text[j] in QUANTIFIED_PHRASE_ENDS or "\n" in t.text[j]:
                end = j
                break
            if t.dep[j] in {"relcl", "acl"} and any(t.dep[c] == "ccomp" for c in t.children[j]):
                end = token.doc[j].left_edge.i
                break
        if end - start > MENTION_LIMIT:
            end = start + 1
        return text_of(token.doc)[t.idx[start] : t.idx[end - 1] + len(t.text[end - 1])].strip()

    def _apposed_person(self, token):
        """A person named in apposition after a role ("the coordinator for Sudan, Denise Brown,",
        "a spokesman for the command, Senior Col. Shi Yi,"), which the small parser often
        attaches to the wrong head."""
        # The first verb after the role (not a list of all of them: this runs for every subject).
        pos, text = self.tokens.pos, self.tokens.text
        verb = next((i for i in range(token.i + 1, self.tokens.sent_end[token.i]) if pos[i] in {"VERB", "AUX"}), None)
        if verb is None:
            return None
        for ent in self.people[bisect.bisect_right(self.people_starts, token.i) :]:  # those after the role
            if ent.end > verb:
                break
            j = ent.start - 1
            while j > token.i and ent.start - j <= 4 and (text[j] == "." or text[j][:1].isupper()):
                j -= 1  # a title before the name: "Senior Col."
            if text[j] == ",":
                return ent
        return None

    def _clause_subject(self, token):
        """ "Reporting from Tyre, Al Jazeera's Nour Haddad said": the parser makes the participle
        the subject; the speaker is the last name before the speech verb."""
        verb = token.head
        names = [e for e in self.ents if token.i < e.start and e.end <= verb.i]
        people = [e for e in names if e.label_ == "PERSON"]
        return people[-1] if people else None

    def _titled_name(self, token):
        """ "Russian High Commissioner for Human Rights Tatyana Moskalkova": a role whose
        apposed name the model did not tag; a role noun makes it a person's name."""
        if self.tokens.lemma[token.i].lower() not in PERSON_ROLES:
            return None
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and not child.ent_type_:
                words = [t for t in child.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [child]
                if 2 <= len(words) <= 3 and all(w.text[:1].isupper() and w.is_alpha for w in words):
                    return " ".join(w.text for w in words)
        return None

    def _group_named(self, token, word: str) -> Speaker | None:
        """The latest organisation named or speaking before `token` whose name has `word`
        ("the ministry said" -> Taiwan's Ministry of National Defense, not the navy)."""
        best: tuple[int, Speaker] | None = None
        for ent in self.orgs:
            if ent.end_char <= token.idx and word in ent.words:
                best = (ent.end_char, Speaker(self.index.canonical(ent.text), "ORG"))
        for position, speaker in self.groups:
            if position <= token.idx and word in speaker.name.lower().split() and (best is None or position >= best[0]):
                best = (position, speaker)
        return best[1] if best else None

    def _after_dateline(self, token):
        """ "WASHINGTON -- President Obama, dedicating the museum on Saturday, said": the small
        parser makes the dateline in capitals the subject; the speaker is the first name after
        its dash."""
        j = self._dateline_dash(token.i)
        if j is None:
            return None
        for ent in self.ents:
            if ent.start > j and ent.end <= self.tokens.head[token.i] and ent.label_ in {"PERSON", "ORG"}:
                return ent
        return None

    def _dateline_dash(self, i: int) -> int | None:
        """Where the dash of a dateline that starts at token `i` is ("BEIRUT, Lebanon (AP) --"), if it starts one."""
        text = self.tokens.text
        if not (text[i].isupper() and len(text[i]) >= 3) or i > 0 and not (
                self.tokens.is_space[i - 1] or text[i - 1] == "."):
            return None
        j = i + 1
        while j < len(text) and j - i <= 4 and (text[j].isupper() or text[j] in {",", "(", ")"}):
            j += 1  # "BEIRUT, Lebanon (AP) --"
        return j if j < len(text) and text[j] in DATELINE_DASHES else None

    def _closes_dateline(self, dash: int) -> bool:
        """Whether the dash at `dash` ends a dateline ("KABUL, Afghanistan (AP) -- Some said ...")."""
        return any(self._dateline_dash(i) == dash for i in range(max(0, dash - 5), dash))

    def resolve(self, token) -> Speaker | None:
        """The speaker named by a subject token (the head of the subject phrase), with the
        phrase as written (`Speaker.mention`) unless it is a pronoun."""
        speaker = self._resolve_all(token)
        if speaker is None:
            return None
        mentions = self.phrases.mentions
        mention = mentions[token.i] if token.i in mentions else mentions.setdefault(token.i, mention_of(token))
        if speaker.label == "PERSON" and mention:
            for word in _words(mention) & GENERIC_PERSON_HEADS:
                self.roles[word] = speaker  # "Mayor Bill de Blasio": whom "the mayor" names later
        return Speaker(speaker.name, speaker.label, mention)  # dataclasses.replace, at a fifth of its cost

    def _resolve_all(self, token) -> Speaker | None:
        """Named people joined by 'and' speak together ("Mr. Grassley and Mr. Leahy said": both)."""
        speaker = self._resolve_one(token)
        if speaker is None or speaker.label != "PERSON" or token.dep_ == "conj":
            return speaker
        partners = [t for t in token.conjuncts if t.i > token.i and t.ent_type_ == "PERSON"]
        if not partners or any(t.dep_ != "conj" for t in partners):
            return speaker
        others = [self._resolve_one(t) for t in partners]
        names = [speaker.name, *(o.name for o in others if o is not None and o.label == "PERSON")]
        if len(names) <= len(partners) or len(set(names)) < len(names):
            return speaker
        return Speaker(" and ".join([", ".join(names[:-1]), names[-1]]), "GROUP")

    def _resolve_one(self, token) -> Speaker | None:
        """A subject's speaker: from its words alone where they settle it (read once per token
        for both of the article's resolvers, `Phrases.readings`), else with the discourse memory."""
        readings = self.phrases.readings
        reading = readings.get(token.i)
        if reading is None:
            reading = readings[token.i] = self._read(token)
        return reading.speaker if reading.settled else self._resolve_in_context(token, reading)

    def _read(self, token) -> _Reading:
        """What the words of a subject say of its speaker, the discourse memory aside."""
        # The token's attributes from the table (a Token reads each through the StringStore).
        t, i = self.tokens, token.i
        pos, ent_type, lower = t.pos[i], t.ent_type[i], t.lower[i]
        dated = self._after_dateline(token)
        if dated is not None:
            return _Reading(False, dated=dated)
        apposed = self._apposed_person(token) if pos != "PRON" and ent_type != "PERSON" else None
        if apposed is not None:
            return _Reading(True, Speaker(self.index.canonical(apposed.text), "PERSON"))
        if lower in RELATIVE_PRONOUNS and t.dep[t.head[i]] in {"relcl", "acl"} \
                or lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS:
            return _Reading(False)
        if lower in QUANTIFIER_SUBJECTS and pos in QUANTIFIER_POS:
            if self._is_writers_aside(token):
                return _Reading(True)
            phrase = self._quantified_phrase(token)
            return _Reading(True, Speaker(phrase, "GROUP", phrase))
        if pos == "PRON":
            return _Reading(True)
        if pos == "VERB" and t.tag[i] == "VBG":
            found = self._clause_subject(token)
            if found is not None:
                return _Reading(True, Speaker(self.index.canonical(found.text), "PERSON"))
        titled = self._titled_name(token) if ent_type != "PERSON" else None
        if titled is not None:
            return _Reading(True, Speaker(self.index.canonical(titled), "PERSON"))
        head = t.lemma[i].lower()
        ent = self._entity_at(i)
        if ent is None:
            # The head may be a title ("President") with the name as a compound child, or a
            # role with the name in apposition ("the regional governor, Vadym Filashkin,").
            for child in t.children[i]:
                if t.dep[child] in {"compound", "appos"} and self._entity_at(child) is not None:
                    found = self._entity_at(child)
                    if t.dep[child] == "compound" and found.label_ == "PERSON" and pos == "NOUN" \
                            and head in PERSON_FOLLOWERS:
                        # "the Clinton campaign", "McConnell aides": the person's organisation, not the person
                        return _Reading(True, Speaker(self._noun_phrase(token), "ORG"))
                    if t.dep[child] == "compound" or found.label_ == "PERSON" or (
                            found.label_ == "ORG" and pos == "NOUN"):
                        ent = found  # also "the ship's manager, Seaborne Maritime,"
        if ent is not None and ent.label_ == "PERSON":
            return _Reading(True, Speaker(self.index.canonical(ent.text), "PERSON"))
        known = self.index.lookup(t.text[i]) if pos == "PROPN" else None
        if known is not None and known.label == "PERSON":
            return _Reading(True, Speaker(known.name, "PERSON"))
        if ent is not None and ent.label_ in {"ORG", "FAC"}:
            return _Reading(True, Speaker(self.index.canonical(ent.text), "ORG"))
        phrase = self._noun_phrase(token)
        if not phrase:
            return _Reading(True)
        is_definite = any(t.dep[c] == "det" and t.lower[c] == "the" for c in t.children[i] if c < i)
        if is_definite and (head in STATEMENT_HEADS or len(phrase.split()) == 1):
            return _Reading(False, ent=ent, phrase=phrase)  # "the statement", "the ministry"
        return _Reading(True, self._described(token, ent, phrase))

    def _resolve_in_context(self, token, reading: _Reading) -> Speaker | None:
        """The speaker of a subject whose words leave it to the discourse memory (`_read`): a
        name after a dateline, a relative or personal pronoun, a definite description."""
        t, i = self.tokens, token.i
        lower = t.lower[i]
        if reading.dated is not None:
            return self._resolve_all(reading.dated.root)
        if lower in RELATIVE_PRONOUNS and t.dep[t.head[i]] in {"relcl", "acl"}:
            antecedent = token.head.head
            if antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN" and (
                    antecedent.lemma_.lower() in PERSON_ROLES or antecedent.head.ent_type_ == "PERSON"):
                antecedent = antecedent.head  # "Mamadou Lamine Faye, secretary general of ..., who said"
            return self.resolve(antecedent)
        if lower in PERSON_PRONOUNS:
            return self.last_person
        if lower in GROUP_PRONOUNS:
            return self._group_before(token) or (self.last_person if lower == "they" else None)
        head, phrase = t.lemma[i].lower(), reading.phrase
        if head in STATEMENT_HEADS:
            return self.last_speaker  # "the statement said": whoever issued it
        if len(phrase.split()) == 1:
            # "the ministry added" after "Ukraine's defence ministry said"; "the agency said".
            last = self.last_speaker
            if head in GENERIC_PERSON_HEADS and last is not None and last.label != "PERSON" \
                    and last.name.lower().split()[-1] == head:
                return last  # "a U.S. official, speaking on condition of anonymity, said ... the official said"
            if head in GENERIC_PERSON_HEADS and (head in self.roles or self.last_person is not None):
                return self.roles.get(head, self.last_person)
            group = self._group_named(token, head)
            if group is not None:
                return group
            group, at = self._group_before_at(token)
            if group is not None and (head in group.name.lower().split() or head in GENERIC_GROUP_HEADS
                                      and "\n" not in self.text[max(at, 0):t.idx[i]]):
                return group  # "the agency said" in the paragraph where the WFP was named
            if head in GENERIC_GROUP_HEADS:
                return Speaker(phrase, "GROUP")  # "the army said": better the army than another body
        return self._described(token, reading.ent, phrase)

    def _described(self, token, ent, phrase: str) -> Speaker | None:
        """A subject that names no person or organisation, as a group by its phrase (`ent`: the
        entity its words name, if any)."""
        t, i = self.tokens, token.i
        if ent is not None and ent.label_ in {"GPE", "NORP"} and phrase == clean_name(ent.text):
            return Speaker(self.index.canonical(ent.text), "GROUP")
        subtree = self.tokens.subtree(i)
        first = next((j for j in subtree if t.dep[j] not in {"det", "punct"}), i)
        if t.sent_start[first] == first and t.pos[first] == "NOUN" and not t.ent_type[first] \
                and phrase.startswith(t.text[first]):
            phrase = phrase[0].lower() + phrase[1:]  # "Residents said": the capital is the sentence's
        if t.pos[i] == "PROPN" or t.lemma[i].lower() in GROUP_HEADS or any(t.ent_type[j] for j in subtree):
            return Speaker(phrase, "GROUP")
        return Speaker(phrase, "GROUP") if t.pos[i] == "NOUN" else None


def is_quantifier_subject(token) -> bool:
    """Whether a subject is a quantifier standing alone ("Some said", "Some of Clinton's allies said", "Another said"),
    which `SpeakerResolver` names as a group by its phrase."""
    return token.lower_ in QUANTIFIER_SUBJECTS and token.pos_ in QUANTIFIER_POS


def mention_of(token) -> str | None:
    """The subject phrase a noun heads, as written: its modifiers on the left, its appositions
    and relative clauses on the right, up to a quotation mark, a line break or an unopened
    bracket; None for a pronoun, another word class or a phrase too long to be one mention."""
    doc, t = token.doc, tokens_of(token.doc)
    if t.pos[token.i] not in {"NOUN", "PROPN"}:
        return None
    start = min([doc[c].left_edge.i for c in t.children[token.i] if c < token.i and t.dep[c] in MENTION_LEFT],
                default=token.i)
    end, depth = token.right_edge.i + 1, 0
    for i in range(token.i + 1, end):
        word = t.text[i]
        depth += word == "("
        depth -= word == ")"
        if word in {'"', "“", "”", "''"} or "\n" in word or depth < 0:
            end = i
            break
    if end - start > MENTION_LIMIT:
        return None
    return text_of(token.doc)[t.idx[start] : t.idx[end - 1] + len(t.text[end - 1])].strip(" ,;:—–-")
