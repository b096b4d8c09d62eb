"""What every judgement shares: the per-sentence record (SentenceSignals), the per-document
record (Signals, with evidence), the cue hits bucketed by sentence, and clause helpers.

Sentence-level judgments: does a sentence carry a concrete fact, state a problem, analyse,
propose something actionable, show an effect?

A cue word alone proves nothing ("解决了群众急难愁盼问题" contains 问题 and states no problem;
"召开会议12次" contains a number and no fact that matters), so each judgment combines cues with
their context: the clause they stand in, the facts of the sentence and its neighbours, and
whether the clause reports something solved. The vocabularies live in rules/signals.yaml.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..lexicon import first_char_skip
from ..segment import Document, Sentence

if TYPE_CHECKING:
    from . import SignalSet

# Vocabularies scanned over the whole text once; the rest are tested per sentence or clause.
SCANNED = ("date", "slogan_number", "place", "organization", "person", "quote", "pledge", "resume", "case_marker", "scene", "works",
           "problem_strong", "problem_evaluative", "problem_generic", "problem_vague", "change", "cause", "trend", "judgment")
CLAUSE_BREAK = re.compile(r"[，,：:；;！？!?。]")
# (a space between the digits and 余/多, 60 余场, as text copied out of a PDF has it)
NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万]+)(?:(?<=\d)[ \u00a0](?=余|多))?(?:余|多)?(?:万|亿)?(?:余|多)?"
# a manner or a habit right before 将 (着力将任务层层传导、坚持将…、积极将…): 将 is the object marker
# of a practice described; "will" stands before the manner (我们将积极…). Blind set 113: both readers
# judged "说不出谁来做" wrong on a summary's heading (压实责任，着力将…任务层层传导)
_MANNER_BEFORE = "着力|努力|全力|积极|主动|注重|坚持|始终|切实|注意|率先|逐步"


def future_jiang(not_will: str, object_verbs: str) -> re.Pattern:
    """将 as "will" (将持续推进) rather than as 把 (将其纳入考核). What follows 将 when it is not
    "will" (`not_will`: 将近、将成为、将他们…) and the verbs that make it the object marker within
    its clause (`object_verbs`: 将X纳入…、将课堂搬到…) are vocabularies of rules/signals.yaml
    (jiang_not_will, jiang_object_verb); the grammar around them is here: 将把、将于、将在 are
    always "will"; 已将 is past; 将 in a purpose (为了将“忠诚”刻在心上、为将政策送到村), before a
    prediction (将出现) or in 将X与Y结合、将党员组织起来 is the object marker."""
    return first_char_skip(re.compile(
        r"(?<!为了)(?<![已并为])将(?=把|于|在)"  # 将把、将于、将在 are always "will"
        r"|(?<!为了)(?<!通过)(?<![已并为现])(?<!" + _MANNER_BEFORE + r")将(?!" + not_will + r")"  # 已将 is past; 为了将… a purpose
        r"(?![^，。；]{0,4}(?:出现|发生))"  # 将出现…: a prediction described
        r"(?![^，。；]{1,20}(?:与|和|同)[^，。；]{1,30}(?:结合|衔接|挂钩|融合|相融|联动|捆绑|对接))"  # 将X与Y结合、有机相融
        r"(?![^，。；]{0,64}(?:" + object_verbs + r")|[^，。；]{1,12}起来)"))  # 将党员组织起来
# A sentence that narrates what was done (先后、已经、累计): its 将 is the object marker.
NARRATED = re.compile(r"先后|已经|累计|截至|目前已|(?<![为除到])[\u4e00-\u9fa5]了(?![解得结])")
DISPARITY = first_char_skip(re.compile(r"[，,；;]\s*(?:而|却|但|但是|然而)[^，。；]{0,20}\d|\d[^，。；]{0,20}[，,]?(?:却|反而)"))
NEGATORS = {"不", "无", "没", "未", "防", "免", "再"}  # "流动不流失" is a slogan, not a problem
# a share: 62%, 百分之六十, or a fraction of one or two digits (占编制总数的1/4强; not 2023/2024学年)
# …or a share in tenths (近六成受访者、不足四成、四成以上), after a word that makes it a share: not
# 这一成果、三五成群、统一成立、一成不变
# (with a digit too: 近7成水域、3成以上的村; set 167, a problem's instance read as naming no figure)
# …or one with 多 (四成多受访者: more than four in ten), or one that shares out the people or units
# after it (三成受访干部、七成的村): not 五成新 (how worn a thing is) nor 一成不变
SHARE_IN_TENTHS = (r"(?:近|将近|接近|超过|超|逾|约|有|占到?|不足|不到|达到?|仅有?|只有|过)(?:[一二三四五六七八九两]|(?<![\d.])[1-9])成"
                   r"(?![不立为员果功绩交本长熟就群型品效])|(?:[一二三四五六七八九两]|(?<![\d.])[1-9])成(?:以上|左右|多)"
                   r"|(?<![统变组构形完达促造合分])(?:[一二三四五六七八九两]|(?<![\d.])[1-9])成(?=的?(?:受访|被调查|受调查|调查对象|被访"
                   r"|干部|党员|群众|村民|居民|村|乡镇|社区|单位|企业|家庭|学员|职工|青年))")
PERCENT = first_char_skip(re.compile(r"\d+(?:\.\d+)?\s*[%％]|百分之[零一二两三四五六七八九十百点]+"
                                     r"|(?<![\d/.])[1-9]\d?/[1-9]\d?(?![\d/.])|" + SHARE_IN_TENTHS))
_TENTHS = re.compile(r"(?:[一二三四五六七八九两]|(?<![\d.])[1-9])成")


def may_have_percent(text: str) -> bool:
    """Whether PERCENT can match in the text: every match holds %, ％, 百分之, / or 一…九成. Most sentences
    have none, and four substring tests cost a tenth of the search (a digit is tried at every
    character)."""
    return "%" in text or "％" in text or "百分之" in text or "/" in text or ("成" in text and bool(_TENTHS.search(text)))


# a saying introduced as one (俗话说“…”、古人云：“…”): a proverb, not anyone's words about what
# happened (facts: no quotation) nor a problem found (problem: 常言道：“干部不愿带头干，群众自然不愿跟。”)
PROVERB_LEAD = re.compile(r"(?:俗话|俗语|常言|古人|老话|有句(?:老)?话|谚语)(?:说|道|云|讲|叫)?[：:，,]?\s*[“\x22「]")


_SPECIFIC_ALONE = frozenset({"outcome", "percent", "quote", "case", "works", "rule"})
_WHEN_WHERE = frozenset({"date", "place", "org"})
_WHERE = frozenset({"place", "org"})
_PERSON = frozenset({"person", "narrator"})
_FIGURES = frozenset({"outcome", "percent"})


@dataclass(init=False)  # the __init__ below: compiled by mypyc (the generated one runs as Python)
class SentenceSignals:
    """What one sentence carries. Filled by `analyse`; read by rules and scoring."""

    facts: set[str]  # outcome, parameter, percent, date, place, org, person, quote, case
    activity_counts: int
    named: bool  # names a place, a unit or a person (or masks one: **市、XX县)
    locale: bool  # names a village, town or neighbourhood (白果树村、塔庄镇)
    scene: bool  # told through the senses: weather, the hour, the ground (rules/signals.yaml scene)
    problem: bool
    vague_problem: bool
    grounded_problem: bool  # a problem borne out by a fact in its own paragraph
    # a problem only because a heading or an admission lists it, in evaluative words alone (一是措施不硬；):
    # it answers "is a problem named", but is not a concrete fact (ZG501, ZG507 still see through it)
    stock_problem: bool
    addressed: bool  # names the problem a practice answers (针对…面积狭小、功能不全的问题)
    analysis: bool
    judged: bool  # analysis that draws a conclusion (说明、反映出、调研发现), not only a cause or trend
    forward: bool
    declared: bool  # a proposal the writer marks as one (建议…、下一步…, under a 对策 heading)
    actionable: bool
    effect: bool
    boilerplate: int  # boilerplate phrases in the sentence
    echo: int  # higher-level policy formulations in the sentence
    weak: int  # vague countermeasure phrases (进一步加强…)
    setback: bool = field(compare=False, repr=False)  # set by problem.judge (ZG613); out of eq and repr as before
    exhortation: bool  # built on verbs that name no action (加强、强化、推进…) or stock remedies
    numbers: list[tuple[int, int]]  # spans of quantities
    outcomes: list[tuple[int, int]]  # the quantities that are outcomes

    def __init__(self) -> None:
        self.facts = set()
        self.activity_counts = 0
        self.named = False
        self.locale = False
        self.scene = False
        self.problem = False
        self.vague_problem = False
        self.grounded_problem = False
        self.stock_problem = False
        self.addressed = False
        self.analysis = False
        self.judged = False
        self.forward = False
        self.declared = False
        self.actionable = False
        self.effect = False
        self.boilerplate = 0
        self.echo = 0
        self.weak = 0
        self.setback = False
        self.exhortation = False
        self.numbers = []
        self.outcomes = []

    @property
    def specific(self) -> bool:
        return self._specific(self.facts)

    @property
    def specific_unquoted(self) -> bool:
        """Specific for a reason besides a quotation: someone quoted with nothing else (选调生代表
        说：“我们一定扎根基层。”) tells what was said, not what happened."""
        return self._specific(self.facts - {"quote"} if "quote" in self.facts else self.facts)

    def _specific(self, facts: set[str]) -> bool:
        if self.boilerplate >= 2 and self.boilerplate > len(self.numbers):
            return False  # three slogans around one figure is still 泛泛而谈
        # (read several times per sentence: isdisjoint with constant sets builds no set)
        if not facts.isdisjoint(_SPECIFIC_ALONE):
            return True
        if "narrator" in facts or "person" in facts and not facts.isdisjoint(_WHEN_WHERE):
            return True  # a named person (or the writer) in a named place or unit, or on a date
        return "date" in facts and not facts.isdisjoint(_WHERE)

    @property
    def figure(self) -> bool:
        """States a counted fact (an outcome or a share), slogans around it or not: 储备后备人选1260名."""
        return not self.facts.isdisjoint(_FIGURES)

    @property
    def concrete(self) -> bool:
        """Substance an editor would not call 泛泛而谈: any concrete fact (even amid slogans),
        a scene told through the senses, a concrete problem, analysis backed by facts nearby,
        or a proposal that names who, when or how much. Naming the writing unit or a place
        alone is not enough."""
        grounded = not self.facts <= _WHERE or self.activity_counts > 0 or self.scene  # a fact besides org, place
        return grounded or self.specific or self.actionable or (self.problem and not self.stock_problem) or \
            self.analysis

    @property
    def hardship(self) -> bool:
        """A difficulty a story tells: a problem stated, or a setback someone met."""
        return self.problem or self.setback

    @property
    def storied(self) -> bool:
        """A moment a story can stand on (slogan_no_story): concrete, or a named village, town or
        person doing something with no slogan in the sentence (后备干部们到某村的红色教育基地接受培训、
        a town hall as home, told plainly). Readers of blind set 56 judged "only slogans, no story"
        wrong on five such paragraphs of five."""
        return self.concrete or (self.locale or not self.facts.isdisjoint(_PERSON)) and \
            not (self.boilerplate or self.echo or self.weak)

    @property
    def substantive(self) -> bool:
        """Local substance that turns a restated formula into reporting: an outcome figure or a
        dated event in a named place (specific), a concrete problem, or a proposal naming who,
        when or how. A place or unit name alone (全县上下以…为指导) is not."""
        return self.specific or self.problem or self.actionable

    @property
    def local(self) -> bool:
        """Any local content at all: a quantity, a place, a unit, a date, a person."""
        return bool(self.facts) or self.activity_counts > 0

    @property
    def activity_only(self) -> bool:
        return self.activity_counts > 0 and "outcome" not in self.facts and "percent" not in self.facts

    @property
    def stock(self) -> bool:
        """Carries stock phrases: slogans or restated higher-level formulations."""
        return self.boilerplate > 0 or self.echo > 0

    @property
    def empty(self) -> bool:
        """A slogan sentence: stock phrases or bare exhortation (强化督促指导), nothing concrete."""
        if self.boilerplate > 0 and not self.specific:
            return True
        if self.echo > 0 and not self.substantive:
            return True
        return self.exhortation and not self.concrete


@dataclass
class Signals:
    document: Document
    sentences: dict[int, SentenceSignals]  # by sentence index (body sentences only)
    title: SentenceSignals = field(default_factory=SentenceSignals)
    _body: list | None = field(default=None, repr=False)
    _by_paragraph: dict | None = field(default=None, repr=False)
    _counts: dict = field(default_factory=dict, repr=False)
    _protocol: dict = field(default_factory=dict, repr=False)  # sentence index -> a meeting's protocol?
    hits: "_Hits | None" = field(default=None, repr=False)
    signal_set: "SignalSet | None" = field(default=None, repr=False)
    # paragraphs of a section that announces the problems found (二、存在的问题) and states some:
    # a "存在一些问题" there leads in to the list, it hides nothing (judge/problem.problem_paragraphs)
    problem_section: frozenset = field(default=frozenset(), repr=False)

    def body(self) -> list[tuple[Sentence, SentenceSignals]]:
        """Body sentences with their signals (built once: rules, scoring and features ask often)."""
        if self._body is None:
            self._body = [(s, self.sentences[s.index]) for s in self.document.body_sentences()]
        return self._body

    def substance(self) -> int:
        """Body sentences that tell the reader something beyond the event itself: a fact that
        matters (not a count of meetings or participants), a problem, or a proposal that can be
        acted on; a meeting's protocol and the requirements it relayed (出席并讲话、会议强调…,
        rules/signals.yaml `proceedings`) do not count. Counted once."""
        return self._told("substance", _of_substance)

    def substance_unquoted(self) -> int:
        """Signals.substance without the sentences that count only for quoting someone: in a news
        item, what participants said at the event (a pledge at a 欢送会, a trainee's 体会 at a
        座谈会) is the event itself, like the speeches. Counted once."""
        return self._told("substance_unquoted", _of_substance_unquoted)

    def substance_after_lead(self) -> int:
        """Signals.substance_unquoted past the first body sentence: what a news item tells beyond
        the lead that reports its event, whether or not that lead counts itself (a lead that only
        says who held which meeting does not; one with a date and a place does). Counted once."""
        if "substance_after_lead" not in self._counts:
            body = self.body()
            # a lead that states what the work achieved (全县4.3万户…在全省率先完成): a result, not the event
            lead = 1 if body and body[0][1].figure and not self._proceedings(body[0][0]) else 0
            self._counts["substance_after_lead"] = lead + sum(
                1 for sentence, sig in body[1:] if _of_substance_unquoted(sig) and not self._proceedings(sentence))
        return self._counts["substance_after_lead"]

    def moments(self) -> int:
        """What a story is made of: the sentences of substance plus the scenes told through the
        senses (天刚亮，雾还没散…) that carry no figure or name. Counted once."""
        return self._told("moments", lambda sig: _of_substance(sig) or sig.scene)

    def figures(self) -> int:
        """Body sentences that state a counted fact (an outcome or a share: 1260名村干部中50岁以上的占58%),
        not a count of meetings or participants. Counted once."""
        return self._told("figures", lambda sig: sig.figure)

    def quantities(self) -> int:
        """Quantities stated in the body (a number with its measure word: 38名、62%、4.8万元)
        that count no meeting or participant (召开会议12次、120人参加 do not count), a meeting's
        protocol left out. Counted once."""
        if "quantities" not in self._counts:
            self._counts["quantities"] = sum(len(sig.numbers) - sig.activity_counts for sentence, sig in self.body()
                                             if sig.numbers and not self._proceedings(sentence))
        return self._counts["quantities"]

    def _told(self, key: str, keep) -> int:
        """Body sentences where `keep(sig)` holds, a meeting's protocol left out (counted once)."""
        if key not in self._counts:
            self._counts[key] = sum(1 for sentence, sig in self.body() if keep(sig) and not self._proceedings(sentence))
        return self._counts[key]

    def _proceedings(self, sentence: Sentence) -> bool:
        """Whether the sentence is a meeting's protocol (rules/signals.yaml `proceedings`),
        searched once per sentence: substance and moments both ask."""
        if sentence.index not in self._protocol:
            pattern = self.signal_set.patterns["proceedings"] if self.signal_set else None
            self._protocol[sentence.index] = bool(pattern and pattern.search(sentence.text))
        return self._protocol[sentence.index]

    def by_paragraph(self) -> dict[int, list[SentenceSignals]]:
        """The body sentences' signals grouped by paragraph index, in order (built once)."""
        if self._by_paragraph is None:
            grouped: dict[int, list[SentenceSignals]] = {}
            for sentence, sig in self.body():
                grouped.setdefault(sentence.paragraph, []).append(sig)
            self._by_paragraph = grouped
        return self._by_paragraph

    def evidence(self) -> list[dict]:
        """Per body sentence: the judgements that hold and the cues behind them, each with the
        span it fired on (checker check --evidence; bench/real.py explains disagreements)."""
        text = self.document.text
        out = []
        for sentence, sig in self.body():
            held = [name for name in EVIDENCED if element_holds(sig, name)]
            cues = []
            within = self.hits.within(sentence) if self.hits else (lambda name: [])
            for judgement in held:
                for cue in EVIDENCE_CUES.get(judgement, ()):
                    spans = within(cue) if cue not in ("outcome", "activity") else \
                        (sig.outcomes if cue == "outcome" else [])
                    cues += [{"judgement": judgement, "cue": cue, "start": a, "end": b, "text": text[a:b]}
                             for a, b in spans]
                if judgement == "actionable" and self.signal_set:
                    for name in ("actor", "assignment", "deadline", "instrument"):
                        match = self.signal_set.patterns[name].search(sentence.text)
                        if match:
                            a = sentence.start + match.start()
                            cues.append({"judgement": judgement, "cue": name, "start": a,
                                         "end": sentence.start + match.end(), "text": match.group(0)})
            out.append({"index": sentence.index, "start": sentence.start, "end": sentence.end,
                        "text": sentence.text, "judgements": held, "facts": sorted(sig.facts),
                        "evidence": sorted(cues, key=lambda c: (c["start"], c["judgement"]))})
        return out

    def count(self, element: str) -> int:
        """Body sentences where the element holds (counted once: the judgements are final
        when Signals is built, and rules, scoring and features ask for the same counts)."""
        if element not in self._counts:
            self._counts[element] = sum(1 for _, sig in self.body() if getattr(sig, element))  # element_holds
        return self._counts[element]

    def ratio(self, element: str) -> float:
        body = self.body()
        return self.count(element) / len(body) if body else 0.0


def _of_substance(sig: SentenceSignals) -> bool:
    """A fact that matters, a problem, or a proposal that can be acted on (Signals.substance)."""
    return sig.specific and not sig.activity_only or sig.problem or sig.actionable


def _of_substance_unquoted(sig: SentenceSignals) -> bool:
    """Substance that is not only a quotation (Signals.substance_unquoted)."""
    return sig.specific_unquoted and not sig.activity_only or sig.problem or sig.actionable


ELEMENTS = ("problem", "vague_problem", "grounded_problem", "addressed", "hardship", "named", "analysis", "judged", "forward", "declared", "actionable", "effect", "specific", "concrete", "storied",
            "figure", "substantive", "local", "activity_only", "empty", "stock", "echo", "boilerplate")


# The sentence judgements reported with evidence, and the scanned cues that can support each.
EVIDENCED = ("problem", "vague_problem", "addressed", "analysis", "forward", "actionable", "effect", "specific", "empty")
EVIDENCE_CUES = {
    "problem": ("problem_strong", "problem_evaluative", "problem_generic"),
    "vague_problem": ("problem_vague",),
    "analysis": ("cause", "trend", "judgment"),
    "effect": ("change", "outcome", "percent"),
    "specific": ("outcome", "percent", "date", "place", "organization", "person", "quote", "case_marker", "works"),
    "empty": ("boilerplate", "policy", "weak"),
}


def element_holds(sig: SentenceSignals, element: str) -> bool:
    value = getattr(sig, element)
    return bool(value)


# -- helpers ------------------------------------------------------------------------------

def _question_form(text: str, start: int) -> bool:
    """够不够、能不能: an X不X question, not a statement that something falls short."""
    return text[start:start + 1] == "不" and start > 0 and text[start - 1:start] == text[start + 1:start + 2]


def _idiom_number(number: str) -> bool:
    """A lone 一/十/百/千/万 is part of a word (一批、十分、千家万户), not a count."""
    return len(number) == 1 and number in "一十百千万"


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]


class RegexScanner:
    """A plain compiled regex offered to Document.scan like a TermMatcher."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self.pattern is PERCENT and not may_have_percent(text):
            return []
        return _spans(self.pattern, text)


# Cues that may run across sentences and hold for each sentence they cover: a quotation of
# several sentences (“别急，遇事要冷静。你回村去吧。”) is direct speech in every one of them.
SPANNING = frozenset({"quote"})


class _Hits:
    """Each cue's hits, bucketed once by the sentence that contains them (a SPANNING cue: by
    every sentence it covers, clipped to that sentence), and kept per sentence: a judgement
    asks a sentence for its hits of one cue after another (several hundred lookups a draft)."""

    def __init__(self, document: Document, spans: dict[str, list[tuple[int, int]]]):
        sentences = document.sentences
        starts = [s.start for s in sentences]
        # a sentence without hits of a cue has none: () (every cue named, so a misspelt one fails)
        self._none: dict[str, tuple | list[tuple[int, int]]] = dict.fromkeys(spans, ())
        self._by_sentence: dict[int, dict[str, tuple | list[tuple[int, int]]]] = {}
        for name, found in spans.items():
            bucket: dict[int, list[tuple[int, int]]] = {}
            for span in found:
                position = bisect_right(starts, span[0]) - 1
                if position < 0:
                    continue
                if span[1] <= sentences[position].end:
                    bucket.setdefault(position, []).append(span)
                elif name in SPANNING:
                    while position < len(sentences) and sentences[position].start < span[1]:
                        sentence = sentences[position]
                        clipped = (max(span[0], sentence.start), min(span[1], sentence.end))
                        if clipped[1] > clipped[0]:
                            bucket.setdefault(position, []).append(clipped)
                        position += 1
            for position, hits in bucket.items():
                cues = self._by_sentence.get(position)
                if cues is None:
                    cues = self._by_sentence[position] = self._none.copy()
                cues[name] = hits

    def within(self, sentence: Sentence):
        """A lookup of the hits of any cue inside this sentence (a list, or () for none)."""
        return self._by_sentence.get(sentence.index, self._none).__getitem__


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [span for span in spans if start <= span[0] and span[1] <= end]


def _overlaps(span: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:  # (a list, or () for none)
    return any(span[0] < e and s < span[1] for s, e in others)


@lru_cache(maxsize=1024)
def _clauses(sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """The clauses of a sentence (between ，：；！？。), as offsets in the text; several
    judgements ask for the same sentence's clauses, so they are cut once."""
    clauses, start = [], sentence.start
    for match in CLAUSE_BREAK.finditer(sentence.text):
        end = sentence.start + match.start()
        if end > start:
            clauses.append((start, end))
        start = sentence.start + match.end()
    if sentence.end > start:
        clauses.append((start, sentence.end))
    return tuple(clauses)


def _clause_span(sentence: Sentence, offset: int) -> tuple[int, int] | None:
    """The offsets of the clause of the sentence that holds `offset` (None outside them)."""
    for start, end in _clauses(sentence):
        if start <= offset < end:
            return start, end
    return None


def _tokens_within(document: Document, sentence: Sentence) -> list[str]:
    lo = bisect_left(document.token_starts, sentence.start)
    hi = bisect_right(document.token_starts, sentence.end - 1)
    return document.tokens[lo:hi]
