"""Folder walking (default skips, globs, symlinks) and escaped file names."""
from __future__ import annotations

import os
from pathlib import Path

from frontwire.ingest.files import FileFilter, iter_files, printable_name


def test_names_are_escaped_reversibly_and_printably():
    assert printable_name("plain/news-1.txt") == "plain/news-1.txt"
    assert printable_name("Київ café.txt") == "Київ café.txt"
    assert printable_name(os.fsdecode(b"bad\xffname.txt")) == "bad\\xffname.txt"
    assert printable_name("two\nlines\x1b[31m.txt") == "two\\nlines\\x1b[31m.txt"
    assert printable_name("back\\slash") == "back\\\\slash"
    assert printable_name("zero\u200bwidth") == "zero\\u200bwidth"


def test_folder_defaults_and_globs(tmp_path):
    for name in ["a.txt", "b.html", "a.gold.json", "README.md", ".hidden.txt", ".git/config", "sub/c.txt",
                 "check_gold.py", "page.php"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    chosen = FileFilter()
    assert [p.relative_to(tmp_path).as_posix() for p in iter_files([str(tmp_path)], chosen)] == [
        "a.txt", "b.html", "page.php", "sub/c.txt"]  # a saved page keeps its server's ending
    assert chosen.summary() == "1 program source, 1 *.gold.json sidecar, 2 hidden, 1 README"
    chosen = FileFilter(include=("*.txt",), exclude=("sub/*",))
    assert [p.name for p in iter_files([str(tmp_path)], chosen)] == [".hidden.txt", "a.txt"]  # asked for by glob


def test_a_file_named_on_the_command_line_is_always_read(tmp_path):
    (tmp_path / "README.md").write_text("x")
    assert list(iter_files([str(tmp_path / "README.md")])) == [tmp_path / "README.md"]


def test_symlinks_out_of_the_folder_are_skipped_and_folders_not_followed(tmp_path):
    inside, outside = tmp_path / "in", tmp_path / "out"
    inside.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("x")
    (inside / "a.txt").write_text("x")
    (inside / "to-secret.txt").symlink_to(outside / "secret.txt")
    (inside / "to-a.txt").symlink_to(inside / "a.txt")
    (inside / "loop").symlink_to(inside)
    chosen = FileFilter()
    assert [p.name for p in iter_files([str(inside)], chosen)] == ["a.txt", "to-a.txt"]
    assert chosen.skipped["symlink"] == 1
