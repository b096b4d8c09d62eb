"""User configuration: checker.toml, or `[tool.checker]` in pyproject.toml.

Found like ruff's and Vale's: from the folder of the checked files (the current folder for
standard input) upward, the nearest folder holding either file wins (checker.toml before
pyproject.toml in the same folder; a pyproject.toml without `[tool.checker]` does not count);
the search stops at the top of a git repository, at the home folder, or at the root.
`--config PATH` names a file instead; `checker config` shows which file applies.

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


def find_config(start: Path | None = None, explicit: Path | None = None) -> Config:
    """The configuration that applies: `explicit` if given, else the nearest file found
    upward from `start` (default: the current folder); no file means defaults."""
    if explicit is not None:
        return read_config(explicit)
    found = locate_config(start)
    return read_config(found) if found is not None else Config()


def locate_config(start: Path | None = None) -> Path | None:
    folder = (start or Path.cwd()).resolve()
    home = Path.home().resolve() if Path.home().exists() else None
    for current in (folder, *folder.parents):
        own = current / "checker.toml"
        if own.is_file():
            return own
        pyproject = current / "pyproject.toml"
        if pyproject.is_file() and "checker" in _read_toml(pyproject).get("tool", {}):
            return pyproject
        if (current / ".git").exists() or current == home:
            break
    return None


def read_config(path: Path) -> Config:
    """One configuration file, checker.toml or a pyproject.toml's `[tool.checker]`."""
    path = Path(path)
    if not path.is_file():
        raise CheckerError(f"{path}：配置文件不存在或不是文件")
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("checker")
        if data is None:
            raise CheckerError(f"{path}：没有 [tool.checker] 一节")
    if not isinstance(data, dict):
        raise CheckerError(f"{path}：[tool.checker] 应是一个表（键 = 值），不是 {type(data).__name__}")
    return parse_config(data, path)


def common_folder(files: list[str]) -> Path:
    """Where the configuration search starts for these files: their nearest common folder
    (the current folder for standard input or names that are not paths)."""
    folders = []
    for name in files:
        if name == "-":
            continue
        path = Path(name)
        try:
            folders.append((path if path.is_dir() else path.parent).resolve())
        except OSError:
            continue
    if not folders:
        return Path.cwd()
    common = folders[0]
    for folder in folders[1:]:
        while common not in (folder, *folder.parents):
            common = common.parent
    return common


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
        raise CheckerError(f"{path}：ignore 应是规则编号或规则族的列表，如 ignore = [\"ZG101\", \"套话空话\"]")
    severity = data.get("severity", {})
    if not isinstance(severity, dict):
        raise CheckerError(f"{path}：severity 应是一个表，如 [severity] 下写 ZG501 = \"info\"")
    for rule_id, level in severity.items():
        if not isinstance(level, str) or level not in SEVERITIES:
            raise CheckerError(f"{path}：severity.{rule_id} 的严重程度“{level}”无效，可选：{'/'.join(SEVERITIES)}")
    tables = data.get("lexicons", {})
    if not isinstance(tables, dict):
        raise CheckerError(f"{path}：lexicons 应是一个表，如 [lexicons] 下写 boilerplate = [\"我单位套话.txt\"]")
    lexicons = {}
    for name, files in tables.items():
        files = [files] if isinstance(files, str) else files
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise CheckerError(f"{path}：lexicons.{name} 应是文件名或文件名的列表")
        lexicons[name] = [(path.parent / f).resolve() for f in files]
        for file in lexicons[name]:
            if file.exists() and not file.is_file():
                raise CheckerError(f"{path}：lexicons.{name} 中的“{file}”不是普通文件")
    return Config(set(ignore), dict(severity), lexicons, path)


# rules folded into another: a configuration that still names one is told which rule to name instead
# (not mapped silently: the successor may judge more than the old rule did)
RETIRED = {"ZG515": ("ZG517", "说明规模、结果的数字偏少，第四十三轮起各类稿件都用")}


def check_config_names(config: Config, rule_ids: set[str], families) -> None:
    """Every rule id or family named in `ignore` (or --ignore) and `[severity]` exists."""
    for what, names in (("ignore", config.ignore), ("severity", set(config.severity))):
        unknown = [n for n in names if n not in rule_ids and n not in families]
        if unknown:
            where = f"{config.source}：{what} 中" if config.source and what == "severity" else ""
            retired = [n for n in sorted(unknown) if n in RETIRED and RETIRED[n][0] in rule_ids]
            if retired:
                old = retired[0]
                raise CheckerError(f"{where}规则 {old} 已并入 {RETIRED[old][0]}（{RETIRED[old][1]}），请改写为 {RETIRED[old][0]}")
            raise CheckerError(f"{where}未知的规则编号或规则族：{', '.join(sorted(unknown))}（用 checker rules 查看全部规则）")
