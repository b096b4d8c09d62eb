"""Genre detection against the genre labels of the bootstrap corpus.

    python bench/genre.py [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from checker.load import Source
    from checker.pipeline import Checker
    from checker.segment import segment

    checker = Checker()
    items = [json.loads(line) for line in (ROOT / "corpus" / "bootstrap.jsonl").read_text(encoding="utf-8").splitlines()]
    confusion, errors = Counter(), []
    for item in items:
        source = Source(item["id"], f"{item['title']}\n{item['text']}", item["title"])
        guess = checker.detect_genre(checker.signal_set.analyse(segment(source)), None).genre
        confusion[(item["genre"], guess)] += 1
        if guess != item["genre"]:
            errors.append((item["genre"], guess, item["title"]))
    genres = sorted({g for g, _ in confusion})
    correct = sum(n for (truth, guess), n in confusion.items() if truth == guess)
    print(f"accuracy {correct / len(items):.3f} ({correct}/{len(items)})")
    print("truth \\ guess  " + "  ".join(f"{g[:10]:>10}" for g in genres))
    for truth in genres:
        print(f"{truth:14} " + "  ".join(f"{confusion[(truth, g)]:10d}" for g in genres))
    if args.errors:
        for truth, guess, title in errors:
            print(f"[{truth} -> {guess}] {title}")


if __name__ == "__main__":
    main()
