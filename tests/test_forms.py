"""Forms of piece (rules/genres.yaml `forms`): a policy explainer and an official reply are judged
by what they owe their reader, not by the rules of the genre they otherwise read as. Our own texts."""

from pathlib import Path

import pytest

from checker.errors import RuleError
from checker.findings import genre_note
from checker.rulebook import effective, load_rule
from checker.schema import Names

SLOGAN_EXPLAINER = """《村级组织运转经费管理办法》政策解读
《办法》的出台，是我县深化基层治理改革的重要举措，具有十分重要的现实意义。
《办法》坚持问题导向和目标导向相统一，着力构建权责清晰、运转高效的经费保障体系。
《办法》明确了经费保障的基本原则，强调要把有限的资金用在刀刃上，切实增强村级组织服务群众的能力。
各乡镇要提高思想认识，切实加强组织领导，确保《办法》落地见效，为乡村振兴提供坚强保障。
大家要深刻领会《办法》精神，切实增强执行《办法》的自觉性。"""

PLAIN_EXPLAINER = """《村级组织运转经费管理办法》政策解读
《办法》适用于全县186个村的村级组织，社区另有规定。
从2026年1月1日起，每个村每年的运转经费由8万元提高到10万元，县财政在1月和7月分两次拨付。
经费可以用于村干部误工补贴、办公水电和党员活动，不能用于吃喝招待。
村里需要支出时，由村党组织书记填写《支出审批单》，到镇上便民大厅的农经窗口报账。
有疑问的，可以拨打县农业农村局咨询电话，也可以在“清风青河”公众号留言。"""

# the same significance told as the news of the rule's issuing: not an explainer
ISSUED_NEWS = SLOGAN_EXPLAINER.replace("《村级组织运转经费管理办法》政策解读", "我县出台村级组织运转经费管理办法")

REPLY = """青河县民政局对县十八届人大三次会议第27号建议的答复
王建华代表：
您提出的《关于做好农村留守老人关爱服务的建议》（第27号）收悉。现答复如下：
我局高度重视农村留守老人关爱服务工作，始终将其作为民生保障的重要内容，不断提高服务水平。
今年，全县新建农村互助幸福院12所，为1360名留守老人建立了关爱台账，每月上门探访一次。
下一步，我局将持续推进，推动关爱服务提质增效。
感谢您对民政事业的关注。"""


@pytest.mark.parametrize("title,form", [
    ("《村级后备干部管理规定》解读", "explainer"),
    ("市委组织部负责同志就乡土人才评选答记者问", "explainer"),
    ("一图读懂：村干部报酬怎么定", "explainer"),
    ("城乡居民医保缴费明白纸", "explainer"),
    ("青河县民政局对县十八届人大三次会议第27号建议的答复", "reply"),
    ("关于政协第115号提案的答复", "reply"),
    # a reply made public as a notice (set 133: read as a problem piece and told its figures were few)
    ("青河县委组织部关于县人大代表《关于提高村干部体检标准的建议》办理情况的公示", "reply"),
    # a meeting or a drive to explain a rule is news or practice; a story is a story
    ("西湖社区召开物业负责人座谈会暨垃圾分类规范解读会", None),
    ("青河县开展政策解读进村入户活动", None),
    ("老周的两本账", None),
    # 解读 as a verb inside a title: an expert reading an industry, helping people read a policy (set 119)
    ("县铸造协会会长解读铸造企业为何招不到年轻人", None),
    ("理顺资讯渠道 帮助返乡青年解读创业政策", None),
])
def test_the_form_is_read_from_the_title(checker, title, form):
    report = checker.check_text(f"{title}\n今年以来，青河县在12个乡镇推行这项工作，全县186个村都已落实。")
    assert report.form == form


def test_a_reply_is_known_by_its_opening_and_keeps_its_form_under_a_given_genre(checker):
    untitled = REPLY.replace("青河县民政局对县十八届人大三次会议第27号建议的答复\n", "关于留守老人关爱服务\n")
    assert checker.check_text(untitled).form == "reply"
    given = checker.check_text(PLAIN_EXPLAINER, genre="experience")
    assert (given.genre, given.form) == ("experience", "explainer")
    assert genre_note(given) == "经验做法（政策解读，指定）"
    assert given.to_json()["form"] == "explainer"
    assert checker.check_text(ISSUED_NEWS).to_json()["form"] is None


# (ZG517 too: its words for 网宣 ask for the figures of people and stories; set 140)
STORY_RULES = {"ZG517", "ZG603", "ZG632", "ZG633", "ZG634"}


def test_an_explainer_is_asked_what_a_reader_must_do_not_for_a_story(checker):
    slogans = checker.check_text(SLOGAN_EXPLAINER, genre="propaganda")
    rules = {f.rule for f in slogans.findings + slogans.advice}
    assert "ZG516" in rules and not rules & STORY_RULES
    finding = next(f for f in slogans.findings if f.rule == "ZG516")
    assert "政策解读" in finding.message and "0 项" in finding.message
    plain = checker.check_text(PLAIN_EXPLAINER, genre="propaganda")
    assert "ZG516" not in {f.rule for f in plain.findings + plain.advice}
    assert plain.score >= slogans.score + 25
    # the same slogans told as the news of the rule's issuing: the story rules speak, ZG516 does not
    news = checker.check_text(ISSUED_NEWS, genre="propaganda")
    news_rules = {f.rule for f in news.findings + news.advice}
    assert "ZG516" not in news_rules and news_rules & STORY_RULES


def test_a_reply_is_not_told_its_title_is_long_nor_its_opening_empty(checker):
    report = checker.check_text(REPLY)
    rules = {f.rule for f in report.findings + report.advice}
    assert report.form == "reply" and "ZG941" not in rules
    assert not [f for f in report.findings if f.rule == "ZG501" and "收悉" in f.excerpt]
    # a news item's title as long is told so
    long_news = checker.check_text(REPLY.replace(
        "青河县民政局对县十八届人大三次会议第27号建议的答复",
        "青河县民政局今年新建互助幸福院十二所并为全县留守老人建立关爱台账一千三百余份").replace(
        "您提出的《关于做好农村留守老人关爱服务的建议》（第27号）收悉。现答复如下：\n", ""))
    assert long_news.form is None and "ZG941" in {f.rule for f in long_news.findings + long_news.advice}


def test_effective_settings_of_a_form(checker):
    rules = {rule.id: rule for rule in checker.all_rules}
    assert effective(rules["ZG632"], "propaganda") is not None
    assert effective(rules["ZG632"], "propaganda", form="explainer") is None
    assert effective(rules["ZG516"], "propaganda") is None
    assert effective(rules["ZG516"], "news", form="explainer") is not None
    # a form's overrides come after the genre's and before the user's
    explained = effective(rules["ZG509"], "propaganda", form="explainer")
    assert "转述" in explained.message and explained.cap_score == rules["ZG509"].cap_score
    assert effective(rules["ZG509"], "propaganda", {"severity": "info"}, form="explainer").severity == "info"


NAMES = Names(families=("not_specific",), genres=("experience", "propaganda"), kinds=("density",),
              forms=("explainer", "reply"))
RULE = """id: ZG599
family: not_specific
kind: density
severity: info
dimension: specificity
penalty: 5
title: 试验
measure: guidance
below: 3
{extra}
message: "试验"
suggestion: "试验"
why: "试验"
examples:
  trigger: ["一句。"]
  clean: ["另一句。"]
"""


@pytest.mark.parametrize("extra,error", [
    ("forms: {memo: off}", "稿件形式"),
    ("forms: {explainer: [info]}", "forms.explainer"),
    ("forms: {explainer: {colour: red}}", "colour"),
    ("only_forms: [memo]", "稿件形式"),
    ("needs_whole: true\nforms: {explainer: {excerpt_only: true}}", "forms.explainer.needs_whole"),
])
def test_a_rule_file_naming_an_unknown_form_or_override_is_refused(tmp_path, extra, error):
    path = Path(tmp_path) / "not_specific" / "ZG599.yaml"
    path.parent.mkdir()
    path.write_text(RULE.format(extra=extra), encoding="utf-8")
    with pytest.raises(RuleError, match=error):
        load_rule(path, names=NAMES)


def test_tables_name_the_form_with_the_genre():
    from checker.findings import genre_cell

    assert genre_cell("propaganda", None, "explainer") == "网宣稿件（政策解读）"
    assert genre_cell("problem", "experience", "reply") == "问题建议（答复函，也像经验做法）"
    assert genre_cell("problem", "experience") == "问题建议（也像经验做法）"
    assert genre_cell("news") == "工作动态"



CEREMONY = ("尊敬的各位来宾，老师们、同学们：\n大家上午好！金秋时节，第三届职业教育博览会今天开幕了。\n"
            "我代表学校党委，欢迎各位领导、各位嘉宾光临！感谢多年来帮过学校的各界朋友！\n"
            "这些年，学校始终坚持立德树人，坚持产教融合、校企合作，走出了一条特色发展之路。\n"
            "本届博览会以“产教融合、共建共享”为主题，搭建了学校与企业交流合作的平台。\n"
            "希望各位嘉宾多提宝贵意见，希望同学们珍惜机会、学有所成。\n最后，预祝本届博览会圆满成功！祝大家身体健康、工作顺利！")


def test_a_speech_for_an_occasion_is_not_asked_for_analysis_or_problems():
    """Audit 164 (and 137, 147, 152): a 致辞 at an opening ceremony and a 感言 were asked to weigh a matter with
    local data (ZG301) and to name a problem (ZG201); both readers judged such findings wrong 7 times in 9. The
    same words under a working speech's title are still asked; its slogans are still named either way."""
    import checker
    greeting = checker.check(CEREMONY, title="职教博览会开幕致辞（校党委书记）")
    assert greeting.form == "ceremonial"
    rules = {f.rule for f in list(greeting.findings) + list(greeting.advice)}
    assert not rules & {"ZG201", "ZG301", "ZG303", "ZG402", "ZG403"}
    assert "ZG101" in rules
    working = checker.check(CEREMONY, title="校党委书记在全校教学推进会的讲话")
    assert working.form is None
    assert "ZG301" in {f.rule for f in list(working.findings) + list(working.advice)}
