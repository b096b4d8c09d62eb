"""Conventions users of ruff and Vale expect: --version, -h, Chinese names for genres and
families, --fail-on a severity, --no-color."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from checker import __version__
from checker.cli import app

WEAK = "认真抓好落实\n我们高度重视，认真贯彻落实上级部署，取得了明显成效，今后将进一步加强领导、狠抓落实。"


@pytest.fixture
def weak(tmp_path):
    path = tmp_path / "稿件.txt"
    path.write_text(WEAK, encoding="utf-8")
    return str(path)


def run(*args, **kwargs):
    return CliRunner().invoke(app, list(args), **kwargs)


def test_version_and_short_help():
    for flag in ("--version", "-V"):
        result = run(flag)
        assert result.exit_code == 0 and result.stdout.strip() == f"checker {__version__}"
    assert run("-h").exit_code == 0 and "稿件质量检查" in run("-h").stdout
    assert "--fail-on" in run("check", "-h").stdout


def test_genre_by_chinese_label(weak):
    chinese = json.loads(run("check", weak, "-g", "问题建议", "-f", "json", "--no-model").stdout)
    english = json.loads(run("check", weak, "-g", "problem", "-f", "json", "--no-model").stdout)
    assert chinese["genre"] == english["genre"] == "problem" and chinese["score"] == english["score"]
    wrong = run("check", weak, "-g", "会议", "--no-model")
    assert wrong.exit_code == 2 and "问题建议（problem）" in wrong.output


def test_ignore_by_chinese_family_label(weak):
    found = json.loads(run("check", weak, "-f", "json", "--no-model").stdout)["findings"]
    kept = json.loads(run("check", weak, "-f", "json", "--no-model", "--ignore", "套话空话，ZG501").stdout)["findings"]
    assert any(f["family"] == "boilerplate" for f in found)
    assert not any(f["family"] == "boilerplate" or f["rule"] == "ZG501" for f in kept)


def test_fail_on_a_severity(weak):
    severities = {f["severity"] for f in json.loads(run("check", weak, "-f", "json", "--no-model").stdout)["findings"]}
    assert "warning" in severities and "error" not in severities
    assert run("check", weak, "--no-model", "--fail-on", "warning").exit_code == 1
    assert run("check", weak, "--no-model", "--fail-on", "警告").exit_code == 1
    assert run("check", weak, "--no-model", "--fail-on", "error").exit_code == 0
    bad = run("check", weak, "--no-model", "--fail-on", "severe")
    assert bad.exit_code == 2 and "error、warning、info" in bad.output


def test_no_color_is_accepted(weak):
    result = run("--no-color", "check", weak, "--no-model")
    assert result.exit_code == 0 and "\x1b[" not in result.output


def test_jsonl_is_one_object_per_line(weak, tmp_path):
    missing = str(tmp_path / "没有.txt")
    result = run("check", weak, missing, weak, "-f", "jsonl", "--no-model")
    lines = result.stdout.splitlines()
    assert result.exit_code == 2 and len(lines) == 3
    objects = [json.loads(line) for line in lines]
    assert objects[0]["score"] == objects[2]["score"] and objects[1]["error"] and objects[1]["source"] == missing
