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


def test_no_color_and_the_no_color_variable_drop_colours(weak, monkeypatch):
    import re

    colour = re.compile(r"\x1b\[[0-9;]*(?:3[0-7]|9[0-7]|38;[25];[0-9;]+)m")  # a foreground colour
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich then colours the captured output as on a terminal
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert colour.search(run("check", weak, "--no-model").stdout)
    plain = run("--no-color", "check", weak, "--no-model")
    assert plain.exit_code == 0 and "深度得分" in plain.stdout and not colour.search(plain.output)
    monkeypatch.setenv("NO_COLOR", "1")
    assert not colour.search(run("check", weak, "--no-model").output)


def test_jsonl_is_one_object_per_line(weak, tmp_path):
    missing = str(tmp_path / "没有.txt")
    again = tmp_path / "再一篇.txt"
    again.write_text(WEAK, encoding="utf-8")
    result = run("check", weak, missing, str(again), weak, "-f", "jsonl", "--no-model")  # each file once
    lines = result.stdout.splitlines()
    assert result.exit_code == 2 and len(lines) == 3
    objects = [json.loads(line) for line in lines]
    assert objects[0]["score"] == objects[2]["score"] and objects[1]["error"] and objects[1]["source"] == missing
    # each line is the object -f json gives for that file (the JSON format's schema 1), in the same order
    array = json.loads(run("check", weak, missing, str(again), "-f", "json", "--no-model").stdout)
    assert objects == array and all(o["schema"] == 1 for o in objects)
    assert all("\n" not in line for line in lines)


# -- help and usage errors in Chinese (typer's own click prints English by default) ---------

def test_help_is_chinese():
    for args in (["-h"], ["check", "-h"], ["batch", "-h"]):
        result = run(*args)
        assert result.exit_code == 0
        assert "用法：" in result.stdout and "选项：" in result.stdout and "显示帮助并退出" in result.stdout
        assert "Usage:" not in result.stdout and "Options" not in result.stdout and "Show this message" not in result.stdout
    assert "[默认：terminal]" in run("check", "-h").stdout


@pytest.mark.parametrize("args, says", [
    (["check", "--nosuch"], "没有这个选项：--nosuch"),
    (["check"], "缺少参数"),
    (["nosuch"], "没有这个命令：nosuch"),
    (["check", "--fail-under", "六十", "x.txt"], "--fail-under 的取值不对：应当是整数"),
    (["check", "-f"], "需要一个取值"),
    (["batch", "来稿", "--out", "汇总", "--jobs", "1.5"], "-j/--jobs 的取值不对：应当是整数"),
    (["chek", "稿件.txt"], "没有这个命令：chek。是不是要用 'check'？"),
    (["check", "--fail-onn", "error", "x.txt"], "没有这个选项：--fail-onn（是不是要用 --fail-on"),
    (["rules", "ZG101", "ZG102"], "多出了参数：ZG102"),
    (["train", "语料.jsonl"], "缺少选项 -o/--out"),
    (["train"], "缺少参数 语料"),
    (["corpus", "validate"], "缺少参数 语料"),
])
def test_usage_errors_are_chinese_with_exit_2(args, says):
    import re

    result = run(*args)
    assert result.exit_code == 2
    assert says in result.output and result.output.startswith(("用法：", "错误："))
    english = re.findall(r"\b(?:Error|Usage|Try|Invalid|Missing|No such|Did you mean|Got unexpected|Possible|requires)\b",
                         result.output)
    assert not english, result.output


def test_every_usage_line_names_its_arguments_in_chinese():
    import re

    commands = [["check"], ["annotate"], ["serve"], ["rules"], ["train"], ["eval"], ["batch"], ["config"],
                ["version"], ["corpus", "validate"], ["archive", "stats"], ["archive", "import"]]
    for command in commands:
        usage = run(*command, "-h").stdout.splitlines()[0]
        assert usage.startswith("用法："), usage
        arguments = usage.split(" ".join(command), 1)[1]
        assert not re.search(r"[A-Za-z]", arguments), usage  # [选项] 语料, not [OPTIONS] corpus


# -- quiet -------------------------------------------------------------------------------

def test_quiet_drops_notices_not_results_or_errors(weak, tmp_path):
    out = tmp_path / "报告.json"
    loud = run("check", weak, "-f", "json", "--no-model", "-o", str(out))
    assert "报告已写入" in loud.stderr
    out.unlink()
    quiet = run("-q", "check", weak, "-f", "json", "--no-model", "-o", str(out))
    assert quiet.exit_code == 0 and quiet.stderr == "" and json.loads(out.read_text(encoding="utf-8"))["score"] >= 0
    missing = run("-q", "check", str(tmp_path / "没有.txt"), "--no-model")
    assert missing.exit_code == 2 and "没有.txt" in missing.stderr


def test_quiet_silences_progress_bars_even_on_a_terminal(tmp_path, monkeypatch):
    from .conftest import ROOT

    monkeypatch.setenv("FORCE_COLOR", "1")  # rich then draws its bars into the captured streams
    corpus = tmp_path / "语料.jsonl"
    corpus.write_text("".join((ROOT / "corpus" / "bootstrap.jsonl").read_text(encoding="utf-8").splitlines(True)[:3]),
                      encoding="utf-8")
    loud = run("archive", "import", str(corpus), "--archive", str(tmp_path / "一.sqlite"))
    assert loud.exit_code == 0 and "存入档案" in loud.stderr
    quiet = run("-q", "archive", "import", str(corpus), "--archive", str(tmp_path / "二.sqlite"))
    assert quiet.exit_code == 0 and quiet.stderr == "" and "新存入 3 篇" in quiet.stdout
    inbox = tmp_path / "来稿" / "一县"
    inbox.mkdir(parents=True)
    (inbox / "a.txt").write_text(WEAK, encoding="utf-8")
    loud = run("batch", str(inbox.parent), "--out", str(tmp_path / "汇总一"), "--no-archive", "--no-model", "-j", "1")
    assert loud.exit_code == 0 and "检查中" in loud.stderr
    quiet = run("-q", "batch", str(inbox.parent), "--out", str(tmp_path / "汇总二"), "--no-archive", "--no-model", "-j", "1")
    assert quiet.exit_code == 0 and quiet.stderr == "" and "已检查 1 篇" in quiet.stdout


# -- folders and patterns ------------------------------------------------------------------

@pytest.fixture
def inbox(tmp_path):
    """来稿/一县/a.txt, 来稿/二县/深/b.md, an Office lock file, a hidden file and a hidden folder."""
    root = tmp_path / "来稿"
    (root / "一县").mkdir(parents=True)
    (root / "二县" / "深").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "一县" / "a.txt").write_text(WEAK, encoding="utf-8")
    (root / "二县" / "深" / "b.md").write_text(WEAK, encoding="utf-8")
    (root / "一县" / "~$a.docx").write_bytes(b"\x00lock")
    (root / "一县" / ".草稿.txt").write_text(WEAK, encoding="utf-8")
    (root / ".git" / "c.txt").write_text(WEAK, encoding="utf-8")
    (root / "一县" / "说明.pdf").write_bytes(b"%PDF")
    return root


def _sources(result) -> list[str]:
    return sorted(json.loads(line)["source"].replace("\\", "/").split("来稿/")[1] for line in result.stdout.splitlines())


def test_a_folder_is_searched_recursively_skipping_lock_and_hidden_files(inbox):
    result = run("check", str(inbox), "-f", "jsonl", "--no-model")
    assert result.exit_code == 0, result.output
    assert _sources(result) == ["一县/a.txt", "二县/深/b.md"]


def test_glob_patterns_are_expanded_by_the_tool(inbox):
    # the pattern reaches the tool unexpanded, as from a Windows shell
    result = run("check", f"{inbox}/**/*.txt", f"{inbox}/*/深/*.md", "-f", "jsonl", "--no-model")
    assert result.exit_code == 0, result.output
    assert _sources(result) == ["一县/a.txt", "二县/深/b.md"]
    twice = run("check", str(inbox), f"{inbox}/**/*.txt", "-f", "jsonl", "--no-model")
    assert _sources(twice) == ["一县/a.txt", "二县/深/b.md"]  # each draft once


def test_a_pattern_inside_a_hidden_folder_still_finds_its_drafts(tmp_path):
    # the folders a pattern starts from may be hidden (~/.local/…); what it matches is still filtered
    folder = tmp_path / ".工作" / "来稿"
    (folder / "深").mkdir(parents=True)
    for name in ("a.txt", "~$a.txt", ".b.txt", "深/c.txt"):
        (folder / name).write_text(WEAK, encoding="utf-8")
    result = run("check", f"{folder}/**/*.txt", "-f", "jsonl", "--no-model")
    assert result.exit_code == 0, result.output
    found = sorted(json.loads(line)["source"].replace("\\", "/").rsplit("来稿/", 1)[1] for line in result.stdout.splitlines())
    assert found == ["a.txt", "深/c.txt"]


def test_an_empty_folder_or_a_pattern_matching_nothing_is_an_error_the_rest_go_on(inbox, tmp_path):
    (tmp_path / "空").mkdir()
    result = run("check", str(tmp_path / "空"), f"{inbox}/*.docx", str(inbox / "一县" / "a.txt"), "--no-model")
    assert result.exit_code == 2
    assert "没有 .docx、.txt 或 .md 稿件" in result.stderr and "没有与这个通配符匹配的稿件文件" in result.stderr
    assert "深度得分" in result.stdout  # the one real draft is still checked


def test_an_explicit_lock_file_name_is_still_read(inbox):
    # named on purpose, it is not skipped: the loader says what it is
    result = run("check", str(inbox / "一县" / "~$a.docx"), "--no-model")
    assert result.exit_code == 2 and "~$a.docx" in result.stderr


# -- Ctrl-C --------------------------------------------------------------------------------

def test_ctrl_c_ends_with_one_chinese_line_and_exit_130(tmp_path, weak):
    import subprocess
    import sys

    script = ("import checker.cli as cli, checker.pipeline as p\n"
              "def interrupted(*a, **k):\n    raise KeyboardInterrupt\n"
              "p.Checker.check_path = interrupted\n"
              f"import sys; sys.argv = ['checker', 'check', '--no-model', {weak!r}]\n"
              "cli.main()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 130
    assert "已中断" in done.stderr and "Traceback" not in done.stderr and "Aborted" not in done.stderr


# -- the profile line reads as it is meant ------------------------------------------------

def test_profile_line_ticks_only_what_is_good_for_the_draft():
    from io import StringIO

    from rich.console import Console

    from checker.pipeline import Checker
    from checker.report import html, terminal

    report = Checker().check_text(WEAK, genre="problem")
    assert report.profile["boilerplate_heavy"] and not report.profile["exaggeration"]
    marks = dict((words, good) for good, words in terminal.profile_marks(report))
    assert marks["✗套话偏多"] is False and marks["✓没有夸大"] is True and marks["✗没讲具体问题"] is False
    assert "✓套话偏多" not in marks and "✓有夸大" not in marks
    buffer = StringIO()
    terminal.render(report, Console(file=buffer, force_terminal=True, color_system="standard", width=100))
    shown = buffer.getvalue()
    assert "\x1b[31m✗套话偏多" in shown and "\x1b[32m✓没有夸大" in shown  # red for bad, green for good
    page = html.render(report)
    assert '<span class="no">✗套话偏多</span>' in page and '<span class="yes">✓没有夸大</span>' in page


# -- SARIF for code-review tools ---------------------------------------------------------------

def test_sarif_output_has_the_required_structure_and_regions_point_at_the_words(weak, tmp_path):
    missing = str(tmp_path / "没有.txt")
    result = run("check", weak, missing, "-f", "sarif", "--no-model")
    assert result.exit_code == 2  # the missing file, as in every format
    log = json.loads(result.stdout)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    (sarif_run,) = log["runs"]
    driver = sarif_run["tool"]["driver"]
    assert driver["name"] == "checker" and driver["version"] == __version__
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids)) and all(rule["shortDescription"]["text"] for rule in driver["rules"])
    lines = open(weak, encoding="utf-8").read().split("\n")
    results = sarif_run["results"]
    assert results and {r["level"] for r in results} <= {"error", "warning", "note"}
    spans = 0
    for r in results:
        assert rule_ids[r["ruleIndex"]] == r["ruleId"] and r["message"]["text"]
        (location,) = r["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"].endswith("%E7%A8%BF%E4%BB%B6.txt")  # 稿件.txt, percent-encoded
        region = physical.get("region")
        if region:  # a span: its line and columns cut out exactly the flagged words
            spans += 1
            assert region["startLine"] == region["endLine"]
            text = lines[region["startLine"] - 1][region["startColumn"] - 1:region["endColumn"] - 1]
            assert text == region["snippet"]["text"] and len(text) == region["charLength"]
    assert spans and spans < len(results)  # whole-draft findings carry no region
    notes = sarif_run["invocations"][0]["toolExecutionNotifications"]
    assert sarif_run["invocations"][0]["executionSuccessful"] is False
    assert len(notes) == 1 and "文件不存在" in notes[0]["message"]["text"]


def _sarif_validator():
    from jsonschema import Draft7Validator

    from .conftest import ROOT

    schema = json.loads((ROOT / "tests" / "data" / "sarif-2.1.0-subset.schema.json").read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema)


def test_sarif_output_validates_against_the_specifications_structure(weak, tmp_path):
    import re

    from .conftest import ROOT

    missing = str(tmp_path / "没有.txt")
    result = run("check", weak, missing, str(ROOT / "examples" / "样稿.docx"), "-f", "sarif", "--no-model")
    piped = run("check", "-", "-f", "sarif", "--no-model", input=WEAK)
    validator = _sarif_validator()
    for output in (result.stdout, piped.stdout):
        log = json.loads(output)
        assert [e.message for e in validator.iter_errors(log)] == []
        uris = [a["location"]["uri"] for a in log["runs"][0]["artifacts"]]
        uris += [loc["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"] for loc in r["locations"]]
        for uri in uris:  # RFC 3986: only these characters, a % only before two hex digits, no scheme but file:
            assert re.fullmatch(r"(?:[A-Za-z0-9\-._~/:]|%[0-9A-F]{2})+", uri), uri
            assert uri == "-" or uri.startswith("file:///") or ":" not in uri.split("/")[0], uri
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in json.loads(piped.stdout)["runs"][0]["results"]} == {"-"}


def test_the_sarif_schema_used_in_the_tests_rejects_what_sarif_forbids(weak):
    import copy

    validator = _sarif_validator()
    log = json.loads(run("check", weak, "-f", "sarif", "--no-model").stdout)
    assert validator.is_valid(log)
    first = ("runs", 0, "results", 0)
    for path, value in [((*first, "level"), "info"),  # SARIF says note
                        (("runs", 0, "tool", "driver", "name"), None),
                        ((*first, "ruleID"), "ZG101"),  # a property SARIF does not define
                        ((*first, "message"), {"markdown": 1}),
                        (("runs", 0, "invocations", 0, "executionSuccessful"), None),
                        (("version",), "2.1")]:
        broken = copy.deepcopy(log)
        target = broken
        for key in path[:-1]:
            target = target[key]
        if value is None:
            del target[path[-1]]
        else:
            target[path[-1]] = value
        assert not validator.is_valid(broken), path
    spans = [r for r in log["runs"][0]["results"] if "region" in r["locations"][0]["physicalLocation"]]
    spans[0]["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0  # columns count from 1
    assert not validator.is_valid(log)


def test_sarif_names_files_as_uris_on_every_system():
    from checker.report.sarif import _uri

    assert _uri("来稿/一县.docx") == "%E6%9D%A5%E7%A8%BF/%E4%B8%80%E5%8E%BF.docx"
    assert _uri("C:\\来稿\\a b.docx") == "file:///C:/%E6%9D%A5%E7%A8%BF/a%20b.docx"  # not a scheme "C"
    assert _uri("\\\\server\\共享\\a.txt") == "file://server/%E5%85%B1%E4%BA%AB/a.txt"
    assert _uri("/home/王/#1.txt") == "file:///home/%E7%8E%8B/%231.txt"
    assert _uri("a:b.txt") == "a%3Ab.txt" and _uri("-") == "-"


# -- a Chinese Windows console (GBK code page) ----------------------------------------------------

def _on_gbk_console(*args):
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "gbk", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "checker.cli", *args], capture_output=True, env=env, timeout=120)


def test_terminal_report_on_a_gbk_console_degrades_symbols_instead_of_crashing(weak):
    done = _on_gbk_console("check", "--no-model", weak)
    assert done.returncode == 0, done.stderr.decode("gbk", "replace")
    shown = done.stdout.decode("gbk")  # the bytes are GBK, as the console expects
    assert "深度得分" in shown and "×套话偏多" in shown and "√没有夸大" in shown
    assert "░" not in shown and "Traceback" not in shown


def test_reports_for_programs_stay_utf8_when_redirected_on_a_gbk_console(weak):
    csv_done = _on_gbk_console("check", "--no-model", "-f", "csv", weak)
    assert csv_done.returncode == 0 and csv_done.stdout.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for Excel
    assert "深度得分" in csv_done.stdout.decode("utf-8-sig")
    json_done = _on_gbk_console("check", "--no-model", "-f", "json", weak)
    assert json.loads(json_done.stdout.decode("utf-8"))["title"] == "认真抓好落实"
    error = _on_gbk_console("check", "--no-model", "没有这篇.txt")
    assert error.returncode == 2 and "文件不存在" in error.stderr.decode("gbk")


def test_json_of_the_corpus_and_archive_commands_is_utf8_on_a_gbk_console(tmp_path):
    # a unit name GBK cannot carry (an emoji) crashed print() on a GBK console
    rows = [{"id": f"a{i}", "unit": "星火😀支部", "adopted": i % 2 == 0, "text": WEAK + str(i)} for i in range(4)]
    corpus = tmp_path / "语料.jsonl"
    corpus.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows), encoding="utf-8")
    validated = _on_gbk_console("corpus", "validate", "-f", "json", str(corpus))
    assert b"Traceback" not in validated.stderr
    assert "星火😀支部" in json.loads(validated.stdout.decode("utf-8"))["by_unit"]
    archive = tmp_path / "档案.sqlite"
    assert _on_gbk_console("-q", "archive", "import", str(corpus), "--archive", str(archive)).returncode == 0
    stats = _on_gbk_console("archive", "stats", "-f", "json", str(archive))
    assert stats.returncode == 0 and "星火😀支部" in json.loads(stats.stdout.decode("utf-8"))["by_unit"]


# -- wrapping at 80 columns -------------------------------------------------------------------------

def test_wrapped_lines_never_start_with_closing_punctuation_nor_split_a_number():
    from rich.cells import cell_len

    from checker.report.terminal import wrap_offsets

    text = "全县共有村干部1260名，其中35岁以下的只有186名，占14.8%。“一肩挑”村达到42个，占比100%。"
    for width in range(10, 40):
        cuts = wrap_offsets(text, width)
        lines = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
        assert "".join(lines) == text
        assert all(cell_len(line) <= width for line in lines)
        assert not any(line[0] in "。，、；：”%" for line in lines[1:])
        assert not any(line[-1] in "“（" for line in lines[:-1])
        for number in ("1260", "186", "14.8%", "100%"):
            assert any(number in line for line in lines), (width, lines)


def test_terminal_report_keeps_its_gutter_at_80_columns():
    from io import StringIO

    from rich.cells import cell_len
    from rich.console import Console

    from checker.pipeline import Checker
    from checker.report import terminal

    from .conftest import ROOT

    report = Checker().check_path(str(ROOT / "examples" / "样稿.docx"))
    buffer = StringIO()
    terminal.render(report, Console(file=buffer, width=80, color_system=None, soft_wrap=True))
    lines = buffer.getvalue().splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    body = [line for line in lines if "│ " in line and not line.startswith(("│", "╭", "╰"))]
    continued = [line for line in body if line.split("│", 1)[0].strip() == ""]
    assert len(continued) > 10  # long paragraphs and findings wrap under the gutter, not at column 0
    assert not any(line.split("│ ", 1)[1].lstrip()[:1] in tuple("。，、；：”") for line in body)


def test_json_for_one_unreadable_file_is_its_error_object(tmp_path):
    """A program reading stdout gets an answer it can parse for one file as for many."""
    binary = tmp_path / "坏稿.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    result = run("check", "-f", "json", str(binary))
    assert result.exit_code == 2
    start = result.stdout.index("{")
    answer = json.loads(result.stdout[start:result.stdout.rindex("}") + 1])
    assert answer["source"] == str(binary) and "二进制" in answer["error"]


def _all_parameters():
    from typer.main import get_command

    def walk(command):
        yield from command.params
        for sub in getattr(command, "commands", {}).values():
            yield from walk(sub)

    return list(walk(get_command(app)))


@pytest.mark.parametrize("value", ["", "80", "0", "-0", "-5", "007", " 5", "5 ", "5.0", "1_000", "+5", "abc",
                                   "99999999999999999999", "报告.html", "a//b/", ".", "-", "/dev/null",
                                   "tests", ("1.txt", "来稿/2.docx"), (), ("x", 3), 7, True, False, None])
def test_plain_values_are_converted_as_typers_own_adapters_convert_them(value):
    """cliparams converts plain values without pydantic: the same value, or the same error."""
    from typer._click import Context
    from typer._click.exceptions import BadParameter
    from typer._coercion import build_runtime_param
    from typer.main import get_command

    from checker.cliparams import is_plain, plain_runtime_param

    context = Context(get_command(app))
    checked = 0
    for param in _all_parameters():
        if not is_plain(param.type_descriptor):
            continue
        outcomes = []
        for runtime in (plain_runtime_param(param.type_descriptor), build_runtime_param(param.type_descriptor)):
            try:
                converted = runtime.coerce(value, param=param, ctx=context)
                outcomes.append(("value", type(converted), converted))
            except BadParameter as exc:
                outcomes.append(("error", exc.format_message()))
        assert outcomes[0] == outcomes[1], (param.name, value)
        checked += 1
    assert checked > 20


def test_advice_does_not_fail_a_run(tmp_path):
    # 提升建议 (ZG301 on a news item) keeps its points but is no fault: --fail-on does not count it
    path = tmp_path / "动态.txt"
    path.write_text("柳溪镇举办后备干部培训班\n3月12日，柳溪镇举办后备干部培训班，全镇18个村的42名后备干部参加。\n"
                    "培训班邀请县委党校王明老师讲授了村级财务管理课程。\n"
                    "学员们到青石村察看了村务公开栏，听村支书李强介绍了台账怎么记。", encoding="utf-8")
    report = json.loads(run("check", str(path), "-g", "news", "-f", "json", "--no-model", "--ignore", "ZG913").stdout)
    assert report["findings"] == [] and [a["rule"] for a in report["advice"]] == ["ZG301"]
    assert run("check", str(path), "-g", "news", "--no-model", "--ignore", "ZG913", "--fail-on", "info").exit_code == 0
