"""The token attributes the extractors read, taken from a parsed Doc once and kept with it.

spaCy builds a new Token object on every `doc[i]` and on every step of iterating a Doc or Span
(about 24,000 per article across the components, a sixth of their time). `tokens_of(doc)` reads
the attributes in one `Doc.to_array` call into plain lists, indexed by token position, and keeps
them in the Doc's user data so that every component shares one table.

The table is built on first use after the model has run. The only later change any component
makes to a Doc is `entities` setting `doc.ents`, which calls `forget(doc)` so that the entity
columns are read again.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_SPACE, LEMMA, LOWER, ORTH, POS, SENT_START, TAG

# Penn tags of a finite verb as the tagger reads it: a past or present tense or a modal. (A clause's own
# tense, which a gapped bare verb after a modal lacks, is extract.parsing.conjoined_clause's test.)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

_KEY = "frontwire.tokens"
_STRINGS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_IOB, ENT_TYPE]
_NUMBERS = [HEAD, IDX, IS_SPACE, SENT_START]  # signed: HEAD is an offset, SENT_START -1/0/1
_IOB = ("", "I", "O", "B")  # Token.ent_iob_ by the ENT_IOB code


@dataclass(frozen=True)
class Tokens:
    """Per token position: the strings spaCy's `Token.text`, `lower_`, `lemma_`, `pos_`, `tag_`,
    `dep_`, `ent_iob_`, `ent_type_` give; the head's position; the character offset; whether the
    token is white space; and the sentence (`sent`: its number; `sent_start`/`sent_end`: the
    positions of its first token and one past its last)."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent_iob: list[str]
    ent_type: list[str]
    head: list[int]
    idx: list[int]
    is_space: list[bool]
    sent: list[int]
    sent_start: list[int]
    sent_end: list[int]
    children: list[list[int]]  # the positions Token.children gives, in order (built from head)

    def __len__(self) -> int:
        return len(self.text)

    def subtree(self, i: int) -> list[int]:
        """The positions `Token.subtree` gives for token `i`, in its order (each left child's
        subtree, the token, each right child's)."""
        children, out = self.children, []

        def walk(j: int) -> None:
            kids = children[j]
            for c in kids:
                if c < j:
                    walk(c)
            out.append(j)
            for c in kids:
                if c > j:
                    walk(c)

        walk(i)
        return out


# Hash -> string for every string any Doc's table or the fast attribute ruler (nlp/fastattrs.py)
# has read, shared by all Docs of the process: a StringStore hash is the hash of the string itself,
# so a key names the same string in every Doc and vocab, and the common words of an article are then
# looked up without asking spaCy again. It holds only strings the StringStore holds, which keeps
# them for the process lifetime; bounded all the same (it starts again past NAMES_LIMIT, about 27 MB,
# and refills in a few articles) so that a long batch never keeps a second copy of a growing store.
NAMES_LIMIT = 200_000
_NAMES: dict[int, str] = {0: ""}


def names_of(keys: list[int], strings) -> list[str]:
    """The strings of `keys` (StringStore hashes), through the process-wide memo."""
    try:
        return list(map(_NAMES.__getitem__, keys))
    except KeyError:
        if len(_NAMES) > NAMES_LIMIT:
            _NAMES.clear()
            _NAMES[0] = ""
        for key in set(keys).difference(_NAMES):
            _NAMES[key] = strings[key]
        return list(map(_NAMES.__getitem__, keys))


def _read(doc) -> Tokens:
    strings = doc.vocab.strings
    n = len(doc)
    if n:
        orth, lower, lemma, pos, tag, dep, iob, ent_type = doc.to_array(_STRINGS).T.tolist()
        head, idx, space, starts = doc.to_array(_NUMBERS).view("int64").T.tolist()
    else:
        orth = lower = lemma = pos = tag = dep = iob = ent_type = head = idx = space = starts = []
    sent, sent_start = [], []
    number, first = -1, 0
    for i, flag in enumerate(starts):
        if flag == 1 or i == 0:
            number, first = number + 1, i
        sent.append(number)
        sent_start.append(first)
    sent_end = [0] * n
    end = n
    for i in range(n - 1, -1, -1):
        sent_end[i] = end
        if sent_start[i] == i:
            end = i
    children: list[list[int]] = [[] for _ in range(n)]
    for i, offset in enumerate(head):
        if offset:
            children[i + offset].append(i)
    return Tokens(
        text=names_of(orth, strings),
        lower=names_of(lower, strings),
        lemma=names_of(lemma, strings),
        pos=names_of(pos, strings),
        tag=names_of(tag, strings),
        dep=names_of(dep, strings),
        ent_iob=list(map(_IOB.__getitem__, iob)),
        ent_type=names_of(ent_type, strings),
        head=[i + offset for i, offset in enumerate(head)],
        idx=list(idx),
        is_space=[bool(s) for s in space],
        sent=sent,
        sent_start=sent_start,
        sent_end=sent_end,
        children=children,
    )


def tokens_of(doc) -> Tokens:
    """The Doc's token table, read once per Doc."""
    table = doc.user_data.get(_KEY)
    if table is None:
        table = doc.user_data[_KEY] = _read(doc)
    return table


def forget(doc) -> None:
    """Drop the table after a change to the Doc's annotations (the next `tokens_of` reads it again)."""
    doc.user_data.pop(_KEY, None)
