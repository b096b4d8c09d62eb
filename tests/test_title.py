"""Title checks (rules/title/): what counts toward a title's length, and when a title is a
slogan. The rules' own examples run in test_rule_examples.py."""

import pytest

from checker.kinds import title_chars, title_core


@pytest.mark.parametrize("title,core", [
    ("【最美基层干部】柳溪村的渡船", "柳溪村的渡船"),
    ("典型案例 | 柳溪镇：42个村按期办结", "柳溪镇：42个村按期办结"),
    ("七一时评|当好新时代的组工干部", "当好新时代的组工干部"),
    ("柳溪村的渡船（前沿观察 从严治党⑥）", "柳溪村的渡船"),
    ("柳溪镇42个村按期办结", "柳溪镇42个村按期办结"),
])
def test_column_tags_are_not_the_writers_title(title, core):
    assert title_core(title) == core


def test_punctuation_and_spaces_do_not_count():
    assert title_chars("柳溪镇“坐班值守”：42个村，群众少跑路") == 16


def test_a_long_title_given_by_the_document_is_flagged_with_its_count(checker):
    from checker.load import Source

    title = "【基层一线】柳溪镇建立坐班值守和来访登记制度，全镇42个村来访事项按期办结率达96%，群众满意"
    report = checker.check_source(Source("-", f"{title}\n今年以来，柳溪镇推行坐班值守。", title), genre="news")
    long = [f for f in report.findings if f.rule == "ZG941"]
    assert len(long) == 1 and "38 个字" in long[0].message
    assert (long[0].start, long[0].end) == (0, len(title))


def test_no_title_no_title_findings(checker):
    report = checker.check_text("强基固本，铸魂育人，凝心聚力，砥砺奋进。", genre="experience")
    assert not [f for f in report.findings if f.family == "title"]
