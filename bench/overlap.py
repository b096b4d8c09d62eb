"""Does a change carry third-party text into the repository? A guard to run before committing.

    python bench/overlap.py                 # working tree and untracked files against HEAD
    python bench/overlap.py HEAD~3 HEAD     # what three commits added
    python bench/overlap.py --message "…"   # a commit message too

The real texts under bench/real*/ are third-party pages kept out of git. Tests, rules, docs and
commit messages must use our own sentences; a run of 8 Chinese characters that also occurs in
one of those texts is almost always a phrase carried over (a stock formula shared by thousands
of documents is the usual false alarm: reword it anyway). Prints each added line with such a run
and exits 1 when there is one, so it can sit in front of `git commit` with `&&`.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = 8  # Chinese characters in a row that count as carried over
CHINESE_RUN = re.compile(r"[\u4e00-\u9fff]{%d,}" % RUN)


def added_lines(revisions: list[str]) -> list[str]:
    """Lines a diff adds, plus every line of untracked files when comparing the working tree."""
    diff = subprocess.run(["git", "diff", "-U0", *revisions], capture_output=True, text=True, cwd=ROOT,
                          check=True).stdout
    lines = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    if len(revisions) < 2:
        untracked = subprocess.run(["git", "ls-files", "--others", "--exclude-standard"], capture_output=True,
                                   text=True, cwd=ROOT, check=True).stdout.split()
        for name in untracked:
            try:
                lines += (ROOT / name).read_text(encoding="utf-8").splitlines()
            except (UnicodeDecodeError, OSError):
                continue  # a binary or unreadable file carries no sentences
    return lines


def carried_over(lines: list[str], corpus: str) -> list[tuple[str, str]]:
    """(the shared run, the line) for every line with a run of RUN characters found in the corpus."""
    found = []
    for line in lines:
        for run in CHINESE_RUN.findall(line):
            shared = next((run[i:i + RUN] for i in range(len(run) - RUN + 1) if run[i:i + RUN] in corpus), None)
            if shared:
                found.append((shared, line.strip()))
                break
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", nargs="*", default=["HEAD"])
    parser.add_argument("--message", default="", help="a commit message to check as well")
    args = parser.parse_args()
    texts = sorted(ROOT.glob("bench/real*/*.txt"))
    if not texts:
        print("bench/real*/ 下没有真实稿件，无从比对")
        return 0
    corpus = "\n".join(path.read_text(encoding="utf-8") for path in texts)
    lines = added_lines(args.revisions) + args.message.splitlines()
    found = carried_over(lines, corpus)
    for shared, line in found:
        print(f"与真实稿件重合：“{shared}”  | {line[:90]}")
    print(f"检查了 {len(lines)} 行，{len(found)} 行与 {len(texts)} 篇真实稿件有 {RUN} 字以上的重合")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
