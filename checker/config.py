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
from .rulebook import FAMILIES, SEVERITIES


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
            raise CheckerError(f"{path}：{rule_id} 的严重程度“{level}”无效，可选：{'/'.join(SEVERITIES)}")
    lexicons = {}
    for name, files in data.get("lexicons", {}).items():
        files = [files] if isinstance(files, str) else files
        lexicons[name] = [(path.parent / f).resolve() for f in files]
    return Config(set(ignore), dict(severity), lexicons, path)


def check_ignore_names(names: set[str], rule_ids: set[str]) -> None:
    unknown = [n for n in names if n not in rule_ids and n not in FAMILIES]
    if unknown:
        raise CheckerError(f"未知的规则编号或规则族：{', '.join(sorted(unknown))}（用 checker rules 查看全部规则）")
