"""Depth score and dimensions. Every point lost is a rule's deduction, so the report can say
which findings cost what.

Each dimension starts at 100; each rule takes `penalty` points per finding from its
dimension, at most `max_penalty` in all. The depth score is the genre-weighted mean.
"""

from __future__ import annotations

from collections import Counter

from .judge import Signals
from .findings import Deduction, Finding
from .registry import DIMENSIONS
from .rulebook import Rule

BOILERPLATE_HEAVY = 0.3  # share of body sentences that are slogans (the same threshold as ZG102)
SPECIFIC_PARAGRAPHS = 0.5  # share of body paragraphs with at least one concrete fact


def length_scale(chars: int, settings: dict | None = None) -> float:
    """How much one span finding weighs in a draft of this length: findings are counted as a
    rate (per `reference_chars` characters), so joining two drafts of the same quality keeps
    the score and a long document does not sink to 0 just by being long. Drafts shorter than
    `min_chars` are rated as if they had `min_chars`, so one slip in a short note is not
    blown up."""
    settings = settings or {}
    reference = settings.get("reference_chars", 800)
    floor = settings.get("min_chars", 200)
    return reference / max(chars, floor)


def deductions(findings: list[Finding], rules: dict[str, Rule], scale: float = 1.0) -> list[Deduction]:
    """Each rule's points: `penalty` per finding (span findings weighted by `scale`, see
    `length_scale`), at most `max_penalty`."""
    counts = Counter(f.rule for f in findings)
    spans = Counter(f.rule for f in findings if not f.document_level)
    result = []
    for rule_id, count in counts.items():
        rule = rules[rule_id]
        weighted = (count - spans[rule_id]) + spans[rule_id] * scale
        points = round(rule.penalty * weighted, 1)
        if rule.max_penalty is not None:
            points = min(points, rule.max_penalty)
        result.append(Deduction(rule.dimension, rule_id, count, float(points)))
    return sorted(result, key=lambda d: (-d.points, d.rule))


def dimensions(deducted: list[Deduction]) -> dict[str, int]:
    lost = Counter()
    for d in deducted:
        lost[d.dimension] += d.points
    return {name: max(0, round(100 - lost[name])) for name in DIMENSIONS}


def apply_caps(score: int, findings: list[Finding], rules: dict[str, Rule]) -> tuple[int, list[Deduction]]:
    """Rules with `cap_score` (a draft that must not be published as it is) hold the depth
    score down; the points taken that way are listed as deductions on the score itself."""
    capped = []
    for rule_id in dict.fromkeys(f.rule for f in findings):
        cap = rules[rule_id].cap_score
        if cap is not None and score > cap:
            count = sum(1 for f in findings if f.rule == rule_id)
            capped.append(Deduction("score", rule_id, count, float(score - cap)))
            score = int(cap)
    return score, capped


def depth_score(dims: dict[str, int], weights: dict[str, float]) -> int:
    total = sum(weights.get(name, 0) for name in DIMENSIONS)
    if total == 0:
        return round(sum(dims.values()) / len(dims))
    return round(sum(dims[name] * weights.get(name, 0) for name in DIMENSIONS) / total)


def profile(signals: Signals, findings: list[Finding]) -> dict[str, bool]:
    """The document-level verdict, from the sentence judgments (not from configuration)."""
    document = signals.document
    paragraphs = [p for p in document.paragraphs if p.is_body]
    specific_paragraphs = {s.paragraph for s, sig in signals.body() if sig.specific}
    specific_share = len(specific_paragraphs) / len(paragraphs) if paragraphs else 0.0
    return {
        "problem": signals.count("problem") > 0,
        "analysis": signals.count("analysis") > 0,
        "countermeasure": signals.count("actionable") > 0,
        "specific": specific_share >= SPECIFIC_PARAGRAPHS,
        "boilerplate_heavy": signals.ratio("empty") >= BOILERPLATE_HEAVY,
        "exaggeration": any(f.family == "exaggeration" for f in findings),
    }
