"""Segment a draft once: tokens (jieba), sentences and paragraphs.

Every later stage reads this `Document`; nothing re-segments the text. Words come from one
function, `cut`: rjieba (the Rust implementation of jieba: same algorithm, same dictionary,
about twenty times faster, its dictionary loads in a tenth of a second) when its wheel is
installed, pure-Python jieba otherwise. Both get the domain dictionary (rules/lexicons/
userdict.txt) through add_word and give the same tokens (tests/test_segment.py).
"""

from __future__ import annotations

from typing import Any

import logging
import os
import re
import shutil
import tempfile
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate
from pathlib import Path

from .lexicon import LITERALS, LiteralHits, TermMatcher, TokenEdges, first_char_skip
from .load import Source
from .paths import LEXICON_DIR
from .structure import paragraph_role

_ENDS = re.compile(r"[。！？!?；;]")
# A sentence ends at 。！？；(and ASCII forms) or an ellipsis, plus any closing quotes or brackets.
# a stop inside a book title (《…亮了！》) belongs to the title, not to the sentence
# (possessive: the title branch and the character branch must not be retried against each other).
# Written so that `re` takes a run of characters other than 《 in one step and tries the title
# branch only at a 《 (a lone 《 is an ordinary character): the matches of the plain form,
# (?:《[^《》。；;\n]{1,60}》|[^。！？!?；;…\n])*+, at about half its cost (_SENTENCE_PLAIN, tested)
_SENTENCE = re.compile(r"(?:[^。！？!?；;…\n《]++|《[^《》。；;\n]{1,60}》|《)*+(?:[。！？!?；;…]+[”’\"'」』）)】]*|$)")
_SENTENCE_PLAIN = r"(?:《[^《》。；;\n]{1,60}》|[^。！？!?；;…\n])*+(?:[。！？!?；;…]+[”’\"'」』）)】]*|$)"


# Paragraph and Sentence write their own __init__ as a frozen dataclass's (object.__setattr__):
# mypyc compiles it, where the generated one runs as Python code (a few hundred of them a draft)

@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    is_title: bool = False
    role: str = "body"  # title, heading, meta or body (rules/structure.yaml); table: a row of data

    def __init__(self, index: int, start: int, end: int, text: str, is_title: bool = False, role: str = "body") -> None:
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "is_title", is_title)
        object.__setattr__(self, "role", role)

    @property
    def is_body(self) -> bool:
        return self.role == "body"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int

    def __init__(self, index: int, start: int, end: int, text: str, paragraph: int) -> None:
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "paragraph", paragraph)


@dataclass
class Document:
    source: Source
    tokens: list[str]
    token_starts: list[int]
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _scans: dict = field(default_factory=dict, repr=False)
    _edges: TokenEdges | None = field(default=None, repr=False)
    _literals: LiteralHits | None = field(default=None, repr=False)
    _spacy_doc: Any = field(default=None, repr=False)

    @property
    def spacy_doc(self) -> Any:
        """The tokens as a spaCy Doc, built (and spaCy imported) only when a token-pattern rule
        needs spaCy's Matcher; the shipped patterns run over the tokens directly."""
        if self._spacy_doc is None:
            from spacy.tokens import Doc

            self._spacy_doc = Doc(_nlp().vocab, words=self.tokens, spaces=[False] * len(self.tokens))
        return self._spacy_doc

    def scan(self, matcher) -> list[tuple[int, int]]:
        """The spans a matcher finds in the text, computed once per document. A TermMatcher's
        hits cover whole tokens (except its sub-word entries); other scanners (plain regexes
        for numbers and percentages) match anywhere."""
        if matcher not in self._scans:
            if isinstance(matcher, TermMatcher):
                self._scans[matcher] = matcher.spans(self.text, self.token_edges, self.literal_hits())
            else:
                self._scans[matcher] = matcher.spans(self.text)
        return self._scans[matcher]

    def literal_hits(self) -> LiteralHits:
        """Where every literal of LITERALS occurs in the text (every vocabulary's phrases, in
        one pass), found once per document."""
        if self._literals is None or self._literals.version != LITERALS.version:
            self._literals = LITERALS.find(self.text)
        return self._literals

    @property
    def token_edges(self) -> TokenEdges:
        if self._edges is None:
            self._edges = TokenEdges(word_edges(self.tokens, self.token_starts, len(self.text)))
        return self._edges

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def title(self) -> str:
        return self.source.title

    def body_sentences(self) -> list[Sentence]:
        """Sentences of body paragraphs (not the title, headings, bylines or mastheads)."""
        return [s for s in self.sentences if self.paragraphs[s.paragraph].is_body]

    def sentence_at(self, offset: int) -> Sentence:
        if not self._sentence_starts:
            self._sentence_starts = [s.start for s in self.sentences]
        return self.sentences[max(bisect_right(self._sentence_starts, offset) - 1, 0)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


@cache
def _nlp():
    """A blank Chinese spaCy pipeline: only its vocabulary is used (Docs are built from our
    tokens), so its own segmenter is the plain character one and jieba is not imported."""
    import spacy

    return spacy.blank("zh")


# -- the one segmentation function ---------------------------------------------------------

# A run of ASCII letters and digits joined by '.', '_' or '-' (e-mail, D-019, 0731-1234567,
# X.X): rjieba keeps it whole, Python jieba cuts it with this pattern (jieba.finalseg's
# re_skip); we cut it the Python way on both paths, so tokens do not depend on the wheel.
_ASCII_JOINED = re.compile(r"[A-Za-z0-9._%-]*[._-][A-Za-z0-9._%-]*")
# Only a token with a joiner next to a letter, digit or % can be cut differently; a text
# without one is left as rjieba cut it.
_ASCII_JOINER = first_char_skip(re.compile(r"[A-Za-z0-9%][._-]|[._-][A-Za-z0-9%]"))
_ASCII_PIECES = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
_JOINER = re.compile(r"[._-]")  # a token _ASCII_JOINED matches has one of these
_USERDICT_LINE = re.compile(r"^(.+?)( [0-9]+)?( [a-z]+)?$")  # jieba's own user-dictionary format


JOINTS_KEPT = 50_000


class Segmenter:
    """jieba's default dictionary plus the domain dictionary, behind two calls: `cut` (the
    words of a text) and `is_word` (a dictionary word with a frequency)."""

    def __init__(self, name: str, cut, is_word):
        self.name = name
        self._cut = cut
        self.is_word = is_word
        self._joints: dict[str, tuple[int, ...]] = {}

    def joints(self, token: str) -> tuple[int, ...]:
        """Offsets inside a token where it splits into two dictionary words of two or more
        characters each (彻底解决 -> 2); remembered per token, as the dictionary is fixed
        (at most JOINTS_KEPT tokens: an archive of a hundred thousand drafts has many)."""
        found = self._joints.get(token)
        if found is None:
            if len(self._joints) >= JOINTS_KEPT:
                self._joints.clear()
            is_word = self.is_word
            found = self._joints[token] = tuple(middle for middle in range(2, len(token) - 1)
                                                if is_word(token[:middle]) and is_word(token[middle:]))
        return found

    def cut(self, text: str) -> list[str]:
        tokens = self._cut(text)
        if self.name == "jieba" or not _ASCII_JOINER.search(text):
            return tokens
        # only the tokens with a joiner in them (a few a draft) are looked at: found by offset
        ends = list(accumulate(map(len, tokens)))
        suspects = sorted({bisect_right(ends, match.start()) for match in _JOINER.finditer(text)})
        for index in reversed(suspects):  # (from the last: a token cut in pieces moves those after it)
            token = tokens[index]
            if len(token) > 1 and token.isascii() and _ASCII_JOINED.fullmatch(token) and not self.is_word(token):
                tokens[index:index + 1] = [piece for piece in _ASCII_PIECES.split(token) if piece]
        return tokens


def user_words(path: Path | None = None) -> list[tuple[str, int | None, str | None]]:
    """The domain dictionary: (word, frequency or None, part of speech or None) per line."""
    path = path or LEXICON_DIR / "userdict.txt"
    if not path.exists():
        return []
    words = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        line = line.strip()
        if not line:
            continue
        word, freq, tag = _USERDICT_LINE.match(line).groups()  # type: ignore[union-attr]  # the pattern matches any line
        words.append((word.strip(), int(freq) if freq else None, tag.strip() if tag else None))
    return words


def rjieba_segmenter() -> Segmenter:
    import rjieba

    # the instance rjieba builds at import (a second dictionary would cost 25 MB and 0.1 s)
    tokenizer = getattr(rjieba, "_DEFAULT_JIEBA", None) or rjieba.Jieba()
    for word, freq, tag in user_words():
        tokenizer.add_word(word, freq, tag)
    return Segmenter("rjieba", tokenizer.cut, tokenizer.has_word)


def jieba_segmenter() -> Segmenter:
    """Pure-Python jieba with its own Tokenizer (the global one is left alone). Its prefix
    dictionary is cached in a private per-user folder, never the shared temp folder where
    another user could plant a cache file for it to load."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    folder = private_cache_dir()
    if folder is not None:
        tokenizer.tmp_dir = str(folder)
        tokenizer.initialize()
    else:  # no private folder: the cache goes to a temporary one of ours, removed at once
        temporary = tempfile.mkdtemp(prefix="checker-jieba-")
        tokenizer.tmp_dir = temporary
        tokenizer.initialize()
        shutil.rmtree(temporary, ignore_errors=True)
    for word, freq, tag in user_words():
        tokenizer.add_word(word, freq, tag)
    frequency = tokenizer.FREQ
    return Segmenter("jieba", tokenizer.lcut, lambda word: bool(frequency.get(word)))


def private_cache_dir() -> Path | None:
    """$XDG_CACHE_HOME/checker or ~/.cache/checker, created 0700; None if that is not a
    folder only this user can write to."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "checker"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = folder.stat()
        if hasattr(os, "getuid") and (status.st_uid != os.getuid() or status.st_mode & 0o022):
            raise PermissionError(folder)
        return folder
    except OSError:
        return None


@cache
def segmenter() -> Segmenter:
    """rjieba when its wheel is installed, Python jieba otherwise; loaded once per process."""
    try:
        return rjieba_segmenter()
    except ImportError:
        return jieba_segmenter()


def cut(text: str) -> list[str]:
    """The words of a text: the one segmentation function."""
    return segmenter().cut(text)


def warm_up() -> None:
    """Load the segmenter now (it loads lazily on first use otherwise)."""
    segmenter()


# Half-width punctuation used as Chinese punctuation (next to a Chinese character or a Chinese
# quotation mark): read as its full-width form, one character for one, so a draft typed with
# "," gets the verdicts of the same draft typed with "，" (the vocabularies bound clauses by
# full-width marks). "1,000", "3:00" and ASCII text are left alone.
_HALF_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。"}
# A full stop typed as "." ends a sentence only between Chinese on both sides (发展.二是、发展.
# at a line's end): not in 7.5, e.g., www.gov.cn, nor an ellipsis typed as ... (audit 94: a draft
# with its sentences ended by "." was read as a few sentences of 200 characters)
_CHINESE_PUNCTUATION = first_char_skip(re.compile(
    r"(?<=[\u4e00-\u9fa5”“》」）)])[,;:?!]|[,;:?!](?=\s*[\u4e00-\u9fa5“《「（(])"
    r"|(?<=[\u4e00-\u9fa5”》」）)])\.(?!\.)(?=[ \t\u3000]*(?:$|\n|[\u4e00-\u9fa5“《「（(]))"))
# …but not the "." of a heading's number (一.加强…、（二）.做法、第三.): it stays a heading marker
_NUMBERED_BEFORE = re.compile(r"(?:^|\n)[ \t\u3000]*(?:第?[一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十]{1,3}[）)])$")


def normalise_punctuation(text: str) -> str:
    """The text with half-width punctuation between Chinese words in full width (same length).
    A draft typed with a Chinese IME has none of these marks: `in` finds that out cheaply."""
    if not any(mark in text for mark in _HALF_WIDTH):
        return text

    def full_width(match: re.Match) -> str:
        mark = match.group(0)
        if mark == "." and _NUMBERED_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            return mark
        return _HALF_WIDTH[mark]

    return _CHINESE_PUNCTUATION.sub(full_width, text)


def segment(source: Source) -> Document:
    text = normalise_punctuation(source.text)
    if text != source.text:
        source = replace(source, text=text, title=normalise_punctuation(source.title))
    tokens = cut(text)
    starts = _token_starts(tokens)
    kinds = {p.start: p.kind for p in source.places if p.kind != "paragraph"}
    paragraphs = split_paragraphs(text, source.title, kinds)
    sentences = split_sentences(text, paragraphs)
    return Document(source, tokens, starts, paragraphs, sentences)


def word_edges(tokens: list[str], starts: list[int], length: int) -> list[int]:
    """Where words begin and end: every token edge, and inside a token of four or more
    characters that jieba glued from two dictionary words of two or more characters each
    (彻底解决 = 彻底|解决, 进一步提高 = 进一步|提高), the point between them. A lexicon hit may
    stop there; it may not stop between single characters (安|全部|门, 所有|制)."""
    joints = segmenter().joints
    inner = [start + middle for token, start in zip(tokens, starts) if len(token) >= 4 for middle in joints(token)]
    if not inner:
        return [*starts, length]
    return sorted([*starts, *inner, length])


def _token_starts(tokens: list[str]) -> list[int]:
    starts = list(accumulate(map(len, tokens), initial=0))
    starts.pop()
    return starts


def split_paragraphs(text: str, title: str, kinds: dict[int, str] | None = None) -> list[Paragraph]:
    """Non-empty lines. `kinds`, from a Word file (places.Place.kind): where a paragraph in a
    heading style ("heading") or a table row ("row") starts."""
    paragraphs = _split_paragraphs(text, title, kinds or {})
    if not any(p.is_body for p in paragraphs):  # nothing but headings: judge them as they are
        paragraphs = [p if p.is_title else Paragraph(p.index, p.start, p.end, p.text, False, "body")
                      for p in paragraphs]
    return paragraphs


HEADING_STYLE_MAX_CHARS = 60  # a longer paragraph in a heading style is body text styled by mistake


def _split_paragraphs(text: str, title: str, kinds: dict[int, str]) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    offset = 0
    title_seen = False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            # the title is the first line equal to it (mastheads and dates may come before it)
            is_title = not title_seen and bool(title.strip()) and stripped == title.strip()
            title_seen = title_seen or is_title
            lead = len(line) - len(line.lstrip())
            start = offset + lead
            role = "title" if is_title else paragraph_role(stripped)
            kind = kinds.get(start)
            if kind == "row":
                role = "body" if _ENDS.search(stripped) else "table"  # a row of data, or prose laid out in a table
            elif kind == "heading" and role == "body" and len(stripped) <= HEADING_STYLE_MAX_CHARS:
                role = "heading"
            paragraphs.append(Paragraph(len(paragraphs), start, start + len(stripped), stripped, is_title, role))
        offset += len(line) + 1
    return paragraphs


def split_sentences(text: str, paragraphs: list[Paragraph]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        for match in _SENTENCE.finditer(paragraph.text):
            piece = match.group(0)
            stripped = piece.strip()
            if not stripped:
                continue
            start = paragraph.start + match.start() + (len(piece) - len(piece.lstrip()))
            sentences.append(Sentence(len(sentences), start, start + len(stripped), stripped, paragraph.index))
    return sentences
