"""The findings back in Word: a copy of the draft with every span finding as a comment on
exactly the flagged words, and the depth score, its dimensions, the document-level findings and
the prioritised suggestions as one comment on the title (or the first paragraph).

A .docx is copied as it is (python-docx keeps every part it does not touch); only runs are
split where a finding begins or ends, so a comment covers the flagged words and nothing else.
A text draft becomes a new .docx, a paragraph per line, with the same comments. The text of
the copy, read again as Word shows it, is the text that was checked (tests/test_annotate.py).
"""

from __future__ import annotations

import copy
import io
import re
from bisect import bisect_right

from ..errors import InputError
from ..findings import ADVICE_HEADING, NOT_JUDGED, Finding, Report, calibration_note, excerpt_note, genre_note
from ..places import place_at
from ..registry import SEVERITIES, families, genre_dimensions
from ..wordfile import TABS, T, W, Piece, read

AUTHOR = "稿件检查"
INITIALS = "检"
R_PR = W + "rPr"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")  # not allowed in XML


def annotate(report: Report, original: bytes | None = None) -> bytes:
    """The annotated .docx: a copy of `original` (.docx bytes), or a new document holding the
    report's text when the draft was not a Word file."""
    import docx

    if original is None:
        document, pieces = _from_text(report)
    else:
        document = docx.Document(io.BytesIO(original))
        word = read(document)
        if word.text != report.text:
            raise InputError(report.source, "稿件在检查过程中被改动，请重新运行")
        pieces = word.pieces
    spans = sorted((f for f in report.findings if not f.document_level), key=lambda f: (f.start, f.end, f.rule))
    anchors = _Anchors(pieces)
    for finding in spans:
        anchors.cut(finding.start)
        anchors.cut(finding.end)
    for finding in spans:
        runs = anchors.runs(finding.start, finding.end)
        if runs is None:  # only characters the checker added (a tab between cells): mark its paragraph
            place = place_at(report.paragraphs(), finding.start)
            runs = anchors.runs(place.start, place.end) if place else None
        if runs is not None:
            _comment(document, runs, _finding_text(finding, report))
    summary = _summary_runs(report, anchors)
    if summary is not None:
        _comment(document, summary, _summary_text(report))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _comment(document, runs: tuple, text: str) -> None:
    from docx.text.run import Run

    first, last = runs
    document.add_comment([Run(first, None), Run(last, None)], text=_XML_UNSAFE.sub("\ufffd", text),
                         author=AUTHOR, initials=INITIALS)


def _finding_text(finding: Finding, report: Report) -> str:
    severity = SEVERITIES.get(finding.severity, finding.severity)
    family = families().get(finding.family, finding.family)
    return f"【{severity}】{family}（{finding.rule}）：{finding.message}\n改法：{finding.suggestion}"


def _summary_text(report: Report) -> str:
    genre = genre_note(report)
    lines = [f"深度得分 {report.score} / 100　文体：{genre}",
             "　".join(f"{label} {NOT_JUDGED if name in report.not_judged else report.dimensions[name]}"
                      for name, label in genre_dimensions(report.genre).items())]
    if report.calibration:
        lines.append(calibration_note(report))
    if report.excerpt:
        lines.append(excerpt_note(report))
    if report.readability is not None:
        lines.append(report.readability.explain())
    if report.adoption_probability is not None:
        lines.append(f"采用可能性（模型估计）：{report.adoption_probability:.0%}")
    document_level = [f for f in report.findings if f.document_level]
    if document_level:
        lines.append("全文层面的问题：")
        lines += [f"{n}. {_finding_text(f, report).replace(chr(10), '　')}" for n, f in enumerate(document_level, start=1)]
    if report.suggestions:
        lines.append("修改建议（按优先级）：")
        lines += [f"{n}. {s}" for n, s in enumerate(report.suggestions, start=1)]
    else:
        lines.append("没有发现需要修改的问题。")
    if report.advice:
        lines.append(ADVICE_HEADING + "：")
        lines += [f"· {f.message}。{f.suggestion}" for f in report.advice]
    return "\n".join(lines)


def _summary_runs(report: Report, anchors: "_Anchors"):
    """The title's runs, or the first paragraph's that has any."""
    places = report.paragraphs()
    ordered = [p for p in places if p.is_title] + [p for p in places if not p.is_title]
    for place in ordered:
        runs = anchors.runs(place.start, place.end)
        if runs is not None:
            return runs
    return None


class _Anchors:
    """The pieces of text in document order; cutting at an offset makes a run begin there."""

    def __init__(self, pieces: list[Piece]):
        self.pieces = list(pieces)
        self.starts = [p.start for p in self.pieces]

    def _index(self, offset: int) -> int:
        """The piece that holds `offset`, or -1."""
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.pieces[index].end:
            return index
        return -1

    def cut(self, offset: int) -> None:
        index = self._index(offset)
        if index < 0:
            return  # between pieces: no run holds characters on both sides of it
        piece = self.pieces[index]
        element = piece.element
        if offset > piece.start:  # inside a w:t: split its text in two
            assert element.tag == T  # every other piece is one character long
            keep, rest = element.text[:offset - piece.start], element.text[offset - piece.start:]
            element.text = keep
            element.set(XML_SPACE, "preserve")
            second = copy.deepcopy(element)
            second.text = rest
            element.addnext(second)
            self.pieces[index] = Piece(piece.start, offset, element)
            self.pieces.insert(index + 1, Piece(offset, piece.end, second))
            self.starts.insert(index + 1, offset)
            element = second
        _split_run_before(element)

    def runs(self, start: int, end: int):
        """The first and last run of the characters in [start, end), or None if no character
        there comes from the document. Call after every cut."""
        first = bisect_right(self.starts, start) - 1
        if first < 0 or self.pieces[first].end <= start:
            first += 1
        last = bisect_right(self.starts, end - 1) - 1
        if first >= len(self.pieces) or last < first:
            return None
        return self.pieces[first].run, self.pieces[last].run


def _split_run_before(element) -> None:
    """Make `element` the first content of its run: what comes before it stays in the run,
    it and what follows move to a new run with the same formatting, right after."""
    run = element.getparent()
    content = [child for child in run if child.tag != R_PR]
    if not content or content[0] is element:
        return
    from docx.oxml import OxmlElement

    second = OxmlElement("w:r")
    properties = run.find(R_PR)
    if properties is not None:
        second.append(copy.deepcopy(properties))
    for child in content[content.index(element):]:
        second.append(child)  # lxml moves the element
    run.addnext(second)


def _from_text(report: Report):
    """A new document holding the report's text: the title in the Title style, a paragraph
    per line; pieces map the text's characters to the runs written."""
    import docx

    document = docx.Document()
    pieces: list[Piece] = []
    offset = 0
    places = {p.start: p for p in report.paragraphs()}
    for line in report.text.split("\n"):
        stripped = line.strip()
        start = offset + len(line) - len(line.lstrip())
        if stripped:
            place = places.get(start)
            paragraph = document.add_paragraph(style="Title" if place is not None and place.is_title else None)
            run = paragraph.add_run(_XML_UNSAFE.sub("\ufffd", stripped))  # same length: offsets hold
            at = start
            for element in run._r:  # python-docx writes a tab as w:tab between w:t's
                length = len(element.text or "") if element.tag == T else 1 if element.tag in TABS else 0
                if length:
                    pieces.append(Piece(at, at + length, element))
                    at += length
        offset += len(line) + 1
    return document, pieces
