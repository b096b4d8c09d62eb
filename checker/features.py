"""Model features, all from the checker's single analysis of a draft (no re-segmentation):
the jieba tokens (for word n-grams), the text (for character n-grams), and the rule engine's
document-level figures (per-family counts and densities, sentence judgments, genre).

The functions used inside the scikit-learn pipeline are module-level (picklable for
scikit-learn's parallel helpers); predict.py recomputes the same views with numpy alone.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from .registry import families, genres

FEATURE_VERSION = 2  # bump when a feature changes meaning: old models are then refused (2: the depth score)
_WORDLIKE = re.compile(r"[\w\u4e00-\u9fff]")  # punctuation tokens carry no vocabulary
SHARES = ("problem", "vague_problem", "analysis", "forward", "actionable", "effect", "specific",
          "empty", "stock", "activity_only")


def sample(analysis) -> dict:
    """One model input: tokens, text and rule features of an analysed draft."""
    document = analysis.document
    return {"tokens": " ".join(wordlike(document.tokens)), "text": document.text, "features": rule_features(analysis)}


def wordlike(tokens: list[str]) -> list[str]:
    """The tokens with a letter, digit or Chinese character (punctuation tokens carry no
    vocabulary). str.isalnum settles most of them (a word all of letters, digits or Chinese
    characters, each of which \\w matches) without a regex search; the rest (a fifth of a
    draft's tokens, mostly the same few dozen marks: ，。、“”) are searched once per process
    and the answer remembered (at most VERDICTS_KEPT tokens)."""
    verdicts = _VERDICTS
    return [token for token in tokens if token.isalnum() or
            (verdicts[token] if token in verdicts else _verdict(token))]


VERDICTS_KEPT = 10_000
_VERDICTS: dict[str, bool] = {}  # a token str.isalnum rejects -> whether _WORDLIKE finds something in it


def _verdict(token: str) -> bool:
    if len(_VERDICTS) >= VERDICTS_KEPT:
        _VERDICTS.clear()
    found = _VERDICTS[token] = _WORDLIKE.search(token) is not None
    return found


def rule_features(analysis) -> dict[str, float]:
    """From the judgement (every rule, whatever the user switched off), as in training."""
    document, signals, guess, findings = analysis.document, analysis.signals, analysis.genre, analysis.findings
    kchars = max(len(document.text), 1) / 1000
    body = signals.body()
    features: dict[str, float] = {f"genre={guess.genre}": 1.0}
    per_family = Counter(f.family for f in findings)
    for family in families():
        count = per_family[family]
        features[f"family:{family}"] = float(count)
        features[f"family_per_kchar:{family}"] = count / kchars
    for finding in findings:
        if finding.document_level:
            features[f"rule:{finding.rule}"] = 1.0
    for element in SHARES:
        features[f"share:{element}"] = signals.ratio(element)
        features[f"any:{element}"] = float(signals.count(element) > 0)
    numbers = sum(len(sig.numbers) for _, sig in body)
    activities = sum(sig.activity_counts for _, sig in body)
    features["numbers_per_kchar"] = numbers / kchars
    features["activity_share"] = activities / numbers if numbers else 0.0
    features["log_chars"] = math.log1p(len(document.text))
    features["sentences"] = float(len(body))
    features["depth_score"] = analysis.judged_score / 100
    return features


# -- selectors and tokenizer used inside the saved pipeline ------------------------------

def take_tokens(samples) -> list[str]:
    return [s["tokens"] for s in samples]


def take_text(samples) -> list[str]:
    return [s["text"] for s in samples]


def take_features(samples) -> list[dict]:
    return [s["features"] for s in samples]


def take_depth(samples):
    """The depth score alone, one column (0..1): the model's own view of it (see DEPTH_WEIGHT)."""
    import numpy as np
    from scipy import sparse

    return sparse.csr_matrix(np.array([[s["features"]["depth_score"]] for s in samples], dtype=np.float64))


def split_tokens(text: str) -> list[str]:
    return text.split(" ")


def describe(name: str) -> str:
    """A feature name an editor can read, in Chinese."""
    if name.startswith("words__"):
        return "词语“" + name[len("words__"):].replace(" ", "") + "”"
    if name.startswith("chars__"):
        return "字串“" + name[len("chars__"):].strip() + "”"
    if name.startswith("depth__"):
        return "深度得分（单独加权的一列）"
    key = name[len("rules__"):] if name.startswith("rules__") else name
    if key.startswith("genre="):
        return "文体：" + genres().get(key[6:], key[6:])
    if ":" in key:
        kind, value = key.split(":", 1)
        label = families().get(value, value)
        return {"family": f"“{label}”问题数", "family_per_kchar": f"“{label}”密度",
                "rule": f"触发规则 {value}", "share": f"句子占比：{SHARE_NAMES.get(value, value)}",
                "any": f"有{SHARE_NAMES.get(value, value)}"}.get(kind, key)
    return {"numbers_per_kchar": "每千字数字个数", "activity_share": "活动次数占数字比例",
            "log_chars": "篇幅", "sentences": "句子数", "depth_score": "深度得分"}.get(key, key)


SHARE_NAMES = {"problem": "具体问题", "vague_problem": "空泛的问题表述", "analysis": "分析研判",
               "forward": "建议或打算", "actionable": "可执行的对策", "effect": "可衡量的效果",
               "specific": "具体事实", "empty": "空洞套话句", "stock": "套话或上级提法",
               "activity_only": "只有活动次数的句子"}
