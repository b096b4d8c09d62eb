"""Precision and recall of the sentence judgments against an editor's labels.

    python bench/judgement.py [--errors]
    python bench/judgement.py --real bench/real_sentences [--errors]

tests/data/labelled_sentences.jsonl holds 420 sentences drawn at random from the bootstrap
corpus and labelled by hand, without looking at the checker's code, for: states a concrete
problem, is a proposal, is an actionable proposal, carries a concrete fact, is mostly
boilerplate. Each sentence is judged where it stands, in its whole draft (as the checker
always sees it); the labeller saw the sentence and the one before it.

--real DIR measures the same on sentences of published texts (third-party, git-ignored, never
committed): DIR/sentences.jsonl has per sentence {n, set, id, index, sentence} (the text's
folder under bench/, its id there and the sentence's index as the checker segments it) and
DIR/labels.jsonl the labels {n, problem, vague_problem, analysis, proposal, actionable,
effect, specific, boilerplate}, given by labellers who saw only the sentence, the one before
it and the title, never the checker's verdicts (bench/sample_sentences.py draws a sample,
bench/briefs/label_sentences.md is the labellers' brief). When DIR/labels2.jsonl holds second,
independent labels of the same sentences, the two labellers' agreement (share and Cohen's
kappa) is printed per judgement, and each judgement is scored only on the sentences both
labellers agree on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "labelled_sentences.jsonl"
INPUT = ROOT / "tests" / "data" / "labelled_sentences.context.jsonl"
# label in the file -> sentence judgment in checker/judge/
JUDGEMENTS = {"problem": "problem", "proposal": "forward", "actionable": "actionable",
              "specific": "specific", "boilerplate": "empty"}
# the real-text labels cover every judgment the checker reports with evidence
REAL_JUDGEMENTS = {"problem": "problem", "vague_problem": "vague_problem", "analysis": "analysis",
                   "proposal": "forward", "actionable": "actionable", "effect": "effect",
                   "specific": "specific", "boilerplate": "empty"}


def predictions(rows: list[dict]) -> list[dict]:
    from checker.load import Source
    from checker.pipeline import Checker
    from checker.segment import segment

    checker = Checker()
    items = {item["id"]: item for item in _jsonl(ROOT / "corpus" / "bootstrap.jsonl")}
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


def real_rows(folder: Path, texts_root: Path = ROOT / "bench") -> list[dict]:
    """The labelled sentences of published texts, each with the checker's judgments of it
    where it stands in its text (`predicted`); the texts are in `texts_root`/<set>/."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from real import DEFAULT_MANIFEST, read_items

    from checker.load import Source
    from checker.pipeline import Checker

    sentences = {row["n"]: row for row in _jsonl(folder / "sentences.jsonl")}
    rows = [{**sentences[label["n"]], **label} for label in _jsonl(folder / "labels.jsonl") if label["n"] in sentences]
    texts: dict[tuple[str, str], dict] = {}
    for name in sorted({row["set"] for row in rows}):
        directory = texts_root / name
        manifest = DEFAULT_MANIFEST if name == "real" else directory / "manifest.jsonl"
        for item in read_items(directory, manifest)[0]:
            texts[(name, item["id"])] = item
    checker = Checker()
    judged: dict[tuple[str, str], dict] = {}
    kept = []
    for row in rows:
        key = (row["set"], row["id"])
        if key not in texts:
            continue  # the text is not on this machine
        if key not in judged:
            item = texts[key]
            source = Source(item["id"], f"{item['title']}\n{item['body']}", item["title"])
            judged[key] = {sentence.index: (sentence.text, sig) for sentence, sig in checker.analyse(source).signals.body()}
        text, sig = judged[key].get(row["index"], (None, None))
        if text != row["sentence"]:
            continue  # segmented differently since the sample was drawn
        row["predicted"] = {label: bool(getattr(sig, attr)) for label, attr in REAL_JUDGEMENTS.items()}
        kept.append(row)
    return kept


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def scores(rows: list[dict], predicted: list[dict], labels=JUDGEMENTS) -> dict[str, dict[str, float]]:
    table = {}
    for label in labels:
        tp = sum(r[label] and p[label] for r, p in zip(rows, predicted))
        fp = sum(not r[label] and p[label] for r, p in zip(rows, predicted))
        fn = sum(r[label] and not p[label] for r, p in zip(rows, predicted))
        table[label] = {"gold": tp + fn, "predicted": tp + fp,
                        "precision": tp / (tp + fp) if tp + fp else 0.0,
                        "recall": tp / (tp + fn) if tp + fn else 0.0}
    return table


def agreement(first: list[bool], second: list[bool]) -> tuple[float, float]:
    """Share of items two labellers agree on, and Cohen's kappa (1.0 when chance explains nothing
    because both always say the same)."""
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / n
    p1, p2 = sum(first) / n, sum(second) / n
    chance = p1 * p2 + (1 - p1) * (1 - p2)
    return observed, (observed - chance) / (1 - chance) if chance < 1 else 1.0


def print_agreement_and_scores(rows: list[dict], second: dict[int, dict], labels) -> None:
    """Per judgement: the two labellers' agreement, then the checker's precision and recall on
    the sentences where they agree."""
    print(f"{len(rows)} sentences labelled twice")
    print(f"{'judgment':13} {'agree':>5} {'kappa':>5} | {'agreed':>6} {'gold':>5} {'predicted':>9} {'precision':>9} {'recall':>7}")
    for label in labels:
        share, kappa = agreement([row[label] for row in rows], [second[row["n"]][label] for row in rows])
        agreed = [row for row in rows if row[label] == second[row["n"]][label]]
        table = scores(agreed, [row["predicted"] for row in agreed], [label])[label]
        print(f"{label:13} {share:5.2f} {kappa:5.2f} | {len(agreed):6d} {table['gold']:5d} {table['predicted']:9d} "
              f"{table['precision']:9.2f} {table['recall']:7.2f}")


def load_rows() -> list[dict]:
    labels = _jsonl(LABELS)
    context = {row["n"]: row for row in _jsonl(INPUT)}
    return [{**row, "previous": context[row["n"]]["previous"], "item": context[row["n"]]["item"]} for row in labels]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list the disagreements")
    parser.add_argument("--real", type=Path, help="a folder of labelled sentences of published texts (see above)")
    args = parser.parse_args()
    if args.real:
        rows = real_rows(args.real)
        predicted, labels = [row["predicted"] for row in rows], REAL_JUDGEMENTS
        if (args.real / "labels2.jsonl").exists():
            second = {row["n"]: row for row in _jsonl(args.real / "labels2.jsonl")}
            twice = [row for row in rows if row["n"] in second]
            print_agreement_and_scores(twice, second, labels)
            if args.errors:  # only where the two labellers agree: the rest is no verdict
                for row in twice:
                    for label in labels:
                        if row[label] == second[row["n"]][label] != row["predicted"][label]:
                            kind = "missed" if row[label] else "false alarm"
                            print(f"[{label} {kind}] {row['n']} {row['set']}/{row['id']}: {row['sentence']}")
            return
    else:
        rows = load_rows()
        predicted, labels = predictions(rows), JUDGEMENTS
    print(f"{len(rows)} labelled sentences")
    print(f"{'judgment':13} {'gold':>5} {'predicted':>9} {'precision':>9} {'recall':>7}")
    for label, row in scores(rows, predicted, labels).items():
        print(f"{label:13} {row['gold']:5d} {row['predicted']:9d} {row['precision']:9.2f} {row['recall']:7.2f}")
    if args.errors:
        for row, guess in zip(rows, predicted):
            for label in labels:
                if row[label] != guess[label]:
                    kind = "missed" if row[label] else "false alarm"
                    print(f"[{label} {kind}] {row['n']}: {row['sentence']}")


if __name__ == "__main__":
    main()
