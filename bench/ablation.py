"""Which features carry the adoption model? Cross-validation on the bootstrap corpus with
each feature view alone and all together (same folds, same classifier), twice:

1. grouped by submitting unit (as `checker train` does);
2. leave-one-writer-out: the corpus was written by four writers (id prefixes A-, B-, C-, D-),
   so holding out a writer tests whether what was learned carries over to a different hand,
   the nearest this corpus comes to a new office's archive.

    python bench/ablation.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import numpy as np
    from sklearn.base import clone

    from checker.corpus import read_corpus
    from checker.model import build_pipeline
    from checker.pipeline import Checker
    from checker.train import _splits, metrics, prepare

    prepared = prepare(read_corpus(str(ROOT / "corpus" / "bootstrap.jsonl")), Checker())
    labels = np.array(prepared.labels)
    unit_splits, grouping = _splits(prepared, 5)
    writers = [s.split("-")[0] for s in _ids()]
    writer_splits = [([i for i, w in enumerate(writers) if w != held], [i for i, w in enumerate(writers) if w == held])
                     for held in sorted(set(writers))]
    views = {"rules only": ["rules"], "word n-grams only": ["words"], "char n-grams only": ["chars"],
             "n-grams (words + chars)": ["words", "chars"], "all": ["words", "chars", "rules"]}
    for title, splits in ((f"{len(unit_splits)} folds {grouping}", unit_splits),
                          ("leave one writer out (4 folds)", writer_splits)):
        print(f"{len(labels)} items, {title}")
        for name, parts in views.items():
            probabilities = np.zeros(len(labels))
            for train_index, test_index in splits:
                pipeline = build_pipeline(1.0)
                union = pipeline.named_steps["features"]
                union.transformer_list = [(n, t) for n, t in union.transformer_list if n in parts]
                model = clone(pipeline).fit([prepared.samples[i] for i in train_index], labels[train_index])
                probabilities[test_index] = model.predict_proba([prepared.samples[i] for i in test_index])[:, 1]
            row = metrics(labels.tolist(), probabilities.tolist())
            print(f"  {name:26} ROC AUC {row['roc_auc']:.3f}  Brier {row['brier']:.3f}  accuracy {row['accuracy']:.3f}")


def _ids() -> list[str]:
    import json

    lines = (ROOT / "corpus" / "bootstrap.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["id"] for line in lines if line.strip()]


if __name__ == "__main__":
    main()
