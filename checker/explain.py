"""`checker rules`: the rule list and one rule's explanation, in Chinese."""

from __future__ import annotations

import re

from rich.console import Group
from rich.table import Table
from rich.text import Text

from .registry import DIMENSIONS, SEVERITIES, families, genre_spec, genres
from .findings import WHOLE_SCOPE
from .kinds import KINDS
from .rulebook import Rule

MARK = re.compile(r"\[\[(.+?)\]\]")
PLACEHOLDER = re.compile(r"\{(?:match|replacement|source|unit|date|chars|share)\}")  # filled when the rule fires
WHOLE = re.compile(r"\{whole\}")  # the text judged: 全文, or on an excerpt the part given


def rules_table(rules: list[Rule]) -> Table:
    table = Table(title=f"全部规则（{len(rules)} 条）", show_lines=False)
    for column in ("编号", "规则族", "严重程度", "说明"):
        table.add_column(column)
    for rule in sorted(rules, key=lambda r: r.id):
        table.add_row(rule.id, f"{rule.family}（{families()[rule.family]}）", SEVERITIES[rule.severity], rule.title)
    return table


def explain_rule(rule: Rule) -> Group:
    parts = [
        Text(f"{rule.id}  {rule.title}", style="bold"),
        Text(f"规则族：{rule.family}（{families()[rule.family]}）  严重程度：{SEVERITIES[rule.severity]}  "
             f"类型：{KINDS[rule.kind].label}"),
        Text(f"扣分：{_cost(rule)}"),
        Text(f"适用：{_applies(rule)}"),
        Text("\n为什么重要", style="bold"), Text(rule.why),
        Text("\n会提示什么", style="bold"), Text(MARK.sub(r"\1", PLACEHOLDER.sub("……", WHOLE.sub(WHOLE_SCOPE, rule.message)))),
        Text("\n怎么改", style="bold"), Text(PLACEHOLDER.sub("……", rule.suggestion)),
        Text("\n会触发的例句", style="bold"),
        *[_example(e, marked=True) for e in rule.examples["trigger"]],
        Text("\n不会触发的例句", style="bold"),
        *[_example(e, marked=False) for e in rule.examples["clean"]],
        Text("\n如何关闭", style="bold"),
        Text(f"命令行：checker check --ignore {rule.id} 稿件.docx（或 --ignore {rule.family} 关闭整个规则族）\n"
             f"配置文件：在 pyproject.toml 的 [tool.checker] 或 checker.toml 中写 ignore = [\"{rule.id}\"]"),
    ]
    return Group(*parts)


def _cost(rule: Rule) -> str:
    if not rule.penalty:
        return "不扣分（只提示）"
    cost = f"“{DIMENSIONS[rule.dimension]}”维度每处扣 {rule.penalty:g} 分"
    if rule.max_penalty is not None:
        cost += f"，最多扣 {rule.max_penalty:g} 分"
    return cost


def _applies(rule: Rule) -> str:
    if rule.genres is None:
        return "全部文体"
    parts = []
    for genre, overrides in rule.genres.items():
        notes = []
        if "severity" in overrides:
            notes.append(SEVERITIES[overrides["severity"]])
        if "penalty" in overrides:
            notes.append(f"扣 {overrides['penalty']:g} 分")
        caps = [overrides.get("cap_score", rule.cap_score)]
        if overrides.get("severity", rule.severity) == "error":
            caps.append(genre_spec()["genres"][genre].get("error_cap"))  # any error caps a public piece
        caps = [cap for cap in caps if cap is not None]
        if caps:
            notes.append(f"总分最高 {min(caps):g}")
        parts.append(genres()[genre] + (f"（{'，'.join(notes)}）" if notes else ""))
    return "、".join(parts)


def _example(example, marked: bool) -> Text:
    text = example["text"] if isinstance(example, dict) else example
    line = Text("  • ")
    if isinstance(example, dict) and "source" in example:  # a copy rule's pair
        line.append("较早的稿件：" + example["source"].strip().replace("\n", " / ") + "\n    新稿件：")
    position = 0
    for match in MARK.finditer(text):
        line.append(text[position:match.start()])
        line.append(match.group(1), style="black on yellow" if marked else "")
        position = match.end()
    line.append(text[position:].rstrip("\n").replace("\n", " / "))
    return line
