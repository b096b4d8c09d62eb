"""User configuration: `[tool.checker]` in ./pyproject.toml, or ./checker.toml.

    ignore = ["ZG101", "boilerplate"]     # rule ids or families to switch off
    [severity]                            # (in pyproject: [tool.checker.severity])
    ZG501 = "info"
    [lexicons]                            # extra entries for a shipped lexicon, by name
    boilerplate = ["我单位套话.txt"]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CheckerError
from .registry import SEVERITIES


@dataclass
class Config:
    ignore: set[str] = field(default_factory=set)
    severity: dict[str, str] = field(default_factory=dict)
    lexicons: dict[str, list[Path]] = field(default_factory=dict)
    source: Path | None = None  # the file it came from

    def with_ignored(self, extra: list[str]) -> "Config":
        return Config(self.ignore | set(extra), self.severity, self.lexicons, self.source)

    def disables(self, rule_id: str, family: str) -> bool:
        return rule_id in self.ignore or family in self.ignore

    def settings(self, rule_id: str, family: str) -> dict:
        """The user's settings for a rule (a rule id wins over its family); applied last, over
        the rule's defaults and its genre's overrides (rulebook.effective)."""
        level = self.severity.get(rule_id) or self.severity.get(family)
        return {"severity": level} if level else {}

    def adjusts_rules(self) -> bool:
        """Whether the user switches rules off or changes their settings."""
        return bool(self.ignore or self.severity)


def find_config(folder: Path | None = None) -> Config:
    """checker.toml wins over pyproject.toml; no file means defaults."""
    folder = folder or Path.cwd()
    own = folder / "checker.toml"
    if own.is_file():
        return parse_config(_read_toml(own), own)
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        section = _read_toml(pyproject).get("tool", {}).get("checker")
        if section is not None:
            return parse_config(section, pyproject)
    return Config()


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CheckerError(f"{path}：配置文件格式错误（{exc}）") from None


def parse_config(data: dict, path: Path) -> Config:
    known = {"ignore", "severity", "lexicons"}
    unknown = set(data) - known
    if unknown:
        raise CheckerError(f"{path}：未知的配置项 {', '.join(sorted(unknown))}，可用：{', '.join(sorted(known))}")
    ignore = data.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(i, str) for i in ignore):
        raise CheckerError(f"{path}：ignore 应是规则编号或规则族的列表")
    severity = data.get("severity", {})
    for rule_id, level in severity.items():
        if level not in SEVERITIES:
            raise CheckerError(f"{path}：severity.{rule_id} 的严重程度“{level}”无效，可选：{'/'.join(SEVERITIES)}")
    lexicons = {}
    for name, files in data.get("lexicons", {}).items():
        files = [files] if isinstance(files, str) else files
        lexicons[name] = [(path.parent / f).resolve() for f in files]
    return Config(set(ignore), dict(severity), lexicons, path)


def check_config_names(config: Config, rule_ids: set[str], families) -> None:
    """Every rule id or family named in `ignore` (or --ignore) and `[severity]` exists."""
    for what, names in (("ignore", config.ignore), ("severity", set(config.severity))):
        unknown = [n for n in names if n not in rule_ids and n not in families]
        if unknown:
            where = f"{config.source}：{what} 中" if config.source and what == "severity" else ""
            raise CheckerError(f"{where}未知的规则编号或规则族：{', '.join(sorted(unknown))}（用 checker rules 查看全部规则）")
