"""Draw body sentences of labelled real texts for sentence-by-sentence labelling
(bench/briefs/label_sentences.md), so bench/judgement.py --real can measure each sentence
judgement's precision and recall on published text.

    python bench/sample_sentences.py OUT_DIR --sets real_holdout51a real_holdout51b … [--per-text 3] [--seed 18]

Writes OUT_DIR/sentences.jsonl ({n, set, id, index, sentence}, index as the checker segments the
text) and OUT_DIR/to_label.jsonl (n, title, the sentence before it and the sentence: what a
labeller sees; never the checker's verdicts). OUT_DIR must be a git-ignored folder under bench/
named real_* (the sentences are third-party text). Refuses to overwrite an existing sample.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sets", nargs="+", required=True, help="folders under bench/ (real, real_holdout51a, …)")
    parser.add_argument("--per-text", type=int, default=3)
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()
    if not args.out.name.startswith("real_") or args.out.resolve().parent != (ROOT / "bench").resolve():
        sys.exit(f"{args.out}：样本要放在 bench/ 下以 real_ 开头的不入库文件夹里")
    if (args.out / "sentences.jsonl").exists():
        sys.exit(f"{args.out / 'sentences.jsonl'} 已存在，不覆盖")

    from real import DEFAULT_MANIFEST, read_items

    from checker.load import Source
    from checker.pipeline import Checker

    checker, rng = Checker(), random.Random(args.seed)
    sentences, shown = [], []
    for name in args.sets:
        directory = ROOT / "bench" / name
        manifest = DEFAULT_MANIFEST if name == "real" else directory / "manifest.jsonl"
        for item in read_items(directory, manifest)[0]:
            source = Source(item["id"], f"{item['title']}\n{item['body']}", item["title"])
            body = [sentence for sentence, _ in checker.analyse(source).signals.body()]
            for position in sorted(rng.sample(range(len(body)), min(args.per_text, len(body)))):
                sentence = body[position]
                n = len(sentences)
                before = body[position - 1].text if position else ""
                sentences.append({"n": n, "set": name, "id": item["id"], "index": sentence.index,
                                  "sentence": sentence.text})
                shown.append({"n": n, "title": item["title"], "before": before, "sentence": sentence.text})
    order = list(range(len(shown)))
    rng.shuffle(order)  # a labeller does not read a text's sentences one after another
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "sentences.jsonl").write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in sentences), encoding="utf-8")
    (args.out / "to_label.jsonl").write_text(
        "".join(json.dumps(shown[i], ensure_ascii=False) + "\n" for i in order), encoding="utf-8")
    print(f"{len(sentences)} sentences from {len(args.sets)} folders -> {args.out}")


if __name__ == "__main__":
    main()
