"""Depth score and dimensions. Every point lost is a rule's deduction, so the report can say
which findings cost what.

Each dimension starts at 100; each rule takes `penalty` points per finding from its
dimension, at most `max_penalty` in all. The depth score is the genre-weighted mean, moved by
the genre's calibration (a few points, shown in the report), less the points some rules take
from the score itself (`fitted`: fitted to editors' labels), and held down by caps.
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from dataclasses import replace

from .judge import ELEMENTS, Signals
from .judge.core import element_holds
from .findings import Deduction, Finding
from .registry import DIMENSIONS, genres
from .errors import RuleError
from .rulebook import Rule

# When the profile says a draft has an element (rules/score.yaml `profile` overrides these).
PROFILE_DEFAULTS = {
    "problem": {"min": 1},
    "analysis": {"min": 1},
    "countermeasure": {"min": 1, "min_share": 0.0},
    "specific_sentences": 4,  # body sentences of substance (Signals.substance) that make a draft specific
    "specific_share": 0.3,  # or this share of the body sentences, with at least `specific_min` of them
    "specific_min": 3,
    # or {quantities: N, sentences: M}: N quantities that count no meeting (Signals.quantities), in
    # a draft with at least M sentences of substance
    "specific_quantities": None,
    "boilerplate_heavy": 0.3,  # share of body sentences that are slogans (the same threshold as ZG102)
    "hollow": None,  # or share of body sentences without substance (空话 without the stock words)
    "hollow_genres": None,  # the genres where `hollow` counts (None: all)
    "hollow_quantities": None,  # a draft with this many quantities that matter is not hollow
}


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
    whole: Any = Counter()  # rule -> summed weights (floats: typeshed's Counter counts ints)
    for f in findings:
        if f.document_level:
            whole[f.rule] += f.weight
    result = []
    for rule_id, count in counts.items():
        rule = rules[rule_id]
        weighted = whole[rule_id] + spans[rule_id] * scale
        points = round(rule.penalty * weighted, 1)
        if rule.max_penalty is not None:
            points = min(points, rule.max_penalty)
        result.append(Deduction(rule.dimension, rule_id, count, float(points)))
    return sorted(result, key=lambda d: (-d.points, d.rule))


def dimensions(deducted: list[Deduction]) -> dict[str, int]:
    lost: Any = Counter()  # dimension -> points (floats)
    for d in deducted:
        lost[d.dimension] += d.points
    return {name: max(0, round(100 - lost[name])) for name in DIMENSIONS}


def apply_caps(score: int, findings: list[Finding], rules: dict[str, Rule],
               error_cap: int | float | None = None) -> tuple[int, list[Deduction]]:
    """Rules with `cap_score` (a draft that must not be published as it is) hold the depth
    score down, and so does any finding of severity `error` in a genre with an `error_cap`
    (rules/genres.yaml: a public piece); the points taken that way are listed as deductions
    on the score itself, against the rule that set the cap."""
    capped = []
    for rule_id in dict.fromkeys(f.rule for f in findings):
        caps = [cap for cap in (rules[rule_id].cap_score,) if cap is not None]
        if error_cap is not None and any(f.rule == rule_id and f.severity == "error" for f in findings):
            caps.append(error_cap)
        cap = min(caps, default=None)
        if cap is not None and score > cap:
            count = sum(1 for f in findings if f.rule == rule_id)
            capped.append(Deduction("score", rule_id, count, float(score - cap)))
            score = int(cap)
    return score, capped


def fitted(findings: list[Finding], points: dict[str, float], score: int) -> list[Deduction]:
    """What each rule that fired takes from the depth score itself (rules/score.yaml
    `fitted_points`), besides what it took from its dimension: the points are fitted to editors'
    quality labels on real texts (bench/fit_points.py), where a dimension's weight in the genre
    rated a kind of fault lighter than the editors do. One deduction per rule, however many
    findings; never more in all than the `score` there is to lose (the smallest give way first)."""
    if not points:
        return []  # switched off (the shipped setting): nothing to count on every check
    counts = Counter(f.rule for f in findings)
    result = sorted((Deduction("overall", rule_id, count, float(points[rule_id]))
                     for rule_id, count in counts.items() if points.get(rule_id)),
                    key=lambda d: (-d.points, d.rule))
    excess = sum(d.points for d in result) - score
    for index in range(len(result) - 1, -1, -1):
        if excess <= 0:
            break
        kept = max(0.0, result[index].points - excess)
        excess -= result[index].points - kept
        result[index] = replace(result[index], points=kept)
    return [d for d in result if d.points > 0]


def own_points(findings: list[Finding], rules: dict[str, Rule], score: int | float) -> list[Deduction]:
    """What rules with `score_points` take from the depth score itself: their points times the
    weight of their heaviest finding (a graded finding weighs how far short the draft falls: ZG517,
    每千字说明规模或结果的数字 under 5 costs 4 points for each one missing), at most
    `max_score_points`; one deduction per rule, never more in all than the score there is."""
    heaviest: dict[str, float] = {}
    counts: Counter[str] = Counter()
    for f in findings:
        if rules[f.rule].score_points:
            heaviest[f.rule] = max(heaviest.get(f.rule, 0.0), f.weight)
            counts[f.rule] += 1
    result = []
    for rule_id, weight in heaviest.items():
        rule = rules[rule_id]
        points = rule.score_points * weight
        if rule.max_score_points is not None:
            points = min(points, rule.max_score_points)
        points = round(min(points, max(0, score)), 1)
        if points > 0:
            result.append(Deduction("overall", rule_id, counts[rule_id], float(points)))
            score -= points
    return sorted(result, key=lambda d: (-d.points, d.rule))


def fitted_points(spec, rules, path) -> dict[str, float]:
    """rules/score.yaml `fitted_points` checked: a known rule id to a number of points, 0-30."""
    if not isinstance(spec, dict):
        raise RuleError(f"{path}：fitted_points 应是“规则编号: 分数”的映射")
    known = {rule.id for rule in rules}
    for rule_id, points in spec.items():
        if rule_id not in known:
            raise RuleError(f"{path}：fitted_points 中没有这条规则：{rule_id}")
        if isinstance(points, bool) or not isinstance(points, (int, float)) or not 0 <= points <= 30:
            raise RuleError(f"{path}：fitted_points.{rule_id} 应是 0 到 30 之间的分数，现为 {points!r}")
    return {rule_id: float(points) for rule_id, points in spec.items()}


def calibrate(score: int, points: int | float) -> tuple[int, int]:
    """The score moved by its genre's calibration (rules/genres.yaml `calibration`), kept within
    0-100, and the points actually added (negative when taken). Every dimension is judged within
    its genre; the calibration puts the genres on the one scale an editor ranks a month's items
    on (editors rate problem items higher than news items with the same findings)."""
    moved = min(100, max(0, round(score + points)))
    return moved, moved - score


def depth_score(dims: dict[str, int], weights: dict[str, float]) -> int:
    total = sum(weights.get(name, 0) for name in DIMENSIONS)
    if total == 0:
        return round(sum(dims.values()) / len(dims))
    return round(sum(dims[name] * weights.get(name, 0) for name in DIMENSIONS) / total)


def profile(signals: Signals, findings: list[Finding], settings: dict | None = None,
            genre: str | None = None) -> dict[str, bool]:
    """The document-level verdict, from the sentence judgments (not from configuration).
    `settings` is rules/score.yaml's `profile` section (see PROFILE_DEFAULTS); an element's
    `by_genre` asks a genre for more sentences than `min` (`genre` is the draft's)."""
    settings = {**PROFILE_DEFAULTS, **(settings or {})}
    unknown = set(settings) - set(PROFILE_DEFAULTS)
    if unknown:
        raise RuleError(f"rules/score.yaml：profile 中有未知的键 {', '.join(sorted(unknown))}")
    for element in ("problem", "analysis", "countermeasure"):
        _check_count_rule(element, settings[element])
    # a figure that only counts meetings or participants (召开会议12次) is not a fact that matters,
    # nor is a meeting's protocol (出席并讲话): Signals.substance
    substance, body = signals.substance(), len(signals.body())
    specific = substance >= settings["specific_sentences"] or \
        (body > 0 and substance >= min(settings["specific_min"], body) and substance / body >= settings["specific_share"])
    # figures packed into a few sentences (396名学员，选派三地的占40%，重点领域……) make a draft as
    # specific as many sentences of one fact each: the editors' own test
    packed = settings["specific_quantities"]
    if packed is not None:
        if not isinstance(packed, dict) or set(packed) != {"quantities", "sentences"}:
            raise RuleError("rules/score.yaml：profile.specific_quantities 应写成 {quantities: 数量, sentences: 句数}")
        specific = specific or (signals.quantities() >= packed["quantities"] and substance >= packed["sentences"])
    # figures from nowhere (某县干部反映约三成……) do not make a draft specific: it must name at
    # least one place, unit or person somewhere (ZG509 says so when it does not)
    specific = specific and signals.count("named") > 0
    # problems of a whole sector told of nowhere and no one, none borne out by a fact in its
    # paragraph (由于这类单位规模偏小，导致活动难以开展): an essay's 泛泛而谈, not a problem found
    problem = _holds(signals, "problem", settings["problem"], genre) and \
        (signals.count("named") > 0 or signals.count("grounded_problem") > 0)
    return {
        "problem": problem,
        "analysis": _holds(signals, "analysis", settings["analysis"], genre),
        "countermeasure": _holds(signals, "actionable", settings["countermeasure"], genre),
        "specific": specific,
        "boilerplate_heavy": _boilerplate_heavy(signals, settings, substance, body, genre),
        "exaggeration": any(f.family in ("exaggeration", "over_elevation") for f in findings),
    }


def _boilerplate_heavy(signals: Signals, settings: dict, substance: int, body: int, genre: str | None) -> bool:
    """Slogans make up `boilerplate_heavy` of the body; or, in `hollow_genres`, `hollow` of it
    carries no substance at all and it states fewer than `hollow_quantities` quantities that
    matter (a draft that gives its figures is not hollow, however few sentences carry them)."""
    genres_hollow = settings["hollow_genres"]
    if genres_hollow is not None:
        unknown = set(genres_hollow) - set(genres())
        if unknown:
            raise RuleError(f"rules/score.yaml：profile.hollow_genres 中有未知的文体 {', '.join(sorted(unknown))}")
    if signals.ratio("empty") >= settings["boilerplate_heavy"]:
        return True
    enough = settings["hollow_quantities"]
    return settings["hollow"] is not None and (genres_hollow is None or genre in genres_hollow) and \
        body > 0 and 1 - substance / body >= settings["hollow"] and (enough is None or signals.quantities() < enough)


def _check_count_rule(element: str, rule) -> None:
    if not isinstance(rule, dict) or set(rule) - {"min", "min_share", "by_genre", "enough", "answers"}:
        raise RuleError(f"rules/score.yaml：profile.{element} 只能有 min、min_share、by_genre、enough、answers")
    for key in ("enough", "answers"):
        if key in rule and rule[key] not in ELEMENTS:
            raise RuleError(f"rules/score.yaml：profile.{element}.{key} 不是已知的要素：{rule[key]}")
    unknown = set(rule.get("by_genre", {})) - set(genres())
    if unknown:
        raise RuleError(f"rules/score.yaml：profile.{element}.by_genre 中有未知的文体 {', '.join(sorted(unknown))}")


def _answers(signals: Signals, element: str, earlier: str) -> bool:
    """Whether a sentence of `element` comes after one of `earlier` (a plan that answers a
    difficulty the draft has stated)."""
    seen = False
    for _, sig in signals.body():
        if seen and element_holds(sig, element):
            return True
        seen = seen or element_holds(sig, earlier)
    return False


def _holds(signals: Signals, element: str, rule: dict, genre: str | None = None) -> bool:
    """At least `min` body sentences with the element (`by_genre[genre]` where given), and at
    least `min_share` of them; or one sentence of the `enough` element (a conclusion drawn); or
    one sentence of the element after a sentence of the `answers` element (a plan that answers
    a difficulty stated before it)."""
    least = rule.get("by_genre", {}).get(genre, rule.get("min", 1))
    if "enough" in rule and signals.count(rule["enough"]) >= 1:
        least = min(least, 1)
    if "answers" in rule and _answers(signals, element, rule["answers"]):
        least = min(least, 1)
    return signals.count(element) >= least and signals.ratio(element) >= rule.get("min_share", 0.0)
