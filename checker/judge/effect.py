"""Effect: a measured change or result in one clause (由9人增至31人、清理1300余块)."""

from __future__ import annotations

import re

from ..segment import Sentence
from .core import PERCENT, SentenceSignals, _clauses, _inside, may_have_percent

# 比/较 measure a change only against an earlier time (比去年、较上年同期、比换届前); against
# another quantity (实有人数比编制数少了近两成、比全省平均高) they state a gap, and 较 alone is
# "rather" (较好地完成)
EARLIER = re.compile(r"(?:去年|上年|上一年|前一年|往年|上届|上一届|以前|过去|年初|上月|上季度|上半年|同期|改革前|实施前|试点前|换届前|"
                     r"之前|此前|原来|[\d一二三四五六七八九十两]{1,4}年)")

READS = ('facts',)
ASSIGNS = ('effect',)


def judge(vocab, text: str, sentence: Sentence, changes, sig: SentenceSignals) -> bool:
    """A measured effect: a change word and an outcome figure (or a percentage) in one
    clause (由9人增至31人、满意率升到91%); 累计参观420人次 is activity, not effect, and a gap
    between two quantities (比编制数少了近两成) is no change."""
    changes = [span for span in changes if text[span[0]:span[1]] not in ("比", "较") or EARLIER.match(text, span[1])]
    if not changes:
        return False  # no change word (three sentences in four): no clause can hold one
    for start, end in _clauses(sentence):
        if not _inside(changes, start, end):
            continue
        if _inside(sig.outcomes, start, end):
            return True
        clause = text[start:end]
        if may_have_percent(clause) and PERCENT.search(clause):
            return True
    return False
