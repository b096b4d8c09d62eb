"""A sweep of real government text: do lexicon hits respect words, is formula text judged
unspecific, and is news read as news?

The texts are public corpora read locally and never committed: bench/sweep/ (git-ignored)
holds plain UTF-8 .txt files (first line the title) in one folder per kind (work_report/,
resolution/ for party plenum communiqués and resolutions, news/ for one news transcript
item per file) and a sources.tsv naming the repository and path each came from.

    python bench/sweep.py                          # bench/sweep/ and the real dev set
    python bench/sweep.py --dir /work/main/bench/sweep --real /work/main/bench/real
    python bench/sweep.py --no-real                # the sweep alone

Prints, beside the targets of issue 6:
(a) lexicon hits inside a word: hits of every lexicon vocabulary (as bench/lexicon_hits.py
    counts them) whose start or end is not a word edge of the jieba segmentation, leaving out
    entries marked `~` (sub-word); the count and up to 20 examples with the vocabulary and
    the text around them. Target: none.
(b) specificity per kind: the mean specificity dimension and the mean share of body
    sentences judged `specific`, and where each resolution's specificity falls among all swept
    texts and the real dev set (bench/real, ../shared/data/real_dev.manifest.jsonl). Target:
    every resolution in the lowest tenth.
(c) genre: the share of news items the checker reads as `news`. Target: news read as news
    (at least 90%, the dev-set genre target), with the genres the others got.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

KINDS = ("work_report", "resolution", "news")
CONTEXT = 8
NEWS_TARGET = 0.90


def read_sweep(directory: Path) -> list[dict]:
    items = []
    for kind in KINDS:
        for path in sorted((directory / kind).glob("*.txt")):
            text = path.read_text(encoding="utf-8").strip()
            if not text:
                continue
            title = text.split("\n", 1)[0].strip()
            items.append({"id": f"{kind}/{path.stem}", "kind": kind, "title": title, "text": text})
    return items


def subword_spans(matcher, text: str) -> set[tuple[int, int]]:
    """Spans the matcher's sub-word (`~`) entries find anywhere: these may cut a word."""
    from checker.lexicon import TermMatcher, is_subword

    subword = TermMatcher(tuple(w for w in matcher.literals if is_subword(w)),
                          tuple(p for p in matcher.patterns if is_subword(p)))
    return set(subword.spans(text))  # no token edges given: hits anywhere


def inside_word_hits(document, named: dict) -> list[dict]:
    from checker.lexicon import TermMatcher

    text, edges, out = document.text, document.token_edges, []
    for name, matcher in named.items():
        if not isinstance(matcher, TermMatcher):
            continue  # plain regex scanners (numbers, percentages) are not lexicons
        hits = document.scan(matcher)
        loose = [(a, b) for a, b in hits if a not in edges or b not in edges]
        if not loose:
            continue
        allowed = subword_spans(matcher, text)
        for a, b in loose:
            if (a, b) not in allowed:
                out.append({"name": name, "hit": text[a:b], "left": text[max(0, a - CONTEXT):a],
                            "right": text[b:b + CONTEXT],
                            "tokens": "|".join(t for t, s in zip(document.tokens, document.token_starts)
                                               if s + len(t) > a - 4 and s < b + 4)})
    return out


def check(items: list[dict], checker, named: dict | None) -> None:
    from checker.load import Source

    for item in items:
        analysis = checker.analyse(Source(item["id"], item["text"], item["title"]))
        report = checker.report(analysis)
        item["specificity"] = report.dimensions["specificity"]
        item["specific_share"] = analysis.signals.ratio("specific")
        item["genre"] = report.genre
        if named is not None:
            item["inside"] = inside_word_hits(analysis.document, named)


def percentile(value: float, population: list[float]) -> float:
    """Share of the population strictly below the value, plus half of the ties."""
    below = sum(v < value for v in population)
    ties = sum(v == value for v in population)
    return (below + ties / 2) / len(population)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=ROOT / "bench" / "sweep")
    parser.add_argument("--real", type=Path, default=ROOT / "bench" / "real")
    parser.add_argument("--manifest", type=Path)
    parser.add_argument("--no-real", action="store_true")
    args = parser.parse_args()

    from checker.pipeline import Checker
    from lexicon_hits import vocabularies

    items = read_sweep(args.dir)
    if not items:
        sys.exit(f"{args.dir}：没有找到文本（按 README 把公开语料放到 work_report/、resolution/、news/ 下）")
    checker = Checker()
    named = vocabularies(checker)
    check(items, checker, named)
    dev = []
    if not args.no_real:
        from real import DEFAULT_MANIFEST, read_items

        rows, _missing = read_items(args.real, args.manifest or DEFAULT_MANIFEST)
        dev = [{"id": f"dev/{r['id']}", "kind": "dev:" + r["kind"], "title": r["title"],
                "text": f"{r['title']}\n{r['body']}"} for r in rows]
        check(dev, checker, None)
    counts = Counter(item["kind"] for item in items)
    print("texts: " + ", ".join(f"{kind} {counts[kind]}" for kind in KINDS) + f"; dev set {len(dev)}")

    inside = [(item["id"], hit) for item in items for hit in item["inside"]]
    print(f"\n(a) lexicon hits inside a word: {len(inside)}   (target 0)")
    by_name = Counter(hit["name"] for _, hit in inside)
    if by_name:
        print("    by vocabulary: " + ", ".join(f"{n} {c}" for n, c in by_name.most_common()))
    for source, hit in inside[:20]:
        print(f"    {source:28} {hit['name']:18} {hit['left']}【{hit['hit']}】{hit['right']}   "
              f"[{hit['tokens']}]".replace("\n", "⏎"))

    population = [item["specificity"] for item in items + dev]
    tenth = sorted(population)[max(0, int(len(population) * 0.1) - 1)]
    print(f"\n(b) specificity (dimension 0-100; share of body sentences judged specific); "
          f"lowest tenth of {len(population)} texts: <= {tenth}")
    groups = defaultdict(list)
    for item in items + dev:
        groups[item["kind"]].append(item)
    for kind, group in sorted(groups.items(), key=lambda kv: statistics.mean(i["specificity"] for i in kv[1])):
        print(f"    {kind:26} n={len(group):3}  dimension {statistics.mean(i['specificity'] for i in group):5.1f}"
              f"   specific share {statistics.mean(i['specific_share'] for i in group):.2f}")
    resolutions = [item for item in items if item["kind"] == "resolution"]
    if resolutions:
        ranks = [percentile(item["specificity"], population) for item in resolutions]
        low = sum(item["specificity"] <= tenth for item in resolutions)
        print(f"    resolutions in the lowest tenth: {low}/{len(resolutions)}   (target all); "
              f"median percentile {statistics.median(ranks):.2f}")
        for item, rank in sorted(zip(resolutions, ranks), key=lambda p: -p[1])[:5]:
            if item["specificity"] > tenth:
                print(f"      above: {item['id']:28} specificity {item['specificity']:3} "
                      f"(percentile {rank:.2f}, specific share {item['specific_share']:.2f}) {item['title'][:24]}")

    news = [item for item in items if item["kind"] == "news"]
    if news:
        right = sum(item["genre"] == "news" for item in news)
        share = right / len(news)
        others = Counter(item["genre"] for item in news if item["genre"] != "news")
        print(f"\n(c) news items read as news: {right}/{len(news)} = {share:.2f}   (target >= {NEWS_TARGET:.2f})")
        if others:
            print("    read as: " + ", ".join(f"{g} {c}" for g, c in others.most_common()))
            for item in [i for i in news if i["genre"] != "news"][:10]:
                print(f"      {item['id']:28} {item['genre']:10} {item['title'][:30]}")
    genres = Counter((item["kind"], item["genre"]) for item in items if item["kind"] != "news")
    print("    other kinds read as: " + ", ".join(f"{k}->{g} {c}" for (k, g), c in sorted(genres.items())))


if __name__ == "__main__":
    main()
