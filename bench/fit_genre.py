"""Fit the weights of the sentence evidence in genre detection (rules/genres.yaml `evidence:`)
to the editors' genre labels on real texts; print the cross-validated accuracy; optionally
write the weights.

Genre detection adds, per genre, its title and body cues and the evidence of the sentence
judgements (problems stated, proposals under a 建议 heading, a story told in the third person,
同志们…), each count capped and multiplied by its weight. The cues stay as they are; only the
evidence weights that exist today are fitted (no new pairing of evidence and genre).

    python bench/fit_genre.py                   # dev set, 5-fold CV repeated 5 times
    python bench/fit_genre.py --write           # also write the weights fitted on all items
    python bench/fit_genre.py --also bench/real_holdout   # fit on a second set as well

Method: coordinate ascent over a grid per weight, starting from today's weights, maximising
the share of items whose detected genre is the editors' (bench/real.py's `kind`), with a
small pull towards the starting weights so that a weight moves only when it buys an item.
The CV figure fits on four fifths and counts the held-out fifth, so it counts only data the
weights were not fitted on. Texts come from bench/real/ as in bench/real.py (never committed).
"""

from __future__ import annotations

import random
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real import ROOT, coordinate_ascent, expected_genre, fitting_arguments, read_sets  # noqa: E402

GRID = (-2.0, 0.0, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0)
PULL = 0.002  # accuracy given up per unit of distance from the starting weights


def components(items: list[dict]) -> tuple[list, object]:
    """Per item: the genre its title settles (or None), its cue scores and its evidence."""
    sys.path.insert(0, str(ROOT))
    from checker.load import Source
    from checker.pipeline import Checker, genre_body

    checker = Checker()
    detector = checker.genres
    rows = []
    for item in items:
        source = Source(item["id"], f"{item['title']}\n{item['body']}", item["title"],
                        excerpt=item.get("complete") is False)
        analysis = checker.analyse(source)
        document, signals = analysis.document, analysis.signals
        rows.append((detector.decisive_genre(document.title), detector.cue_scores(document.title, genre_body(document)),
                     checker.genre_evidence(signals)))
    return rows, detector


def detect(row, weights: dict, detector) -> str:
    settled, cue_scores, evidence = row
    if settled is not None:
        return settled
    scores = dict(cue_scores)
    for name, count in evidence.items():
        for genre, weight in weights.get(name, {}).items():
            scores[genre] += weight * min(count, detector.evidence_cap)
    return detector.choose(scores)


def accuracy(rows, truth, weights, detector) -> float:
    return sum(detect(r, weights, detector) == t for r, t in zip(rows, truth)) / len(rows)


def objective(rows, truth, weights, start, detector) -> float:
    distance = sum(abs(weights[n][g] - start[n][g]) for n in weights for g in weights[n])
    return accuracy(rows, truth, weights, detector) - PULL * distance


def fit(rows, truth, start, detector, sweeps: int = 3) -> dict:
    weights = {n: dict(w) for n, w in start.items()}
    cells = [(name, genre) for name in weights for genre in weights[name]]
    return coordinate_ascent(weights, cells, GRID, lambda w: objective(rows, truth, w, start, detector),
                             sweeps=sweeps)


def cross_validated(rows, truth, start, detector, folds: int = 5, repeats: int = 5) -> list[float]:
    scores = []
    for seed in range(repeats):
        order = list(range(len(rows)))
        random.Random(seed).shuffle(order)
        right = 0
        for k in range(folds):
            test = order[k::folds]
            train = [i for i in order if i not in test]
            weights = fit([rows[i] for i in train], [truth[i] for i in train], start, detector)
            right += sum(detect(rows[i], weights, detector) == truth[i] for i in test)
        scores.append(right / len(rows))
    return scores


def write_weights(path: Path, weights: dict) -> None:
    """Rewrite the `evidence:` entries' weight maps in place (comments after them are kept)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        match = re.match(r"^  (\w+): \{[^}]*\}(.*)$", line)
        if match and match.group(1) in weights:
            body = ", ".join(f"{genre}: {value:g}" for genre, value in weights[match.group(1)].items())
            lines[i] = f"  {match.group(1)}: {{{body}}}{match.group(2)}"
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    args = fitting_arguments(__doc__.split("\n")[0])
    items = read_sets(args.dir, args.manifest, args.also)
    rows, detector = components(items)
    truth = [expected_genre(item) for item in items]
    start = {name: dict(pairs) for name, pairs in detector.evidence.items()}

    print(f"items: {len(items)}")
    print(f"genre right with today's weights:      {accuracy(rows, truth, start, detector):.3f}")
    scores = cross_validated(rows, truth, start, detector)
    print(f"genre right cross-validated (5-fold x {len(scores)}): {statistics.mean(scores):.3f} "
          f"(min {min(scores):.3f}, max {max(scores):.3f})")
    weights = fit(rows, truth, start, detector)
    print(f"genre right fitted on all items (in-sample): {accuracy(rows, truth, weights, detector):.3f}")
    for name in weights:
        changed = {g: (start[name][g], w) for g, w in weights[name].items() if w != start[name][g]}
        if changed:
            print(f"  {name:17} " + ", ".join(f"{g} {a:g} -> {b:g}" for g, (a, b) in changed.items()))
    if args.write:
        write_weights(ROOT / "rules" / "genres.yaml", weights)
        print("written to rules/genres.yaml")


if __name__ == "__main__":
    main()
