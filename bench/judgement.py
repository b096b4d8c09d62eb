"""Precision and recall of the sentence judgments against an editor's labels.

    python bench/judgement.py [--errors]

tests/data/labelled_sentences.jsonl holds 420 sentences drawn at random from the bootstrap
corpus and labelled by hand, without looking at the checker's code, for: states a concrete
problem, is a proposal, is an actionable proposal, carries a concrete fact, is mostly
boilerplate. Each sentence is judged where it stands, in its whole draft (as the checker
always sees it); the labeller saw the sentence and the one before it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "labelled_sentences.jsonl"
INPUT = ROOT / "tests" / "data" / "labelled_sentences.context.jsonl"
# label in the file -> sentence judgment in checker/judge/
JUDGEMENTS = {"problem": "problem", "proposal": "forward", "actionable": "actionable",
              "specific": "specific", "boilerplate": "empty"}


def predictions(rows: list[dict]) -> list[dict]:
    from checker.load import Source
    from checker.pipeline import Checker
    from checker.segment import segment

    checker = Checker()
    items = {json.loads(line)["id"]: json.loads(line) for line in
             (ROOT / "corpus" / "bootstrap.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    analysed: dict[str, object] = {}
    result = []
    for row in rows:
        item = items[row["item"]]
        if row["item"] not in analysed:
            source = Source(item["id"], f"{item['title']}\n{item['text']}", item["title"])
            analysed[row["item"]] = checker.signal_set.analyse(segment(source))
        signals = analysed[row["item"]]
        judged = next((sig for sentence, sig in signals.body() if sentence.text == row["sentence"]), None)
        # a heading or byline is not judged at all: it asserts nothing
        result.append({label: bool(judged is not None and getattr(judged, attr)) for label, attr in JUDGEMENTS.items()})
    return result


def scores(rows: list[dict], predicted: list[dict]) -> dict[str, dict[str, float]]:
    table = {}
    for label in JUDGEMENTS:
        tp = sum(r[label] and p[label] for r, p in zip(rows, predicted))
        fp = sum(not r[label] and p[label] for r, p in zip(rows, predicted))
        fn = sum(r[label] and not p[label] for r, p in zip(rows, predicted))
        table[label] = {"gold": tp + fn, "predicted": tp + fp,
                        "precision": tp / (tp + fp) if tp + fp else 0.0,
                        "recall": tp / (tp + fn) if tp + fn else 0.0}
    return table


def load_rows() -> list[dict]:
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    context = {json.loads(line)["n"]: json.loads(line) for line in INPUT.read_text(encoding="utf-8").splitlines()}
    return [{**row, "previous": context[row["n"]]["previous"], "item": context[row["n"]]["item"]} for row in labels]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list the disagreements")
    args = parser.parse_args()
    rows = load_rows()
    predicted = predictions(rows)
    print(f"{len(rows)} labelled sentences")
    print(f"{'judgment':12} {'gold':>5} {'predicted':>9} {'precision':>9} {'recall':>7}")
    for label, row in scores(rows, predicted).items():
        print(f"{label:12} {row['gold']:5d} {row['predicted']:9d} {row['precision']:9.2f} {row['recall']:7.2f}")
    if args.errors:
        for row, guess in zip(rows, predicted):
            for label in JUDGEMENTS:
                if row[label] != guess[label]:
                    kind = "missed" if row[label] else "false alarm"
                    print(f"[{label} {kind}] {row['n']}: {row['sentence']}")


if __name__ == "__main__":
    main()
