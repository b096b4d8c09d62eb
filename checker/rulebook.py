"""Load rule files (rules/<family>/<ID>.yaml) and check them against the schema.

A rule is data: id, family, kind, severity, the dimension it costs points on, Chinese
message and suggestion, its patterns or lexicons, and examples that must and must not
trigger it. Load errors name the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import RuleError
from .paths import RULES_DIR

FAMILIES = {
    "boilerplate": "套话空话",
    "no_problem": "没有讲问题",
    "no_analysis": "缺少分析研判",
    "no_countermeasure": "缺少对策建议",
    "weak_countermeasure": "对策空泛",
    "not_specific": "泛泛而谈",
    "exaggeration": "夸大其词",
    "doc_echo": "文件返销",
    "unfocused": "重点不突出",
    "readability": "可读性",
    "wording": "用词规范",
    "risk": "发布风险",
}
SEVERITIES = ("error", "warning", "info")
DIMENSIONS = ("problem", "analysis", "countermeasure", "specificity", "style", "credibility")
GENRES = {
    "experience": "经验做法",
    "problem": "问题建议",
    "research": "调研报告",
    "news": "工作动态",
    "propaganda": "网宣稿件",
    "speech": "讲话总结",
}
KINDS = ("lexicon", "regex", "token_pattern", "substitution", "absent", "density")
REQUIRED = ("id", "family", "kind", "severity", "dimension", "penalty", "title", "message",
            "suggestion", "why", "examples")
ID_FORMAT = re.compile(r"^ZG\d{3}$")
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when PyYAML has it


@dataclass
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
    genres: dict[str, dict] | None = None  # None: every genre, with the defaults above
    spec: dict = field(default_factory=dict)  # kind-specific keys (lexicons, patterns, element…)

    def for_genre(self, genre: str) -> "Rule | None":
        """This rule as it applies to a genre, or None where it does not apply."""
        if self.genres is None:
            return self
        if genre not in self.genres:
            return None
        overrides = self.genres[genre]
        if not overrides:
            return self
        copy = Rule(**{**self.__dict__})
        for key, value in overrides.items():
            setattr(copy, key, value)
        return copy


def rule_files(directory: Path = RULES_DIR) -> list[Path]:
    return sorted(path for path in directory.glob("*/ZG*.yaml"))


def load_rules(directory: Path = RULES_DIR) -> list[Rule]:
    rules = [load_rule(path) for path in rule_files(directory)]
    seen: dict[str, Path] = {}
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"{rule.path}：规则编号 {rule.id} 与 {seen[rule.id]} 重复")
        seen[rule.id] = rule.path
    return rules


def load_rule(path: Path) -> Rule:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第 {mark.line + 1} 行" if mark else ""
        raise RuleError(f"{path}：{where} YAML 格式错误（{getattr(exc, 'problem', exc)}）") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}：规则文件应是一个映射（键: 值）")
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        raise RuleError(f"{path}：缺少字段 {', '.join(missing)}")
    _check_values(path, data)
    common = {key: data.pop(key) for key in REQUIRED}
    max_penalty = data.pop("max_penalty", None)
    cap_score = data.pop("cap_score", None)
    genres = _genres(path, data.pop("genres", None))
    return Rule(**common, path=path, max_penalty=max_penalty, cap_score=cap_score, genres=genres, spec=data)


def _check_values(path: Path, data: dict) -> None:
    def fail(problem: str) -> None:
        raise RuleError(f"{path}：{problem}")

    if not ID_FORMAT.match(str(data["id"])):
        fail(f"规则编号“{data['id']}”应形如 ZG101")
    if path.stem != data["id"]:
        fail(f"文件名应与规则编号一致（{data['id']}.yaml）")
    if data["family"] not in FAMILIES:
        fail(f"未知的规则族“{data['family']}”，可选：{', '.join(FAMILIES)}")
    if path.parent.name != data["family"]:
        fail(f"规则应放在 rules/{data['family']}/ 目录下")
    if data["kind"] not in KINDS:
        fail(f"未知的规则类型“{data['kind']}”，可选：{', '.join(KINDS)}")
    if data["severity"] not in SEVERITIES:
        fail(f"严重程度应为 {'/'.join(SEVERITIES)}")
    if data["dimension"] not in DIMENSIONS:
        fail(f"维度应为 {'/'.join(DIMENSIONS)} 之一")
    examples = data["examples"]
    if not isinstance(examples, dict) or not examples.get("trigger") or not examples.get("clean"):
        fail("examples 必须同时有 trigger（应触发）和 clean（不应触发）两类例句")


def _genres(path: Path, value) -> dict[str, dict] | None:
    if value is None or value == "all":
        return None
    if isinstance(value, list):
        value = {genre: {} for genre in value}
    if not isinstance(value, dict):
        raise RuleError(f"{path}：genres 应是文体列表或“文体: 覆盖项”的映射")
    for genre, overrides in value.items():
        if genre not in GENRES:
            raise RuleError(f"{path}：未知文体“{genre}”，可选：{', '.join(GENRES)}")
        if overrides and not isinstance(overrides, dict):
            raise RuleError(f"{path}：genres.{genre} 应是覆盖项映射")
    return {genre: dict(overrides or {}) for genre, overrides in value.items()}
