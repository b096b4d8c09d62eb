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
