"""An office extends the shipped tables (错误写法→规范写法 substitutions.tsv, 简称→全称
full_names.tsv) with its own files, registered in checker.toml `[lexicons]`."""

import pytest

from checker.config import Config, find_config
from checker.errors import CheckerError, RuleError
from checker.pipeline import Checker

DRAFT = "测试稿件\n县委两新工委组织42个党支部开展结对，党群中心全年开放300天。\n"


def _office(tmp_path, substitutions: str, full_names: str) -> Config:
    (tmp_path / "本单位规范写法.tsv").write_text(substitutions, encoding="utf-8")
    (tmp_path / "本地机构简称.tsv").write_text(full_names, encoding="utf-8")
    (tmp_path / "checker.toml").write_text(
        '[lexicons]\nsubstitutions = ["本单位规范写法.tsv"]\nfull_names = ["本地机构简称.tsv"]\n', encoding="utf-8")
    return find_config(tmp_path)


def test_office_rows_are_merged_with_the_shipped_ones(tmp_path):
    config = _office(tmp_path, "# 本单位\n党群中心\t党群服务中心\t本县统一叫法\n",
                     "两新工委\t非公有制经济组织和社会组织工作委员会\t本县机构\n")
    report = Checker(config).check_text(DRAFT + "截止目前，全县已完成换届。\n", genre="news")
    by_rule = {(f.rule, f.excerpt): f for f in report.findings}
    assert "“党群服务中心”" in by_rule[("ZG901", "党群中心")].message
    assert ("ZG901", "截止目前") in by_rule  # the shipped table still applies
    assert "非公有制经济组织和社会组织工作委员会" in by_rule[("ZG902", "两新工委")].message
    plain = Checker().check_text(DRAFT, genre="news")
    assert not [f for f in plain.findings if f.excerpt in ("党群中心", "两新工委")]


def test_an_office_row_replaces_a_shipped_one(tmp_path):
    config = _office(tmp_path, "截止目前\t截至目前为止\t本单位体例\n", "")
    report = Checker(config).check_text("测试稿件\n截止目前，全县已完成换届。\n", genre="news")
    assert [f.message for f in report.findings if f.rule == "ZG901"] == ["“截止目前”写法不规范，应为“截至目前为止”"]


def test_a_missing_office_file_is_named(tmp_path):
    config = Config(lexicons={"substitutions": [tmp_path / "没有这个文件.tsv"]}, source=tmp_path / "checker.toml")
    with pytest.raises(RuleError, match="没有这个文件.tsv"):
        Checker(config)


def test_a_broken_office_row_is_named_with_its_line(tmp_path):
    config = _office(tmp_path, "# 注释\n党群中心 党群服务中心\n", "")
    with pytest.raises(RuleError, match=r"本单位规范写法.tsv 第 2 行"):
        Checker(config).kinds


def test_an_unknown_table_name_lists_the_choices(tmp_path):
    (tmp_path / "x.tsv").write_text("a\tb\n", encoding="utf-8")
    config = Config(lexicons={"replacements": [tmp_path / "x.tsv"]}, source=tmp_path / "checker.toml")
    with pytest.raises((RuleError, CheckerError), match="full_names"):
        Checker(config)


def test_short_form_in_the_title_needs_no_expansion_but_the_body_does(checker):
    report = checker.check_text("县住建局排查危房\n柳溪镇联合县住建局登记危房412户。\n", genre="news")
    found = [(f.excerpt, f.start) for f in report.findings if f.rule == "ZG902"]
    assert found == [("住建局", report.text.index("住建局", 8))]
