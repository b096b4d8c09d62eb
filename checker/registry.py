"""The names the rule data speaks in, each defined in one place.

- families:   rules/families.yaml (name -> Chinese label). A family is a folder of rules, so
              it lives beside them: adding one is a folder plus a line, no code.
- genres:     rules/genres.yaml (name -> label, detection cues, dimension weights). Adding a
              genre is an entry there plus the genre overrides of the rules it concerns.
- dimensions: the table below. The depth score, the JSON and CSV columns and the fitted
              weights are built on exactly these six, so they are code, not data.
- severities: the table below (the writer sees the Chinese name; exit codes depend on them).
- bands:      rules/score.yaml `bands` (where a score turns green, yellow, red), for every output.
- kinds:      checker/kinds.py KINDS (name -> class; each class carries its schema from
              checker/schema.py).

Files are read once per rules folder and checked by checker/schema.py; a broken file is a
RuleError naming it.
"""

from __future__ import annotations

from collections.abc import Hashable
from functools import cache
from pathlib import Path

import yaml

from .errors import RuleError
from .paths import RULES_DIR

DIMENSIONS = {
    "problem": "问题",
    "analysis": "研判",
    "countermeasure": "对策",
    "specificity": "具体",
    "style": "文风",
    "credibility": "可信",
    "risk": "风险",
}
SEVERITIES = {"error": "错误", "warning": "警告", "info": "提示"}

_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when PyYAML has it


class UniqueKeyLoader(_BASE_LOADER):
    """The safe loader, refusing a key given twice in one mapping: YAML keeps the last silently,
    so a second `speech:` under `decisive:` would drop the first one's patterns unseen."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, Hashable):
                continue  # (a list as a key: the base loader reports it as YAML's own error)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"键“{key}”在同一层里出现了两次（后一个会悄悄覆盖前一个）", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


YAML_LOADER = UniqueKeyLoader


def read_yaml(path: Path):
    """A YAML file of the rule data; errors name the file (and the line where YAML knows it)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleError(f"{path}：文件不存在") from None
    try:
        return yaml.load(text, Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第 {mark.line + 1} 行 " if mark else ""
        raise RuleError(f"{path}：{where}YAML 格式错误（{getattr(exc, 'problem', None) or exc}）") from None


@cache
def families(rules_dir: Path = RULES_DIR) -> dict[str, str]:
    """Family name -> Chinese label, in report order."""
    from .schema import check_families

    path = rules_dir / "families.yaml"
    data = read_yaml(path)
    check_families(path, data)
    return dict(data)


@cache
def genre_spec(rules_dir: Path = RULES_DIR) -> dict:
    """The whole of rules/genres.yaml, checked."""
    from .schema import check_genres

    path = rules_dir / "genres.yaml"
    data = read_yaml(path)
    check_genres(path, data)
    return data


def genres(rules_dir: Path = RULES_DIR) -> dict[str, str]:
    """Genre name -> Chinese label, in the order of rules/genres.yaml."""
    return {name: entry["label"] for name, entry in genre_spec(rules_dir)["genres"].items()}


def forms(rules_dir: Path = RULES_DIR) -> dict[str, str]:
    """Form of piece (rules/genres.yaml `forms`: a policy explainer, an official reply) ->
    Chinese label."""
    return {name: entry["label"] for name, entry in (genre_spec(rules_dir).get("forms") or {}).items()}


def genre_dimensions(genre: str, rules_dir: Path = RULES_DIR) -> dict[str, str]:
    """The dimensions a genre is scored on (weight above 0), with the names the writer of that
    genre reads: a 网宣 piece is judged on 事实与故事、平实好读、可信, not on 问题 and 对策
    (`dimension_labels` in rules/genres.yaml). An unknown genre shows all six."""
    entry = genre_spec(rules_dir)["genres"].get(genre)
    if entry is None:
        return dict(DIMENSIONS)
    labels = entry.get("dimension_labels", {})
    return {name: labels.get(name, label) for name, label in DIMENSIONS.items() if entry["weights"].get(name, 0) > 0}


def genre_profile(genre: str, rules_dir: Path = RULES_DIR) -> tuple[str, ...] | None:
    """The profile flags a report shows for this genre (`profile` in rules/genres.yaml; a 网宣
    piece is not asked for a problem, an analysis or a countermeasure), None for all."""
    entry = genre_spec(rules_dir)["genres"].get(genre) or {}
    shown = entry.get("profile")
    return tuple(shown) if shown is not None else None


@cache
def score_bands(rules_dir: Path = RULES_DIR) -> tuple[float, float]:
    """(strong, weak) of rules/score.yaml `bands`: a score from `strong` up is strong, one
    below `weak` is weak, the rest middle."""
    path = rules_dir / "score.yaml"
    bands = (read_yaml(path) or {}).get("bands")
    if not isinstance(bands, dict) or set(bands) != {"strong", "weak"}:
        raise RuleError(f"{path}：bands 应有且只有 strong 和 weak 两项（如 strong: 75, weak: 50）")
    strong, weak = bands["strong"], bands["weak"]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (strong, weak)) \
            or not 0 <= weak < strong <= 100:
        raise RuleError(f"{path}：bands 的 weak 和 strong 应是 0 到 100 的数，且 weak 小于 strong（现为 {weak}、{strong}）")
    return strong, weak


def band(score: float, rules_dir: Path = RULES_DIR) -> str:
    """strong, middle or weak: the colour band of a score, the same in every output."""
    strong, weak = score_bands(rules_dir)
    return "strong" if score >= strong else "weak" if score < weak else "middle"
