"""Where a character of the checked text stands in the draft as its writer sees it.

Every output that says 第N段 takes the label from here, so the numbers are the ones the writer
counts in Word: a paragraph is a Word paragraph (soft returns stay inside it), a table row is
one unit (表格第r行), the title is 标题, and paragraphs are numbered from the first one after
the title (paragraphs above the title, such as a masthead, are 标题前第k段). Empty paragraphs
are not counted, as Word's own paragraph count leaves them out.

A .txt or .md draft has the same labels, with a line for a paragraph.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

TITLE = "标题"


@dataclass(frozen=True)
class Unit:
    """A paragraph or a table row as it stands in the text: [start, end) of its line."""

    start: int
    end: int
    table: int = 0  # 1-based table number for a table row, 0 for a paragraph
    row: int = 0  # 1-based row number in its table
    heading: bool = False  # a paragraph in a heading style (Heading 2, 标题 2)

    def __init__(self, start: int, end: int, table: int = 0, row: int = 0, heading: bool = False) -> None:
        # the frozen dataclass's own __init__, written out: mypyc compiles it (the generated one runs as Python)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "table", table)
        object.__setattr__(self, "row", row)
        object.__setattr__(self, "heading", heading)


@dataclass(frozen=True)
class Place:
    """A non-empty paragraph or table row: [start, end) of its text without surrounding
    whitespace, and the label the outputs use for it."""

    start: int
    end: int
    label: str
    kind: str = "paragraph"  # paragraph, heading (a heading style in the Word file) or row (a table row)

    def __init__(self, start: int, end: int, label: str, kind: str = "paragraph") -> None:
        # (as Unit's)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "kind", kind)

    @property
    def is_title(self) -> bool:
        return self.label == TITLE


def line_units(text: str) -> list[Unit]:
    units, offset = [], 0
    for line in text.split("\n"):
        units.append(Unit(offset, offset + len(line)))
        offset += len(line) + 1
    return units


def label_units(text: str, units: list[Unit], title: str) -> tuple[Place, ...]:
    """Label each non-empty unit. The title is the first paragraph equal to `title` (the same
    rule segment.split_paragraphs follows); paragraphs are counted from the one after it."""
    title = title.strip()
    tables = {unit.table for unit in units if unit.table}
    title_index = None
    if title:
        title_index = next((i for i, unit in enumerate(units)
                            if not unit.table and text[unit.start:unit.end].strip() == title), None)
    places: list[Place] = []
    before = after = 0
    for index, unit in enumerate(units):
        line = text[unit.start:unit.end]
        stripped = line.strip()
        if not stripped:
            continue
        start = unit.start + len(line) - len(line.lstrip())
        end = start + len(stripped)
        if unit.table:
            table = "表格" if len(tables) == 1 else f"第{unit.table}个表格"
            label = f"{table}第{unit.row}行"
        elif index == title_index:
            label = TITLE
        elif title_index is not None and index < title_index:
            before += 1
            label = f"标题前第{before}段"
        else:
            after += 1
            label = f"第{after}段"
        kind = "row" if unit.table else "heading" if unit.heading and label != TITLE else "paragraph"
        places.append(Place(start, end, label, kind))
    return tuple(places)


def text_places(text: str, title: str) -> tuple[Place, ...]:
    """Labels for a text whose lines are its paragraphs (.txt, .md, standard input, check(text))."""
    return label_units(text, line_units(text), title)


def place_at(places: tuple[Place, ...] | list[Place], offset: int) -> Place | None:
    """The unit a character offset falls in (or, between units, the one before it)."""
    position = bisect_right([p.start for p in places], offset) - 1
    return places[position] if position >= 0 else (places[0] if places else None)


def describe(labels: list[str]) -> str:
    """Labels as one phrase: 第2、5段、标题、表格第3行 (paragraph numbers gathered first)."""
    numbers = [label[1:-1] for label in labels if label.startswith("第") and label.endswith("段") and label[1:-1].isdigit()]
    others = [label for label in labels if not (label.startswith("第") and label.endswith("段") and label[1:-1].isdigit())]
    parts = ([f"第{'、'.join(numbers)}段"] if numbers else []) + others
    return "、".join(parts)
