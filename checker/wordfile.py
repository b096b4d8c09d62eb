"""Read a .docx as Word shows it: the text the checker sees, and where each character of it
sits in the document's XML.

- A paragraph is one line of text. A soft return (Shift+Enter, w:br, w:cr) stays inside its
  paragraph: it is layout, not text, so it is dropped (read as a space only between two
  Latin letters).
- A table row is one line: its cells joined by a tab, a cell's own paragraphs by a space
  (a nested table's rows join its cell the same way).
- Tracked changes are read as accepted: insertions (w:ins, w:moveTo) are in, deletions
  (w:del, w:moveFrom) are out.
- Text inside content controls (w:sdt), smart tags, custom XML, simple fields, hyperlinks and
  bidi containers is read in order; field instructions (w:instrText) are not text.
- Text boxes are read as paragraphs after the paragraph they are anchored in (once, though
  Word stores each twice).

`read` returns the text, its units (paragraphs and table rows, see places.Unit) and pieces:
for every character that comes from the document, the element it comes from (a w:t, w:tab, …,
whose parent is its run), so a finding can be put back on the exact words (report/word.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .places import Unit

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
P, TBL, TR, TC, R, T = W + "p", W + "tbl", W + "tr", W + "tc", W + "r", W + "t"
SDT, SDT_CONTENT = W + "sdt", W + "sdtContent"
P_PR, P_STYLE = W + "pPr", W + "pStyle"
# containers whose children are read as if they stood in the parent
INLINE_CONTAINERS = {W + name for name in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo")}
BLOCK_CONTAINERS = {W + name for name in ("customXml", "ins", "moveTo")}
TABS = {W + "tab", W + "ptab"}
BREAKS = {W + "br", W + "cr"}
NO_BREAK_HYPHEN = W + "noBreakHyphen"
_BREAK = object()  # a soft return, resolved when the paragraph is joined


@dataclass(frozen=True)
class Piece:
    """Characters [start, end) of the text come from `element` (a w:t, w:tab, w:noBreakHyphen);
    for a w:t, character `start` is its text's first character. Its run is its parent."""

    start: int
    end: int
    element: object

    @property
    def run(self):
        return self.element.getparent()


@dataclass
class WordText:
    text: str
    units: list[Unit]
    pieces: list[Piece]
    title: str | None  # the first non-empty paragraph in a title style
    title_unit: int | None = None
    paragraphs: list[object] = field(default_factory=list, repr=False)  # w:p of each paragraph unit, None for rows


def read(document) -> WordText:
    """The text of a python-docx Document as Word shows it."""
    styles = _style_names(document)
    builder = _Builder()
    title = title_unit = None
    table_count = 0
    units: list[Unit] = []
    elements: list[object] = []
    def add(block, in_box: bool = False) -> None:
        nonlocal title, title_unit, table_count
        if block.tag == P:
            start = builder.line()
            parts = _paragraph(block)
            builder.extend(parts)
            style = styles.get(_style_id(block), "")
            units.append(Unit(start, builder.length, heading=bool(_HEADING_STYLE.match(style))))
            elements.append(block)
            text = "".join(part for part, _ in parts).strip()
            if title is None and text and _is_title_style(style) and not in_box:
                title, title_unit = text, len(units) - 1
            for box_block in _text_boxes(block):  # a text box anchored here reads after its paragraph
                add(box_block, in_box=True)
            return
        table_count += 1
        for number, row in enumerate(_rows(block), start=1):
            start = builder.line()
            builder.extend(_row(row))
            units.append(Unit(start, builder.length, table_count, number))
            elements.append(None)

    for block in _blocks(document.element.body):
        add(block)
    return WordText(builder.text(), units, builder.pieces, title, title_unit, elements)


MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
TEXT_BOX = W + "txbxContent"


def _text_boxes(p):
    """The paragraphs and tables of the text boxes anchored in paragraph `p`, in order. Word
    stores a text box twice (a DrawingML shape and, under mc:Fallback, a VML copy for old
    readers): the copy is skipped, and so is a box inside another box (read with that box)."""
    for box in p.iter(TEXT_BOX):
        ancestors = list(box.iterancestors())
        outer = ancestors[:ancestors.index(p)] if p in ancestors else ancestors
        if any(a.tag == MC_FALLBACK or a.tag == TEXT_BOX for a in outer):
            continue
        yield from _blocks(box)


def _style_names(document) -> dict[str, str]:
    try:
        return {style.style_id: style.name or "" for style in document.styles}
    except Exception:  # a styles part python-docx cannot read: no title from styles
        return {}


def _style_id(p) -> str | None:
    properties = p.find(P_PR)
    style = properties.find(P_STYLE) if properties is not None else None
    return style.get(W + "val") if style is not None else None


def _is_title_style(name: str) -> bool:
    """Word's Title style (WPS may name it 标题); not 标题 1, which is Heading 1 in Chinese Word."""
    return name.lower().startswith("title") or name.strip() == "标题"


_HEADING_STYLE = re.compile(r"(?i)^\s*(?:heading|标题)\s*\d")


# -- walking the XML -------------------------------------------------------------------------

def _blocks(container):
    """Paragraphs and tables in reading order, through content controls and custom XML."""
    for child in container:
        if child.tag in (P, TBL):
            yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _blocks(content)
        elif child.tag in BLOCK_CONTAINERS:
            yield from _blocks(child)


def _children(container, tag):
    """`tag` children of a table or row, through content controls and custom XML."""
    for child in container:
        if child.tag == tag:
            yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag in BLOCK_CONTAINERS:
            yield from _children(child, tag)


def _rows(table):
    return _children(table, TR)


def _inline(parent, out: list) -> None:
    for child in parent:
        tag = child.tag
        if tag == R:
            _run(child, out)
        elif tag in INLINE_CONTAINERS:
            _inline(child, out)
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                _inline(content, out)
        # w:del, w:moveFrom, w:pPr, bookmarks, proofing marks, math: nothing Word shows as text


def _run(run, out: list) -> None:
    for child in run:
        tag = child.tag
        if tag == T:
            if child.text:
                out.append((child.text, child))
        elif tag in TABS:
            out.append(("\t", child))
        elif tag in BREAKS:
            out.append((_BREAK, child))
        elif tag == NO_BREAK_HYPHEN:
            out.append(("-", child))


def _paragraph(p) -> list[tuple[str, object]]:
    """The paragraph's text as (text, element) parts; soft returns resolved (a synthetic
    space has no element)."""
    raw: list = []
    _inline(p, raw)
    parts: list[tuple[str, object]] = []
    previous = ""
    pending = False
    for text, element in raw:
        if text is _BREAK:
            pending = True
            continue
        if pending and previous and _joined_by_space(previous, text[0]):
            parts.append((" ", None))
        pending = False
        parts.append((text, element))
        previous = text[-1]
    return parts


def _joined_by_space(before: str, after: str) -> bool:
    """A soft return between two Latin words reads as a space; anywhere else (between Chinese
    characters, inside a number broken by a pasted line end) as nothing."""
    return before.isascii() and after.isascii() and before.isalpha() and after.isalpha()


def _cell(cell) -> list:
    parts: list = []
    for block in _blocks(cell):
        if block.tag == P:
            piece = _paragraph(block)
        else:  # a nested table: its rows, one after another
            piece = _joined([_row(row) for row in _rows(block)], " ")
        if "".join(text for text, _ in piece).strip():
            if parts:
                parts.append((" ", None))
            parts.extend(piece)
    return parts


def _row(row) -> list:
    return _joined([_cell(cell) for cell in _children(row, TC)], "\t")


def _joined(pieces: list[list], separator: str) -> list:
    parts: list = []
    for index, piece in enumerate(pieces):
        if index:
            parts.append((separator, None))
        parts.extend(piece)
    return parts


class _Builder:
    def __init__(self) -> None:
        self._chunks: list[str] = []
        self.length = 0
        self.pieces: list[Piece] = []
        self._lines = 0

    def line(self) -> int:
        """Start a new line; its first offset."""
        if self._lines:
            self._add("\n")
        self._lines += 1
        return self.length

    def extend(self, parts) -> None:
        for text, element in parts:
            if element is not None:
                self.pieces.append(Piece(self.length, self.length + len(text), element))
            self._add(text)

    def _add(self, text: str) -> None:
        self._chunks.append(text)
        self.length += len(text)

    def text(self) -> str:
        if len(self._chunks) > 1:
            self._chunks = ["".join(self._chunks)]
        return self._chunks[0] if self._chunks else ""
