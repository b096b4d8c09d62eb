"""Analysis on real text needs facts behind it: a cause stated in general words about a
general problem (由于…较少，导致…难以…) is the stock analysis editors strike out; the same
cause with a figure is analysis."""

import pytest


def only(signals_of, sentence):
    ((_, sig),) = signals_of(sentence).body()
    return sig


def test_generic_cause_of_a_generic_problem_is_not_analysis(signals_of):
    sig = only(signals_of, "由于多数企业规模小，党员数量相对较少，导致组织活动难以开展。")
    assert not sig.analysis


def test_the_same_cause_with_figures_is_analysis(signals_of):
    sig = only(signals_of, "由于全镇43家企业中有31家员工不足20人，党员平均每家不到2名，导致组织活动难以开展。")
    assert sig.analysis


def test_narrative_words_are_not_analysis(signals_of):
    assert not only(signals_of, "他通过“公司+村+家庭农场”模式，将负债百万元的落后村打造成年收入超千万元的示范村。").analysis
    assert not only(signals_of, "一小时下来，他的微信步数显示4000多步。").analysis
    assert not only(signals_of, "全县42个村，处处可见党员志愿者的身影。").analysis
    assert not only(signals_of, "记者想洗漱，却发现门边的水桶已见底，村部停水已经3天了。").analysis


def test_what_data_shows_and_what_follows_are_analysis(signals_of):
    assert only(signals_of, "问卷数据显示，63%的受访村干部每月要填报20张以上表格，比三年前多了一倍。").analysis
    assert only(signals_of, "由此可见，全镇43个村中有31个村的问题出在报酬上，而不是在培训上。").analysis


def test_a_monthly_pay_figure_is_a_fact_not_a_rule_setting(signals_of):
    assert "parameter" not in only(signals_of, "村干部报酬每月不到2000元。").facts
    # a count still standing each year is a fact (set 74: a speech's figure of people leaving to work)
    assert "parameter" not in only(signals_of, "全县每年还有1.2万人外出务工。").facts
    assert "parameter" in only(signals_of, "每年有2次集中轮训。").facts
    assert "parameter" in only(signals_of, "每周学习不少于1次。").facts
    assert "parameter" in only(signals_of, "群众来办的事，要在5个工作日内办结。").facts


def test_an_outcome_stated_as_a_result_is_an_effect(signals_of):
    assert only(signals_of, "全县清理村级组织牌子1300余块，化解矛盾纠纷36起。").effect
    assert only(signals_of, "两年来回村任职的大学生中，有30多人当选村委会主任。").effect
    # built or grown, 了 making it done
    assert only(signals_of, "青石镇在物流园区的12家企业中建立了9个党支部。").effect
    assert only(signals_of, "老李带着乡亲们种植了高山蔬菜300多亩。").effect
    # disputes mediated, as 化解: what the residents got, not a meeting held
    assert only(signals_of, "驻村工作组半年里在村部调解邻里纠纷47起。").effect


def test_a_noun_of_farming_or_a_share_reached_is_no_effect(signals_of):
    assert not only(signals_of, "全县林下种植面积约3万亩，涉及8个乡镇。").effect
    assert not only(signals_of, "受访的200名村干部中，女性占比达31.5%。").effect


def test_activity_counts_with_a_result_verb_are_not_effects(signals_of):
    assert not only(signals_of, "累计组织参观学习420人次，完成培训任务。").effect
    assert not only(signals_of, "召开推进会12次，完成了年度部署。").effect
    assert not only(signals_of, "镇里举办人民调解员培训3期，调解工作有了新起色。").effect


def test_a_warning_or_condition_is_not_a_problem_found(signals_of):
    assert not only(signals_of, "如果不认真学习，就会跟不上时代前进的步伐。").problem
    assert not only(signals_of, "躺平心态绝不能成为年轻干部的倾向。").problem


@pytest.mark.parametrize("sentence", [
    "回到村里，他才发现这条走了几十年的路，熟得不能再熟。",  # 得不能再: an idiom of degree
    "学习会上逐条学习了“八个严禁、十二个不准”的换届纪律。",  # numbered prohibitions, a name
    "制度规定，党员干部不准在村集体企业兼职取酬。",  # 不准 as "not allowed"
    # round twelve, from real stories and experience items, in our own words
    "仅5月份，合作社就卖出茶叶3.2万斤。",  # 仅…就: how much in how little time, a feat
    "这个村成为全市仅有的3个省级示范村之一。",  # 仅有的: the only ones, a distinction
    "当了二十年调解员，老周早记不清自己调解过多少起纠纷了。",  # 记不清多少: countless, praise
    "推行积分管理后，党员迟交、漏交党费的现象明显减少，按时交纳的达到98%。",  # a problem that went away
])
def test_words_of_degree_and_prohibition_are_no_problem(signals_of, sentence):
    assert not only(signals_of, sentence).problem


@pytest.mark.parametrize("sentence", [
    "全镇14个村中，仅有3个村的集体收入超过10万元。",  # 仅有 + a figure: scarcity
    "村里的年轻人留不住，仅5月份就走了3人。",  # a feat's words around a problem of its own
    "全村38名党员里，能上网学习的只有6人。",
    "问卷中有19%的党员记不清上次参加组织生活是什么时候。",  # 记不清 as a shortfall
    "村干部代签、补记会议记录的现象比较普遍。",
])
def test_scarcity_and_shortfalls_stay_problems(signals_of, sentence):
    assert only(signals_of, sentence).problem


def test_inaccurate_figures_are_a_problem(signals_of):
    assert only(signals_of, "全镇外出务工党员的底数不准，去年核查时有19人联系不上。").problem


def test_a_problem_followed_by_a_warning_is_still_a_problem(signals_of):
    sig = only(signals_of, "有3个村连续两年没有发展一名党员，如果不及时补充，换届时将无人可选。")
    assert sig.problem


# 原因 and 发现 as real texts use them without analysing anything (our own sentences)
NOT_ANALYSIS = [
    "镇党委通过电话联系、入户走访，对87名流动党员的流出时间、流出原因、务工地点逐一登记。",  # 原因 as a form field
    "各支部对照整顿清单逐一剖析软弱涣散原因，制定了整顿方案。",  # 原因 as an object of a verb
    "全县412个行政村已全部摸排一遍，共发现6大项40个问题。",  # counting what was found
    "3月8日，县委常委会审议通过《关于大力发现培养选拔优秀年轻干部的实施办法》。",  # 发现 = discover talent
    "去年6月，她发现自家门前通往镇上的小路被邻村的围墙封住了。",  # a character noticing
    "县委组织部将对已调岗的12名干部逐一回访，了解调岗后在工作中实际受到的影响。",  # 受到的影响: a noun phrase
    "党支部梳理了全村46户的用水需求，发现3处问题并当场整改。",  # counting what a review found
    # round twelve, classes from real stories, news and research excerpts, in our own words
    "督查组组长就这次督查的程序作了说明，随后分组进入8个村。",  # 作了说明: explained, a procedure
    "下面就座谈的情况从四个方面逐一说明：",  # 说明： announcing a list
    "村里新修了3公里的水泥路，老人们说日子越来越好了。",  # 越来越好: a celebration, not a trend read
    "这项制度最早源于2008年，当时县里提出把大学生放到村里锻炼。",  # 源于 a year: a history
    "定档后，由包村的县领导帮12个后进村党组织分析症结、制定整改措施。",  # 分析症结: a practice described
    "第二期培训预计在4月10日前后举行，每期80人。",  # 预计 before a date: a schedule
]
ANALYSIS = [
    "走访发现，全镇14个村中有9个村的后备干部常年在外务工，实际在村的只有17人。",
    "究其原因，村干部报酬每月不到2000元，35岁以下的年轻人宁愿外出打工。",
    "笔者在调研中发现，2019年以来考入的23名年轻干部中有15人已报名参加遴选。",
    "县委组织部复盘了近两年新提拔的64名干部的试用期考核，发现有11人的评语与考察材料几乎一字不差。",
    "去年受理的37件投诉中，有26件集中在物业收费和停车两类事项。",
    "30名选调生反映，顾虑的不是下村辛苦，而是两年后去向不明，其中19人已在打听遴选。",
    "受连续两个月降雨影响，全乡有14个村的道路硬化工程停工。",
    "全乡35岁以下的村干部越来越少，今年只剩7人，比五年前少了一半。",  # 越来越 as a trend read off figures
    "这些问题源于村级事务准入没有清单，县直部门的22项报表都压到了村里。",  # 源于 as a cause
    "调查结果说明，42个村中有29个村的议事会一年没开过一次。",  # what a survey shows
]


@pytest.mark.parametrize("sentence", NOT_ANALYSIS)
def test_cause_and_finding_words_used_otherwise_are_not_analysis(signals_of, sentence):
    assert not only(signals_of, sentence).analysis


@pytest.mark.parametrize("sentence", ANALYSIS)
def test_a_finding_or_cause_with_figures_is_analysis(signals_of, sentence):
    assert only(signals_of, sentence).analysis


# people promoted, with their figure, are what a cultivation programme produced; a promotion
# proposed (拟提拔) is not yet a result
@pytest.mark.parametrize("sentence", [
    "三年来，先后有17名驻村干部被提拔为乡镇领导班子成员。",
    "截至目前，已提拔重用在基层表现突出的年轻干部23名。",
])
def test_people_promoted_are_an_effect(signals_of, sentence):
    assert only(signals_of, sentence).effect


def test_a_promotion_proposed_is_no_effect(signals_of):
    sig = only(signals_of, "经县委常委会研究，拟提拔任用4名同志担任乡镇领导职务。")
    assert not sig.effect and "outcome" not in sig.facts


@pytest.mark.parametrize("sentence", [
    "镇上3名聘用的网格员干了两年，至今等不到一个正式岗位。",
    "去年有14户搬迁户的补贴至今领不到，已经找过村里5次。",
])
def test_waiting_in_vain_is_a_problem(signals_of, sentence):
    assert only(signals_of, sentence).problem


# 空壳村 as the label of the villages a programme works on is no problem found; the state is
@pytest.mark.parametrize("sentence", [
    "为全县21个空壳村两委班子各配1名乡镇联络员。",
    "把空壳村帮扶任务分解到19个县直单位，每个单位包1个村。",
])
def test_the_label_of_a_programmes_villages_is_no_problem(signals_of, sentence):
    assert not only(signals_of, sentence).problem


def test_villages_left_hollow_are_a_problem(signals_of):
    assert only(signals_of, "全镇19个行政村中，还有7个空壳村，村里办事全靠镇上拨款。").problem


def test_a_schedule_is_no_forecast(signals_of):
    # 预计 before a completion date is when a job will be done, not a reading of where things go
    assert not only(signals_of, "青松县把闲置的粮站改成了24套青年公寓，预计11月底即可入住。").analysis
    # a forecast of a trend stays analysis
    assert only(signals_of, "全县60岁以上的村书记有52人，预计今后三年会有一半到龄退出。").analysis


# A shortfall of something tangible (money, hands, premises, a lift) states a problem in plain
# words, with no figure to pin it; a shortfall of something abstract stays a stock complaint.
@pytest.mark.parametrize("sentence", [
    "街道党建活动的经费一直不足，去年只够办两期培训。",
    "乡里本就人手紧张，驻村的两名干部还要兼着镇上的统计工作。",
    "党员活动室设在老粮站的三楼，没有电梯，腿脚不便的老党员上不去。",
    "不少村缺少固定的活动场所，开会只能借村民家的堂屋。",
])
def test_a_tangible_shortfall_is_a_problem(signals_of, sentence):
    assert only(signals_of, sentence).problem


@pytest.mark.parametrize("sentence", [
    "部分单位的激励机制不够健全。",  # abstract, no fact: a stock complaint
    "为解决经费不足的问题，县里每年安排300万元专项资金。",  # the shortfall overcome
    "对活动经费不足的村，由县里统一调剂。",  # whom a rule acts on
])
def test_an_abstract_or_overcome_shortfall_is_no_problem(signals_of, sentence):
    assert not only(signals_of, sentence).problem


# A cause whose sentence states a concrete problem (a plain shortfall, a behaviour gone wrong) is
# analysis when the draft is about somewhere: a named township, unit or person. The same chain
# in a draft that names nothing stays the stock 由于…导致… an editor strikes out as true of any county.
CAUSE_WITH_PROBLEM = "有的监督委员由干部的亲属担任，导致监督流于形式，群众投诉无人受理。"


def test_a_cause_that_states_a_concrete_problem_is_analysis_where_the_draft_names_a_place(signals_of):
    named = signals_of("清河镇对全镇的监督委员作了一次摸底。\n" + CAUSE_WITH_PROBLEM)
    (_, first), (_, second) = named.body()
    assert first.named and not second.specific and second.problem
    assert second.analysis


def test_the_same_cause_in_a_draft_that_names_nothing_is_not_analysis(signals_of):
    generic = signals_of("村务监督工作还需要加强。\n" + CAUSE_WITH_PROBLEM)
    assert not any(sig.named for _, sig in generic.body())
    assert not generic.body()[1][1].analysis


def test_light_reflected_is_not_a_judgement_but_what_a_fact_reflects_is(signals_of):
    assert not only(signals_of, "深夜下班，我踩着路面折射的灯光往家走，县委大楼三楼还亮着两盏灯。").analysis
    text = "全镇19个村今年有11个村的账目要靠镇里代记，这折射的是村级财会人员的断档。"
    assert only(signals_of, text).analysis


def test_a_figure_set_against_the_same_figure_before_is_a_comparison(signals_of):
    # the same measure then and now: a comparison an editor counts as analysis
    assert only(signals_of, "跟班的6名干部经手事项的群众满意率为93%，跟班前一年该中心为81%。").analysis
    assert only(signals_of, "这一届青山乡村两委成员的平均年龄是44岁，上届为51岁。").analysis
    # last year's figure listed beside others is a fact, not a comparison
    assert not only(signals_of, "青山乡有干部46人，乡里上一年度发放的工资总数是346万元。").analysis
