"""Lexicon files: one entry a line, `#` comments, `re:` lines are regular expressions.

A lexicon compiles to one regular expression: the literal phrases as a character trie (so a
thousand phrases cost one scan, not a thousand) followed by the regex entries.

A hit must cover whole jieba tokens (全部 is not found in 安全部门, 所有 not in 所有制), unless
its entry is marked sub-word with a leading `~` (`~书记`, `~re:(?<=村)党支部`): suffix patterns
such as place and unit names are parts of words by nature. The marker stays on the entry
(in `Lexicon.literals` and `.patterns`), so vocabularies merged from several sources keep it.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

try:  # compiled with mypyc: FirstCharSkip stays a regular class (copy and pickle rebuild it; its methods are compiled)
    from mypy_extensions import mypyc_attr
except ImportError:  # pure Python without mypy_extensions: the decorator does nothing
    def mypyc_attr(*args, **kwargs):  # type: ignore[misc, no-redef]
        return lambda cls: cls

from .errors import RuleError

SUBWORD = "~"  # an entry that may match inside a token


@cache
def regex(pattern: str) -> re.Pattern[str]:
    """re.compile, remembered for the life of the process: several hundred distinct patterns
    overflow `re`'s own cache, and compiling one twice is wasted start-up time. (Rule files,
    signals and lexicons are checked without compiling, see check_regex.)"""
    return re.compile(pattern)


_TREES: dict[tuple[str, int], object] = {}  # (pattern, flags) -> re's parse tree


def parsed(pattern: str, flags: int = 0):
    """`re`'s parse tree of a pattern, remembered: the checks and analyses below each read
    the tree of the same few hundred patterns (check_regex, required_literals, first
    characters, lookbehinds), and parsing them again and again cost 20-30 ms per start. The
    tree is shared: read it, never change it. (`flags` as `re` reads them for a str pattern:
    with re.UNICODE unless re.ASCII.) Raises re.error as parsing does."""
    key = (pattern, flags if flags & re.ASCII else flags | re.UNICODE)
    tree = _TREES.get(key)
    if tree is None:
        from re import _parser  # type: ignore[attr-defined]  # typeshed has no re._parser / re._constants

        tree = _TREES[key] = _parser.parse(*key)
    return tree


@cache
def check_regex(pattern: str) -> None:
    """Raises re.error wherever re.compile(pattern) would, with the same message, without
    compiling: `re`'s parser finds every error but one kind, which its compiler finds (a
    lookbehind whose width is not fixed, or too long); the compiler's work, turning classes
    of thousands of characters such as [\u4e00-\u9fa5] into bitmaps, is most of the cost of
    compiling, and validating several hundred patterns at every start need not pay it (each
    is compiled when first used). A pattern that passed is remembered (a vocabulary checked
    in its file is checked again by the matcher built from it). Where `re` is not laid out as
    this expects, it compiles."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]  # typeshed has no re._parser / re._constants
        from re._compiler import MAXCODE
    except ImportError:  # pragma: no cover - another layout of re
        regex(pattern)
        return
    tree = parsed(pattern)

    def walk(items) -> None:  # in the order the compiler meets them, so the first error is its first
        for op, value in items:
            if op in (sre.ASSERT, sre.ASSERT_NOT):
                if value[0] < 0:
                    low, high = value[1].getwidth()
                    if low > MAXCODE:
                        raise re.error("looks too much behind")
                    if low != high:
                        raise re.error("look-behind requires fixed-width pattern")
                walk(value[1])
            elif op is sre.SUBPATTERN:
                walk(value[3])
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                walk(value[2])
            elif op is sre.ATOMIC_GROUP:
                walk(value)
            elif op is sre.BRANCH:
                for branch in value[1]:
                    walk(branch)
            elif op is sre.GROUPREF_EXISTS:
                walk(value[1])
                if value[2] is not None:
                    walk(value[2])

    walk(tree.data)


def is_subword(entry: str) -> bool:
    return entry.startswith(SUBWORD)


def bare(entry: str) -> str:
    """The entry without its sub-word marker."""
    return entry[len(SUBWORD):] if is_subword(entry) else entry


def as_subword(entries) -> tuple[str, ...]:
    return tuple(e if is_subword(e) else SUBWORD + e for e in entries)


@dataclass(frozen=True)
class Lexicon:
    name: str
    literals: tuple[str, ...]
    patterns: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.literals) + len(self.patterns)

    def merged(self, other: "Lexicon") -> "Lexicon":
        literals = tuple(dict.fromkeys(self.literals + other.literals))
        patterns = tuple(dict.fromkeys(self.patterns + other.patterns))
        return Lexicon(self.name, literals, patterns)

    def matcher(self) -> "TermMatcher":
        return term_matcher(self.literals, self.patterns)


def nested_repeat(pattern: str) -> bool:
    """Whether a pattern repeats something that itself repeats without bound, as in `(好+)+坏`
    or `(a|aa)*`-like stars over plus: such a pattern can take minutes on a short text that
    almost matches (catastrophic backtracking). An office's own lexicon entries with it are
    refused at load."""
    from re import _constants as sre  # type: ignore[attr-defined]  # typeshed has no re._parser / re._constants

    try:
        tree = parsed(pattern)
    except re.error:
        return False
    repeats = (sre.MAX_REPEAT, sre.MIN_REPEAT)

    def unbounded_inside(items) -> bool:
        for op, value in items:
            if op in repeats and value[1] is sre.MAXREPEAT:
                return True
            if op in repeats and unbounded_inside(value[2]):
                return True
            if op is sre.SUBPATTERN and unbounded_inside(value[3]):
                return True
            if op is sre.BRANCH and any(unbounded_inside(branch) for branch in value[1]):
                return True
        return False

    def walk(items) -> bool:
        for op, value in items:
            if op in repeats:
                if value[1] > 1 and unbounded_inside(value[2]):
                    return True
                if walk(value[2]):
                    return True
            elif op is sre.SUBPATTERN and walk(value[3]):
                return True
            elif op is sre.BRANCH and any(walk(branch) for branch in value[1]):
                return True
            elif op in (sre.ASSERT, sre.ASSERT_NOT) and walk(value[1]):
                return True
        return False

    return walk(tree.data)


def parse_lexicon(name: str, text: str, where: str, untrusted: bool = False) -> Lexicon:
    literals: list[str] = []
    patterns: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        marker = SUBWORD if is_subword(line) else ""
        line = bare(line).strip()
        if line.startswith("re:"):
            pattern = line[3:].strip()
            try:
                check_regex(pattern)
            except re.error as exc:
                raise RuleError(f"{where} 第 {number} 行：正则表达式有误（{exc}）") from None
            if untrusted and nested_repeat(pattern):
                raise RuleError(f"{where} 第 {number} 行：正则表达式“{pattern}”在重复的部分里又有不限次数的重复"
                                "（如 (好+)+），遇到近似的句子会卡住几分钟；请改写，例如 好+坏")
            patterns.append(marker + pattern)
        elif line:
            literals.append(marker + line)
    return Lexicon(name, tuple(dict.fromkeys(literals)), tuple(dict.fromkeys(patterns)))


def read_lexicon(path: Path, name: str | None = None, untrusted: bool = False) -> Lexicon:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RuleError(f"{path}：词表文件不存在") from None
    except UnicodeDecodeError:
        raise RuleError(f"{path}：词表文件不是 UTF-8 编码") from None
    return parse_lexicon(name or path.stem, text, where=str(path), untrusted=untrusted)


def compile_terms(literals, patterns=(), where: str = "") -> re.Pattern[str]:
    parts = []
    if literals:
        parts.append(trie_regex([bare(w) for w in literals]))
    parts.extend(f"(?:{bare(p)})" for p in patterns)
    if not parts:
        return regex(r"(?!x)x")  # matches nothing
    try:
        return regex("|".join(parts))
    except re.error as exc:
        raise RuleError(f"{where}：词表无法编译（{exc}）") from None


class TokenEdges:
    """The offsets where a hit may begin or end: word edges of the jieba segmentation (see
    `segment.word_edges`), sorted, the end of the text included."""

    def __init__(self, offsets: list[int]):
        self.offsets = offsets
        self.members = set(offsets)

    def __contains__(self, offset: int) -> bool:
        return offset in self.members

    def inside(self, start: int, end: int) -> list[int]:
        """Edges strictly between start and end, the farthest first."""
        return self.offsets[bisect_left(self.offsets, start + 1):bisect_left(self.offsets, end)][::-1]


class LiteralIndex:
    """Every literal string the TermMatchers look for (their phrases, and the literals their
    regex entries require), found in a text in one Aho-Corasick pass: a thousand phrases in
    a dozen vocabularies cost one scan of the text, not one per vocabulary."""

    def __init__(self):
        self.ids: dict[str, int] = {}
        self.lengths: list[int] = []
        self._automaton = None

    def register(self, words) -> frozenset[int]:
        """The ids of these (non-empty) strings, adding those not yet known."""
        ids = set()
        for word in words:
            if not word:
                continue
            if word not in self.ids:
                self.ids[word] = len(self.lengths)
                self.lengths.append(len(word))
                self._automaton = None
            ids.add(self.ids[word])
        return frozenset(ids)

    @property
    def version(self) -> int:
        return len(self.lengths)

    def find(self, text: str) -> "LiteralHits":
        """Where each known literal occurs in the text (all occurrences, overlapping ones too)."""
        if self._automaton is None:
            self._automaton = _automaton(list(self.ids))
        starts: dict[int, list[int]] = {}
        for literal, start, _ in self._automaton.find_matches_as_indexes(text, overlapping=True):
            found = starts.get(literal)
            if found is None:
                starts[literal] = [start]
            else:
                found.append(start)
        return LiteralHits(self.version, starts, frozenset(starts))


def _automaton(literals: list[str]):
    """An Aho-Corasick automaton over the literals (ahocorasick_rs); where its wheel is
    missing, a slower stand-in that finds the same hits with str.find."""
    try:
        import ahocorasick_rs
    except ImportError:
        return _FindEach(literals)
    return ahocorasick_rs.AhoCorasick(literals, matchkind=ahocorasick_rs.MatchKind.Standard)


class _FindEach:
    """The hits ahocorasick_rs's overlapping search returns (in another order), one str.find
    scan per literal."""

    def __init__(self, literals: list[str]):
        self.literals = literals

    def find_matches_as_indexes(self, text: str, overlapping: bool = True):
        found = []
        for index, literal in enumerate(self.literals):
            start = text.find(literal)
            while start != -1:
                found.append((index, start, start + len(literal)))
                start = text.find(literal, start + 1)
        return found


class LiteralHits(NamedTuple):
    version: int  # the index's version it was found with (a later vocabulary needs a new pass)
    starts: dict  # literal id -> its start offsets, ascending
    present: frozenset = frozenset()  # the ids found: set operations with it iterate the smaller side


LITERALS = LiteralIndex()


class TermMatcher:
    """Finds a lexicon's phrases in a text: leftmost, longest, non-overlapping spans.

    Literal phrases are looked up in the one pass of LITERALS over the text. Each regex entry
    is scanned on its own: Python's `re` skips quickly to a pattern's literal first
    characters, which one big alternation of regexes would forfeit (here ten times slower).
    A regex entry that cannot match without one of a few literal strings (四个全面 in
    `(?:协调推进)?[“"]?四个全面…`) is not run on a text that has none of them (strings of two
    or more characters: single ones, as a class [两二三四…] gives, occur in nearly every text
    and made three quarters of the pass's hits). An entry whose matches begin with one of a
    few characters `re` cannot skip to by itself (`(?<=[\u4e00-\u9fa5]{2})(?:省|市|县…)`,
    `[两二三]+个…`) is compiled so that `re` skips to them (first_char_skip); where that is
    not possible, an entry that opens with a lookbehind is searched for its rest, which `re`
    can skip to, and the lookbehind tested where the rest matches (LookbehindFirst), and
    another hops in Python (FirstCharSkip). Given the token edges, hits of entries not marked
    sub-word must start and end on them. An entry with required literals is compiled the
    first time a text has them (most are in no given draft; compiling all of them cost a
    tenth of a second at every start); it is checked like a compiled one when the matcher
    is built (check_regex)."""

    def __init__(self, literals: tuple[str, ...], patterns: tuple[str, ...]):
        self.literals, self.patterns = literals, patterns
        # (the phrases, their ids in LITERALS, may match inside a token)
        self.phrases: list[tuple[frozenset[str], frozenset[int], bool]] = []
        for subword in (False, True):
            words = frozenset(bare(w) for w in literals if is_subword(w) == subword) - {""}
            if words:
                self.phrases.append((words, LITERALS.register(words), subword))
        # [regex, may match inside a token, sets of literal ids such that any match contains
        #  one literal of each set, the regex as a LookbehindFirst when it opens with a lookbehind,
        #  the pattern, the ids of the literals every match begins with or None, a few single
        #  characters one of which every match holds or None]; an entry with such sets has no
        #  regex until a text has them
        self.regexes: list[list] = []
        for pattern in patterns:
            try:
                needed = required_literals(bare(pattern)) or ()
                required = tuple(LITERALS.register(one) for one in needed if min(map(len, one)) >= 2)
                prefix = prefix_literals(bare(pattern))
                # an entry no literal of two or more characters gates: the fewest single characters
                # one of which every match holds ([*＊#], [XxＸｘ×], 因), looked for with `in` (a
                # text has none of most of them far more often than `re` would fail to find a match)
                chars = min((one for one in needed if max(map(len, one)) == 1), key=len, default=None)
                entry: list = [None, is_subword(pattern), required, None, bare(pattern),
                         LITERALS.register(prefix) if prefix and required else None,
                         chars if chars and not required and len(chars) <= CHARS_MAX else None]
                if not required:
                    entry[0], entry[3] = _compiled_entry(bare(pattern))
                else:
                    check_regex(bare(pattern))
                self.regexes.append(entry)
            except re.error as exc:
                raise RuleError(f"正则表达式“{bare(pattern)}”有误（{exc}）") from None

    def spans(self, text: str, edges: TokenEdges | None = None, hits: LiteralHits | None = None) -> list[tuple[int, int]]:
        """`hits`: LITERALS.find(text), when the caller has it (a Document finds it once)."""
        if hits is None or hits.version != LITERALS.version:
            hits = LITERALS.find(text)
        starts, present = hits.starts, hits.present
        found = []
        for words, ids, subword in self.phrases:
            found += _phrase_spans(words, ids, text, None if subword else edges, starts, present)
        disjoint = present.isdisjoint
        for entry in self.regexes:
            regex, subword, required, split, _, prefix, chars = entry
            if required and (disjoint(required[0]) or any(map(disjoint, required))):
                continue  # none of the literals of one set it needs: it cannot match (mostly the first)
            if chars is not None:
                for char in chars:
                    if char in text:
                        break
                else:
                    continue  # none of the characters one of which every match holds
            if prefix is not None:  # tried only where the literal pass found how its matches begin
                if regex is None:
                    regex = entry[0] = re.compile(entry[4])
                at = LiteralStarts(regex, sorted({start for literal in prefix & present for start in starts[literal]}))
                found += at.spans(text) if subword or edges is None else _whole_token_spans(at, text, edges)
                continue
            if regex is None:
                regex, split = _compiled_entry(entry[4])
                entry[3] = split  # (the split first: another thread seeing the regex finds the same either way)
                entry[0] = regex
            if subword or edges is None:
                if split is not None:
                    found += split.spans(text)
                else:
                    found += [span for span in map(_span, regex.finditer(text)) if span[1] > span[0]]
            else:
                found += _whole_token_spans(split or regex, text, edges)
        if len(self.phrases) + len(self.regexes) <= 1:
            return found
        return _leftmost_longest(found)

    def count(self, text: str) -> int:
        return len(self.spans(text))


_span = re.Match.span


def _compiled_entry(pattern: str) -> tuple[Any, "LookbehindFirst | AnchoredAt | None"]:  # (a Pattern or a FirstCharSkip)
    """A regex entry as a TermMatcher runs it: compiled to skip to its first characters
    (first_char_skip), or else, when it opens with a lookbehind, with the pattern split
    (lookbehind_first), or, when it opens with a wide class and has one of a few characters
    at a fixed offset, searched for those (anchored_at); a pattern `re` skips for by itself
    needs no split."""
    compiled = first_char_skip(regex(pattern))
    split: LookbehindFirst | AnchoredAt | None = lookbehind_first(pattern) if compiled is regex(pattern) or isinstance(compiled, FirstCharSkip) else None
    if split is None and compiled is regex(pattern):
        split = anchored_at(pattern)
    return (regex(pattern) if split else compiled), split


def _phrase_spans(words: frozenset[str], ids: frozenset[int], text: str, edges: TokenEdges | None,
                  starts: dict[int, list[int]], present: frozenset[int]) -> list[tuple[int, int]]:
    """Non-overlapping phrases, leftmost first and at each start the longest (what a regex
    of the phrases as a trie finds); given edges, only those that begin and end on them
    (as _whole_token_spans does with that regex)."""
    present = ids & present
    if not present:
        return []
    lengths = LITERALS.lengths
    longest: dict[int, int] = {}
    for literal in present:
        size = lengths[literal]
        for start in starts[literal]:
            if longest.get(start, 0) < size:
                longest[start] = size
    found, position = [], 0
    for start in sorted(longest):
        if start < position:
            continue
        end = start + longest[start]
        if edges is not None:
            if start not in edges:
                continue
            if end not in edges:
                end = next((edge for edge in edges.inside(start, end) if text[start:edge] in words), start)
                if end == start:
                    continue
        found.append((start, end))
        position = end
    return found


PRODUCT_MAX = 64  # the most strings a run of adjacent fixed items is spelt out as
CHARS_MAX = 8  # the most single characters a regex entry is gated on with `in` (TermMatcher)


def _fixed(op, value) -> tuple[str, ...] | None:
    """The strings an item of a parse tree matches, when it matches one of a few fixed
    strings: a literal, a class of listed characters, an alternation or group of literal
    strings (at most PRODUCT_MAX)."""
    from re import _constants as sre  # type: ignore[attr-defined]  # typeshed has no re._parser / re._constants

    if op is sre.LITERAL:
        return (chr(value),)
    if op is sre.IN and value and all(kind is sre.LITERAL for kind, _ in value):
        return tuple(chr(code) for _, code in value)
    if op is sre.SUBPATTERN and not value[1] and not value[2]:
        return _fixed_sequence(value[3])
    if op is sre.BRANCH:
        branches: list = [_fixed_sequence(branch) for branch in value[1]]
        if all(branches) and sum(map(len, branches)) <= PRODUCT_MAX:
            return tuple(dict.fromkeys(one for branch in branches for one in branch))
    return None


def _fixed_sequence(items) -> tuple[str, ...] | None:
    strings: tuple[str, ...] = ("",)
    for op, value in items:
        one = _fixed(op, value)
        if one is None or len(strings) * len(one) > PRODUCT_MAX:
            return None
        strings = tuple(a + b for a in strings for b in one)
    return strings


def _plain_tree(pattern: str):
    """The parsed pattern, or None when it does not parse or is case-insensitive or verbose
    (the literal analyses below do not understand those)."""
    try:
        tree = parsed(pattern)
    except re.error:
        return None
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return tree


def prefix_literals(pattern: str) -> tuple[str, ...] | None:
    """Strings of two or more characters such that every match of the pattern begins with
    one of them ((?:问题|矛盾)(?!…) with 问题 or 矛盾, (加强|强化)(督促|督导) with 加强督促…,
    尚未…|未(?:减员|销号) with 尚未 or 未减员 or 未销号), or None: the matches can then only
    begin where the one literal pass found one of them (lookarounds and ^ consume nothing
    and are skipped). Case-insensitive patterns and anything not understood give None."""
    from re import _constants as sre  # type: ignore[attr-defined]  # typeshed has no re._parser / re._constants

    tree = _plain_tree(pattern)
    if tree is None:
        return None

    def leading(items) -> tuple[str, ...] | None:
        strings: tuple[str, ...] = ("",)
        for op, value in items:
            if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                continue  # consumes nothing
            one = _fixed(op, value)
            if one is not None and len(strings) * len(one) <= PRODUCT_MAX:
                strings = tuple(a + b for a in strings for b in one)
                continue
            if strings != ("",):
                break
            if op is sre.BRANCH:
                branches: list = [leading(branch) for branch in value[1]]
                return tuple(dict.fromkeys(s for b in branches for s in b)) if all(branches) else None
            if op is sre.SUBPATTERN and not value[1] and not value[2]:
                return leading(value[3])
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
                return leading(value[2])
            return None
        return strings if strings != ("",) else None

    try:
        found = leading(tree.data)
    except (TypeError, ValueError, IndexError, AttributeError):
        return None
    if not found or min(map(len, found)) < 2:
        return None
    return tuple(dict.fromkeys(found))


def required_literals(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    """Sets of literal strings such that every match of the pattern contains one string of
    each set, or None when no such set is found: the pattern's top-level literal runs, its
    top-level alternations whose every branch has a literal run, classes of a few listed
    characters, and the same inside mandatory groups, repeats and positive lookarounds (what
    a lookaround needs is in the text too). Case-insensitive patterns and anything not
    understood give None (the pattern then always runs)."""
    from re import _constants as sre  # type: ignore[attr-defined]  # typeshed has no re._parser / re._constants

    tree = _plain_tree(pattern)
    if tree is None:
        return None

    def candidates(items) -> list[tuple[str, ...]]:
        """Requirement sets of a sequence: each run of adjacent items that match fixed strings
        (四个全面; (?:有|那)年 as 有年 or 那年; a repeated class's first and last characters
        join what stands before and after it), and each mandatory alternation, class or group
        whose branches all have one."""
        found: list[tuple[str, ...]] = []
        run: tuple[str, ...] = ("",)

        def flush() -> None:
            if run != ("",):
                found.append(tuple(dict.fromkeys(run)))

        for op, value in items:
            one = _fixed(op, value)
            if one is None and op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1 \
                    and len(value[2]) == 1 and (each := _fixed(*value[2][0])) is not None and all(len(c) == 1 for c in each):
                # [两二三]+个: the first character joins what stands before, the last what follows
                if run != ("",):
                    if len(run) * len(each) <= PRODUCT_MAX:
                        run = tuple(a + b for a in run for b in each)
                    flush()
                run = each if len(each) <= PRODUCT_MAX else ("",)
                continue
            if one is not None:
                if len(run) * len(one) <= PRODUCT_MAX:
                    run = tuple(a + b for a in run for b in one)
                    continue
                flush()
                run = one
                continue
            if op is sre.ASSERT_NOT or op is sre.AT:
                continue  # consumes nothing: the items either side of it are adjacent
            if op is sre.ASSERT:  # a positive lookahead or lookbehind: what it needs is in the text too
                found += candidates(value[1])
                seen = _fixed_sequence(value[1])
                if seen is not None and value[0] == 1 and run != ("",) and len(run) * len(seen) <= PRODUCT_MAX:
                    found.append(tuple(dict.fromkeys(a + b for a in run for b in seen)))  # 年(?=来|间): 年来 or 年间
                elif seen is not None and value[0] == -1 and run == ("",):
                    run = seen  # (?<=近)个月: what follows is read on from 近 (近个月)
                continue
            flush()
            run = ("",)
            if op is sre.SUBPATTERN and not value[1] & re.IGNORECASE:
                found += candidates(value[3])
            elif op is sre.BRANCH:
                branches: list = [best(candidates(branch)) for branch in value[1]]
                if all(branches):
                    found.append(tuple(dict.fromkeys(l for b in branches for l in b)))
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
                found += candidates(value[2])
        flush()
        return found

    def best(found: list[tuple[str, ...]]) -> tuple[str, ...] | None:
        if not found:
            return None
        return max(found, key=lambda option: (min(map(len, option)), -len(option)))

    try:
        found = candidates(tree.data)
    except (TypeError, ValueError, IndexError, AttributeError):
        return None
    return tuple(dict.fromkeys(found)) or None


@mypyc_attr(native_class=False)
class FirstCharSkip:
    """A pattern every match of which begins with one of a few characters (出席…|由…主持|…,
    每期…|定期…), searched by hopping from one of those characters to the next: `re` skips
    quickly only to a pattern's literal first character or class of them, and an alternation
    of groups (what the vocabularies compile to) has neither, so `re` tries the whole
    alternation at every character. Here a search for the class finds the next place a match
    can begin and the pattern is matched there, which is what `re` does at every place, so
    the matches are the pattern's (lookbehinds still see the text before the place). A
    pattern that may also begin at the start of the text (`(?:^|[，,])从…`) is tried there
    first, and then searched with `re` skipping to the first characters where the pattern
    could be compiled so (_with_first_chars; `re` itself would not try the start then). Other
    methods are the pattern's."""

    def __init__(self, pattern: re.Pattern, first: re.Pattern, at_start: bool, skipping: re.Pattern | None = None):
        """`skipping`: the pattern compiled to skip to its first characters inside `re`
        (_with_first_chars), where it could be; it searches on after the start is tried."""
        self._pattern, self._first, self._at_start, self._skipping = pattern, first, at_start, skipping
        self.pattern, self.flags, self.groups, self.groupindex = pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex
        self.match, self.fullmatch = pattern.match, pattern.fullmatch

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        match = self._pattern.match
        pos = max(pos, 0)
        if pos == 0 and self._at_start and (found := match(text, 0, endpos)) is not None:
            return found
        if self._skipping is not None:  # (^ matches only at 0: the rest begin with the first characters)
            return self._skipping.search(text, pos, endpos)
        first = self._first.search
        while (candidate := first(text, pos, endpos)) is not None:
            pos = candidate.start()
            if (found := match(text, pos, endpos)) is not None:
                return found
            pos += 1
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        """What the pattern's finditer finds (its matches are never empty: each search goes
        on where the last match ended). Where the skipping pattern was compiled, the matches
        after the start are its own finditer's (a search from a position past 0 is its search)."""
        pos = max(pos, 0)
        if self._skipping is not None:
            if pos == 0 and self._at_start and (found := self._pattern.match(text, 0, endpos)) is not None:
                yield found
                pos = found.end()
            yield from self._skipping.finditer(text, pos, endpos)
            return
        search = self.search
        while (found := search(text, pos, endpos)) is not None:
            yield found
            pos = found.end()

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        """The pattern's findall from the first match on (none can begin before it)."""
        found = self.search(text, pos, endpos)
        return [] if found is None else self._pattern.findall(text, found.start(), endpos)

    def __getattr__(self, name: str):
        if name.startswith("_"):  # copy and pickle look for these before the object is filled
            raise AttributeError(name)
        return getattr(self._pattern, name)  # sub, split…: the pattern's own


class NeedsLiteral:
    """A pattern every match of which contains one of a few strings (`future_start`'s 起 or
    开始, rules/signals.yaml), searched sentence by sentence: a search over a whole text that
    holds none of them finds nothing, and `in` tells that in C without running the pattern
    (most sentences hold none). A search from a position or to an end, and every other
    method, is the pattern's."""

    def __init__(self, pattern, needed: tuple[str, ...]):
        self._pattern, self._needed = pattern, needed
        self.pattern, self.flags, self.groups, self.groupindex = pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex
        self.match, self.fullmatch, self.finditer, self.findall = pattern.match, pattern.fullmatch, pattern.finditer, pattern.findall

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if pos <= 0 and endpos >= len(text):
            for needed in self._needed:
                if needed in text:
                    break
            else:
                return None
        return self._pattern.search(text, pos, endpos)

    def __getattr__(self, name: str):
        if name.startswith("_"):  # copy and pickle look for these before the object is filled
            raise AttributeError(name)
        return getattr(self._pattern, name)  # sub, split…: the pattern's own


class GatedEntries:
    """A vocabulary of many regex entries (rules/signals.yaml `forward_not`: over seventy),
    searched in whole sentences, most of which hold the strings of only a few entries: `re`
    tries every entry at every place the vocabulary can begin, while an entry can match only
    in a text holding one of its required strings (required_literals). A search over a whole
    text finds which entries' strings the text holds (one Aho-Corasick pass), searches those
    entries alone for the leftmost place any of them matches, and matches the whole
    vocabulary there: a match of the whole at a place is a match of one entry at it, so the
    leftmost is the same, and the match returned is the whole's own. A search from a position
    or to an end, and every other method, is the pattern's."""

    def __init__(self, pattern, entries: tuple[str, ...]):
        self._pattern = pattern
        self.pattern, self.flags, self.groups, self.groupindex = pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex
        self.match, self.fullmatch, self.finditer, self.findall = pattern.match, pattern.fullmatch, pattern.finditer, pattern.findall
        self._entries = entries
        self._compiled: dict[int, object] = {}
        self._always: list[int] = []  # entries with no required string: searched in every text
        owners: dict[str, list[int]] = {}  # each required string: the entries it lets run
        for index, entry in enumerate(entries):
            required = required_literals(entry)
            if not required:
                self._always.append(index)
                continue
            # of the entry's sets, the one of the longest strings (the fewest texts hold one)
            for literal in max(required, key=lambda strings: (min(map(len, strings)), -len(strings))):
                owners.setdefault(literal, []).append(index)
        self._owners = list(owners.values())
        self._automaton = _automaton(list(owners)) if owners else None

    def live(self, text: str) -> list[int]:
        """The entries that can match somewhere in the text, in their order."""
        live = set(self._always)
        if self._automaton is not None:
            owners = self._owners
            for literal, _, _ in self._automaton.find_matches_as_indexes(text, overlapping=True):
                live.update(owners[literal])
        return sorted(live)

    def _entry(self, index: int):
        if (compiled := self._compiled.get(index)) is None:
            compiled = self._compiled[index] = first_char_skip(regex(self._entries[index]))
        return compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if pos > 0 or endpos < len(text):
            return self._pattern.search(text, pos, endpos)
        starts = [found.start() for index in self.live(text) if (found := self._entry(index).search(text)) is not None]
        return self._pattern.match(text, min(starts)) if starts else None

    def __getattr__(self, name: str):
        if name.startswith("_"):  # copy and pickle look for these before the object is filled
            raise AttributeError(name)
        return getattr(self._pattern, name)  # sub, split…: the pattern's own


NEEDED_MAX = 3  # more strings to look for with `in` than this cost more than they save


def needs_literal(pattern):
    """The pattern as a NeedsLiteral when every match contains one of at most NEEDED_MAX
    strings (required_literals: the smallest such set), else the pattern itself."""
    if pattern.flags & re.IGNORECASE:
        return pattern
    required = required_literals(pattern.pattern)
    if not required:
        return pattern
    needed = min(required, key=len)
    return NeedsLiteral(pattern, needed) if len(needed) <= NEEDED_MAX else pattern


# A first-character class wider than this many characters would stop too often to pay.
FIRST_CHARS_MAX = 400


def first_char_skip(pattern: re.Pattern):
    """When every match of the pattern begins with a character of a narrow class (no negated
    class, no ., no range wider than a few dozen characters, no \\w or \\S; \\d and \\s allowed)
    or at the start of the text (^), and it never matches an empty string: the pattern
    compiled to skip to those characters in `re` itself (_with_first_chars), or, where it
    may begin at the start or that compile is not available, a FirstCharSkip; else the
    pattern itself."""
    if isinstance(pattern, FirstCharSkip) or _opens_with_literal_text(pattern.pattern):
        return pattern
    try:
        tree = parsed(pattern.pattern, pattern.flags)
    except re.error:
        return pattern
    if _re_skips(tree, pattern.flags):
        return pattern
    found = _first_chars(tree)
    if found is None:
        return pattern
    chars, at_start = found
    skipping = _with_first_chars(pattern, chars)
    if skipping is not None and not at_start:
        return skipping
    return FirstCharSkip(pattern, regex("[" + chars + "]"), at_start, skipping)


def _with_first_chars(pattern: re.Pattern, chars: str) -> re.Pattern | None:
    """The pattern compiled again with its first characters told to `re`: a compiled pattern
    opens with an information block, and when that block lists the characters a match can
    begin with, `re`'s search skips in C from one of them to the next and tries the pattern
    there. `re` fills the block only for a pattern that opens with a literal or a class; here
    it is filled from the class `chars` (every match begins with one of them, see
    `first_chars`) and the rest of the compiled code is `re`'s own, so the matches are the
    pattern's, found as FirstCharSkip finds them but without a Python step per candidate.
    Uses `re`'s private compiler: None where it is not what this was written against (the
    caller then hops in Python)."""
    try:
        from re import _compiler, _constants as sre, _parser  # type: ignore[attr-defined]  # typeshed has no re._parser / re._constants

        tree = parsed(pattern.pattern, pattern.flags)
        flags = pattern.flags | tree.state.flags
        code = _compiler._code(tree, flags)
        if code[0] is not sre.INFO or code[2] != 0:
            return None  # no information block, or one that already names a prefix or first characters
        head = _parser.parse("[" + chars + "]", flags)
        if head.data[0][0] is sre.LITERAL:
            # one character: told as a prefix of one character that the match does not skip
            # (a group makes `re` record none to skip), which `re` looks for ten times faster
            # than for a class
            head = _parser.parse("(" + chars + ")", flags)
        head.width = tree.getwidth()  # the block records the pattern's own shortest and longest match
        info: list = []
        _compiler._compile_info(info, head, flags)
        one = info[2] == sre.SRE_INFO_PREFIX and info[5] == 1 and info[6] == 0  # (prefix of 1, nothing skipped)
        if info[0] is not sre.INFO or not (one or info[2] == sre.SRE_INFO_CHARSET):
            return None
        indexgroup = [None] * tree.state.groups
        for name, index in tree.state.groupdict.items():
            indexgroup[index] = name
        return _compiler._sre.compile(pattern.pattern, flags, info + code[1 + code[1]:], tree.state.groups - 1,
                                      tree.state.groupdict, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - private parts of re: anything unexpected means "hop in Python"
        return None


def _opens_with_literal_text(pattern: str) -> bool:
    """The pattern text opens with a plain character not repeated and has no alternation
    (满分, 一举(?!一动)): `re` skips to that character by itself. Telling so from the text
    spares parsing such entries at every start."""
    return bool(pattern) and pattern[0] not in "()[]{}\\.^$*+?|" and pattern[1:2] not in ("?", "*", "+", "{") \
        and "|" not in pattern


def _re_skips(tree, flags: int) -> bool:
    """Whether `re` itself skips to where a match can begin: the pattern opens with a literal
    string, a class, or an alternation of branches that each open with a literal character.
    (`re`'s own test, from its compiler; where that is not available, assume it does.)"""
    try:
        from re._compiler import _get_charset_prefix, _get_literal_prefix

        return bool(_get_literal_prefix(tree, flags)[0] or _get_charset_prefix(tree, flags))
    except Exception:  # noqa: BLE001 - private helpers of re: any change means "do not wrap"
        return True


def first_chars(pattern: str, flags: int = 0) -> tuple[str, bool] | None:
    """The body of a character class holding every character a match can begin with, and
    whether a match can also begin at the start of the text (^); None when not found (see
    first_char_skip)."""
    try:
        return _first_chars(parsed(pattern, flags))
    except re.error:
        return None


@cache
def _spelt_out(category: str) -> str:
    """A category (\\d, \\s) as a class body of the characters it holds in the Basic
    Multilingual Plane, plus every character beyond it: a class of first characters only
    lets `re` skip what cannot begin a match (the pattern decides where it stops), and `re`
    tests a category against the Unicode tables at every character, twice the cost of the
    bitmap it makes of listed characters."""
    plane = "".join(map(chr, range(0x10000)))
    runs = [re.escape(found[0]) + (f"-{re.escape(found[-1])}" if len(found) > 1 else "")
            for found in re.findall(category + "+", plane)]
    return "".join(runs) + "\U00010000-\U0010ffff"


class _Unsupported(Exception):
    """_first_chars: a pattern whose first characters it cannot list (a module-level class: mypyc compiles no nested ones)."""


def _first_chars(tree) -> tuple[str, bool] | None:
    from re import _constants as sre  # type: ignore[attr-defined]  # typeshed has no re._parser / re._constants

    if tree.state.flags & (re.IGNORECASE | re.MULTILINE | re.LOCALE):
        return None

    parts: list[str] = []
    size = [0]
    at_start = [False]

    def add_class(items) -> None:
        for op, value in items:
            if op is sre.LITERAL:
                parts.append(re.escape(chr(value)))
                size[0] += 1
            elif op is sre.RANGE and value[1] - value[0] <= 64:
                parts.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                size[0] += value[1] - value[0] + 1
            elif op is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                parts.append(_spelt_out(r"\d"))
                size[0] += 10
            elif op is sre.CATEGORY and value is sre.CATEGORY_SPACE:
                parts.append(_spelt_out(r"\s"))
                size[0] += 25  # white space in Unicode
            else:
                raise _Unsupported

    def nullable_firsts(items) -> bool:
        """Adds the first characters of the sequence; whether it can match empty."""
        for op, value in items:
            if op is sre.LITERAL:
                add_class([(op, value)])
                return False
            if op is sre.IN:
                add_class(value)
                return False
            if op is sre.SUBPATTERN:
                if value[1] or value[2]:  # inline flags inside: not followed here
                    raise _Unsupported
                if not nullable_firsts(value[3]):
                    return False
            elif op is sre.ATOMIC_GROUP:
                if not nullable_firsts(value):
                    return False
            elif op is sre.BRANCH:
                if not any([nullable_firsts(branch) for branch in value[1]]):
                    return False
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                if not nullable_firsts(value[2]) and value[0] >= 1:
                    return False
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                continue  # a lookaround consumes nothing: the next item begins the match
            elif op is sre.AT and value in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
                at_start[0] = True  # such a match begins at the start of the text, tried on its own
                return False
            elif op is sre.AT and value in (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY, sre.AT_END, sre.AT_END_STRING):
                continue
            else:  # ^, ., a negated class, a back reference…
                raise _Unsupported
        return True

    try:
        if nullable_firsts(tree.data):
            return None
    except _Unsupported:
        return None
    if size[0] > FIRST_CHARS_MAX or not parts:
        return None
    return "".join(dict.fromkeys(parts)), at_start[0]


class LookbehindFirst:
    """A pattern that opens with a lookbehind, searched as its rest (which `re` can skip to)
    with the lookbehind tested where the rest matches: the same matches as the pattern."""

    def __init__(self, behind: re.Pattern, rest: re.Pattern):
        self.behind, self.rest = behind, rest

    def search(self, text: str, position: int = 0):
        """The first match at or after `position`: the next place the rest matches, kept
        when the lookbehind holds there, else the search goes on from the next character."""
        while (match := self.rest.search(text, position)) is not None:
            if self.behind.match(text, match.start()):
                return match
            position = match.start() + 1
        return None

    def fullmatch(self, text: str, start: int, end: int):
        return self.rest.fullmatch(text, start, end) if self.behind.match(text, start) else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """What finditer finds (the rest never matches empty)."""
        return _spans_of(self.search, text)


def _spans_of(search, text: str) -> list[tuple[int, int]]:
    """The spans of successive non-empty matches of `search(text, position)`, as finditer gives them."""
    found, position = [], 0
    while (match := search(text, position)) is not None:
        found.append(match.span())
        position = match.end()
    return found


def lookbehind_first(pattern: str) -> LookbehindFirst | None:
    """The pattern as a LookbehindFirst when it is a leading lookbehind, (?<=…) or (?<!…),
    and a rest that opens with a literal and never matches empty, e.g.
    `(?<=[\u4e00-\u9fa5]{2})(?:省|市)`; else None."""
    from re import _constants as sre  # type: ignore[attr-defined]  # typeshed has no re._parser / re._constants

    if not pattern.startswith(("(?<=", "(?<!")):
        return None
    depth, index, in_class = 0, 0, False
    while index < len(pattern):  # the parenthesis that closes the lookbehind
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1:index + 2] == "^":
                index += 1
            if pattern[index + 1:index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                break
        index += 1
    else:
        return None
    behind, rest = pattern[:index + 1], pattern[index + 1:]
    try:
        whole, head, tail = parsed(pattern), parsed(behind), parsed(rest)
    except re.error:
        return None
    if whole.state.flags & ~re.UNICODE or not rest or len(head.data) != 1 or \
            head.data[0][0] not in (sre.ASSERT, sre.ASSERT_NOT):
        return None
    if head.data[0][1][0] != -1 or whole.state.groups != 1 or tail.getwidth()[0] == 0:
        return None  # not a lookbehind, or capturing groups (numbered across both), or an empty rest
    if repr(whole.data) != repr(head.data + tail.data) or not _opens_with_literal(tail.data):
        return None
    return LookbehindFirst(regex(behind), regex(rest))


def _opens_with_literal(items) -> bool:
    """Every match begins with a literal character (不…, (?:省|市|…)): `re` then skips to
    candidates quickly. A rest opening with a broad class ([^。]{120,}) would be searched
    again from every position where the lookbehind fails, slower than the pattern itself."""
    from re import _constants as sre  # type: ignore[attr-defined]  # typeshed has no re._parser / re._constants

    if not items:
        return False
    op, value = items[0]
    if op is sre.LITERAL:
        return True
    if op is sre.SUBPATTERN and not value[1] & re.IGNORECASE:
        return _opens_with_literal(value[3])
    if op is sre.BRANCH:
        return all(_opens_with_literal(branch) for branch in value[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
        return _opens_with_literal(value[2])
    return False


class AnchoredAt:
    """A pattern every match of which has one of a few characters at a fixed offset from its
    start, after characters of a wide class (ZG912's (?:[\u4e00-\u9fa5]{4}[、，,]){3,}…: 、，,
    at 4), searched for those characters: `re` skips to them and matches the pattern that many
    characters back (inside a lookahead within a lookbehind, its span captured), where on its
    own it would try the pattern at every character of the wide class. The matches are the
    pattern's: the leftmost match at or after a position begins `offset` characters before the
    first such character where the pattern matches."""

    def __init__(self, pattern: re.Pattern, offset: int, chars: str):
        self.pattern, self.offset = pattern, offset
        self.fullmatch = pattern.fullmatch
        self._anchors = first_char_skip(
            regex(f"(?<=(?=({pattern.pattern}))(?s:.){{{offset}}})[{''.join(map(re.escape, chars))}]"))

    def search(self, text: str, position: int = 0):
        """The pattern's first match at or after `position`."""
        found = self._anchors.search(text, max(position, 0) + self.offset)
        return None if found is None else self.pattern.match(text, found.start(1))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """What finditer finds (a match is never empty: it holds the character at the offset)."""
        return _spans_of(self.search, text)


def anchored_at(pattern: str) -> AnchoredAt | None:
    """The pattern as an AnchoredAt when it opens with characters no narrow class holds (so
    neither `re` nor first_char_skip skips well) and every match has one of at most CHARS_MAX
    listed characters at a fixed offset: the items before it each take one character (a
    class, a literal, a fixed repeat of one, the first turn of a group repeated at least
    once) or none (a lookaround); else None."""
    from re import _constants as sre  # type: ignore[attr-defined]  # typeshed has no re._parser / re._constants

    tree = _plain_tree(pattern)
    if tree is None or tree.state.groups > 1 or _first_chars(tree) is not None:
        return None  # (groups of its own would be numbered after the one that captures its span)
    items, offset = tree.data, 0
    while items:
        op, value = items[0]
        if op is sre.LITERAL or (op is sre.IN and all(kind is sre.LITERAL for kind, _ in value)):
            chars = [chr(value)] if op is sre.LITERAL else [chr(code) for _, code in value]
            if offset == 0 or len(set(chars)) > CHARS_MAX:
                return None
            try:
                return AnchoredAt(regex(pattern), offset, "".join(dict.fromkeys(chars)))
            except re.error:
                return None
        if op in (sre.IN, sre.ANY):
            offset, items = offset + 1, items[1:]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] == value[1] and \
                len(value[2]) == 1 and value[2][0][0] in (sre.IN, sre.ANY, sre.LITERAL):
            offset, items = offset + value[0], items[1:]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
            items = value[2]  # its first turn: what follows it is not needed to reach the anchor
        elif op is sre.SUBPATTERN and not value[1] and not value[2]:
            items = value[3]
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            items = items[1:]  # takes no character (the pattern, run whole where the anchor is, tests it)
        else:
            return None
    return None


class LiteralStarts:
    """A pattern tried only at the offsets where a match can begin (ascending): where the one
    literal pass found a string every match begins with (prefix_literals). Instead of `re`
    scanning the whole text for a vocabulary entry, one match at each such offset; what
    search and finditer find is the same, since a match can begin nowhere else."""

    def __init__(self, pattern: re.Pattern, offsets: list[int]):
        self.pattern, self.offsets = pattern, offsets
        self.fullmatch = pattern.fullmatch

    def search(self, text: str, position: int = 0):
        """The first match at or after `position`."""
        match, offsets = self.pattern.match, self.offsets
        for index in range(bisect_left(offsets, position), len(offsets)):
            if (found := match(text, offsets[index])) is not None:
                return found
        return None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """What finditer finds (a match is never empty: it begins with a literal)."""
        found, position, match = [], 0, self.pattern.match
        for offset in self.offsets:
            if offset >= position and (hit := match(text, offset)) is not None:
                found.append(hit.span())
                position = hit.end()
        return found


def _whole_token_spans(regex: Any, text: str, edges: TokenEdges) -> list[tuple[int, int]]:
    """Non-overlapping hits that begin and end on word edges. A hit that begins on an edge
    but ends inside a word is retried shorter, ending at the farthest edge where the regex
    still matches the whole stretch (全面完成了任 -> 全面完成了); a hit that begins inside a
    word is dropped and the scan resumes at the next character, so it hides no later hit."""
    found, position = [], 0
    while (match := regex.search(text, position)) is not None:
        start, end = match.span()
        if end == start:
            position = start + 1
            continue
        if start in edges:
            if end not in edges:
                end = next((edge for edge in edges.inside(start, end) if regex.fullmatch(text, start, edge)), start)
            if end > start:
                found.append((start, end))
                position = end
                continue
        position = start + 1
    return found


def _leftmost_longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


@cache
def term_matcher(literals: tuple[str, ...], patterns: tuple[str, ...] = ()) -> TermMatcher:
    """One matcher per distinct vocabulary, so stages that share a lexicon share its scan."""
    return TermMatcher(tuple(literals), tuple(patterns))


def trie_regex(words) -> str:
    """A regex matching any of `words`, preferring the longest at each position."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    return _emit(trie)


def _emit(node: dict) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return (body if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})") + "?"
