"""Where do some rules fire on the real texts, and on which quality of item?

    python bench/real_hits.py --dir /work/main/bench/real --rules risk,ZG941
    python bench/real_hits.py --dir bench/real_holdout --manifest bench/real_holdout/manifest.jsonl --rules title

Prints every finding of the named rules or families (item id, editors' mean quality, genre,
the flagged words) and a count by quality band, so a new rule's precision on real writing can
be judged by reading its hits. Texts come from the git-ignored folder, as in bench/real.py;
nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from real import DEFAULT_MANIFEST, read_items  # noqa: E402


def band(quality: float) -> str:
    return "low (<=2)" if quality <= 2 else ("high (>=4)" if quality >= 4 else "mid")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=ROOT / "bench" / "real")
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST)
    parser.add_argument("--rules", required=True, help="rule ids or families, comma-separated")
    parser.add_argument("--all-titles", action="store_true",
                        help="also check the titles of items whose text is missing (title only, "
                             "in the manifest's genre)")
    args = parser.parse_args()
    wanted = set(args.rules.split(","))

    from checker.load import Source
    from checker.pipeline import Checker

    checker = Checker()
    items, missing = read_items(args.dir, args.manifest)
    if args.all_titles:
        import json

        rows = {json.loads(line)["id"]: json.loads(line) for line in args.manifest.read_text(encoding="utf-8").splitlines() if line.strip()}
        for item_id in missing:
            row = rows[item_id]
            row["body"] = ""
            items.append(row)
    hits, checked = Counter(), Counter()
    for item in items:
        body = item["body"] or "（正文缺）"
        text = f"{item['title']}\n{body}"
        genre = None if item["body"] else {"speech_or_summary": "speech"}.get(item["kind"], item["kind"])
        report = checker.check_source(Source(item["id"], text, item["title"]), genre)
        checked[band(item["quality"])] += 1
        found = [f for f in report.findings if f.rule in wanted or f.family in wanted]
        for finding in found:
            hits[band(item["quality"])] += 1
            print(f"{item['id']}  q={item['quality']:.1f}  {report.genre:<10} {finding.rule}  {finding.excerpt}")
    print()
    print(f"items {len(items)} (texts missing: {len(missing)}{', titles checked' if args.all_titles else ''})")
    for name in ("low (<=2)", "mid", "high (>=4)"):
        print(f"  {name:<11} items {checked[name]:>3}  hits {hits[name]:>3}")


if __name__ == "__main__":
    main()
