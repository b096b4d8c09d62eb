"""Corpora of adopted (采用) and rejected (未采用) items: JSON Lines or CSV, same columns.

    id, unit, date, genre (optional), title, text, adopted, channel (optional), note (optional)

Reading never drops a row silently: every row that cannot be used is kept as a `BadRow`
with its line number and a Chinese reason, and `validate` reports them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .load import decode
from . import registry

REQUIRED = ("text", "adopted")
# Column names an office's own spreadsheet is likely to use (Chinese headers from Excel).
COLUMN_ALIASES = {
    "编号": "id", "序号": "id", "单位": "unit", "报送单位": "unit", "来稿单位": "unit", "日期": "date",
    "报送日期": "date", "时间": "date", "文体": "genre", "类型": "genre", "稿件类型": "genre", "标题": "title",
    "题目": "title", "正文": "text", "内容": "text", "全文": "text", "是否采用": "adopted", "采用": "adopted",
    "采用情况": "adopted", "采用渠道": "channel", "渠道": "channel", "备注": "note",
}
GENRE_ALIASES = {
    "经验做法": "experience", "经验": "experience", "做法": "experience", "问题建议": "problem", "问题": "problem",
    "建议": "problem", "调研": "research", "调研报告": "research", "调查": "research", "动态": "news",
    "工作动态": "news", "网宣": "propaganda", "网宣稿件": "propaganda", "宣传": "propaganda",
}
COLUMNS = ("id", "unit", "date", "genre", "title", "text", "adopted", "channel", "note")
TRUE_WORDS = {"true", "1", "是", "采用", "已采用", "yes", "y", "t"}
FALSE_WORDS = {"false", "0", "否", "未采用", "不采用", "no", "n", "f"}
MIN_ITEMS = 20
MIN_PER_CLASS = 6  # per class: enough for 2-fold cross-validation with a 3-fold calibration inside


@dataclass(frozen=True)
class Item:
    id: str
    unit: str
    date: str
    genre: str | None
    title: str
    text: str
    adopted: bool | None  # None only when read with labels_required=False and not given
    line: int


@dataclass(frozen=True)
class BadRow:
    line: int
    reason: str


@dataclass
class Corpus:
    path: str
    items: list[Item] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)
    sha256: str = ""

    @property
    def labels(self) -> list[bool]:
        return [item.adopted for item in self.items]


def parse_label(value) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def read_corpus(path: str, labels_required: bool = True) -> Corpus:
    """`labels_required=False` (an archive import): the adopted column may be missing or a
    row's cell empty (adopted unknown); a value that is there must still be readable."""
    file = Path(path)
    if not file.exists():
        raise InputError(path, "语料文件不存在")
    if file.is_dir():
        raise InputError(path, "这是一个文件夹，请给出 .jsonl 或 .csv 语料文件")
    table = read_rows(path)
    corpus = Corpus(path, bad=table.bad, sha256=table.sha256)
    required = _required(labels_required)
    if table.header is not None and not set(required) <= table.columns:
        raise InputError(path, f"CSV 表头缺少必需的列 {', '.join(required)}（现有：{', '.join(table.header)}）")
    _collect(table.rows, corpus, labels_required)
    return corpus


@dataclass
class Rows:
    """The rows of a JSON Lines or CSV file, before they are read as items."""

    rows: list[tuple[int, dict]]  # (line as an editor finds it, the row with canonical column names)
    bad: list[BadRow]  # lines that are no row at all (not JSON, not an object, broken CSV), with the reason
    columns: set[str]  # canonical column names: the CSV header, or every key of the JSON rows
    header: list[str] | None  # a CSV file's header as written; None for JSON Lines
    sha256: str


def read_rows(path: str, aliases: dict[str, str] | None = None) -> Rows:
    """Rows of a corpus file (or a batch's manifest, which is read the same way): JSON Lines
    (.jsonl, .json, .ndjson) or CSV (.csv, .tsv), in UTF-8 with or without BOM, GBK or GB18030.
    Column names are mapped by `aliases` (default COLUMN_ALIASES: 单位 -> unit, ...). A line
    that cannot be read is kept in `bad` with its number and the rest are read; a file that
    cannot be read at all raises InputError."""
    aliases = COLUMN_ALIASES if aliases is None else aliases
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(path, f"无法读取文件（{exc.strerror or exc}）") from None
    text = decode(path, data)  # UTF-8 with or without BOM (Excel), GBK/GB18030
    suffix = file.suffix.lower()
    bad: list[BadRow] = []
    header = None
    if suffix in (".jsonl", ".json", ".ndjson"):
        rows = _jsonl_rows(text, bad)
    elif suffix in (".csv", ".tsv"):
        rows, header = _csv_rows(text, bad, delimiter="\t" if suffix == ".tsv" else ",")
    else:
        raise InputError(path, f"不支持的语料格式“{file.suffix}”，请用 .jsonl 或 .csv")
    rows = [(number, _renamed(row, aliases)) for number, row in rows]
    columns = {_column(name, aliases) for name in header} if header is not None else {k for _, row in rows for k in row}
    return Rows(rows, bad, columns, header, hashlib.sha256(data).hexdigest())


def _column(name, aliases: dict[str, str]) -> str:
    name = str(name or "").strip()
    return aliases.get(name, name)


def _renamed(row: dict, aliases: dict[str, str]) -> dict:
    return {_column(key, aliases): ("" if value is None else value) for key, value in row.items() if key is not None}


def _jsonl_rows(text: str, bad: list[BadRow]) -> list[tuple[int, dict]]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            bad.append(BadRow(number, f"不是有效的 JSON（{exc.msg}）"))
            continue
        if not isinstance(row, dict):
            bad.append(BadRow(number, "每行应是一个 JSON 对象"))
            continue
        rows.append((number, row))
    return rows


CSV_FIELD_LIMIT = 2_000_000  # characters in one cell: above any draft (load.MAX_CHARS), below runaway input


def _csv_rows(text: str, bad: list[BadRow], delimiter: str) -> tuple[list[tuple[int, dict]], list[str]]:
    if csv.field_size_limit() < CSV_FIELD_LIMIT:  # the csv module's default, 131,072, cuts long drafts
        csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter)
    rows = []
    try:
        header = list(reader.fieldnames or [])
    except csv.Error as exc:
        bad.append(BadRow(1, f"CSV 格式错误（{exc}）"))
        return rows, []
    row_number = 1  # numbered as Excel shows them: the header is row 1, a cell may span lines
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # this row is reported; the rows after it are still read
            row_number += 1
            reason = "单元格过长（超过 200 万字）" if "field larger" in str(exc) else f"CSV 格式错误（{exc}）"
            bad.append(BadRow(row_number, reason))
            continue
        row_number += 1
        cleaned = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None}
        rows.append((row_number, cleaned))
    return rows, header


def _canonical(row: dict) -> dict:
    """Chinese column names and genre words mapped to the corpus format."""
    row = {COLUMN_ALIASES.get(str(key).strip(), str(key).strip()): value for key, value in row.items()}
    genre = row.get("genre")
    if isinstance(genre, str) and genre.strip() in GENRE_ALIASES:
        genre = genre.strip()
        row["genre"] = GENRE_ALIASES[genre]
    return row


def _required(labels_required: bool) -> tuple[str, ...]:
    return REQUIRED if labels_required else tuple(key for key in REQUIRED if key != "adopted")


def _collect(rows: list[tuple[int, dict]], corpus: Corpus, labels_required: bool = True) -> None:
    seen_ids: dict[str, int] = {}
    for number, row in rows:
        row = _canonical(row)
        problem = _row_problem(row, labels_required)
        if problem:
            corpus.bad.append(BadRow(number, problem))
            continue
        item_id = str(row.get("id") or f"第{number}行")
        if item_id in seen_ids:
            corpus.bad.append(BadRow(number, f"编号“{item_id}”与第 {seen_ids[item_id]} 行重复"))
            continue
        seen_ids[item_id] = number
        genre = (row.get("genre") or "").strip() or None
        corpus.items.append(Item(
            id=item_id, unit=str(row.get("unit") or "未填单位"), date=str(row.get("date") or ""),
            genre=genre, title=str(row.get("title") or ""), text=str(row["text"]),
            adopted=parse_label(row["adopted"]) if row.get("adopted") not in (None, "") else None, line=number,
        ))


def _row_problem(row: dict, labels_required: bool = True) -> str | None:
    missing = [key for key in _required(labels_required) if key not in row or row[key] in (None, "")]
    if missing:
        return f"缺少 {', '.join(missing)}"
    for key, name in (("text", "正文"), ("title", "标题"), ("genre", "文体"), ("unit", "单位")):
        value = row.get(key)
        if value is not None and not isinstance(value, str):
            return f"{name}应是文字，不是 {json.dumps(value, ensure_ascii=False)[:40]}"
    for key, name in (("id", "编号"), ("date", "日期")):
        if row.get(key) is not None and not isinstance(row[key], (str, int)) or isinstance(row.get(key), bool):
            return f"{name}应是文字或整数，不是 {json.dumps(row[key], ensure_ascii=False)[:40]}"
    if not str(row["text"]).strip():
        return "正文为空"
    if row.get("adopted") not in (None, "") and parse_label(row["adopted"]) is None:
        return f"无法识别的采用标记“{row['adopted']}”（可用：true/false、是/否、采用/未采用、1/0）"
    genre = (row.get("genre") or "").strip()
    if genre and genre not in registry.genres():
        return f"未知文体“{genre}”（可选：{', '.join(registry.genres())}）"
    return None


# -- validation report --------------------------------------------------------------------

def validate(corpus: Corpus) -> dict:
    items = corpus.items
    texts = Counter(item.text.strip() for item in items)
    duplicated = [item for item in items if texts[item.text.strip()] > 1]
    return {
        "path": corpus.path,
        "items": len(items),
        "adopted": sum(item.adopted for item in items),
        "rejected": sum(not item.adopted for item in items),
        "by_unit": _balance(items, lambda i: i.unit),
        "by_genre": _balance(items, lambda i: i.genre or "未标注"),
        "duplicate_texts": [{"id": i.id, "line": i.line} for i in duplicated],
        "bad_rows": [{"line": b.line, "reason": b.reason} for b in corpus.bad],
        "problems": training_problems(corpus),
    }


def _balance(items: list[Item], key) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for item in items:
        row = table.setdefault(key(item), {"adopted": 0, "rejected": 0})
        row["adopted" if item.adopted else "rejected"] += 1
    return dict(sorted(table.items()))


def training_problems(corpus: Corpus) -> list[str]:
    """What stops a model being trained on this corpus (empty when it can be)."""
    problems = []
    if len(corpus.items) < MIN_ITEMS:
        problems.append(f"可用条目只有 {len(corpus.items)} 条，至少需要 {MIN_ITEMS} 条才能训练")
    labels = set(corpus.labels)
    if len(labels) < 2 and corpus.items:
        only = "采用" if True in labels else "未采用"
        problems.append(f"所有条目都是“{only}”，需要同时有采用和未采用的稿件")
    elif corpus.items:
        adopted = sum(corpus.labels)
        fewer = min(adopted, len(corpus.labels) - adopted)
        if fewer < MIN_PER_CLASS:  # cross-validation and calibration split each class in folds
            name = "采用" if adopted == fewer else "未采用"
            problems.append(f"“{name}”的稿件只有 {fewer} 条（采用 {adopted} 条、未采用 {len(corpus.labels) - adopted} 条），"
                            f"每一类至少需要 {MIN_PER_CLASS} 条才能交叉验证")
    return problems
