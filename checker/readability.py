"""How easy a draft is to read: one index per document, from figures a writer can act on.

    index = 100 - 4 x (characters per clause above 12)
                - 300 x (share of four-character words above 3%)
                - 60 x (stock phrases per 100 characters)

clamped to 0..100. The three figures are the ones the speech names (多说老百姓听得懂的话; 胡乔木's
看得懂、能吸引人一口气看到底): long clauses, strings of four-character phrases (四字格: 统筹谋划、
压实责任、凝心聚力) and stock formulations. Calibrated on the real texts of bench/real and
bench/real_holdout (never committed): the median published item scores about 75-78; plain,
concrete items score 85 and above; items two editors rated 1 (slogans, meeting notices) mostly
score under 60. On those sets the index alone agrees with the editors' quality at Spearman rho
0.52 (dev) and 0.54 (holdout); the length of clauses alone does not (rho 0.1): Chinese official
prose is hard to read because of what fills the clauses, not because they are long. The
share of common words the issue mentions is left out: it would need jieba's whole frequency
dictionary at check time (a cold-start cost) and the four-character share already carries it.
"""

from __future__ import annotations

from bisect import bisect_left

import re
from dataclasses import dataclass

from .judge import Signals

CLAUSE = re.compile(r"[，,。；;！？!?：:、\n]")
HAN = re.compile(r"^[\u4e00-\u9fa5]+$")
# the all-Han tokens of a token list joined, led and closed by "\0", found in one pass (what
# HAN.match finds one by one); a match opens with the literal "\0", which `re` skips to
HAN_TOKENS = re.compile(r"\x00([\u4e00-\u9fa5]+)(?=\x00)")
HAN_RUN = re.compile(r"[\u4e00-\u9fa5]*")

CLAUSE_CHARS = 12  # characters per clause that cost nothing
CLAUSE_COST = 4  # points per character above
FOUR_CHAR_FREE = 0.03  # share of four-character words that costs nothing
FOUR_CHAR_COST = 300  # points per unit share above (10 percentage points = 30 points)
STOCK_COST = 60  # points per stock phrase per 100 characters

# What the index means, for the report (lowest bound first).
BANDS = ((85, "平实易读"), (70, "较易读"), (55, "有些吃力"), (0, "难读"))


@dataclass(frozen=True)
class Readability:
    index: int
    chars_per_clause: float
    four_char_share: float  # of the Chinese words in the body
    stock_per_100: float  # stock phrases and restated formulations per 100 characters

    @property
    def label(self) -> str:
        return next(label for bound, label in BANDS if self.index >= bound)

    def explain(self) -> str:
        """One line for the report: the index, its meaning and the three figures behind it."""
        return (f"可读性 {self.index}（{self.label}）：分句平均 {self.chars_per_clause:.0f} 字，"
                f"四字词占 {self.four_char_share:.0%}，每百字套话 {self.stock_per_100:.1f} 处")

    def to_json(self) -> dict:
        return {"index": self.index, "label": self.label, "chars_per_clause": round(self.chars_per_clause, 1),
                "four_char_share": round(self.four_char_share, 3), "stock_per_100": round(self.stock_per_100, 2)}


def measure(signals: Signals) -> Readability:
    """The index of the body sentences (titles, headings and bylines left out). Measured once
    per analysis: the rules (ZG913) and the report both ask."""
    cached = signals._counts.get("readability")
    if cached is None:
        cached = signals._counts["readability"] = _measure(signals)
    return cached


def _measure(signals: Signals) -> Readability:
    body = signals.body()
    text = "".join(sentence.text for sentence, _ in body)
    clauses = [c for c in map(str.strip, CLAUSE.split(text)) if c]
    per_clause = sum(map(len, clauses)) / len(clauses) if clauses else 0.0
    words = _han_words(_body_tokens(signals), signals.document.text)
    four = list(map(len, words)).count(4) / len(words) if words else 0.0
    stock = sum(sig.boilerplate + sig.echo for _, sig in body) * 100 / len(text) if text else 0.0
    index = (100 - CLAUSE_COST * max(0.0, per_clause - CLAUSE_CHARS)
             - FOUR_CHAR_COST * max(0.0, four - FOUR_CHAR_FREE) - STOCK_COST * stock)
    return Readability(round(min(100.0, max(0.0, index))), per_clause, four, stock)


def _han_words(tokens: list[str], text: str) -> list[str]:
    """The tokens made only of Chinese characters (U+4E00-U+9FA5), in order: HAN_TOKENS over
    the tokens joined by "\\0". Such a token is alphabetic, so only the tokens str.isalpha
    keeps (a filter in C) can be one; when all of those are, which one match over their
    concatenation tells (a draft without a Latin word), they are the answer, without a match
    object and a new string per token. (In a text holding "\\0" itself, a token would split
    differently in the joined string: there the plain way.)"""
    if "\x00" not in text:
        alpha = list(filter(str.isalpha, tokens))
        if HAN_RUN.fullmatch("".join(alpha)):
            return alpha
    return HAN_TOKENS.findall("\x00" + "\x00".join(tokens) + "\x00")


def _body_tokens(signals: Signals) -> list[str]:
    """The jieba tokens that start inside body sentences."""
    document = signals.document
    starts, tokens = document.token_starts, document.tokens
    found: list[str] = []
    for sentence, _ in signals.body():
        found += tokens[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
    return found
