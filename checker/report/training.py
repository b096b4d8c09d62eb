"""Terminal output for corpus validation, training and evaluation."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from ..registry import genres
from .safe import plain

METRIC_NAMES = {"roc_auc": "ROC AUC", "accuracy": "准确率", "precision_adopted": "采用类精确率",
                "recall_adopted": "采用类召回率", "brier": "Brier 分数（越低越好）"}


def progress(console: Console, label: str):
    """A progress bar over a list, shown while items are analysed."""

    def wrap(items):
        with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=console, transient=True) as bar:
            yield from bar.track(items, total=len(items))

    return wrap


def render_validation(summary: dict, console: Console) -> None:
    console.print(f"语料：{summary['path']}  可用条目 {summary['items']}（采用 {summary['adopted']}，未采用 {summary['rejected']}）",
                  markup=False)
    for title, key in (("各报送单位", "by_unit"), ("各文体", "by_genre")):
        table = Table(title=title)
        for column in ("", "采用", "未采用", "采用率"):
            table.add_column(column)
        for name, row in summary[key].items():
            total = row["adopted"] + row["rejected"]
            label = genres().get(name, name) if key == "by_genre" else name
            table.add_row(label, str(row["adopted"]), str(row["rejected"]), f"{row['adopted'] / total:.0%}")
        console.print(table)
    for row in summary["bad_rows"]:
        console.print(f"第 {row['line']} 行：{row['reason']}", style="yellow", markup=False)
    if summary["duplicate_texts"]:
        lines = "、".join(f"{d['id']}（第{d['line']}行）" for d in summary["duplicate_texts"])
        console.print(f"正文重复的条目：{lines}", style="yellow", markup=False)
    for problem in summary["problems"]:
        console.print(f"无法训练：{problem}", style="red", markup=False)
    if not summary["bad_rows"] and not summary["duplicate_texts"] and not summary["problems"]:
        console.print("没有发现问题。", style="green")


def render_metrics(title: str, metrics: dict, console: Console) -> None:
    table = Table(title=f"{title}（{metrics['items']} 条）")
    table.add_column("指标")
    table.add_column("数值", justify="right")
    for key, name in METRIC_NAMES.items():
        value = metrics[key]
        table.add_row(name, "—" if value is None else f"{value:.3f}")
    console.print(table)
    (tn, fp), (fn, tp) = metrics["confusion_matrix"]["values"]
    matrix = Table(title="混淆矩阵")
    for column in ("", "预测未采用", "预测采用"):
        matrix.add_column(column, justify="right")
    matrix.add_row("实际未采用", str(tn), str(fp))
    matrix.add_row("实际采用", str(fn), str(tp))
    console.print(matrix)


def render_misjudged(items: list[dict], console: Console, count: int = 10) -> None:
    """The model's most confident mistakes on the evaluation items (all of them are in --report)."""
    if not items:
        return
    table = Table(title=f"判断错误的稿件（共 {len(items)} 条，按错得最明显的排序，列出前 {min(count, len(items))} 条）")
    for column, justify in (("编号", "left"), ("单位", "left"), ("标题", "left"), ("实际", "left"), ("模型估计采用可能性", "right")):
        table.add_column(column, justify=justify, overflow="fold")
    for item in items[:count]:
        table.add_row(plain(str(item["id"])), plain(item["unit"]), plain(item["title"][:30]),
                      "采用" if item["adopted"] else "未采用", f"{item['probability']:.0%}")
    console.print(table)


def render_training(results: dict, console: Console) -> None:
    validation = results["cross_validation"]
    candidates = Table(title=f"候选模型（{validation['folds']} 折交叉验证，{validation['grouping']}）")
    for column in ("正则化强度 C", "规则特征权重", "ROC AUC", "Brier", "准确率"):
        candidates.add_column(column, justify="right")
    for row in validation["candidates"]:
        chosen = row["C"] == validation["chosen_c"] and row["rule_weight"] == validation["chosen_rule_weight"]
        candidates.add_row(f"{row['C']:g}", f"{row['rule_weight']:g}" + (" ←" if chosen else ""),
                           f"{row['roc_auc']:.3f}", f"{row['brier']:.3f}", f"{row['accuracy']:.3f}")
    console.print(candidates)
    render_metrics("交叉验证（所选模型）", validation["cv"], console)
    for side, label in (("adopted", "最倾向“采用”的特征"), ("rejected", "最倾向“未采用”的特征"),
                        ("adopted_words", "最倾向“采用”的词语"), ("rejected_words", "最倾向“未采用”的词语")):
        console.print(label + "：" + "；".join(f["feature"] for f in results["top_features"][side][:12]))
