"""Sentence-level judgments: does a sentence carry a concrete fact, state a problem, analyse,
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

from .lexicon import TermMatcher, as_subword, compile_terms, term_matcher
from .segment import Document, Sentence

# Vocabularies scanned over the whole text once; the rest are tested per sentence or clause.
SCANNED = ("date", "slogan_number", "place", "organization", "person", "quote", "case_marker",
           "problem_strong", "problem_evaluative", "problem_generic", "problem_vague", "change", "cause", "trend", "judgment")
CLAUSE_BREAK = re.compile(r"[，,：:；;！？!?。]")
NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万]+)(?:余|多)?(?:万|亿)?(?:余|多)?"
# 将 as "will" (将持续推进) rather than as 把 (将其纳入考核); 已将 is past
FUTURE_JIANG = re.compile(r"(?<![已并])将(?![^，。；]{0,20}(?:纳入|作为|列入|列为|转为|转化为|打造成|变成|当作|当成|改为|调整为))")
DISPARITY = re.compile(r"[，,；;]\s*(?:而|却|但|但是|然而)[^，。；]{0,20}\d|\d[^，。；]{0,20}[，,]?(?:却|反而)")
NEGATORS = {"不", "无", "没", "未", "防", "免", "再"}  # "流动不流失" is a slogan, not a problem
PERCENT = re.compile(r"\d+(?:\.\d+)?\s*[%％]|百分之[零一二两三四五六七八九十百点]+")


@dataclass
class SentenceSignals:
    """What one sentence carries. Filled by `analyse`; read by rules and scoring."""

    facts: set[str] = field(default_factory=set)  # outcome, parameter, percent, date, place, org, person, quote, case
    activity_counts: int = 0
    problem: bool = False
    vague_problem: bool = False
    analysis: bool = False
    forward: bool = False
    actionable: bool = False
    effect: bool = False
    boilerplate: int = 0  # boilerplate phrases in the sentence
    echo: int = 0  # higher-level policy formulations in the sentence
    weak: int = 0  # vague countermeasure phrases (进一步加强…)
    exhortation: bool = False  # built on verbs that name no action (加强、强化、推进…) or stock remedies
    numbers: list[tuple[int, int]] = field(default_factory=list)  # spans of quantities
    outcomes: list[tuple[int, int]] = field(default_factory=list)  # the quantities that are outcomes

    @property
    def specific(self) -> bool:
        if self.boilerplate >= 2 and self.boilerplate > len(self.numbers):
            return False  # three slogans around one figure is still 泛泛而谈
        facts = self.facts
        if facts & {"outcome", "percent", "quote", "case"}:
            return True
        if "person" in facts and facts & {"date", "place", "org"}:
            return True  # a named person in a named place or unit, or on a date
        return "date" in facts and bool(facts & {"place", "org"})

    @property
    def concrete(self) -> bool:
        """Substance an editor would not call 泛泛而谈: any concrete fact (even amid slogans),
        a concrete problem, analysis backed by facts nearby, or a proposal that names who,
        when or how much. Naming the writing unit or a place alone is not enough."""
        grounded = bool(self.facts - {"org", "place"}) or self.activity_counts > 0
        return grounded or self.specific or self.actionable or self.problem or self.analysis

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
    hits: "_Hits | None" = field(default=None, repr=False)
    signal_set: "SignalSet | None" = field(default=None, repr=False)

    def body(self) -> list[tuple[Sentence, SentenceSignals]]:
        """Body sentences with their signals (built once: rules, scoring and features ask often)."""
        if self._body is None:
            self._body = [(s, self.sentences[s.index]) for s in self.document.body_sentences()]
        return self._body

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
        return sum(1 for _, sig in self.body() if element_holds(sig, element))

    def ratio(self, element: str) -> float:
        body = self.body()
        return self.count(element) / len(body) if body else 0.0


ELEMENTS = ("problem", "vague_problem", "analysis", "forward", "actionable", "effect", "specific", "concrete",
            "substantive", "local", "activity_only", "empty", "stock", "echo", "boilerplate")


# The sentence judgements reported with evidence, and the scanned cues that can support each.
EVIDENCED = ("problem", "vague_problem", "analysis", "forward", "actionable", "effect", "specific", "empty")
EVIDENCE_CUES = {
    "problem": ("problem_strong", "problem_evaluative", "problem_generic"),
    "vague_problem": ("problem_vague",),
    "analysis": ("cause", "trend", "judgment"),
    "effect": ("change", "outcome", "percent"),
    "specific": ("outcome", "percent", "date", "place", "organization", "person", "quote", "case_marker"),
    "empty": ("boilerplate", "policy", "weak"),
}


def element_holds(sig: SentenceSignals, element: str) -> bool:
    value = getattr(sig, element)
    return bool(value)


class SignalSet:
    """The compiled vocabularies of rules/signals.yaml plus the lexicons they lean on."""

    def __init__(self, spec: dict, lexicons: dict):
        self.patterns = {name: self._compile(name, entry, lexicons) for name, entry in spec.items()
                         if name not in SCANNED}
        self.place_stop = set(spec.get("place", {}).get("stop", ()))
        self.forward_tokens = set(spec["forward_token"]["terms"])
        self.number = re.compile(NUMBER + "(?=" + self.patterns["measure"].pattern + ")")
        self.scanners = {name: self._matcher(spec[name], lexicons) for name in SCANNED}
        self.scanners["boilerplate"] = lexicons["boilerplate"].matcher()
        self.scanners["policy"] = lexicons["policy_formulations"].matcher()
        self.scanners["weak"] = lexicons["weak_countermeasure"].matcher()
        self.scanners["number"] = RegexScanner(self.number)
        self.scanners["percent"] = RegexScanner(PERCENT)

    @staticmethod
    def _vocabulary(entry: dict, lexicons: dict) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """An entry's own terms and patterns, plus those of a lexicon file it names."""
        terms, patterns = list(entry.get("terms", ())), list(entry.get("patterns", ()))
        if "lexicon" in entry:
            lexicon = lexicons[entry["lexicon"]]
            terms += lexicon.literals
            patterns += lexicon.patterns
        return tuple(terms), tuple(patterns)

    def _compile(self, name: str, entry: dict, lexicons: dict) -> re.Pattern:
        terms, patterns = self._vocabulary(entry, lexicons)
        return compile_terms(terms, patterns, where=name)

    def _matcher(self, entry: dict, lexicons: dict) -> TermMatcher:
        terms, patterns = self._vocabulary(entry, lexicons)
        if entry.get("subword"):  # suffix patterns (…县、…党委、王…书记) match inside tokens
            terms, patterns = as_subword(terms), as_subword(patterns)
        return term_matcher(terms, patterns)

    def analyse(self, document: Document) -> Signals:
        hits = _Hits(document, {name: document.scan(m) for name, m in self.scanners.items()})
        body = document.body_sentences()
        result = {s.index: self._sentence(document, s, hits) for s in body}
        self._mark_forward(document, body, result)
        self._mark_analysis(document, body, result, hits)
        title = [s for s in document.sentences if document.paragraphs[s.paragraph].is_title]
        title_signals = self._sentence(document, title[0], hits) if title else SentenceSignals()
        return Signals(document, result, title_signals, hits=hits, signal_set=self)

    # -- per sentence -------------------------------------------------------------------

    def _sentence(self, document: Document, sentence: Sentence, hits: dict) -> SentenceSignals:
        sig = SentenceSignals()
        text = document.text
        within = hits.within(sentence)
        self._facts(text, sentence, within, sig)
        sig.boilerplate = len(within("boilerplate"))
        sig.echo = len(within("policy"))
        sig.weak = len(within("weak"))
        sig.exhortation = sig.weak > 0 or bool(self.patterns["vague_verb"].search(sentence.text))
        self._problem(text, sentence, within, sig)
        sig.effect = self._effect(text, sentence, within("change"), sig)
        return sig

    def _facts(self, text: str, sentence: Sentence, within, sig: SentenceSignals) -> None:
        dates = within("date")
        slogans = within("slogan_number")
        if dates:
            sig.facts.add("date")
        if within("percent"):
            sig.facts.add("percent")
        for start, end in within("number"):
            if _overlaps((start, end), dates) or _overlaps((start, end), slogans):
                continue
            number = text[start:end]
            if (start > 0 and text[start - 1] == "第") or _idiom_number(number):
                continue  # 第一 is an ordinal; 十分、千家万户、一批 are not quantities
            measure = self.patterns["measure"].match(text, end)
            measure_text = measure.group(0) if measure else ""
            sig.numbers.append((start, end + len(measure_text)))
            kind = self._quantity_kind(text, sentence, start, end + len(measure_text), measure_text)
            if kind == "activity":
                sig.activity_counts += 1
            else:
                sig.facts.add(kind)
            if kind == "outcome":
                sig.outcomes.append((start, end + len(measure_text)))
        for start, end in within("place"):
            if not any(text[end - size:end] in self.place_stop for size in (2, 3, 4, 5)):
                sig.facts.add("place")
                break
        if within("organization"):
            sig.facts.add("org")
        if within("person"):
            sig.facts.add("person")
        if within("quote"):
            sig.facts.add("quote")
        if within("case_marker"):
            sig.facts.add("case")

    def _effect(self, text: str, sentence: Sentence, changes, sig: SentenceSignals) -> bool:
        """A measured effect: a change word and an outcome figure (or a percentage) in one
        clause (由9人增至31人、满意率升到91%); 累计参观420人次 is activity, not effect."""
        for start, end in _clauses(sentence):
            if not _inside(changes, start, end):
                continue
            if _inside(sig.outcomes, start, end) or PERCENT.search(text[start:end]):
                return True
        return False

    def _quantity_kind(self, text: str, sentence: Sentence, start: int, end: int, measure: str) -> str:
        """outcome (42个村、由9人增至31人), activity (召开会议12次、培训486人、出台文件5个)
        or parameter (每次不超过1小时、30个工作日内): only outcomes are facts that matter."""
        before = text[max(sentence.start, start - 6):start]
        after = text[end:min(sentence.end, end + 4)]
        if self.patterns["parameter_before"].search(before) or self.patterns["parameter_after"].search(after):
            return "parameter"
        clause = _clause_around(text, sentence, start)
        patterns = self.patterns
        if patterns["activity_always"].fullmatch(measure) or \
                (patterns["activity_measure"].fullmatch(measure) and patterns["activity_context"].search(clause)) or \
                (measure in ("人", "名") and patterns["training_context"].search(clause)) or \
                (measure in ("个", "份", "项") and patterns["document_context"].search(clause)):
            return "activity"
        return "outcome"

    def _problem(self, text: str, sentence: Sentence, within, sig: SentenceSignals) -> None:
        vague = within("problem_vague")
        if vague and not sig.specific:
            # "还存在一些薄弱环节，个别地方重视程度不够": a token admission, however many cue words
            sig.vague_problem = True
            return
        if self._disparity(sentence, sig):
            sig.problem = True  # 占35%，而担任中层以上职务的比例达71%: the figures state the problem
            return
        for clause_start, clause_end in _clauses(sentence):
            clause = text[clause_start:clause_end]
            strong = self._cues(within("problem_strong"), vague, text, clause_start, clause_end)
            weaker = self._cues(within("problem_evaluative"), vague, text, clause_start, clause_end)
            weaker += _inside(within("problem_generic"), clause_start, clause_end)
            if not sig.specific:
                weaker = []  # "激励机制不够健全" is a stock complaint until a fact pins it down
            cues = sorted(strong + weaker)
            if not cues or ("只有" in clause and "才" in text[clause_start:sentence.end]):
                continue
            if self._solved(text[clause_start:cues[0][0]]) or self.patterns["improved"].search(clause):
                continue  # 解决了…问题 / 从不足四成提高到86%: the shortfall is what was overcome
            sig.problem = True
            return
        sig.vague_problem = bool(vague)

    def _disparity(self, sentence: Sentence, sig: SentenceSignals) -> bool:
        """Two figures set against each other with 而/却/但, not reported as an improvement."""
        figures = len(sig.outcomes) + len(PERCENT.findall(sentence.text))
        return figures >= 2 and bool(DISPARITY.search(sentence.text)) and \
            not self.patterns["improved"].search(sentence.text)

    @staticmethod
    def _cues(hits, vague, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Cue hits in a clause, leaving out those inside a vague formula or negated (不流失)."""
        return [h for h in _inside(hits, start, end)
                if not _overlaps(h, vague) and text[h[0] - 1:h[0]] not in NEGATORS and not _question_form(text, h[0])]

    def _solved(self, clause: str) -> bool:
        """The words before a problem cue report it solved or warned against (解决了…、防止…)."""
        return bool(self.patterns["resolution"].search(clause)) and \
            not self.patterns["resolution_negated"].search(clause)

    # -- across sentences ---------------------------------------------------------------

    def _mark_forward(self, document: Document, body: list[Sentence], result: dict) -> None:
        """Proposals: a forward-looking token; anything under a 建议/下一步 heading; and the
        list items (一是…、（一）…) that follow a lead-in such as "建议从以下几个方面着力："."""
        forward_paragraphs = self.forward_paragraphs(document)
        in_list = False
        # headings are not judged, but a heading lead-in ("针对上述情况，提出以下建议：") opens a list
        readable = [s for s in document.sentences if document.paragraphs[s.paragraph].role in ("body", "heading")]
        for sentence in readable:
            sig = result.get(sentence.index)
            if sig is None:
                sig = SentenceSignals()  # a heading: it only moves the list state
            own = self._forward_words(document, sentence)
            lead = self.patterns["proposal_lead"].search(sentence.text)
            item = bool(self.patterns["list_item"].search(sentence.text))
            starts_paragraph = sentence.start == document.paragraphs[sentence.paragraph].start
            if starts_paragraph and not item:
                in_list = False  # a plain paragraph ends the list
            # "提出以下建议：一是…" proposes what follows the colon, in this sentence and the list after it
            proposes_after_colon = bool(lead) and len(sentence.text) - lead.end() > 4
            sig.forward = own or in_list or proposes_after_colon or sentence.paragraph in forward_paragraphs
            if (own or lead) and self.patterns["lead_in"].search(sentence.text):
                in_list = True
            if sig.forward:
                sig.actionable = self._actionable(document.text[sentence.start:sentence.end], sig)

    def _forward_words(self, document: Document, sentence: Sentence) -> bool:
        tokens = set(_tokens_within(document, sentence))
        future = ("将" in tokens and bool(FUTURE_JIANG.search(sentence.text))) or \
            bool(self.patterns["future_start"].search(sentence.text))
        if not (future or self.forward_tokens.intersection(tokens)):
            return False
        return not self.patterns["forward_not"].search(sentence.text) or \
            bool(re.search(r"^(?:建议|下一步|今后)", sentence.text))

    def forward_paragraphs(self, document: Document) -> set[int]:
        """A paragraph opening with 建议/下一步; a short heading like "建议：" covers the rest."""
        heading = self.patterns["forward_heading"]
        marked: set[int] = set()
        for paragraph in document.paragraphs:
            if paragraph.is_title or not heading.search(paragraph.text):
                continue
            marked.add(paragraph.index)
            if len(paragraph.text) <= 20 or paragraph.text.endswith(("：", ":")):
                marked.update(range(paragraph.index, len(document.paragraphs)))
        return marked

    def _actionable(self, sentence_text: str, sig: SentenceSignals) -> bool:
        """Who, by when, how much, through what: a usable proposal names at least two."""
        has_actor = bool(self.patterns["actor"].search(sentence_text))
        markers = has_actor + sum(bool(self.patterns[name].search(sentence_text)) for name in ("deadline", "instrument"))
        markers += bool(sig.numbers)
        slogans = sig.weak + sig.boilerplate
        if has_actor and not slogans and not self.patterns["vague_verb"].search(sentence_text) and \
                self.patterns["assignment"].search(sentence_text):
            return True  # 由区委社会工作部牵头，会同区大数据中心清理网格系统: who is assigned, and a plain action
        return markers >= (3 if slogans >= 2 else 2)

    def _mark_analysis(self, document: Document, body: list[Sentence], result: dict, hits: dict) -> None:
        """Causes, trends and judgments count only when a fact backs them, here or next door."""
        for position, sentence in enumerate(body):
            sig = result[sentence.index]
            within = hits.within(sentence)
            if not (within("cause") or within("trend") or within("judgment")):
                continue
            if sig.boilerplate >= 2 or (sig.boilerplate and not sig.specific):
                continue  # "由于领导高度重视，取得明显成效" is a slogan, not a cause
            neighbours = [body[i] for i in (position - 1, position + 1) if 0 <= i < len(body)]
            backed = sig.specific or any(result[n.index].specific for n in neighbours)
            sig.analysis = backed


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
        return _spans(self.pattern, text)


class _Hits:
    """Each cue's hits, bucketed once by the sentence that contains them."""

    def __init__(self, document: Document, spans: dict[str, list[tuple[int, int]]]):
        starts = [s.start for s in document.sentences]
        self.buckets: dict[str, dict[int, list[tuple[int, int]]]] = {}
        for name, found in spans.items():
            bucket: dict[int, list[tuple[int, int]]] = {}
            for span in found:
                position = bisect_right(starts, span[0]) - 1
                if position >= 0 and span[1] <= document.sentences[position].end:
                    bucket.setdefault(position, []).append(span)
            self.buckets[name] = bucket

    def within(self, sentence: Sentence):
        """A lookup of the hits of any cue inside this sentence."""
        index = sentence.index
        return lambda name: self.buckets[name].get(index, [])


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [span for span in spans if start <= span[0] and span[1] <= end]


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    clauses, start = [], sentence.start
    for match in CLAUSE_BREAK.finditer(sentence.text):
        end = sentence.start + match.start()
        if end > start:
            clauses.append((start, end))
        start = sentence.start + match.end()
    if sentence.end > start:
        clauses.append((start, sentence.end))
    return clauses


def _clause_around(text: str, sentence: Sentence, offset: int) -> str:
    for start, end in _clauses(sentence):
        if start <= offset < end:
            return text[start:end]
    return sentence.text


def _tokens_within(document: Document, sentence: Sentence) -> list[str]:
    lo = bisect_left(document.token_starts, sentence.start)
    hi = bisect_right(document.token_starts, sentence.end - 1)
    return document.tokens[lo:hi]
