"""Segment a draft once: tokens (jieba, held in a spaCy Doc), sentences and paragraphs.

Every later stage reads this `Document`; nothing re-segments the text.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

import jieba

from .lexicon import TermMatcher, TokenEdges
from .load import Source
from .paths import LEXICON_DIR
from .structure import paragraph_role

# A sentence ends at 。！？；(and ASCII forms) or an ellipsis, plus any closing quotes or brackets.
_SENTENCE = re.compile(r"[^。！？!?；;…\n]*(?:[。！？!?；;…]+[”’\"'」』）)】]*|$)")


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    is_title: bool = False
    role: str = "body"  # title, heading, meta or body (rules/structure.yaml)

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


@dataclass
class Document:
    source: Source
    spacy_doc: object  # spacy.tokens.Doc; typed loosely so importing this module stays light
    tokens: list[str]
    token_starts: list[int]
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _scans: dict = field(default_factory=dict, repr=False)
    _edges: TokenEdges | None = field(default=None, repr=False)

    def scan(self, matcher) -> list[tuple[int, int]]:
        """The spans a matcher finds in the text, computed once per document. A TermMatcher's
        hits cover whole tokens (except its sub-word entries); other scanners (plain regexes
        for numbers and percentages) match anywhere."""
        if matcher not in self._scans:
            if isinstance(matcher, TermMatcher):
                self._scans[matcher] = matcher.spans(self.text, self.token_edges)
            else:
                self._scans[matcher] = matcher.spans(self.text)
        return self._scans[matcher]

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
    """A blank Chinese spaCy pipeline whose segmenter is jieba, with the domain dictionary."""
    import spacy

    jieba.setLogLevel(logging.WARNING)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    load_user_dictionary()
    return nlp


def load_user_dictionary() -> None:
    userdict = LEXICON_DIR / "userdict.txt"
    if userdict.exists():
        jieba.load_userdict(str(userdict))


def warm_up() -> None:
    """Load jieba and spaCy now (they load lazily on first use otherwise)."""
    _nlp()
    jieba.initialize()


def segment(source: Source) -> Document:
    nlp = _nlp()
    from spacy.tokens import Doc

    text = source.text
    tokens = jieba.lcut(text)
    starts = _token_starts(tokens)
    spacy_doc = Doc(nlp.vocab, words=tokens, spaces=[False] * len(tokens))
    paragraphs = split_paragraphs(text, source.title)
    sentences = split_sentences(text, paragraphs)
    return Document(source, spacy_doc, tokens, starts, paragraphs, sentences)


def word_edges(tokens: list[str], starts: list[int], length: int) -> list[int]:
    """Where words begin and end: every token edge, and inside a token of four or more
    characters that jieba glued from two dictionary words of two or more characters each
    (彻底解决 = 彻底|解决, 进一步提高 = 进一步|提高), the point between them. A lexicon hit may
    stop there; it may not stop between single characters (安|全部|门, 所有|制)."""
    edges = []
    frequency = jieba.dt.FREQ
    for token, start in zip(tokens, starts):
        edges.append(start)
        for cut in range(2, len(token) - 1):
            if frequency.get(token[:cut]) and frequency.get(token[cut:]):
                edges.append(start + cut)
    edges.append(length)
    return edges


def _token_starts(tokens: list[str]) -> list[int]:
    starts, offset = [], 0
    for token in tokens:
        starts.append(offset)
        offset += len(token)
    return starts


def split_paragraphs(text: str, title: str) -> list[Paragraph]:
    paragraphs = _split_paragraphs(text, title)
    if not any(p.is_body for p in paragraphs):  # nothing but headings: judge them as they are
        paragraphs = [p if p.is_title else Paragraph(p.index, p.start, p.end, p.text, False, "body")
                      for p in paragraphs]
    return paragraphs


def _split_paragraphs(text: str, title: str) -> list[Paragraph]:
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
