"""What a batch is made of: the items of a folder, a manifest or a corpus file.

    来稿/                       a folder, searched recursively for .docx / .txt / .md;
      城关镇/3月/稿件.docx       the unit is the first-level subfolder's name (城关镇)
    来稿清单.csv                 a manifest: file, unit, date, title[, genre, adopted]
                                 (文件, 单位, 日期, 标题, 文体, 是否采用 accepted)
    2025年档案.jsonl / .csv      the corpus format: id, unit, date, title, text[, adopted]

Nothing is read here but the folder listing and the manifest or corpus file; each draft is
loaded by the worker that checks it. Items that cannot be part of the batch at all (an old
.doc, a manifest row naming a missing file) become `Skipped` with a Chinese reason, so they
reach errors.csv instead of vanishing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..corpus import COLUMN_ALIASES, GENRE_ALIASES, parse_label, read_rows
from ..errors import InputError

DRAFT_SUFFIXES = {".docx", ".txt", ".md"}
# Drafts in formats the checker cannot read: reported (an office must know they were not
# checked), unlike pictures or spreadsheets beside the drafts, which are simply not drafts.
UNREADABLE_SUFFIXES = {
    ".doc": "旧版 Word（.doc）格式无法检查，请在 Word 中另存为 .docx",
    ".wps": "WPS 文字（.wps）格式无法检查，请在 WPS 中另存为 .docx",
    ".pdf": "PDF 无法检查，请提供 .docx 或 .txt",
    ".rtf": "RTF 格式无法检查，请另存为 .docx",
}
NO_UNIT = "未分单位"
MANIFEST_ALIASES = {**COLUMN_ALIASES, "文件": "file", "文件名": "file", "路径": "file", "稿件": "file", "path": "file"}
_DATE = re.compile(r"(20\d{2})[-_.年/]?(0[1-9]|1[0-2]|[1-9])[-_.月/]?(3[01]|[12]\d|0?[1-9])(?!\d)")


@dataclass(frozen=True)
class BatchItem:
    id: str  # stable within the input: the path relative to the folder, or the corpus id
    unit: str
    date: str  # as given, or found in the file name (2026-10-05); "" when unknown
    title: str | None  # None: taken from the draft itself
    path: str | None = None  # the file to load, or None when the text is given
    text: str | None = None
    adopted: bool | None = None
    genre: str | None = None

    def content_hash(self) -> str:
        """What a re-run compares to skip items already scored: the file's bytes or the text."""
        digest = hashlib.sha256()
        if self.text is not None:
            digest.update(self.text.encode("utf-8"))
        else:
            try:
                digest.update(Path(self.path).read_bytes())
            except OSError:
                digest.update(f"unreadable:{self.path}".encode("utf-8"))
        digest.update(f"|{self.title or ''}|{self.genre or ''}".encode("utf-8"))
        return digest.hexdigest()[:20]


@dataclass(frozen=True)
class Skipped:
    id: str
    unit: str
    reason: str


@dataclass
class Inputs:
    items: list[BatchItem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # told to the user; the items concerned are still checked


def collect(source: Path, exclude: Path | None = None) -> Inputs:
    """The batch's items from a folder, a manifest (.csv with a file column) or a corpus file."""
    if not source.exists():
        raise InputError(str(source), "输入不存在")
    if source.is_dir():
        return _from_folder(source, exclude)
    suffix = source.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".json", ".ndjson", ".tsv"):
        raise InputError(str(source), "批量检查的输入应是稿件文件夹、清单（.csv）或语料文件（.jsonl / .csv）")
    rows, columns, skipped = _rows(source)
    if "file" in columns and "text" not in columns:
        inputs = _from_manifest(source, rows)
    elif rows and "text" not in columns:
        raise InputError(str(source), "没有正文列（text / 正文）；稿件清单则需要文件列（file / 文件）")
    else:
        inputs = _from_corpus(source, rows)
    inputs.skipped = skipped + inputs.skipped
    return inputs


def date_in_name(name: str) -> str:
    """2026-10-05 from 城关镇_20261005_稿件.docx or 2026年10月5日信息.txt; "" when there is none."""
    match = _DATE.search(name)
    if not match:
        return ""
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith((".", "~$")) for part in path.relative_to(root).parts)


def _from_folder(root: Path, exclude: Path | None) -> Inputs:
    inputs = Inputs()
    exclude = exclude.resolve() if exclude else None
    files = []
    for path in root.rglob("*"):
        if exclude and (path.resolve() == exclude or exclude in path.resolve().parents):
            continue
        if _hidden(path, root) or not path.is_file():
            continue
        files.append(path)
    for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        relative = path.relative_to(root)
        unit = relative.parts[0] if len(relative.parts) > 1 else NO_UNIT
        suffix = path.suffix.lower()
        if suffix in UNREADABLE_SUFFIXES:
            inputs.skipped.append(Skipped(relative.as_posix(), unit, UNREADABLE_SUFFIXES[suffix]))
        elif suffix in DRAFT_SUFFIXES:
            inputs.items.append(BatchItem(id=relative.as_posix(), unit=unit, date=date_in_name(relative.as_posix()),
                                          title=None, path=str(path)))
    if not inputs.items and not inputs.skipped:
        raise InputError(str(root), "文件夹中没有 .docx、.txt 或 .md 稿件")
    return inputs


def _rows(source: Path) -> tuple[list[tuple[int, dict]], set[str], list[Skipped]]:
    """The file's rows by the corpus reader (checker/corpus.py read_rows: JSON Lines or CSV,
    Chinese headers, the encodings an office's files come in); a line that is no row (broken
    JSON, not an object, broken CSV) is skipped with its number, so errors.csv names it and
    the other rows are checked."""
    table = read_rows(str(source), MANIFEST_ALIASES)
    if table.header is not None and not table.header:
        raise InputError(str(source), "表格没有表头")
    skipped = [Skipped(f"第{bad.line}行", NO_UNIT, f"第 {bad.line} 行{bad.reason}") for bad in table.bad]
    if not table.rows and not skipped:
        raise InputError(str(source), "文件中没有任何稿件记录")
    return table.rows, table.columns, skipped


def _from_manifest(source: Path, rows: list[tuple[int, dict]]) -> Inputs:
    inputs, seen = Inputs(), set()
    base = source.parent
    for number, row in rows:
        name = str(row.get("file") or "").strip()
        unit = str(row.get("unit") or "").strip() or NO_UNIT
        if not name:
            inputs.skipped.append(Skipped(f"第{number}行", unit, "清单这一行没有填文件"))
            continue
        path = Path(name) if Path(name).is_absolute() else base / name
        if name in seen:
            inputs.skipped.append(Skipped(name, unit, f"清单第 {number} 行重复列出了这个文件"))
            continue
        seen.add(name)
        if not path.is_file():
            inputs.skipped.append(Skipped(name, unit, f"清单第 {number} 行列出的文件不存在"))
            continue
        inputs.items.append(BatchItem(
            id=name, unit=unit, date=str(row.get("date") or "").strip() or date_in_name(name),
            title=str(row.get("title") or "").strip() or None, path=str(path),
            adopted=parse_label(row["adopted"]) if str(row.get("adopted", "")).strip() else None,
            genre=_row_genre(row, number, source, inputs)))
    return inputs


def _from_corpus(source: Path, rows: list[tuple[int, dict]]) -> Inputs:
    inputs, seen = Inputs(), set()
    for number, row in rows:
        item_id = str(row.get("id") or "").strip() or f"第{number}行"
        unit = str(row.get("unit") or "").strip() or NO_UNIT
        if item_id in seen:
            inputs.skipped.append(Skipped(item_id, unit, f"第 {number} 行的编号重复"))
            continue
        seen.add(item_id)
        text = str(row.get("text") or "")
        if not text.strip():
            inputs.skipped.append(Skipped(item_id, unit, f"第 {number} 行正文为空"))
            continue
        adopted = str(row.get("adopted", "")).strip()
        inputs.items.append(BatchItem(
            id=item_id, unit=unit, date=str(row.get("date") or "").strip(),
            title=str(row.get("title") or "").strip() or None, text=text,
            adopted=parse_label(row["adopted"]) if adopted else None,
            genre=_row_genre(row, number, source, inputs)))
    return inputs


def _row_genre(row: dict, number: int, source: Path, inputs: Inputs) -> str | None:
    """A row's 文体 (genre) column: the genre the item is checked as, so an editor who finds a
    genre misread in the summary writes the right one in the manifest and runs again (only the
    items whose genre changed are checked again: the genre is part of the content hash). A word
    the checker does not know is told, and the item's genre is detected rather than the item
    refused."""
    value = str(row.get("genre") or "").strip()
    if not value:
        return None
    genre = genre_word(value)
    if genre is None:
        from ..registry import genres

        inputs.notes.append(f"{source.name} 第 {number} 行的文体“{value}”无法识别，这篇按自动识别的文体检查"
                            f"（可以填：{'、'.join(genres().values())}）")
    return genre


def genre_word(value: str) -> str | None:
    """经验做法, experience, 调研 or a summary's own cell (问题建议（也像经验做法）: the genre before
    the note) -> the genre's name; None for a word the checker does not know."""
    from ..registry import genres

    word = re.sub(r"[（(][^）)]*[）)]$", "", value.strip()).strip()
    names = genres()
    by_label = {label: name for name, label in names.items()}
    word = by_label.get(word) or GENRE_ALIASES.get(word, word)
    return word if word in names else None
