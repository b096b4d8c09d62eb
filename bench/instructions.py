"""Instructions per draft of a warm check with the model, and of bare jieba.lcut: a figure that
does not move with the load of a shared machine (CPU time here moves by a tenth between rounds,
more than most single changes save).

    python bench/instructions.py                 # 50 drafts, both figures (about five minutes)
    python bench/instructions.py --drafts 100
    python bench/instructions.py --only steady   # or --only first
    python bench/instructions.py --only steady --no-collector   # also the figures with gc off

Each side runs in a child under valgrind's cachegrind (no cache simulation): once with no
draft and once with the drafts, after a run outside valgrind that leaves the compiled
bytecode in place, so the difference is the checking alone (imports, loading and the warm-up
cancel out). Two figures, over the same measured drafts (bench.run's drafts 11-60):

- steady state (the figure to compare with jieba): before the measured drafts the child checks
  every corpus item once, on its own (260 texts, about 130,000 characters, 2.6 times the
  measured text; none of them is one of the measured drafts, and their sentences sit at other
  offsets, so no per-sentence cache is warm for the measured drafts). The checker compiles a
  vocabulary regex entry the first time a text contains its required literal, once per
  process; a long-running process (`checker serve`, a batch worker) has long paid for the
  entries its drafts meet. Since the measured drafts are made of the same corpus items, the
  warm-up has compiled every entry they need, and what is counted is the work that recurs on
  every draft.
- first meeting (the figure of rounds six to ten): the warm-up is only the first ten drafts,
  so about 77 entries are compiled for the first time inside the measured drafts (about
  3 M instructions a draft in round ten: re builds a wide class like [\\u4e00-\\u9fa5] in
  Python, character by character). This is a real cost, but one paid once per process and
  per entry; a cold start pays it (bench/run.py measures cold starts in CPU time).

PYTHONHASHSEED=0, and numpy's OpenBLAS on one thread: its idle worker threads spin, and what
they spun made repeat runs of the same code spread by up to 6%; on one thread, repeat runs give
the same count to 0.01 M. Instructions are not time: work that misses the caches (a large
automaton, big tables) costs more per instruction, so a change that only moves memory is
measured by alternated CPU time instead (bench/run.py).

--no-collector adds the same figures with Python's cyclic garbage collector off in the child
(gc.disable() before anything is loaded, and os._exit at the end, so no collection runs at
exit either): when a collection happens to fall inside or outside the measured drafts moves
the standard figure by about 0.2 M a draft, more than a small change saves; the figure without
the collector is the checking's own work. The standard figure stays the one to report (a
long-running process does collect).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = 10
# numpy's BLAS (the model's one matrix product) on one thread: idle BLAS threads spin
SINGLE_THREADED = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

CHILD = """
import gc, os, sys
if {no_gc}:
    gc.disable()
sys.path.insert(0, {root!r})
from bench.run import drafts
texts = drafts({total})[:{warm} + {count}]  # the same drafts built in both runs
if {steady}:  # every corpus item alone first, then the drafts after the first ten
    import json
    from pathlib import Path
    items = [json.loads(line) for path in sorted(Path({root!r}, "corpus").glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [item["title"] + "\\n" + item["text"] for item in items] + texts[{warm}:]
if {jieba}:
    import jieba
    from checker.paths import LEXICON_DIR
    jieba.setLogLevel(60)
    jieba.initialize()
    jieba.load_userdict(str(LEXICON_DIR / "userdict.txt"))
    check = jieba.lcut
else:
    from checker.model import load_default_model
    from checker.pipeline import Checker
    from checker.report import json as json_report
    checker = Checker(model=load_default_model())
    check = lambda text: json_report.render([checker.check_text(text)], single=True)
for text in texts:
    check(text)
if {no_gc}:
    sys.stdout.flush()
    os._exit(0)
"""


def instructions(count: int, total: int, jieba: bool, steady: bool, no_gc: bool = False) -> int:
    """Instructions of a child that builds WARM_UP + total drafts, loads, and checks the
    warm-up (the first WARM_UP drafts, or every corpus item when steady) and count drafts
    after the first WARM_UP."""
    code = CHILD.format(root=str(ROOT), warm=WARM_UP, count=count, total=WARM_UP + total, jieba=jieba, steady=steady,
                        no_gc=no_gc)
    env = {**os.environ, **SINGLE_THREADED, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                             sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    found = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if result.returncode != 0 or not found:
        raise SystemExit(f"cachegrind 运行失败：{result.stderr.strip()[-500:]}")
    return int(found.group(1).replace(",", ""))


def per_draft(count: int, jieba: bool, steady: bool, no_gc: bool = False) -> float:
    env = {**os.environ, **SINGLE_THREADED, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), warm=WARM_UP, count=0, total=WARM_UP, jieba=jieba, steady=False,
                                                        no_gc=False)],
                   check=True, env=env, cwd=ROOT, capture_output=True)  # compiled bytecode in place
    return (instructions(count, count, jieba, steady, no_gc) - instructions(0, count, jieba, steady, no_gc)) / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--drafts", type=int, default=50)
    parser.add_argument("--only", choices=["steady", "first"], help="only one of the two figures")
    parser.add_argument("--no-collector", action="store_true", help="also the figures with the garbage collector off")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("未找到 valgrind：本脚本用 valgrind 的 cachegrind 计数指令，请先安装（如 apt-get install valgrind）")
    for steady in (True, False):
        if args.only and args.only != ("steady" if steady else "first"):
            continue
        check = per_draft(args.drafts, jieba=False, steady=steady)
        bare = per_draft(args.drafts, jieba=True, steady=steady)
        what = ("steady state: warm-up on every corpus item alone" if steady
                else f"first meeting: warm-up on {WARM_UP} drafts, regex entries first compiled inside")
        print(f"instructions per draft ({args.drafts} drafts of ~1,000 characters; {what}): "
              f"check with the model {check / 1e6:.2f} M, bare jieba.lcut {bare / 1e6:.2f} M, ratio {check / bare:.2f}",
              flush=True)
        if args.no_collector:
            check = per_draft(args.drafts, jieba=False, steady=steady, no_gc=True)
            bare = per_draft(args.drafts, jieba=True, steady=steady, no_gc=True)
            print(f"  the same with the garbage collector off: check with the model {check / 1e6:.2f} M, "
                  f"bare jieba.lcut {bare / 1e6:.2f} M, ratio {check / bare:.2f}", flush=True)


if __name__ == "__main__":
    main()
