"""Configuration found like ruff's and Vale's: upward from the checked files to the top of the
repository, `--config` to name one, `checker config` to show which applies; files of the
wrong shape are one Chinese line naming the file, exit 2."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from checker.cli import app

DRAFT = "认真抓好落实\n我们高度重视，认真贯彻落实上级部署，取得了明显成效，今后将进一步加强领导、狠抓落实。"


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture
def repo(tmp_path):
    """repo/.git, repo/checker.toml switching ZG101 off, a draft two folders down."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "来稿" / "一县").mkdir(parents=True)
    (root / "checker.toml").write_text('ignore = ["ZG101"]\n', encoding="utf-8")
    draft = root / "来稿" / "一县" / "稿件.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    return root


def rules_of(result) -> set[str]:
    return {f["rule"] for f in json.loads(result.stdout)["findings"]}


def test_the_nearest_configuration_above_the_draft_applies_wherever_the_command_runs(repo, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # outside the repository
    assert "ZG101" not in rules_of(run("check", "-f", "json", "--no-model", repo / "来稿" / "一县" / "稿件.txt"))
    # a closer file wins: pyproject.toml with [tool.checker] in the county folder
    (repo / "来稿" / "一县" / "pyproject.toml").write_text('[tool.checker]\nignore = ["ZG507"]\n', encoding="utf-8")
    closer = rules_of(run("check", "-f", "json", "--no-model", repo / "来稿" / "一县" / "稿件.txt"))
    assert "ZG101" in closer and "ZG507" not in closer


def test_a_pyproject_without_the_section_does_not_stop_the_search(repo):
    (repo / "来稿" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert "ZG101" not in rules_of(run("check", "-f", "json", "--no-model", repo / "来稿" / "一县" / "稿件.txt"))


def test_the_search_stops_at_the_top_of_the_repository(repo, tmp_path):
    (tmp_path / "checker.toml").write_text('ignore = ["ZG507"]\n', encoding="utf-8")  # above the repository
    (repo / "checker.toml").unlink()
    found = rules_of(run("check", "-f", "json", "--no-model", repo / "来稿" / "一县" / "稿件.txt"))
    assert "ZG507" in found and "ZG101" in found


def test_config_option_names_the_file(repo, tmp_path):
    other = tmp_path / "别处.toml"
    other.write_text('ignore = ["ZG507"]\n', encoding="utf-8")
    found = rules_of(run("check", "-f", "json", "--no-model", "--config", other, repo / "来稿" / "一县" / "稿件.txt"))
    assert "ZG507" not in found and "ZG101" in found  # the repository's file is not read
    missing = run("check", "--no-model", "--config", tmp_path / "没有.toml", repo / "来稿" / "一县" / "稿件.txt")
    assert missing.exit_code == 2 and "没有.toml" in missing.output


def test_checker_config_shows_which_file_and_settings_apply(repo, tmp_path, monkeypatch):
    shown = run("config", repo / "来稿" / "一县" / "稿件.txt")
    assert shown.exit_code == 0 and str(repo / "checker.toml") in shown.stdout and "ZG101" in shown.stdout
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    none = run("config")
    assert none.exit_code == 0 and "没有找到配置文件" in none.stdout


@pytest.mark.parametrize("content, says", [
    ('severity = "info"\n', "severity 应是一个表"),
    ('lexicons = ["a.txt"]\n', "lexicons 应是一个表"),
    ('[lexicons]\nboilerplate = 5\n', "lexicons.boilerplate 应是文件名"),
    ('ignore = "ZG101"\n', "ignore 应是规则编号或规则族的列表"),
    ('[severity]\nZG101 = 3\n', "严重程度“3”无效"),
    ('ignore = [[[[["x"]]]]]\n', "ignore 应是规则编号或规则族的列表"),
])
def test_a_configuration_of_the_wrong_shape_is_one_line_exit_2(repo, content, says):
    (repo / "checker.toml").write_text(content, encoding="utf-8")
    result = run("check", "--no-model", repo / "来稿" / "一县" / "稿件.txt")
    assert result.exit_code == 2 and says in result.output and "checker.toml" in result.output
    assert "Traceback" not in result.output


def test_tool_checker_that_is_not_a_table(repo):
    (repo / "checker.toml").unlink()
    (repo / "pyproject.toml").write_text('[tool]\nchecker = 5\n', encoding="utf-8")
    result = run("check", "--no-model", repo / "来稿" / "一县" / "稿件.txt")
    assert result.exit_code == 2 and "[tool.checker] 应是一个表" in result.output


def test_a_folder_given_as_a_lexicon_file(repo):
    (repo / "词表夹").mkdir()
    (repo / "checker.toml").write_text('[lexicons]\nboilerplate = ["词表夹"]\n', encoding="utf-8")
    result = run("check", "--no-model", repo / "来稿" / "一县" / "稿件.txt")
    assert result.exit_code == 2 and "不是普通文件" in result.output
