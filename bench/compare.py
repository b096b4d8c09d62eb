"""What a change did to the verdicts on real texts: the same sets run at an earlier commit and
at the working tree, side by side, item by item.

    python bench/compare.py bce9952 --dir bench/real_holdout22 --manifest bench/real_holdout22/manifest.jsonl
    python bench/compare.py HEAD~3                      # the dev set (bench/real.py's defaults)
    python bench/compare.py HEAD~3 --also bench/real_holdout16 --also bench/real_holdout17

The earlier commit is checked out into a temporary git worktree and bench/real.py runs there on
the same folders (their texts are read from where they are, never copied into the worktree);
then bench/real.py runs here. Printed: Spearman rho of the depth score and of the adoption
probability for both, and every item whose score, genre or set of rules changed, with the rules
it gained and lost. This is the paired comparison a blind set needs: a single 32-text set's rho
moves by about 0.1 with the luck of the draw, a change on the same items does not.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def changed_items(before: list[dict], after: list[dict]) -> list[dict]:
    """Items (bench/real.py --json rows) whose score, genre or rules differ, in id order, with
    the rules each gained and lost."""
    earlier = {item["id"]: item for item in before}
    rows = []
    for item in sorted(after, key=lambda row: row["id"]):
        old = earlier.get(item["id"])
        if old is None:
            continue
        old_rules = {d["rule"] for d in old["deductions"]}
        new_rules = {d["rule"] for d in item["deductions"]}
        if old["score"] != item["score"] or old["genre"] != item["genre"] or old_rules != new_rules:
            rows.append({"id": item["id"], "kind": item["kind"], "quality": item["quality"],
                         "genre": (old["genre"], item["genre"]), "score": (old["score"], item["score"]),
                         "gained": sorted(new_rules - old_rules), "lost": sorted(old_rules - new_rules)})
    return rows


def _run(root: Path, args: list[str], out: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run([sys.executable, str(root / "bench" / "real.py"), *args, "--json", str(out)],
                   cwd=root, env=env, check=True, capture_output=True, text=True)
    return json.loads(out.read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit", help="the earlier commit (e.g. HEAD~3, bce9952)")
    parser.add_argument("--dir", type=Path)
    parser.add_argument("--manifest", type=Path)
    parser.add_argument("--also", type=Path, action="append", default=[])
    args = parser.parse_args()
    # the defaults resolved here: real.py's own defaults are relative to its checkout, and the
    # earlier commit's checkout is a temporary worktree with no bench/real or ../shared beside it
    passed = ["--dir", str((args.dir or ROOT / "bench" / "real").resolve()),
              "--manifest", str((args.manifest or ROOT.parent / "shared" / "data" / "real_dev.manifest.jsonl").resolve())]
    for folder in args.also:
        passed += ["--also", str(folder.resolve())]
    with tempfile.TemporaryDirectory() as scratch:
        worktree = Path(scratch) / "before"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(worktree), args.commit],
                       cwd=ROOT, check=True)
        try:
            before = _run(worktree, passed, Path(scratch) / "before.json")
        except subprocess.CalledProcessError as error:
            sys.exit(f"bench/real.py failed at {args.commit}:\n{error.stderr}")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(worktree)], cwd=ROOT, check=True)
        after = _run(ROOT, passed, Path(scratch) / "after.json")
    for name, run in ((args.commit, before), ("working tree", after)):
        figures = run["figures"]
        print(f"{name:>14}: items {figures['items']}, depth rho {figures['rho_score']:.3f}, "
              f"probability rho {figures['rho_probability']:.3f}, genre {figures['genre']:.2f}")
    rows = changed_items(before["items"], after["items"])
    print(f"changed items: {len(rows)}")
    for row in rows:
        genre = row["genre"][0] if row["genre"][0] == row["genre"][1] else f"{row['genre'][0]} -> {row['genre'][1]}"
        print(f"  {row['id']} {row['kind']} q{row['quality']} [{genre}] {row['score'][0]} -> {row['score'][1]}"
              f"  +{row['gained']} -{row['lost']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
