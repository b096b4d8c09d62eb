"""Effect: a measured change or result in one clause (由9人增至31人、清理1300余块)."""

from __future__ import annotations

import re

from ..segment import Sentence
from .core import PERCENT, SentenceSignals, _clauses, _inside, may_have_percent

READS = ('facts',)
ASSIGNS = ('effect',)


def judge(vocab, text: str, sentence: Sentence, changes, sig: SentenceSignals) -> bool:
    """A measured effect: a change word and an outcome figure (or a percentage) in one
    clause (由9人增至31人、满意率升到91%); 累计参观420人次 is activity, not effect, and a gap
    between two quantities (比编制数少了近两成) is no change (rules/signals.yaml `change`)."""
    if not changes:
        return False  # no change word (three sentences in four): no clause can hold one
    for start, end in _clauses(sentence):
        if not any(_changes_here(text, span, end) for span in _inside(changes, start, end)):
            continue
        if _inside(sig.outcomes, start, end):
            return True
        clause = text[start:end]
        if may_have_percent(clause) and PERCENT.search(clause):
            return True
    return False


# where a 从 change goes (从256人增加到455人、从每月一次改为每周一次、办理时限从7天缩短): without it 从 names
# a source (从全市评审库抽取五名专家、从机关选派12名干部到村任职), and the figure after it is no result
# (set 72); 到/至/为/成 say where only before a figure (从18户到现在的46户、改为每周一次)
_DESTINATION = re.compile(r"(?:到|至|为|成)[^，。；！？\n]{0,5}?[\d一二两三四五六七八九十半]|增|降|升|减|缩|压|扩|提高|提升|翻")


def _changes_here(text: str, span: tuple[int, int], end: int) -> bool:
    """A change word in its clause; 从 only with where the change went later in the clause."""
    return text[span[0]:span[1]] != "从" or bool(_DESTINATION.search(text, span[1], end))
