"""Body extraction against human gold bodies, with the peer beside ours.

    python benchmarks/boilerplate.py [--limit N] [--folders html,chromium,w3m] [--worst K]

For each of ../shared/corpus/boilerplate-{html,chromium,w3m}/ (the same pages as HTML, as a
browser's select-all copy, and as a text browser's 80-column dump) prints micro token
precision / recall / F1 of the article text against the gold `body`, for frontwire's ingest
stage alone (document -> article text; no NLP) and for the peer: trafilatura alone on the HTML,
jusText on the text variants. The metric is score.py's `body_f1` (imported from
../shared/tools/score.py). A page frontwire rejects counts as empty output.
"""
from __future__ import annotations

import argparse
import html
import importlib.util
import json
import re
import sys
import time
from pathlib import Path
from typing import Callable

# The checkout this script sits in, not whichever frontwire the venv installed: a worktree's
# benchmark must measure the worktree's code.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SCORE = ROOT.parent / "shared" / "tools" / "score.py"


def _load_score():
    spec = importlib.util.spec_from_file_location("fw_score", SCORE)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot import {SCORE}: the benchmark uses its body metric")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = _load_score()


def frontwire_text(path: Path) -> str:
    from frontwire.errors import BadDocument
    from frontwire.ingest import read_documents, to_article

    texts = []
    for item in read_documents([str(path)]):
        if isinstance(item, BadDocument):
            continue
        try:
            texts.append(to_article(item).text)
        except BadDocument:
            continue
    return "\n\n".join(texts)


def trafilatura_text(path: Path) -> str:
    import trafilatura

    return trafilatura.extract(path.read_text(encoding="utf-8"), include_comments=False, include_tables=True) or ""


def _paragraphs(text: str, wrapped: bool) -> list[str]:
    """Lines of a copy-paste; blank-line groups of a hard-wrapped dump (jusText judges paragraphs)."""
    if wrapped:
        return [" ".join(group.split()) for group in re.split(r"\n\s*\n", text) if group.strip()]
    return [line.strip() for line in text.splitlines() if line.strip()]


def justext_text(path: Path, wrapped: bool) -> str:
    import justext

    text = path.read_text(encoding="utf-8")
    page = "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in _paragraphs(text, wrapped)) + "</body></html>"
    kept = justext.justext(page.encode("utf-8"), justext.get_stoplist("English"), encoding="utf-8")
    return "\n\n".join(p.text for p in kept if not p.is_boilerplate)


def run(folder: str, limit: int | None, worst: int) -> None:
    src = CORPUS / f"boilerplate-{folder}"
    suffix = ".html" if folder == "html" else ".txt"
    pages = sorted(src.glob(f"*{suffix}"))[:limit]
    if folder == "html":
        peer_name, peer = "trafilatura", trafilatura_text
    else:
        peer_name, peer = "jusText", lambda p: justext_text(p, wrapped=folder == "w3m")
    systems: dict[str, Callable[[Path], str]] = {"frontwire": frontwire_text, peer_name: peer}
    totals = {name: {"all": score.PRF(), "dragnet": score.PRF(), "l3sgn1": score.PRF()} for name in systems}
    seconds = {name: 0.0 for name in systems}
    rejected = {name: 0 for name in systems}
    per_page: list[tuple[float, float, str]] = []
    for page in pages:
        gold = json.loads(page.with_name(page.name[: -len(suffix)] + ".gold.json").read_text())
        subset = "dragnet" if page.name.startswith("dragnet") else "l3sgn1"
        f1 = {}
        for name, system in systems.items():
            start = time.perf_counter()
            text = system(page)
            seconds[name] += time.perf_counter() - start
            rejected[name] += not text.strip()
            result = score.score_body_tokens(gold, {"text": text})
            totals[name]["all"].add(result)
            totals[name][subset].add(result)
            f1[name] = result.f
        per_page.append((f1["frontwire"], f1[peer_name], page.name))
    print(f"boilerplate-{folder}: {len(pages)} pages")
    print(f"  {'system':12} {'all P/R/F1':>20} {'dragnet F1':>11} {'l3sgn1 F1':>10} {'empty':>6} {'pages/s':>8}")
    for name in systems:
        t = totals[name]
        rate = len(pages) / seconds[name] if seconds[name] else 0.0
        print(f"  {name:12} {t['all'].p:6.3f} {t['all'].r:6.3f} {t['all'].f:6.3f} {t['dragnet'].f:11.3f} "
              f"{t['l3sgn1'].f:10.3f} {rejected[name]:6d} {rate:8.1f}")
    for ours, theirs, name in sorted(per_page)[:worst]:
        print(f"    worst: {name} frontwire {ours:.2f} {peer_name} {theirs:.2f}")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each folder")
    parser.add_argument("--folders", default="html,chromium,w3m", help="comma-separated: html, chromium, w3m")
    parser.add_argument("--worst", type=int, default=0, help="list the K pages where frontwire scores lowest")
    args = parser.parse_args(argv)
    for folder in args.folders.split(","):
        run(folder.strip(), args.limit, args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
