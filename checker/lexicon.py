"""Lexicon files: one entry a line, `#` comments, `re:` lines are regular expressions.

A lexicon compiles to one regular expression: the literal phrases as a character trie (so a
thousand phrases cost one scan, not a thousand) followed by the regex entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import RuleError


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


def parse_lexicon(name: str, text: str, where: str) -> Lexicon:
    literals: list[str] = []
    patterns: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("re:"):
            pattern = line[3:].strip()
            try:
                re.compile(pattern)
            except re.error as exc:
                raise RuleError(f"{where} 第 {number} 行：正则表达式有误（{exc}）") from None
            patterns.append(pattern)
        else:
            literals.append(line)
    return Lexicon(name, tuple(dict.fromkeys(literals)), tuple(dict.fromkeys(patterns)))


def read_lexicon(path: Path, name: str | None = None) -> Lexicon:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RuleError(f"{path}：词表文件不存在") from None
    except UnicodeDecodeError:
        raise RuleError(f"{path}：词表文件不是 UTF-8 编码") from None
    return parse_lexicon(name or path.stem, text, where=str(path))


def compile_terms(literals, patterns=(), where: str = "") -> re.Pattern[str]:
    parts = []
    if literals:
        parts.append(trie_regex(literals))
    parts.extend(f"(?:{p})" for p in patterns)
    if not parts:
        return re.compile(r"(?!x)x")  # matches nothing
    try:
        return re.compile("|".join(parts))
    except re.error as exc:
        raise RuleError(f"{where}：词表无法编译（{exc}）") from None


class TermMatcher:
    """Finds a lexicon's phrases in a text: leftmost, longest, non-overlapping spans.

    Each regex entry is scanned on its own: Python's `re` skips quickly to a pattern's
    literal first characters, which one big alternation of regexes would forfeit (here
    ten times slower)."""

    def __init__(self, literals: tuple[str, ...], patterns: tuple[str, ...]):
        self.parts = [re.compile(trie_regex(literals))] if literals else []
        for pattern in patterns:
            try:
                self.parts.append(re.compile(pattern))
            except re.error as exc:
                raise RuleError(f"正则表达式“{pattern}”有误（{exc}）") from None

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = [(m.start(), m.end()) for part in self.parts for m in part.finditer(text) if m.end() > m.start()]
        if len(self.parts) <= 1:
            return found
        return _leftmost_longest(found)

    def count(self, text: str) -> int:
        return len(self.spans(text))


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
