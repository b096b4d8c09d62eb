"""Benchmark: the checker against bare jieba segmentation on the same ~1,000-character drafts.

    python bench/run.py            # prints figures and ratios
    python bench/run.py --drafts 300 --repeat 3

Prints: bare jieba.lcut throughput; checker throughput (with and without the adoption
model) in the same process on the same texts, and the ratio of their times; warm
per-document latency (median, p95); cold start of `checker check` on one draft (wall,
peak RSS). Targets on a 2-core machine: ratio <= 1.6, warm median <= 10 ms, cold <= 2.0 s.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFT_CHARS = 1000


def drafts(count: int) -> list[str]:
    """~1,000-character drafts made of corpus items (title line + body)."""
    items = []
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        items += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts, index = [], 0
    while len(texts) < count:
        title = items[index % len(items)]["title"]
        body = ""
        while len(body) < DRAFT_CHARS:
            body += items[index % len(items)]["text"] + "\n"
            index += 1
        texts.append(title + "\n" + body[:DRAFT_CHARS])
    return texts


def timed(function, texts: list[str], repeat: int) -> tuple[float, list[float]]:
    """Best total over `repeat` passes, and per-document times of the last pass."""
    best, per_doc = float("inf"), []
    for _ in range(repeat):
        per_doc = []
        start = time.perf_counter()
        for text in texts:
            t0 = time.perf_counter()
            function(text)
            per_doc.append(time.perf_counter() - t0)
        best = min(best, time.perf_counter() - start)
    return best, per_doc


def cold_start(draft: Path) -> tuple[float, float]:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "checker.cli", "check", "--format", "json", str(draft)],
                   check=True, capture_output=True, cwd=ROOT)
    wall = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return wall, peak_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--drafts", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    import jieba

    from checker.model import load_default_model
    from checker.pipeline import Checker
    from checker.segment import warm_up

    texts = drafts(args.drafts)
    chars = sum(len(t) for t in texts)
    warm_up()  # jieba dictionary and the domain user dictionary, for both sides
    plain = Checker()
    model = load_default_model()
    with_model = Checker(model=model) if model else None
    for text in texts[:5]:  # compile rules and warm caches before timing
        plain.check_text(text)
        if with_model:
            with_model.check_text(text)

    jieba_time, _ = timed(jieba.lcut, texts, args.repeat)
    check_time, per_doc = timed(plain.check_text, texts, args.repeat)
    print(f"drafts: {len(texts)} x ~{chars // len(texts)} characters, best of {args.repeat} passes")
    print(f"bare jieba.lcut:         {len(texts) / jieba_time:8.1f} drafts/s  ({jieba_time * 1000 / len(texts):.2f} ms/draft)")
    print(f"checker (rules only):    {len(texts) / check_time:8.1f} drafts/s  ({check_time * 1000 / len(texts):.2f} ms/draft)")
    print(f"ratio checker/jieba:     {check_time / jieba_time:8.2f}  (target <= 1.6)")
    print(f"warm latency:            median {statistics.median(per_doc) * 1000:.2f} ms, "
          f"p95 {sorted(per_doc)[int(0.95 * len(per_doc))] * 1000:.2f} ms  (target median <= 10 ms)")
    if with_model:
        model_time, model_per_doc = timed(with_model.check_text, texts, args.repeat)
        print(f"checker + model:         {len(texts) / model_time:8.1f} drafts/s  ratio {model_time / jieba_time:.2f}, "
              f"median {statistics.median(model_per_doc) * 1000:.2f} ms")
    wall, peak = cold_start(ROOT / "examples" / "样稿.txt")
    print(f"cold `checker check`:    {wall:.2f} s wall, peak RSS {peak:.0f} MB  (target <= 2.0 s)")


if __name__ == "__main__":
    main()
