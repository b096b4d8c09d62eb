"""The `checker` command. Thin: parse arguments, call the library, render.

Exit codes: 0 ran; 1 a score is below --fail-under; 2 usage or input error.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from . import __version__
from .config import find_config
from .errors import CheckerError, InputError
from .rulebook import FAMILIES, GENRES

app = typer.Typer(
    help="组工信息 / 组工网宣 稿件质量检查：找出套话、没有问题、没有研判、对策空泛、泛泛而谈、夸大和文件返销，给出深度得分和修改建议。",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

EXIT_OK, EXIT_BELOW, EXIT_ERROR = 0, 1, 2


def _stdout() -> Console:
    return Console(highlight=False, soft_wrap=True)


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str) -> None:
    _stderr().print(f"错误：{message}", style="red", markup=False)
    raise typer.Exit(EXIT_ERROR)


@app.command()
def check(
    files: list[str] = typer.Argument(..., help="稿件文件（.docx / .txt / .md），可以多个；“-”表示从标准输入读取"),
    format: str = typer.Option("terminal", "--format", "-f", help="输出格式：terminal 或 json"),
    genre: Optional[str] = typer.Option(None, "--genre", "-g", help="指定文体：" + "、".join(f"{k}（{v}）" for k, v in GENRES.items())),
    ignore: str = typer.Option("", "--ignore", help="关闭的规则编号或规则族，逗号分隔，如 ZG101,boilerplate"),
    fail_under: Optional[int] = typer.Option(None, "--fail-under", help="任一稿件深度得分低于此值时退出码为 1"),
    model: Optional[Path] = typer.Option(None, "--model", help="采用概率模型文件（.skops），默认使用内置模型"),
    no_model: bool = typer.Option(False, "--no-model", help="不计算采用概率"),
) -> None:
    """检查稿件，给出问题所在、原因、改法和深度得分。

    示例：checker check 稿件.docx；checker check --format json 1.txt 2.docx
    """
    if format not in ("terminal", "json"):
        fail(f"不支持的输出格式“{format}”，可选：terminal、json")
    if genre and genre not in GENRES:
        fail(f"未知文体“{genre}”，可选：{', '.join(GENRES)}")
    from .pipeline import Checker
    from .report import json as json_report
    from .report import terminal

    try:
        config = find_config().with_ignored([n.strip() for n in ignore.split(",") if n.strip()])
        checker = Checker(config, model=_load_model(model, no_model))
    except CheckerError as exc:
        fail(str(exc))
    results, failed, below = [], False, False
    for file in files:
        try:
            report = checker.check_path(file, genre)
        except InputError as exc:
            _stderr().print(f"错误：{exc}", style="red", markup=False)
            results.append(json_report.error_object(file, str(exc)))
            failed = True
            continue
        results.append(report)
        below = below or (fail_under is not None and report.score < fail_under)
    if format == "json":
        if any(not isinstance(r, dict) for r in results) or len(files) > 1:
            print(json_report.render(results, single=len(files) == 1))
    else:
        console = _stdout()
        for result in results:
            if not isinstance(result, dict):
                terminal.render(result, console)
                console.print()
    raise typer.Exit(EXIT_ERROR if failed else EXIT_BELOW if below else EXIT_OK)


def _load_model(path: Optional[Path], disabled: bool):
    if disabled:
        return None
    from .model import load_default_model, load_model

    return load_model(path) if path else load_default_model()


@app.command()
def rules(rule_id: Optional[str] = typer.Argument(None, help="规则编号，如 ZG101；不填则列出全部规则")) -> None:
    """列出全部规则，或解释一条规则：为什么重要、什么会触发、例句、如何关闭。"""
    from .explain import explain_rule, rules_table
    from .rulebook import load_rules

    try:
        all_rules = load_rules()
    except CheckerError as exc:
        fail(str(exc))
    console = _stdout()
    if rule_id is None:
        console.print(rules_table(all_rules))
        return
    matches = [r for r in all_rules if r.id == rule_id.upper()]
    if not matches:
        fail(f"没有编号为“{rule_id}”的规则（用 checker rules 查看全部规则）")
    console.print(explain_rule(matches[0]))


@app.command()
def version() -> None:
    """显示版本号。"""
    print(f"checker {__version__}")


def main() -> None:  # pragma: no cover - console entry point alias
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
