"""Which files a folder holds for ingest, and how their names are shown.

A folder of news often carries other things: hidden files (.DS_Store, editor swap files),
`*.gold.json` annotation sidecars, READMEs, and symlinks that point out of the folder. By
default those are skipped, each counted under its reason so the run's summary can say so;
`--include` / `--exclude` globs (matched against the path inside the folder and against the
bare name) choose files explicitly. A file named on the command line is always read.

File names are bytes on Linux and may hold anything: invalid UTF-8, newlines, terminal
escape sequences. Names are shown and stored escaped (`\\xff`, `\\n`, `\\x1b`, and `\\\\` for
a backslash), which is lossless and cannot fake an output line or drive the terminal.
"""
from __future__ import annotations

import os
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Iterable, Iterator

NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}
UNPRINTABLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}

# Program sources that sit beside articles (a scraper, a checker script): never news. Saved
# pages keep their own endings (.html, .php, .aspx) and are read.
CODE_SUFFIXES = frozenset({".py", ".pyc", ".js", ".mjs", ".ts", ".css", ".sh", ".bash", ".rb", ".go", ".rs", ".c",
                           ".h", ".cpp", ".java", ".pl", ".r", ".ipynb", ".toml", ".cfg", ".ini", ".yaml", ".yml"})

SKIP_REASONS = {
    "hidden": "hidden",
    "gold": "*.gold.json sidecar",
    "readme": "README",
    "code": "program source",
    "symlink": "symlink leaving the folder",
    "excluded": "--exclude",
    "not-included": "not --include'd",
}


def printable_name(name: str | os.PathLike) -> str:
    """The name with every byte that is not printable UTF-8 escaped (reversibly)."""
    text = os.fsdecode(os.fsencode(name))  # invalid UTF-8 bytes become lone surrogates
    out = []
    for ch in text:
        if ch in NAMED_ESCAPES:
            out.append(NAMED_ESCAPES[ch])
        elif 0xDC80 <= ord(ch) <= 0xDCFF:  # an undecodable byte, from surrogateescape
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif unicodedata.category(ch) in UNPRINTABLE:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


@dataclass
class FileFilter:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    skipped: Counter = field(default_factory=Counter)  # reason key -> files

    def reason(self, relative: Path) -> str | None:
        """Why a file found in a folder is skipped, or None to read it."""
        rel, name = relative.as_posix(), relative.name
        matches = lambda globs: any(fnmatchcase(rel, g) or fnmatchcase(name, g) for g in globs)  # noqa: E731
        if matches(self.exclude):
            return "excluded"
        if self.include:
            return None if matches(self.include) else "not-included"
        if any(part.startswith(".") for part in relative.parts):
            return "hidden"
        if name.endswith(".gold.json"):
            return "gold"
        if name.upper().startswith("README"):
            return "readme"
        if relative.suffix.lower() in CODE_SUFFIXES:
            return "code"
        return None

    def summary(self) -> str:
        """'30 *.gold.json sidecar, 1 README' (empty when nothing was skipped)."""
        return ", ".join(f"{n} {SKIP_REASONS[k]}" for k, n in sorted(self.skipped.items()))


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
        return True
    except (ValueError, OSError, RuntimeError):  # outside, unreadable, or a symlink loop
        return False


def folder_files(folder: Path, chosen: FileFilter) -> Iterator[Path]:
    """The files under `folder` to read, in a stable order. Symlinked folders are not
    followed (no loops); symlinked files are read only when they point inside the folder."""
    root = folder.resolve()
    for here, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            path = Path(here) / name
            relative = path.relative_to(folder)
            reason = chosen.reason(relative)
            if reason is None and path.is_symlink() and not _inside(path, root):
                reason = "symlink"
            if reason:
                chosen.skipped[reason] += 1
                continue
            if path.is_file():
                yield path


def iter_files(paths: Iterable[str], chosen: FileFilter | None = None) -> Iterator[Path | str]:
    """Files named, files in folders named (filtered), and '-' for standard input."""
    chosen = chosen if chosen is not None else FileFilter()
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            yield from folder_files(path, chosen)
        else:
            yield path
