"""Do two versions of the checker give the same reports? A guard for speed work, where a
change must not alter a single verdict.

    python bench/same_verdicts.py --save /tmp/before.jsonl     # with the old code
    python bench/same_verdicts.py --compare /tmp/before.jsonl  # with the new code

Texts: every item of corpus/*.jsonl, every .txt under tests/data and examples/, and the
git-ignored real texts under bench/real*/ when present. Each report is the full JSON of
`checker check -f json` with the adoption probability; prints how many reports differ and
the first differences.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def texts() -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                found.append((f"{path.name}:{item.get('id')}", f"{item.get('title', '')}\n{item['text']}"))
    for folder in ("tests/data", "examples", "bench/real", "bench/real_holdout", "bench/real_holdout2"):
        for path in sorted((ROOT / folder).rglob("*.txt")):
            found.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8", errors="replace")))
    return found


def reports() -> dict[str, str]:
    from checker.pipeline import Checker
    from checker.report import json as json_report

    checker = Checker()
    result = {}
    for name, text in texts():
        try:
            rendered = json_report.render([checker.check_text(text, name=name)], single=True)
        except Exception as error:  # noqa: BLE001 - a failure is a result to compare too
            rendered = f"error: {type(error).__name__}: {error}"
        result[name] = rendered
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    args = parser.parse_args()
    now = reports()
    if args.save:
        with args.save.open("w", encoding="utf-8") as out:
            for name, rendered in now.items():
                out.write(json.dumps({"name": name, "report": rendered}, ensure_ascii=False) + "\n")
        print(f"saved {len(now)} reports to {args.save}")
        return 0
    before = {row["name"]: row["report"] for row in map(json.loads, args.compare.read_text(encoding="utf-8").splitlines())}
    differ = [name for name in before if now.get(name) != before[name]]
    print(f"{len(before)} reports compared, {len(differ)} differ, {len(set(now) - set(before))} new")
    for name in differ[:5]:
        a, b = before[name], now.get(name, "")
        cut = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        print(f"- {name}: …{a[max(0, cut - 80):cut + 80]!r}\n  now …{b[max(0, cut - 80):cut + 80]!r}")
        print(f"  digests {hashlib.sha1(a.encode()).hexdigest()[:8]} -> {hashlib.sha1(b.encode()).hexdigest()[:8]}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
