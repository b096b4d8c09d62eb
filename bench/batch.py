"""The editor's batch end to end against bare jieba.lcut over the same texts, same processes.

    python bench/batch.py                  # 2,000 items of ~1,000 characters, all cores
    python bench/batch.py --items 10000 --no-model

Items are built from the repository's own corpus (corpus/bootstrap.jsonl): sentences in a new
order, reworded, about 1,000 characters each, so no two items share passages. Both runs are wall
time on the same machine in one run, the batch first and jieba second, then the batch again
(the minimum of the two batch runs is reported, so a load spike during one pass does not
decide the ratio). Peak memory: the parent's and each batch worker's VmHWM (the kernel's peak
resident size of that process, read from /proc/PID/status while the workers run, as bench/run.py
reads its children's; not ru_maxrss, whose RUSAGE_CHILDREN is the largest of every child ever
waited for, the jieba pool's included). Forked workers share the parent's pages until they
write to them, and each one's resident size counts the shared pages, so the sum is an upper
bound.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import threading
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


def vm_hwm(pid: int | str = "self") -> float:
    """Peak resident size (MB) of a process, from /proc (0 where there is none)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children() -> list[int]:
    """The live processes this process started through multiprocessing (a pool's workers)."""
    try:
        return [child.pid for child in multiprocessing.active_children() if child.pid]
    except RuntimeError:  # the pool changed its set of workers meanwhile: read again next time
        return []


class WorkerPeaks(threading.Thread):
    """Reads the VmHWM of this process's children every 0.1 s while it runs (the kernel keeps
    the peak, so the last reading before a worker exits is its peak up to 0.1 s)."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peaks: dict[int, float] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.1):
            for pid in children():
                self.peaks[pid] = max(self.peaks.get(pid, 0.0), vm_hwm(pid))

    def stop(self) -> dict[int, float]:
        self.done.set()
        self.join()
        return self.peaks


def batch_wall(corpus: Path, out: Path, jobs: int, use_model: bool) -> tuple[float, dict[int, float]]:
    from checker.batch import run_batch
    from checker.pipeline import Checker

    peaks = WorkerPeaks()
    peaks.start()
    start = time.perf_counter()
    model = None
    if use_model:
        from checker.model import load_default_model

        model = load_default_model()
    run_batch(corpus, out, lambda: Checker(model=model), jobs=jobs, force=True)
    wall = time.perf_counter() - start
    return wall, peaks.stop()


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
        first, first_peaks = batch_wall(corpus, Path(folder) / "out", args.jobs, not args.no_model)
        bare = jieba_wall([i["text"] for i in items], args.jobs)
        second, second_peaks = batch_wall(corpus, Path(folder) / "out", args.jobs, not args.no_model)
    batch = min(first, second)
    parent = vm_hwm()
    workers = sorted({**first_peaks, **second_peaks}.values(), reverse=True)[:args.jobs] or [0.0]
    print(f"{args.items} items, {args.jobs} processes, model {'off' if args.no_model else 'on'}")
    print(f"checker batch (whole job, files written): {batch:6.1f} s wall  ({args.items / batch:.0f} items/s; runs {first:.1f}, {second:.1f})")
    print(f"bare jieba.lcut, same texts and processes: {bare:6.1f} s wall")
    print(f"ratio batch / jieba: {batch / bare:.2f}")
    print(f"peak memory (VmHWM): parent {parent:.0f} MB, largest worker {workers[0]:.0f} MB, "
          f"parent + {args.jobs} largest workers at most {parent + sum(workers):.0f} MB (shared pages counted in each)")


if __name__ == "__main__":
    main()
