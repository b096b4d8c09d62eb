"""How far do the checker's verdicts follow two editors' labels on real, published texts?

The texts are third-party pages: they are retrieved into a git-ignored folder (bench/real/,
one <id>.txt per manifest row, the body only; the title comes from the manifest) and never
committed. The manifest holds two editors' independent labels (quality 1-5 and five flags).

    python bench/real.py                       # dev set: ../shared/data/real_dev.manifest.jsonl
    python bench/real.py --dir bench/real_holdout --manifest bench/real_holdout/manifest.jsonl
    python bench/real.py --worst 15 --no-model
    python bench/real.py --whole               # check excerpts as if they were whole drafts
    python bench/real.py --also bench/real_holdout --also bench/real_holdout2   # pooled: dev and two more sets

Most texts are excerpts (the manifest's `complete` is false): the editors judged what is there,
so each excerpt is checked as one (checker check --excerpt: rules that conclude from what the
whole draft lacks, such as a 问题建议 piece without proposals, are not run on it).

Prints Spearman rho of the depth score and of the adoption probability against quality, each
dimension's rho, per-flag agreement (on items where the editors agree with each other),
genre agreement, the mean score per kind, and the worst disagreements with the findings
(and, where recorded, the judgement evidence) behind them.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MANIFEST = ROOT.parent / "shared" / "data" / "real_dev.manifest.jsonl"
FLAGS = {  # manifest label -> profile key
    "has_problem": "problem",
    "has_analysis": "analysis",
    "has_countermeasure": "countermeasure",
    "specific": "specific",
    "boilerplate_heavy": "boilerplate_heavy",
}
KIND_TO_GENRE = {"speech_or_summary": "speech"}


def read_items(directory: Path, manifest: Path) -> tuple[list[dict], list[str]]:
    """The manifest's items whose text is in `directory`. A `labels_b.jsonl` beside the
    manifest ({id, labels_b, why_b}: a second labeller who did not see the first) adds the
    second labels: quality becomes the mean of the two, and flags count only where they agree."""
    items, missing = [], []
    second = {}
    extra = manifest.parent / "labels_b.jsonl"
    if extra.exists() and extra != manifest:
        for line in extra.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                second[row["id"]] = row
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        path = directory / f"{row['id']}.txt"
        if not path.exists() or not path.read_text(encoding="utf-8").strip():
            missing.append(row["id"])
            continue
        row["body"] = path.read_text(encoding="utf-8").strip()
        if "labels_b" not in row and row["id"] in second:
            row["labels_b"] = second[row["id"]]["labels_b"]
            row["why_b"] = second[row["id"]].get("why_b", "")
            row["quality"] = (row["labels_a"]["quality"] + row["labels_b"]["quality"]) / 2
        items.append(row)
    return items, missing


def fitting_arguments(description: str):
    """The command line the fitting scripts share (bench/fit_score.py, bench/fit_genre.py): the
    dev set, more labelled folders to fit on as well, and whether to write the result."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--dir", type=Path, default=ROOT / "bench" / "real")
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST)
    parser.add_argument("--also", type=Path, action="append", default=[],
                        help="another folder of texts with its manifest.jsonl (and labels_b.jsonl) to fit on as well")
    parser.add_argument("--write", action="store_true", help="write what was fitted on all items to rules/genres.yaml")
    return parser.parse_args()


def coordinate_ascent(weights: dict, cells: list[tuple], grid, score, allowed=None, sweeps: int = 3) -> dict:
    """The fitting scripts' search (bench/fit_score.py, bench/fit_genre.py): for each cell
    (outer, inner) of the nested weights in turn, try every grid value and keep one that raises
    `score(weights)`; repeat until a sweep changes nothing. `allowed(weights, outer, inner,
    value)` may refuse a value before it is tried. Changes `weights` in place and returns it."""
    best = score(weights)
    for _ in range(sweeps):
        improved = False
        for outer, inner in cells:
            for value in grid:
                old = weights[outer][inner]
                if value == old or (allowed is not None and not allowed(weights, outer, inner, value)):
                    continue
                weights[outer][inner] = value
                candidate = score(weights)
                if candidate > best + 1e-9:
                    best, improved = candidate, True
                else:
                    weights[outer][inner] = old
        if not improved:
            break
    return weights


def read_sets(directory: Path, manifest: Path, also: list[Path]) -> list[dict]:
    """The items of the main folder and of every --also folder (each with its manifest.jsonl)."""
    items, _ = read_items(directory, manifest)
    for folder in also:
        more, _ = read_items(folder, folder / "manifest.jsonl")
        items += more
    return items


def run_checker(items: list[dict], use_model: bool, whole: bool = False) -> None:
    sys.path.insert(0, str(ROOT))
    from checker.load import Source
    from checker.pipeline import Checker

    model = None
    if use_model:
        from checker.model import load_default_model

        model = load_default_model()
    checker = Checker(model=model, evidence=True)
    for item in items:
        text = f"{item['title']}\n{item['body']}"
        excerpt = not whole and item.get("complete") is False
        report = checker.check_source(Source(item["id"], text, item["title"], excerpt=excerpt))
        item["report"] = report


def spearman(xs: list[float], ys: list[float]) -> float:
    from scipy.stats import spearmanr

    if len(set(xs)) < 2 or len(set(ys)) < 2:
        return float("nan")
    return float(spearmanr(xs, ys).statistic)


def expected_genre(item: dict) -> str:
    return KIND_TO_GENRE.get(item["kind"], item["kind"])


def summarise(items: list[dict], worst: int) -> dict:
    quality = [item["quality"] for item in items]
    scores = [item["report"].score for item in items]
    figures: dict = {"items": len(items), "rho_score": spearman(scores, quality)}
    probabilities = [item["report"].adoption_probability for item in items]
    if all(p is not None for p in probabilities):
        figures["rho_probability"] = spearman(probabilities, quality)
    print(f"items: {len(items)}")
    print(f"Spearman rho, depth score vs quality:          {figures['rho_score']:.3f}")
    if "rho_probability" in figures:
        print(f"Spearman rho, adoption probability vs quality: {figures['rho_probability']:.3f}")

    print("\nper dimension (rho vs quality):")
    for name in items[0]["report"].dimensions:
        values = [item["report"].dimensions[name] for item in items]
        print(f"  {name:15} {spearman(values, quality):6.3f}   mean {statistics.mean(values):5.1f}")

    print("\nflags (items where both editors agree):")
    agreements = []
    for label, key in FLAGS.items():
        # a set labelled by one editor only (the holdout) counts every item
        agreed = [item for item in items
                  if item["labels_a"][label] == item.get("labels_b", item["labels_a"])[label]]
        if not agreed:
            continue
        hits = sum(item["report"].profile[key] == item["labels_a"][label] for item in agreed)
        truth = [item["labels_a"][label] for item in agreed]
        said = [item["report"].profile[key] for item in agreed]
        tp = sum(t and s for t, s in zip(truth, said))
        precision = tp / sum(said) if sum(said) else float("nan")
        recall = tp / sum(truth) if sum(truth) else float("nan")
        agreements.append(hits / len(agreed))
        figures[f"flag_{key}"] = hits / len(agreed)
        print(f"  {key:18} {hits:3}/{len(agreed):3} = {hits / len(agreed):.2f}   "
              f"(editors yes {sum(truth):3}; precision {precision:.2f}, recall {recall:.2f})")
    if agreements:
        figures["flags_mean"] = statistics.mean(agreements)
        print(f"  {'mean':18} {figures['flags_mean']:.2f}")

    right = sum(item["report"].genre == expected_genre(item) for item in items)
    figures["genre"] = right / len(items)
    print(f"\ngenre right: {right}/{len(items)} = {right / len(items):.2f}")
    confusion = Counter((expected_genre(item), item["report"].genre) for item in items
                        if item["report"].genre != expected_genre(item))
    for (want, got), count in confusion.most_common(8):
        print(f"  {want:12} read as {got:12} {count}")

    print("\nper kind:             quality   score   rho within the kind (score, probability)")
    by_kind = defaultdict(list)
    for item in items:
        by_kind[item["kind"]].append(item)
    for kind, group in sorted(by_kind.items()):
        within = ""
        if len(group) >= 5:  # ranking inside one genre: where the depth score is weakest
            truth = [i["quality"] for i in group]
            figures[f"rho_{kind}"] = spearman([i["report"].score for i in group], truth)
            within = f"   {figures[f'rho_{kind}']:6.3f}"
            if all(i["report"].adoption_probability is not None for i in group):
                within += f"  {spearman([i['report'].adoption_probability for i in group], truth):6.3f}"
        print(f"  {kind:18} n={len(group):3}  {statistics.mean(i['quality'] for i in group):5.2f}   "
              f"{statistics.mean(i['report'].score for i in group):5.1f}{within}")

    if worst:
        print_worst(items, worst)
    return figures


def _ranks(values: list[float]) -> list[float]:
    from scipy.stats import rankdata

    return list(rankdata(values) / len(values))


def print_worst(items: list[dict], count: int) -> None:
    quality_rank = _ranks([item["quality"] for item in items])
    score_rank = _ranks([item["report"].score for item in items])
    gaps = sorted(range(len(items)), key=lambda i: -abs(quality_rank[i] - score_rank[i]))
    print(f"\nworst {count} disagreements (quality vs depth score):")
    for i in gaps[:count]:
        item, report = items[i], items[i]["report"]
        direction = "checker too high" if score_rank[i] > quality_rank[i] else "checker too low"
        print(f"\n- {item['id']} [{item['kind']} -> {report.genre}] quality {item['quality']} "
              f"score {report.score} ({direction}) {item['title'][:30]}")
        print(f"  editors: {item.get('why_a', '')[:90]}")
        print("  dimensions: " + ", ".join(f"{k} {v}" for k, v in report.dimensions.items()))
        for deduction in report.deductions[:5]:
            examples = [f.excerpt for f in report.findings if f.rule == deduction.rule][:3]
            print(f"  -{deduction.points:4.0f} {deduction.dimension:14} {deduction.rule} x{deduction.count} "
                  + " / ".join(examples))
        profile = {k: v for k, v in report.profile.items()}
        labels = {FLAGS[k]: item["labels_a"][k] for k in FLAGS}
        differ = [k for k in labels if profile.get(k) != labels[k]]
        if differ:
            print("  flags differ: " + ", ".join(f"{k} (checker {profile.get(k)}, editor {labels[k]})" for k in differ))
        for line in _evidence_lines(report)[:4]:
            print("  " + line)


def _evidence_lines(report) -> list[str]:
    """Judgement evidence, when the report carries it (checker check --evidence)."""
    sentences = getattr(report, "evidence", None) or []
    lines = []
    for sentence in sentences:
        judged = [j for j in sentence["judgements"] if j in ("problem", "analysis", "actionable", "effect", "empty")]
        if judged:
            cues = "; ".join(f"{c['judgement']}<-{c['cue']}“{c['text']}”" for c in sentence["evidence"]
                             if c["judgement"] in judged)[:110]
            lines.append(f"{'/'.join(judged)}: {sentence['text'][:30]}… [{cues}]")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, default=ROOT / "bench" / "real")
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST)
    parser.add_argument("--worst", type=int, default=10)
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--whole", action="store_true", help="check every text as a whole draft, excerpts too")
    parser.add_argument("--json", type=Path, help="write per-item results (scores, dimensions, profile) here")
    parser.add_argument("--also", type=Path, action="append", default=[],
                        help="another folder of texts with its manifest.jsonl, pooled with the first "
                             "(one ranking over all items: scores must agree across sets and genres)")
    args = parser.parse_args()
    items, missing = read_items(args.dir, args.manifest)
    for folder in args.also:
        more, gone = read_items(folder, folder / "manifest.jsonl")
        items, missing = items + more, missing + gone
    if not items:
        sys.exit(f"{args.dir}：没有找到清单中的文本（先按 README 取回到这个文件夹）")
    if missing:
        print(f"missing texts: {len(missing)} ({', '.join(missing[:10])}{'…' if len(missing) > 10 else ''})")
    run_checker(items, use_model=not args.no_model, whole=args.whole)
    figures = summarise(items, args.worst)
    if args.json:
        rows = [{"id": i["id"], "kind": i["kind"], "quality": i["quality"], "score": i["report"].score,
                 "probability": i["report"].adoption_probability, "genre": i["report"].genre,
                 "dimensions": i["report"].dimensions, "profile": i["report"].profile,
                 "deductions": [d.__dict__ for d in i["report"].deductions]} for i in items]
        args.json.write_text(json.dumps({"figures": figures, "items": rows}, ensure_ascii=False, indent=1),
                             encoding="utf-8")


if __name__ == "__main__":
    main()
