"""Fit how the six dimensions combine into the depth score, per genre, to editors' quality
labels on real texts; print the cross-validated Spearman rho; optionally write the weights.

The score stays a weighted mean of the dimensions, and every dimension stays 100 minus the
points its findings cost, so every point lost still traces to a finding. Only the weights
(rules/genres.yaml, `weights:` of each genre) are fitted.

    python bench/fit_score.py                         # dev set, 5-fold CV repeated 5 times
    python bench/fit_score.py --write                 # also write the weights to rules/genres.yaml
    python bench/fit_score.py --also bench/real_holdout   # fit on the dev set and a second set together

Method: coordinate ascent over a grid of weights (0, 0.25, 0.5, 1, 1.5, 2, 3) per genre and
dimension, starting from today's weights (a dimension a genre is judged on keeps at least 0.25), maximising Spearman rho between the depth score and
the editors' mean quality, with a small pull towards the starting weights. The CV figure fits
on four fifths and scores the held-out fifth, so it counts only data the weights were not
fitted on. Texts come from bench/real/ as in bench/real.py (never committed).
"""

from __future__ import annotations

import random
import re
import statistics
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real import ROOT, coordinate_ascent, fitting_arguments, read_sets, run_checker, spearman  # noqa: E402

GRID = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0)
PULL = 0.005  # rho given up per unit of distance from the starting weights (keeps them sane)
FLOOR = 0.25  # a dimension a genre is judged on keeps at least this weight: no finding goes free


def score_all(weights: dict, genres: list[str], dims: np.ndarray, names: list[str]) -> np.ndarray:
    out = np.empty(len(genres))
    for i, genre in enumerate(genres):
        w = np.array([weights[genre][n] for n in names])
        out[i] = dims[i] @ w / w.sum() if w.sum() else dims[i].mean()
    return out


def objective(weights, start, genres, dims, names, quality) -> float:
    rho = spearman(list(score_all(weights, genres, dims, names)), quality)
    distance = sum(abs(weights[g][n] - start[g][n]) for g in weights for n in names)
    return (rho if rho == rho else -1.0) - PULL * distance


def fit(start: dict, genres, dims, names, quality, sweeps: int = 3) -> dict:
    weights = {g: dict(w) for g, w in start.items()}
    cells = [(genre, name) for genre in sorted(set(genres)) for name in names]

    def allowed(w, genre, name, value) -> bool:
        # a judged dimension keeps FLOOR; a genre keeps some weight
        return not (start[genre][name] > 0 and value < FLOOR) and sum(w[genre].values()) - w[genre][name] + value != 0

    return coordinate_ascent(weights, cells, GRID, lambda w: objective(w, start, genres, dims, names, quality),
                             allowed, sweeps)


def cross_validated(start, genres, dims, names, quality, folds=5, repeats=5) -> list[float]:
    rhos = []
    for seed in range(repeats):
        order = list(range(len(genres)))
        random.Random(seed).shuffle(order)
        predicted = np.empty(len(genres))
        for k in range(folds):
            test = order[k::folds]
            train = [i for i in order if i not in test]
            w = fit(start, [genres[i] for i in train], dims[train], names, [quality[i] for i in train])
            predicted[test] = score_all(w, [genres[i] for i in test], dims[test], names)
        rhos.append(spearman(list(predicted), quality))
    return rhos


def write_weights(path: Path, weights: dict, names: list[str]) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    genre = None
    for i, line in enumerate(lines):
        header = re.match(r"^  (\w+):", line)
        if header:
            genre = header.group(1)
        if genre in weights and re.match(r"^    weights: \{", line):
            body = ", ".join(f"{n}: {weights[genre][n]:g}" for n in names)
            lines[i] = f"    weights: {{{body}}}"
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    args = fitting_arguments(__doc__.split("\n")[0])
    items = read_sets(args.dir, args.manifest, args.also)
    run_checker(items, use_model=False)

    from checker.pipeline import Checker

    start = {g: dict(w) for g, w in Checker().genres.weights.items()}
    names = list(items[0]["report"].dimensions)
    genres = [item["report"].genre for item in items]
    dims = np.array([[item["report"].dimensions[n] for n in names] for item in items], dtype=float)
    quality = [item["quality"] for item in items]

    print(f"items: {len(items)}")
    print(f"rho with today's weights:            {spearman(list(score_all(start, genres, dims, names)), quality):.3f}")
    rhos = cross_validated(start, genres, dims, names, quality)
    print(f"rho cross-validated (5-fold x {len(rhos)}):   {statistics.mean(rhos):.3f} "
          f"(min {min(rhos):.3f}, max {max(rhos):.3f})")
    weights = fit(start, genres, dims, names, quality)
    print(f"rho fitted on all items (in-sample): {spearman(list(score_all(weights, genres, dims, names)), quality):.3f}")
    for genre in weights:
        print(f"  {genre:11} " + ", ".join(f"{n} {weights[genre][n]:g}" for n in names))
    if args.write:
        write_weights(ROOT / "rules" / "genres.yaml", weights, names)
        print("written to rules/genres.yaml")


if __name__ == "__main__":
    main()
