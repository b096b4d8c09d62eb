"""The command line, through typer's runner: JSON contract, exit codes, discoverability."""

import json
import shutil

import pytest
from typer.testing import CliRunner

from checker.cli import app

from .conftest import DATA, ROOT

runner = CliRunner()
STRONG = DATA / "twins" / "problem_cunliangweihoubei.strong.txt"
WEAK = DATA / "twins" / "problem_cunliangweihoubei.weak.txt"
FINDING_KEYS = {"rule", "family", "severity", "message", "suggestion", "start", "end", "line", "column", "excerpt", "place"}
DIMENSIONS = {"problem", "analysis", "countermeasure", "specificity", "style", "credibility", "risk"}
PROFILE = {"problem", "analysis", "countermeasure", "specific", "boilerplate_heavy", "exaggeration"}


def run(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], **kwargs)


def test_json_contract_schema_1():
    result = run("check", "--format", "json", "--no-model", WEAK)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == 1
    assert data["source"] == str(WEAK)
    assert data["title"] == "关于加强村“两委”后备力量建设的几点建议"
    assert data["genre"] == "problem"
    assert 0 <= data["score"] <= 100
    assert set(data["dimensions"]) == DIMENSIONS
    assert set(data["profile"]) == PROFILE
    assert data["adoption_probability"] is None
    assert set(data["stats"]) == {"chars", "sentences", "paragraphs"}
    assert data["findings"] and all(set(f) == FINDING_KEYS for f in data["findings"])
    assert data["suggestions"] and all(isinstance(s, str) for s in data["suggestions"])
    # the view model: each finding's paragraph as Word numbers it, and the report's main problems
    assert all((f["place"] == "") == (f["start"] == f["end"] == 0) for f in data["findings"])
    assert all(f["place"] == "标题" or f["place"].startswith(("第", "表格")) for f in data["findings"] if f["place"])
    assert data["main_problems"] and set(data["main_problems"]) <= {f["family"] for f in data["findings"]}


def test_finding_offsets_point_into_the_users_text():
    data = json.loads(run("check", "-f", "json", "--no-model", WEAK).stdout)
    text = WEAK.read_text(encoding="utf-8")
    lines = text.split("\n")
    for finding in data["findings"]:
        if finding["start"] == finding["end"] == 0:
            continue
        assert text[finding["start"]:finding["end"]].startswith(finding["excerpt"].rstrip("…"))
        line = lines[finding["line"] - 1]
        assert line[finding["column"] - 1:].startswith(finding["excerpt"].rstrip("…")[:5])


def test_every_point_lost_traces_to_a_finding():
    data = json.loads(run("check", "-f", "json", "--no-model", WEAK).stdout)
    rules = {f["rule"] for f in data["findings"] + data["advice"]}  # advice (提升建议) costs its points too
    lost = {}
    for deduction in data["deductions"]:
        assert deduction["rule"] in rules
        lost[deduction["dimension"]] = lost.get(deduction["dimension"], 0) + deduction["points"]
    for dimension, value in data["dimensions"].items():
        assert value == max(0, round(100 - lost.get(dimension, 0)))


def test_several_files_give_an_array_and_a_bad_one_does_not_stop_the_rest(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("check", "-f", "json", "--no-model", STRONG, empty, WEAK)
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [d["source"] for d in data] == [str(STRONG), str(empty), str(WEAK)]
    assert "error" in data[1] and "文件为空" in data[1]["error"]
    assert data[0]["score"] > data[2]["score"]


@pytest.mark.parametrize("problem,words", [("missing", "不存在"), ("dir", "文件夹"), ("empty", "文件为空")])
def test_bad_input_exits_2_with_one_chinese_line(tmp_path, problem, words):
    path = {"missing": tmp_path / "nope.txt", "dir": tmp_path, "empty": tmp_path / "e.txt"}[problem]
    if problem == "empty":
        path.write_bytes(b"")
    result = run("check", path)
    assert result.exit_code == 2
    assert words in result.output and str(path) in result.output
    assert "Traceback" not in result.output


def test_fail_under_sets_exit_code_1():
    assert run("check", "--no-model", "--fail-under", "99", WEAK).exit_code == 1
    assert run("check", "--no-model", "--fail-under", "10", STRONG).exit_code == 0


def test_ignore_switches_off_rules_and_families():
    plain = json.loads(run("check", "-f", "json", "--no-model", WEAK).stdout)
    assert any(f["family"] == "boilerplate" for f in plain["findings"])
    ignored = json.loads(run("check", "-f", "json", "--no-model", "--ignore", "boilerplate,ZG201", WEAK).stdout)
    assert not any(f["family"] == "boilerplate" or f["rule"] == "ZG201" for f in ignored["findings"])


def test_unknown_ignore_name_is_a_usage_error():
    result = run("check", "--no-model", "--ignore", "ZG000", WEAK)
    assert result.exit_code == 2 and "未知" in result.output


def test_a_retired_rule_id_names_its_successor():
    # ZG515 (experience items with few figures) was folded into ZG517 in round forty-three: an office's
    # configuration that still switches ZG515 off is told what to write instead, not just "unknown"
    result = run("check", "--no-model", "--ignore", "ZG515", WEAK)
    assert result.exit_code == 2 and "ZG515" in result.output and "ZG517" in result.output


def test_genre_override_changes_what_applies():
    as_news = json.loads(run("check", "-f", "json", "--no-model", "--genre", "news", WEAK).stdout)
    assert as_news["genre"] == "news"
    assert not any(f["family"] in ("no_countermeasure", "no_problem") for f in as_news["findings"])
    assert run("check", "--genre", "poem", WEAK).exit_code == 2


def test_standard_input():
    result = run("check", "-f", "json", "--no-model", "-", input=WEAK.read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "-"


def test_terminal_report_shows_score_findings_and_suggestions():
    result = run("check", "--no-model", WEAK)
    assert result.exit_code == 0
    for words in ("深度得分", "修改建议", "ZG101", "文体：问题建议"):
        assert words in result.output


def test_docx_example_checks(tmp_path):
    result = run("check", "-f", "json", "--no-model", ROOT / "examples" / "样稿.docx")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["stats"]["paragraphs"] >= 5


def test_rules_lists_every_rule_and_explains_one():
    listing = run("rules")
    assert listing.exit_code == 0
    assert "ZG101" in listing.output and "ZG801" in listing.output
    explained = run("rules", "zg201")
    assert explained.exit_code == 0
    for words in ("为什么重要", "讲成绩的多、讲问题的少", "会触发的例句", "如何关闭", "--ignore ZG201"):
        assert words in explained.output
    assert run("rules", "ZG999").exit_code == 2


def test_every_command_has_help():
    for command in ("check", "rules"):
        result = run(command, "--help")
        assert result.exit_code == 0 and len(result.output) > 100


def test_config_file_in_working_folder(tmp_path, monkeypatch):
    shutil.copy(WEAK, tmp_path / "draft.txt")
    extra = tmp_path / "mine.txt"
    extra.write_text("后备力量\n", encoding="utf-8")
    (tmp_path / "checker.toml").write_text(
        'ignore = ["ZG201"]\n[severity]\nZG101 = "info"\n[lexicons]\nboilerplate = ["mine.txt"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    data = json.loads(run("check", "-f", "json", "--no-model", "draft.txt").stdout)
    assert not any(f["rule"] == "ZG201" for f in data["findings"])
    boilerplate = [f for f in data["findings"] if f["rule"] == "ZG101"]
    assert boilerplate and all(f["severity"] == "info" for f in boilerplate)
    assert any(f["excerpt"] == "后备力量" for f in boilerplate)


def test_broken_config_is_reported(tmp_path, monkeypatch):
    (tmp_path / "checker.toml").write_text("ignore = [\n", encoding="utf-8")
    shutil.copy(WEAK, tmp_path / "draft.txt")
    monkeypatch.chdir(tmp_path)
    result = run("check", "--no-model", "draft.txt")  # the configuration beside the draft
    assert result.exit_code == 2 and "checker.toml" in result.output


def test_tool_checker_section_in_pyproject(tmp_path, monkeypatch):
    shutil.copy(WEAK, tmp_path / "draft.txt")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.checker]\nignore = ["weak_countermeasure"]\n'
        '[tool.checker.severity]\nZG201 = "info"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    data = json.loads(run("check", "-f", "json", "--no-model", "draft.txt").stdout)
    assert not any(f["family"] == "weak_countermeasure" for f in data["findings"])
    assert [f["severity"] for f in data["findings"] if f["rule"] == "ZG201"] == ["info"]


def test_several_files_in_the_terminal_give_a_summary_table(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("check", "--no-model", STRONG, WEAK, empty)
    assert result.exit_code == 2
    assert "批量检查（2 篇）" in result.output and "无法检查" in result.output
    assert "深度得分" in result.output and "修改建议" not in result.output
    detailed = run("check", "--no-model", "--details", STRONG, WEAK)
    assert detailed.output.count("稿件检查") == 2 and "批量检查" in detailed.output


def test_general_boilerplate_yields_to_a_more_specific_rule(checker):
    report = checker.check_text("测试稿件\n全县党建工作成效明显，但个别地方重视程度不够。\n他用实际行动诠释了一名共产党员的初心。",
                                genre="propaganda")
    spans = {}
    for finding in report.findings:
        if not finding.document_level:
            spans.setdefault((finding.start, finding.end), []).append(finding.rule)
    assert all(len(rules) == 1 for rules in spans.values()), spans


def test_csv_summary_for_excel(tmp_path):
    import csv
    import io

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("check", "-f", "csv", "--no-model", STRONG, WEAK, empty)
    assert result.exit_code == 2
    assert result.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert [r["文件"] for r in rows] == [str(STRONG), str(WEAK), str(empty)]
    assert int(rows[0]["深度得分"]) > int(rows[1]["深度得分"])
    assert rows[1]["讲了具体问题"] == "否" and "没有讲问题" in rows[1]["主要问题"]
    assert "文件为空" in rows[2]["错误"]


def test_version():
    from checker import __version__

    result = run("version")
    assert result.exit_code == 0 and __version__ in result.output


def test_a_draft_without_a_title_says_so_instead_of_empty_brackets(tmp_path):
    # one long first paragraph: no line reads as a title (load.guess_title)
    draft = tmp_path / "无题.txt"
    draft.write_text("今年以来，镇党委把全镇12个村的党员分成38个小组，每组联系20户左右的群众，"
                     "每月上门一次，收集的问题当月回复。\n"
                     "截至10月底，共收集群众反映的问题146件，已办结131件。\n", encoding="utf-8")
    result = run("check", "--no-model", draft)
    assert result.exit_code == 0
    assert "（无标题）" in result.output and "《》" not in result.output
    page = tmp_path / "无题.html"
    assert run("check", "--no-model", "-f", "html", "-o", page, draft).exit_code == 0
    assert "<h1>（无标题）</h1>" in page.read_text(encoding="utf-8")
