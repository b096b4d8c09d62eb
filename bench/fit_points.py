"""Fit the points each rule takes from the depth score itself (rules/score.yaml `fitted_points`)
to editors' quality labels on real texts.

Every dimension is 100 minus its findings' penalties and the depth score is their genre-weighted
mean; that structure rates some faults lighter than editors do (a story with almost no story in
it, a problem told with no fact behind it). This script asks, on the labelled real texts: given
the depth score as it is, how many more points should each rule cost when it fires, so that the
ranking follows the editors? Every point stays traceable: the report lists these deductions
against their rules (扣分明细：总分 -8（ZG514×1）).

    python bench/fit_points.py --also bench/real_holdout30a --also …    # print, change nothing
    python bench/fit_points.py --also … --write     # write rules/score.yaml

Method: a linear model of the editors' mean quality on the score before these points (after
the genre's calibration, before caps), one 0/1 feature per rule that fired on at least
MIN_FIRED items, and one per detected genre; ridge-penalised (RIDGE, on the 0-1 scaled score and
the 0/1 features), the score's coefficient kept positive and every rule's kept at or below zero
(a finding never earns points). A rule's points are its coefficient over the score's, halved
(SHRINK) and rounded; under MIN_POINTS it is left out. The genre terms only keep genre differences out of the rules' points: they
are not written (writing them into the calibration as well gained +0.002 held out and worsened
the worst set; bench/fit_calibration.py fits the calibration). The held-out figure leaves out one set at a time (bench/real and each
real_holdout<NN> with its a..d siblings), fits on the rest and scores the set left out with the
points applied as the checker applies them (kept within 0-100, caps after). Texts come from
bench/real*/ as in bench/real.py (never committed).
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_calibration import rows_by_set  # noqa: E402
from real import ROOT, fitting_arguments, spearman  # noqa: E402

RIDGE = 0.3
SHRINK = 0.5
MIN_FIRED = 8
MAX_POINTS = 30
MIN_POINTS = 3  # fewer is within the fit's noise and only moves ties (and would cost a strong news item its line)


def rows_of(items: list[dict], checker) -> list[dict]:
    """Per item: quality, detected genre, the score before calibration, the rules that fired and
    the cap they set (None when none)."""
    from checker.score import apply_caps, depth_score

    rows = []
    for item in items:
        report = item["report"]
        weights = {name: 0 if name in report.not_judged else weight
                   for name, weight in checker.genres.weights[report.genre].items()}
        rules = checker.settings(report.genre, user=False)
        cap, capped = apply_caps(100, report.findings, rules, checker.error_caps.get(report.genre))
        rows.append({"quality": item["quality"], "genre": report.genre,
                     "base": depth_score(report.dimensions, weights),
                     "fired": sorted({f.rule for f in report.findings}), "cap": cap if capped else None,
                     "score": report.score})
    return rows


def scored(row: dict, calibration: dict, points: dict) -> float:
    """The depth score as the checker computes it with these calibrations and points."""
    score = min(100, max(0, round(row["base"] + calibration.get(row["genre"], 0))))
    score = max(0, score - sum(points.get(rule, 0) for rule in row["fired"]))
    return score if row["cap"] is None else min(score, row["cap"])


def rho(rows: list[dict], calibration: dict, points: dict) -> float:
    return spearman([scored(r, calibration, points) for r in rows], [r["quality"] for r in rows])


def fit(rows: list[dict], genres: list[str], today: dict) -> dict:
    """The points per rule fitted on these rows (`today`: each genre's calibration)."""
    from scipy.optimize import lsq_linear

    counts: dict[str, int] = {}
    for row in rows:
        for rule in row["fired"]:
            counts[rule] = counts.get(rule, 0) + 1
    rules = sorted(rule for rule, n in counts.items() if n >= MIN_FIRED)
    x = np.array([[scored(r, today, {}) / 100] + [float(rule in r["fired"]) for rule in rules] +
                  [float(r["genre"] == g) for g in genres] for r in rows])
    y = np.array([r["quality"] for r in rows])
    n = x.shape[1]
    lower, upper = np.full(n, -np.inf), np.full(n, np.inf)
    lower[0] = 0
    upper[1:1 + len(rules)] = 0
    solution = lsq_linear(np.vstack([x, np.sqrt(RIDGE) * np.eye(n)]), np.concatenate([y, np.zeros(n)]),
                          bounds=(lower, upper)).x
    per_point = solution[0] / 100
    if per_point <= 0:
        return {}
    points = {rule: min(MAX_POINTS, round(-c / per_point * SHRINK)) for rule, c in zip(rules, solution[1:1 + len(rules)])}
    return {rule: p for rule, p in points.items() if p >= MIN_POINTS}


def write_points(path: Path, points: dict, note: str) -> None:
    """Replace the `fitted_points:` block at the end of rules/score.yaml (or add it)."""
    text = path.read_text(encoding="utf-8")
    marker = "\n# fitted_points:"
    head = text.split(marker)[0].rstrip("\n")
    lines = ["# fitted_points: the points a rule takes from the depth score itself when it fires (once,",
             "# however many findings), besides its dimension's deduction; listed in the report as",
             "# 扣分明细：总分 -8（ZG514×1）. Fitted to editors' quality labels, never by hand:",
             f"# {note}.", "fitted_points:"]
    lines += [f"  {rule}: {points[rule]}" for rule in sorted(points, key=lambda r: (-points[r], r))]
    path.write_text(head + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    args = fitting_arguments(__doc__.split("\n")[0])
    checker, sets = rows_by_set(args, rows_of)
    genres = list(checker.genres.weights)
    rows = [row for rows in sets.values() for row in rows]
    today = {genre: checker.calibration.get(genre, 0) for genre in genres}
    print(f"items: {len(rows)} in {len(sets)} sets")
    print(f"rho without fitted points: {rho(rows, today, {}):.3f}; "
          f"with today's ({len(checker.fitted_points)} rules): {rho(rows, today, checker.fitted_points):.3f}")
    if len(sets) > 1:
        print("held out one set at a time (fitted on the others): rho without -> with fitted points")
        gains = []
        for name, held in sets.items():
            points = fit([r for other, rs in sets.items() if other != name for r in rs], genres, today)
            before, after = rho(held, today, {}), rho(held, today, points)
            gains.append(after - before)
            print(f"  {name:16} n={len(held):3}  {before:.3f} -> {after:.3f}  ({after - before:+.3f})")
        print(f"  mean change {statistics.mean(gains):+.3f}; better in {sum(g > 1e-9 for g in gains)} of "
              f"{len(gains)} sets; worst {min(gains):+.3f}")
    points = fit(rows, genres, today)
    print(f"fitted on all items: points {points}; rho {rho(rows, today, points):.3f} (in-sample)")
    if args.write:
        note = (f"python bench/fit_points.py --also … --write, on {len(rows)} labelled real texts in {len(sets)} sets\n"
                "# (held-out figures in docs/DEVELOPMENT.md)")
        write_points(ROOT / "rules" / "score.yaml", points, note)
        print("written to rules/score.yaml (fitted_points)")


if __name__ == "__main__":
    main()
