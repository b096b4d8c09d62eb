"""Text from drafts and file names, made safe for where it is shown.

- `cell`: a spreadsheet cell (CSV or XLSX) that starts with = + - @, a tab or a carriage
  return is read by Excel and WPS as a formula (=HYPERLINK(...) in a title would run when the
  editor opens the table). OWASP's advice: put a single quote in front, so it stays text.
- `plain`: escape sequences (ANSI colours, OSC titles and links) and other control characters
  are removed before text reaches a terminal; what remains is shown as text, never as markup.
"""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b.|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def cell(value):
    """A value for a CSV or XLSX cell: strings that would start a formula stay text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def row(values) -> list:
    return [cell(value) for value in values]


def plain(text: str) -> str:
    """The text without terminal escape sequences or control characters (newline and tab kept)."""
    return _CONTROL.sub("", text)
