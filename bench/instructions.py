"""Instructions per draft of a warm check with the model, and of bare jieba.lcut: a figure that
does not move with the load of a shared machine (CPU time here moves by a tenth between rounds,
more than most single changes save).

    python bench/instructions.py                 # 50 drafts (about two minutes)
    python bench/instructions.py --drafts 100

Each side runs in a child under valgrind's cachegrind (no cache simulation): once with no
draft and once with the drafts, after a run outside valgrind that leaves the compiled
bytecode in place, so the difference is the checking alone (imports, loading and ten warm-up
drafts cancel out). PYTHONHASHSEED=0, and numpy's OpenBLAS on one thread: its idle worker
threads spin, and what they spun made repeat runs of the same code spread by up to 6%; on one
thread, repeat runs give the same count to 0.01 M. Instructions are not time: work that misses the
caches (a large automaton, big tables) costs more per instruction, so a change that only
moves memory is measured by alternated CPU time instead (bench/run.py).
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
import sys
sys.path.insert(0, {root!r})
from bench.run import drafts
texts = drafts({total})[:{warm} + {count}]  # the same drafts built in both runs
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
"""


def instructions(count: int, total: int, jieba: bool) -> int:
    """Instructions of a child that builds WARM_UP + total drafts, loads, and checks
    WARM_UP + count of them."""
    code = CHILD.format(root=str(ROOT), warm=WARM_UP, count=count, total=WARM_UP + total, jieba=jieba)
    env = {**os.environ, **SINGLE_THREADED, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                             sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    found = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if result.returncode != 0 or not found:
        raise SystemExit(f"cachegrind 运行失败：{result.stderr.strip()[-500:]}")
    return int(found.group(1).replace(",", ""))


def per_draft(count: int, jieba: bool) -> float:
    env = {**os.environ, **SINGLE_THREADED, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), warm=WARM_UP, count=0, total=WARM_UP, jieba=jieba)],
                   check=True, env=env, cwd=ROOT, capture_output=True)  # compiled bytecode in place
    return (instructions(count, count, jieba) - instructions(0, count, jieba)) / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--drafts", type=int, default=50)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("未找到 valgrind：本脚本用 valgrind 的 cachegrind 计数指令，请先安装（如 apt-get install valgrind）")
    check = per_draft(args.drafts, jieba=False)
    bare = per_draft(args.drafts, jieba=True)
    print(f"instructions per draft ({args.drafts} drafts of ~1,000 characters, warm): "
          f"check with the model {check / 1e6:.2f} M, bare jieba.lcut {bare / 1e6:.2f} M, ratio {check / bare:.2f}")


if __name__ == "__main__":
    main()
