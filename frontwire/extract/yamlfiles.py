"""Reading the extractors' YAML files (lexicon/*.yaml, data/quotes.yaml), for every module that reads one."""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import yaml

# The C parser where PyYAML was built with libyaml: reading the lexicon takes 0.05 s instead of 0.6 s.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UniqueKeysLoader(_FAST_LOADER):
    """PyYAML keeps the last of two equal keys in a mapping silently: a word class defined twice in
    classes.yaml, or a trigger with two not_example keys, would lose the first. This loader refuses them."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"{key!r} is defined twice in one mapping", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: Path):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeysLoader)
    except yaml.constructor.ConstructorError as error:
        raise ValueError(f"{path.name}: {error.problem} (line {error.problem_mark.line + 1})") from error


@lru_cache(maxsize=None)
def word_classes(path: Path) -> Mapping[str, frozenset[str]]:
    """A file of named word classes (NAME: [word, ...], as lexicon/classes.yaml), each a set of
    lower-case words. A class written as words each with a list of other classes (NAME: {word:
    [OTHER, ...]}) holds all its words and puts each word in those other classes too. A list's
    '@OTHER' takes in all the words of the class OTHER (a union of subsets named once). Read-only:
    every importer shares it."""
    classes: dict[str, set[str]] = {}
    unions: dict[str, list[str]] = {}
    for name, words in read_yaml(path).items():
        if not isinstance(words, (list, dict)) or isinstance(words, dict) and not all(
                isinstance(others, list) for others in words.values()):
            raise ValueError(f"{path.name}: {name} is not a list of words nor of words each with a list of other classes")
        for word in words:
            if not isinstance(word, str):  # YAML reads a bare on/off/yes/no/false as a boolean
                raise ValueError(f"{path.name}: {word!r} in {name} is not a word; quote it in the YAML file")
            if isinstance(words, dict) and word.startswith("@"):  # a union is a list's; here it would be a word
                raise ValueError(f"{path.name}: {word} in {name} takes in a class; write it in a list of classes")
        unions[name] = [word[1:] for word in words if isinstance(words, list) and word.startswith("@")]
        classes.setdefault(name, set()).update(word.lower() for word in words if not word.startswith("@"))
        if isinstance(words, dict):
            for word, others in words.items():
                for other in others:
                    classes.setdefault(other, set()).add(word.lower())

    def expanded(name: str, within: tuple[str, ...]) -> set[str]:
        if name in within:
            raise ValueError(f"{path.name}: {name} takes itself in through {' > '.join(within)}")
        for other in unions.get(name, []):
            if other not in classes:
                raise ValueError(f"{path.name}: {name} takes in @{other}, which is no class")
            classes[name] |= expanded(other, (*within, name))
        return classes[name]

    for name in unions:
        expanded(name, ())
    return MappingProxyType({name: frozenset(words) for name, words in classes.items()})
