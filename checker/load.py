"""Load a draft from .txt / .md / .docx / standard input into plain text.

Offsets in every later stage are offsets into `Source.text`. For .txt and .md that is the
decoded file with line endings normalised to "\\n" (lines and columns stay those of the file);
for .docx it is the document as Word shows it (checker/wordfile.py): one line per paragraph
and per table row. `Source.places` labels every paragraph and row as the outputs name it
(checker/places.py: 标题, 第N段, 表格第r行); empty for text, whose lines are its paragraphs.
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
import sys
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .places import Place, Unit, label_units

MAX_FILE_BYTES = 2_000_000  # a draft is a few thousand characters; 2 MB is a wrong file
MAX_DOCX_BYTES = 30_000_000  # Word files carry images, so allow more bytes on disk
MAX_CHARS = 200_000
# A .docx is a zip: its XML can expand a thousandfold. Bounds checked before any parsing (a
# 94 KB file whose document.xml expanded to 20 MB once took 17 minutes to refuse): one part at
# most 25 MB unpacked, all parts 60 MB, and at most 60,000 paragraphs (a 200,000-character
# draft has a few thousand).
MAX_DOCX_PART_BYTES = 25_000_000
MAX_DOCX_TOTAL_BYTES = 60_000_000
MAX_DOCX_PARAGRAPHS = 60_000
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .docx and old .doc files


@dataclass(frozen=True)
class Source:
    name: str  # the path as the user gave it, or "-"
    text: str
    title: str
    places: tuple[Place, ...] = ()  # set for .docx; text sources are labelled line by line
    excerpt: bool = False  # part of a draft (checker check --excerpt): what it lacks may be in the rest


def load(path: str) -> Source:
    """Read one draft; raise InputError with a Chinese message naming the file."""
    if path == "-":
        return _from_bytes("-", _read_limited("-", sys.stdin.buffer), markdown=False)
    file = Path(path)
    info = _stat(path, file)
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "这是一个文件夹，不是稿件文件")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "不是普通文件（设备、管道或套接字），不能作为稿件读取")
    suffix = file.suffix.lower()
    if suffix == ".docx":
        return _from_docx(path, file)
    if suffix == ".doc":
        raise InputError(path, "不支持旧版 Word（.doc）格式，请在 Word 中另存为 .docx 后再检查")
    if suffix not in TEXT_SUFFIXES:
        raise InputError(path, f"不支持的文件类型“{file.suffix}”，请提供 .txt、.md 或 .docx 文件")
    if info.st_size > MAX_FILE_BYTES:
        raise InputError(path, f"文件过大（{info.st_size / 1e6:.1f} MB），单篇稿件不应超过 {MAX_FILE_BYTES // 1_000_000} MB")
    data = _read_bytes(path, file)
    return _from_bytes(path, data, markdown=suffix in {".md", ".markdown"})


_OS_PROBLEMS = {errno.ENOENT: "文件不存在", errno.ENAMETOOLONG: "文件名或路径过长", errno.EACCES: "没有权限读取这个文件或它所在的文件夹",
                errno.EPERM: "没有权限读取这个文件", errno.ENOTDIR: "路径中有一部分不是文件夹", errno.ELOOP: "路径中的符号链接循环"}


def from_text(name: str, text: str, title: str | None = None) -> Source:
    """A draft given as text (pasted, or sent to the API): line endings normalised, checked
    like a file (empty, invisible-only, too long). With `title`, all of `text` is body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if title is not None and title.strip():
        title = " ".join(title.split())
        return _finish(name, f"{title}\n{text}", title=title)
    return _finish(name, text, title=None)


def _stat(path: str, file: Path) -> os.stat_result:
    """The file's status, or the reason in Chinese it cannot be had (never a traceback)."""
    try:
        return file.stat()
    except OSError as exc:
        raise InputError(path, _OS_PROBLEMS.get(exc.errno, f"无法访问（{exc.strerror or exc}）")) from None
    except ValueError:  # an embedded NUL in the name
        raise InputError(path, "文件名中含有不能使用的字符") from None


def _read_limited(name: str, stream) -> bytes:
    """At most MAX_FILE_BYTES: an endless stream (/dev/zero, a pipe that never ends) stops here."""
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(name, f"输入过大（超过 {MAX_FILE_BYTES // 1_000_000} MB），单篇稿件不应这么长")
    return data


def _read_bytes(path: str, file: Path) -> bytes:
    try:
        with open(file, "rb") as handle:
            return _read_limited(path, handle)
    except OSError as exc:
        raise InputError(path, _OS_PROBLEMS.get(exc.errno, f"无法读取文件（{exc.strerror or exc}）")) from None


def _from_bytes(name: str, data: bytes, markdown: bool) -> Source:
    if len(data) > MAX_FILE_BYTES:
        raise InputError(name, f"输入过大（{len(data) / 1e6:.1f} MB），单篇稿件不应超过 {MAX_FILE_BYTES // 1_000_000} MB")
    text = decode(name, data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if markdown:
        text = blank_markdown(text)
    return _finish(name, text, title=None)


def decode(name: str, data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-32 or UTF-16 with BOM, GB18030/GBK, or Big5."""
    if not data:
        raise InputError(name, "文件为空")
    for bom, encoding in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                          (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(name, f"文件声明为 {encoding.upper()} 编码，但内容无法按 {encoding.upper()} 解码") from None
    if b"\x00" in data:
        raise InputError(name, "不是文本文件（含有二进制内容），请提供 .txt、.md 或 .docx 稿件")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return _detect(name, data)
    if _common_share(text) < PLAUSIBLE_SHARE:  # Big5 bytes read as GB18030 are rare characters
        try:
            big5 = data.decode("big5")
        except UnicodeDecodeError:
            return text
        if _common_share(big5) > _common_share(text):
            return big5
    return text


PLAUSIBLE_SHARE = 0.9  # Chinese prose: nearly all its characters are in GB2312 (simplified or, via Big5, traditional forms)


_CHINESE_PUNCTUATION = set("，。、；：？！“”‘’（）《》〈〉【】—…·　％")


def _common_share(text: str) -> float:
    """Share of the non-ASCII characters that Chinese prose is made of: common characters (in
    GB2312 or Big5) and Chinese punctuation. Big5 bytes read as GB18030 come out as kana,
    bopomofo, Greek and rare characters, far below this."""
    wide = [c for c in text if ord(c) > 127 and not c.isspace()]
    if not wide:
        return 1.0
    plausible = 0
    for char in wide:
        if char in _CHINESE_PUNCTUATION:
            plausible += 1
        elif "\u4e00" <= char <= "\u9fff":
            for encoding in ("gb2312", "big5"):
                try:
                    char.encode(encoding)
                    plausible += 1
                    break
                except UnicodeEncodeError:
                    continue
    return plausible / len(wide)


def _detect(name: str, data: bytes) -> str:
    # Neither UTF-8 nor GB18030: accept only a confident guess of a Chinese encoding (Big5).
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["big5", "big5hkscs", "hz"]).best()
    if best is not None and best.chaos < 0.1:
        return str(best)
    raise InputError(name, "无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030），请另存为 UTF-8 后再检查")


_MD_MARKUP = re.compile(r"^(#{1,6} |> ?|[-*+] |\d+\. )|\*\*|__|`", re.M)


def blank_markdown(text: str) -> str:
    """Replace Markdown markup with spaces so offsets still match the file."""
    return _MD_MARKUP.sub(lambda m: " " * len(m.group(0)), text)


def _from_docx(path: str, file: Path) -> Source:
    size = file.stat().st_size
    if size == 0:
        raise InputError(path, "文件为空")
    if size > MAX_DOCX_BYTES:
        raise InputError(path, f"文件过大（{size / 1e6:.1f} MB）")
    data = _read_bytes(path, file)
    if data.startswith(OLE_MAGIC):
        raise InputError(path, "Word 文件已加密（设置了打开密码）或是旧版 .doc 格式，请取消密码并另存为 .docx")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(path, "不是有效的 .docx 文件（文件已损坏或扩展名不对）")
    _check_package(path, data)
    import docx  # imported here: only .docx input pays for it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(path, f"无法打开 .docx 文件（文件已损坏：{type(exc).__name__}）") from None
    except Exception as exc:  # lxml and zip errors vary by file; never show a traceback
        raise InputError(path, f"无法打开 .docx 文件（{type(exc).__name__}）") from None
    try:
        word = read_word(document)
    except Exception as exc:  # malformed XML python-docx opened but we cannot walk
        raise InputError(path, f"无法读取 .docx 文件的正文（{type(exc).__name__}）") from None
    return _finish(path, word.text, title=word.title, units=word.units)


def _check_package(path: str, data: bytes) -> None:
    """Refuse a .docx whose parts would unpack beyond the bounds above, before python-docx
    parses anything; the paragraphs of the main part are counted while it streams."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = package.infolist()
            total = sum(part.file_size for part in parts)
            largest = max(parts, key=lambda part: part.file_size, default=None)
            if largest is not None and largest.file_size > MAX_DOCX_PART_BYTES:
                raise InputError(path, f"无法读取：文件中的“{largest.filename}”解压后有 {largest.file_size / 1e6:.0f} MB，"
                                       f"超过 {MAX_DOCX_PART_BYTES // 1_000_000} MB 的上限（可能是损坏或恶意构造的文件）")
            if total > MAX_DOCX_TOTAL_BYTES:
                raise InputError(path, f"无法读取：文件解压后共 {total / 1e6:.0f} MB，超过 {MAX_DOCX_TOTAL_BYTES // 1_000_000} MB 的上限")
            if "word/document.xml" in package.namelist():
                paragraphs, tail = 0, b""
                with package.open("word/document.xml") as stream:
                    while chunk := stream.read(1 << 20):
                        window = tail + chunk
                        paragraphs += window.count(b"<w:p>") + window.count(b"<w:p ")
                        tail = window[-4:]  # shorter than a tag: a tag across the cut is counted once
                        if paragraphs > MAX_DOCX_PARAGRAPHS:
                            raise InputError(path, f"无法读取：文件有超过 {MAX_DOCX_PARAGRAPHS} 个段落，不像单篇稿件")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise InputError(path, f"无法打开 .docx 文件（文件已损坏：{type(exc).__name__}）") from None


def read_word(document):
    """The document as Word shows it (checker/wordfile.py)."""
    from .wordfile import read

    return read(document)


def _finish(name: str, text: str, title: str | None, units: list[Unit] | None = None) -> Source:
    if not text.strip():
        raise InputError(name, "文件只有空白字符，没有正文" if text else "文件为空")
    if not "".join(c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc")):
        raise InputError(name, "文件只有不可见字符（零宽字符、方向控制符等），没有正文")
    if len(text) > MAX_CHARS:
        raise InputError(name, f"稿件过长（{len(text)} 字），超过 {MAX_CHARS} 字的上限，请只检查单篇稿件")
    if title is None:
        title = guess_title(text)
    return Source(name=name, text=text, title=title, places=label_units(text, units, title) if units else ())


TITLE_MAX_CHARS = 40
_SENTENCE_END = ("。", "！", "？", "；", "!", "?", ";", "…")
_QUESTION_END = ("？", "?")
_ADDRESSED = re.compile(r"同志们|各位|大家|朋友们|你们|您")


def guess_title(text: str) -> str:
    """The first line, when it reads as a title: short, not a finished sentence, and followed
    by body text. A one-paragraph draft has no title, so all of it is analysed as body."""
    from .structure import is_meta, without_occasion

    lines = []
    for line in text.split("\n"):  # the first two lines that are neither empty nor meta
        line = line.strip()
        if line and not is_meta(line):
            lines.append(line)
            if len(lines) == 2:
                break
    if len(lines) < 2:
        return ""
    first = lines[0]
    # (a speech's occasion after the dash does not make its title too long to be one)
    if len(without_occasion(first)) > TITLE_MAX_CHARS or "。" in first:
        return ""
    if first.endswith(_SENTENCE_END):
        # a question asked as the headline (老年食堂路在何方？、…留不住，怎么办?) is one, unless the line
        # holds another sentence before it or addresses an audience (同志们，你们说对不对？)
        if not first.endswith(_QUESTION_END) or any(mark in first[:-1] for mark in _SENTENCE_END) or \
                _ADDRESSED.search(first):
            return ""
    return first
