"""A draft typed with half-width punctuation (",", ":", ";" between Chinese words, as pasted from
some web pages and editors) gets the verdicts of the same draft typed with full-width marks:
the vocabularies bound a clause by "，", "；", "：" and would otherwise run across clauses."""

import checker

DRAFT = ("今年以来，镇党委组织村干部参加培训班4期，群众满意率达100%。\n"
         "下一步，镇党委将持续深化培训模式创新，打造干部教育培训的品牌，为全镇发展提供坚强保障。\n"
         "乡村因党建而更兴，群众因党建而更暖。在党建引领下，我镇基层治理呈现出人人参与、人人尽责的生动局面。")
TITLE = "镇党委创新村干部培训模式"


def half_width(text):
    return text.translate(str.maketrans("，；：！？。", ",;:!?."))


def test_half_width_punctuation_gets_the_same_verdicts():
    full = checker.check(DRAFT, title=TITLE)
    half = checker.check(half_width(DRAFT), title=TITLE)
    assert half.score == full.score
    assert [(f.rule, f.start, f.end) for f in half.findings] == [(f.rule, f.start, f.end) for f in full.findings]
    assert half.genre == full.genre


def test_only_punctuation_between_chinese_words_is_read_as_chinese():
    from checker.segment import normalise_punctuation

    assert normalise_punctuation("全县共1,000名党员,其中女党员320名:占32%。") == "全县共1,000名党员，其中女党员320名：占32%。"
    assert normalise_punctuation("see www.example.com?id=1, 3:00 pm") == "see www.example.com?id=1, 3:00 pm"
    text = "他说:“我们村的路通了!”"
    assert normalise_punctuation(text) == "他说：“我们村的路通了！”"
    assert len(normalise_punctuation(text)) == len(text)


def test_a_full_stop_typed_as_a_period_ends_the_sentence_only_between_chinese():
    """Audit 94: a self-evaluation ended its sentences with "." and three sentences were read as
    one of 200 characters (ZG911). A period between Chinese, or after Chinese at a line's end, is
    a full stop; one in a figure, an address or an ellipsis is not."""
    from checker.segment import normalise_punctuation

    assert normalise_punctuation("园舍面积达到7.5万平方米.二是加强师资.\n三是") == "园舍面积达到7.5万平方米。二是加强师资。\n三是"
    assert normalise_punctuation("登录www.qh.gov.cn查询，等等...") == "登录www.qh.gov.cn查询，等等..."
    # a heading's number keeps its "." (一.加强…、（二）.…), read as a heading marker, not a sentence
    assert normalise_punctuation("工作总结.\n一.加强阵地建设\n（二）.完善制度") == "工作总结。\n一.加强阵地建设\n（二）.完善制度"
    long_one = ("街道制定了学前教育三年行动计划，明确了每个社区的办园任务和完成时限." * 2 +
                "街道还把公办园的建设和改造纳入了年度民生实事，逐园落实了资金、用地和责任人.")
    assert "ZG911" not in {f.rule for f in checker.check(long_one, title="街道办园情况自评").findings}
