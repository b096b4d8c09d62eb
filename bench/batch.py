"""The editor's batch end to end against bare jieba.lcut over the same texts, same processes.

    python bench/batch.py                  # 2,000 items of ~1,000 characters, all cores
    python bench/batch.py --items 10000 --no-model

Items are built from the repository's own corpus (corpus/bootstrap.jsonl): sentences in a new
order, reworded, about 1,000 characters each, so no two items share passages. Both runs are wall
time on the same machine in one run, the batch first and jieba second, then the batch again
(the minimum of the two batch runs is reported, so a load spike during one pass does not
decide the ratio). Peak memory: the parent's and the largest worker's maximum resident size.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


REWORD = "的了在是和把对从为与将及其并也又还都就这那些个人们年月日工作村镇乡县党员干部组织建设情况"


def make_items(count: int) -> list[dict]:
    """~1,000-character items of corpus sentences in a new order, about one character in six
    changed: they read like drafts of this domain but share no passages (not copies)."""
    import random
    import re

    rows = [json.loads(line) for line in (ROOT / "corpus" / "bootstrap.jsonl").read_text(encoding="utf-8").splitlines()]
    pool = [s for row in rows for s in re.findall(r"[^。！？\n]+[。！？]", row["text"]) if len(s) > 12]
    rng = random.Random(11)
    items = []
    for n in range(count):
        paragraphs, length = [], 0
        while length < 1000:
            sentences = [rng.choice(pool) for _ in range(3)]
            paragraph = "".join("".join(rng.choice(REWORD) if rng.random() < 0.17 else c for c in s) for s in sentences)
            paragraphs.append(paragraph)
            length += len(paragraph)
        items.append({"id": f"B{n:05d}", "unit": f"单位{n % 24:02d}", "date": "2026-10-01",
                      "title": rows[n % len(rows)]["title"], "text": "\n".join(paragraphs)})
    return items


def _cut(text: str) -> int:
    import jieba

    return len(jieba.lcut(text))


def _warm() -> None:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()


def jieba_wall(texts: list[str], jobs: int) -> float:
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(jobs, initializer=_warm) as pool:
        sum(pool.imap_unordered(_cut, texts, chunksize=32))
    return time.perf_counter() - start


def batch_wall(corpus: Path, out: Path, jobs: int, use_model: bool) -> float:
    from checker.batch import run_batch
    from checker.pipeline import Checker

    start = time.perf_counter()
    model = None
    if use_model:
        from checker.model import load_default_model

        model = load_default_model()
    run_batch(corpus, out, lambda: Checker(model=model), jobs=jobs, force=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-model", action="store_true")
    args = parser.parse_args()
    items = make_items(args.items)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "items.jsonl"
        corpus.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
        first = batch_wall(corpus, Path(folder) / "out", args.jobs, not args.no_model)
        bare = jieba_wall([i["text"] for i in items], args.jobs)
        second = batch_wall(corpus, Path(folder) / "out", args.jobs, not args.no_model)
    batch = min(first, second)
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{args.items} items, {args.jobs} processes, model {'off' if args.no_model else 'on'}")
    print(f"checker batch (whole job, files written): {batch:6.1f} s wall  ({args.items / batch:.0f} items/s; runs {first:.1f}, {second:.1f})")
    print(f"bare jieba.lcut, same texts and processes: {bare:6.1f} s wall")
    print(f"ratio batch / jieba: {batch / bare:.2f}")
    print(f"peak memory: parent {parent:.0f} MB, largest worker {child:.0f} MB, "
          f"all processes at most {parent + child * args.jobs:.0f} MB")


if __name__ == "__main__":
    main()
