"""summary.xlsx written as SpreadsheetML directly: inline strings, one style sheet, a frozen and
filtered header row.

Why not openpyxl (or XlsxWriter): a month of 10,000 items has some 60,000 findings, and the
问题 sheet alone is over half a million cells. openpyxl's write-only mode spends about 15 µs
a cell (a Cell object, its checks, an lxml element), XlsxWriter's constant-memory mode
about 10: 8 and 5 s on this machine, more than the rest of the batch's own work together.
The cells here are text and numbers with five styles, so a row is one formatted string
(about 1.5 µs a cell). What the format needs and nothing more: the parts Excel requires
([Content_Types].xml, the relationships, workbook, styles, sheets), strings as inline strings
with XML's forbidden characters removed and cut at Excel's 32,767 characters, the header
frozen by a pane and filtered with the hidden _FilterDatabase name Excel itself writes.
tests/test_batch.py reads the file back with openpyxl (values, styles, fills, panes, filters).
"""

from __future__ import annotations

import io
import numbers
import re
import zipfile
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterable
from xml.sax.saxutils import escape, quoteattr

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_INF = float("inf")
MAX_CELL_CHARS = 32767  # Excel's limit for one cell
CHUNK_ROWS = 2000  # rows handed to the compressor at a time
COMPRESS_LEVEL = 1  # deflate: a third of level 6's time for a file a quarter larger (the sheets repeat themselves)
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")  # not allowed in XML 1.0

# cell styles (index into cellXfs below): 0 plain, then these
STYLES = {"header": 1, "percent": 2, "strong": 3, "middle": 4, "weak": 5}
FILLS = {"strong": "C6EFCE", "middle": "FFEB9C", "weak": "FFC7CE"}  # Excel's own good / neutral / bad


@dataclass
class Sheet:
    title: str
    header: list[str]
    rows: Iterable[list | str]  # values: str, int, float, None or "" (an empty cell); or a row_xml string
    widths: list[float] = field(default_factory=list)
    styles: dict[int, Callable[[object], str | None] | str] = field(default_factory=dict)
    # column (0-based) -> a style name for its numbers, or a function value -> style name


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value: str) -> str:
    if len(value) > MAX_CELL_CHARS:
        value = value[:MAX_CELL_CHARS]
    if _FORBIDDEN.search(value):
        value = _FORBIDDEN.sub("", value)
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    return value


ROW = "\x00"  # where a row rendered ahead of its place (row_xml) takes its number: never in a cell (_FORBIDDEN)


def row_xml(row: list, styles: dict | None = None) -> str:
    """One row rendered before its place is known (by a batch worker, while the row's item is
    at hand): a Sheet's rows may be such strings, each numbered where it lands."""
    styles = styles or {}
    return _row(row, _letters(len(row)), [styles.get(n) for n in range(len(row))], ROW)


def _letters(width: int) -> list[str]:
    return [column_letter(n) for n in range(width)]


def _row(row: list, letters: list[str], styles: list, number: str) -> str:
    cells = []
    for n, value in enumerate(row):
        if value is None or value == "":
            continue
        if isinstance(value, str):
            cells.append(f'<c r="{letters[n]}{number}" t="inlineStr"><is><t xml:space="preserve">{_text(value)}</t></is></c>')
            continue
        value = int(value) if isinstance(value, numbers.Integral) else float(value)  # numpy's too, as Python's
        if value != value or value in (_INF, -_INF):
            continue
        style = styles[n]
        if style is not None and not isinstance(style, str):
            style = style(value)
        attribute = f' s="{STYLES[style]}"' if style else ""
        cells.append(f'<c r="{letters[n]}{number}"{attribute}><v>{value!r}</v></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'


def _sheet_xml(sheet: Sheet, first: bool, filtered: list) -> Iterable[bytes]:
    """The worksheet part in pieces (a month's 问题 sheet is some 100 MB of XML, never whole
    in memory); the filtered range (A1:I61), when it has rows, is appended to `filtered` at
    the end. (No <dimension>: it is optional and would need the rows counted first.)"""
    width = len(sheet.header)
    letters = _letters(width)
    styles = [sheet.styles.get(n) for n in range(width)]
    header = "".join(f'<c r="{letters[n]}1" s="{STYLES["header"]}" t="inlineStr"><is><t>{_text(str(name))}</t></is></c>'
                     for n, name in enumerate(sheet.header))
    cols = "".join(f'<col min="{n}" max="{n}" width="{w}" customWidth="1"/>' for n, w in enumerate(sheet.widths, start=1))
    selected = ' tabSelected="1"' if first else ""
    yield (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" xmlns:r="{RELS}">'
           f'<sheetViews><sheetView workbookViewId="0"{selected}>'
           '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
           '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
           '<sheetFormatPr defaultRowHeight="15"/>' + (f"<cols>{cols}</cols>" if cols else "")
           + f'<sheetData><row r="1">{header}</row>').encode("utf-8")
    out = []
    count = 1
    for count, row in enumerate(sheet.rows, start=2):
        if isinstance(row, str):  # rendered ahead: only its number to fill in
            out.append(row.replace(ROW, str(count)))
        else:
            out.append(_row(row, letters, styles, str(count)))
        if len(out) == CHUNK_ROWS:
            yield "".join(out).encode("utf-8")
            out = []
    if count > 1 and width:
        filtered.append(f"A1:{letters[-1]}{count}")
    yield ("".join(out) + "</sheetData>" + (f'<autoFilter ref="{filtered[-1]}"/>' if count > 1 and width else "")
           + "</worksheet>").encode("utf-8")


STYLES_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    + "".join(f'<fill><patternFill patternType="solid"><fgColor rgb="FF{FILLS[b]}"/><bgColor indexed="64"/></patternFill></fill>'
              for b in ("strong", "middle", "weak"))
    + '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">'
    '<alignment vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    + "".join(f'<xf numFmtId="0" fontId="0" fillId="{n}" borderId="0" xfId="0" applyFill="1"/>' for n in (2, 3, 4))
    + '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def workbook(sheets: list[Sheet]) -> bytes:
    """The .xlsx file's bytes."""
    buffer = io.BytesIO()
    write_workbook(buffer, sheets)
    return buffer.getvalue()


def write_workbook(target: BinaryIO, sheets: list[Sheet]) -> None:
    """Write the .xlsx file to `target` (an open file, or a buffer), each sheet compressed as
    its rows are made."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as archive:
        sheet_types = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
                              'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for n in range(1, len(sheets) + 1))
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            f'spreadsheetml.styles+xml"/>{sheet_types}</Types>'))
        archive.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PACKAGE_RELS}">'
            f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
        names = []
        for number, sheet in enumerate(sheets, start=1):
            filtered: list[str] = []
            with archive.open(f"xl/worksheets/sheet{number}.xml", "w") as part:
                for piece in _sheet_xml(sheet, number == 1, filtered):
                    part.write(piece)
            if filtered:
                absolute = re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", filtered[0])
                names.append(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{number - 1}" hidden="1">'
                             f"{escape(_quoted(sheet.title))}!{absolute}</definedName>")
        listed = "".join(f'<sheet name={quoteattr(s.title)} sheetId="{n}" r:id="rId{n}"/>' for n, s in enumerate(sheets, start=1))
        archive.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" xmlns:r="{RELS}">'
            f'<bookViews><workbookView/></bookViews><sheets>{listed}</sheets>'
            + (f"<definedNames>{''.join(names)}</definedNames>" if names else "") + "</workbook>"))
        links = "".join(f'<Relationship Id="rId{n}" Type="{RELS}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                        for n in range(1, len(sheets) + 1))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PACKAGE_RELS}">{links}'
            f'<Relationship Id="rId{len(sheets) + 1}" Type="{RELS}/styles" Target="styles.xml"/></Relationships>'))
        archive.writestr("xl/styles.xml", STYLES_XML)


def _quoted(title: str) -> str:
    """A sheet name as a formula names it: in single quotes, a quote doubled."""
    return "'" + title.replace("'", "''") + "'"
