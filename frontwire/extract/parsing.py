"""Where a trigger stands in its parse: its sentence, its line of heads, negation, definite
reference. Shared by the event stage and its modality and background judgements."""
from __future__ import annotations

from frontwire import vocab
from frontwire.extract import triggers as T
from frontwire.extract.docmemo import kept_in_doc
from frontwire.nlp.text import text_of
from frontwire.nlp.tokens import tokens_of

# Determiners that point at something known ("the attack", "these killings").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Prepositions that place an event ("in", "near", "outside" ...).
LOCATIVE_PREPS = vocab.words("event_place")


def negated(token) -> bool:
    return T.has_child(token, {"neg"}) or (
        token.dep_ in {"xcomp", "dobj"} and token.head.pos_ == "AUX" and T.has_child(token.head, {"neg"}))


def conjoined_clause(table, verb: int) -> bool:
    """Is the verb a conjunct with a subject and a tense or auxiliary of its own ("..., but a drone
    struck a depot", "and its navy has seized"), a clause of its own whose modality, governor and
    attack are not the first conjunct's? Not a bare verb gapped after a modal ("the army would pull
    back and the rebels hand over": the modal is both verbs'; a plural present, tagged VBP, has the
    bare verb's form and is read as one), nor a bare participle sharing the first one's auxiliary
    ("a soldier was killed and seven wounded")."""
    return table.dep[verb] == "conj" and T.has_child_at(table, verb, {"nsubj", "nsubjpass"}) and (
        table.tag[verb] in {"VBD", "VBZ"} or T.has_child_at(table, verb, {"aux", "auxpass"}))


def past_after_infinitive(table, verb: int) -> bool:
    """Is the conjunct a past tense, with no auxiliary of its own, of a "to" infinitive ("appealed
    for funds to feed refugees and delivered tents": no infinitive has a past tense, so it is the
    main clause's second act)? Only a past spelled unlike the bare verb: the tagger may call "set",
    "beat", "hit" or "cut" past in "threatened to block the road and set fire to buses", where they
    are the second infinitive. (Not "to be arrested and jailed": its head is no bare infinitive with
    "to".)"""
    head = table.head[verb]
    return table.tag[verb] in {"VBD", "VBN"} and table.lower[verb] != table.lemma[verb].lower() \
        and table.tag[head] == "VB" and T.has_child_at(table, head, {"aux"}, {"to"}) \
        and not T.has_child_at(table, verb, {"aux", "auxpass"})


# What "not X but Y" may put in place of X: a verb's object, preposition, passive agent or adverb.
CORRECTABLE_COMPLEMENTS = frozenset({"prep", "agent", "dobj", "npadvmod", "advmod"})


def corrected_complement(table, verb: int) -> int | None:
    """The complement X of the negated verb that a "not X but Y" replaces by Y of the same kind, the
    act then done to Y ("did not attack the town but the army base", "did not take place in Geneva but
    in Vienna", "was not signed by the president but by his deputy", "did not attack Pakistan but
    terror camps" with "but" on the verb): X, a preposition, an agent or an object, or None. The
    modality stage reads it to lift the denial, the actors step to drop X.
    Y must stand where X stood: the same preposition ("did not fire at the crowd but into the air"
    denies the firing at anyone), an object for an object; not a clause of its own ("did not take
    place but was postponed"), nor "not only X but also Y", which tells both."""
    children, dep, lower, pos = table.children, table.dep, table.lower, table.pos
    negations = [c for c in children[verb] if dep[c] == "neg"]
    if not negations:
        return None
    complements = [c for c in children[verb] if dep[c] in CORRECTABLE_COMPLEMENTS and c > negations[0]]
    complements += [g for c in complements if dep[c] in {"prep", "agent"} for g in children[c] if dep[g] == "pobj"]

    def same_kind(x: int, y: int) -> bool:
        if dep[x] in {"prep", "agent"}:
            return pos[y] == "ADP" and lower[y] == lower[x]
        return pos[y] not in {"VERB", "AUX", "ADP"} and (dep[y] == "conj" or dep[y] == dep[x])

    for x in sorted(complements):
        buts = [c for c in children[x] if dep[c] == "cc" and lower[c] == "but"]
        after = [c for c in children[x] if dep[c] == "conj" and buts and c > buts[0]]
        if after and "only" not in lower[negations[0]:x]:
            return x if same_kind(x, after[0]) else None
    # a "but" on the verb corrects its last complement before it, or a preposition of its object's ("did
    # not carry out the raid on Monday but on Wednesday")
    on_the_verb = [c for c in complements if dep[c] != "pobj"]
    on_the_verb += [p for c in on_the_verb if dep[c] == "dobj" for p in children[c] if dep[p] == "prep"]
    for but in (c for c in children[verb] if dep[c] == "cc" and lower[c] == "but" and c > negations[0]):
        before = sorted(c for c in on_the_verb if c < but)
        after = [c for c in children[verb] if c > but]
        if before and after and "only" not in lower[negations[0]:before[-1]]:
            return before[-1] if dep[after[0]] == dep[before[-1]] and same_kind(before[-1], after[0]) else None
    return None


def corrected_noun(table, noun: int) -> int | None:
    """The Y of a "not X but Y" told on the noun X itself, not on its verb ("Not the army but the militia
    attacked the village", "not the police but gunmen shot him"): X with "not" before it and a "but" and a
    conjunct after it (or a word of X's own role under the same head, as the parser may hang Y: "not the
    rebels but the army" as two subjects); None otherwise (nor "not only X but also Y", which tells both:
    the tagger's "not" of it is no negation). The act is then done, by or to Y (corrected_complement for
    X a complement of the negated verb)."""
    children, dep, lower = table.children, table.dep, table.lower
    if not any(dep[c] == "neg" and c < noun for c in children[noun]):
        return None
    buts = [c for c in children[noun] if dep[c] == "cc" and lower[c] == "but"]
    if not buts:
        return None
    head = table.head[noun]
    return next((c for c in children[noun] if dep[c] == "conj" and c > buts[0]), None) or next(
        (c for c in children[head] if c > buts[0] and dep[c] == dep[noun] and head != noun), None)


_PATHS_KEY = "frontwire.events.paths"


def path_up(doc, i: int) -> tuple[int, ...]:
    """Token i's position and its ancestors' (as Token.ancestors gives them), read from the token
    table: walking Token.ancestors builds a Token per step. Kept per Doc and position (in its
    user data; the parse never changes): each trigger walks up again from itself and from every
    place of its sentence."""
    return kept_in_doc(doc, _PATHS_KEY, i, _path_up, doc, i)


def _path_up(doc, i: int) -> tuple[int, ...]:
    head = tokens_of(doc).head
    path, j = [i], i
    while head[j] != j and len(path) <= len(head):
        j = head[j]
        path.append(j)
    return tuple(path)


def sentence_of(token):
    """token.sent from the token table's sentence bounds (Token.sent walks the tokens to find them)."""
    table = tokens_of(token.doc)
    return token.doc[table.sent_start[token.i] : table.sent_end[token.i]]


def sentence_text(sent) -> str:
    """sent.text, cut from the Doc's text kept once (Span.text joins a Token built per word)."""
    return text_of(sent.doc)[sent.start_char : sent.end_char]


def trigger_of(token) -> tuple[str, str] | None:
    """The (type, subtype) a token triggers in its context (the lexicon in extract/lexicon/), or None."""
    return T.match(token)
