"""Lexicon hits respect word boundaries: a hit covers whole jieba words, never part of one,
unless its entry is marked sub-word (`~`, or `subword: true` in signals.yaml).

Both directions: the word that merely contains a lexicon entry stays silent (安全部门, 所有制,
健全覆盖), and the real claim is still found, also where jieba glues it to a neighbour
(彻底解决, 进一步提高)."""

import pytest

from checker.lexicon import parse_lexicon, term_matcher
from checker.load import Source
from checker.segment import segment

TITLE = "测试稿件"


def document(body: str):
    text = f"{TITLE}\n{body}"
    return segment(Source("-", text, TITLE))


def hits(body: str, literals=(), patterns=()) -> list[str]:
    doc = document(body)
    return [doc.text[s:e] for s, e in doc.scan(term_matcher(tuple(literals), tuple(patterns)))]


def findings(checker, body: str, rule: str) -> list[str]:
    report = checker.check_text(f"{TITLE}\n{body}", genre="experience")
    return [f.excerpt for f in report.findings if f.rule == rule]


# -- the matcher ------------------------------------------------------------------------

def test_a_hit_inside_a_word_is_not_a_hit():
    assert hits("县里的安全部门和安全体系都健全覆盖城乡。", ["全部", "全体", "全覆盖"]) == []
    assert hits("坚持公有制为主体，多种所有制经济共同发展。", ["所有"]) == []


def test_a_hit_may_span_several_words():
    assert hits("全县实现全覆盖，所有村都建了活动室。", ["全覆盖", "所有"]) == ["全覆盖", "所有"]


def test_two_words_jieba_glued_together_are_still_two_words():
    # jieba keeps 彻底解决 and 进一步提高 as single tokens; each is two dictionary words
    assert hits("这个难题得到彻底解决。", ["彻底"]) == ["彻底"]
    assert hits("要进一步提高政治站位。", ["提高政治站位"]) == ["提高政治站位"]


def test_a_subword_entry_matches_inside_a_word():
    # 安全部门 is one token: only an entry marked sub-word may find 全部 in it
    assert hits("安全部门", ["~全部"]) == ["全部"]
    assert hits("安全部门", patterns=["~全部"]) == ["全部"]
    assert hits("安全部门", patterns=["全部"]) == []


def test_a_rejected_hit_does_not_hide_the_next_one():
    # 所有 inside 所有制 is dropped; the scan goes on and finds the real 所有 after it
    assert hits("所有制改革后，所有村都通了路。", ["所有"]) == ["所有"]


def test_a_regex_hit_is_shortened_to_the_last_word_edge():
    assert hits("全面完成了任务。", patterns=["全面完成了?任"]) == []
    assert hits("全面完成了任务。", patterns=["全面完成了?"]) == ["全面完成了"]


def test_the_subword_marker_in_a_lexicon_file():
    lexicon = parse_lexicon("t", "# 注释\n全部\n~越来越\n~re:(?<=[\\u4e00-\\u9fa5]{2})县\nre:所有(?=村)\n", "t.txt")
    assert lexicon.literals == ("全部", "~越来越")
    assert lexicon.patterns == ("~(?<=[\\u4e00-\\u9fa5]{2})县", "所有(?=村)")
    assert hits("骨干越来越少，青松县所有村都安全部门齐全。", lexicon.literals, lexicon.patterns) == \
        ["越来越", "县", "所有"]


def test_signals_suffix_vocabularies_stay_subword(signals_of):
    # the place suffix is inside a token here (临河县 may be cut either way); facts are still seen
    sig = signals_of("2023年5月，青松县委组织部王建华书记到临河县柳树村调研。").body()[0][1]
    assert {"date", "place", "org", "person"} <= sig.facts


def test_user_dictionary_keeps_stock_phrases_whole(checker):
    # without userdict jieba cuts 县多措/并举 and 人岗相/适度, and the formula would be lost
    assert findings(checker, "临河县多措并举推动工作落实。", "ZG101") == ["多措并举"]


# -- absolute claims (ZG601) -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "县应急管理局联合安全部门开展检查。",
    "我们着力构建安全体系，守住底线。",
    "要健全覆盖城乡的基层党组织体系。",
    "坚持公有制为主体、多种所有制经济共同发展。",
    "县委召开十五届三次全体会议。",
    "县委组织部全体党员参加了主题党日活动。",
    "全体成员大会审议通过了村规民约。",
    "村党组织书记和村委会主任“一肩挑”占比达100%。",
    "基层党组织覆盖率达100%。",
    "所有42个村都建起了党群服务中心。",
])
def test_absolute_traps_are_silent(checker, sentence):
    assert findings(checker, sentence, "ZG601") == []


@pytest.mark.parametrize("sentence,claim", [
    ("全县村级活动场所实现全覆盖。", "全覆盖"),
    ("所有村都建起了党群服务中心。", "所有"),
    ("这一做法彻底解决了村干部报酬低的问题。", "彻底"),
    ("年轻干部考核等次全部为优秀。", "全部"),
    ("群众满意度达到100%。", "100%"),
])
def test_absolute_claims_are_flagged(checker, sentence, claim):
    assert findings(checker, sentence, "ZG601") == [claim]


# -- cue vocabularies of the judgements ---------------------------------------------------

def test_single_character_cues_need_a_word_of_their_own(signals_of):
    doc = document("青年干部的比例比较低，由于从严管理，压力较大。")
    change = [doc.text[s:e] for s, e in doc.scan(_scanner("change"))]
    assert change == []  # 比例、比较、由于、从严、较大 contain 比/由/从/较 and are no change words


def test_plain_cues_inside_longer_words_are_still_found(signals_of):
    doc = document("有的干部对政策并不清楚，都是因为培训太少；人才流失率达23%。骨干越来越少。")
    found = {name: [doc.text[s:e] for s, e in doc.scan(_scanner(name))]
             for name in ("problem_evaluative", "problem_strong", "cause", "trend")}
    assert "不清楚" in found["problem_evaluative"]
    assert "流失率" in found["problem_strong"]
    assert "是因为" in found["cause"]
    assert "越来越" in found["trend"]


def _scanner(name: str):
    from checker.pipeline import Checker

    return _CHECKER.setdefault("c", Checker()).signal_set.scanners[name]


_CHECKER: dict = {}
