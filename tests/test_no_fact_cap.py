"""ZG507: a draft with not one specific fact anywhere is capped at 50, whatever its genre;
one real fact lifts the cap (and a supported 全部 is a fact, not a claim)."""

import pytest

from checker.pipeline import Checker

EMPTY = ("认真抓好落实\n我们高度重视，认真贯彻落实上级部署，取得了明显成效，今后将进一步加强领导、狠抓落实。")
EMPTY_LONG = ("各级党组织切实提高政治站位，把这项工作摆在突出位置。\n"
              "通过扎实有效的工作，干部队伍建设取得了新的进展，群众满意度不断提升。\n"
              "下一步，我们将继续加强领导，完善机制，推动各项工作再上新台阶。")


@pytest.fixture(scope="module")
def checker():
    return Checker()


@pytest.mark.parametrize("genre", [None, "news", "experience", "propaganda", "speech"])
def test_no_fact_at_all_caps_the_score(checker, genre):
    for text in (EMPTY, EMPTY_LONG):
        report = checker.check_text(text, genre)
        assert "ZG507" in {f.rule for f in report.findings}
        assert report.score <= 50


def test_one_local_fact_lifts_the_cap(checker):
    text = EMPTY_LONG + "\n今年以来，东河镇为14个村各选定2名后备干部，其中35岁以下的有19人。"
    report = checker.check_text(text, "experience")
    assert "ZG507" not in {f.rule for f in report.findings}


def test_a_supported_all_is_a_fact(checker):
    report = checker.check_text("全县换届工作顺利完成\n截至3月底，全县42个村已全部完成村“两委”换届，新当选村党组织书记平均年龄41岁。", "news")
    assert "ZG507" not in {f.rule for f in report.findings}
