"""Fit each genre's calibration (rules/genres.yaml `calibration`): the points added to, or taken
from, the depth score of every draft of that genre, so that one ranking over a month's items of
all genres follows the editors' quality labels on real texts.

Every dimension is judged within its genre, and an editor ranks a month's items on one scale:
with the same findings, editors rate a problem item higher than a news item. The dimension
weights (bench/fit_score.py) cannot say that; a per-genre shift can.

    python bench/fit_calibration.py --also bench/real_holdout30a --also …   # print, change nothing
    python bench/fit_calibration.py --also … --write                      # write to rules/genres.yaml

Method: the score before calibration is recomputed from each report (the genre-weighted mean of
its dimensions, a dimension left out of an excerpt's score left out here too); a draft held
down by a cap stays at its cap. Coordinate ascent over shifts -20..20 (steps of 2) per genre
maximises Spearman rho of the calibrated score against the editors' mean quality, pooled over
all items; the result is halved (shrunk towards no calibration) and rounded, which gave up
nothing in held-out rho and halved the worst held-out loss. The held-out figure leaves out one
set at a time (a folder and its siblings: real_holdout35a..d are set 35; bench/real is the
dev set), fits on the rest and scores the set left out. Texts come from bench/real*/ as in
bench/real.py (never committed).
"""

from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real import ROOT, coordinate_ascent, fitting_arguments, read_items, run_checker, spearman  # noqa: E402

STEPS = range(-20, 21, 2)
SHRINK = 0.5


def set_name(folder: Path) -> str:
    """real_holdout35a, real_holdout35b … are one set (35); bench/real is the dev set."""
    return re.sub(r"(?<=\d)[a-z]$", "", folder.name)


def rows_by_set(args, to_rows) -> tuple[object, dict[str, list[dict]]]:
    """The folders of the command line (fitting_arguments) checked once, without the model, and
    turned into rows by `to_rows(items, checker)`, grouped by set (set_name); with the checker."""
    sys.path.insert(0, str(ROOT))
    from checker.pipeline import Checker

    checker = Checker()
    sets: dict[str, list[dict]] = {}
    for folder, manifest in [(args.dir, args.manifest)] + [(f, f / "manifest.jsonl") for f in args.also]:
        items, _ = read_items(folder, manifest)
        run_checker(items, use_model=False)
        sets.setdefault(set_name(folder), []).extend(to_rows(items, checker))
    return checker, sets


def raw_items(items: list[dict], checker) -> list[dict]:
    """Per item: quality, genre, the score before calibration and the cap that held it down."""
    from checker.score import depth_score

    rows = []
    for item in items:
        report = item["report"]
        weights = {name: 0 if name in report.not_judged else weight
                   for name, weight in checker.genres.weights[report.genre].items()}
        capped = any(d.dimension == "score" for d in report.deductions)
        rows.append({"quality": item["quality"], "genre": report.genre,
                     "base": depth_score(report.dimensions, weights), "cap": report.score if capped else None})
    return rows


def calibrated(row: dict, shifts: dict) -> float:
    score = min(100, max(0, row["base"] + shifts.get(row["genre"], 0)))
    return score if row["cap"] is None else min(score, row["cap"])


def rho(rows: list[dict], shifts: dict) -> float:
    return spearman([calibrated(r, shifts) for r in rows], [r["quality"] for r in rows])


def fit(rows: list[dict], genres: list[str]) -> dict:
    nested = coordinate_ascent({"shift": {genre: 0 for genre in genres}}, [("shift", genre) for genre in genres],
                               STEPS, lambda w: rho(rows, w["shift"]))
    return {genre: round(value * SHRINK) for genre, value in nested["shift"].items()}


def write_calibration(path: Path, shifts: dict) -> None:
    """Set (or add, after `weights:`) the `calibration:` line of each genre."""
    lines = path.read_text(encoding="utf-8").split("\n")
    out, genre = [], None
    for line in lines:
        header = re.match(r"^  (\w+):", line)
        if header:
            genre = header.group(1)
        if genre in shifts and re.match(r"^    calibration: ", line):
            continue
        out.append(line)
        if genre in shifts and re.match(r"^    weights: \{", line):
            out.append(f"    calibration: {shifts[genre]}")
    path.write_text("\n".join(out), encoding="utf-8")


def main() -> None:
    args = fitting_arguments(__doc__.split("\n")[0])
    checker, sets = rows_by_set(args, raw_items)
    genres = list(checker.genres.weights)
    rows = [row for rows in sets.values() for row in rows]
    none = {genre: 0 for genre in genres}
    today = {genre: checker.calibration.get(genre, 0) for genre in genres}
    print(f"items: {len(rows)} in {len(sets)} sets")
    print(f"rho without calibration: {rho(rows, none):.3f}; with today's ({today}): {rho(rows, today):.3f}")
    if len(sets) > 1:
        print("held out one set at a time (fitted on the others): rho without -> with calibration")
        gains = []
        for name, held in sets.items():
            shifts = fit([r for other, rs in sets.items() if other != name for r in rs], genres)
            before, after = rho(held, none), rho(held, shifts)
            gains.append(after - before)
            print(f"  {name:16} n={len(held):3}  {before:.3f} -> {after:.3f}  ({after - before:+.3f})")
        print(f"  mean change {statistics.mean(gains):+.3f}; better in {sum(g > 1e-9 for g in gains)} of {len(gains)} sets")
    shifts = fit(rows, genres)
    print(f"fitted on all items: {shifts}; rho {rho(rows, shifts):.3f} (in-sample)")
    if args.write:
        write_calibration(ROOT / "rules" / "genres.yaml", shifts)
        print("written to rules/genres.yaml")


if __name__ == "__main__":
    main()
