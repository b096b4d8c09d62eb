"""How well does the depth score alone (rules, no training) separate adopted from rejected
items of the bootstrap corpus? Genre is detected, not taken from the labels.

    python bench/depth.py
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from sklearn.metrics import roc_auc_score

    from checker.load import Source
    from checker.pipeline import Checker

    checker = Checker()
    items = [json.loads(line) for line in (ROOT / "corpus" / "bootstrap.jsonl").read_text(encoding="utf-8").splitlines()]
    scores = {True: [], False: []}
    labels, values = [], []
    for item in items:
        report = checker.check_source(Source(item["id"], f"{item['title']}\n{item['text']}", item["title"]))
        scores[item["adopted"]].append(report.score)
        labels.append(int(item["adopted"]))
        values.append(report.score)
    print(f"depth score vs adopted: ROC AUC {roc_auc_score(labels, values):.3f}")
    for adopted, name in ((True, "adopted"), (False, "rejected")):
        print(f"  {name:9} mean {statistics.mean(scores[adopted]):.1f}, median {statistics.median(scores[adopted]):.0f}")


if __name__ == "__main__":
    main()
