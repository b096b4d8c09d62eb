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
        if not any(_changes_here(vocab, text, span, end) for span in _inside(changes, start, end)):
            continue
        if _inside(sig.outcomes, start, end):
            return True
        clause = text[start:end]
        if may_have_percent(clause) and PERCENT.search(clause):
            return True
        if "倍" in clause and MULTIPLE.search(clause):
            return True  # 较传统作物增收3倍以上: a change measured as a multiple (set 159, both readers)
    return False


# a multiple (3倍、两倍多、1.5倍): with a change word in its clause, the size of the change
MULTIPLE = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)倍")


def _changes_here(vocab, text: str, span: tuple[int, int], end: int) -> bool:
    """A change word in its clause; 从 only with where the change went later in the clause
    (rules/signals.yaml `change_destination`)."""
    return text[span[0]:span[1]] != "从" or bool(vocab.patterns["change_destination"].search(text, span[1], end))
