"""End-to-end pairs for 网宣 (issue 10), our own texts: the same facts told as a story and as a
hagiography; the same policy explained plainly and in slogans. The plain, concrete version must
score clearly higher, and the report must say why (over-elevation, stories, readability)."""

import pytest

STORY = """老周的两本账
早上6点半，柳溪村党支部书记周建国已经在村部门口扫地了。他1998年回村，那年村里欠债40多万元，账本锁在老会计家的柜子里。
“先把账摆出来。”他把三年的收支一笔一笔抄在大红纸上，贴在村部墙上。有村民半夜去看，拿手电筒一行行照。
第二年，村里把河滩上荒了十几年的120亩地租给合作社，一年收租金9.6万元。2004年，欠款还清了。
也有没办成的事。2010年他想建冷库，跑了七趟县里没批下来，“那几年睡不着觉，头发白了一半”。
今年他64岁，村里选出了35岁的接班人。他说：“我这本账，得一页一页交清楚。”"""

HERO = """用生命诠释初心的时代楷模
他是群众心中的好书记，是全村人的主心骨。二十多年来，他恪尽职守、任劳任怨，舍小家为大家，不分白天黑夜地奔波在村里。
有谁见过一连几年不休一天假的村支书？有谁见过把群众的事看得比自己的命还重的带头人？
他先后荣获全县优秀共产党员、全市劳动模范、全省优秀党务工作者等称号。
他用实际行动诠释了一名共产党员的初心使命，谱写了一曲无私奉献的赞歌。“这些都是我应该做的。”他总是这样说。
采访结束，我们更加深刻地体会到了老党员一心为民的崇高精神。"""

PLAIN_POLICY = """村干部报酬怎么定？一次说清楚
今年起，全县村党组织书记的基本报酬由每月2600元提高到3200元，由县财政按月发到个人账户。
另有绩效报酬：年底由乡镇考核，考核结果分四档，第一档每年多发6000元，第四档不发。
连续干满两届、考核都在第二档以上的，县里再按每年1000元给一次性补贴。
有疑问可以到乡镇组织办查自己的考核分，分数和扣分理由都要当面讲清。"""

SLOGAN_POLICY = """凝心聚力强保障 激励担当促振兴
全县坚持以人民为中心的发展思想，高度重视村干部队伍建设，不断健全完善激励保障机制。
坚持严管和厚爱相结合，激励和约束并重，切实增强村干部的获得感、幸福感、安全感。
各级各部门要提高政治站位，强化责任担当，凝聚强大合力，营造浓厚氛围。
努力打造一支政治过硬、本领高强、作风优良、群众满意的村干部队伍，为乡村振兴提供坚强保障。"""


@pytest.fixture(scope="module")
def reports(checker):
    return {name: checker.check_text(text, genre="propaganda")
            for name, text in {"story": STORY, "hero": HERO, "plain": PLAIN_POLICY, "slogan": SLOGAN_POLICY}.items()}


def test_a_story_scores_above_a_hagiography_of_the_same_village(reports):
    story, hero = reports["story"], reports["hero"]
    assert story.score >= hero.score + 25
    families = {f.family for f in hero.findings}
    assert {"over_elevation", "slogan_no_story"} <= families
    assert {"ZG603", "ZG611", "ZG612", "ZG631"} <= {f.rule for f in hero.findings}
    assert not {f.family for f in story.findings} & {"over_elevation", "slogan_no_story"}


def test_a_plain_explainer_scores_above_slogans_and_reads_easier(reports):
    plain, slogan = reports["plain"], reports["slogan"]
    assert plain.score >= slogan.score + 25
    assert plain.readability.index >= slogan.readability.index + 30
    # too few moments is told as advice (提升建议), its points counted (audits 64-87: readers judged
    # it right on 3 of 8 real pieces)
    assert "ZG633" in {f.rule for f in slogan.advice} and "ZG633" not in {f.rule for f in slogan.findings}
    assert any(d.rule == "ZG633" and d.points > 0 for d in slogan.deductions)


NAMELESS_ODE = """致敬默默奉献的组工人
走进组织部，看到的是一张张年轻而忙碌的面孔。这里的年轻人个个能写会算、肯吃苦。
加班到深夜是常事，灯光常常亮到凌晨，桌上的材料堆得像小山。
他们用青春诠释忠诚，用汗水浇灌初心，用行动书写担当。
无论工作多么繁重，他们总是笑着面对，从不叫苦叫累。
这就是组工人，平凡而伟大，默默无闻却光彩夺目。"""


def test_an_ode_that_names_no_one_is_capped_and_naming_her_lifts_it(checker):
    ode = checker.check_text(NAMELESS_ODE, genre="propaganda")
    assert "ZG509" in {f.rule for f in ode.findings} and ode.score <= 50
    assert "抒怀" in next(f.message for f in ode.findings if f.rule == "ZG509")
    named = checker.check_text(NAMELESS_ODE.replace("加班到深夜是常事", "去年3月，东山县委组织部干部科的李晓燕连着加了9天班"),
                               genre="propaganda")
    assert "ZG509" not in {f.rule for f in named.findings} and named.score > ode.score
