"""Failure classes found by running the checker on published texts (bench/real.py), each
written again in our own sentences, in both directions: what must now be said and what must
stay silent."""

import checker


def rules_of(text, genre, title="关于农村基层干部队伍建设的调研报告"):
    return [f.rule for f in checker.check(text, title=title, genre=genre).findings]


def test_placeholders_are_named_even_in_a_paragraph_without_facts():
    # A template submitted with its blanks: the paragraph has no fact, and the reason is the
    # blanks. The paragraph-wide finding used to swallow the exact one (same family).
    text = ("XX县共有XXX个行政村，经过新一轮换届选举，村党组织书记和村委会主任共XXX人，其中"
            "书记主任“一肩挑”的有XX人，村干部队伍结构进一步优化")
    found = rules_of(text, "research")
    assert found.count("ZG506") >= 3
    assert "ZG501" not in found  # the blanks already say why the paragraph has no fact


def test_a_paragraph_without_facts_is_still_named_when_no_phrase_explains_it():
    text = ("近年来，我县高度重视村干部队伍建设，坚持把这项工作摆在重要位置，统筹谋划、整体推进，"
            "各项工作有序开展，村干部队伍面貌焕然一新，为乡村振兴提供了坚强保障")
    assert "ZG501" in rules_of(text, "research")


def specific_sentences(text, genre="propaganda"):
    from checker.pipeline import Checker

    report = Checker(evidence=True).check_text("老书记的一天\n" + text, genre=genre)
    return [e["text"] for e in report.evidence if "specific" in e["judgements"]]


def test_a_pledge_or_a_feeling_in_quotation_marks_is_not_a_fact_of_the_story():
    # A profile made of praise and vows: the quotations are what anyone might say.
    text = ("“乡亲们信任我，我一定要多为大家办实事。”"
            "“我们也要像李书记一样为人民服务！”"
            "“今天见到了李书记，我非常激动。”")
    assert specific_sentences(text) == []


def test_quotations_that_carry_what_happened_stay_facts():
    text = ("“王婶要降压药，李叔要两斤盐，我都记在本子上了。”"
            "他说：“我要把欠下的38万元外债一分一分还上。”"
            "老人拉着他的手说：“那年发大水，是你背我出来的。”")
    assert len(specific_sentences(text)) == 3


def test_a_resume_line_introduces_the_person_and_is_no_event():
    assert specific_sentences("李明，男，汉族，1975年3月出生，1998年7月加入中国共产党，现任东山村党支部书记。") == []
    # ...while a dated event of the same person is one
    assert specific_sentences("1998年7月，李明在东山村带头修通了第一条水泥路。") != []


def test_who_spoke_at_a_meeting_is_no_outcome():
    from checker.pipeline import Checker

    text = "会上，部机关的6位同志结合走访中的心得体会作交流发言。"
    report = Checker(evidence=True).check_text("县委组织部召开支部学习会\n" + text, genre="news")
    assert not any("outcome" in e["facts"] for e in report.evidence)


def test_cadres_exchanged_to_townships_are_an_outcome():
    from checker.pipeline import Checker

    text = "今年以来，县里从机关选派6位年轻干部交流到乡镇任职，其中4位已担任党委委员。"
    report = Checker(evidence=True).check_text("干部交流\n" + text, genre="experience")
    assert any("outcome" in e["facts"] for e in report.evidence)


def problem_sentences(text, genre="speech"):
    from checker.pipeline import Checker

    report = Checker(evidence=True).check_text("学习体会\n" + text, genre=genre)
    return [e["text"] for e in report.evidence if "problem" in e["judgements"]]


def test_will_not_is_no_problem():
    text = ("大家都知道我要外出打工，肯定不会选我当书记。"
            "只要坚持学习，思想就不会落伍，本领就不会掉队。")
    assert problem_sentences(text, "propaganda") == []


def test_cannot_is_still_a_problem():
    text = "全村60岁以上的党员中，多数不会用智能手机，线上学习基本参加不了。"
    assert problem_sentences(text, "research") != []


def forward_sentences(text, genre="experience"):
    from checker.pipeline import Checker

    report = Checker(evidence=True).check_text("整顿后进村党组织\n" + text, genre=genre)
    return [e["text"] for e in report.evidence if "forward" in e["judgements"]]


def test_jiang_joining_two_tasks_is_what_was_done():
    text = "实行清单化整顿，将后进村整顿与村级集体经济发展紧密结合，逐村明确1名县级联系领导。"
    assert forward_sentences(text) == []


def test_jiang_as_will_is_still_a_plan():
    text = "下半年，县委组织部将与县农业农村局联合开展集体经济项目评估，10月底前完成。"
    assert forward_sentences(text) != []
