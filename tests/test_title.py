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


def test_a_speech_title_with_its_occasion_is_a_title_and_the_occasion_is_no_length(checker):
    from checker.load import Source

    text = ("转作风 办实事 让群众少跑腿多办事——李向东同志在全县机关作风建设推进大会上的讲话\n"
            "同志们，今天我们召开这次大会，主要任务是部署下半年的机关作风建设。")
    report = checker.check_text(text, genre="speech")
    assert report.title.startswith("转作风") and report.title.endswith("的讲话")  # the first line is the title
    assert "ZG941" not in {f.rule for f in report.findings}
    # the title proper still counts: a long one before the occasion is flagged
    title = "转作风办实事，让群众少跑腿多办事，让企业少等待多发展，让干部多担当多作为，让机关多服务——李向东同志在全县大会上的讲话"
    given = checker.check_source(Source("-", f"{title}\n同志们，今天我们召开这次大会。", title), genre="speech")
    assert "ZG941" in {f.rule for f in given.findings}


def test_a_subtitle_or_byline_after_the_dash_is_not_counted(checker):
    # readers of blind set 58 judged the long-title finding wrong on a short headline with its
    # ——记… subtitle and on one with a speaker's byline: the headline is what a reader takes in
    from checker.load import Source

    def long_title(title, genre):
        report = checker.check_source(Source("-", f"{title}\n清晨五点，王守义已经站在船头。", title), genre=genre)
        return "ZG941" in {f.rule for f in report.findings}

    assert not long_title("一条渡船守了二十八年——记青石镇渡口村老党员王守义和他那条从来没有断过一天的渡运路", "propaganda")
    assert not long_title("党群同心守诚信 市场兴旺有奔头——青石镇农贸市场联合党支部书记 王守义", "speech")
    # a long headline is still long, with or without a subtitle after it
    assert long_title("青石镇渡口村老党员王守义守着一条渡船二十八年从来没有断过一天全村人的出行路——记王守义", "propaganda")
