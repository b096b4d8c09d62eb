"""Structure is not content: headings, bylines, mastheads and date lines get their own role
(rules/structure.yaml), are not judged or counted as body, and headings still steer the
proposal judgement."""

import pytest

import checker
from checker.load import Source, guess_title
from checker.structure import paragraph_role

DRAFT = """组工信息 第12期
东山镇破解年轻村干部断档难题
2024年3月5日
通讯员：周小林
一、基本情况
东山镇14个村现有35岁以下村干部9人，只占村干部总数的11%，比三年前少了7人。
二、存在的问题
有3个村连续两年没有发展一名年轻党员，换届时后备人选难找。
三、对策建议
由镇党委牵头，在6月底前为每个村建立不少于2人的后备干部名册。"""


@pytest.mark.parametrize("line,role", [
    ("组工信息 第12期", "meta"),
    ("2024年3月5日", "meta"),
    ("通讯员：周小林", "meta"),
    ("（记者 周小林 通讯员 王红）", "meta"),
    ("编者按：这是一组来自基层的调研。", "meta"),
    ("【导读】年轻干部下乡两年，他们看到了什么？", "meta"),
    ("导读：本期刊发一组关于村级债务的调研。", "meta"),
    ("一、基本情况", "heading"),
    ("（二）存在的问题", "heading"),
    ("2.工作成效", "heading"),
    ("一、坚持党建引领，激发发展活力", "heading"),
    ("存在的主要问题：", "heading"),
    ("从一条路开始的驻村工作", "heading"),
    ("■本报记者 周小林", "meta"),
    ("组工信息", "meta"),
    ("中共东山县委组织部 2024年3月5日", "meta"),
    ("（东山镇党委供稿）", "meta"),
    ("东山镇党委 供稿", "meta"),
    ("全镇有党员3200名", "body"),
    ("东山镇14个村现有35岁以下村干部9人，只占村干部总数的11%。", "body"),
    ("一、今年以来，全镇14个村全部建立了后备干部名册，共储备后备干部41人，其中大专以上学历的有23人。", "body"),
    # a numbered label, a colon and one summing-up line (set 110): a heading, though longer than 30
    ("一、主要做法：先摸清底数再定方案，“青苗基金”把零散的捐赠引到社区的小事上。", "heading"),
    # a numbered paragraph that opens with a short phrase and a colon, then reports: still body
    ("二、今年以来：全镇14个村全部建立了后备干部名册，共储备后备干部41人，其中大专以上学历的有23人。", "body"),
])
def test_roles(line, role):
    assert paragraph_role(line) == role


def test_the_masthead_is_not_the_title():
    assert guess_title(DRAFT) == "东山镇破解年轻村干部断档难题"


def test_only_body_paragraphs_are_counted_and_judged():
    report = checker.check(DRAFT)
    assert report.title == "东山镇破解年轻村干部断档难题"
    assert report.stats["paragraphs"] == 3
    assert report.stats["sentences"] == 3
    assert report.profile["specific"]  # three of three body paragraphs carry facts


def test_a_proposal_heading_still_marks_what_follows(checker):
    from checker.segment import segment

    document = segment(Source("-", DRAFT, guess_title(DRAFT)))
    signals = checker.signal_set.analyse(document)
    last = signals.body()[-1][1]
    assert last.forward and last.actionable


def test_a_draft_of_nothing_but_short_numbered_lines_is_still_judged():
    report = checker.check("一、高度重视\n二、加强领导\n三、狠抓落实", title="工作要点")
    assert report.stats["paragraphs"] == 3


def test_a_stop_inside_a_book_title_does_not_end_the_sentence():
    report = checker.check("学习体会\n读了《组织部的灯，亮了！》一文，我很受触动。第二句在这里。\n")
    assert report.stats["sentences"] == 2


def test_a_lead_in_note_is_not_judged_as_a_paragraph():
    """Set 157: a 【导读】 summing up the article it opens was told it showed no person or scene
    (ZG632; both readers: wrong, a lead-in note sums up by nature). The note is the editor's, not a
    paragraph of the story; the same words as the story's own paragraph are judged."""
    note = "各地要在提升服务品质、稳定客源、降低成本等方面找出新办法，把公益性和市场化结合起来，不断增强群众的获得感和幸福感，推动养老服务工作再上新台阶。"
    story = ("去年冬天，青石村的周大爷摔了一跤，住进了镇卫生院。\n"
             "村里的网格员李红每天傍晚去病房看他，帮他把药分好装进小盒。")
    rules = lambda text: {f.rule for f in checker.check(text, title="守在老人身边的网格员", genre="propaganda").findings}
    assert not {"ZG632", "ZG501"} & rules(f"【导读】{note}\n{story}")
    assert {"ZG632", "ZG501"} & rules(f"{note}\n{story}")


def test_a_columns_name_in_the_title_is_not_the_writers_slogan():
    """Set 158: a feature whose title opened with its column's name and a bar (…丨“猪倌书记”…) was told the
    column's name was a stock phrase (ZG101; both readers: wrong, it is the column, not the writer's
    words). The label before or after a bar (the shorter side) or in a leading 【…】 is the publisher's;
    the same words with no bar are the headline's own."""
    body = ("2005年，郑某考上农业大学畜牧专业，毕业后在武汉一家饲料公司工作了十年。\n"
            "2016年，他回到村里，带着12户村民建起了养猪场，当年出栏生猪800头。")

    def slogans(title):
        report = checker.check(f"{title}\n{body}", genre="propaganda")
        return [f.excerpt for f in report.findings + report.advice if f.rule == "ZG101"]

    assert slogans("凝心聚力谱新篇丨养猪书记郑某回村的十年") == []
    assert slogans("【凝心聚力谱新篇】养猪书记郑某回村的十年") == []
    assert slogans("养猪书记郑某回村的十年｜凝心聚力谱新篇") == []
    assert slogans("养猪书记郑某回村的十年 凝心聚力谱新篇") == ["凝心聚力"]
    # (the longer side of the bar is the headline: its slogan is the writer's)
    assert "凝心聚力" in slogans("郑某回村｜凝心聚力谱写乡村振兴新篇章")
