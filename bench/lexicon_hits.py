"""Count every lexicon hit per vocabulary on a set of texts, and compare two runs.

Each vocabulary scanned over whole texts is counted: the cue vocabularies of rules/signals.yaml
(by their name), the lexicons behind them (boilerplate, policy, weak) and every lexicon/regex
rule (by its id). Useful before and after a change to the lexicons or to how they match:

    python bench/lexicon_hits.py --out /tmp/before.jsonl corpus/bootstrap.jsonl bench/real/*.txt
    python bench/lexicon_hits.py --out /tmp/after.jsonl  corpus/bootstrap.jsonl bench/real/*.txt
    python bench/lexicon_hits.py --compare /tmp/before.jsonl /tmp/after.jsonl [--show ZG601]

The dump holds the hit and a few characters around it; it stays outside the repository
(third-party texts are never committed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = 8


def texts(paths: list[str]):
    """(id, title, text) from .jsonl corpora (title + text fields) and plain .txt files."""
    for name in paths:
        path = Path(name)
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    yield f"{path.stem}:{row['id']}", row["title"], f"{row['title']}\n{row['text']}"
        else:
            body = path.read_text(encoding="utf-8").strip()
            if body:
                title = body.split("\n", 1)[0].strip()
                yield f"{path.parent.name}:{path.stem}", title, body


def vocabularies(checker) -> dict[str, object]:
    from checker.kinds import MatchKind

    named = dict(checker.signal_set.scanners)
    for rule_id, kind in checker.kinds.items():
        if isinstance(kind, MatchKind):
            named[rule_id] = kind.matcher
    return named


def dump(paths: list[str], out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from checker.load import Source
    from checker.pipeline import Checker
    from checker.segment import segment

    checker = Checker()
    named = vocabularies(checker)
    counts: Counter = Counter()
    with out.open("w", encoding="utf-8") as handle:
        for source_id, title, text in texts(paths):
            document = segment(Source(source_id, text, title))
            for name, matcher in named.items():
                for start, end in document.scan(matcher):
                    counts[name] += 1
                    handle.write(json.dumps({
                        "source": source_id, "name": name, "start": start, "end": end,
                        "hit": text[start:end], "left": text[max(0, start - CONTEXT):start],
                        "right": text[end:end + CONTEXT]}, ensure_ascii=False) + "\n")
    for name, count in sorted(counts.items()):
        print(f"{name:22} {count:6}")


def _read(path: Path) -> dict[tuple, dict]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {(r["source"], r["name"], r["start"], r["end"]): r for r in rows}


def compare(before_path: Path, after_path: Path, show: list[str], prefix: str) -> None:
    before, after = _read(before_path), _read(after_path)
    names = sorted({k[1] for k in before} | {k[1] for k in after})
    gone, new = defaultdict(list), defaultdict(list)
    for key, row in before.items():
        if key not in after and key[0].startswith(prefix):
            gone[key[1]].append(row)
    for key, row in after.items():
        if key not in before and key[0].startswith(prefix):
            new[key[1]].append(row)
    count = lambda rows, name: sum(1 for k in rows if k[1] == name and k[0].startswith(prefix))  # noqa: E731
    print(f"{'vocabulary':22} {'before':>7} {'after':>7} {'gone':>6} {'new':>6}")
    for name in names:
        print(f"{name:22} {count(before, name):7} {count(after, name):7} {len(gone[name]):6} {len(new[name]):6}")
    for name in show:
        for label, rows in (("gone", gone[name]), ("new", new[name])):
            tally = Counter(r["hit"] for r in rows)
            print(f"\n== {name} {label}: {len(rows)} ({', '.join(f'{h}×{n}' for h, n in tally.most_common())})")
            for r in rows:
                print(f"  {r['source']:22} {r['left']}【{r['hit']}】{r['right']}".replace("\n", "⏎"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--show", action="append", default=[], help="list the hits gone/new for this vocabulary")
    parser.add_argument("--prefix", default="", help="only sources whose id starts with this (e.g. real:)")
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare, args.show, args.prefix)
    elif args.out and args.paths:
        dump(args.paths, args.out)
    else:
        parser.error("give --out with texts, or --compare BEFORE AFTER")


if __name__ == "__main__":
    main()
