"""Benchmark training: time and peak memory of `checker train` on 10,000 items resampled
from the bootstrap corpus (for timing only), with 5-fold grouped cross-validation.

    python bench/train.py [--items 10000]

Targets on a 2-core machine: <= 120 s wall, <= 2 GB peak memory.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def resampled(items: list[dict], count: int) -> list[dict]:
    rng = random.Random(0)
    out = []
    for number in range(count):
        item = dict(rng.choice(items))
        item["id"] = f"r{number}"
        out.append(item)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=10_000)
    args = parser.parse_args()
    items = [json.loads(line) for line in (ROOT / "corpus" / "bootstrap.jsonl").read_text(encoding="utf-8").splitlines()]
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "big.jsonl"
        corpus.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in resampled(items, args.items)),
                          encoding="utf-8")
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "checker.cli", "train", str(corpus), "--out",
                        str(Path(folder) / "big.npz"), "--folds", "5"], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"train on {args.items} items, 5-fold grouped CV, 4 candidate models (C x rule weight):")
    print(f"  wall {wall:.1f} s (target <= 120 s), peak RSS {peak_mb:.0f} MB (target <= 2048 MB)")


if __name__ == "__main__":
    main()
