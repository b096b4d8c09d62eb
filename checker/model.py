"""The adoption model: how likely this office's editors are to adopt a draft (采用).

A scikit-learn pipeline over the features in `features.py`: TF-IDF of word n-grams (jieba
tokens) and character n-grams, plus the rule engine's document figures, into a logistic
regression whose probabilities are calibrated. Saved with skops; loading accepts only the
types listed in TRUSTED_TYPES, so a model file cannot run arbitrary code.
"""

from __future__ import annotations

import datetime as dt
import json
import platform
import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import ModelError
from .features import FEATURE_VERSION, describe, sample
from .paths import DEFAULT_MODEL

FORMAT = "checker-adoption-model"

# Every type a checker model file may contain; a file holding any other type is refused,
# including types skops itself would trust (the list is ours, not the library's default).
TRUSTED_TYPES = [
    "builtins.bool",
    "builtins.dict",
    "builtins.float",
    "builtins.int",
    "builtins.list",
    "builtins.NoneType",
    "builtins.slice",
    "builtins.str",
    "builtins.tuple",
    "checker.features.split_tokens",
    "checker.features.take_features",
    "checker.features.take_text",
    "checker.features.take_tokens",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.feature_extraction._dict_vectorizer.DictVectorizer",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._data.MaxAbsScaler",
    "sklearn.preprocessing._function_transformer.FunctionTransformer",
]


def types_in(path: Path) -> set[str]:
    """Every type named in a skops file's schema, read without loading anything."""
    with zipfile.ZipFile(path) as archive:
        schema = json.loads(archive.read("schema.json"))
    found: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, dict):
            if "__class__" in node and "__module__" in node:
                found.add(f"{node['__module__']}.{node['__class__']}")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    return found


HASHED_FEATURES = 2**16  # per text view; hashing keeps the model small and fast to load


def build_pipeline(c: float = 1.0, calibration_folds: int = 3, rule_weight: float = 1.0):
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.preprocessing import FunctionTransformer, MaxAbsScaler

    from .features import split_tokens, take_features, take_text, take_tokens

    def hashed(**options):
        return HashingVectorizer(n_features=HASHED_FEATURES, alternate_sign=False, norm=None, **options)

    words = Pipeline([
        ("select", FunctionTransformer(take_tokens)),
        ("hash", hashed(tokenizer=split_tokens, token_pattern=None, lowercase=False, ngram_range=(1, 2))),
        ("tfidf", TfidfTransformer(sublinear_tf=True)),
    ])
    chars = Pipeline([
        ("select", FunctionTransformer(take_text)),
        ("hash", hashed(analyzer="char", ngram_range=(2, 3))),
        ("tfidf", TfidfTransformer(sublinear_tf=True)),
    ])
    rules = Pipeline([
        ("select", FunctionTransformer(take_features)),
        ("vectorise", DictVectorizer()),
        ("scale", MaxAbsScaler()),
    ])
    features = FeatureUnion([("words", words), ("chars", chars), ("rules", rules)],
                            transformer_weights={"rules": rule_weight} if rule_weight != 1.0 else None)
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    return Pipeline([
        ("features", features),
        ("classifier", CalibratedClassifierCV(classifier, method="sigmoid", cv=calibration_folds)),
    ])


@dataclass
class AdoptionModel:
    pipeline: object
    meta: dict

    def probability(self, analysis) -> float:
        return round(float(self.pipeline.predict_proba([sample(analysis)])[0][1]), 4)

    def save(self, path: Path) -> None:
        import skops.io as sio

        path.parent.mkdir(parents=True, exist_ok=True)
        content = {"format": FORMAT, "meta": self.meta, "pipeline": self.pipeline}
        sio.dump(content, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)


def load_default_model() -> AdoptionModel | None:
    return load_model(DEFAULT_MODEL) if DEFAULT_MODEL.exists() else None


def load_model(path: Path) -> AdoptionModel:
    """Load a model file, refusing unknown types and models from another feature version."""
    import skops.io as sio

    path = Path(path)
    if not path.is_file():
        raise ModelError(f"{path}：模型文件不存在")
    try:
        present = types_in(path)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:  # a pickle, a text file…
        raise ModelError(f"{path}：不是有效的 skops 模型文件（{type(exc).__name__}），拒绝加载") from None
    unknown = sorted(present - set(TRUSTED_TYPES))
    if unknown:
        raise ModelError(f"{path}：模型文件含有不受信任的类型（{', '.join(unknown[:5])}），为安全起见拒绝加载")
    try:
        content = sio.load(path, trusted=sorted(set(sio.get_untrusted_types(file=path)) & present))
    except Exception as exc:
        raise ModelError(f"{path}：模型文件无法读取（{type(exc).__name__}），可能已损坏或由不兼容的库版本保存") from None
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise ModelError(f"{path}：不是 checker 的采用概率模型")
    meta = content.get("meta", {})
    if meta.get("feature_version") != FEATURE_VERSION:
        raise ModelError(f"{path}：模型由旧版 checker（特征版本 {meta.get('feature_version')}）训练，"
                         f"与当前版本（{FEATURE_VERSION}）不匹配，请用 checker train 重新训练")
    trained_with = meta.get("versions", {}).get("scikit-learn", "")
    if _minor(trained_with) != _minor(_sklearn_version()):
        raise ModelError(f"{path}：模型由 scikit-learn {trained_with} 训练，当前是 {_sklearn_version()}，"
                         "版本不一致时概率可能不准，请用 checker train 重新训练")
    return AdoptionModel(content["pipeline"], meta)


def _sklearn_version() -> str:
    import sklearn

    return sklearn.__version__


def _minor(version: str) -> tuple[str, ...]:
    return tuple(version.split(".")[:2])


def library_versions() -> dict[str, str]:
    import numpy
    import scipy
    import skops
    import sklearn
    import spacy

    return {"checker": __version__, "python": platform.python_version(), "scikit-learn": sklearn.__version__,
            "skops": skops.__version__, "numpy": numpy.__version__, "scipy": scipy.__version__,
            "spacy": spacy.__version__, **segmenter_versions()}


def segmenter_versions() -> dict[str, str]:
    """jieba's, and rjieba's when it is the segmenter in use."""
    from importlib.metadata import PackageNotFoundError, version

    from .segment import segmenter

    names = ("jieba", "rjieba") if segmenter().name == "rjieba" else ("jieba",)
    found = {}
    for name in names:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            pass
    return found


def model_meta(corpus, metrics: dict, chosen_c: float, rule_weight: float, top_features: dict) -> dict:
    adopted = sum(corpus.labels)
    return {
        "feature_version": FEATURE_VERSION,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "corpus": {"path": str(corpus.path), "sha256": corpus.sha256, "items": len(corpus.items),
                   "adopted": adopted, "rejected": len(corpus.items) - adopted, "skipped_rows": len(corpus.bad)},
        "model": {"classifier": "LogisticRegression (class_weight=balanced) + sigmoid calibration",
                  "C": chosen_c, "rule_feature_weight": rule_weight, "features": "词语 1-2 元（jieba 分词）+ 字符 2-3 元，哈希后 TF-IDF 加权；规则引擎文档特征"},
        "metrics": metrics,
        "top_features": top_features,
        "versions": library_versions(),
    }


def top_features(pipeline, samples: list[dict], count: int = 15) -> dict[str, list[dict]]:
    """The features that push most toward 采用 and toward 未采用 (averaged over calibration
    folds). Hashed n-grams are named by the training n-grams that land on them."""
    import numpy as np

    names = feature_names(pipeline, samples)
    calibrated = pipeline.named_steps["classifier"].calibrated_classifiers_
    weights = np.mean([c.estimator.coef_[0] for c in calibrated], axis=0)
    order = np.argsort(weights)

    def entries(indices) -> list[dict]:
        return [{"feature": describe(names.get(int(i), f"#{i}")), "weight": round(float(weights[i]), 4)}
                for i in indices]

    words = [i for i in order if names.get(int(i), "").startswith("words__")]
    return {"adopted": entries(order[::-1][:count]), "rejected": entries(order[:count]),
            "adopted_words": entries(words[::-1][:count]), "rejected_words": entries(words[:count])}


def feature_names(pipeline, samples: list[dict]) -> dict[int, str]:
    """Column index -> a readable name: the most frequent training n-gram of each hash bucket."""
    from collections import Counter

    from sklearn.utils import murmurhash3_32

    names: dict[int, str] = {}
    offset = 0
    for part, steps in pipeline.named_steps["features"].transformer_list:
        if part == "rules":
            for index, name in enumerate(steps.named_steps["vectorise"].get_feature_names_out()):
                names[offset + index] = f"rules__{name}"
            continue
        analyse = steps.named_steps["hash"].build_analyzer()
        texts = steps.named_steps["select"].transform(samples)
        counts = Counter(gram for text in texts for gram in analyse(text))
        for gram, _ in counts.most_common():
            index = offset + abs(murmurhash3_32(gram, seed=0)) % HASHED_FEATURES
            names.setdefault(index, f"{part}__{gram}")
        offset += HASHED_FEATURES
    return names


def write_card(path: Path, meta: dict) -> Path:
    card = path.with_suffix(".card.json")
    card.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    return card
