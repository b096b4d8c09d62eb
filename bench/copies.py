"""Copy lookup against archives of growing size: ms per new item, the growth, and whether
every kind of copy is still found.

    python bench/copies.py                         # archives of 10,000, 30,000 and 100,000 items
    python bench/copies.py --sizes 1000 3000       # a quick look

Synthetic archive items are made from the repository's own corpus (corpus/bootstrap.jsonl):
each strings together about 1,000 characters of sentences made of two to four clauses drawn
from different corpus items (so items share vocabulary, clauses and stock phrases, but not
whole passages, as items written separately do), figures replaced, about one character in
twenty reworded, and two or three stock formulations (rules/lexicons/policy_formulations.txt)
put in word for word, as every unit quotes them. The archive is a real SQLite archive
(checker.batch.archive.Archive); the index a lookup uses is its copy_index(), loaded from the
stored fingerprints, and a candidate's text is read from the file.

Lookups: new items of four kinds, equally many: fresh items (must find nothing), items
spliced from two archived items (half of each), lightly edited copies (unit names swapped,
figures changed, a few words reworded) and fresh items with one 300-character passage
lifted from an archived item. Then passages of random length (100-400 characters) lifted
into items of random length: of those that exact alignment with their source reports as
copies, how many the lookup finds (what the LSH candidate step loses). Timing is the wall time of `CopyIndex.query` per new item
(median, mean, 95th percentile) and its CPU time, and the memory copy_index() holds and
needs while loading (tracemalloc), all measured in this run; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.batch.archive import Archive  # noqa: E402
from checker.batch.copies import Probe, align_normalised, default_thresholds, is_copy, normalise  # noqa: E402

REWORD = "的了在是和把对从为与将及其并也又还都就这那些个人们年月日工作村镇乡县党员干部组织建设情况"
UNITS = ["东河镇", "西山乡", "北坡镇", "南坪乡", "红旗镇", "青石镇", "柳河乡", "白塔镇", "三江乡", "石门镇"]


def material() -> tuple[list[str], list[str]]:
    rows = [json.loads(line) for line in (ROOT / "corpus" / "bootstrap.jsonl").read_text(encoding="utf-8").splitlines()]
    clauses = [c for row in rows for c in re.split(r"[，；。！？\n]", row["text"]) if len(c) >= 4]
    lines = (ROOT / "rules" / "lexicons" / "policy_formulations.txt").read_text(encoding="utf-8").splitlines()
    stock = [line for line in lines if line and not line.startswith(("#", "re:")) and len(line) >= 8]
    return clauses, stock


def fresh(pool: list[str], stock: list[str], rng: random.Random, chars: int = 1000) -> str:
    out, length = [], 0
    for _ in range(rng.randint(2, 3)):
        out.append(rng.choice(stock) + "，")
    while length < chars:
        sentence = "，".join(rng.choice(pool) for _ in range(rng.randint(2, 4))) + "。"
        sentence = re.sub(r"\d+", lambda m: str(rng.randint(2, 999)), sentence)
        sentence = "".join(rng.choice(REWORD) if rng.random() < 0.05 else char for char in sentence)
        out.append(sentence)
        length += len(sentence)
        if rng.random() < 0.2:
            out.append("\n")
    rng.shuffle(out)
    return "".join(out)


def edited(text: str, rng: random.Random) -> str:
    for unit in UNITS:
        text = text.replace(unit, rng.choice(UNITS))
    text = re.sub(r"\d+", lambda m: str(rng.randint(2, 999)), text)
    words = list(text)
    for _ in range(len(words) // 100):  # a word here and there
        words[rng.randrange(len(words))] = rng.choice(REWORD)
    return "".join(words)


def queries(texts: list[str], pool, stock, rng: random.Random, count: int) -> list[tuple[str, str]]:
    out = []
    for n in range(count):
        kind = ("fresh", "spliced", "edited", "lifted")[n % 4]
        if kind == "fresh":
            text = fresh(pool, stock, rng)
        elif kind == "spliced":
            a, b = rng.sample(texts, 2)
            text = a[: len(a) // 2] + "\n" + b[len(b) // 2:]
        elif kind == "edited":
            text = edited(rng.choice(texts), rng)
        else:
            source = rng.choice(texts)
            start = rng.randrange(0, max(1, len(source) - 300))
            own = fresh(pool, stock, rng, 600)
            text = own[:300] + source[start:start + 300] + own[300:]
        out.append((kind, text))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    pool, stock = material()
    default_thresholds()  # the copy rule is read once per process (with the rule engine's imports)
    rng = random.Random(args.seed)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        store = Archive(Path(folder) / "bench.sqlite")
        texts: list[str] = []
        for size in sorted(args.sizes):
            started = time.perf_counter()
            while len(texts) < size:
                batch = [fresh(pool, stock, rng) for _ in range(min(2000, size - len(texts)))]
                store.add([{"id": f"a{len(texts) + n}", "unit": rng.choice(UNITS), "date": "2025-06-01",
                            "title": f"稿件{len(texts) + n}", "text": text} for n, text in enumerate(batch)])
                texts += batch
            built = time.perf_counter() - started
            started = time.perf_counter()
            index = store.copy_index()
            loaded = time.perf_counter() - started
            del index
            tracemalloc.start()  # again, for the memory it holds and needs while loading
            index = store.copy_index()
            held, peak = (value / 1e6 for value in tracemalloc.get_traced_memory())
            tracemalloc.stop()
            lookups = queries(texts, pool, stock, rng, args.queries)
            probes = [(kind, Probe(text)) for kind, text in lookups[:8]]
            for _, probe in probes:  # warm: the first lookups page in the file and the arrays
                index.query_probe(probe)
            walls, cpu, found, by_kind = [], 0.0, {}, {}
            for kind, text in lookups:
                wall, clock = time.perf_counter(), time.process_time()
                matches = index.query(text)
                walls.append((time.perf_counter() - wall) * 1000)
                cpu += time.process_time() - clock
                found.setdefault(kind, []).append(bool(matches))
                by_kind.setdefault(kind, []).append(walls[-1])
            walls.sort()
            row = {"size": size, "median": statistics.median(walls), "mean": statistics.fmean(walls),
                   "p95": walls[int(0.95 * (len(walls) - 1))], "cpu": cpu * 1000 / len(lookups),
                   "load": loaded, "held": held, "peak": peak, "windows": index.windows}
            results.append(row)
            reportable = missed = 0  # passages of random length lifted into items of random length
            for _ in range(args.queries):
                number = rng.randrange(len(texts))
                source, length = texts[number], rng.randrange(100, 400)
                start = rng.randrange(0, max(1, len(source) - length))
                own = fresh(pool, stock, rng, rng.randrange(100, 1200))
                cut = rng.randrange(len(own))
                text = own[:cut] + source[start:start + length] + own[cut:]
                spans, covered = align_normalised(normalise(text), normalise(source), index.thresholds)
                if is_copy(spans, covered, len(normalise(text).text), index.thresholds):
                    reportable += 1
                    missed += not any(m.source_id == f"a{number}" for m in index.query(text))
            row["recall"] = (reportable - missed) / reportable if reportable else 1.0
            hits = "，".join(f"{kind} {sum(v)}/{len(v)} ({statistics.fmean(by_kind[kind]):.2f} ms)" for kind, v in found.items())
            print(f"archive {size:>7} items ({index.windows:,} windows; copy_index() {loaded:.1f} s, holds {held:.0f} MB, "
                  f"peak {peak:.0f} MB while loading; archive built in {built:.0f} s): lookup median {row['median']:.2f} ms, "
                  f"mean {row['mean']:.2f} ms, p95 {row['p95']:.2f} ms, CPU {row['cpu']:.2f} ms; found: {hits}; "
                  f"random lifted passages that exact alignment reports: {reportable - missed}/{reportable} found", flush=True)
        store.close()
    first, last = results[0], results[-1]
    print(f"growth: archive x{last['size'] / first['size']:.0f} -> lookup median x{last['median'] / first['median']:.2f}, "
          f"mean x{last['mean'] / first['mean']:.2f}; peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
