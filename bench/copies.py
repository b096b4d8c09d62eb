"""Copy lookup against archives of growing size: CPU ms per new item, and the growth.

    python bench/copies.py                   # archives of 1,000, 3,000 and 10,000 items
    python bench/copies.py --sizes 10000 30000 100000

Synthetic archive items are made from the repository's own corpus (corpus/bootstrap.jsonl):
each item strings together sentences drawn at random from different corpus items (about
1,000 characters), so items share vocabulary and stock phrases but are not copies. The new
items are half fresh mixtures and half copies of an archived item with names and figures
changed. Items are reworded (about one character in six) so that they share vocabulary and
stock phrases without sharing passages, as separately written items do.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.batch.archive import Archive  # noqa: E402


REWORD = "的了在是和把对从为与将及其并也又还都就这那些个人们年月日工作村镇乡县党员干部组织建设情况"


def sentences() -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "corpus" / "bootstrap.jsonl").read_text(encoding="utf-8").splitlines()]
    return [s for row in rows for s in re.findall(r"[^。！？\n]+[。！？]", row["text"]) if len(s) > 12]


def mixture(pool: list[str], rng: random.Random, chars: int = 1000) -> str:
    out, length = [], 0
    while length < chars:
        sentence = rng.choice(pool)
        sentence = re.sub(r"\d+", lambda m: str(rng.randint(2, 999)), sentence)  # figures differ item to item
        # reworded: about one character in six changed, so items share words but not passages
        sentence = "".join(rng.choice(REWORD) if rng.random() < 0.17 else char for char in sentence)
        out.append(sentence)
        length += len(sentence)
    return "".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000])
    parser.add_argument("--queries", type=int, default=40)
    args = parser.parse_args()
    pool, rng = sentences(), random.Random(7)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        store = Archive(Path(folder) / "bench.sqlite")
        texts: list[str] = []
        for size in sorted(args.sizes):
            batch = [mixture(pool, rng) for _ in range(size - len(texts))]
            store.add([{"id": f"a{len(texts) + n}", "hash": f"h{len(texts) + n}", "unit": "u", "date": "2025-01-01",
                        "title": "", "text": text} for n, text in enumerate(batch)])
            texts += batch
            queries = [mixture(pool, rng) for _ in range(args.queries // 2)]
            queries += [rng.choice(texts).replace("县", "市").replace("镇", "乡") for _ in range(args.queries // 2)]
            found = 0
            start = time.process_time()
            for text in queries:
                found += bool(store.query(text))
            per_item = (time.process_time() - start) * 1000 / len(queries)
            results.append((size, per_item, found))
            print(f"archive {size:>7} items: {per_item:6.2f} ms CPU per lookup; copies found {found}/{len(queries)} "
                  f"(expected {args.queries // 2})", flush=True)
        store.close()
    first, last = results[0], results[-1]
    print(f"growth: archive x{last[0] / first[0]:.0f} -> lookup time x{last[1] / first[1]:.2f}")


if __name__ == "__main__":
    main()
