"""The rule kinds. Each compiles its rule's data once and yields matches for a document.

span kinds:      lexicon, regex, token_pattern, substitution, first_mention, identifier, title
                 -> (start, end, replacement)
document kinds:  absent (a required element is missing), density (too much of something)
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import takewhile
from pathlib import Path
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Iterator

from . import identifiers, schema
from .structure import without_occasion
from .judge import Signals, SentenceSignals, element_holds
from .judge.facts import SURVEY_METHOD
from .judge.problem import PROBLEM_HEADINGS
from .errors import RuleError
from .findings import shorten
from .lexicon import as_subword, bare, compile_terms, first_char_skip, term_matcher

if TYPE_CHECKING:
    from .rulebook import Rule

Match = tuple  # start, end, replacement (substitution; a graded rule's share), and optionally a weight


@dataclass(frozen=True)
class Resources:
    """What kinds may compile against: the lexicons (with the user's additions), the folder
    of lexicon files, and the user's own .tsv tables."""

    lexicons: dict
    lexicon_dir: Path
    tables: dict = field(default_factory=dict)  # a .tsv table's name -> the office's own files that extend it

    def table_files(self, file: str) -> list[Path]:
        """A shipped table (rules/lexicons/<file>) followed by the user's files for it."""
        return [self.lexicon_dir / file, *self.tables.get(Path(file).stem, ())]


class Context:
    """What a rule may read about one document."""

    def __init__(self, signals: Signals, measures: dict):
        self.signals = signals
        self.document = signals.document
        self.measures = measures
        self.column = _column(self.document)


# a column's name put before or after the headline (某某栏目名丨…、【新春走基层】…、…|新春走基层):
# the publisher's label, not the writer's words (set 158, both readers judged a slogan finding wrong on one);
# of two sides of a bar the shorter is the label
_COLUMN_BRACKET = re.compile(r"\s*【[^】\n]{2,24}】")
_COLUMN_BAR = re.compile(r"[丨｜|]")


def _column(document) -> tuple[int, int] | None:
    """The span of the title that names its column, if any."""
    title = next((p for p in document.paragraphs if p.is_title), None)
    if title is None:
        return None
    bracket = _COLUMN_BRACKET.match(document.text, title.start, title.end)
    if bracket:
        return bracket.span()
    bars = [m.start() for m in _COLUMN_BAR.finditer(document.text, title.start, title.end)]
    if len(bars) != 1:
        return None
    bar = bars[0]
    before, after = bar - title.start, title.end - bar - 1
    if min(before, after) < 2:
        return None
    return (title.start, bar + 1) if before <= after else (bar, title.end)


def _reaches(ctx: Context, thresholds: dict[str, float]) -> bool:
    """A rule's `unless_at_least`: some document measure is at or over its value."""
    return any(ctx.measures[name] >= value for name, value in thresholds.items())


class SpanKind:
    """Shared by kinds that flag spans: `when`/`unless` conditions on the sentence."""

    def __init__(self, rule: Rule, resources: Resources):
        self.rule = rule
        self.when = rule.spec.get("when", [])
        self.unless = rule.spec.get("unless", [])
        self.per_sentence = rule.spec.get("per_sentence")
        self.unless_at_least = rule.spec.get("unless_at_least", {})

    def run(self, ctx: Context) -> Iterator[Match]:
        if _reaches(ctx, self.unless_at_least):
            return
        counted: dict[int, int] = {}
        for start, end, replacement in self.candidates(ctx):
            if ctx.column and self.rule.family != "risk" and ctx.column[0] <= start < ctx.column[1]:
                continue  # the title's column label (…丨, 【…】): the publisher's, not the writer's
            sentence = ctx.document.sentence_at(start)
            if not self._conditions_hold(ctx, sentence, start, end):
                continue
            if self.per_sentence:
                counted[sentence.index] = counted.get(sentence.index, 0) + 1
                if counted[sentence.index] > self.per_sentence:
                    continue
            yield start, end, replacement

    def candidates(self, ctx: Context) -> Iterator[Match]:
        raise NotImplementedError

    def _conditions_hold(self, ctx: Context, sentence, start: int, end: int) -> bool:
        held = lambda name: _span_condition(name, ctx, sentence, start, end)  # noqa: E731
        return all(held(n) for n in self.when) and not any(held(n) for n in self.unless)


class MatchKind(SpanKind):
    """`lexicon` and `regex`: named lexicon files, inline terms and regular expressions."""

    schema: ClassVar[dict] = schema.MATCH

    def __init__(self, rule: Rule, resources: Resources):
        super().__init__(rule, resources)
        lexicons = resources.lexicons
        literals, patterns = list(rule.spec.get("terms", [])), list(rule.spec.get("patterns", []))
        for name in rule.spec.get("lexicons", []):
            if name not in lexicons:
                raise RuleError(f"{rule.path}：引用了不存在的词表“{name}”（应在 rules/lexicons/{name}.txt）")
            literals += lexicons[name].literals
            patterns += lexicons[name].patterns
        if not literals and not patterns:
            raise RuleError(f"{rule.path}：{rule.kind} 规则需要 lexicons、terms 或 patterns")
        try:
            self.matcher = term_matcher(tuple(dict.fromkeys(literals)), tuple(dict.fromkeys(patterns)))
        except RuleError as exc:
            raise RuleError(f"{rule.path}：{exc}") from None

    def candidates(self, ctx: Context) -> Iterator[Match]:
        for start, end in ctx.document.scan(self.matcher):
            yield start, end, ""


class LexiconKind(MatchKind):
    """Mostly named lexicon files (rules/lexicons/*.txt)."""

    label: ClassVar[str] = "词表匹配"


class RegexKind(MatchKind):
    """Mostly inline regular expressions."""

    label: ClassVar[str] = "正则匹配"


class TokenPatternKind(SpanKind):
    """spaCy Matcher patterns over the jieba tokens, longest match first (greedy LONGEST).

    Patterns made only of fixed tokens compared by text (ORTH, TEXT or LOWER: a string, or
    IN / NOT_IN a list of strings; no OP) run over the tokens directly, as spaCy's Matcher
    would: spaCy is not imported and no Doc is built. Any other pattern goes to spaCy's
    Matcher, which is then imported and validates it."""

    label: ClassVar[str] = "分词模式（spaCy Matcher）"
    schema: ClassVar[dict] = schema.TOKEN_PATTERN

    def __init__(self, rule: Rule, resources: Resources):
        super().__init__(rule, resources)
        patterns = rule.spec.get("patterns")
        if not patterns:
            raise RuleError(f"{rule.path}：token_pattern 规则需要 patterns（spaCy Matcher 格式）")
        simple = [_token_tests(pattern) for pattern in patterns]
        self.simple = simple if all(tests is not None for tests in simple) else None
        self.matcher: Any = None
        if self.simple is None:
            from spacy.matcher import Matcher

            from .segment import _nlp

            self.matcher = Matcher(_nlp().vocab)
            try:
                self.matcher.add(rule.id, patterns, greedy="LONGEST")
            except (ValueError, TypeError) as exc:
                raise RuleError(f"{rule.path}：patterns 不是有效的 spaCy Matcher 模式（{exc}）") from None

    def candidates(self, ctx: Context) -> Iterator[Match]:
        document = ctx.document
        for first_token, last_token in self._regions(ctx):
            if self.simple is not None:
                found = _longest_first(self._simple_matches(document.tokens, first_token, last_token))
            else:
                region = document.spacy_doc[first_token:last_token]
                found = [(first + first_token, last + first_token) for _, first, last in self.matcher(region)]
            for first, last in sorted(found, key=lambda m: m[0]):
                start = document.token_starts[first]
                end = document.token_starts[last - 1] + len(document.tokens[last - 1])
                yield start, end, ""

    def _simple_matches(self, tokens: list[str], first: int, last: int) -> set[tuple[int, int]]:
        found = set()
        for tests in self.simple:  # type: ignore[union-attr]  # called only when there are simple tests
            size, head, rest = len(tests), tests[0], tests[1:]  # type: ignore[arg-type, index]
            for i in range(first, last - size + 1):
                if head(tokens[i]) and all(test(tokens[i + k]) for k, test in enumerate(rest, start=1)):
                    found.add((i, i + size))
        return found

    def _regions(self, ctx: Context) -> list[tuple[int, int]]:
        """Token ranges worth matching: the whole draft, or only the sentences where the
        rule's `when` conditions hold (running the Matcher there alone is much cheaper)."""
        document = ctx.document
        if not self.when:
            return [(0, len(document.tokens))]
        regions = []
        for sentence in document.sentences:
            if all(_span_condition(n, ctx, sentence, sentence.start, sentence.end) for n in self.when):
                regions.append((bisect_left(document.token_starts, sentence.start),
                                bisect_left(document.token_starts, sentence.end)))
        return regions


class SubstitutionKind(SpanKind):
    """A wrong form and its right form, from `replacements` or a tab-separated `file`."""

    label: ClassVar[str] = "错误写法替换"
    schema: ClassVar[dict] = schema.SUBSTITUTION

    def __init__(self, rule: Rule, resources: Resources):
        super().__init__(rule, resources)
        pairs = dict(rule.spec.get("replacements", {}))
        if "file" in rule.spec:
            for path in resources.table_files(rule.spec["file"]):  # an office's own rows come last and win
                pairs.update(read_substitutions(path))
        if not pairs:
            raise RuleError(f"{rule.path}：substitution 规则需要 replacements 或 file")
        self.pairs = pairs
        # the wrong forms found as a trie regex of them finds them (leftmost, the longest at each
        # start, anywhere in a word), in the document's one pass over every vocabulary's literals
        self.matcher = term_matcher(as_subword(pairs), ())

    def candidates(self, ctx: Context) -> Iterator[Match]:
        document = ctx.document
        text, edges = document.text, document.token_edges
        for start, end in document.scan(self.matcher):
            if start not in edges and end not in edges:
                continue  # 统战部暑期 (统战部/暑期): two words' edges, not a miswritten 部署 (set 65)
            yield start, end, self.pairs[text[start:end]]


class FirstMentionKind(SpanKind):
    """A short form (简称) whose full name (全称) has not been given: flagged once, at its first
    mention in the body, unless a full form stands before it or right after it (人社局
    （人力资源和社会保障局）). A title may use the short form. The table is a tab-separated
    `file`: short form, full forms separated by |, a note."""

    label: ClassVar[str] = "简称首次出现未用全称"
    schema: ClassVar[dict] = schema.FIRST_MENTION
    AFTER = 30  # characters after the short form where a bracketed full name still counts

    def __init__(self, rule: Rule, resources: Resources):
        super().__init__(rule, resources)
        if "file" not in rule.spec:
            raise RuleError(f"{rule.path}：first_mention 规则需要 file（简称表）")
        pairs: dict[str, str] = {}
        for path in resources.table_files(rule.spec["file"]):
            pairs.update(read_substitutions(path))
        self.full = {short: tuple(f.strip() for f in full.split("|") if f.strip()) for short, full in pairs.items()}
        self.matcher = term_matcher(as_subword(self.full), ())  # (found as SubstitutionKind finds its forms)

    def candidates(self, ctx: Context) -> Iterator[Match]:
        document, text = ctx.document, ctx.document.text
        seen: set[str] = set()
        edges = document.token_edges
        for start, end in document.scan(self.matcher):
            short = text[start:end]
            if short in seen or document.paragraphs[document.sentence_at(start).paragraph].is_title:
                continue
            if end not in edges:  # 人社部 in 镇人社部门 (人社/部门): the short form ends inside a word
                continue
            seen.add(short)
            forms = self.full[short]
            window = text[end:end + self.AFTER]
            if any(form in text[:start] or form in window for form in forms):
                continue
            yield start, end, forms[0]


def read_substitutions(path: Path) -> dict[str, str]:
    pairs = {}
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise RuleError(f"{path}：替换表文件不存在") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0].strip() or not fields[1].strip():
            raise RuleError(f"{path} 第 {number} 行：应为“错误写法<TAB>正确写法<TAB>说明”")
        pairs[fields[0].strip()] = fields[1].strip()
    return pairs


class IdentifierKind(SpanKind):
    """Personal numbers recognised by their structure and check digits (checker/identifiers.py):
    a resident ID number with a valid GB 11643 check character and birth date, a mobile
    number, a Luhn-valid bank card number. A regular expression cannot compute a check digit,
    so these are code; which one a rule looks for is its data (`identifier`)."""

    label: ClassVar[str] = "证件号码校验"
    schema: ClassVar[dict] = schema.IDENTIFIER

    def __init__(self, rule: Rule, resources: Resources):
        super().__init__(rule, resources)
        if "identifier" not in rule.spec:
            raise RuleError(f"{rule.path}：identifier 规则需要 identifier（{'、'.join(identifiers.FINDERS)}）")
        self.find = identifiers.FINDERS[rule.spec["identifier"]]

    def candidates(self, ctx: Context) -> Iterator[Match]:
        for start, end in self.find(ctx.document.text):
            yield start, end, ""


class TitleKind:
    """The title as a whole (rules/title/): too long, or a slogan with no fact in it.

    `check: length` counts the characters an editor reads (letters and digits: punctuation,
    spaces and a column tag such as 【最美基层干部】、典型案例 |、(前沿观察⑥) do not count) and
    fires over `max_chars`; the finding's {replacement} is the count.
    `check: slogan` fires on a title with no fact at all (no place, unit, person, date, number
    or quotation, by the same judgement as a body sentence) that is a slogan: parallel
    segments of equal length (强基固本 铸魂育人、凝心聚力谋发展 砥砺奋进谱新篇), an exhortation
    (组工干部要…、当好…), or a short title carried by stock phrases. A quoted name that is not
    itself a stock phrase (“围桌夜话”, not “最后一公里”) is a practice, so such a title is not one.
    `check: pattern` fires on a title the rule's `pattern` finds (the kind of event a news item
    reports: a ceremony, a visit) unless the title itself states a quantity; the finding's
    {replacement} is what the pattern found."""

    label: ClassVar[str] = "标题"
    schema: ClassVar[dict] = schema.TITLE

    def __init__(self, rule: Rule, resources: Resources):
        self.rule = rule
        self.check = rule.spec.get("check")
        if self.check not in TITLE_CHECKS:
            raise RuleError(f"{rule.path}：title 规则需要 check（{'、'.join(TITLE_CHECKS)}）")
        self.max_chars = rule.spec.get("max_chars", 30)
        self.pattern = re.compile(rule.spec["pattern"]) if rule.spec.get("pattern") else None
        if (self.check == "pattern") != (self.pattern is not None):
            raise RuleError(f"{rule.path}：pattern 只能与 check: pattern 一起用，check: pattern 也必须有 pattern")
        stock = resources.lexicons.get("boilerplate")
        self.stock = frozenset(bare(w) for w in stock.literals) if stock else frozenset()

    def run(self, ctx: Context) -> Iterator[Match]:
        title = next((p for p in ctx.document.paragraphs if p.is_title), None)
        if title is None:
            return
        core = title_core(title.text)
        if self.check == "length":
            count = title_chars(main_title(core))
            if count > self.max_chars:
                yield title.start, title.end, str(count)
        elif self.check == "pattern":
            found = self.pattern.search(core)  # type: ignore[union-attr]  # check: pattern has one
            if found and not ctx.signals.title.numbers:
                yield title.start, title.end, found.group(0)
        elif slogan_title(core, ctx.signals.title, self.stock):
            yield title.start, title.end, ""


CITE_CHARS = 24  # how much of a cited sentence a message quotes

TITLE_CHECKS = ("length", "slogan", "pattern")
# A column or series tag is the publisher's, not the writer's: 【最美基层干部】…、典型案例 | …、
# 七一时评|…、深壹度丨…、…(前沿观察 从严治党 向下延伸⑥)
# …and a series label after a colon at its end (…机制：全省营商环境改革典型案例之十四、…：乡村振兴系列报道之三;
# audit 104, both readers: the publisher's, not the writer's length)
_COLUMN_TAG = re.compile(r"^\s*【[^】]{1,12}】\s*|^\s*[^|丨｜，,。！？]{1,8}\s*[|丨｜]\s*|\s*[(（][^)）]{1,24}[)）]\s*$"
                         r"|\s*[：:][^：:，,。！？]{2,24}(?:案例|系列|系列报道|专栏|专题)之[一二三四五六七八九十百零〇\d]+\s*$")
_QUOTED = re.compile(r"[“\"]([^”\"]{2,12})[”\"]")
_SEGMENT_BREAK = re.compile(r"[\s，,、；;！!？?：:·…]+")
_EXHORTATION_TITLE = re.compile(r"^[^，,。！？]{0,12}?(?<![还需主重只想])(?:要(?![求素点闻事])|必须|务必|应当|当好|争当|争做)")  # 大事要事: matters


def title_core(title: str) -> str:
    """The title without its column tags and a speech's occasion."""
    previous = None
    while previous != title:
        previous, title = title, _COLUMN_TAG.sub("", title, count=1)
    return without_occasion(title)


# A subtitle or byline after a dash (——记…、——某某党支部书记 某某): the headline is what comes before
_SUBTITLE = re.compile(r"\s*(?:——|—|--)\s*\S.*$")


def main_title(title: str) -> str:
    """The headline a reader takes in at a glance: the title without a subtitle or byline after
    a dash (the whole title when the dash opens it)."""
    return _SUBTITLE.sub("", title).strip() or title


def title_chars(title: str) -> int:
    """Letters and digits (Chinese characters count one each); punctuation and spaces do not."""
    return sum(1 for c in title if unicodedata.category(c)[0] in "LN")


def _stock_name(name: str, stock: frozenset) -> bool:
    """A quoted term that is, or is part of, a stock phrase (“最后一公里” in 打通最后一公里)."""
    return any(name in phrase or phrase in name for phrase in stock if len(phrase) >= 2)


def slogan_title(core: str, signals: SentenceSignals, stock: frozenset = frozenset()) -> bool:
    if signals.facts or signals.numbers or signals.problem or not core:
        return False
    if any(not _stock_name(name, stock) for name in _QUOTED.findall(core)):
        return False  # a practice named in quotes (“围桌夜话”) is something done, not a slogan
    main = core.split("——")[0].split("--")[0]
    # 驻村第一书记：心在这里扎根 — who, then what is said of them: the subject before a colon is
    # not one of two parallel slogans
    said = re.split(r"[：:]", main, maxsplit=1)[-1]
    segments = [s for s in _SEGMENT_BREAK.split(said) if s]
    # parallel halves of four characters each (强基固本 铸魂育人) are a slogan's shape; longer halves
    # are one only with a stock phrase in them (党建共建聚合力 情系公交送温暖), not a couplet telling
    # what happened (班车捎快递 农货进城来、白天扛锄头，晚上拿笔头: audits 95 and 97, both readers)
    parallel = len(segments) >= 2 and len({len(s) for s in segments}) == 1 and \
        (len(segments[0]) == 4 or (5 <= len(segments[0]) <= 8 and signals.boilerplate > 0))
    short_stock = signals.boilerplate > 0 and title_chars(main) <= 16
    return parallel or short_stock or bool(_EXHORTATION_TITLE.search(main))


class AbsentKind:
    """A required element is missing: from the document, or from each paragraph."""

    label: ClassVar[str] = "必备要素缺失"
    schema: ClassVar[dict] = schema.ABSENT

    def __init__(self, rule: Rule, resources: Resources):
        self.rule = rule
        self.element: Any = rule.spec.get("element")
        if not self.element:
            raise RuleError(f"{rule.path}：absent 规则需要 element")
        self.scope = rule.spec.get("scope", "document")
        self.minimum = rule.spec.get("min", 1)
        self.min_chars = rule.spec.get("min_chars", 0)
        self.min_sentences = rule.spec.get("min_sentences", 1)
        self.if_present = rule.spec.get("if_present")  # judge only drafts that have this element
        self.unless_present = rule.spec.get("unless_present", [])  # silent where these appear
        title = rule.spec.get("unless_title")
        self.unless_title = re.compile(title) if title else None  # silent under such a title
        self.unless_heading = rule.spec.get("unless_heading", [])  # silent where such a heading stands
        self.cite = rule.spec.get("cite")  # quote the first sentence with this element in the message
        self.skip_questions = rule.spec.get("skip_questions", False)
        if self.skip_questions and self.scope != "paragraph":
            raise RuleError(f"{rule.path}：skip_questions 只能用于 scope: paragraph")
        framing = rule.spec.get("skip_sentences")
        if framing and self.scope != "paragraph":
            raise RuleError(f"{rule.path}：skip_sentences 只能用于 scope: paragraph")
        # (compiled to skip to where a match can begin: an alternation of a dozen openings, most
        # anchored at ^, is otherwise tried at every character of every sentence it reads)
        self.framing = first_char_skip(compile_terms((), framing, where=str(rule.path))) if framing else None
        leads = rule.spec.get("skip_paragraphs")
        if leads and self.scope != "paragraph":
            raise RuleError(f"{rule.path}：skip_paragraphs 只能用于 scope: paragraph")
        self.skip_paragraphs = first_char_skip(compile_terms((), leads, where=str(rule.path))) if leads else None
        self.paragraph_needs = rule.spec.get("paragraph_needs")
        if self.paragraph_needs and self.scope != "paragraph":
            raise RuleError(f"{rule.path}：paragraph_needs 只能用于 scope: paragraph")
        self.cut_within: int = rule.spec.get("cut_within", 0)
        if self.cut_within and not (self.scope == "document" and self.if_present):
            raise RuleError(f"{rule.path}：cut_within 只能用于 scope: document，且要有 if_present")

    def _cut_in_list(self, ctx: Context, body) -> bool:
        """The `if_present` element first appears in the last `cut_within` body sentences, right after
        a lead-in that announces a list (…对策和建议如下：): the part given stops inside that list."""
        element: str = self.if_present or ""
        if any(element_holds(sig, element) for _, sig in body[:-self.cut_within]):
            return False
        first = next((sentence for sentence, sig in body[-self.cut_within:] if element_holds(sig, element)), None)
        if first is None:
            return False
        before = ctx.document.sentences[first.index - 1].text if first.index > 0 else ""
        return bool(_LIST_LEAD.search(before.rstrip()) or _LIST_LEAD.search(first.text, 0, first.text.find("：") + 1))

    def _cited(self, body) -> str:
        if not self.cite:
            return ""
        for sentence, sig in body:
            if element_holds(sig, self.cite):
                return shorten(sentence.text.rstrip("。；;！!？?"), CITE_CHARS)
        return ""

    def run(self, ctx: Context) -> Iterator[Match]:
        body = ctx.signals.body()
        if len(body) < self.min_sentences:
            return
        if self.if_present and ctx.signals.count(self.if_present) == 0:
            return
        if self.cut_within and ctx.document.source.excerpt and self._cut_in_list(ctx, body):
            return  # an excerpt cut just after its list of proposals begins: what follows may be concrete
        if any(ctx.signals.count(element) for element in self.unless_present):
            return
        if self.unless_title is not None and self.unless_title.search(ctx.document.title):
            return
        if self.unless_heading and _has_heading(ctx, self.unless_heading):
            return
        if self.scope == "document":
            if ctx.signals.count(self.element) < self.minimum:
                yield 0, 0, self._cited(body)
            return
        by_paragraph = ctx.signals.by_paragraph()
        for paragraph in ctx.document.paragraphs:
            sentences = by_paragraph.get(paragraph.index, [])
            if not paragraph.is_body or not sentences or len(paragraph.text) < self.min_chars:
                continue
            if self.skip_questions and _mostly_questions(ctx.document, paragraph):
                continue
            if self.skip_paragraphs is not None and self.skip_paragraphs.search(paragraph.text):
                continue
            if self.paragraph_needs and not any(element_holds(sig, self.paragraph_needs) for sig in sentences):
                continue
            if sum(element_holds(sig, self.element) for sig in sentences) < self.minimum and \
                    not (self.framing and _mostly_matching(ctx.document, paragraph, self.framing.search)):
                yield paragraph.start, paragraph.end, ""


def _has_heading(ctx: Context, names, after: int = -1) -> bool:
    """Some paragraph other than the title, past paragraph index `after`, matches one of these
    rules/signals.yaml patterns."""
    patterns = [ctx.signals.signal_set.patterns[name] for name in names]  # type: ignore[union-attr]  # a document's signals carry their set
    return any(pattern.search(paragraph.text) for paragraph in ctx.document.paragraphs[after + 1:]
               if not paragraph.is_title for pattern in patterns)


def _mostly_questions(document, paragraph) -> bool:
    """At least half the paragraph's sentences are questions."""
    return _mostly_matching(document, paragraph, lambda text: text.rstrip("”’\"' ").endswith(("？", "?")))


def _mostly_matching(document, paragraph, test) -> bool:
    """At least half the paragraph's sentences pass the test (its sentences are contiguous: read
    from the first one on, not found by scanning the whole document)."""
    first = document.sentence_at(paragraph.start).index
    sentences = list(takewhile(lambda s: s.paragraph == paragraph.index, document.sentences[first:]))
    return bool(sentences) and 2 * sum(bool(test(s.text)) for s in sentences) >= len(sentences)


# a lead-in that announces a list (…的建议如下：、谈几点想法：)
_LIST_LEAD = re.compile(r"(?:如下|以下|几点|几条|几个方面)[^。！？；\n]{0,6}[：:]$")


class DensityKind:
    """Too much of something: a share or count of sentences (`element` with `ratio` or
    `count`), or a document measure at or over `at_least`, or too little: under `below`."""

    label: ClassVar[str] = "比例或数量超限"
    schema: ClassVar[dict] = schema.DENSITY

    def __init__(self, rule: Rule, resources: Resources):
        self.rule = rule
        spec = rule.spec
        self.element: Any = spec.get("element")
        self.measure: Any = spec.get("measure")
        if bool(self.element) == bool(self.measure):
            raise RuleError(f"{rule.path}：density 规则需要 element 或 measure 之一")
        if self.element and spec.get("ratio") is None and spec.get("count") is None:
            raise RuleError(f"{rule.path}：element 需要 ratio 或 count 阈值")
        if self.measure and (spec.get("at_least") is None) == (spec.get("below") is None):
            raise RuleError(f"{rule.path}：measure 需要 at_least 或 below 阈值之一")
        self.ratio: Any = spec.get("ratio")
        self.count: Any = spec.get("count")
        self.at_least: Any = spec.get("at_least")
        self.below: Any = spec.get("below")
        # graded: the finding weighs share / ratio (2x the threshold costs 2x), or for a measure
        # under `below`, one penalty per `per` units short
        self.graded = spec.get("graded", False)
        self.per: Any = spec.get("per")
        if self.graded and not ((self.element and self.ratio is not None) or (self.below is not None and self.per)):
            raise RuleError(f"{rule.path}：graded 只能用于带 ratio 的 element 规则，或带 below 和 per 的 measure 规则")
        self.min_sentences = spec.get("min_sentences", 1)
        self.share_below = spec.get("share_below")
        if self.share_below is not None and self.below is None:
            raise RuleError(f"{rule.path}：share_below 只能和 below 一起用")
        self.unless = spec.get("unless", [])
        self.unless_at_least = spec.get("unless_at_least", {})
        title = spec.get("unless_title")
        self.unless_title = re.compile(title) if title else None
        self.if_present = spec.get("if_present")  # judge only drafts that have this element

    def run(self, ctx: Context) -> Iterator[Match]:
        if len(ctx.signals.body()) < self.min_sentences:
            return
        if self.if_present and ctx.signals.count(self.if_present) == 0:
            return
        if self.unless_title is not None and self.unless_title.search(ctx.document.title):
            return
        if any(ctx.measures.get(name, 0) for name in self.unless) or \
                _reaches(ctx, self.unless_at_least):
            return
        if self.measure:
            value = ctx.measures[self.measure]
            over = value >= self.at_least if self.at_least is not None else value < self.below
            if over and self.share_below is not None:
                over = value / len(ctx.signals.body()) < self.share_below
            if over and self.graded:
                yield 0, 0, f"{value:g}", (self.below - value) / self.per
                return
        elif self.graded:
            share = ctx.signals.ratio(self.element)
            if share >= self.ratio:
                yield 0, 0, f"{share:.0%}", share / self.ratio
            return
        else:
            over = (self.ratio is not None and ctx.signals.ratio(self.element) >= self.ratio) or \
                (self.count is not None and ctx.signals.count(self.element) >= self.count)
        if over:
            # a measure under or over its threshold says how far (每千字只有 2.5 个…)
            yield 0, 0, f"{value:g}" if self.measure else ""


class CopyKind:
    """Passages taken from another item (东拼西凑、移花接木、抄袭). A draft alone has nothing
    to be compared with, so in the single-text engine this kind is silent: checker.batch.copies
    finds copies within a batch or against an archive and makes the findings. The rule's
    keys are the thresholds that decide what counts as a copy."""

    label: ClassVar[str] = "与同批或档案中的稿件比对"
    schema: ClassVar[dict] = schema.COPY

    def __init__(self, rule: Rule, resources: Resources):
        self.rule = rule

    def run(self, ctx: Context) -> Iterator[Match]:
        return iter(())


# The one registry of rule kinds: the name a rule file gives as `kind:` -> the class that
# runs it. Each class carries its Chinese `label` and its `schema` (the keys it reads,
# from checker/schema.py).
KINDS: dict[str, type] = {
    "lexicon": LexiconKind,
    "regex": RegexKind,
    "token_pattern": TokenPatternKind,
    "substitution": SubstitutionKind,
    "first_mention": FirstMentionKind,
    "identifier": IdentifierKind,
    "title": TitleKind,
    "absent": AbsentKind,
    "density": DensityKind,
    "copy": CopyKind,
}


_TEXT_ATTRIBUTES = {"ORTH": lambda token: token, "TEXT": lambda token: token, "LOWER": str.lower}


def _token_tests(pattern) -> list | None:
    """A pattern of fixed tokens compared by text, as one test per token; None for anything
    else (quantifiers, other attributes), which is left to spaCy."""
    if not isinstance(pattern, list) or not pattern:
        return None
    tests = []
    for spec in pattern:
        if not isinstance(spec, dict) or len(spec) != 1:
            return None
        (attribute, value), = spec.items()
        if attribute not in _TEXT_ATTRIBUTES:
            return None
        read = _TEXT_ATTRIBUTES[attribute]
        if isinstance(value, str):
            tests.append(lambda token, read=read, value=value: read(token) == value)
        elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN") and \
                isinstance(next(iter(value.values())), list) and all(isinstance(v, str) for v in next(iter(value.values()))):
            (operator, values), = value.items()
            members = frozenset(values)
            if operator == "IN":
                tests.append(lambda token, read=read, members=members: read(token) in members)
            else:
                tests.append(lambda token, read=read, members=members: read(token) not in members)
        else:
            return None
    return tests


def _longest_first(pairs) -> list[tuple[int, int]]:
    """spaCy's greedy LONGEST filter: longest first (then the earliest), no token in two matches."""
    kept: list[tuple[int, int]] = []
    taken: set[int] = set()
    for start, end in sorted(pairs, key=lambda pair: (pair[1] - pair[0], -pair[0]), reverse=True):
        if not taken.intersection(range(start, end)):
            kept.append((start, end))
            taken.update(range(start, end))
    return kept


def build_kind(rule: Rule, resources: Resources):
    """The compiled kind of a rule (names and types were checked when the rule loaded)."""
    return KINDS[rule.kind](rule, resources)


# (a count spelled out supports the claim as digits do: 两万三千元工钱全部到账、三百多亩全部流转)
_NUMBER_IN_CLAUSE = first_char_skip(re.compile(r"\d|[两二三四五六七八九十百千万亿]+(?:多|余)?[个名户村人家所项元亩套台间座笔]"))
_CLAUSE_EDGE = re.compile(r"[，,。；;：:！？!?\n]")
_TALLY_NEXT = re.compile(r"\s*(?:共计|共有|合计|总计|共|计)")  # the clause after gives a count: …，共计9人
_SENTENCE_EDGE = re.compile(r"[。；;！？!?\n]")
# (难以全面覆盖、无法做到全覆盖 say coverage falls short: set 69's readers judged the finding wrong)
# (隐患未得到彻底消除、没有彻底改变: a shortfall stated, not a result claimed; audit 76, both readers)
# (不够彻底、不太彻底: a shortfall admitted, audit 90)
_NEGATION_BEFORE = re.compile(r"(?:不是|并非|不能|并不|未必|不够|不太|不|难以|无法|未能|没能|未|没有|没)(?:做到|实现|达到|得到|得以|被)?$")
# the value of a named rate: 覆盖率达100%、一肩挑占比为100%、合格率100%
# a hedge right before the word (几乎所有、基本全覆盖): the writer is not claiming all
_HEDGE_IN_CLAUSE = re.compile(r"几乎|近乎")
_HEDGE_BEFORE = re.compile(r"(?:几乎|近乎|基本上?|大多|差不多|接近)(?:都|已|已经|实现了?|做到了?)?$")
# a target in the claim's clause (确保走访全覆盖、力争全部完成): what was aimed at, not a claim made
# …or a deadline set for it (今年内全部调整到位、6月底前全部完成)
# (为了: the purpose a measure serves, 就是为了从根子上解决…; set 140, both readers)
_TARGET_IN_CLAUSE = first_char_skip(re.compile(r"确保|力争|争取|力求|旨在|以期|为了|目标是|目标为|努力实现|年内|今年内|年底前|月底前|(?:到|在)20\d\d年(?:底)?前?"
                               r"|推进(?!了)|推动(?!了)|推行(?!了)"  # 积极推进各村党群服务点全覆盖: pursued, not claimed
                               r"|(?:提出|要求|部署)了?(?:要)?把"))  # 提出了把全镇所有网格员培训一遍的任务: a task set
# (…让每一个孩子健康成长为目标，…: the aim the work is done for, not a result; audit 95)
_TARGET_AFTER = re.compile(r"[^，,。；;！？\n]{0,30}?为(?:目标|宗旨|己任|追求)"
                           # (…全覆盖目标能否如期实现: coverage named as the aim; not 全部任务已完成, a claim; set 126)
                           # (“百分百”要求、以百分百的标准验收: the standard set, not a result; set 128, both readers)
                           r"|(?:(?<=覆盖)|(?<=百分百)|(?<=100%))”?的?(?:目标|标准|要求|指标)")
# what something is done for: 名册理清了为培训全覆盖打下基础、为全部脱贫创造条件 (set 126, both readers)
_FOR_BEFORE = re.compile(r"为[^，,。；;！？\n为]{0,6}$")
_FOR_AIM = re.compile(r"[^，,。；;！？\n]{0,10}?(?:提供|奠定|打下|创造|夯实)")
# the share someone bears (担保公司承担100%的风险): an arrangement described (audit 94)
_BEARS_BEFORE = re.compile(r"(?:承担|负担|分担|担负|兜底)了?$")
# the aspects a clause lists before it says they fall short (在重视程度、科学规范、结果运用等方面…)
_ASPECTS_BEFORE = re.compile(r"在[^，,。；;、]{2,12}(?:、[^，,。；;、]{2,12}){1,5}等?(?:方面|环节)[^，,。；;]{0,4}$")
# the state or the centre as the subject of what a clause tells (国家不断加大…、近年来中央持续…)
_AUTHORITY_BEFORE = re.compile(r"(?:国家|中央|党中央|国务院|中共中央)(?:近年来|这些年|多年来)?$")
# who is to attend an event that is arranged (组织新老两届村干部全部参加): how it is held, not a result
# claimed (set 142, both readers)
_ATTEND_AFTER = re.compile(r"(?:参加|参与|到场|列席|出席|参会)")
_ARRANGER_IN_CLAUSE = re.compile(r"组织|安排|邀请|召集|通知")
# a sentence that opens with its purpose (为摸清底数，把每一户都走访到，…): what the
# first clauses aim at, up to the clause that says who did what
_PURPOSE_LEAD = re.compile(r"(?:^|(?<=[)）\s]))为了?[^，,。；！？\n]{2,30}[，,]\s*把[^，,。；！？\n]{0,40}")
_RATE_BEFORE = re.compile(r"(?:率|占比|比例|比重)(?:已|均|都|也|仍)?(?:达到|达|为|是|保持在|稳定在|升至|提高到|提升到|提高至|提升至)?$")


# what opens a list of the problems just announced: 主要表现在：一是…、具体表现为…、（一）…; or a
# list numbered 一、 on the next line (…主要有以下问题：\n一、…; set 75); or one told in two halves
# (…还有一些问题。一方面，…。另一方面，…: blind set 113, both readers)
_SPELLED_OUT = re.compile(r"\s*(?:(?:主要|具体|突出|集中)(?:表现|体现)(?:在|为)|表现在|表现为|具体来说|具体而言|一是|一、|（一）|\(一\)|1[、.．]"
                          r"|一方面|其一[，,、：:]|首先[，,]"
                          # (or names the chief one: 最为突出的问题，是养殖户亏本; set 156, both readers)
                          r"|(?:其中)?(?:最为?|较为|尤为)?(?:突出|主要|最大|首要|核心)的(?:问题|困难|矛盾|短板|症结)[，,]?(?:就)?(?:是|在于))")


# an example given right after the words (…存在的不足，如访谈时…; 。比如…): what they mean follows;
# not 如何、如果、如期、如实、如此、如今、如同、如下、如是, nor 如不、如需、如有、如若 (if…)
_FOR_EXAMPLE = re.compile(r"\s*(?:比如|例如|譬如|诸如|如(?![何果期实此今同下是不需有若]))")


def _spelled_out(document, paragraph, sentence, end: int) -> bool:
    """The words announce problems the paragraph goes on to list: the rest of the sentence after a
    colon, or the next sentence of the paragraph, opens the list; or an example follows them at
    once, after a comma or as the next sentence (set 67: both readers judged 空泛的“存在不足” wrong
    on an admission of one's own 不足 followed by 如…)."""
    text = document.text
    colon = max(text.rfind("：", end, sentence.end), text.rfind(":", end, sentence.end))
    if colon >= 0 and _SPELLED_OUT.match(text, colon + 1):
        return True
    if text.startswith(("，", ",", "：", ":"), end) and _FOR_EXAMPLE.match(text, end + 1):
        return True
    following = sentence.end < paragraph.end
    if not following:
        # the admission closes its paragraph and the next one opens the list (…也存在不少问题。\n1.认识不足…:
        # set 130, both readers)
        return bool(_SPELLED_OUT.match(text, paragraph.end))
    return bool(_SPELLED_OUT.match(text, sentence.end)) or bool(_FOR_EXAMPLE.match(text, sentence.end))


# the sentence reports the General Secretary's words (习近平总书记在…大会上指出，…): a writer quotes them
# as they were said (set 68: both readers judged "too long a sentence" wrong on one)
# (or a regulation cited at the head of the sentence: 新修订的《…条例》强调，…; set 70: both readers
# judged "a higher-level formulation" wrong on the rule it quoted)
# (a template masks the name: ***总书记在…强调; audit 92)
_LEADER_WORDS = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)?\s*"
                           # (the day it was said may come first: 2018年10月24日，习近平总书记在…时指出; audit 103)
                           # (or the occasion first: 某个纪念之年，总书记来某省考察，要求…; set 139, both readers)
                           r"(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?[，,]?\s*|[^，,。！？；\n]{2,12}[，,]\s*(?=习近平|[*＊×X]{0,4}总书记))?"
                           r"(?:(?:习近平总书记|习近平同志|[*＊×X]{0,4}总书记|习近平)[^。！？；]{0,60}?(?:指出|强调|要求|提出|深刻阐明|深刻指出)"
                           # (the body that adopted it may come first: 某届全会审议通过的《…建议》强调，…; set 128, both readers)
                           r"|[^，,。！？；]{0,20}《[^》\n]{2,40}》[^，,。！？；《]{0,8}?(?:强调|规定|指出|明确|要求|提出)[，,：:]"
                           # (a government work report cited without 《》: 某省政府工作报告提出，…; audit 111, both readers)
                           # (or the Party's constitution: 党章中明确指出，…; set 138, both readers)
                           r"|[^，,。！？；]{0,8}(?:政府工作报告|党代会报告|一号文件|党章)中?(?:明确)?(?:强调|指出|明确|要求|提出|规定)[，,：:]"
                           # (a plenum or a congress of the Party, its words run on with or without a comma: 党的某届某中
                           # 全会提出…; 党的某次代表大会的报告强调，…; set 125, both readers)
                           r"|[^，,。！？；]{0,8}?(?:(?:党的)?[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]中全会|党的[一二三四五六七八九十]{2,3}大(?:报告)?"
                           r"|[一二三四五六七八九十]{2,3}大报告)(?:精神)?中?(?:强调|指出|明确|要求|提出|部署)"
                           # (or a provincial or national leader named by post, on an occasion: 安徽省省长王某在全省…推进会上
                           # 强调，…、省长王某在省政府会议研究…时强调; audit 108, both readers: the governor's words relayed)
                           r"|[^，,。！？；]{0,10}?(?:总理|国务委员|部长|省委书记|省长|自治区主席|自治区党委书记)[\u4e00-\u9fa5]{2,3}"
                           r"在[^。！？；]{2,60}?(?:上|时|中)(?:指出|强调|要求|提出)[，,：:])")


# someone voicing what was asked, at the head of the next sentence (…提出要求。李明指出，…;
# 会议强调：…): the content of the requirement follows
_SAID_NEXT = re.compile(r"\s*[^，,。；;！？!?\n]{0,12}?(?:指出|强调|要求|表示|希望|提出)[，,：:]")


# a short quoted formula right before the span (“四个意识”不断增强、“两个维护”更加坚决)
_FORMULA_BEFORE = re.compile(r"“[^“”\n]{2,8}”\s*$")


def _after_formula(text: str, sentence, start: int) -> bool:
    """The span tells the state of the quoted formula just before it (set 70: both readers judged
    "a stance, not a countermeasure" wrong on 锻造“四个意识”不断增强…的干部队伍)."""
    return bool(_FORMULA_BEFORE.search(text, max(sentence.start, start - 12), start))


_OBJECT_USED = re.compile(r"进行了?|作出|作了|提出|提了|部署|安排")


def _object_before(text: str, sentence, start: int, end: int) -> bool:
    """An earlier clause of the sentence opens with 对 and the span (…提出要求) closes it without a
    对 of its own: the object asked about is spelled out before (对各村选好后备人选，在年底前建成
    名册提出要求; set 70: both readers judged "only says a requirement was made" wrong there)."""
    before = text[sentence.start:start]
    if "对" in text[start:end] or "对" not in before or text.startswith(("并", "同时", "还", "也"), start):
        return False
    # (对各支部…进行了安排，并提出了要求: that 对 was the object of another verb)
    return not _OBJECT_USED.search(before, before.rindex("对"))


def _said_next(document, paragraph, sentence) -> bool:
    """The next sentence of the paragraph opens with someone saying what was asked (set 67: both
    readers judged "only says requirements were made" wrong where 谢某指出，… followed), or with the
    first of a list (…并提出了要求。一方面，要…; …逐年提出明确的要求。首先是…); or, where the meeting
    itself made the arrangements (会议…作出全面部署), its words follow in this paragraph or the next
    (…会议指出，…; audit 112, both readers judged the finding wrong on all three)."""
    text = document.text
    if sentence.end < paragraph.end and (_SAID_NEXT.match(text, sentence.end) or _LIST_NEXT.match(text, sentence.end)):
        return True
    if not _MEETING_SUBJECT.match(text, sentence.start):
        return False  # (会上，各分管领导…提出工作要求；… 会议强调，…: the leaders' demands are not the meeting's)
    following = document.paragraphs[paragraph.index + 1].end if paragraph.index + 1 < len(document.paragraphs) \
        else paragraph.end
    return bool(_MEETING_SAID.search(text, sentence.end, following))


_LIST_NEXT = re.compile(r"\s*(?:一方面|首先|其一|一是|一要|第一[，,、：:])")
_MEETING_SUBJECT = re.compile(r"\s*(?:会议|大会)")  # the meeting itself made the arrangements
_MEETING_SAID = re.compile(r"[。！？\n]\s*(?:会议|会上|大会)(?:指出|强调|要求|提出)[，,：:]")


# someone's own words open right after the span or the sentence (…赞不绝口：“…”; …赞不绝口。她说：“…”)
_WORDS_RIGHT_AFTER = re.compile(r"[：:，,]?\s*“")
_WORDS_NEXT = re.compile(r"\s*(?:[^，,。；;！？!?\n“”]{0,12}?(?:说|表示|感慨|告诉记者|笑着说)[：:，,]\s*)?“")


def _words_follow(document, paragraph, sentence, end: int) -> bool:
    """Someone's own words follow the span, in its sentence or opening the next one of the
    paragraph (audit 76: both readers judged "赞不绝口 is inflated" wrong where the villager's
    words followed)."""
    text = document.text
    if _WORDS_RIGHT_AFTER.match(text, end):
        return True
    return sentence.end < paragraph.end and bool(_WORDS_NEXT.match(text, sentence.end))


def _problem_follows(ctx: Context, sentence) -> bool:
    """One of the next two sentences of the paragraph states a problem (显现出一些不足。阵地投入
    不足；…; 还存在一定的差距。有的地方…。有的地方…现象仍然存在。: set 68): the admission leads
    in to the problems it names. Not a list item itself (有的单位存在差距；部分同志认识不到位…:
    set 59, that one is vague in its own right)."""
    if not sentence.text.rstrip().endswith(("。", "：", ":")):
        return False
    sentences = ctx.document.sentences
    for index in (sentence.index + 1, sentence.index + 2):
        if index >= len(sentences):
            return False
        if sentences[index].paragraph != sentence.paragraph:
            # the admission closes its paragraph and the next one opens with the first problem
            # (…还暴露出一些问题。\n一是会计兼职过多…: set 129, both readers)
            if index != sentence.index + 1:
                return False
            following = ctx.signals.sentences.get(index)
            return following is not None and following.problem
        following = ctx.signals.sentences.get(index)
        if following is not None and following.problem:
            return True
    return False


HEADLINE_CHARS = 16
_CHANGE_WORD_END = re.compile(r"(?:优化|提升|提高|增强|改善|扩大|增长|下降|好转|加快|健全|完善|壮大|增多)$")


def _figure_follows(ctx: Context, sentence) -> bool:
    """One of the next three sentences of the paragraph states a counted fact (…效果良好，一方面…。
    另一方面…。截至目前，累计代办群众事务1700余件: set 133, both readers judged 空口说效果 wrong): the claim
    is the lead of the figures that bear it out."""
    sentences = ctx.document.sentences
    for index in range(sentence.index + 1, min(sentence.index + 4, len(sentences))):
        if sentences[index].paragraph != sentence.paragraph:
            return False
        following = ctx.signals.sentences.get(index)
        if following is not None and following.figure and not following.forward:  # (not a plan's figures)
            return True
    return False


def _section_follows(ctx: Context, sentence) -> bool:
    """The admission closes its paragraph (or nearly) and the next paragraph opens a section of the problems
    found (…存在一些问题。\n一、…的主要表现\n一是形式单一。…): it leads in to them (set 64: both
    readers judged 空泛的“存在不足” wrong there)."""
    sentences = ctx.document.sentences
    # (or stands among its paragraph's last three sentences: …存在一些问题，以至于…。如何…成为…。
    # 这种情况下…进行分析…。\n一、…建设中的问题: set 131, both readers)
    paragraphs = ctx.document.paragraphs
    for following in range(sentence.index + 1, min(sentence.index + 4, len(sentences))):
        if sentences[following].paragraph != sentence.paragraph:
            # (the section's headings first: 一、…中的问题\n（一）…不准确\n…)
            while following + 1 < len(sentences) and paragraphs[sentences[following].paragraph].role == "heading":
                following += 1
            return sentences[following].paragraph in ctx.signals.problem_section
    return False


# the clause opens with an aim (为进一步提升…、旨在…、着力…), or the sentence with a requirement or
# a speech's list of tasks (要…；以…为契机，全面提升…), or the writer's proposals (建议…；…；进一步激发…
# 积极性: set 75)
_AIM_CLAUSE = re.compile(r"(?:^|[，,；;：:])\s*(?:为了?|旨在|着力|力求|以便|以期|要|需要|必须|应当?)[^，,。；;：:]*$")
# the effect is a question's topic (还就如何进一步提升驿站效能作了思考): nothing claimed (audit 76)
_HOW_BEFORE = re.compile(r"(?:如何|怎样|怎么|能否)$")
_TASK_SENTENCE = re.compile(r"\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）])?\s*(?:要|建议|以[^，,。；;]{2,20}为(?:契机|基础|抓手|重点|载体|目标|核心|主线|突破口))")


# someone set out requirements earlier in the paragraph (…对今后的工作提出几点要求。一是…): the sentences
# after it are those requirements, nothing claimed (blind set 113: both readers judged 空口说效果 wrong on
# a deputy director's 提升…效能 in his list)
_REQUIREMENTS_BEFORE = re.compile(r"提出了?[^。！？；\n]{0,12}(?:要求|希望)[。：:，,]")


def _aimed(text: str, sentence, start: int) -> bool:
    """An effect named as an aim or a requirement, not claimed as achieved (set 57, 58: readers
    judged 空口说效果 wrong on 为…提升治理效能 and on a speech's 要…进一步提升…能力). A list run on
    with semicolons (建议…；…；进一步激发…) is one task list: it is read from its first item."""
    before = text[sentence.start:start]
    if _AIM_CLAUSE.search(before) or _TASK_SENTENCE.match(before) or _HOW_BEFORE.search(before):
        return True
    opening = max(text.rfind(mark, 0, sentence.start) for mark in "。！？\n") + 1
    if opening < sentence.start and _TASK_SENTENCE.match(text, opening, start):
        return True
    return bool(_REQUIREMENTS_BEFORE.search(text, text.rfind("\n", 0, sentence.start) + 1, sentence.start))


# the words run on, without a clause break, into the kind of meeting they name (set 62: readers judged
# 套话 wrong on 凝心聚力 in a forum's name and on 学习贯彻…精神 in a seminar's; not a topic a forum
# is held on, 围绕…等方面工作开展“微论坛”)
# (or a campaign's name: 开展“对标先进、争创一流”主题实践、“…”活动, set 67; 抓党建促…专项行动, set 68)
_CAMPAIGNS = "专项行动|三年行动|攻坚行动|专项整治"
# a closing quotation mark, a straight one as a curly one ("…"主题教育 in a summary typed with ASCII quotes,
# set 152, both readers)
_CLOSE = r"[”’」》\"]"
_EVENT_AFTER = re.compile(r"(?:(?!等|方面|开展|举办|召开|组织|参加|举行|围绕)[^，,。；;！？!?：:、\n]){0,14}?"
                          r"(?:" + _CLOSE + r"?\s*(?:专题|主题)?(?:座谈会|研讨会|推进会|交流会|报告会|分享会|"
                          r"培训班|读书班|研修班|论坛|动员会|部署会|启动仪式|演讲比赛|知识竞赛|征文|" + _CAMPAIGNS + r")"
                          r"|" + _CLOSE + r"\s*(?:专题|主题|协商|调研|宣讲)?(?:实践活动|实践|活动|行动|竞赛|评比)"
                          # …or a quoted theme a meeting took (以“物业…提质增效”为主题: set 121, both readers)
                          r"|" + _CLOSE + r"\s*为(?:主题|题)"
                          # …or of a drive of study (“不忘初心、牢记使命”主题教育、“两学一做”学习教育: set 150, both
                          # readers: the campaign's name in a sentence of counts, not the writer's echo); 主题教育
                          # needs no quotation mark (学习贯彻…思想主题教育期间, the 2023 campaign's name; set 154, both readers)
                          r"|" + _CLOSE + r"\s*(?:专题|学习|集中)教育|主题教育"
                          # …or of an agreement signed (“推进…高质量发展…合作”协议: audit 92)
                          r"|" + _CLOSE + r"\s*(?:合作)?(?:框架)?(?:协议|协议书|备忘录)"
                          # …or of a brand or an honour (“桥头堡”支部品牌、授予“…的贴心人”荣誉称号: set 153, both readers)
                          r"|" + _CLOSE + r"\s*(?:(?:党建|支部|服务|工作)?品牌|(?:荣誉)?称号))")
# …a quoted name of two or more parts (“双提升、双规范”专项行动: audit 90, a county's campaign): the
# stock phrase is one part of the name
_PARTS_EVENT_AFTER = re.compile(r"(?:、[^，,。；;！？!?：:、\n”’」》\"]{1,8}){1,3}" + _CLOSE + r"\s*(?:专题|主题)?"
                                r"(?:" + _CAMPAIGNS + r"|实践活动|活动|行动|工程|竞赛|评比)")
# …or of a team's or a place's (“同心圆”志愿服务站、心连心红色服务队: audit 78, a stock phrase as a name):
# the suffix right after it, a few characters at most between
_TEAM_AFTER = re.compile(r"[”’」\"]?[\u4e00-\u9fa5]{0,4}?(?:服务队|志愿队|小分队|突击队|宣讲团|艺术团|工作室|服务站|驿站|服务社"
                         # …or a system's (党建引领基层治理指挥平台、…智慧平台: audit 103, both readers: the
                         # platform's name, not the writer's echo)
                         r"|指挥平台|智慧平台|信息平台|服务平台|指挥中心)")
_TOPIC_AFTER = re.compile(r"的?(?:落实|开展|推进|工作)?(?:情况|现状|问题|调查|研究|调研|思考|路径|对策|因素)")
_WHOLE = re.compile(r"100\s*[%％]|百分之?百")
_POINT_LEAD = re.compile(r"\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")


def _figure_nearby(ctx: Context, sentence, paragraph, signals, start: int, end: int) -> bool:
    """A counted fact (Signals figure: an outcome or a share, not a count of visits) in the
    sentence's paragraph or the paragraph before it; for a heading (划定责任区，实现考察
    全覆盖), anywhere in the section it heads; for a point's lead (一是精心组织，实现全面覆盖。),
    in its paragraph or the next; for the title, anywhere in the text: where the point is borne out
    (sets 56, 57, 77: readers judged the claim supported there)."""
    document = ctx.document
    if any(not (start <= a and b <= end) and not _WHOLE.search(document.text, a, b) for a, b in signals.outcomes):
        return True  # an outcome besides the claim (满意度达到100% is a claim too, not its support)
    if paragraph.role == "title":  # a title sums up the piece: borne out by a figure anywhere in it (set 77)
        return ctx.signals.figures() > 0  # (counted once per draft, a meeting's protocol left out)
    if paragraph.role == "heading":  # the section it heads, up to the next heading (at most four paragraphs)
        reach: Sequence[int] = _section(document, paragraph)[:4]
    elif sentence.start == paragraph.start and _POINT_LEAD.match(document.text, sentence.start):
        reach = (paragraph.index, paragraph.index + 1)
    else:
        # another sentence of its paragraph, or of the one before it (已走访全县197个村…；…实现
        # 全覆盖; 全县542个村…，所有乡镇都签了: sets 139 and 140, both readers judged "no figure" wrong
        # where the count stood two or three sentences away); its own sentence counts only by an outcome
        # besides the claim (above: 满意度达到100% is no support of itself)
        reach = (paragraph.index - 1, paragraph.index)
    by_paragraph = ctx.signals.by_paragraph()
    return any(sig.figure for index in reach for sig in by_paragraph.get(index, ()) if sig is not signals)


def _section_holds(ctx: Context, paragraph, element: str) -> bool:
    """A sentence of the section a heading opens (up to the next heading, at most four paragraphs)
    has the element; or an excerpt stops inside that section, the rest of it cut away (set 68: both
    readers judged "成效显著 unsupported" wrong on a heading an excerpt ends one paragraph after)."""
    document = ctx.document
    section = _section(document, paragraph)
    if document.source.excerpt and paragraph.index + len(section) + 1 == len(document.paragraphs):
        return True
    by_paragraph = ctx.signals.by_paragraph()
    return any(element_holds(sig, element) for index in section[:4] for sig in by_paragraph.get(index, ()))


def _section(document, heading) -> list[int]:
    """The paragraphs of the section a heading opens: those after it, up to the next heading."""
    paragraphs = document.paragraphs
    return list(takewhile(lambda i: paragraphs[i].role != "heading", range(heading.index + 1, len(paragraphs))))


def _result_follows(ctx: Context, sentence) -> bool:
    """The sentence ends with a semicolon and the next one, in the same paragraph, states a fact
    that is no count of activity (召开说事会694次，参加9023人次；收到议题1218个，已解决1078个):
    the counts lead to their result (set 81: both readers judged "only a count" wrong there)."""
    if not sentence.text.rstrip().endswith(("；", ";")):
        return False
    following = ctx.signals.sentences.get(sentence.index + 1)
    return following is not None and ctx.document.sentences[sentence.index + 1].paragraph == sentence.paragraph \
        and following.specific and not following.activity_only


def _neighbour_holds(ctx: Context, sentence, element: str) -> bool:
    """The sentence before or after, in the same paragraph, has the element."""
    sentences = ctx.signals.sentences
    return any(element_holds(sentences[i], element) for i in (sentence.index - 1, sentence.index + 1)
               if i in sentences and ctx.document.sentences[i].paragraph == sentence.paragraph)


# a counted formula in quotation marks (“一纳入、八到位”、“三个到位”): the heads its items end with (纳入, 到位)
_COUNTED_FORMULA = re.compile(r"“((?:[一二三四五六七八九十两]个?[\u4e00-\u9fa5]{2}、?){1,4})”")
_COUNTED_PART = re.compile(r"[一二三四五六七八九十两]个?([\u4e00-\u9fa5]{2})")


_NUMBERED_LABEL = re.compile(r"([两二三四五六七八九十])个")
_COUNT = {**{numeral: value for value, numeral in enumerate("一二三四五六七八九十", start=1)}, "两": 2}


# what a quoted name ends with when it names a programme, a campaign or a scheme (“……素质能力双提升计划”、
# “……强基行动”): the quotation names it, the words are not the writer's slogan (set 130, both readers)
_PROGRAMME_END = re.compile(r"(?:计划|行动|工程|项目|模式|机制|工作法|品牌|活动|平台)”")
# …or the quoted theme of a contest or a talk (“学习…奋进…新征程”首届宣讲大赛、围绕“…”进行宣讲: set 131,
# both readers: the contest's name, not the writer's echo)
_THEME_AFTER = re.compile(r"”\s*(?:首届|第[一二三四五六七八九十\d]+[届期季])?[^，,。；;！？!?\n]{0,8}?"
                          r"(?:大赛|比赛|竞赛|宣讲|演讲|征文|知识竞答|决赛|主题)")


def _named_in_quotes(text: str, paragraph, start: int, end: int) -> bool:
    """The span stands inside quotation marks that close on a programme's name, and the quoted
    name holds more than the span (not the formula alone in quotes: “一盘棋”)."""
    opening = _opened(text, paragraph, start, "“”")
    if opening < 0:
        return False
    closing = text.find("”", end, paragraph.end)
    if closing < 0 or closing - opening - 1 <= end - start:
        return False
    return bool(_PROGRAMME_END.search(text, max(opening, closing - 4), closing + 1)) or \
        bool(_THEME_AFTER.match(text, closing))


def _formula_item(text: str, paragraph, start: int, end: int) -> bool:
    """The span is one item of a counted formula the paragraph names in quotation marks and spells
    out (认识到位 where “一纳入、八到位” is named and 认识到位、领导到位、经费到位 are listed): the formula's
    own term, which the paragraph weighs against practice, not the writer's stock phrase (audit 103,
    both readers). The formula quoted itself (“一盘棋”、“两不误”) is not one of its items, unless the
    clause lists its items right before it (部门组建、人员转隶、政策配套“三个到位”: the label of what was
    just named; set 126, both readers)."""
    label = _NUMBERED_LABEL.match(text, start)
    if label and label.end() < end:
        clause = re.split(r"[，,。；;：:！？]", text[max(paragraph.start, start - 60):start])[-1]
        return clause.count("、") >= _COUNT[label.group(1)] - 1  # three items need two 、
    if end - start != 4 or _opened(text, paragraph, start, "“”") >= 0:
        return False
    heads = {part.group(1) for formula in _COUNTED_FORMULA.finditer(text, paragraph.start, paragraph.end)
             for part in _COUNTED_PART.finditer(formula.group(1))}
    head = text[end - 2:end]
    if head not in heads:
        return False
    items = set(re.findall(r"[\u4e00-\u9fa5]{2}" + re.escape(head), text[paragraph.start:paragraph.end]))
    return len(items) >= 3  # spelt out: at least three of its items named


def _in_formulation(ctx: Context, sentence, start: int, end: int) -> bool:
    """The span lies inside a longer higher-level formulation (rules/lexicons/policy_formulations:
    全面推进 in 全面推进乡村振兴): the words are the formulation's, which ZG701 judges as such, not
    the writer's own remedy or slogan."""
    hits = ctx.signals.hits
    if hits is None or sentence.index not in ctx.signals.sentences:
        return False
    return any(left <= start and end <= right and right - left > end - start
               for left, right in hits.within(sentence)("policy"))


def _span_condition(name: str, ctx: Context, sentence, start: int, end: int) -> bool:
    paragraph = ctx.document.paragraphs[sentence.paragraph]
    if name == "title":
        return paragraph.is_title
    if name == "title_topic":  # the title names these words as the piece's subject (党员如何牢记初心使命)
        # and the body names them as what it looks into (…牢记初心使命的情况调查、…落实情况), not as its
        # own aim (…打造品牌助力…高质量发展: a slogan the title shares, set 148, judged right)
        return end - start >= 4 and ctx.document.text[start:end] in ctx.document.title and \
            bool(_TOPIC_AFTER.match(ctx.document.text, end))
    if name == "heading":  # a sub-heading (一、存在问题) announces a section; it states nothing itself
        return paragraph.role == "heading"
    if name == "problem_section":  # under 一、存在的问题 with the problems listed: a lead-in to them
        return sentence.paragraph in ctx.signals.problem_section
    if name == "spelled_out":  # 存在一定的差距。主要表现在：一是…: a lead-in to the problems it lists
        return _spelled_out(ctx.document, paragraph, sentence, end) or _problem_follows(ctx, sentence) or \
            _section_follows(ctx, sentence)
    if name == "figure_follows":  # 效果良好，…。截至目前，累计代办1700余件: the figures bear it out
        return _figure_follows(ctx, sentence)
    if name == "headline":  # 党员的学历结构持续优化。到年底，…占58%: a short lead its figures bear out
        # (set 146, both readers: a statistical release's paragraph heading, not a slogan)
        # (a change it reports, …持续优化: not an action's slogan, 精心组织, which figures do not excuse)
        return sentence.start == paragraph.start and len(sentence.text.strip()) <= HEADLINE_CHARS and \
            bool(_CHANGE_WORD_END.search(ctx.document.text, start, end)) and _figure_follows(ctx, sentence)
    if name == "problem_follows":  # …是发挥…堡垒作用的要害。少数书记…一言堂: the norm a problem is set against
        return _problem_follows(ctx, sentence)
    if name == "leader_words":  # 习近平总书记在…上指出，…: the words reported are not the writer's to split
        return _leader_words(ctx.document, sentence)
    if name == "method":  # 召开座谈会9场、发放问卷1083份: how a survey was done, not the work's activity
        return bool(SURVEY_METHOD.search(sentence.text))
    if name == "after_formula":  # “四个意识”不断增强: the state of a quoted formula, not a measure proposed
        return _after_formula(ctx.document.text, sentence, start)
    if name == "object_before":  # 对各村选好后备人选，在年底前…提出要求: what was asked is spelled out before
        return _object_before(ctx.document.text, sentence, start, end)
    if name == "said_next":  # …提出要求。李明指出，…: what was asked is the next sentence
        return _said_next(ctx.document, paragraph, sentence)
    if name == "stage_name":  # …集中整治、攻坚克难三个阶段: the name of one stage counted
        # (set 161, both readers)
        text = ctx.document.text
        return text.count("、", sentence.start, start) >= 1 and bool(_STAGES_AFTER.match(text, end))
    if name == "announced":  # 现将…总结如下，并对…作出部署: the sentence announces what the text goes on to give
        # (set 160, both readers judged "a plan with no content" wrong on a summary's opening)
        return bool(_ANNOUNCES.search(sentence.text))
    if name == "signpost":  # 下面，我就…和下步全面推进…工作，讲两方面内容: no proposal is made there
        # (set 166, both readers)
        return bool(_SIGNPOST.match(sentence.text))
    if name == "told_of":  # …了解到某镇种青花椒成效显著、书记计划把基地打造成…样板: what someone heard or planned,
        # told; not the writer's own slogan (set 160, both readers)
        text = ctx.document.text
        if _LEARNED_BEFORE.search(text, sentence.start, start):
            return True
        signals = ctx.signals.sentences.get(sentence.index)
        return bool(_PERSON_PLANNED.search(text, sentence.start, start)) and signals is not None and "person" in signals.facts
    if name == "words_follow":  # 村民对新厕所赞不绝口。她说：“…”: the praise is borne out in their own words
        return _words_follow(ctx.document, paragraph, sentence, end)
    if name == "quoted":  # inside quotation marks: someone's words or a slogan, not the writer's claim
        return _opened(ctx.document.text, paragraph, start, "“”") >= 0
    if name == "unclaimed":  # 所有船只统一停泊、每一个党员的娘家人: a quantifier with no result claimed
        return _unclaimed(ctx.document.text, sentence, start, end)
    if name == "counted":  # 打造…服务品牌15个: what was built, counted right after the words
        # (set 167, both readers: a figure bears the phrase out)
        return bool(_COUNT_AFTER.match(ctx.document.text, end))
    if name == "likened":  # 小渠好比是农田水利的毛细血管: a simile that explains, not a stock picture
        # (set 165, both readers judged two such findings wrong; similes of audits 148 and 153 partly)
        return bool(_LIKENED_BEFORE.search(ctx.document.text, max(sentence.start, start - 12), start))
    if name == "called":  # 一个群体被称为“矿山逆行者”: a name others gave, quoted, not the writer's slogan
        # (set 162, both readers)
        opening = _opened(ctx.document.text, paragraph, start, "“”")
        return opening >= 0 and bool(_CALLED_BEFORE.search(ctx.document.text, max(paragraph.start, opening - 6), opening))
    if name == "spoken":  # inside someone's words (“…我更要全力以赴…”他说), not a slogan quoted (“一盘棋”)
        return _spoken(ctx.document.text, paragraph, start, end)
    if name == "within_speech":  # a phrase inside a longer stretch of someone's words, not the whole quotation
        return _within_speech(ctx.document.text, paragraph, start, end)
    if name == "named_work":  # inside 《》: the name of a document or a work, not the writer's words
        return _opened(ctx.document.text, paragraph, start, "《》") >= 0 or \
            _named_in_quotes(ctx.document.text, paragraph, start, end)
    if name == "in_formulation":  # 全面推进 inside 全面推进乡村振兴: part of a fixed national formulation
        return _in_formulation(ctx, sentence, start, end)
    if name == "formula_item":  # 认识到位 where the paragraph names “八到位”: one of the formula's items
        return _formula_item(ctx.document.text, paragraph, start, end)
    if name == "conditional":  # 只要把点位建好，就能极大提升: what would follow, not a result claimed
        return bool(_CONDITION_BEFORE.search(ctx.document.text, sentence.start, start))
    if name == "long_by_names":  # 为落实《关于印发〈…〉的通知》（…〔2018〕12号）…: long by the names it must cite
        # (or by the spaces a pasted web page puts around figures, 2024 年度、505 名: audit 108)
        return len(_NOT_COUNTED.sub("", ctx.document.text[start:end])) < LONG_SENTENCE
    if name == "problems_headed":  # 也存在问题。…\n一、…存在的主要问题: a lead-in to the section that lists them
        # (or the last sentence of an excerpt: what it leads into was cut away; set 143, both readers)
        return _has_heading(ctx, PROBLEM_HEADINGS, after=sentence.paragraph) or \
            (ctx.document.source.excerpt and sentence.index == ctx.document.sentences[-1].index)
    if name == "under_review":  # 深入分析存在的不足、定期复盘…存在困难: what an activity looks into, not an admission
        # (or what complaints are about: 对窗口存在问题的投诉; set 145, both readers)
        return bool(_REVIEWED_BEFORE.search(ctx.document.text, _clause_left(ctx.document.text, sentence, start, 16), start)) or \
            bool(_COMPLAINED_AFTER.match(ctx.document.text, end))
    if name == "listed_before":  # 把A、B、C等平台全部整合到…: the claim covers the items the sentence lists
        return ctx.document.text.count("、", sentence.start, start) >= 2
    if name == "purpose_lead":  # 为进一步完善…，健全…机制，县审计局提出…: the aim the sentence opens with
        return _purpose_lead(ctx.document.text, sentence, start, end)
    if name == "purpose_tail":  # …设立执行室，以加大…力度: the aim of the step just named
        return bool(_PURPOSE_TAIL.match(ctx.document.text, _clause_left(ctx.document.text, sentence, start, 12), start)) or \
            _purpose_frame(ctx.document.text, sentence, start, end)
    if name == "favoured":  # 向…默默奉献的“老黄牛”倾斜: the kind of cadre a rule favours, not praise of a person
        return _favoured(ctx.document.text, sentence, start, end)
    if name == "served":  # 服务环卫工人3000余人次: the people a service reached, its output
        return bool(_SERVED_BEFORE.search(ctx.document.text, _clause_left(ctx.document.text, sentence, start, 20), start))
    if name == "result_stated":  # …的知晓率进一步提升，…: a change reported, the clause ending on it; not 要进一步增强
        text = ctx.document.text
        ends_clause = end >= sentence.end or bool(_CLAUSE_EDGE.match(text, end))
        return ends_clause and bool(_CHANGE_PHRASE.fullmatch(text, start, end)) and \
            not _MODAL_BEFORE.search(text, max(sentence.start, start - 3), start)
    if name == "circumstance":  # 随着城镇化不断推进，…: the background a sentence opens with, not a measure
        # (or what the state or the centre has been doing, 国家不断加大对“三农”的投入: the backdrop the writer's
        # own work stands against; sets 134 and 141, both readers)
        left = _clause_left(ctx.document.text, sentence, start, 30)
        return ctx.document.text.startswith("随着", left) or \
            bool(_AUTHORITY_BEFORE.search(ctx.document.text, max(left, start - 8), start))
    if name == "planned":  # 明年将举办6场培训班、拟开设3期: sessions still to be held, not activity reported
        return bool(_PLANNED_BEFORE.search(ctx.document.text, _clause_left(ctx.document.text, sentence, start, 24), start))
    if name == "decided":  # 经过8次协商，最终确定了收费标准: the meetings' outcome follows in the sentence
        return bool(_DECIDED_AFTER.search(ctx.document.text, end, sentence.end)) or _result_follows(ctx, sentence)
    signals = ctx.signals.title if paragraph.is_title else ctx.signals.sentences.get(sentence.index, _EMPTY)
    if name == "told_plainly":  # 凌晨5时，洗漱完毕，穿上棉袄，抄起手锯…: a fact or a scene, no stock phrase
        return (signals.specific or signals.scene) and not (signals.stock or signals.empty)
    if name == "clause_number":
        return _clause_has_number(ctx.document.text, start, end)
    if name == "negated":
        return bool(_NEGATION_BEFORE.search(ctx.document.text, max(0, start - 6), start))
    if name == "measured":
        return ctx.document.text.startswith(("1", "百分"), start) and \
            bool(_RATE_BEFORE.search(ctx.document.text, max(0, start - 8), start))
    if name == "asked":  # …该怎样彻底解决？: what a question asks, nothing claimed
        text = ctx.document.text
        return text[sentence.start:sentence.end].rstrip().endswith(("？", "?")) and _in_question(text, sentence, start)
    if name == "studied":  # 对如何…提质增效、…等7个方面进行调研: the question a study took up, nothing claimed
        # (set 156, both readers; a question the writer puts, 他怎样把小事做成大事？, is still their phrase)
        text = ctx.document.text
        return bool(_STUDIED_AFTER.search(text, end, sentence.end)) and _in_question(text, sentence, start)
    if name == "hedged":
        text = ctx.document.text
        if _HEDGE_BEFORE.search(text, max(0, start - 6), start):
            return True
        # 几乎 earlier in the clause hedges the whole clause (几乎占满了墙上所有的地方)
        return bool(_HEDGE_IN_CLAUSE.search(text, _clause_left(text, sentence, start, 30), start))
    if name == "target":
        text = ctx.document.text
        left = _clause_left(text, sentence, start, 40)
        return bool(_TARGET_IN_CLAUSE.search(text, left, start)) or _in_purpose_lead(text, sentence, end) or \
            _demanded(text, sentence, left, start, end) or bool(_TARGET_AFTER.match(text, end)) or \
            (bool(_FOR_BEFORE.search(text, left, start)) and bool(_FOR_AIM.match(text, end)))
    if name == "assigned":  # 事务全部由副主任顶着、费用全部由县财政列支: who bears it, not a claim of coverage
        # (or the share someone bears: 担保公司承担100%的风险, an arrangement described; audit 94)
        # (or who is to attend what is arranged: 安排新老两届村干部全部参加; set 142)
        text = ctx.document.text
        return text.startswith(("由", "归"), end) or bool(_BEARS_BEFORE.search(text, max(0, start - 4), start)) or \
            (bool(_ATTEND_AFTER.match(text, end)) and
             bool(_ARRANGER_IN_CLAUSE.search(text, _clause_left(text, sentence, start, 30), start)))
    if name == "event_name":  # “…凝心聚力谱新篇”座谈会、心连心志愿服务队: part of a meeting's or a team's name
        return bool(_EVENT_AFTER.match(ctx.document.text, end) or _TEAM_AFTER.match(ctx.document.text, end) or
                    _PARTS_EVENT_AFTER.match(ctx.document.text, end))
    if name == "names_listed":  # 仍存在A、B、C等问题: the span itself names three or more items
        # (or the aspects are listed just before it, 在A、B、C等方面仍有问题; or the span is itself an item
        # of a list, 讲所做工作、存在问题、本周打算: a report's headings, no admission; set 141, both readers)
        text = ctx.document.text
        return text.count("、", start, end) >= 2 or text[start - 1:start] == "、" or text[end:end + 1] == "、" or \
            bool(_ASPECTS_BEFORE.search(text, _clause_left(text, sentence, start, 60), start))
    if name == "defined":  # …专家，是指…带动作用明显的人: a definition's criterion, nothing claimed
        return bool(_DEFINING.search(ctx.document.text, sentence.start, start))
    if name == "aimed":  # 为进一步提升…效能，…; 要…，进一步提升…能力: an aim or a requirement, nothing claimed
        return _aimed(ctx.document.text, sentence, start)
    if name == "figure_nearby":  # 对6个县区、42个部门…，实现了全覆盖: the count stands beside the claim
        return _figure_nearby(ctx, sentence, paragraph, signals, start, end)
    if name == "fact_nearby":
        if paragraph.role == "title":  # a title's claim is borne out by a figure anywhere in the piece (audit 91)
            return _figure_nearby(ctx, sentence, paragraph, signals, start, end)
        if paragraph.role == "heading":
            return _section_holds(ctx, paragraph, "specific")  # (a heading has no sentence signals of its own)
        return signals.specific or _neighbour_holds(ctx, sentence, "specific")
    return element_holds(signals, name)


# a definition earlier in the sentence (是指、主要指、指的是; not 是指导): what follows describes the term
# (set 138, both readers: …作用明显 as one criterion of who counts as a local expert)
_DEFINING = re.compile(r"(?:是指|主要指|指的是)(?![导出示标数挥引南定派令望责])")

# a question word earlier in the clause (该如何彻底解决？、能否全面落实？)
_ASKED_BEFORE = re.compile(r"如何|怎样|怎么|能否|是否|可否|何时|为何")


def _in_question(text: str, sentence, start: int) -> bool:
    """A question word earlier in the clause that holds `start` (…该如何彻底解决、对如何…提质增效)."""
    return bool(_ASKED_BEFORE.search(text, _clause_left(text, sentence, start, 20), start))


# the count of the stages (or steps) the items before it name: …三个阶段、…等四个阶段
_STAGES_AFTER = re.compile(r"(?:等)?[一二三四五六七八九十两\d]+个?(?:时间段|阶段|时期|步骤|环节|步)")
# a sentence announcing what follows (…总结如下、从以下几方面…); not a bound (35岁以下、5万元以下) nor 以下简称
_ANNOUNCES = re.compile(r"如下|(?<![\d〇零一二三四五六七八九十百千万岁元人名个级])以下(?!简称)")
# a count right after a phrase, closing the clause (品牌15个，其中…); not 一个月的培训 nor 一支…队伍, a count
# before its noun
_COUNT_AFTER = re.compile(r"(?:共|达|计)?[\d一二三四五六七八九十两百千万]+(?:余|多)?(?:个|项|家|处|支|座|所|条|场|次|名|户|批|件)(?=[，。；、,;]|$)")
# a speech's signpost that names what it will go on to say (下面，我就…的基本情况、下步…工作，讲两方面内容)
_SIGNPOST = re.compile(r"\s*(?:下面|接下来)[，,]?\s*我[^。！？\n]{0,60}(?:讲|谈|说)[一二三四五六七八九十两几]个?(?:方面|点|个问题|部分)")
# what someone learned (了解到、得知、听说…), the words after it in the clause their content
_LEARNED_BEFORE = re.compile(r"(?:了解到|得知|听说|获悉|听闻)[^，,。！？；;\n]{0,30}$")
# a person's plan told (…计划把这片园区建成…): with a person named in the sentence
_PERSON_PLANNED = re.compile(r"(?:计划|打算|准备|决心|想)(?:把|将|要)[^。！？；;\n]{0,30}$")
# a verb of study later in the sentence (…等几个方面进行专题调研): the question is what was looked into
_STUDIED_AFTER = re.compile(r"(?:进行|开展|展开)[^，,。！？；;\n]{0,6}?(?:调研|调查|研究|论证|探讨|研讨)")
# a condition earlier in the sentence whose 就 opens the words' own clause (只要…，就能…; 如果…就会…);
# not a clause after it (…就会改变，如今全村的环境得到了极大提升 claims a result again)
_CONDITION_BEFORE = re.compile(r"(?:只要|如果|假如|倘若|一旦|要是)[^。！？；;\n]*就[^，,。！？；;\n]*$")


# a document's name and its number (《关于印发〈…〉的通知》、〔2018〕12号、（川农办发〔2018〕12号）): the
# writer must cite them whole, so a sentence long only by them is not long to read (audit 76: both
# readers judged "over 120 characters" only partly right on one such sentence)
_CITED_NAME = re.compile(r"《[^《》\n]*(?:《[^《》\n]*》[^《》\n]*)*》|〈[^〈〉\n]*〉|[（(][^（）()\n]{0,16}〔\d{4}〕\d+号[）)]|[^，,。；;（(\s]{0,10}〔\d{4}〕\d+号")
_NOT_COUNTED = re.compile(_CITED_NAME.pattern + r"|\s+")  # what a sentence's length leaves out
LONG_SENTENCE = 120  # rules/readability/ZG911.yaml's limit, in characters
# a verb of looking into something, then the shortfall as its object, in the same clause (分析当前工作中
# 存在的问题、复盘各项目进展、存在困难及…): the topic of a study or a review, not a shortfall admitted
# (sets 69 and 80: both readers judged 空泛的“存在不足” wrong there)
# what complaints are about (对窗口存在问题的投诉): the problems are what is complained of, no admission
_COMPLAINED_AFTER = re.compile(r"的(?:投诉|举报|反映|呼声|信访|线索)")
# (or what someone is told: 对材料不全的，讲清存在问题: a step of a procedure; set 144, both readers)
_REVIEWED_BEFORE = re.compile(r"(?:分析|查找|梳理|复盘|了解|研究|排查|找准|剖析|查摆|找出|摸清|收集|汇总|听取|调度|讲清|说清|讲明|告知)[^，,。；;：:！？]{0,14}$")


# the clause names whom a rule of selection favours (注重向…倾斜、优先提拔…、大胆使用…): a quality it
# names is a criterion of that rule, not a person praised (set 149, both readers: 默默奉献的“老黄牛” in a
# county's rules for promotion judged wrong as a hero's cliché)
_TOWARD_BEFORE = re.compile(r"向[^，,。；;！？!?\n]{0,30}$")
_TOWARD_AFTER = re.compile(r"[^，,。；;！？!?\n]{0,20}?倾斜")
_PROMOTE_BEFORE = re.compile(r"(?:优先|大胆|重点)(?:提拔|晋升|选拔|推荐|使用|考虑)[^，,。；;！？!?\n]{0,20}$")


def _favoured(text: str, sentence, start: int, end: int) -> bool:
    """向…<span>…倾斜, or 优先提拔…<span>, within one clause."""
    before = text[_clause_left(text, sentence, start, 40):start]
    return bool(_PROMOTE_BEFORE.search(before)) or \
        (bool(_TOWARD_BEFORE.search(before)) and bool(_TOWARD_AFTER.match(text, end, sentence.end)))


# the people a service reached, earlier in the clause (服务环卫工人、快递员3000余人次、累计接待来访群众…人次)
_SERVED_BEFORE = re.compile(r"(?:服务|惠及|接待|救助|帮扶|受益)[^，,。；;：:！？!?\n]{0,14}$")


# a change in two words (进一步提升、不断增强), which can report one; not a whole stock remedy (推动…落地见效)
_CHANGE_PHRASE = re.compile(r"(?:进一步|不断|持续|日益|逐步|明显|显著|大幅|有效)(?:增强|提升|提高|改善|加强|优化|完善|扩大|下降|减少)")
# a modal right before a phrase (要进一步增强、应不断完善、必须持续推进): what is asked for, not what changed
_MODAL_BEFORE = re.compile(r"(?:要|应|应当|需|需要|须|必须|务必|将|得以|力争|争取|确保)$")


# a plan to hold the sessions counted (将举办、拟开设、计划组织、预计开展): what is to come, earlier in the clause
_PLANNED_BEFORE = re.compile(r"(?:将|拟|计划|预计|准备)(?:于[^，,。；;\n]{0,10})?(?:再|继续|陆续|分批|先后)?"
                             r"(?:举办|开展|组织|召开|举行|开设|开办|安排|培训)[^，,。；;：:！？!?\n]{0,12}$")


# what the meetings counted before it settled, later in the sentence (经过8次协商，最终确定了管理办法和
# 收费标准; set 75: both readers judged "only a count of activities" wrong there)
_DECIDED_AFTER = re.compile(r"(?:确定了|敲定了?|商定了?|议定了?|定下了|达成了?(?:共识|协议|一致)|谈妥了?)")


# a demand reported earlier in the sentence (上级要求每户建档，…，所有的档案都得装盒): the claim is
# what was demanded, unless its own clause says it was done (…所有档案都已装订): not 按要求/按照要求
_DEMAND_BEFORE = re.compile(r"(?<![按照])要求")
_DONE_IN_CLAUSE = re.compile(r"已|了")
# what is still needed, then what it should bring (…还需完善，让每个村都建起…): a wish, not a
# result claimed (set 143, both readers)
_NEED_BEFORE = re.compile(r"仍需|还需|尚需|亟需|需要|有待|应当|应该|必须")
_LET_LEAD = re.compile(r"[，,；;]\s*(?:真正|切实)?(?:让|使)[^，,；;。！？]*$")


# universal quantifiers: a claim only when their clause says something was done or reached for
# all (所有村都配齐了、全部为优秀、矛盾纠纷全部化解), not in a description, a metaphor or praise
# (管好所有渔船、扎根在每一个角落、每一个都值得学习): readers of blind sets 53-56 judged 8 of 8
# such findings wrong
_QUANTIFIERS = frozenset({"所有", "全部", "全体", "每一个", "人人", "家家户户"})
# (通过 as "passed" only, not "by means of": 通过微信群发给所有家长, audit 92)
_RESULT_IN_CLAUSE = re.compile(r"已|了(?!不起|解|却|望|如指掌|然)|均|完成|实现|达到|达标|到位|配齐|配备|解决|化解|覆盖|合格|优秀|满意|良好|纳入|建立|建成"
                               r"|落实|清零|通过(?=[，,。；;]|$|了|考核|验收|评审|审核|审查|考试|测评|认证|评估|鉴定|答辩|复核|检查)"
                               r"|脱贫|获得|受益|办结|销号|整改|签订|参加|参与|完工|入群|上岗|持证|告别|形成|产生|成立|集中到")
# what was done to everything counted, a survey's scope (对…所有…进行了摸排、逐一排查; set 164, both readers)
_SURVEYED = re.compile(r"(?:进行了?|开展了?|逐一|全面)?(?:摸排|排查|摸底|调查|统计|梳理|登记|普查|筛查|核查|清查)")
# what someone owns, all of it (名下所有银行卡、手中所有积蓄): an account of a case, no coverage claimed
_OWNED_BEFORE = re.compile(r"(?:名下|手中|手里|家中|身上|账户里)$")


def _unclaimed(text: str, sentence, start: int, end: int) -> bool:
    """A universal quantifier whose clause claims no result done or reached."""
    if text[start:end] not in _QUANTIFIERS:
        return False
    if _OWNED_BEFORE.search(text, max(0, start - 3), start):
        return True
    clause_end = _CLAUSE_EDGE.search(text, end, sentence.end)
    right = clause_end.start() if clause_end else sentence.end
    left = _clause_left(text, sentence, start, 30)
    if "对" in text[left:start] and _SURVEYED.search(text, end, right):
        return True  # 对辖区所有地块逐块摸排: the scope of a survey, no coverage of a result claimed
    return not _RESULT_IN_CLAUSE.search(text, left, right)


_SPEECH_MARK = re.compile(r"[，。！？；,!?;]")


# a comparison word shortly before a span, in its clause (好比是…、如同…、犹如…)
_LIKENED_BEFORE = re.compile(r"(?:好比|好似|好像|如同|犹如|宛如|恰似|比作|比喻成|比喻为)(?:是|为|成)?[^，。；！？\n]{0,10}$")


# a naming verb right before an opening quotation mark (被称为“…”、人称“…”、被誉为“…”)
# (or a word the writer holds at a distance: 看似“轰轰烈烈”，实则…、所谓“…”; set 167, both readers)
_CALLED_BEFORE = re.compile(r"(?:称为|称作|誉为|叫作|叫做|人称|号称|称之为|戏称|昵称|外号|看似|貌似|所谓)\s*$")


def _opened(text: str, paragraph, start: int, marks: str) -> int:
    """Where the mark that opens a pair (marks: “” or 《》) stands, still unclosed, before `start` in
    its paragraph; -1 if `start` is outside such a pair."""
    opening = text.rfind(marks[0], paragraph.start, start)
    return opening if opening > text.rfind(marks[1], paragraph.start, start) else -1


# the label a transcript of an interview or a video gives a speaker at the start of the paragraph
# (农户 袁某：…、市民王先生：…、记者：…): the rest of the paragraph is that person's words (audit 79:
# a farmer's 实实在在 read as the writer's stock phrase)
_SPEAKER_LABEL = re.compile(r"(?:农户|村民|市民|居民|群众|游客|网友|家长|学生|职工|工人|商户|摊主|司机|记者|受访者|志愿者)"
                            r"(?:\s?(?![^：:\n]{0,4}(?:工作|情况|问题|方面|需求|教育|服务|管理))[\u4e00-\u9fa5]{1,3})?\s?[：:]")


def _leader_words(document, sentence) -> bool:
    """The sentence reports a leader's words, or goes on with them after a semicolon (…指出，要…；
    要着力破解…: set 151, both readers: the second requirement is the leader's, not the writer's)."""
    text = document.text
    while True:
        if _LEADER_WORDS.match(text, sentence.start, sentence.end):
            return True
        if sentence.index == 0:
            return False
        previous = document.sentences[sentence.index - 1]
        if previous.paragraph != sentence.paragraph or not text[previous.start:previous.end].rstrip().endswith(("；", ";")):
            return False
        sentence = previous


def _quotation_around(text: str, paragraph, start: int, end: int) -> str | None:
    """The words of the quotation the span stands in (to its closing mark, or the paragraph's end
    when the quotation runs on), or None outside quotation marks."""
    opening = _opened(text, paragraph, start, "“”")
    if opening < 0:
        return None
    closing = text.find("”", end, paragraph.end)
    return text[opening + 1:closing if closing >= 0 else paragraph.end]


def _spoken(text: str, paragraph, start: int, end: int) -> bool:
    """Inside quotation marks that hold speech: a quotation with a clause in it or longer than a
    slogan (15 characters). A short formula in quotation marks (“一盘棋”、“离乡不离党”) is the
    writer's slogan for the practice and stays the writer's words. Or after a speaker's label
    opening the paragraph (_SPEAKER_LABEL)."""
    quotation = _quotation_around(text, paragraph, start, end)
    if quotation is None:  # or a paragraph of an interview, after its speaker's label (村民 王某：…)
        return _after_speaker_label(text, paragraph, start)
    return _is_speech(quotation)


def _is_speech(quotation: str) -> bool:
    return len(quotation) > 15 or bool(_SPEECH_MARK.search(quotation))


def _after_speaker_label(text: str, paragraph, start: int) -> bool:
    label = _SPEAKER_LABEL.match(text, paragraph.start, paragraph.end)
    return label is not None and start >= label.end()


# how much of a quotation must be other words than the phrase for the phrase to be part of someone's
# speech rather than a stock line quoted whole (“这是我应尽的本分。”)
SPEECH_AROUND = 12


def _within_speech(text: str, paragraph, start: int, end: int) -> bool:
    """Inside someone's words (as `spoken`) that say more than the phrase itself: “村里遭了灾，大伙都
    看着我们，我们得当好群众的主心骨。” is the speaker's voice; a stock line quoted whole is not
    (audit 87: a village secretary's words were called the writer's 高大全). After an interview's
    speaker label the whole paragraph is the speaker's."""
    quotation = _quotation_around(text, paragraph, start, end)
    if quotation is None:
        return _after_speaker_label(text, paragraph, start)
    return _is_speech(quotation) and len(quotation) - (end - start) >= SPEECH_AROUND


# the clauses of a purpose lead (为进一步完善…，充分发挥…，切实维护…): none opens with a word that
# makes it the main clause's demand or plan (为确保…，要进一步完善…)
# (after a time or a link word, 今年以来，为彻底改变…，工作队…: set 134, both readers judged 彻底 in such an aim
# an unbacked absolute)
_PURPOSE_OPEN = re.compile(r"\s*(?:(?:今年以来|近年来|去年以来|近期|近日|同时|此外|另外)[，,]\s*)?为(?!此|何|什么|人民|群众|民)了?")
_COMMA = re.compile(r"[，,；;：:]")
_MAIN_CLAUSE_OPEN = re.compile(r"[，,]\s*(?:要|必须|应当?|需要|须|将|建议|我们|各级|各地|各单位|下一步)")


# a clause that gives the aim of the step before it (…，在基层设立执行室，以加大…力度): the stock words
# say what the named step is for, not a remedy of their own (set 120, both readers). Only the clause's
# opening is read: a sentence that itself opens with 以 passes too (a gap noted, not yet narrowed)
_PURPOSE_TAIL = re.compile(r"\s*(?:以便|以期|以|从而|进而)(?:进一步|更好地|切实)?$")


# the aim framed around the span, 为进一步改进…打下基础 (提供保障, 创造条件): what the step before it
# prepares, not a remedy of its own (set 146, both readers)
_FRAME_OPEN = re.compile(r"为\s*$")
_FRAME_CLOSE = re.compile(r"[^，。；！？\n]{0,30}(?:(?:打下|奠定|夯实)[^，。；！？\n]{0,8}基础|(?:提供|创造)[^，。；！？\n]{0,10}(?:保障|支撑|条件))")


def _purpose_frame(text: str, sentence, start: int, end: int) -> bool:
    return bool(_FRAME_OPEN.search(text, max(sentence.start, start - 2), start)) and \
        bool(_FRAME_CLOSE.match(text, end, sentence.end))


def _purpose_lead(text: str, sentence, start: int, end: int) -> bool:
    """The span lies in the chain of purpose clauses a sentence opens with, and the sentence goes
    on to its main clause after it (为进一步完善…，健全完善…长效机制，确保…，县审计局提出…: audit 79,
    both readers judged "健全完善…机制 is no countermeasure" wrong on the aim of a practice's lead)."""
    if not _PURPOSE_OPEN.match(text, sentence.start, start):
        return False
    if _MAIN_CLAUSE_OPEN.search(text, sentence.start, start):
        return False
    return bool(_COMMA.search(text, end, sentence.end))


def _clause_left(text: str, sentence, start: int, reach: int) -> int:
    """Where the clause holding `start` begins, looking back at most `reach` characters and not
    before its sentence."""
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, max(sentence.start, start - reach), start)]
    return edges[-1] if edges else max(sentence.start, start - reach)


def _demanded(text: str, sentence, left: int, start: int, end: int) -> bool:
    clause_end = _CLAUSE_EDGE.search(text, end, sentence.end)
    right = clause_end.start() if clause_end else sentence.end
    if _DONE_IN_CLAUSE.search(text, left, right):
        return False
    return bool(_DEMAND_BEFORE.search(text, sentence.start, start)) or \
        (bool(_NEED_BEFORE.search(text, sentence.start, start)) and bool(_LET_LEAD.search(text, sentence.start, start)))


def _in_purpose_lead(text: str, sentence, end: int) -> bool:
    """The span lies in the purpose a sentence opens with (为…，把…到每一个党员), which may follow
    a byline (（通讯员 方晓）为…)."""
    lead = _PURPOSE_LEAD.search(text[sentence.start:sentence.end])
    return lead is not None and lead.start() <= 30 and end <= sentence.start + lead.end()


def _clause_has_number(text: str, start: int, end: int) -> bool:
    """A count in the same clause, or the clause before it in the sentence, supports an
    absolute: 全部42个村、42个村全部、评为“一般”的7人，已全部进行提醒谈话."""
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, max(0, start - 60), start)]
    sentence_start = max((m.end() for m in _SENTENCE_EDGE.finditer(text, max(0, start - 60), start)),
                         default=max(0, start - 60))
    left = edges[-2] if len(edges) >= 2 else (edges[-1] if edges else max(0, start - 60))
    left = max(left, sentence_start)
    right_match = _CLAUSE_EDGE.search(text, end, end + 40)
    right = right_match.start() if right_match else min(len(text), end + 40)
    if right_match and right_match.group() in "，," and _TALLY_NEXT.match(text, right_match.end()):
        # 流动党员全部在外地务工，共计9人: the clause after gives the count
        after = _CLAUSE_EDGE.search(text, right_match.end(), right_match.end() + 40)
        right = after.start() if after else min(len(text), right_match.end() + 40)
    return bool(_NUMBER_IN_CLAUSE.search(text[left:start]) or _NUMBER_IN_CLAUSE.search(text[end:right]))


_EMPTY = SentenceSignals()
