"""The editor's batch end to end against bare jieba.lcut over the same texts, same processes.

    python bench/batch.py                  # 2,000 items of ~1,000 characters, all cores
    python bench/batch.py --items 10000 --no-model

Items are built from the repository's own corpus (corpus/bootstrap.jsonl): sentences in a new
order, reworded, about 1,000 characters each, so no two items share passages. Both runs are wall
time on the same machine in one run, the batch first and jieba second, then the batch again
(the minimum of the two batch runs is reported, so a load spike during one pass does not
decide the ratio); CPU time of all processes is printed too, as a machine busy with other
work stretches wall time more than CPU time. Each pass runs in a fresh process of its own
(timed from before the model is loaded, or the pool started, to the last file written), so
no pass inherits another's heap.

Peak memory, per batch pass: the parent's VmHWM (the kernel's peak resident size, from
/proc/self/status, as bench/run.py reads it; not ru_maxrss, whose RUSAGE_CHILDREN is the
largest of any child ever waited for) and each worker's, read from /proc/PID/status every
0.1 s while the workers run (the kernel keeps the peak, so the last reading is it). Forked
workers share the parent's pages until they write to them and a resident size counts the
shared pages, so each worker's private memory (Private_Clean + Private_Dirty of
/proc/PID/smaps_rollup, its largest reading) is read too: the parent's peak plus the
workers' private peaks is what the processes take together; the sum of the VmHWMs is an
upper bound that counts the shared pages once per process.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
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


def private_mb(pid: int) -> float:
    """Memory (MB) a process has to itself: its private clean and dirty pages."""
    total = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith(("Private_Clean:", "Private_Dirty:")):
                    total += int(line.split()[1])
    except OSError:
        pass
    return total / 1024


def children() -> list[int]:
    """The live processes this process started through multiprocessing (a pool's workers)."""
    try:
        return [child.pid for child in multiprocessing.active_children() if child.pid]
    except RuntimeError:  # the pool changed its set of workers meanwhile: read again next time
        return []


class WorkerPeaks(threading.Thread):
    """Reads each child's VmHWM and private memory every 0.1 s while it runs."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peaks: dict[int, float] = {}
        self.private: dict[int, float] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.1):
            for pid in children():
                self.peaks[pid] = max(self.peaks.get(pid, 0.0), vm_hwm(pid))
                self.private[pid] = max(self.private.get(pid, 0.0), private_mb(pid))

    def stop(self) -> None:
        self.done.set()
        self.join()


def batch_pass(corpus: str, out: str, jobs: int, use_model: bool) -> dict:
    """One batch, in this (fresh) process: wall time and peak memory."""
    from checker.batch import run_batch
    from checker.pipeline import Checker

    peaks = WorkerPeaks()
    peaks.start()
    start, cpu = time.perf_counter(), cpu_seconds()
    model = None
    if use_model:
        from checker.model import load_default_model

        model = load_default_model()
    run_batch(Path(corpus), Path(out), lambda: Checker(model=model), jobs=jobs, force=True)
    wall, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    peaks.stop()
    workers = sorted(peaks.peaks, key=peaks.peaks.get, reverse=True)[:jobs]
    return {"wall": wall, "cpu": cpu, "parent": vm_hwm(), "workers": [peaks.peaks[p] for p in workers],
            "private": [peaks.private[p] for p in workers]}


def jieba_pass(corpus: str, jobs: int) -> dict:
    texts = [json.loads(line)["text"] for line in Path(corpus).read_text(encoding="utf-8").splitlines()]
    before = cpu_seconds()
    wall = jieba_wall(texts, jobs)
    return {"wall": wall, "cpu": cpu_seconds() - before}


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the pool's workers, once joined)."""
    mine, theirs = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + theirs.ru_utime + theirs.ru_stime


def in_child(*args) -> dict:
    """Run one pass in a fresh interpreter; it prints its figures as JSON on its last line."""
    command = [sys.executable, str(Path(__file__).resolve()), "--pass", *map(str, args)]
    output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--pass":
        kind, *rest = sys.argv[2:]
        if kind == "batch":
            corpus, out, jobs, model = rest
            print(json.dumps(batch_pass(corpus, out, int(jobs), model == "1")))
        else:
            corpus, jobs = rest
            print(json.dumps(jieba_pass(corpus, int(jobs))))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-model", action="store_true")
    args = parser.parse_args()
    items = make_items(args.items)
    model = 0 if args.no_model else 1
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "items.jsonl"
        corpus.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
        first = in_child("batch", corpus, Path(folder) / "out", args.jobs, model)
        bare_run = in_child("jieba", corpus, args.jobs)
        second = in_child("batch", corpus, Path(folder) / "out", args.jobs, model)
    best = min(first, second, key=lambda run: run["wall"])
    batch, bare = best["wall"], bare_run["wall"]
    heaviest = max(first, second, key=lambda run: run["parent"] + sum(run["private"]))
    print(f"{args.items} items, {args.jobs} processes, model {'off' if args.no_model else 'on'}")
    print(f"checker batch (whole job, files written): {batch:6.1f} s wall  ({args.items / batch:.0f} items/s; "
          f"runs {first['wall']:.1f}, {second['wall']:.1f})")
    print(f"bare jieba.lcut, same texts and processes: {bare:6.1f} s wall")
    print(f"ratio batch / jieba: {batch / bare:.2f}")
    print(f"CPU time, all processes (steadier than wall on a busy machine): batch {best['cpu']:.1f} s, "
          f"jieba {bare_run['cpu']:.1f} s, ratio {best['cpu'] / bare_run['cpu']:.2f}")
    print(f"peak memory: parent {heaviest['parent']:.0f} MB (VmHWM); workers {', '.join(f'{w:.0f}' for w in heaviest['workers'])} MB "
          f"VmHWM, of it private {', '.join(f'{w:.0f}' for w in heaviest['private'])} MB; all processes together "
          f"{heaviest['parent'] + sum(heaviest['private']):.0f} MB (at most {heaviest['parent'] + sum(heaviest['workers']):.0f} MB "
          f"counting shared pages in every process)")


if __name__ == "__main__":
    main()
