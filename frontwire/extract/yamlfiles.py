"""Reading the lexicon's YAML files (lexicon/*.yaml), for every module that reads one."""
from __future__ import annotations

from pathlib import Path

import yaml

# The C parser where PyYAML was built with libyaml: reading the lexicon takes 0.05 s instead of 0.6 s.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
