"""Output on consoles that are not UTF-8: a Chinese Windows console or a redirect there uses
the GBK code page, which has the Chinese text but not every symbol of the terminal report.

Reports for programs (JSON, JSON Lines, CSV, SARIF, HTML) are written as UTF-8 bytes whatever
the console's encoding, so a redirected file is always UTF-8 (CSV with its BOM for Excel).
The terminal report is written through `readable`, which swaps the symbols a code page lacks
for near ones it has (╭ -> ┌, ░ -> ·, ✓ -> √, ✗ -> ×, ✖ -> ■) and replaces anything else it cannot
encode, instead of crashing in the middle of a report."""

from __future__ import annotations

import codecs
import io
import sys

# symbols of the terminal report and their stand-ins in GBK (all of these are in GBK)
STAND_INS = str.maketrans({"╭": "┌", "╮": "┐", "╰": "└", "╯": "┘", "░": "·", "✓": "√", "✗": "×", "✖": "■",
                           "❱": ">", "…": "…", "→": "→", "▲": "▲", "●": "●"})


def is_utf8(stream) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")
    except LookupError:
        return False


class Readable(io.TextIOBase):
    """A text stream that writes to another one only what its encoding can carry."""

    def __init__(self, stream):
        self.stream = stream
        self._encoding = getattr(stream, "encoding", None) or "utf-8"

    @property
    def encoding(self) -> str:
        return self._encoding

    def write(self, text: str) -> int:
        safe = text.translate(STAND_INS).encode(self._encoding, "replace").decode(self._encoding)
        self.stream.write(safe)
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()


def readable(stream):
    """The stream itself when it is UTF-8, else one that degrades what it cannot encode."""
    return stream if is_utf8(stream) else Readable(stream)


def write_utf8(text: str, stream=None) -> None:
    """Write a report for programs as UTF-8 bytes, whatever the console's encoding."""
    stream = stream or sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is None or is_utf8(stream):
        stream.write(text)
        return
    stream.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()
