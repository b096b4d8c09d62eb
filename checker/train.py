"""`checker train` and `checker eval`: cross-validated training on adopted/rejected items.

Cross-validation is stratified and grouped by unit (报送单位), so one unit's items are never
on both sides of a split: the figures say how the model does on a unit it has not seen.
The regularisation strength C and the weight of the rule-engine features against the n-gram
features are chosen together by out-of-fold Brier score among a few candidates; every
candidate's figures go into the report, so the choice is on the record. (On the team-written
bootstrap corpus n-grams alone separate the classes; an office's own archive decides how
much the rule features should count.)
"""

from __future__ import annotations

from dataclasses import dataclass

from .corpus import Corpus, training_problems
from .errors import CheckerError
from .load import Source
from .model import AdoptionModel, build_pipeline, export, model_meta, top_features

C_CANDIDATES = (1.0, 3.0)
# The rule features beside the depth score are weighted 0.3 against the n-grams. Cross-validation
# on our bootstrap corpus could not tell 0.3 from 1.0 (Brier 0.017 against 0.018), but on 224
# published texts labelled by editors 1.0 made the probability follow quality less (rho 0.77
# against 0.84 with the depth view): the finer rule features fit a corpus written by few hands.
RULE_WEIGHTS = (0.3,)
CANDIDATES = tuple((c, w) for w in RULE_WEIGHTS for c in C_CANDIDATES)


@dataclass
class Prepared:
    samples: list[dict]
    labels: list[int]
    groups: list[str]


def prepare(corpus: Corpus, checker, progress=None) -> Prepared:
    """Analyse every item once with the checker (the model's features come from that pass)."""
    from .features import sample

    samples, labels, groups = [], [], []
    items = progress(corpus.items) if progress else corpus.items
    for item in items:
        title = item.title or item.text.strip().split("\n")[0][:40]
        source = Source(name=item.id, text=f"{title}\n{item.text}", title=title)
        samples.append(sample(checker.analyse(source, item.genre)))
        labels.append(int(item.adopted))
        groups.append(item.unit)
    return Prepared(samples, labels, groups)


def metrics(labels, probabilities, threshold: float = 0.5) -> dict:
    from sklearn.metrics import (accuracy_score, brier_score_loss, confusion_matrix, precision_score,
                                 recall_score, roc_auc_score)

    predicted = [int(p >= threshold) for p in probabilities]
    matrix = confusion_matrix(labels, predicted, labels=[0, 1]).tolist()
    two_classes = len(set(labels)) == 2
    return {
        "items": len(labels),
        "roc_auc": round(float(roc_auc_score(labels, probabilities)), 4) if two_classes else None,
        "accuracy": round(float(accuracy_score(labels, predicted)), 4),
        "precision_adopted": round(float(precision_score(labels, predicted, zero_division=0)), 4),
        "recall_adopted": round(float(recall_score(labels, predicted, zero_division=0)), 4),
        "brier": round(float(brier_score_loss(labels, probabilities)), 4),
        "confusion_matrix": {"rows": "实际 未采用/采用", "columns": "预测 未采用/采用", "values": matrix},
    }


def _splits(prepared: Prepared, folds: int):
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    units = len(set(prepared.groups))
    if units >= 2:
        folds = min(folds, units)
        splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=0)
        return list(splitter.split(prepared.samples, prepared.labels, prepared.groups)), "按报送单位分组"
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    return list(splitter.split(prepared.samples, prepared.labels)), "只有一个报送单位，未能分组"


def cross_validate(prepared: Prepared, folds: int = 5, candidates=CANDIDATES, on_fold=None) -> dict:
    """Out-of-fold probabilities for each (C, rule weight); features are fitted once per fold
    and the rule columns rescaled per candidate (the same as FeatureUnion's weights)."""
    import numpy as np
    from scipy import sparse
    from sklearn.base import clone

    splits, grouping = _splits(prepared, folds)
    labels = np.array(prepared.labels)
    out_of_fold = {candidate: np.zeros(len(labels)) for candidate in candidates}
    for number, (train_index, test_index) in enumerate(splits, start=1):
        if on_fold is not None:
            on_fold(number, len(splits))
        if len(set(labels[train_index])) < 2:
            raise CheckerError("有一折训练集只含一类稿件，无法交叉验证：请增加条目或报送单位")
        features = clone(build_pipeline().named_steps["features"])
        train_x = features.fit_transform([prepared.samples[i] for i in train_index])
        test_x = features.transform([prepared.samples[i] for i in test_index])
        rule_columns = len(dict(features.transformer_list)["rules"].named_steps["vectorise"].vocabulary_)
        depth_columns = 1  # the depth view, already weighted by the union (DEPTH_WEIGHT)
        inner_folds = max(2, min(3, int(np.bincount(labels[train_index]).min())))
        for c, weight in candidates:
            text_columns = train_x.shape[1] - rule_columns - depth_columns
            scale = sparse.diags(np.r_[np.ones(text_columns), np.full(rule_columns, weight), np.ones(depth_columns)])
            classifier = build_pipeline(c, inner_folds).named_steps["classifier"]
            classifier.fit(train_x @ scale, labels[train_index])
            out_of_fold[(c, weight)][test_index] = classifier.predict_proba(test_x @ scale)[:, 1]
    results = {candidate: metrics(labels.tolist(), out_of_fold[candidate].tolist()) for candidate in candidates}
    best = min(candidates, key=lambda k: (results[k]["brier"], -(results[k]["roc_auc"] or 0)))
    return {"folds": len(splits), "grouping": grouping,
            "candidates": [{"C": c, "rule_weight": w, **results[(c, w)]} for c, w in candidates],
            "chosen_c": best[0], "chosen_rule_weight": best[1], "cv": results[best]}


def train(corpus: Corpus, checker, folds: int = 5, progress=None, on_fold=None) -> tuple[AdoptionModel, dict]:
    """`on_fold(k, n)` is told when cross-validation starts its k-th of n folds; then the
    final model is fitted (`on_fold(None, n)`)."""
    problems = training_problems(corpus)
    if problems:
        raise CheckerError("；".join(problems))
    prepared = prepare(corpus, checker, progress)
    try:
        return _fit(corpus, prepared, folds, on_fold)
    except ValueError as exc:  # scikit-learn refusing a split the checks above did not foresee
        raise CheckerError(f"无法训练：按报送单位分组后，交叉验证的某一折样本不够（{exc}）；"
                           "请增加稿件或报送单位，或减少 --folds") from None


def _fit(corpus: Corpus, prepared: Prepared, folds: int, on_fold) -> tuple[AdoptionModel, dict]:
    validation = cross_validate(prepared, folds, on_fold=on_fold)
    if on_fold is not None:
        on_fold(None, validation["folds"])
    labels = prepared.labels
    inner_folds = max(2, min(3, min(sum(labels), len(labels) - sum(labels))))
    pipeline = build_pipeline(validation["chosen_c"], inner_folds, validation["chosen_rule_weight"])
    pipeline.fit(prepared.samples, labels)
    top = top_features(pipeline, prepared.samples)
    report = {"cross_validation": validation, "top_features": top}
    meta = model_meta(corpus, {**validation["cv"], "folds": validation["folds"], "grouping": validation["grouping"]},
                      validation["chosen_c"], validation["chosen_rule_weight"], top,
                      depth_weight=pipeline.named_steps["features"].transformer_weights["depth"])
    return export(pipeline, meta), report


def evaluate(corpus: Corpus, checker, model: AdoptionModel, progress=None) -> dict:
    if not corpus.items:
        raise CheckerError(f"{corpus.path}：没有可用于评估的条目")
    prepared = prepare(corpus, checker, progress)
    probabilities = model.probabilities(prepared.samples).tolist()
    result = metrics(prepared.labels, probabilities)
    result["misjudged"] = misjudged(corpus, prepared.labels, probabilities)
    result["overlap_with_training"] = overlap(corpus, model)
    return result


def misjudged(corpus: Corpus, labels: list[int], probabilities: list[float], threshold: float = 0.5) -> list[dict]:
    """The items the model got wrong, the most confident mistakes first."""
    wrong = [(abs(p - label), item, label, p) for item, label, p in zip(corpus.items, labels, probabilities)
             if int(p >= threshold) != label]
    return [{"id": item.id, "unit": item.unit, "title": item.title, "line": item.line,
             "adopted": bool(label), "probability": round(p, 4)}
            for _, item, label, p in sorted(wrong, key=lambda w: -w[0])]


def overlap(corpus: Corpus, model: AdoptionModel) -> dict:
    """How many evaluation items the model was trained on (their texts' fingerprints are in
    its card): figures on those are optimistic. None known when the card predates fingerprints."""
    from .model import fingerprint

    known = model.meta.get("corpus", {}).get("item_fingerprints")
    if known is None:
        return {"known": False, "items": 0, "ids": []}
    seen = set(known)
    ids = [item.id for item in corpus.items if fingerprint(item.text) in seen]
    return {"known": True, "items": len(ids), "ids": ids}
