"""Text from drafts and file names cannot run as a spreadsheet formula or reach the terminal
as markup or escape sequences."""

from __future__ import annotations

import csv
import json

from openpyxl import load_workbook
from typer.testing import CliRunner

from checker.batch import run_batch
from checker.cli import app
from checker.pipeline import Checker
from checker.report import safe

BODY = "今年以来，东河镇为14个村各选定2名后备干部，其中35岁以下的有19人。我们高度重视，取得了明显成效。"


def test_cells_that_would_start_a_formula_stay_text():
    assert safe.row(["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\t=1", "正常", 42, None]) == \
        ["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\t=1", "正常", 42, None]


def test_check_csv_neutralises_a_formula_title(tmp_path):
    draft = tmp_path / "稿件.txt"
    draft.write_text("=HYPERLINK(\"http://evil\",\"点我\")\n" + BODY, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(draft), "-f", "csv", "--no-model"])
    rows = list(csv.reader(result.stdout.lstrip("\ufeff").splitlines()))
    assert rows[1][1].startswith("'=HYPERLINK")


def test_batch_xlsx_and_csv_neutralise_formulas(tmp_path):
    corpus = tmp_path / "来稿.jsonl"
    corpus.write_text(json.dumps({"id": "=1+1", "unit": "@单位", "title": "-标题", "text": BODY}, ensure_ascii=False),
                      encoding="utf-8")
    checker = Checker()
    run_batch(corpus, tmp_path / "out", lambda: checker, jobs=1)
    sheet = load_workbook(tmp_path / "out" / "summary.xlsx")["按稿件"]
    values = [c.value for c in sheet[2]]
    assert values[0] == "'@单位" and values[2] == "'-标题" and values[3] == "'=1+1"
    assert all(c.data_type != "f" for c in sheet[2])
    rows = list(csv.reader((tmp_path / "out" / "results.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][0] == "'@单位"


def test_terminal_shows_markup_and_escapes_as_text(tmp_path):
    title = "标题[/]含[red]标记\x1b]8;;http://e\x1b\\链\x1b[31m"  # a title: short, no full stop
    first = tmp_path / "一.txt"
    first.write_text(title + "\n" + BODY + "[/b]\x1b[2J", encoding="utf-8")
    second = tmp_path / "二[red]x[\\]y.txt"
    second.write_text("第二篇\n" + BODY, encoding="utf-8")
    runner = CliRunner()
    one = runner.invoke(app, ["check", str(first), "--no-model"])
    many = runner.invoke(app, ["check", str(first), str(second), "--no-model"], env={"COLUMNS": "400"})
    for result in (one, many):
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.output
    assert "[/]" in one.output and "[red]" in one.output
    assert "二[red]x[\\]y.txt" in many.output and "标题[/]含[red]标记" in many.output
