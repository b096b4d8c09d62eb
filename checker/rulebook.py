"""Load rule files (rules/<family>/<ID>.yaml), check them against the schema, and resolve a
rule's effective settings.

A rule is data: id, family, kind, severity, the dimension it costs points on, Chinese
message and suggestion, its patterns or lexicons, and examples that must and must not
trigger it. checker/schema.py checks every key (per kind, genre overrides included); load
errors name the file and the key.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from . import registry
from .errors import RuleError
from .kinds import KINDS
from .paths import RULES_DIR
from .schema import REQUIRED, Names, check_rule

YAML_LOADER = registry.YAML_LOADER


@dataclass(frozen=True)
class Rule:
    id: str
    family: str
    kind: str
    severity: str
    dimension: str
    penalty: float
    title: str
    message: str
    suggestion: str
    why: str
    examples: dict
    path: Path
    max_penalty: float | None = None
    cap_score: float | None = None  # when it fires, the depth score is at most this (publication risks)
    # points off the depth score itself per unit of the finding's weight, at most max_score_points
    score_points: float = 0.0
    max_score_points: float | None = None
    needs_whole: bool = False  # concludes from what the whole draft lacks (no countermeasure): not run on an excerpt
    # says what the part given lacks so far: run only on an excerpt (the whole draft has its own rule)
    excerpt_only: bool = False
    # advice: what it finds costs its points as usual but is told as a way to raise the draft's value
    # (Report.advice, 提升建议), not as a fault: what the genre does not require of a draft
    advice: bool = False
    # genre -> margin: silent when the genre was guessed and that genre's cues came within the
    # margin of the guess (Checker.settle_close)
    unless_close: dict[str, float] | None = None
    genres: dict[str, dict] | None = None  # None: every genre, with the defaults above
    # form of piece (rules/genres.yaml `forms`) -> overrides, or None where the rule is silent on it
    forms: dict[str, dict | None] | None = None
    only_forms: tuple[str, ...] | None = None  # runs on pieces of these forms only
    spec: dict = field(default_factory=dict)  # kind-specific keys (lexicons, patterns, element…)


def effective(rule: Rule, genre: str, user: dict | None = None, form: str | None = None) -> Rule | None:
    """The one place a rule's settings are resolved, in this order: the rule's defaults <
    the genre's overrides (`genres:` in the rule file) < the form's (`forms:`: a policy
    explainer, an official reply) < the user's configuration (checker.toml `[severity]`).
    None where the rule does not apply to the genre or the form."""
    if rule.genres is not None and genre not in rule.genres:
        return None
    if rule.only_forms is not None and form not in rule.only_forms:
        return None
    form_changes = (rule.forms or {}).get(form, {}) if form else {}
    if form_changes is None:
        return None
    changes = {**(rule.genres or {}).get(genre, {}), **form_changes, **(user or {})}
    return replace(rule, **changes) if changes else rule


def rule_files(directory: Path = RULES_DIR) -> list[Path]:
    return sorted(path for path in directory.glob("*/ZG*.yaml"))


def load_rules(directory: Path = RULES_DIR) -> list[Rule]:
    names = rule_names(directory)
    rules = [load_rule(path, directory, names) for path in rule_files(directory)]
    seen: dict[str, Path] = {}
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"{rule.path}：规则编号 {rule.id} 与 {seen[rule.id]} 重复")
        seen[rule.id] = rule.path
    return rules


def rule_names(directory: Path = RULES_DIR) -> Names:
    """What the rule files of a rules folder may refer to."""
    lexicons = sorted(path.stem for path in (directory / "lexicons").glob("*.txt") if path.stem != "userdict")
    return Names(families=tuple(registry.families(directory)), genres=tuple(registry.genres(directory)),
                 kinds=tuple(KINDS), lexicons=tuple(lexicons), forms=tuple(registry.forms(directory)))


def load_rule(path: Path, directory: Path = RULES_DIR, names: Names | None = None) -> Rule:
    data = registry.read_yaml(path)
    check_rule(path, data, names or rule_names(directory), {name: kind.schema for name, kind in KINDS.items()})
    common = {key: data.pop(key) for key in REQUIRED}
    max_penalty = data.pop("max_penalty", None)
    cap_score = data.pop("cap_score", None)
    score_points = data.pop("score_points", 0.0)
    max_score_points = data.pop("max_score_points", None)
    needs_whole = data.pop("needs_whole", False)
    excerpt_only = data.pop("excerpt_only", False)
    advice = data.pop("advice", False)
    unless_close = data.pop("unless_close", None)
    genres = _genres(data.pop("genres", None))
    forms = {form: (None if overrides in ("off", False) else dict(overrides or {}))
             for form, overrides in data.pop("forms", {}).items()} or None
    only_forms = tuple(data.pop("only_forms")) if "only_forms" in data else None
    return Rule(**common, path=path, max_penalty=max_penalty, cap_score=cap_score, score_points=score_points,
                max_score_points=max_score_points, needs_whole=needs_whole,
                excerpt_only=excerpt_only, advice=advice, unless_close=unless_close, genres=genres,
                forms=forms, only_forms=only_forms, spec=data)


def _genres(value) -> dict[str, dict] | None:
    """`genres:` as checked by the schema -> None (every genre) or genre -> overrides."""
    if value is None or value == "all":
        return None
    if isinstance(value, list):
        return {genre: {} for genre in value}
    return {genre: dict(overrides or {}) for genre, overrides in value.items()}
