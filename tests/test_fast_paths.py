"""The faster paths give what the plain ones gave: JSON written by orjson is byte for byte the
standard library's, token patterns run over the tokens find what spaCy's Matcher finds, the
single-pass versions of three loops agree with the loops they replaced, and a regex entry is
skipped only on texts where it cannot match."""

import copy
import json
import random
import re
import warnings

import pytest
import yaml

from checker.findings import Finding
from checker.judge import proposal
from checker.judge.core import SentenceSignals, _tokens_within
from checker.lexicon import required_literals
from checker.load import Source, guess_title
from checker.report import json as json_report
from checker.segment import segment
from checker.places import text_places
from checker.suggest import _labels

from .conftest import DATA, ROOT


def _texts() -> list[str]:
    items = [json.loads(line) for line in (ROOT / "corpus" / "bootstrap.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = [f"{item['title']}\n{item['text']}" for item in items]
    texts += [path.read_text(encoding="utf-8") for path in sorted(DATA.rglob("*.txt"))]
    return texts


TEXTS = _texts()


def _standard(payload) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2)


def test_json_is_byte_identical_to_the_standard_library(checker):
    from checker.model import load_default_model
    from checker.pipeline import Checker

    with_model = Checker(model=load_default_model(), evidence=True)
    reports = [checker.check_text(text) for text in TEXTS[:150]] + \
        [with_model.check_text(text) for text in TEXTS[150:]] + \
        [checker.check_path(str(path)) for path in sorted((ROOT / "examples").iterdir())]
    assert any(r.adoption_probability for r in reports) and any(r.evidence for r in reports)
    for report in reports:
        assert json_report.render([report], single=True) == _standard(report.to_json())
    several = reports[:3] + [json_report.error_object("坏文件.docx", "无法读取")]
    assert json_report.render(several, single=False) == _standard([r if isinstance(r, dict) else r.to_json()
                                                                   for r in several])


def test_json_of_awkward_values_is_the_standard_librarys():
    generator = random.Random(3)
    floats = [generator.uniform(-1, 1) * 10 ** generator.randint(-12, 20) for _ in range(3000)]
    floats += [0.0, -0.0, 1e-05, 0.0001, 1.5e-07, 1e16, 123.456, round(generator.random(), 4)]
    strings = ["控制\x01字符\x1f", "换行\n制表\t回车\r退格\b换页\f", "引号\"反斜杠\\斜杠/", "\u2028\u2029\x7f", "😀", "",
               "数字 1e5 和 0.00001 在字符串里"]
    for payload in [{"f": floats}, {"s": strings}, [], {}, [[], {}], {"n": None, "t": True, "i": -12345678901234}]:
        assert json_report.dumps(payload) == _standard(payload)
    lone_surrogate = {"s": "\ud800"}  # orjson refuses it; the standard library writes it
    assert json_report.dumps(lone_surrogate) == _standard(lone_surrogate)


def test_token_patterns_over_tokens_find_what_spacys_matcher_finds():
    from spacy.matcher import Matcher
    from spacy.tokens import Doc

    from checker.kinds import _longest_first, _token_tests
    from checker.rulebook import load_rules
    from checker.segment import _nlp

    shipped = [rule.spec["patterns"] for rule in load_rules() if rule.kind == "token_pattern"]
    extra = [
        [[{"LOWER": "ab"}, {"ORTH": {"NOT_IN": ["，", "。"]}}]],
        [[{"ORTH": "进一步"}], [{"ORTH": "进一步"}, {"ORTH": {"IN": ["加强", "推进"]}}], [{"TEXT": "加强"}]],
        [[{"ORTH": {"IN": ["不", "没有"]}}, {"ORTH": {"IN": ["到位", "落实", "不"]}}], [{"ORTH": "不"}, {"ORTH": "不"}]],
    ]
    vocab = _nlp().vocab
    texts = TEXTS + ["AB cd Ab，ab。进一步加强进一步推进加强", "不不不到位没有落实不"]
    for patterns in shipped + extra:
        tests = [_token_tests(p) for p in patterns]
        assert all(t is not None for t in tests)
        matcher = Matcher(vocab)
        matcher.add("X", patterns, greedy="LONGEST")
        for text in texts:
            tokens = segment(Source("-", text, guess_title(text))).tokens
            doc = Doc(vocab, words=tokens, spaces=[False] * len(tokens))
            expected = sorted((s, e) for _, s, e in matcher(doc))
            found = {(i, i + len(t)) for t in tests for i in range(len(tokens) - len(t) + 1)
                     if all(test(tokens[i + k]) for k, test in enumerate(t))}
            assert sorted(_longest_first(found)) == expected, text[:40]


def test_patterns_beyond_plain_tokens_are_left_to_spacy():
    from checker.kinds import _token_tests

    assert _token_tests([{"ORTH": "进一步", "OP": "?"}]) is None
    assert _token_tests([{"POS": "VERB"}]) is None
    assert _token_tests([{"ORTH": {"REGEX": "^进"}}]) is None
    assert _token_tests([]) is None


def _old_yield(checker, findings):
    from checker.pipeline import PHRASE_CHARS

    specific = [f for f in findings if not f.document_level and not checker._yields(f.rule)
                and checker.rules_by_id[f.rule].kind != "absent" and f.end - f.start <= PHRASE_CHARS]
    return [f for f in findings if not (checker._yields(f.rule) and any(
        f.start < other.end and other.start < f.end for other in specific))]


def _plain_labels(group, places):
    """Each finding's paragraph by a scan of every paragraph (what the bisect in _labels replaces)."""
    labels = []
    for finding in group:
        standing = [p for p in places if p.start <= finding.start] or places[:1]
        if standing and standing[-1].label not in labels:
            labels.append(standing[-1].label)
    return labels[:6]


def test_single_pass_loops_agree_with_the_loops_they_replaced(checker):
    from checker.pipeline import drop_overlaps, make_finding

    yielded = 0
    for text in TEXTS:
        analysis = checker.analyse(Source("-", text, guess_title(text)))
        document = analysis.document
        settings = checker.settings(analysis.genre.genre, user=False)
        matches = checker.matches(document, analysis.signals, settings)
        found = [make_finding(settings[r], document, *match) for r, spans in matches.items() if r in settings
                 for match in spans]
        found = drop_overlaps(sorted(found, key=lambda f: (f.start, f.end, f.rule)))
        assert checker._yield_to_specific(found) == _old_yield(checker, found)
        yielded += len(found) - len(_old_yield(checker, found))
        spans = [f for f in found if not f.document_level]
        for size in (1, 3, len(spans)):
            group = spans[:size]
            places = text_places(document.text, document.title)
            assert _labels(group, places) == _plain_labels(group, places)
        by_paragraph = analysis.signals.by_paragraph()
        for paragraph in document.paragraphs:
            assert by_paragraph.get(paragraph.index, []) == \
                [sig for s, sig in analysis.signals.body() if s.paragraph == paragraph.index]
    assert yielded > 0  # the yield rule was exercised


def test_paragraph_numbers_of_synthetic_findings():
    text = "标题\n第一段有字。\n\n第二段。\n第三段，很长很长。\n" * 4
    places = text_places(text, "标题")
    generator = random.Random(5)
    for _ in range(300):
        group = [Finding("ZG101", "boilerplate", "warning", "", "", start, start + 1, 1, 1, "")
                 for start in sorted(generator.sample(range(len(text)), generator.randint(1, 12)))]
        assert _labels(group, places) == _plain_labels(group, places)


@pytest.mark.parametrize("pattern", [
    r"(?:协调推进)?[“\"]?四个全面[”\"]?战略布局", r"(?<=[\u4e00-\u9fa5]{2})(?:委员会|党委)", r"a(?i:b)c",
    r"\d+月\d+日|\d+月(?:份|底)", r"(进一步|持续)(加强|推进)", r"(ab)+c", r"(?:ab|c)d?", r"x*", r"(?i)abc",
    r"不(?:到位|落实)|没有(?=落实)", r"[^，]{1,8}的多[，,、][^，]{1,8}的少",
    r"(?:(?<=家住)|(?<=住在))[\u4e00-\u9fa5]{1,3}", r"(?<![A-Za-z])[XxAa]{1,4}(?:个|名)", r"\d+日(?=上午|下午)",
    r"[月日]+(?:份|底)?[^a]", r"(?<=[ab])(?!c)d?不",
    # runs of adjacent fixed items spelt out (有年|那年, 两个|三个…), across lookarounds and repeats
    r"(?:a|b)(?:份|底)", r"[四一]+个(?:全面|名)", r"(进|持)(一|续)(?!落实)(加|推)", r"(?:没|不)有(?=落实)",
    r"[ab]{1,3}(?:个|名)?不", r"(?:ab|c)+d", r"日(?:份|底|)[不到]", r"^(?:a|b|1|2|月|日)(?:c|d|份|底|不)", r"(?:a|b)(?<=b)(?:c|d)",
    # a fixed lookahead after a run, a fixed lookbehind before one (年(?=来|间): 年来 or 年间)
    r"[\d一二]+年(?=来|间)", r"(?<=近)[两三]?个(?:月|年)", r"(?:比|较)(?=去年|上年)", r"日(?=上午|下午|[，,])",
    r"(?:(?<=家住)|(?<=住在))a", r"a(?=b|c)(?:bd|cd)", r"(?<=a)(?:b|c)(?=d)", r"(?<=[ab])不(?=到|位)",
])
def test_a_regex_is_skipped_only_where_it_cannot_match(pattern):
    required = required_literals(pattern)
    compiled = re.compile(pattern)
    generator = random.Random(11)
    alphabet = list("abcdAB12月日份底不到位落实没有进一步持续加强推进的多少，、四个全面战略布局委员会党委县xX个名年来间近两三比较去上") + \
        ["协调推进", "“", "”", "家住", "住在", "上午", "下午", "四个全面", "战略布局", "委员会", "进一步", "加强", "不到位", "没有落实", "ab", "12日", "的多，", "的少", "3月",
         "年来", "近两个月", "比去年", "较上年", "日，"]
    matched = 0
    for _ in range(4000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 14)))
        if compiled.search(text):
            matched += 1
            for one in required or ():
                assert any(literal in text for literal in one), (pattern, one, text)
    assert matched > 0  # the sample exercised the pattern


@pytest.mark.parametrize("pattern", [
    r"(?<=[\u4e00-\u9fa5]{2})(?:省|市|县|区|镇|乡|村|街道|社区)", r"(?<=村)党支部", r"(?<![不])加强(?=[要将])",
    r"(?<=[，。])(?:a|ab|abc)(?=c)", r"(?<=a)b+", r"(?<!\d)1[2]\d{2}(?!\d)",
    r"(?<![愿敢会能])不[愿敢会能](?=[\u4e00-\u9fa5])",
])
def test_lookbehind_first_finds_what_the_pattern_finds(pattern):
    from checker.lexicon import lookbehind_first

    split = lookbehind_first(pattern)
    assert split is not None
    compiled = re.compile(pattern)
    generator = random.Random(13)
    alphabet = list("省市县区镇乡村街道社区于在路街号12党支部要将加强不愿敢，。abc\n") + ["青松县", "村党支部", "中山路3号"]
    for _ in range(1500):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 16)))
        assert split.spans(text) == [(m.start(), m.end()) for m in compiled.finditer(text)], text
        for start in range(len(text)):
            expected, found = compiled.search(text, start), split.search(text, start)
            assert (found.span() if found else None) == (expected.span() if expected else None)
            for end in range(start, len(text) + 1):
                assert bool(split.fullmatch(text, start, end)) == bool(compiled.fullmatch(text, start, end))


def test_lookbehind_first_only_where_the_rest_opens_with_a_literal():
    from checker.lexicon import lookbehind_first

    assert lookbehind_first(r"(?<![^。，\n])[^。，\n]{3,}") is None  # would search again at every position
    assert lookbehind_first(r"(?<=[于在])[\u4e00-\u9fa5]{1,3}(?:路|街)") is None
    assert lookbehind_first(r"(?<=a)b|c") is None  # the lookbehind belongs to the first branch only
    assert lookbehind_first(r"(?<=(a))b") is None and lookbehind_first(r"(?<=a)b*") is None
    assert lookbehind_first(r"(?<![不])(?<=[要将])加强") is None  # the rest opens with another lookbehind


def _plain_spans(literals, patterns, text, edges):
    """A vocabulary's hits the plain way: its phrases as one trie regex (one per sub-word
    marking), every regex entry run on every text, nothing split or skipped."""
    from checker.lexicon import _leftmost_longest, _whole_token_spans, bare, is_subword, trie_regex

    parts = [(re.compile(trie_regex([bare(w) for w in literals if is_subword(w) == subword and bare(w)])), subword)
             for subword in (False, True) if any(is_subword(w) == subword and bare(w) for w in literals)]
    parts += [(re.compile(bare(p)), is_subword(p)) for p in patterns]
    found = []
    for compiled, subword in parts:
        if subword or edges is None:
            found += [m.span() for m in compiled.finditer(text) if m.end() > m.start()]
        else:
            found += _whole_token_spans(compiled, text, edges)
    return found if len(parts) <= 1 else _leftmost_longest(found)


def test_lexicon_scans_are_unchanged_by_the_fast_paths(checker):
    """Every matcher of the checker (the judgements' and the rules'), with phrases found by the
    one Aho-Corasick pass, regex entries skipped and split, gives what the plain regexes give
    on every text."""
    from checker.lexicon import TermMatcher

    matchers = {m for m in checker.signal_set.scanners.values() if isinstance(m, TermMatcher)}
    matchers |= {kind.matcher for kind in checker.kinds.values() if isinstance(getattr(kind, "matcher", None), TermMatcher)}
    assert len(matchers) > 20
    for text in TEXTS[::3]:
        document = segment(Source("-", text, guess_title(text)))
        for matcher in matchers:
            expected = _plain_spans(matcher.literals, matcher.patterns, text, document.token_edges)
            assert document.scan(matcher) == expected
            assert matcher.spans(text) == _plain_spans(matcher.literals, matcher.patterns, text, None)


@pytest.mark.parametrize("literals,text", [
    (("全部", "全部门"), "安全部门全部到岗"),           # begins inside a word; a longer phrase ends inside one
    (("进一步", "进一步提高", "提高"), "要进一步提高质量"),  # the longest that ends on a word edge
    (("~村", "村党支部"), "东山村党支部书记"),           # a sub-word phrase and a whole-word one
    (("abc", "b", "bcd"), "abcd abc bcd"),
])
def test_phrases_found_in_one_pass_are_the_trie_regex_hits(literals, text):
    from checker.lexicon import TermMatcher

    document = segment(Source("-", "标题\n" + text, "标题"))
    matcher = TermMatcher(literals, ())
    assert document.scan(matcher) == _plain_spans(literals, (), document.text, document.token_edges)
    assert matcher.spans(document.text) == _plain_spans(literals, (), document.text, None)


def test_the_stand_in_finds_what_the_automaton_finds():
    """Where the ahocorasick_rs wheel is missing, the str.find stand-in gives the same hits."""
    import ahocorasick_rs

    from checker.lexicon import _FindEach

    literals = ["全部", "全部门", "部门", "安全", "进一步", "一步", "村", "村党支部"]
    text = "安全部门全部到岗，进一步进一步落实，东山村党支部"
    automaton = ahocorasick_rs.AhoCorasick(literals, matchkind=ahocorasick_rs.MatchKind.Standard)
    expected = sorted(automaton.find_matches_as_indexes(text, overlapping=True))
    assert sorted(_FindEach(literals).find_matches_as_indexes(text)) == expected
    assert len(expected) > 10


@pytest.mark.parametrize("pattern", [
    r"(?:(?:出席|参加)[^，。]{0,6}并讲话)|(?:由[^，。]{2,8}主持)",      # an alternation of groups
    r"(?:(?:^|[，,；;])(?:从)?(?:\d{1,2}月|明年)(?:份)?(?:起|开始))",  # may begin at the start of the text
    r"(?:(?<!明确)(?<!》)(?:提出|建议)[^：:。]{0,6}[：:])",              # lookbehinds first
    r"(?!任(?:副|村))(?:王|李|张)(?:书记|主任)?",                      # a lookahead first
    r"(?:(?:深入|走访)[^，。]{0,4}\d+个)|(?:(?:成立|组建)[^，。]{0,4}(?:专班|小组))",
    r"(?:年底前|年内|\d{1,2}月(?:底|前))|(?:每(?:年|月))",
    r"(?:[两二三]个(?:方面|环节))|(?:[两二三]+项)",
    r"(?:讲话$|^在[^，]{1,6}上的讲话)",
    r"(?<!老)王(?:书记|主任)",                                          # one first character, after a lookbehind
    r"[两二三]+(?:个|项)(?=[^，。]{0,4}(?:方面|环节))",                 # a repeated class first
    r"(?:^|[，、\s])(?:男|女)[，、]\s*[^，。]{1,3}族",                    # white space among the first characters
])
@pytest.mark.parametrize("native", [True, False])
def test_first_char_skip_finds_what_the_pattern_finds(pattern, native):
    """Both ways of skipping: the pattern compiled to skip in `re` itself (what first_char_skip
    gives where it can), and hopping in Python (FirstCharSkip alone, where it cannot)."""
    from checker.lexicon import FirstCharSkip, first_char_skip, first_chars

    compiled = re.compile(pattern)
    if native:
        skipping = first_char_skip(compiled)
        assert skipping is not compiled
        assert isinstance(skipping, FirstCharSkip if first_chars(pattern)[1] else re.Pattern)
        assert isinstance(skipping, re.Pattern) or skipping._skipping is not None
    else:
        chars, at_start = first_chars(pattern)
        skipping = FirstCharSkip(compiled, re.compile("[" + chars + "]"), at_start)
    copied = copy.deepcopy(skipping)  # copy (and pickle) rebuild it without asking the pattern for their hooks
    assert copied.pattern == pattern
    sample = "x出席会议并讲话，由张书记主持。明年起，建议：王书记在11月底前"
    assert [m.span() for m in copied.finditer(sample)] == [m.span() for m in compiled.finditer(sample)]
    generator = random.Random(17)
    alphabet = list("出席参加并讲话由主持，。；,从明年月份起开始提出建议：明确》任副村王李张书记主任深入走访成立组建专班小组"
                    "年底前内每两二三个方面环节项在上的12 \n") + ["老王", "男，", "女、汉族", "出席会议", "由张书记", "明年", "11月", "建议：", "年底前"]
    for _ in range(1500):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 18)))
        assert [m.span() for m in skipping.finditer(text)] == [m.span() for m in compiled.finditer(text)], text
        start = generator.randint(-1, len(text) + 1)
        for args in ((start,), (start, generator.randint(max(start, 0), len(text) + 1))):
            assert [m.span() for m in skipping.finditer(text, *args)] == \
                [m.span() for m in compiled.finditer(text, *args)], (text, args)
        assert skipping.findall(text) == compiled.findall(text)
        assert skipping.sub("#", text) == compiled.sub("#", text) and skipping.split(text) == compiled.split(text)
        for start in range(len(text) + 1):
            end = generator.randint(start, len(text))
            for args in ((start,), (start, end)):
                expected, found = compiled.search(text, *args), skipping.search(text, *args)
                assert (found.span() if found else None) == (expected.span() if expected else None), (text, args)


def test_spelt_out_categories_hold_every_character_of_the_category():
    """A class of first characters lists \\d and \\s as the characters they hold (faster for
    `re` to test): every character of the category, and in the Basic Multilingual Plane no
    other; a pattern opening with one skips to the same matches, full-width, Arabic-Indic and
    mathematical digits and ideographic spaces included."""
    from checker.lexicon import _spelt_out, first_char_skip

    every = "".join(map(chr, range(0x110000)))
    for category in (r"\d", r"\s"):
        spelt = re.compile("[" + _spelt_out(category) + "]")
        held = re.findall(category, every)
        assert len(held) > 20 and set(held) <= set(spelt.findall(every))
        assert spelt.findall(every[:0x10000]) == re.findall(category, every[:0x10000])
    generator = random.Random(5)
    alphabet = list("12３٣𝟑 \u3000\x85\t月日底前年内，x")
    for pattern in (r"(?:\d{1,2}月(?:底|前))|(?:每(?:年|月))", r"(?:[，\s]+|x)(?:年|月)", r"[\d两]+(?:年|月)"):
        compiled = re.compile(pattern)
        skipping = first_char_skip(compiled)
        assert skipping is not compiled
        for _ in range(2000):
            text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 14)))
            assert [m.span() for m in skipping.finditer(text)] == [m.span() for m in compiled.finditer(text)], text


def test_one_first_character_is_skipped_to_as_a_prefix_that_the_match_does_not_skip():
    """A pattern whose matches all begin with one character, after a lookbehind or inside a
    group, skips to it as a prefix of one character and matches the whole pattern there."""
    from checker.lexicon import first_char_skip

    generator = random.Random(11)
    alphabet = list("打造成改建不了，王老书记主任（") + ["造成", "老王", "王书记"]
    for pattern in (r"(?<![打改建塑制])造成", r"(?<!老)王(?:书记|主任)", r"(?:(王)|王老)书?记", r"(?=王)(?:王书|王)"):
        compiled = re.compile(pattern)
        skipping = first_char_skip(compiled)
        assert skipping is not compiled and isinstance(skipping, re.Pattern)
        for _ in range(2000):
            text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 14)))
            assert [(m.span(), m.groups()) for m in skipping.finditer(text)] == \
                [(m.span(), m.groups()) for m in compiled.finditer(text)], text
            start = generator.randint(0, len(text))
            expected, found = compiled.search(text, start), skipping.search(text, start)
            assert (found.span() if found else None) == (expected.span() if expected else None)


def test_the_float_form_test_flags_what_the_plain_regex_flags():
    """report.json sends a text to the standard library when it has a digit before e or E,
    or 0.0000: the same texts as the plain regex."""
    plain = re.compile(r"\d[eE]|0\.0000")
    samples = ["", "1e-05", "1.5e-7", "3E8", "severity", "message 3 e", "x9e", "E", "e", "0.00001", "0.0001",
               "１e", "٣E", "5ｅ", "\"score\": 12,\n  \"message\": \"e\"", "2eE", "Ee1"]
    generator = random.Random(3)
    samples += ["".join(generator.choice("0123９eE .x\"") for _ in range(generator.randint(0, 12))) for _ in range(3000)]
    for text in samples:
        assert json_report._float_form_differs(text) == bool(plain.search(text)), text


def test_first_char_skip_only_where_a_match_opens_with_few_characters():
    from checker.lexicon import first_char_skip

    for pattern in (r"x*|(?:ab)?", r".{2}讲话", r"[^，。]{2,}讲话", r"\w+讲话", r"[\u4e00-\u9fa5]{2}县",
                    r"(?i)(?:ab|cd)e", r"(?m)(?:^|，)(?:要|应)", r"(\d)\1", r"(?:(?i:a)|b)c",
                    r"讲话|致辞", r"[讲致](?:话|辞)", r"(?:讲话|致辞)后"):  # the last three: `re` skips by itself
        compiled = re.compile(pattern)
        assert first_char_skip(compiled) is compiled, pattern


def test_signal_vocabularies_skip_and_find_the_same(checker):
    """Every vocabulary of rules/signals.yaml, compiled with the skip where it applies, finds
    in every sentence and text what the plain pattern finds."""
    from checker.lexicon import regex

    patterns = checker.signal_set.patterns
    skipping = {name: p for name, p in patterns.items() if p is not regex(p.pattern)}
    assert len(skipping) >= 10
    for text in TEXTS[::2]:
        pieces = [text] + [piece for piece in re.split(r"(?<=[。！？；\n])", text) if piece]
        for name, pattern in skipping.items():
            plain = re.compile(pattern.pattern)
            for piece in pieces:
                found, expected = pattern.search(piece), plain.search(piece)
                assert (found and found.span()) == (expected and expected.span()), (name, piece)
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], name


def test_wordlike_tokens_are_those_the_regex_keeps():
    from checker.features import _WORDLIKE, wordlike
    from checker.segment import cut

    tokens = [token for text in TEXTS[::4] for token in cut(text)]
    tokens += ["", " ", "\n", "_", "__", "a_b", "²", "Ⅻ", "１２", "——", "……", "《", "😀", "e-mail", "3.5%", "，。", "中\u3000"]
    assert wordlike(tokens) == list(filter(_WORDLIKE.search, tokens))
    assert wordlike(tokens) == list(filter(_WORDLIKE.search, tokens))  # (the second time from what it remembered)
    assert len(wordlike(tokens)) < len(tokens)


def test_wordlike_forgets_when_full_and_answers_the_same(monkeypatch):
    from checker import features

    monkeypatch.setattr(features, "VERDICTS_KEPT", 3)
    monkeypatch.setattr(features, "_VERDICTS", {})
    tokens = ["，", "。", "3.5%", "、", "a-b", "——", "，", "x_", "“", "。"] * 3
    assert features.wordlike(tokens) == list(filter(features._WORDLIKE.search, tokens))
    assert len(features._VERDICTS) <= 3


def test_sentences_are_cut_as_the_plain_pattern_cuts_them():
    """segment._SENTENCE takes runs without 《 in one step; its matches are the plain form's,
    on every paragraph of the corpus and on random strings of stops, quotes and titles."""
    from checker.segment import _SENTENCE, _SENTENCE_PLAIN

    plain = re.compile(_SENTENCE_PLAIN)
    paragraphs = [line for text in TEXTS for line in text.split("\n")]
    generator = random.Random(5)
    alphabet = list("《》。；;！？!?…\n”’\"'」』）)】ab中文，") + ["《题》", "《长" + "名" * 70 + "》"]
    paragraphs += ["".join(generator.choice(alphabet) for _ in range(generator.randint(0, 30))) for _ in range(20000)]
    for paragraph in paragraphs:
        assert [m.span() for m in _SENTENCE.finditer(paragraph)] == [m.span() for m in plain.finditer(paragraph)], paragraph


def test_wrong_forms_and_short_forms_are_found_as_their_trie_regex_finds_them(checker):
    """SubstitutionKind and FirstMentionKind find their forms in the literal pass: the spans
    compile_terms' trie regex finds (leftmost, longest at each start, inside words too)."""
    from checker.kinds import FirstMentionKind, SubstitutionKind
    from checker.lexicon import compile_terms
    from checker.pipeline import Context, document_measures

    kinds = [kind for kind in checker.kinds.values() if isinstance(kind, (SubstitutionKind, FirstMentionKind))]
    assert {type(kind) for kind in kinds} == {SubstitutionKind, FirstMentionKind}
    forms = sorted({form for kind in kinds for form in (kind.pairs if isinstance(kind, SubstitutionKind) else kind.full)})
    generator = random.Random(11)
    texts = TEXTS[::3] + ["以身做则，一如即往。人社局（人力资源和社会保障局）组织部暑期工作部署，统战部暑期"]
    for text in TEXTS[:80]:  # forms spliced in, some run together (a form's prefix or tail next to another)
        for _ in range(6):
            at = generator.randint(0, len(text))
            text = text[:at] + "".join(generator.choice(forms) for _ in range(generator.randint(1, 3))) + text[at:]
        texts.append(text)
    seen = 0
    for text in texts:
        document = segment(Source("-", text, guess_title(text)))
        for kind in kinds:
            forms = list(kind.pairs if isinstance(kind, SubstitutionKind) else kind.full)
            plain = [m.span() for m in compile_terms(forms).finditer(document.text)]
            assert document.scan(kind.matcher) == plain
            seen += len(plain)
    assert seen > 500


def test_framing_and_lead_patterns_skipping_find_what_the_alternation_finds(checker):
    """AbsentKind's skip_sentences and skip_paragraphs are compiled to skip to their first
    characters (first_char_skip): on every sentence and paragraph they find what the plain
    alternation finds."""
    from checker.kinds import AbsentKind
    from checker.lexicon import compile_terms

    kinds = [kind for kind in checker.kinds.values() if isinstance(kind, AbsentKind) and (kind.framing or kind.skip_paragraphs)]
    assert kinds
    pieces = [piece for text in TEXTS for line in text.split("\n") for piece in [line, *re.split("(?<=[。！？；])", line)]]
    for kind in kinds:
        for name, compiled in (("skip_sentences", kind.framing), ("skip_paragraphs", kind.skip_paragraphs)):
            if compiled is None:
                continue
            plain = compile_terms((), kind.rule.spec[name])
            assert compiled is not plain
            for piece in pieces:
                found, expected = compiled.search(piece), plain.search(piece)
                assert (found and found.span()) == (expected and expected.span()), (kind.rule.id, name, piece)


def test_checking_a_regex_fails_exactly_where_compiling_it_fails():
    """lexicon.check_regex validates rule and lexicon patterns without compiling them: the
    same patterns refused, with re's own message, as re.compile refuses."""
    from checker.lexicon import check_regex

    patterns = [r"(?<=村)党支部", r"(?<=[\u4e00-\u9fa5]{2})(?:省|市)", r"(?<!不)好", r"(?<=a|bb)c", r"(?<=a+)b",
                r"(?<!x{2,3})y", r"(?:(?<=a)|(?<=bc))d", r"((?<=ab)c)+", r"(?>(?<=a*)b)", r"(a)?(?(1)(?<=x+)|y)",
                r"(a)?(?(1)b|(?<=q{2})z)", r"(?=(?<=a{1,2}))", r"(?<=(?<=a+)b)c", r"[", r"a{3,2}", r"(?P<x>a)(?P<x>b)",
                r"\p", r"(?<=a{70000})b", r"*", r"(?<=\d)%", r"(?i)ß", "a" * 5 + "(", r"(?<=(a)\1)b"]
    root = ROOT / "rules"
    for path in sorted(root.rglob("*.txt")):
        patterns += [line.strip().lstrip("~").strip()[3:].strip() for line in path.read_text(encoding="utf-8-sig").splitlines()
                     if line.strip().lstrip("~").strip().startswith("re:")]

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    for path in sorted(root.rglob("*.yaml")):  # every string: the patterns, and texts that are patterns too
        patterns += strings(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert len(patterns) > 2000
    refused = 0
    warnings.simplefilter("ignore")  # (texts that are not patterns: re warns of nested sets in both)
    for pattern in patterns:
        try:
            re.compile(pattern)
            expected = None
        except re.error as exc:
            expected = str(exc)
        try:
            check_regex(pattern)
            got = None
        except re.error as exc:
            got = str(exc)
        assert got == expected, pattern
        refused += expected is not None
    assert refused >= 12


def test_shared_parse_trees_stay_as_re_parses_them_after_a_check():
    """lexicon.parsed shares one parse tree per pattern among the checks and analyses; none
    of them may change it (a changed tree would change what the next reader concludes)."""
    from re import _parser

    from checker.lexicon import _TREES
    from checker.pipeline import Checker

    def summary(tree) -> str:
        return repr((tree.data, tree.state.groups, tree.state.groupdict, tree.state.flags))

    checker = Checker()
    for path in sorted((ROOT / "examples").glob("*.txt")):
        checker.check_path(str(path))
    assert len(_TREES) > 300
    warnings.simplefilter("ignore")  # (other tests parse texts that are not patterns: re warns of nested sets)
    changed = [pattern for (pattern, flags), tree in list(_TREES.items())
               if summary(tree) != summary(_parser.parse(pattern, flags))]
    assert not changed


# Drafts of our own where a genre's body cue words stand in the title only, in the body only,
# in both, across a line break, or not at all.
GENRE_CUE_TEXTS = [
    "关于基层减负的调研报告\n今年以来，我们走访了十二个乡镇，座谈三次。",
    "基层减负取得新进展\n经过调研，我们发现存在的问题主要是考核过多，建议下一步精简台账。",
    "存在问题和建议\n存在问题\n一是台账多。建议：合并同类报表。",
    "某县组织部召开会议\n会议强调，要提高站位。\n会议要求，各单位抓好落实。",
    "标题里没有\n  正文开头有空格，经验做法是先试点再推开。\n\n\n最后一段。",
    "建\n议一分为二，换行把词隔开：调\n研。",
]


def test_genre_cue_scores_are_the_plain_count_of_cues_that_hold(checker):
    """GenreDetector.cue_scores counts plain words with map and sum and searches its regex cues
    compiled to skip (first_char_skip): each genre's score is the plain count, cue by cue, of
    the cues the title and the body hold (the regexes uncompiled), with and without `found`."""
    from checker.genre import _Literal
    from checker.pipeline import genre_body

    detector = checker.genres
    plain_cues = {genre: [[c if isinstance(c, _Literal) else re.compile(c.pattern) for c in cues] for cues in pair]
                  for genre, pair in detector.cues.items()}
    assert any(not isinstance(c, _Literal) for pair in plain_cues.values() for cues in pair for c in cues)
    for text in GENRE_CUE_TEXTS + TEXTS:
        document = segment(Source("-", text, guess_title(text)))
        title = next(((p.start, p.end) for p in document.paragraphs if p.is_title), None)
        found = detector.words_found(document.literal_hits(), title)
        body = genre_body(document)
        plain = {genre: detector.title_weight * sum(bool(c.search(document.title)) for c in title_cues) +
                 detector.body_weight * sum(bool(c.search(body)) for c in body_cues)
                 for genre, (title_cues, body_cues) in plain_cues.items()}
        assert detector.cue_scores(document.title, body, found) == plain, text[:40]
        assert detector.cue_scores(document.title, body) == plain, text[:40]


def test_exhortation_skipping_finds_what_the_plain_pattern_finds():
    """pipeline.EXHORTATION (genre evidence, searched in every body sentence) is compiled to skip
    to its first characters: on every sentence of the corpus it finds what the plain pattern finds."""
    from checker.pipeline import EXHORTATION

    plain = re.compile(EXHORTATION.pattern)
    assert EXHORTATION is not plain and not isinstance(EXHORTATION, re.Pattern)
    for text in TEXTS:
        for sentence in segment(Source("-", text, guess_title(text))).sentences:
            found, expected = EXHORTATION.search(sentence.text), plain.search(sentence.text)
            assert (found and found.span()) == (expected and expected.span()), sentence.text


def test_genre_body_cues_from_the_literal_pass_are_those_the_body_has(checker):
    """The body cue words found in the text's one literal pass outside the title are exactly
    those `in` finds in the body, and give the same cue scores and genre."""
    from checker.genre import _Literal
    from checker.pipeline import genre_body

    detector = checker.genres
    assert len(detector.body_words) >= 50
    checked = 0
    for text in GENRE_CUE_TEXTS + TEXTS:
        document = segment(Source("-", text, guess_title(text)))
        title = next(((p.start, p.end) for p in document.paragraphs if p.is_title), None)
        found = detector.words_found(document.literal_hits(), title)
        body = genre_body(document)
        assert found == {word for word in detector.body_words if word in body}, text[:40]
        assert detector.cue_scores(document.title, body, found) == detector.cue_scores(document.title, body)
        checked += bool(found)
    assert checked > len(TEXTS) // 2
    # a word in the title only is not in the body
    document = segment(Source("-", GENRE_CUE_TEXTS[0], guess_title(GENRE_CUE_TEXTS[0])))
    title = next((p.start, p.end) for p in document.paragraphs if p.is_title)
    cue = next(word for word in detector.body_words if word in document.title and word not in genre_body(document))
    assert cue not in detector.words_found(document.literal_hits(), title)
    assert all(isinstance(c, _Literal) for _, cues in detector.cues.values() for c in cues
               if getattr(c, "word", None) in detector.body_words)


def test_each_sentences_hits_are_the_cues_hits_inside_it(checker):
    """_Hits.within gives, for every cue and sentence, the hits that lie in the sentence (a
    quotation running over several sentences clipped to each), and nothing for a cue it lacks."""
    from checker.judge.core import SPANNING, _Hits

    for text in TEXTS[::3]:
        document = segment(Source("-", text, guess_title(text)))
        found = {name: document.scan(m) for name, m in checker.signal_set.scanners.items()}
        hits = _Hits(document, found)
        for sentence in document.sentences:
            within = hits.within(sentence)
            for name, spans in found.items():
                expected = [span for span in spans if sentence.start <= span[0] < sentence.end and span[1] <= sentence.end]
                if name in SPANNING:
                    expected = [(max(a, sentence.start), min(b, sentence.end)) for a, b in spans
                                if a < sentence.end and b > sentence.start and min(b, sentence.end) > max(a, sentence.start)]
                assert list(within(name)) == expected, (name, sentence.text)
            with pytest.raises(KeyError):
                within("no_such_cue")


@pytest.mark.parametrize("pattern", [
    r"(?:问题|矛盾)(?![^，。]{0,4}?突出)", r"(加强|强化)(督促|督导)(检查)?", r"尚未(?:落实|到位)|未(?:落实|整改)",
    r"原因(?:是|在于|[：:])|(?:主要|深层次?)原因", r"全部(?!的?精力)", r"(?<=[\u4e00-\u9fa5]{2})(?:街道|社区)",
    r"(?:19|20)\d{2}年", r"(?:ab)+c", r"(?<![不])加强(?=[要将])", r"^(?:问题|矛盾)", r"问题$",
])
def test_a_regex_tried_where_its_prefix_literals_stand_finds_what_re_finds(pattern):
    from checker.lexicon import LiteralStarts, prefix_literals

    prefix = prefix_literals(pattern)
    assert prefix is not None and min(map(len, prefix)) >= 2
    compiled = re.compile(pattern)
    generator = random.Random(17)
    alphabet = list("问题矛盾突出加强化督促导检查尚未落实到位整改原因是在于：:主要深层次全部的精力街道社区年19209abc不要将，。\n") + \
        ["问题", "矛盾", "加强督促", "强化督导检查", "尚未落实", "未整改", "原因是", "深层次原因", "全部的精力", "青松街道",
         "2023年", "1998年", "ababc", "加强要", "不加强将"]
    for _ in range(1500):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 16)))
        offsets = sorted({at for literal in prefix for at in range(len(text)) if text.startswith(literal, at)})
        at = LiteralStarts(compiled, offsets)
        assert at.spans(text) == [m.span() for m in compiled.finditer(text) if m.end() > m.start()], text
        for start in range(len(text) + 1):
            expected, found = compiled.search(text, start), at.search(text, start)
            assert (found.span() if found else None) == (expected.span() if expected else None), (text, start)


def test_term_matcher_with_prefix_literals_finds_what_it_finds_without():
    from checker.lexicon import TermMatcher, as_subword

    patterns = (r"(?:问题|矛盾)(?![^，。]{0,4}?突出)", r"(加强|强化)(督促|督导)(检查)?", *as_subword([r"(?<=[\u4e00-\u9fa5]{2})(?:街道|社区)"]),
                r"尚未(?:落实|到位)|未(?:落实|整改)", r"(?:19|20)\d{2}年", *as_subword([r"全部(?!的?精力)"]))
    texts = TEXTS[:200]
    with_prefix, plain = TermMatcher(("措施",), patterns), TermMatcher(("措施",), patterns)
    for entry in plain.regexes:
        entry[5] = None
    assert all(entry[5] is not None for entry in with_prefix.regexes)
    found = 0
    for text in texts:
        document = segment(Source(name="-", text=text, title=""))
        edges, hits = document.token_edges, document.literal_hits()
        spans = with_prefix.spans(text, edges, hits)
        assert spans == plain.spans(text, edges, hits)
        assert with_prefix.spans(text) == plain.spans(text)
        found += len(spans)
    assert found > 50  # the texts exercised the entries


def test_term_matcher_gated_on_single_characters_finds_what_it_finds_without():
    """A regex entry that no literal of two or more characters gates is not run on a text
    without any of the few single characters one of which every match holds (TermMatcher's
    `chars`): the shipped vocabularies find the same spans with and without that gate."""
    from checker.lexicon import TermMatcher, term_matcher
    from checker.pipeline import Checker

    checker = Checker()
    matchers = {kind.matcher for kind in checker.kinds.values() if isinstance(getattr(kind, "matcher", None), TermMatcher)}
    matchers |= {m for m in checker.signal_set.scanners.values() if isinstance(m, TermMatcher)}
    gated = [m for m in matchers if any(entry[6] for entry in m.regexes)]
    assert gated
    plain = {m: TermMatcher(m.literals, m.patterns) for m in gated}
    for matcher in plain.values():
        for entry in matcher.regexes:
            entry[6] = None
    texts = TEXTS[:150] + ["县里有**个村，XX名干部，共×人，因为下雨而推迟，近两个月比去年多，3月5日上午"]
    found = 0
    for text in texts:
        document = segment(Source(name="-", text=text, title=guess_title(text)))
        edges, hits = document.token_edges, document.literal_hits()
        for matcher in gated:
            spans = matcher.spans(document.text, edges, hits)
            assert spans == plain[matcher].spans(document.text, edges, hits), (matcher.patterns, text)
            found += len(spans)
    assert found > 100
    assert term_matcher(("x",), (r"因[^，。]{2,20}而",)).regexes[0][6] == ("因",)  # (而 or 因: the first set)


@pytest.mark.parametrize("pattern", [
    r"(?:[\u4e00-\u9fa5]{4}[、，,]){3,}[\u4e00-\u9fa5]{4}(?=[，,。；;！!\n]|$)",  # ZG912's chain of four-character groups
    r"[^，。；！？、：\n]出来、[^，。；！？、：\n]出来、[^，。；！？、：\n]{1,2}起来",
    r"[\u4e00-\u9fa5]{2}(?:省|市|县)(?!级)", r".{3}x", r"(?:[^,;\n]{2}[,;]){2,}[a-z]+", r"(?<!b)[^b\n]{2}[,;](?=b)",
])
def test_anchored_at_finds_what_the_pattern_finds(pattern):
    """A pattern with one of a few characters at a fixed offset after a wide class, searched
    for those characters (lexicon.AnchoredAt): the same matches as `re`, from every position."""
    from checker.lexicon import AnchoredAt, anchored_at

    anchored = anchored_at(pattern)
    assert isinstance(anchored, AnchoredAt)
    compiled = re.compile(pattern)
    generator = random.Random(19)
    alphabet = list("统筹谋划精心组织强化措施、，,。；\n出来起省市县级abx;b ") + ["统筹谋划、", "精心组织，", "站出来、", "干起来", "青松县"]
    texts = [text for text in TEXTS[:100]]
    texts += ["".join(generator.choice(alphabet) for _ in range(generator.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        assert anchored.spans(text) == [m.span() for m in compiled.finditer(text)], text
        for start in range(0, len(text) + 1, 7):
            expected, found = compiled.search(text, start), anchored.search(text, start)
            assert (found.span() if found else None) == (expected.span() if expected else None), (text, start)


def test_anchored_at_only_where_a_wide_class_opens_and_no_groups():
    from checker.lexicon import anchored_at

    for pattern in (r"第[一二]个", r"(a)bc", r"[\u4e00-\u9fa5]{2,3}[省市]", r"[\u4e00-\u9fa5]{2}[^省]", r"(?i)[a-z]{2}x", r"[\u4e00-\u9fa5]+、"):
        assert anchored_at(pattern) is None, pattern


def test_han_words_are_the_han_tokens_matches():
    """readability._han_words (str.isalpha filter, one match over the concatenation) gives
    what HAN_TOKENS finds over the tokens joined by NUL: on random token lists of Chinese
    characters, the range's edges, Latin and other letters, digits, punctuation and NUL, and
    on every corpus and test text's tokens."""
    from checker import readability

    plain = lambda tokens: readability.HAN_TOKENS.findall("\x00" + "\x00".join(tokens) + "\x00")  # noqa: E731
    rng = random.Random(7)
    alphabet = ["中", "国", "年", "\u4e00", "\u9fa5", "\u9fa6", "\u4dff", "\u3400", "a", "B", "é", "ー", "〇", "Ⅱ",
                "1", "１", "，", " ", "\x00", ""]
    for _ in range(20_000):
        tokens = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(0, 12))]
        assert readability._han_words(tokens, "".join(tokens)) == plain(tokens)
    for text in _texts():
        tokens = segment(Source(name="-", text=text, title=guess_title(text))).tokens
        assert readability._han_words(tokens, text) == plain(tokens)


def test_needs_literal_searches_as_the_pattern():
    """A signals.yaml vocabulary wrapped as lexicon.NeedsLiteral (not run on a text without a
    string every match needs) finds what the plain pattern finds: on every sentence of the
    corpus and test texts, on random strings of the needed strings and pattern pieces, and
    from positions and to ends (which go to the pattern)."""
    from checker.lexicon import NeedsLiteral
    from checker.pipeline import Checker

    wrapped = {name: p for name, p in Checker().signal_set.patterns.items() if isinstance(p, NeedsLiteral)}
    assert "future_start" in wrapped
    sentences = [s.text for text in _texts() for s in segment(Source(name="-", text=text, title=guess_title(text))).sentences]
    rng = random.Random(11)
    for name, pattern in wrapped.items():
        plain = re.compile(pattern.pattern)
        pieces = list(pattern._needed) + ["12月", "明年", "从", "，", "的", "人次", "：", "下半年", "建议", "a", " "]
        texts = sentences + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(3000)]
        for text in texts:
            found, expected = pattern.search(text), plain.search(text)
            assert (found and found.span()) == (expected and expected.span()), (name, text)
            if len(text) > 2:
                found, expected = pattern.search(text, 1, len(text) - 1), plain.search(text, 1, len(text) - 1)
                assert (found and found.span()) == (expected and expected.span()), (name, text)


def test_inventory_lists_written_from_their_first_ending_find_the_same_sentences():
    # rules/signals.yaml `inventory` starts its two list patterns from the first item's ending
    # (a lookbehind for the character before it) so that `re` skips to the endings; a sentence
    # has a match exactly when the plain form, which starts with a run of any characters, has one
    entries = yaml.safe_load((ROOT / "rules" / "signals.yaml").read_text(encoding="utf-8"))["inventory"]["patterns"]
    ending = "(?:室|厅|馆|站|中心|医院|院|学校|协会|学会|公司|局|超市|食堂|书屋|驿站|基地|车间|合作社|广场|走廊|遗址|旧址|故居|祠堂|古建筑群|公园)"
    name = "[\u4e00-\u9fa5“”]{1,10}?" + ending
    one = "[\u4e00-\u9fa5]{1,3}一(?:份|张|套|次|堂|场|条|本|封|部|期|轮)"
    plain = [re.compile(f"(?:{name}[、和及与]){{2,}}{name}"),
             re.compile(f"(?:{one}[^、；;，,。！？\\n]{{2,24}}[、；;，,]){{2,}}{one}")]
    anchored = [re.compile(entries[0]), re.compile(entries[1])]
    assert all(pattern.pattern.startswith("(?<=") for pattern in anchored)
    rng = random.Random(7)
    alphabet = list("室中心医院、和及“”一份张次，；a村里局合作社。")
    samples = ["设有谈心室、宣泄室、沙盘室和书画室", "联合市心理协会、市三院、区红十字会", "谈心室和宣泄室",
               "签订一份“承诺书”、开展一次“家访”、举办一场“座谈会”", "签订一份承诺书、开展一次家访"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(3, 40))) for _ in range(20000)]
    for text in samples:
        for old, new in zip(plain, anchored):
            assert bool(old.search(text)) == bool(new.search(text)), text
    assert plain[0].search(samples[0]) and not plain[0].search(samples[2]) and plain[1].search(samples[3])


def test_setting_before_without_its_optional_opening_finds_the_same_clauses():
    # setting_before is only asked whether it matches, so its first alternative no longer opens
    # with optional groups (which made `re` try it at every position): the same clauses match
    entry = yaml.safe_load((ROOT / "rules" / "signals.yaml").read_text(encoding="utf-8"))["setting_before"]["patterns"][0]
    first = entry.split("|^")[0]
    assert first.startswith("(?<![差近])")
    old = re.compile("(?:^|[^\u4e00-\u9fa5])?(?:[东西南北])?" + first)
    new = re.compile(first)
    rng = random.Random(3)
    alphabet = list("东西南北差近距离相a1县城，。公里 ")
    samples = ["东距县城39公里", "距离县城12", "两地相距", "差距较大", "与先进地区差距20"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25))) for _ in range(20000)]
    for text in samples:
        assert bool(old.search(text)) == bool(new.search(text)), text
    assert new.search(samples[0]) and not new.search(samples[3])


def _random_drafts(pieces: list[str], count: int, seed: int) -> list[str]:
    """Drafts made of random pieces (words a mechanism looks for, sentence pieces, stops and
    line breaks), a title line first: real-shaped enough to segment, random enough to meet
    the combinations the corpus lacks."""
    rng = random.Random(seed)
    stops = ["，", "。", "；", "：", "、", "\n", "“", "”", "《", "》", "？"]
    drafts = []
    for _ in range(count):
        body = "".join(rng.choice(pieces) if rng.random() < 0.8 else rng.choice(stops) for _ in range(rng.randint(5, 120)))
        drafts.append("标题" + rng.choice(pieces) + "\n" + body)
    return drafts


def test_patterns_a_document_lacks_the_literals_of_match_nowhere_in_it(checker):
    """SignalSet.for_document replaces by Absent only patterns that find nothing in the text,
    in any of its sentences or clauses; and the judgements made with those stand-ins are the
    ones made with every pattern run (corpus and test texts, and random drafts of the gates'
    strings and sentence pieces)."""
    from checker.judge import Absent
    from checker.lexicon import LITERALS

    signal_set = checker.signal_set
    plain = copy.copy(signal_set)
    plain._gates = {}  # no pattern ever stood in for
    wanted = {i for gates in signal_set._gates.values() for ids in gates for i in ids}
    literals = sorted(s for s, i in LITERALS.ids.items() if i in wanted)
    pieces = literals + [s.text[:12] for text in TEXTS[:40] for s in
                         segment(Source(name="-", text=text, title=guess_title(text))).sentences]
    texts = TEXTS + _random_drafts(pieces, 400, seed=45)
    stood_in = normalised = 0
    for text in texts:
        document = segment(Source(name="-", text=text, title=guess_title(text)))
        view = signal_set.for_document(document)
        pieces_of_text = [document.text] + [s.text for s in document.sentences] + re.split(r"[，,；;：:]", document.text)
        for name, pattern in view.patterns.items():
            if isinstance(pattern, Absent):
                stood_in += 1
                assert not any(signal_set.patterns[name].search(piece) for piece in pieces_of_text), (name, text[:40])
        if text != document.text:
            normalised += 1
        gated = signal_set.analyse(document)
        again = segment(Source(name="-", text=text, title=guess_title(text)))
        expected = plain.analyse(again)
        assert gated.sentences == expected.sentences and gated.title == expected.title, text[:40]
        assert gated.problem_section == expected.problem_section
    assert stood_in > 1000 and normalised  # (the judgements read the text as segment normalises it)


def test_meta_patterns_matched_at_once_find_what_searching_each_finds():
    """rules/structure.yaml's meta patterns, all anchored at the start, are matched as one
    alternation (structure._any_of): a paragraph is meta exactly when one of them finds a
    match (every paragraph of the corpus and test texts, the patterns' own examples cut and
    joined at random); patterns not all anchored are searched one by one."""
    from checker import structure

    metas = yaml.safe_load((ROOT / "rules" / "structure.yaml").read_text(encoding="utf-8"))["meta"]
    plain = [re.compile(p) for p in metas]
    at_once = structure._any_of(metas)
    assert all(structure._anchored(p) for p in metas) and isinstance(at_once.__self__, re.Pattern)
    paragraphs = [line.strip() for text in TEXTS for line in text.split("\n") if line.strip()]
    pieces = ["本报记者", "记者 张三", "通讯员", "作者：", "（作者单位", "）", "2024年3月5日", "第12期", "【编者按】", "中共某县委组织部",
              "组工信息", "供稿", "发布时间：", "责任编辑", "星期一", "李明", "，", "。", " ", "——", "(", "/", "2023-01-02", "工作动态"]
    rng = random.Random(17)
    paragraphs += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(5000)]
    held = 0
    for paragraph in paragraphs:
        expected = any(p.search(paragraph) for p in plain)
        assert bool(at_once(paragraph)) == expected, paragraph
        held += expected
    assert held > 200
    assert not structure._anchored("^a|b") and not structure._anchored("(?m)^a") and not structure._anchored("a^")
    either = structure._any_of(["^a", "b"])  # not all anchored: each searched
    assert either("xb") and not either("xa") and either("ab")



def _plain_proposal_judge(vocab, document, body, result) -> None:
    """proposal.judge as it was before it read only what can change its answer (the reference)."""
    marked = proposal.forward_paragraphs(vocab, document)
    in_list = False
    declaring = None  # the paragraph a declared lead opens (下一步，我们将…。一要…)
    speaking = None  # the paragraph in which someone was reported speaking (他表示，…。希望…一是要…)
    # headings are not judged, but a heading lead-in ("针对上述情况，提出以下建议：") opens a list
    readable = [s for s in document.sentences if document.paragraphs[s.paragraph].role in ("body", "heading")]
    previous = None  # the sentence before and its signals
    for sentence in readable:
        sig = result.get(sentence.index)
        if sig is None:
            sig = SentenceSignals()  # a heading: it only moves the list state
        own = proposal._plan_words(vocab, sentence, set(_tokens_within(document, sentence)))
        lead = vocab.patterns["proposal_lead"].search(sentence.text)
        item = bool(vocab.patterns["list_item"].search(sentence.text))
        starts_paragraph = sentence.start == document.paragraphs[sentence.paragraph].start
        reported = vocab.patterns["reported_speech"].search(sentence.text)
        if own and (speaking == sentence.paragraph or reported) and not proposal._own_plan(vocab, document, sentence):
            # the speaker's requirement carried on (…指出，…。联络站要当好桥梁…), or given in the same
            # sentence (…提出四点希望，一要…): news, not the writer's proposal
            own = False
        if reported:
            speaking = sentence.paragraph
        if starts_paragraph and not item:
            in_list = False  # a plain paragraph ends the list
        # "提出以下建议：一是…" proposes what follows the colon, in this sentence and the list after it
        proposes_after_colon = bool(lead) and len(sentence.text) - lead.end() > 4
        # a marked proposal run on after a semicolon (某代表建议，对发达地区…；对欠发达地区，优先…。): the same
        # list (set 118: the second half of a deputy's proposal was read as a claim of what was done); not
        # an agenda's items after a plan word (…拟开工、在建项目推进情况；…排名情况。), which propose nothing
        carried = previous is not None and previous[1].forward and previous[0].paragraph == sentence.paragraph \
            and previous[0].text.rstrip().endswith(("；", ";")) and \
            (previous[1].declared or bool(proposal.ADVICE_LEAD.search(previous[0].text)))
        # (a cited example is searched for only where it would undo a proposal)
        sig.forward = (own or in_list or carried or proposes_after_colon or sentence.paragraph in marked) and \
            not vocab.patterns["cited_example"].search(sentence.text)
        if (own or lead) and vocab.patterns["lead_in"].search(sentence.text):
            in_list = True
        elif proposes_after_colon and re.search("建议|对策", lead.group()) and \
                vocab.patterns["list_item"].match(sentence.text[lead.end():].lstrip()):
            # "对此建议：一是…。" opens the list its first item begins (二是… follow); not a leader's
            # requirements reported (部长提出三点要求：一是…), which are news, not the writer's proposals
            in_list = True
        if sig.forward:
            sig.actionable = proposal._actionable(vocab, document.text[sentence.start:sentence.end], sig)
            # marked as the writer's proposal: a lead (建议…、下一步，…), a 对策 section or list, or the
            # paragraph such a lead opens; a bare 要/将 in a narrative may be a rule, a cause or a quote
            declares = bool(vocab.patterns["declared_lead"].search(sentence.text))
            if starts_paragraph and declares:
                declaring = sentence.paragraph
            sig.declared = declares or in_list or proposes_after_colon or sentence.paragraph in marked or \
                sentence.paragraph == declaring or carried
        previous = (sentence, sig)



def test_proposals_read_lazily_are_the_proposals_read_in_full(checker):
    """proposal.judge reads a sentence's plan words in full only where it has one (or 将), asks
    whether someone was reported speaking only of such a sentence, and looks for a list item
    only where a list is open: the proposals (forward, declared, actionable) are those of the
    loop that read every sentence in full (corpus and test texts, random drafts of plan words,
    speech verbs, list markers and sentence pieces)."""
    signal_set = checker.signal_set
    pieces = sorted(signal_set.forward_tokens) + ["将", "他指出，", "会议强调", "一是", "二是", "（一）", "建议：", "下一步，", "提出以下建议：",
                                                  "“要我干”", "《对策研究》", "9月起", "已经", "拟提拔", "专家认为，", "；"]
    pieces += [s.text[:10] for text in TEXTS[:40] for s in segment(Source(name="-", text=text, title=guess_title(text))).sentences]
    compared = forward = 0
    for text in TEXTS + _random_drafts(pieces, 600, seed=46):
        document = segment(Source(name="-", text=text, title=guess_title(text)))
        signals = signal_set.analyse(document)
        vocab, body = signals.signal_set, document.body_sentences()
        lazy, full = copy.deepcopy(signals.sentences), copy.deepcopy(signals.sentences)
        proposal.judge(vocab, document, body, lazy)
        _plain_proposal_judge(vocab, document, body, full)
        for index, sig in lazy.items():
            assert (sig.forward, sig.declared, sig.actionable) == (full[index].forward, full[index].declared, full[index].actionable), text[:40]
            forward += sig.forward
        for sentence in document.sentences:
            assert proposal._forward_words(vocab, document, sentence) == \
                proposal._plan_words(vocab, sentence, set(_tokens_within(document, sentence))), sentence.text
            compared += 1
    assert compared > 5000 and forward > 500


def _plain_recurring_names(document, surnames, is_word) -> set[str]:
    """facts._recurring_names as it was: every token's first character looked up."""
    from checker.judge.facts import HAMLET_ENDS, NUMERALS, PLACE_WORDS, _all_han

    counts: dict[str, int] = {}
    tokens = document.tokens
    for index in [i for i, token in enumerate(tokens) if 1 < len(token) < 4 and token[0] in surnames]:
        token = tokens[index]
        if token[-1] in HAMLET_ENDS:
            continue
        if index and (tokens[index - 1][-1:].isdigit() or tokens[index - 1][-1:] in NUMERALS):
            continue
        if index + 1 < len(tokens) and tokens[index + 1].startswith(PLACE_WORDS):
            continue
        counts[token] = counts.get(token, 0) + 1
    return {token for token, count in counts.items()
            if count >= (3 if len(token) == 2 else 2) and _all_han(token) and not is_word(token)}


def test_recurring_names_found_from_surname_characters_are_those_found_token_by_token(checker):
    """facts._recurring_names finds the tokens that open with a surname where the text's scan
    for a surname character meets a token's start: the names are those of the loop that looked
    at every token's first character (corpus and test texts, random drafts of surnames, names,
    numbers, place words and sentence pieces)."""
    from checker.judge.facts import _recurring_names
    from checker.segment import segmenter

    signal_set = checker.signal_set
    surnames, is_word = signal_set.surnames, segmenter().is_word
    pieces = sorted(surnames) + ["吴海兵", "海兵", "李秀兰", "王建华", "冯庄", "王瓜店", "高度", "300余人", "三", "社区", "合作社",
                                 "村", "说", "是", "了", "Wang", "2024年", "高新区", "马家村"]
    pieces += ["吴海兵", "冯亚宁", "谭显华", "章小军", "，吴海兵", "海兵"] * 30  # names that recur in most drafts
    pieces += [s.text[:10] for text in TEXTS[:40] for s in segment(Source(name="-", text=text, title=guess_title(text))).sentences]
    found = 0
    for text in TEXTS + _random_drafts(pieces, 600, seed=47):
        document = segment(Source(name="-", text=text, title=guess_title(text)))
        starts = set(document.token_starts)
        starts.add(len(document.text))
        names = _recurring_names(document, signal_set.surname_char, starts, is_word)
        assert names == _plain_recurring_names(document, surnames, is_word), text[:40]
        found += len(names)
    assert found > 300


def _span_of(match):
    return None if match is None else match.span()


def test_gated_entries_search_as_the_whole_vocabulary():
    """lexicon.GatedEntries searches only the entries whose required strings the text holds and
    matches the whole vocabulary at the leftmost place one of them matches: the match is the
    vocabulary's own search's, from the start and from any position (entries with lookbehinds,
    anchors, lazy and wide repeats, an entry that requires nothing; random texts of their
    strings)."""
    from checker.lexicon import GatedEntries, compile_terms, first_char_skip, needs_literal

    entries = ("拟[^，。；\\n]{0,4}(?:提拔|任)", "(?:^|[，,。])(?!按照)[^，,。\\n]{0,20}》[^，。\\n]{0,4}(?:提出|强调)",
               "要[\\u4e00-\\u9fa5]{1,6}(?:只能|就得)", "(?<=[，。])都表示", "报告如下[。：]?$", "为了?(?:掌握|了解)[^。\\n]{2,20}?(?:提出|形成)[^。\\n]{0,10}?建议",
               "[“「][^”」。\\n]{0,10}(?:对策|建议)[^”」。\\n]{0,6}[”」]", "\\d+[%％]的?[^，。\\n]{0,6}认为", "[？?][”\"]?$")
    whole = needs_literal(first_char_skip(compile_terms((), entries)))
    gated = GatedEntries(whole, entries)
    pieces = ["拟", "提拔", "任", "《规划》", "》", "明确", "提出", "强调", "按照", "要", "只能", "就得", "都表示", "报告如下", "。", "，", "：",
              "为了", "掌握", "了解", "形成", "建议", "对策", "“", "”", "30%", "认为", "？", "\n", "我们", "工作", "群众", "的"]
    rng = random.Random(48)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    found = 0
    for text in texts:
        expected = whole.search(text)
        assert _span_of(gated.search(text)) == _span_of(expected), text
        found += expected is not None
        pos = rng.randint(0, len(text))
        assert _span_of(gated.search(text, pos)) == _span_of(whole.search(text, pos)), (text, pos)
    assert found > 5000
    # an entry that requires no string is searched in every text
    always = GatedEntries(compile_terms((), ("\\d+", "拟任")), ("\\d+", "拟任"))
    assert always._automaton is not None and always._always == [0]
    assert always.search("共5人").span() == (1, 2) and always.search("拟任12").span() == (0, 2) and not always.search("拟提拔")


def test_forward_not_gated_finds_what_the_alternation_finds(checker):
    """rules/signals.yaml forward_not, gated by its entries' strings (judge.GATED), finds in
    every sentence what its single alternation finds (corpus and test texts, random drafts of
    its strings and sentence pieces)."""
    from checker.judge import GATED
    from checker.lexicon import GatedEntries, required_literals

    patterns = checker.signal_set.patterns
    assert GATED and all(isinstance(patterns[name], GatedEntries) for name in GATED)
    for name in GATED:
        gated = patterns[name]
        whole = gated._pattern
        strings = sorted({s for entry in gated._entries for group in (required_literals(entry) or ()) for s in group})
        pieces = strings + [s.text[:12] for text in TEXTS[:40] for s in segment(Source(name="-", text=text, title=guess_title(text))).sentences]
        sentences = [s.text for text in TEXTS for s in segment(Source(name="-", text=text, title=guess_title(text))).sentences]
        sentences += [s.text for text in _random_drafts(pieces, 300, seed=49)
                      for s in segment(Source(name="-", text=text, title=guess_title(text))).sentences]
        found = 0
        for sentence in sentences:
            expected = whole.search(sentence)
            assert _span_of(gated.search(sentence)) == _span_of(expected), (name, sentence)
            found += expected is not None
        assert found > 100, name


def test_a_checked_draft_leaves_no_cycle_for_the_collector(checker):
    """A draft's document, signals and measures hold no reference cycle (the measures keep the
    document, not the signals that keep them), so they are freed when the check is done, not by
    the cyclic garbage collector, whose passes over them cost about 1.5% of a check."""
    import gc

    text = "强化基层党建工作\n某县坚持问题导向，全年培训村干部1200人次，建立“红色驿站”12个。下一步将继续推进。"
    checker.check_text(text)  # patterns first met are compiled (and their analyses collected) here
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        report = checker.check_text(text)
        del report
        gc.collect()
        left = [type(o).__name__ for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert not {"Signals", "Document", "SentenceSignals", "_Measures"} & set(left), left


def test_hand_written_inits_behave_as_the_dataclass_ones():
    """SentenceSignals, Sentence, Paragraph, Finding, Unit and Place write their own __init__
    (mypyc compiles it; the generated one runs as Python): every field set, equality, hashing,
    repr, replace and frozenness as a generated __init__ gives them."""
    import dataclasses

    from checker.judge.core import SentenceSignals
    from checker.segment import Paragraph, Sentence

    sig = SentenceSignals()
    assert all(hasattr(sig, f.name) for f in dataclasses.fields(sig))
    other = SentenceSignals()
    assert sig.facts is not other.facts and sig.numbers is not other.numbers  # a fresh set and lists each
    other.setback = True
    assert sig == other and "setback" not in repr(other)  # out of eq and repr
    other.facts.add("date")
    assert sig != other
    sentence = Sentence(3, 10, 20, "一句话。", 1)
    assert sentence == Sentence(index=3, start=10, end=20, text="一句话。", paragraph=1)
    assert hash(sentence) == hash(Sentence(3, 10, 20, "一句话。", 1))
    assert dataclasses.astuple(sentence) == (3, 10, 20, "一句话。", 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        sentence.index = 4  # type: ignore[misc]
    paragraph = Paragraph(0, 0, 5, "标题")
    assert (paragraph.is_title, paragraph.role) == (False, "body")
    assert dataclasses.replace(paragraph, role="title") == Paragraph(0, 0, 5, "标题", False, "title")
    from checker.findings import Finding
    from checker.places import Place, Unit

    finding = Finding("ZG101", "boilerplate", "warning", "m", "s", 1, 2, 1, 2, "x")
    assert (finding.dimension, finding.copy, finding.weight, finding.advice) == ("", None, 1.0, False)
    assert dataclasses.replace(finding, weight=0.5) == Finding("ZG101", "boilerplate", "warning", "m", "s", 1, 2, 1, 2,
                                                               "x", weight=0.5)
    assert "weight" not in repr(finding)
    assert Unit(0, 4, heading=True) == Unit(0, 4, 0, 0, True) and hash(Unit(0, 4)) == hash(Unit(0, 4))
    assert Place(0, 4, "第1段").kind == "paragraph"
    with pytest.raises(dataclasses.FrozenInstanceError):
        Place(0, 4, "第1段").label = "标题"  # type: ignore[misc]
