"""The profile (稿件画像) claims an element on the evidence rules/score.yaml `profile` asks for:
a meeting's reported requirements are not 对策建议; the thresholds are data and are honoured."""

from __future__ import annotations

import pytest

from checker.errors import RuleError
from checker.load import Source
from checker.pipeline import Checker
from checker.score import profile

FACTS = ["我县1260名村干部中，50岁以上的有731人，占58%。",
         "今年以来，各乡镇共组织村干部培训12期，参训1180人次。",
         "县里为218个村配备了党建指导员。",
         "全县村级活动场所已全部完成改造，面积均达到200平方米以上。"]
CAUSE = "主要原因是村干部报酬每月不到2000元，年轻人宁愿外出务工。"
TREND = "从近三年看，35岁以下村干部由2021年的96人降到今年的41人，断层还在加深。"

NEWS = ["3月5日，县委组织部召开全县村干部培训工作推进会。", "会议通报了今年以来12期培训的开展情况，参训村干部1180人次。",
        "东河镇、西山乡等3个乡镇作了交流发言。", "会议对下一阶段培训作了安排。", "今年全县计划再举办培训8期。",
        "各乡镇组织委员参加会议。", "会上，县委组织部还发放了《村干部履职手册》2000册。",
        "会议要求各乡镇于4月底前报送本乡镇培训计划，县委组织部将逐乡镇督查。",
        "会后，与会人员观摩了城关镇党群服务中心。", "据了解，该中心今年已接待群众办事3200余人次。",
        "城关镇党委书记介绍了中心“一站式”办理的做法。"]
PROPOSALS = ["针对村干部不会用网上办事系统的问题，县委组织部将在5月底前为每个乡镇培训2名操作员。",
             "针对培训内容重复的问题，县委党校将于6月前按村干部岗位分3类重新编排课程。"]


@pytest.fixture(scope="module")
def checker():
    return Checker()


def _analyse(checker, lines):
    analysis = checker.analyse(Source("-", "\n".join(lines), ""))
    return analysis, checker.report(analysis)


def test_one_backed_cause_is_analysis_and_a_stricter_setting_can_demand_two(checker):
    analysis, report = _analyse(checker, FACTS + [CAUSE])
    assert analysis.signals.count("analysis") == 1 and report.profile["analysis"] is True
    assert profile(analysis.signals, [], {"analysis": {"min": 2}})["analysis"] is False
    both, _ = _analyse(checker, FACTS + [CAUSE, TREND])
    assert both.signals.count("analysis") == 2
    assert profile(both.signals, [], {"analysis": {"min": 2}})["analysis"] is True


def test_facts_alone_are_not_analysis(checker):
    analysis, report = _analyse(checker, FACTS)
    assert analysis.signals.count("analysis") == 0 and report.profile["analysis"] is False
    assert "ZG301" in {f.rule for f in report.findings + report.advice}


def test_a_meetings_reported_requirements_are_not_a_countermeasure(checker):
    analysis, report = _analyse(checker, NEWS)
    assert analysis.signals.count("actionable") == 0 and len(analysis.signals.body()) == 11
    assert report.profile["countermeasure"] is False


def test_a_share_threshold_can_demand_more_than_one_proposal(checker):
    analysis, _ = _analyse(checker, NEWS[:7] + PROPOSALS[:1] + NEWS[7:])
    assert analysis.signals.count("actionable") == 1
    assert profile(analysis.signals, [], {"countermeasure": {"min": 1}})["countermeasure"] is True
    assert profile(analysis.signals, [], {"countermeasure": {"min": 1, "min_share": 0.1}})["countermeasure"] is False


def test_proposals_with_owner_and_deadline_make_up_a_countermeasure(checker):
    _, report = _analyse(checker, NEWS[:7] + PROPOSALS + NEWS[7:])
    assert report.profile["countermeasure"] is True


def test_profile_settings_are_checked(checker):
    analysis = checker.analyse(Source("-", "\n".join(FACTS), ""))
    with pytest.raises(RuleError, match="未知的键"):
        profile(analysis.signals, [], {"analyses": {"min": 2}})


SLOGANS = ["他始终坚持以人民为中心，把群众的事当作头等大事。", "他不计个人得失，全身心投入到工作之中。",
           "他的事迹激励着身边的每一名党员。", "他用平凡的坚守书写了不平凡的人生。", "党群干群关系更加密切。"]
STORY = ["去年冬天，78岁的刘大妈家水管冻裂，他凌晨两点带着2名党员赶到，修到天亮。",
         "今年3月，小区6栋加装电梯，低楼层的4户不同意，他挨家上门谈了11次。",
         "电梯5月通了，六楼的刘大妈第一次自己下楼买菜。",
         "小区的停车位从42个增加到96个，是他带着业委会一户户协调出来的。"]
MEETING = ["3月5日，县委组织部召开全县组织工作会议。", "会议共有120人参加，会期1天。", "会议传达学习了上级会议精神。",
           "会议要求，各级党组织要提高站位，狠抓落实。", "会议强调，要以更高标准推动工作再上新台阶。",
           "各乡镇党委书记共14人参加会议。"]


def test_a_story_whose_core_is_concrete_is_specific(checker):
    lines = SLOGANS[:3] + STORY[:2] + SLOGANS[3:] + STORY[2:]  # facts in 4 of 9 paragraphs
    _, report = _analyse(checker, lines)
    assert report.profile["specific"] is True


def test_counts_of_meetings_and_participants_are_not_facts_that_matter(checker):
    _, report = _analyse(checker, MEETING)
    assert report.profile["specific"] is False


def test_figures_packed_into_two_sentences_make_a_draft_specific_counts_of_meetings_do_not(checker):
    """Three quantities that count no meeting (名、%、万元), even in two sentences among slogans,
    make a draft specific (rules/score.yaml specific_quantities); three counts of meetings and
    attendance do not, and neither do figures from nowhere (no place, unit or person named) nor
    one sentence of totals amid slogans."""
    slogans = ["会议要求，各级党组织要提高站位，狠抓落实。", "会议强调，要以更高标准推动工作再上新台阶。",
               "全体学员表示，一定珍惜机会，学有所成。", "大家一致认为，这次培训针对性强、收获很大。"]
    packed = ["4月8日，南川县第三批乡村振兴指导员培训班开班，137名指导员参加。",
              "这批指导员中，来自县直部门的占六成，35岁以下的有58人。", "他们派驻的46个村中，有19个是集体经济薄弱村。"] + slogans
    analysis, report = _analyse(checker, packed)
    assert analysis.signals.quantities() >= 3 and report.profile["specific"] is True
    assert profile(analysis.signals, [], {})["specific"] is False  # by its sentences of substance alone, not
    meetings = ["4月8日，南川县召开乡村振兴工作会议。", "会议历时2天，共有120人参加，先后召开座谈会3场、观摩会2场。"] + slogans
    analysis, report = _analyse(checker, meetings)
    assert analysis.signals.quantities() < 3 and report.profile["specific"] is False
    nowhere = ["这批指导员中，来自机关的占六成，35岁以下的有58人，平均派驻期2年。"] + slogans
    assert _analyse(checker, nowhere)[1].profile["specific"] is False
    boast = ["南川县各驻村工作队累计争取资金1860万元，实施项目73个，办实事420余件。"] + slogans
    analysis, report = _analyse(checker, boast)
    assert analysis.signals.quantities() >= 3 and report.profile["specific"] is False
    with pytest.raises(RuleError, match="specific_quantities"):
        profile(analysis.signals, [], {"specific_quantities": 3})


HOLLOW = ["组织工作是政治性很强的工作。", "知识无边界，学习无止境。", "学习是组工干部的立身之本。",
          "组工干部要在学习上下苦功夫。", "3月5日，县委组织部召开全县组织工作会议。"]


def test_a_draft_of_sentences_without_substance_is_boilerplate_heavy_without_stock_words(checker):
    analysis, report = _analyse(checker, HOLLOW)
    assert analysis.signals.ratio("empty") < 0.3  # the stock-word test alone would miss it
    assert report.profile["boilerplate_heavy"] is True
    _, story = _analyse(checker, STORY)
    assert story.profile["boilerplate_heavy"] is False


REASONING = ["村干部辞职，钱少往往不是第一位的原因。", "真正让人泄气的，是干的活越来越不由自己安排。",
             "上面派下来的表格一多，村里自己想办的事就只能往后放。", "时间一长，有想法的人觉得使不上劲，就不想干了。",
             "所以，光提高报酬留不住人，还得把村里能自己做主的事还给村里。"]
SLOGANS_AT_A_COURSE = ["会议要求，各级党组织要提高站位，狠抓落实。", "会议强调，要以更高标准推动工作再上新台阶。",
                       "全体学员表示，一定珍惜机会，学有所成。", "大家一致认为，这次培训针对性强、收获很大。"]


def test_sentences_without_a_stated_fact_are_reasoning_in_a_problem_item_and_ceremony_in_a_speech(checker):
    """The hollow share (rules/score.yaml hollow_genres) reads sentences without substance as
    套话 only in news, speeches and stories: in a problem item they are its reasoning."""
    for genre, heavy in (("problem", False), ("research", False), ("speech", True), ("news", True)):
        analysis = checker.analyse(Source("-", "\n".join(REASONING), ""), genre)
        assert analysis.signals.ratio("empty") == 0 and checker.report(analysis).profile["boilerplate_heavy"] is heavy


def test_a_draft_that_gives_its_figures_is_not_hollow_but_its_slogans_still_count(checker):
    """Four quantities that matter keep a news item whose sentences mostly carry no substance
    from being called 套话偏多 (hollow_quantities); four slogans in ten are 套话偏多 whatever the
    figures (the style dimension says so too)."""
    facts = ["4月8日，南川县第三批乡村振兴指导员培训班开班，137名指导员参加。",
             "这批指导员中，来自县直部门的占六成，35岁以下的有58人，他们派驻的46个村中有19个是集体经济薄弱村。"]
    ceremony = ["县委副书记到会作了动员讲话。", "主持开班式的是组织部一位副部长。", "随后，全体学员进行了分组讨论。",
                "培训班为期5天。", "学员们纷纷发言交流了体会。", "开班式结束后，大家合影留念。", "培训期间还将安排现场教学。",
                "各乡镇组织委员列席开班式。"]
    analysis, report = _analyse(checker, facts + ceremony)
    hollow = 1 - analysis.signals.substance() / len(analysis.signals.body())
    assert hollow >= 0.8 and analysis.signals.ratio("empty") < 0.4 and analysis.signals.quantities() >= 4
    assert report.genre == "news" and report.profile["boilerplate_heavy"] is False
    assert profile(analysis.signals, [], {"hollow": 0.8}, "news")["boilerplate_heavy"] is True  # without the figures' say
    boast = ["南川县各驻村工作队累计争取资金1860万元，实施项目73个，办实事420余件，受益群众2.1万人。"] + SLOGANS_AT_A_COURSE
    analysis, report = _analyse(checker, boast)
    assert analysis.signals.ratio("empty") >= 0.4 and analysis.signals.quantities() >= 4
    assert report.profile["boilerplate_heavy"] is True


def test_hollow_genres_must_be_known(checker):
    analysis, _ = _analyse(checker, REASONING)
    with pytest.raises(RuleError, match="hollow_genres"):
        profile(analysis.signals, [], {"hollow": 0.8, "hollow_genres": ["essay"]})


WHY_IN_A_STORY = ["今年3月，城南社区为8栋老楼装上了扶手和夜灯。",
                  "住在5楼的周阿姨今年81岁，因为腿脚不便，她已经两年没有下过楼。",
                  "扶手装好那天，她扶着走到了楼下的小花园。",
                  "社区还为楼里的11户老人配了紧急呼叫器，每月上门检查一次。"]
WHY_IN_AN_ANALYSIS = ["全县217个村中，有63个村的集体收入不足5万元。",
                      "主要原因是这些村大多地处山区，耕地分散，流转价格每亩不到300元。",
                      "从近三年看，收入不足5万元的村由2021年的41个增加到63个，差距还在拉大。",
                      "今年起，县里为每个薄弱村安排了1名驻村指导员。"]


def test_one_why_in_an_experience_story_is_not_analysis_but_two_backed_reasons_are(checker):
    """In an experience item or a story one backed 因为 is narrative (rules/score.yaml profile
    analysis.by_genre); two backed reasons are analysis there too, and one is enough elsewhere."""
    story = checker.analyse(Source("-", "\n".join(["城南社区为老楼装扶手"] + WHY_IN_A_STORY), "城南社区为老楼装扶手"))
    assert story.signals.count("analysis") == 1
    assert profile(story.signals, [], None, "experience")["analysis"] is True  # the defaults: one is enough
    settings = checker.score_settings["profile"]
    assert profile(story.signals, [], settings, "experience")["analysis"] is False
    assert profile(story.signals, [], settings, "propaganda")["analysis"] is False
    assert profile(story.signals, [], settings, "research")["analysis"] is True
    reasons = checker.analyse(Source("-", "\n".join(["薄弱村为什么多"] + WHY_IN_AN_ANALYSIS), "薄弱村为什么多"))
    assert reasons.signals.count("analysis") == 2
    assert profile(reasons.signals, [], settings, "experience")["analysis"] is True


def test_a_genre_threshold_naming_an_unknown_genre_or_key_is_refused(checker):
    analysis = checker.analyse(Source("-", "\n".join(FACTS), ""))
    with pytest.raises(RuleError, match="未知的文体"):
        profile(analysis.signals, [], {"analysis": {"min": 1, "by_genre": {"experiance": 2}}})
    with pytest.raises(RuleError, match="只能有"):
        profile(analysis.signals, [], {"analysis": {"min": 1, "most": 3}})


LESSON = "两年的变化说明，先帮老人解决出门难，比发倡议书更能让居民参与进来。"


def test_one_conclusion_drawn_is_analysis_even_in_an_experience_item(checker):
    """`enough: judged`: a lesson read off the facts (…的变化说明，…) is 研判 on its own, where one
    narrative 因为 is not."""
    settings = checker.score_settings["profile"]
    lesson = checker.analyse(Source("-", "\n".join(["城南社区为老楼装扶手"] + WHY_IN_A_STORY[:1] + WHY_IN_A_STORY[2:]
                                                   + [LESSON]), "城南社区为老楼装扶手"))
    assert lesson.signals.count("analysis") == 1 and lesson.signals.count("judged") == 1
    assert profile(lesson.signals, [], settings, "experience")["analysis"] is True
    story = checker.analyse(Source("-", "\n".join(["城南社区为老楼装扶手"] + WHY_IN_A_STORY), "城南社区为老楼装扶手"))
    assert story.signals.count("judged") == 0
    with pytest.raises(RuleError, match="不是已知的要素"):
        profile(story.signals, [], {"analysis": {"min": 2, "enough": "judgd"}})


# An experience item told in the past tense, one line of which is the measure's own schedule
# (the second group arrives at month end), and the same item with a difficulty stated first.
ROTATION = ["东湖镇选派年轻干部到镇便民服务中心跟班", "今年3月，东湖镇从镇直各站所选派8名35岁以下干部到便民服务中心跟班学习。",
            "跟班干部由窗口老同志带教，每人每天受理群众办件不少于15件。", "首批4人跟班3个月，共受理办件2300余件，群众评价满意率98%。",
            "第二批4名干部将于6月底到中心报到，跟班时间同样为3个月。"]
ROTATION_DIFFICULTY = "跟班期间站所人手紧张，有2个站所的日常业务一度排不开。"
ROTATION_PLAN = "镇党委计划在7月底前从村级后备干部中抽调3人，到人手最紧的站所顶岗，缓解跟班带来的缺人问题。"


def test_one_plan_in_an_experience_item_answers_a_difficulty_or_is_only_its_schedule(checker):
    """rules/score.yaml profile.countermeasure: in an experience item or a story one forward
    sentence is the measure's own schedule (第二批将于6月底报到) unless it comes after a difficulty
    the item states (answers: problem); elsewhere one is enough."""
    settings = checker.score_settings["profile"]
    told = checker.analyse(Source("-", "\n".join(ROTATION), ROTATION[0]))
    assert told.signals.count("actionable") == 1 and told.signals.count("problem") == 0
    assert profile(told.signals, [], settings, "experience")["countermeasure"] is False
    assert profile(told.signals, [], settings, "propaganda")["countermeasure"] is False
    assert profile(told.signals, [], settings, "problem")["countermeasure"] is True
    answered = checker.analyse(Source("-", "\n".join(ROTATION[:4] + [ROTATION_DIFFICULTY, ROTATION_PLAN]), ROTATION[0]))
    assert answered.signals.count("actionable") == 1 and answered.signals.count("problem") >= 1
    assert profile(answered.signals, [], settings, "experience")["countermeasure"] is True
    # a plan before the difficulty does not answer it
    before = checker.analyse(Source("-", "\n".join(ROTATION[:4] + [ROTATION_PLAN, ROTATION_DIFFICULTY]), ROTATION[0]))
    assert profile(before.signals, [], settings, "experience")["countermeasure"] is False
    with pytest.raises(RuleError, match="不是已知的要素"):
        profile(told.signals, [], {"countermeasure": {"min": 1, "answers": "problme"}})


# Problems of a whole sector, told of nowhere and no one and borne out by no fact: an essay's
# 泛泛而谈, not a problem an editor could pass on (the same sentences about one named county
# with a figure are a problem found).
SECTOR_TITLE = "关于新兴领域党建工作的思考"
SECTOR = ["新兴领域党组织建设是党建工作的重要组成部分。",
          "由于这类单位规模普遍偏小，党员人数少，导致组织活动难以经常开展。",
          "由于从业人员流动频繁，党员的关系接转跟不上，容易出现管理断档。",
          "因此，必须高度重视新兴领域党建工作。"]
SECTOR_NAMED = ["新兴领域党组织建设是党建工作的重要组成部分。",
                "东河县218家快递网点中只有9家建了党组织，由于网点规模普遍偏小，党员人数少，导致组织活动难以经常开展。",
                "由于从业人员流动频繁，党员的关系接转跟不上，容易出现管理断档。",
                "因此，必须高度重视新兴领域党建工作。"]


def test_problems_of_a_sector_told_of_nowhere_are_no_problem_found(checker):
    analysis = checker.analyse(Source("-", "\n".join(SECTOR), SECTOR_TITLE))
    assert analysis.signals.count("problem") >= 1  # the sentences still read as problems
    assert checker.report(analysis).profile["problem"] is False
    named = checker.analyse(Source("-", "\n".join(SECTOR_NAMED), SECTOR_TITLE))
    assert checker.report(named).profile["problem"] is True


# three slogan sentences among nine that state facts is a draft with some 套话, not one made of
# them (rules/score.yaml profile.boilerplate_heavy: four in ten since round ten; at three in
# ten a third of plain published items were called 套话偏多)
SOME_SLOGANS = ["今年全镇12个村全部配齐了专职党务工作者。",
                "东坪村新建党群服务中心，面积320平方米，5月投入使用。",
                "全镇35岁以下村干部由去年的9人增加到23人。",
                "镇党委为每个村落实办公经费3万元。",
                "西岭村集体经济收入从4万元增加到11万元。",
                "我们高度重视基层党建工作，切实扛起管党治党政治责任。",
                "全镇上下凝心聚力、真抓实干，推动各项工作落地见效。",
                "要以更高标准、更实举措，奋力谱写基层党建新篇章。",
                "镇里对6个软弱涣散村逐一制定了整顿方案。"]


def test_a_third_of_slogans_among_facts_is_not_boilerplate_heavy(checker):
    analysis, report = _analyse(checker, ["柳河镇组织建设情况", *SOME_SLOGANS])
    assert 0.3 <= analysis.signals.ratio("empty") < 0.4
    assert report.profile["boilerplate_heavy"] is False


# A talk of the speaker's own year, one sentence of which sets a task with an owner and a date,
# and the same talk with a second such task.
TALK = ["组工干部座谈时的一次发言", "来组织部工作这两年，我最深的体会是材料要从村里跑出来。",
        "去年我跑了全县23个村，记下了112条村干部的意见。",
        "下一步，县委组织部将在9月底前为全县23个村各配备1名组织员。"]
SECOND_TASK = "明年3月前，我们将组织全县村党组织书记到先进县轮训一遍。"


def test_one_task_in_a_speech_is_not_yet_a_countermeasure(checker):
    """rules/score.yaml profile.countermeasure by_genre speech: 2. In a talk or a summary one
    sentence with an owner and a date is mostly the speaker's own schedule; the editors called
    none of the real speeches the checker credited with one (2026-12-05) a countermeasure."""
    settings = checker.score_settings["profile"]
    one = checker.analyse(Source("-", "\n".join(TALK), TALK[0]))
    assert one.signals.count("actionable") == 1 and one.signals.count("problem") == 0
    assert profile(one.signals, [], settings, "speech")["countermeasure"] is False
    assert profile(one.signals, [], settings, "problem")["countermeasure"] is True
    two = checker.analyse(Source("-", "\n".join(TALK + [SECOND_TASK]), TALK[0]))
    assert two.signals.count("actionable") == 2
    assert profile(two.signals, [], settings, "speech")["countermeasure"] is True


MORE_SLOGANS = [*SOME_SLOGANS[:5], *SOME_SLOGANS[5:8], "各村党组织要把担子扛在肩上，不断增强责任感使命感。", SOME_SLOGANS[8]]


def test_four_slogans_in_ten_get_their_finding_but_not_the_heavy_flag(checker):
    """rules/score.yaml profile.boilerplate_heavy: half (round thirty-one): editors rated the
    real items with 40-50% slogan sentences plain, not 套话为主. ZG102 still speaks from three
    in ten, and the profile line then reads 套话较多 (never ✓套话不多 beside that finding)."""
    from checker.batch.summary import profile_words
    from checker.report import terminal

    analysis, report = _analyse(checker, ["柳河镇组织建设情况", *MORE_SLOGANS])
    assert 0.4 <= analysis.signals.ratio("empty") < 0.5
    assert report.profile["boilerplate_heavy"] is False
    assert "ZG102" in {f.rule for f in report.findings}
    marks = dict((words, good) for good, words in terminal.profile_marks(report))
    assert marks.get("✗套话较多") is False and "✓套话不多" not in marks, marks
    assert "套话较多" in profile_words(report.to_json())  # the batch's 按稿件 sheet says the same
    # half of them slogans: the flag
    heavy = [*MORE_SLOGANS[:3], *MORE_SLOGANS[5:]]
    analysis, report = _analyse(checker, ["柳河镇组织建设情况", *heavy])
    assert analysis.signals.ratio("empty") >= 0.5 and report.profile["boilerplate_heavy"] is True
    assert "✗套话偏多" in [w for _, w in terminal.profile_marks(report)]
    # no slogan rule beside it: the tick stays
    facts = [s for s in SOME_SLOGANS if s not in MORE_SLOGANS[5:9]]
    analysis, report = _analyse(checker, ["柳河镇组织建设情况", *facts])
    assert "ZG102" not in {f.rule for f in report.findings}
    assert "✓套话不多" in [w for _, w in terminal.profile_marks(report)]
    assert "套话" not in profile_words(report.to_json())
